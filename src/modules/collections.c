/* The _collections module: deque, the double-ended queue of
   collections.deque.

   Layout: a ring buffer.  `items` has `cap` slots (a power of two, or 0 with
   items NULL) and the deque's i-th item sits at items[(head + i) & (cap - 1)].
   Appends and pops at both ends are O(1) (amortised over the doublings),
   indexing is O(1), and an insertion or deletion inside moves the shorter
   side.  The ring doubles when full and halves when less than a quarter is
   used (never below MIN_CAP), so a deque that drains gives memory back.

   `state` counts the changes of length and of position (appends, pops,
   rotate, insert, delete, clear), not item stores or reverse(), as in
   CPython.  Iterators and the loops that compare items (count, index,
   remove, in, ==) remember it and raise "deque mutated during iteration"
   when it moved.

   Free-threaded build: every change and every compound read holds the
   deque's object lock.  Items are compared outside it: a loop takes a
   reference to one item under the lock, unlocks, compares, and checks
   `state` under the lock before the next step; before that, the items that
   compare by value alone are compared under the lock (quick_scan), so that
   searching ints or strings sees one state, as under the GIL.  Items that
   leave the deque (pushed out by maxlen, cleared, replaced) are released
   after unlocking. */
#include "gilpy_core.h"
#include "runtime/objlock.h"

enum { MIN_CAP = 8 };

typedef struct {
    gp_obj base;
    gp_obj **items; /* the ring; slots outside [head, head + size) are garbage */
    gp_ssize cap;   /* 0 or a power of two >= MIN_CAP */
    gp_ssize head;  /* slot of item 0 */
    gp_ssize size;
    gp_ssize maxlen; /* -1: unbounded */
    size_t state;
} deque_obj;

typedef struct {
    gp_obj base;
    gp_obj *deque;  /* strong, NULL once exhausted */
    gp_ssize index; /* next position (counting down for the reverse iterator) */
    gp_ssize left;  /* items still to produce */
    size_t state;
} dequeiter_obj;

#define D(o) ((deque_obj *)(o))

gp_type gp_deque_type, gp_dequeiter_type, gp_dequereviter_type;

static int deque_check(gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    return tp == &gp_deque_type || gp_type_is_subtype(tp, &gp_deque_type);
}

static const char MUTATED[] = "deque mutated during iteration";

/* ------------------------------------------------- ring work, lock held */

static inline gp_obj **slot_locked(deque_obj *d, gp_ssize i) {
    return &d->items[(d->head + i) & (d->cap - 1)];
}

/* Move the items into a fresh ring of newcap slots (newcap >= size) with
   head 0.  Returns -1 without an exception when memory is short: the
   caller raises after unlocking. */
static int resize_locked(deque_obj *d, gp_ssize newcap) {
    gp_obj **items = gp_mem_alloc((size_t)newcap * sizeof(gp_obj *));
    if (!items) return -1;
    for (gp_ssize i = 0; i < d->size; i++)
        items[i] = *slot_locked(d, i);
    gp_mem_free(d->items);
    d->items = items;
    d->cap = newcap;
    d->head = 0;
    return 0;
}

/* Room for one more item. */
static int reserve_one_locked(deque_obj *d) {
    if (d->size < d->cap) return 0;
    if (d->cap > INTPTR_MAX / 2 / (gp_ssize)sizeof(gp_obj *)) return -1;
    return resize_locked(d, d->cap ? d->cap * 2 : MIN_CAP);
}

/* Give memory back once less than a quarter of the ring is used.  A
   failed allocation just keeps the larger ring. */
static void maybe_shrink_locked(deque_obj *d) {
    if (d->cap > MIN_CAP && d->size < d->cap / 4) (void)resize_locked(d, d->cap / 2);
    if (d->size == 0 && d->cap > MIN_CAP) {
        gp_mem_free(d->items);
        d->items = NULL;
        d->cap = 0;
        d->head = 0;
    }
}

static gp_obj *take_left_locked(deque_obj *d) {
    gp_obj *v = *slot_locked(d, 0);
    d->head = (d->head + 1) & (d->cap - 1);
    d->size--;
    d->state++;
    return v;
}

static gp_obj *take_right_locked(deque_obj *d) {
    gp_obj *v = *slot_locked(d, d->size - 1);
    d->size--;
    d->state++;
    return v;
}

/* Add v (stolen on success) at one end.  When maxlen is reached the item at
   the other end leaves and is handed back in *out for the caller to release
   after unlocking (with maxlen 0 that is v itself).  -1: out of memory, v
   not consumed. */
static int push_locked(deque_obj *d, gp_obj *v, int left, gp_obj **out) {
    *out = NULL;
    if (d->maxlen >= 0 && d->size >= d->maxlen) {
        if (d->maxlen == 0) {
            *out = v;
            return 0;
        }
        *out = left ? take_right_locked(d) : take_left_locked(d);
    }
    if (reserve_one_locked(d) < 0) return -1;
    if (left) {
        d->head = (d->head - 1) & (d->cap - 1);
        d->items[d->head] = v;
    } else {
        *slot_locked(d, d->size) = v;
    }
    d->size++;
    d->state++;
    return 0;
}

/* Rotate n steps to the right (n already reduced to 0 < n < size). */
static void rotate_locked(deque_obj *d, gp_ssize n) {
    gp_ssize mask = d->cap - 1, size = d->size;
    if (size == d->cap) {
        /* A full ring rotates by moving its start. */
        d->head = (d->head - n) & mask;
    } else if (n <= size / 2) {
        for (gp_ssize k = 0; k < n; k++) {
            gp_obj *v = d->items[(d->head + size - 1) & mask];
            d->head = (d->head - 1) & mask;
            d->items[d->head] = v;
        }
    } else {
        for (gp_ssize k = 0; k < size - n; k++) {
            d->items[(d->head + size) & mask] = d->items[d->head];
            d->head = (d->head + 1) & mask;
        }
    }
    d->state++;
}

/* Insert v (stolen on success) before position i, 0 <= i <= size. */
static int insert_locked(deque_obj *d, gp_ssize i, gp_obj *v) {
    if (reserve_one_locked(d) < 0) return -1;
    if (i < d->size / 2) {
        d->head = (d->head - 1) & (d->cap - 1);
        for (gp_ssize k = 0; k < i; k++)
            *slot_locked(d, k) = *slot_locked(d, k + 1);
    } else {
        for (gp_ssize k = d->size; k > i; k--)
            *slot_locked(d, k) = *slot_locked(d, k - 1);
    }
    *slot_locked(d, i) = v;
    d->size++;
    d->state++;
    return 0;
}

/* Remove the item at 0 <= i < size and return it (the caller's reference). */
static gp_obj *delete_locked(deque_obj *d, gp_ssize i) {
    gp_obj *v = *slot_locked(d, i);
    if (i < d->size / 2) {
        for (gp_ssize k = i; k > 0; k--)
            *slot_locked(d, k) = *slot_locked(d, k - 1);
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (gp_ssize k = i; k < d->size - 1; k++)
            *slot_locked(d, k) = *slot_locked(d, k + 1);
    }
    d->size--;
    d->state++;
    maybe_shrink_locked(d);
    return v;
}

/* Detach the ring; the caller releases the items in order after unlocking
   with release_ring(). */
typedef struct {
    gp_obj **items;
    gp_ssize cap, head, size;
} ring;

static ring detach_locked(deque_obj *d) {
    ring r = {d->items, d->cap, d->head, d->size};
    d->items = NULL;
    d->cap = 0;
    d->head = 0;
    d->size = 0;
    d->state++;
    return r;
}

static void release_ring(ring r) {
    for (gp_ssize i = 0; i < r.size; i++)
        gp_decref(r.items[(r.head + i) & (r.cap - 1)]);
    gp_mem_free(r.items);
}

/* ------------------------------------------------------ operations */

static int push(gp_thread *t, gp_obj *self, gp_obj *v_steal, int left) {
    gp_obj *out;
    gp_obj_lock(self);
    int r = push_locked(D(self), v_steal, left, &out);
    gp_obj_unlock(self);
    if (r < 0) {
        gp_decref(v_steal);
        gp_err_nomemory(t);
        return -1;
    }
    gp_xdecref(out);
    return 0;
}

static gp_obj *pop_end(gp_thread *t, gp_obj *self, int left) {
    deque_obj *d = D(self);
    gp_obj_lock(self);
    if (d->size == 0) {
        gp_obj_unlock(self);
        gp_err_set_str(t, &gp_exc_IndexError, "pop from an empty deque");
        return NULL;
    }
    gp_obj *v = left ? take_left_locked(d) : take_right_locked(d);
    maybe_shrink_locked(d);
    gp_obj_unlock(self);
    return v;
}

static void clear_items(gp_obj *self) {
    gp_obj_lock(self);
    ring r = detach_locked(D(self));
    gp_obj_unlock(self);
    release_ring(r);
}

static int extend_side(gp_thread *t, gp_obj *self, gp_obj *iterable, int left) {
    /* Extending a deque with itself reads a snapshot. */
    if (iterable == self) {
        gp_obj *copy = gp_seq_list(t, iterable);
        if (!copy) return -1;
        int r = extend_side(t, self, copy, left);
        gp_decref(copy);
        return r;
    }
    gp_obj *it = gp_obj_getiter(t, iterable);
    if (!it) return -1;
    gp_obj *v;
    while ((v = gp_iter_next(t, it))) {
        if (push(t, self, v, left) < 0) {
            gp_decref(it);
            return -1;
        }
    }
    gp_decref(it);
    return gp_err_occurred(t) ? -1 : 0;
}

/* A new reference to item i, or NULL (no exception) when i is out of
   range; *state receives the deque's state at the read. */
static gp_obj *item_at(gp_obj *self, gp_ssize i, size_t *state) {
    deque_obj *d = D(self);
    gp_obj *v = NULL;
    gp_obj_lock(self);
    if (i >= 0 && i < d->size) v = gp_newref(*slot_locked(d, i));
    *state = d->state;
    gp_obj_unlock(self);
    return v;
}

/* The first position from `from` (below `stop`) whose item is equal to x
   as far as gp_obj_eq_quick can tell under the lock, which the loops that
   compare items run before their item-by-item walk: while every item
   compares by value alone, the whole search sees one state of the deque,
   as it does under the GIL.  Returns that position with *found 1 when an
   item is equal; the position of the first item that needs the full
   comparison with *found -1; or the end (of the deque or of the range)
   with *found 0, when the search is over.  *state receives the
   state of that moment; *count, when not NULL, counts the equal items
   passed instead of stopping at the first.  When gone is not NULL, the
   equal item found is deleted under the same lock and handed to the
   caller in *gone to release. */
static gp_ssize quick_scan(gp_obj *self, gp_obj *x, gp_ssize from, gp_ssize stop,
                           size_t *state, gp_ssize *count, int *found, gp_obj **gone) {
    deque_obj *d = D(self);
    gp_obj_lock(self);
    *state = d->state;
    *found = 0;
    gp_ssize i = from;
    for (; i < stop && i < d->size; i++) {
        int q = gp_obj_eq_quick(*slot_locked(d, i), x);
        if (q < 0) {
            *found = -1;
            break;
        }
        if (q && !count) {
            *found = 1;
            if (gone) *gone = delete_locked(d, i);
            break;
        }
        if (count) *count += q;
    }
    gp_obj_unlock(self);
    return i;
}

static size_t read_state(gp_obj *self) {
    gp_obj_lock(self);
    size_t s = D(self)->state;
    gp_obj_unlock(self);
    return s;
}

static gp_ssize read_size(gp_obj *self) {
    gp_obj_lock(self);
    gp_ssize n = D(self)->size;
    gp_obj_unlock(self);
    return n;
}

/* The int value of an index-like argument, with CPython's messages. */
static int ssize_arg(gp_thread *t, gp_obj *o, gp_ssize *out) {
    if (gp_is_small(o)) {
        *out = gp_small_value(o);
        return 0;
    }
    gp_type *tp = gp_typeof(o);
    if (!gp_int_check(o) && !(tp->as_number && tp->as_number->index)) {
        gp_err_format(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      gp_type_name(tp));
        return -1;
    }
    gp_obj *i = gp_number_index(t, o);
    if (!i) return -1;
    int r = gp_int_as_ssize(t, i, out);
    gp_decref(i);
    return r;
}

/* A new deque of the same maxlen holding self's items (exact deques only). */
static gp_obj *copy_exact(gp_thread *t, gp_obj *self) {
    deque_obj *c = (deque_obj *)gp_obj_alloc(t, &gp_deque_type, 0);
    if (!c) return NULL;
    c->maxlen = D(self)->maxlen;
    gp_gc_track((gp_obj *)c);
    for (;;) {
        /* Size the copy outside the source's lock, then fill it under the
           lock if the size still holds. */
        gp_ssize n = read_size(self);
        gp_ssize cap = MIN_CAP;
        while (cap < n)
            cap *= 2;
        gp_obj **items = gp_mem_alloc((size_t)cap * sizeof(gp_obj *));
        if (!items) {
            gp_decref((gp_obj *)c);
            return gp_err_nomemory(t);
        }
        gp_obj_lock(self);
        if (D(self)->size <= cap) {
            deque_obj *d = D(self);
            for (gp_ssize i = 0; i < d->size; i++)
                items[i] = gp_newref(*slot_locked(d, i));
            c->items = items;
            c->cap = cap;
            c->size = d->size;
            gp_obj_unlock(self);
            return (gp_obj *)c;
        }
        gp_obj_unlock(self);
        gp_mem_free(items);
    }
}

static gp_obj *deque_copy(gp_thread *t, gp_obj *self) {
    if (gp_typeof(self) == &gp_deque_type) return copy_exact(t, self);
    gp_obj *type = (gp_obj *)gp_typeof(self);
    gp_obj *res;
    if (D(self)->maxlen < 0) {
        res = gp_call1(t, type, self);
    } else {
        gp_obj *ml = gp_int_from_ssize(t, D(self)->maxlen);
        if (!ml) return NULL;
        res = gp_call2(t, type, self, ml);
        gp_decref(ml);
    }
    if (res && !deque_check(res)) {
        gp_err_format(t, &gp_exc_TypeError, "%s() must return a deque, not %s",
                      gp_type_name(gp_typeof(self)), gp_type_name(gp_typeof(res)));
        gp_decref(res);
        return NULL;
    }
    return res;
}

/* ---------------------------------------------------------------- methods */

static int no_args(gp_thread *t, const char *name, gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, name, kwnames) < 0) return -1;
    if (nargs != 0) {
        gp_err_format(t, &gp_exc_TypeError, "%s() takes no arguments (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

static int one_arg(gp_thread *t, const char *name, gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, name, kwnames) < 0) return -1;
    if (nargs != 1) {
        gp_err_format(t, &gp_exc_TypeError, "%s() takes exactly one argument (%zd given)", name,
                      nargs);
        return -1;
    }
    return 0;
}

static gp_obj *m_append(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (nargs != 1 || kwnames) {
        if (one_arg(t, "deque.append", nargs, kwnames) < 0) return NULL;
    }
    if (push(t, self, gp_newref(args[0]), 0) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *m_appendleft(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    if (nargs != 1 || kwnames) {
        if (one_arg(t, "deque.appendleft", nargs, kwnames) < 0) return NULL;
    }
    if (push(t, self, gp_newref(args[0]), 1) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *m_pop(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                     gp_obj *kwnames) {
    if ((nargs || kwnames) && no_args(t, "deque.pop", nargs, kwnames) < 0) return NULL;
    return pop_end(t, self, 0);
}

static gp_obj *m_popleft(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if ((nargs || kwnames) && no_args(t, "deque.popleft", nargs, kwnames) < 0) return NULL;
    return pop_end(t, self, 1);
}

static gp_obj *m_extend(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (one_arg(t, "deque.extend", nargs, kwnames) < 0) return NULL;
    if (extend_side(t, self, args[0], 0) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *m_extendleft(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    if (one_arg(t, "deque.extendleft", nargs, kwnames) < 0) return NULL;
    if (extend_side(t, self, args[0], 1) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *m_rotate(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (gp_args_no_kw(t, "rotate", kwnames) < 0 || gp_args_count(t, "rotate", nargs, 0, 1) < 0)
        return NULL;
    gp_ssize n = 1;
    if (nargs == 1 && ssize_arg(t, args[0], &n) < 0) return NULL;
    deque_obj *d = D(self);
    gp_obj_lock(self);
    if (d->size > 1) {
        gp_ssize k = n % d->size;
        if (k < 0) k += d->size;
        if (k) rotate_locked(d, k);
    }
    gp_obj_unlock(self);
    return GP_NONE;
}

static gp_obj *m_clear(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (no_args(t, "deque.clear", nargs, kwnames) < 0) return NULL;
    clear_items(self);
    return GP_NONE;
}

static gp_obj *m_copy(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                      gp_obj *kwnames) {
    if (no_args(t, "deque.copy", nargs, kwnames) < 0) return NULL;
    return deque_copy(t, self);
}

static gp_obj *m_reverse(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (no_args(t, "deque.reverse", nargs, kwnames) < 0) return NULL;
    deque_obj *d = D(self);
    gp_obj_lock(self);
    for (gp_ssize i = 0, j = d->size - 1; i < j; i++, j--) {
        gp_obj **a = slot_locked(d, i), **b = slot_locked(d, j);
        gp_obj *tmp = *a;
        *a = *b;
        *b = tmp;
    }
    gp_obj_unlock(self);
    return GP_NONE;
}

static gp_obj *m_count(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (one_arg(t, "deque.count", nargs, kwnames) < 0) return NULL;
    size_t start, state;
    gp_ssize count = 0;
    int found;
    gp_obj *v;
    gp_ssize from = quick_scan(self, args[0], 0, INTPTR_MAX, &start, &count, &found, NULL);
    if (found == 0) return gp_int_from_ssize(t, count);
    for (gp_ssize i = from; (v = item_at(self, i, &state)); i++) {
        if (state != start) {
            gp_decref(v);
            break;
        }
        int r = v == args[0] ? 1 : gp_obj_richcompare_bool(t, v, args[0], GP_EQ);
        gp_decref(v);
        if (r < 0) return NULL;
        count += r;
    }
    if (read_state(self) != start) return gp_err_format(t, &gp_exc_RuntimeError, MUTATED);
    return gp_int_from_ssize(t, count);
}

/* Clip a start or stop argument of index() to [0, size]. */
static int clip_arg(gp_thread *t, gp_obj *o, gp_ssize size, gp_ssize *out) {
    gp_type *tp = gp_typeof(o);
    if (!gp_int_check(o) && !(tp->as_number && tp->as_number->index)) {
        gp_err_set_str(t, &gp_exc_TypeError,
                       "slice indices must be integers or have an __index__ method");
        return -1;
    }
    gp_ssize v;
    if (gp_number_as_ssize(t, o, NULL, &v) < 0) return -1;
    if (v < 0) {
        v += size;
        if (v < 0) v = 0;
    }
    if (v > size) v = size;
    *out = v;
    return 0;
}

static gp_obj *m_index(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (gp_args_no_kw(t, "index", kwnames) < 0) return NULL;
    if (nargs < 1 || nargs > 3)
        return gp_err_format(t, &gp_exc_TypeError,
                             nargs < 1 ? "index() takes at least 1 argument (%zd given)"
                                       : "index() takes at most 3 arguments (%zd given)",
                             nargs);
    gp_ssize size = read_size(self), start = 0, stop = size;
    if (nargs > 1 && clip_arg(t, args[1], size, &start) < 0) return NULL;
    if (nargs > 2 && clip_arg(t, args[2], size, &stop) < 0) return NULL;
    size_t first, state;
    int found;
    gp_ssize from = quick_scan(self, args[0], start, stop, &first, NULL, &found, NULL);
    if (found == 1) return gp_int_from_ssize(t, from);
    if (found == 0) return gp_err_format(t, &gp_exc_ValueError, "%R is not in deque", args[0]);
    for (gp_ssize i = from; i < stop; i++) {
        gp_obj *v = item_at(self, i, &state);
        if (!v || state != first) {
            gp_xdecref(v);
            return gp_err_format(t, &gp_exc_RuntimeError, MUTATED);
        }
        int r = v == args[0] ? 1 : gp_obj_richcompare_bool(t, v, args[0], GP_EQ);
        gp_decref(v);
        if (r < 0) return NULL;
        if (read_state(self) != first) return gp_err_format(t, &gp_exc_RuntimeError, MUTATED);
        if (r) return gp_int_from_ssize(t, i);
    }
    return gp_err_format(t, &gp_exc_ValueError, "%R is not in deque", args[0]);
}

static gp_obj *m_insert(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (gp_args_no_kw(t, "insert", kwnames) < 0) return NULL;
    if (nargs != 2)
        return gp_err_format(t, &gp_exc_TypeError, "insert expected 2 arguments, got %zd", nargs);
    gp_ssize i;
    if (ssize_arg(t, args[0], &i) < 0) return NULL;
    deque_obj *d = D(self);
    gp_obj *v = gp_newref(args[1]);
    gp_obj_lock(self);
    if (d->maxlen >= 0 && d->size >= d->maxlen) {
        gp_obj_unlock(self);
        gp_decref(v);
        return gp_err_format(t, &gp_exc_IndexError, "deque already at its maximum size");
    }
    if (i < 0) {
        i += d->size;
        if (i < 0) i = 0;
    }
    if (i > d->size) i = d->size;
    int r = insert_locked(d, i, v);
    gp_obj_unlock(self);
    if (r < 0) {
        gp_decref(v);
        return gp_err_nomemory(t);
    }
    return GP_NONE;
}

static gp_obj *m_remove(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (one_arg(t, "deque.remove", nargs, kwnames) < 0) return NULL;
    size_t first, state;
    int found;
    gp_obj *gone = NULL;
    gp_ssize from = quick_scan(self, args[0], 0, INTPTR_MAX, &first, NULL, &found, &gone);
    if (found == 1) {
        gp_decref(gone);
        return GP_NONE;
    }
    if (found == 0) return gp_err_format(t, &gp_exc_ValueError, "%R is not in deque", args[0]);
    gp_obj *v;
    for (gp_ssize i = from; (v = item_at(self, i, &state)); i++) {
        int r = v == args[0] ? 1 : gp_obj_richcompare_bool(t, v, args[0], GP_EQ);
        gp_decref(v);
        if (r < 0) return NULL;
        gone = NULL;
        gp_obj_lock(self);
        int moved = D(self)->state != first;
        if (!moved && r) gone = delete_locked(D(self), i);
        gp_obj_unlock(self);
        if (moved) return gp_err_format(t, &gp_exc_IndexError, MUTATED);
        if (gone) {
            gp_decref(gone);
            return GP_NONE;
        }
    }
    return gp_err_format(t, &gp_exc_ValueError, "%R is not in deque", args[0]);
}

static gp_obj *m_reduce(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (no_args(t, "__reduce__", nargs, kwnames) < 0) return NULL;
    gp_obj *state = NULL, *it = NULL, *ctor = NULL, *res = NULL;
    if (gp_obj_lookup_attr(t, self, gp_str_intern_cstr_borrow(t, "__dict__"), &state) < 0)
        return NULL;
    if (state && gp_dict_check(state) && gp_obj_len(t, state) == 0) gp_clear(&state);
    if (!state) state = GP_NONE;
    it = gp_obj_getiter(t, self);
    if (!it) goto done;
    if (D(self)->maxlen < 0) {
        ctor = gp_tuple_new(t, 0);
    } else {
        gp_obj *empty = gp_tuple_new(t, 0), *ml = gp_int_from_ssize(t, D(self)->maxlen);
        if (empty && ml) ctor = gp_tuple_pack(t, 2, empty, ml);
        gp_xdecref(empty);
        gp_xdecref(ml);
    }
    if (!ctor) goto done;
    res = gp_tuple_pack(t, 4, (gp_obj *)gp_typeof(self), ctor, state, it);
done:
    gp_xdecref(ctor);
    gp_xdecref(it);
    gp_decref(state);
    return res;
}

static gp_obj *m_sizeof(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (no_args(t, "__sizeof__", nargs, kwnames) < 0) return NULL;
    return gp_int_from_ssize(t, (gp_ssize)sizeof(deque_obj) +
                                    D(self)->cap * (gp_ssize)sizeof(gp_obj *));
}

static gp_obj *new_iter(gp_thread *t, gp_obj *self, int reverse);

static gp_obj *m_reversed(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    if (no_args(t, "__reversed__", nargs, kwnames) < 0) return NULL;
    return new_iter(t, self, 1);
}

static gp_obj *get_maxlen(gp_thread *t, gp_obj *self, void *closure) {
    if (D(self)->maxlen < 0) return GP_NONE;
    return gp_int_from_ssize(t, D(self)->maxlen);
}

/* ------------------------------------------------------------------ slots */

static gp_obj *deque_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    deque_obj *d = (deque_obj *)gp_obj_alloc(t, type, 0);
    if (!d) return NULL;
    d->maxlen = -1;
    gp_gc_track((gp_obj *)d);
    return (gp_obj *)d;
}

static int deque_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                      gp_obj *kwnames) {
    static const char *const names[] = {"iterable", "maxlen", NULL};
    static const gp_argspec spec = {"deque", names, 0, -1};
    gp_obj *a[2];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return -1;
    gp_ssize maxlen = -1;
    if (a[1] && a[1] != GP_NONE) {
        if (!gp_int_check(a[1])) {
            gp_err_set_str(t, &gp_exc_TypeError, "an integer is required");
            return -1;
        }
        if (gp_int_as_ssize(t, a[1], &maxlen) < 0) return -1;
        if (maxlen < 0) {
            gp_err_set_str(t, &gp_exc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    D(self)->maxlen = maxlen;
    if (read_size(self) > 0) clear_items(self);
    if (a[0]) return extend_side(t, self, a[0], 0);
    return 0;
}

static void deque_dealloc(gp_obj *o) {
    if (gp_containers_trash_begin(o)) return;
    gp_gc_untrack(o);
    ring r = detach_locked(D(o));
    release_ring(r);
    gp_obj_free(o);
    gp_containers_trash_end();
}

static int deque_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    deque_obj *d = D(o);
    for (gp_ssize i = 0; i < d->size; i++) {
        gp_obj *v = *slot_locked(d, i);
        if (!gp_is_small(v)) {
            int r = visit(v, arg);
            if (r) return r;
        }
    }
    return 0;
}

static int deque_tp_clear(gp_obj *o) {
    clear_items(o);
    return 0;
}

static gp_obj *deque_repr(gp_thread *t, gp_obj *self) {
    int r = gp_containers_repr_enter(t, self);
    if (r != 0) return r > 0 ? gp_str_from_cstr(t, "[...]") : NULL;
    gp_obj *res = NULL, *items = gp_seq_list(t, self);
    if (items) {
        const char *name = gp_type_name(gp_typeof(self));
        if (D(self)->maxlen >= 0)
            res = gp_str_from_format(t, "%s(%R, maxlen=%zd)", name, items, D(self)->maxlen);
        else
            res = gp_str_from_format(t, "%s(%R)", name, items);
        gp_decref(items);
    }
    gp_containers_repr_leave(t, self);
    return res;
}

static gp_obj *compare_sizes(gp_ssize a, gp_ssize b, int op) {
    int r = 0;
    switch (op) {
    case GP_LT:
        r = a < b;
        break;
    case GP_LE:
        r = a <= b;
        break;
    case GP_EQ:
        r = a == b;
        break;
    case GP_NE:
        r = a != b;
        break;
    case GP_GT:
        r = a > b;
        break;
    case GP_GE:
        r = a >= b;
        break;
    }
    return gp_bool_from(r);
}

/* Item by item like the two iterators CPython walks: the first unequal
   pair decides, else the lengths do. */
static gp_obj *deque_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if (!deque_check(a) || !deque_check(b)) return GP_NOTIMPLEMENTED;
    gp_ssize na = read_size(a), nb = read_size(b);
    if (na != nb && (op == GP_EQ || op == GP_NE)) return gp_bool_from(op == GP_NE);
    size_t sa = read_state(a), sb = read_state(b), s;
    for (gp_ssize i = 0; i < na && i < nb; i++) {
        gp_obj *x = item_at(a, i, &s);
        if (!x || s != sa) {
            gp_xdecref(x);
            return gp_err_format(t, &gp_exc_RuntimeError, MUTATED);
        }
        gp_obj *y = item_at(b, i, &s);
        if (!y || s != sb) {
            gp_decref(x);
            gp_xdecref(y);
            return gp_err_format(t, &gp_exc_RuntimeError, MUTATED);
        }
        int k = x == y ? 1 : gp_obj_richcompare_bool(t, x, y, GP_EQ);
        if (k == 0) {
            gp_obj *res = op == GP_EQ   ? GP_FALSE
                          : op == GP_NE ? GP_TRUE
                                        : gp_obj_richcompare(t, x, y, op);
            gp_decref(x);
            gp_decref(y);
            return res;
        }
        gp_decref(x);
        gp_decref(y);
        if (k < 0) return NULL;
    }
    return compare_sizes(na, nb, op);
}

static gp_ssize deque_length(gp_thread *t, gp_obj *self) { return read_size(self); }

static gp_obj *deque_item(gp_thread *t, gp_obj *self, gp_ssize i) {
    deque_obj *d = D(self);
    gp_obj *v = NULL;
    gp_obj_lock(self);
    if (i < 0) i += d->size;
    if (i >= 0 && i < d->size) v = gp_newref(*slot_locked(d, i));
    gp_obj_unlock(self);
    if (!v) gp_err_set_str(t, &gp_exc_IndexError, "deque index out of range");
    return v;
}

static int deque_ass_item(gp_thread *t, gp_obj *self, gp_ssize i, gp_obj *v) {
    deque_obj *d = D(self);
    gp_obj *old = NULL;
    int found = 0;
    if (v) gp_incref(v);
    gp_obj_lock(self);
    if (i < 0) i += d->size;
    if (i >= 0 && i < d->size) {
        found = 1;
        if (v) {
            gp_obj **p = slot_locked(d, i);
            old = *p;
            *p = v;
        } else {
            old = delete_locked(d, i);
        }
    }
    gp_obj_unlock(self);
    if (!found) {
        gp_xdecref(v);
        gp_err_set_str(t, &gp_exc_IndexError, "deque index out of range");
        return -1;
    }
    gp_decref(old);
    return 0;
}

static int deque_contains(gp_thread *t, gp_obj *self, gp_obj *x) {
    size_t first, state;
    int found;
    gp_ssize from = quick_scan(self, x, 0, INTPTR_MAX, &first, NULL, &found, NULL);
    if (found >= 0) return found;
    gp_obj *v;
    for (gp_ssize i = from; (v = item_at(self, i, &state)); i++) {
        int r = v == x ? 1 : gp_obj_richcompare_bool(t, v, x, GP_EQ);
        gp_decref(v);
        if (r) return r;
        if (read_state(self) != first) {
            gp_err_set_str(t, &gp_exc_RuntimeError, MUTATED);
            return -1;
        }
    }
    return 0;
}

static gp_obj *deque_inplace_concat(gp_thread *t, gp_obj *self, gp_obj *other) {
    if (extend_side(t, self, other, 0) < 0) return NULL;
    return gp_newref(self);
}

static gp_obj *deque_concat(gp_thread *t, gp_obj *self, gp_obj *other) {
    if (!deque_check(other))
        return gp_err_format(t, &gp_exc_TypeError,
                             "can only concatenate deque (not \"%s\") to deque",
                             gp_type_name(gp_typeof(other)));
    gp_obj *res = deque_copy(t, self);
    if (!res) return NULL;
    if (extend_side(t, res, other, 0) < 0) {
        gp_decref(res);
        return NULL;
    }
    return res;
}

/* d *= n: the items n times over; with a maxlen only the last maxlen of the
   repetition are pushed, so a huge n on a bounded deque stays cheap. */
static gp_obj *deque_inplace_repeat(gp_thread *t, gp_obj *self, gp_ssize n) {
    gp_ssize size = read_size(self);
    if (n <= 0 || size == 0) {
        clear_items(self);
        return gp_newref(self);
    }
    if (n == 1) return gp_newref(self);
    gp_obj *snap = gp_seq_list(t, self);
    if (!snap) return NULL;
    size = gp_list_size(snap);
    gp_ssize maxlen = D(self)->maxlen, pushes, first;
    if (maxlen >= 0 && (size > maxlen / n || size * n > maxlen)) {
        pushes = maxlen;
        first = ((-maxlen) % size + size) % size;
    } else {
        if (size > INTPTR_MAX / n) {
            gp_decref(snap);
            return gp_err_nomemory(t);
        }
        pushes = size * (n - 1);
        first = 0;
    }
    for (gp_ssize k = 0; k < pushes; k++) {
        if (push(t, self, gp_newref(gp_list_get_borrow(snap, (first + k) % size)), 0) < 0) {
            gp_decref(snap);
            return NULL;
        }
    }
    gp_decref(snap);
    return gp_newref(self);
}

static gp_obj *deque_repeat(gp_thread *t, gp_obj *self, gp_ssize n) {
    gp_obj *res = deque_copy(t, self);
    if (!res) return NULL;
    gp_obj *r = deque_inplace_repeat(t, res, n);
    gp_decref(res);
    return r;
}

static gp_obj *deque_iter(gp_thread *t, gp_obj *self) { return new_iter(t, self, 0); }

static const gp_method_def deque_methods[] = {
    {"append", m_append, 0, "Add an element to the right side of the deque."},
    {"appendleft", m_appendleft, 0, "Add an element to the left side of the deque."},
    {"pop", m_pop, 0, "Remove and return the rightmost element."},
    {"popleft", m_popleft, 0, "Remove and return the leftmost element."},
    {"extend", m_extend, 0, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", m_extendleft, 0,
     "Extend the left side of the deque with elements from the iterable"},
    {"rotate", m_rotate, 0,
     "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"clear", m_clear, 0, "Remove all elements from the deque."},
    {"copy", m_copy, 0, "Return a shallow copy of a deque."},
    {"__copy__", m_copy, 0, "Return a shallow copy of a deque."},
    {"count", m_count, 0, "D.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, 0,
     "D.index(value, [start, [stop]]) -> integer -- return first index of value.\nRaises "
     "ValueError if the value is not present."},
    {"insert", m_insert, 0, "D.insert(index, object) -- insert object before index"},
    {"remove", m_remove, 0, "D.remove(value) -- remove first occurrence of value."},
    {"reverse", m_reverse, 0, "D.reverse() -- reverse *IN PLACE*"},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {"__sizeof__", m_sizeof, 0, "D.__sizeof__() -- size of D in memory, in bytes"},
    {"__reversed__", m_reversed, 0, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"__class_getitem__", gp_class_getitem, GP_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const gp_getset_def deque_getset[] = {
    {"maxlen", get_maxlen, NULL, "maximum size of a deque or None if unbounded", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static gp_sequence_methods deque_as_sequence = {
    .length = deque_length,
    .concat = deque_concat,
    .repeat = deque_repeat,
    .item = deque_item,
    .ass_item = deque_ass_item,
    .contains = deque_contains,
    .inplace_concat = deque_inplace_concat,
    .inplace_repeat = deque_inplace_repeat,
};

gp_type gp_deque_type = {
    GP_TYPE_HEAD,
    .name = "collections.deque",
    .basicsize = sizeof(deque_obj),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_SEQUENCE,
    .dealloc = deque_dealloc,
    .repr = deque_repr,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .new_ = deque_new,
    .init = deque_init,
    .traverse = deque_traverse,
    .clear = deque_tp_clear,
    .as_sequence = &deque_as_sequence,
    .methods = deque_methods,
    .getset = deque_getset,
    .weaklistoffset = 1, /* weakly referenceable */
    .doc = "A list-like sequence optimized for data accesses near its endpoints.",
};

/* -------------------------------------------------------------- iterators */

static gp_obj *new_iter(gp_thread *t, gp_obj *self, int reverse) {
    dequeiter_obj *it =
        (dequeiter_obj *)gp_obj_alloc(t, reverse ? &gp_dequereviter_type : &gp_dequeiter_type, 0);
    if (!it) return NULL;
    gp_obj_lock(self);
    it->left = D(self)->size;
    it->state = D(self)->state;
    gp_obj_unlock(self);
    it->index = reverse ? it->left - 1 : 0;
    it->deque = gp_newref(self);
    gp_gc_track((gp_obj *)it);
    return (gp_obj *)it;
}

static void dequeiter_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_xdecref(((dequeiter_obj *)o)->deque);
    gp_obj_free(o);
}

static int dequeiter_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_obj *d = ((dequeiter_obj *)o)->deque;
    return d ? visit(d, arg) : 0;
}

static gp_obj *self_iter(gp_thread *t, gp_obj *o) { return gp_newref(o); }

static gp_obj *dequeiter_next(gp_thread *t, gp_obj *o) {
    dequeiter_obj *it = (dequeiter_obj *)o;
    gp_obj *self = it->deque;
    if (!self) return NULL;
    gp_obj *v = NULL;
    int moved = 0;
    gp_obj_lock(self);
    if (D(self)->state != it->state) {
        moved = 1;
    } else if (it->left > 0) {
        v = gp_newref(*slot_locked(D(self), it->index));
        it->index += gp_typeof(o) == &gp_dequeiter_type ? 1 : -1;
        it->left--;
    }
    gp_obj_unlock(self);
    if (v) return v;
    if (moved) {
        it->left = 0;
        return gp_err_format(t, &gp_exc_RuntimeError, MUTATED);
    }
    it->deque = NULL;
    gp_decref(self);
    return NULL;
}

static gp_obj *dequeiter_length_hint(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                     gp_ssize nargs, gp_obj *kwnames) {
    return gp_int_from_ssize(t, ((dequeiter_obj *)self)->left);
}

static const gp_method_def dequeiter_methods[] = {
    {"__length_hint__", dequeiter_length_hint, 0,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

gp_type gp_dequeiter_type = {
    GP_TYPE_HEAD,
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(dequeiter_obj),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = dequeiter_dealloc,
    .iter = self_iter,
    .iternext = dequeiter_next,
    .traverse = dequeiter_traverse,
    .methods = dequeiter_methods,
};

gp_type gp_dequereviter_type = {
    GP_TYPE_HEAD,
    .name = "_collections._deque_reverse_iterator",
    .basicsize = sizeof(dequeiter_obj),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = dequeiter_dealloc,
    .iter = self_iter,
    .iternext = dequeiter_next,
    .traverse = dequeiter_traverse,
    .methods = dequeiter_methods,
};

/* ----------------------------------------------------------------- module */

gp_obj *gp_mod_collections_init(gp_thread *t) {
    if (gp_type_ready(t, &gp_deque_type) < 0 || gp_type_ready(t, &gp_dequeiter_type) < 0 ||
        gp_type_ready(t, &gp_dequereviter_type) < 0)
        return NULL;
    gp_obj *m = gp_module_new(t, "_collections");
    if (!m) return NULL;
    if (gp_module_add_object(t, m, "deque", (gp_obj *)&gp_deque_type) < 0 ||
        gp_module_add_object(t, m, "_deque_iterator", (gp_obj *)&gp_dequeiter_type) < 0 ||
        gp_module_add_object(t, m, "_deque_reverse_iterator", (gp_obj *)&gp_dequereviter_type) <
            0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
