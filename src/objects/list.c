/* list: a mutable sequence over a growable array of item pointers.

   Invariants: 0 <= size <= alloc; items[0..size) are non-NULL once the list
   escapes (gp_list_new hands out NULL items for its creator to fill);
   items may be NULL when alloc is 0.  While sort() runs the list is emptied
   and alloc is -1: code that finds alloc changed afterwards knows the list
   was modified during the sort.

   Free-threaded build: every change of the array and every read that must
   see one state (an item, a slice, a copy) holds the list's per-object lock
   (runtime/objlock.h).  Under the lock the code only moves pointers and
   increfs; items that leave the list are collected and released after the
   unlock, and comparisons run on new references outside it.  The length is
   a single load.  Searches (count, index, remove, in) look at one state of
   the list while other threads run: under the lock for as long as items
   compare by value alone, then in a snapshot (find_item). */
#include "gilpy_core.h"
#include "runtime/objlock.h"

#define L(o) ((gp_list *)(o))

/* The current length, read in one load without the lock. */
static inline gp_ssize size_now(gp_obj *o) {
    return __atomic_load_n(&L(o)->size, __ATOMIC_RELAXED);
}

/* items[i] as a new reference, or NULL when i is out of range by now. */
static gp_obj *item_ref(gp_obj *self, gp_ssize i) {
    gp_obj_lock(self);
    gp_obj *v = i >= 0 && i < L(self)->size ? gp_newref(L(self)->items[i]) : NULL;
    gp_obj_unlock(self);
    return v;
}

/* References taken out of a list under its lock; released by
   dropped_release() once the lock is dropped, so that no destructor runs
   while it is held. */
typedef struct {
    gp_obj *small[8];
    gp_obj **items;
    gp_ssize n;
} dropped;

static void dropped_init(dropped *g) {
    g->items = g->small;
    g->n = 0;
}

/* Room for n references; the buffer is plain memory, so allocating it under
   the lock is allowed. */
static int dropped_reserve(gp_thread *t, dropped *g, gp_ssize n) {
    if (n <= 8) return 0;
    g->items = gp_mem_alloc((size_t)n * sizeof(gp_obj *));
    if (!g->items) {
        g->items = g->small;
        gp_err_nomemory(t);
        return -1;
    }
    return 0;
}

static void dropped_release(dropped *g) {
    for (gp_ssize k = g->n - 1; k >= 0; k--) gp_xdecref(g->items[k]);
    if (g->items != g->small) gp_mem_free(g->items);
    g->items = g->small;
    g->n = 0;
}

/* Copy items[from:] of a locked list into g with a new reference each, so
   that they can be compared after the unlock as one state of the list. */
static int snapshot_from_locked(gp_thread *t, gp_obj *self, gp_ssize from, dropped *g) {
    gp_ssize n = L(self)->size - from;
    if (n <= 0) return 0;
    if (dropped_reserve(t, g, n) < 0) return -1;
    for (gp_ssize k = 0; k < n; k++) g->items[k] = gp_newref(L(self)->items[from + k]);
    g->n = n;
    return 0;
}

/* The first index in [lo, hi) whose item equals v, -1 when there is none,
   or -2 with an exception.  With other threads running without the GIL,
   the items are looked at as one state of the list: first under its lock
   as long as quick_eq decides, then, from the first item that needs a full
   comparison, in a snapshot taken under that same lock.  Otherwise the
   list is read an item at a time, as CPython does, so that an __eq__ that
   changes the list sees the effect CPython gives it.  When match is not
   NULL it receives a new reference to the matching item. */
static gp_ssize find_item(gp_thread *t, gp_obj *self, gp_obj *v, gp_ssize lo, gp_ssize hi,
                          gp_obj **match) {
    if (!gp_is_threaded()) {
        for (gp_ssize i = lo; i < hi; i++) {
            gp_obj *x = item_ref(self, i);
            if (!x) break;
            int r = x == v ? 1 : gp_obj_richcompare_bool(t, x, v, GP_EQ);
            if (r > 0 && match) *match = x;
            else gp_decref(x);
            if (r < 0) return -2;
            if (r > 0) return i;
        }
        return -1;
    }
    dropped g;
    dropped_init(&g);
    gp_obj_lock(self);
    gp_ssize i = lo;
    for (; i < hi && i < L(self)->size; i++) {
        int q = gp_obj_eq_quick(L(self)->items[i], v);
        if (q < 0) break;
        if (q) {
            if (match) *match = gp_newref(L(self)->items[i]);
            gp_obj_unlock(self);
            return i;
        }
    }
    int r = i < hi ? snapshot_from_locked(t, self, i, &g) : 0;
    gp_obj_unlock(self);
    if (r < 0) return -2;
    gp_ssize found = -1;
    for (gp_ssize k = 0; k < g.n && i + k < hi; k++) {
        gp_obj *x = g.items[k];
        int c = x == v ? 1 : gp_obj_richcompare_bool(t, x, v, GP_EQ);
        if (c < 0) {
            found = -2;
            break;
        }
        if (c) {
            if (match) *match = gp_newref(x);
            found = i + k;
            break;
        }
    }
    dropped_release(&g);
    return found;
}

static int has_index(gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    return gp_int_check(o) || (tp->as_number && tp->as_number->index);
}

/* Make room for newsize items and set size.  Over-allocates in proportion
   to the size (about 1/8 extra) so that appends run in amortised constant
   time, and shrinks the array when less than half of it is used. */
static int list_resize(gp_thread *t, gp_obj *self, gp_ssize newsize) {
    gp_list *l = L(self);
    if (l->alloc >= newsize && newsize >= (l->alloc >> 1)) {
        __atomic_store_n(&l->size, newsize, __ATOMIC_RELAXED);
        return 0;
    }
    size_t want = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if ((size_t)(newsize - l->size) > want - (size_t)newsize)
        want = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0) want = 0;
    if (want > (size_t)INTPTR_MAX / sizeof(gp_obj *)) {
        gp_err_nomemory(t);
        return -1;
    }
    gp_obj **items = gp_mem_realloc(l->items, want * sizeof(gp_obj *));
    if (!items) {
        gp_err_nomemory(t);
        return -1;
    }
    l->items = items;
    l->alloc = (gp_ssize)want;
    __atomic_store_n(&l->size, newsize, __ATOMIC_RELAXED);
    return 0;
}

/* Reserve room for n more items without changing the size. */
static int list_reserve(gp_thread *t, gp_obj *self, gp_ssize extra) {
    gp_list *l = L(self);
    int r = 0;
    gp_obj_lock(self);
    gp_ssize size = l->size;
    if (l->alloc - size >= extra) goto done;
    if (extra > INTPTR_MAX / (gp_ssize)sizeof(gp_obj *) - size) {
        gp_err_nomemory(t);
        r = -1;
        goto done;
    }
    r = list_resize(t, self, size + extra);
    if (r == 0) __atomic_store_n(&l->size, size, __ATOMIC_RELAXED);
done:
    gp_obj_unlock(self);
    return r;
}

static gp_obj *list_alloc(gp_thread *t, gp_type *type, gp_ssize n) {
    gp_obj *o = gp_obj_alloc(t, type, 0);
    if (!o) return NULL;
    if (n > 0) {
        if ((size_t)n > (size_t)INTPTR_MAX / sizeof(gp_obj *)) {
            gp_obj_free(o);
            return gp_err_nomemory(t);
        }
        L(o)->items = gp_mem_calloc((size_t)n, sizeof(gp_obj *));
        if (!L(o)->items) {
            gp_obj_free(o);
            return gp_err_nomemory(t);
        }
        L(o)->alloc = n;
        __atomic_store_n(&L(o)->size, n, __ATOMIC_RELAXED);
    }
    gp_gc_track(o);
    return o;
}

gp_obj *gp_list_new(gp_thread *t, gp_ssize n) {
    if (n < 0) return gp_err_bad_internal_call(t, "gp_list_new");
    return list_alloc(t, &gp_list_type, n);
}

int gp_list_append_locked(gp_thread *t, gp_obj *list, gp_obj *v) {
    gp_list *l = L(list);
    gp_ssize n = l->size;
    if (n >= l->alloc && list_resize(t, list, n + 1) < 0) return -1;
    l->items[n] = gp_newref(v);
    __atomic_store_n(&l->size, n + 1, __ATOMIC_RELAXED);
    return 0;
}

gp_obj *gp_list_pop_last_locked(gp_thread *t, gp_obj *list) {
    gp_list *l = L(list);
    gp_ssize n = l->size;
    if (n == 0) return NULL;
    gp_obj *v = l->items[n - 1];
    if (list_resize(t, list, n - 1) < 0) {
        /* Shrinking failed: keep the array, just drop the item. */
        gp_err_clear(t);
        __atomic_store_n(&l->size, n - 1, __ATOMIC_RELAXED);
    }
    return v;
}

int gp_list_append_steal(gp_thread *t, gp_obj *list, gp_obj *v) {
    gp_list *l = L(list);
    gp_ssize n;
    if (!gp_is_threaded() && (n = l->size) < l->alloc) {
        l->items[n] = v;
        l->size = n + 1;
        return 0;
    }
    gp_obj_lock(list);
    n = l->size;
    if (n < l->alloc) {
        l->items[n] = v;
        __atomic_store_n(&l->size, n + 1, __ATOMIC_RELAXED);
        gp_obj_unlock(list);
        return 0;
    }
    int r = list_resize(t, list, n + 1);
    if (r == 0) l->items[n] = v;
    gp_obj_unlock(list);
    if (r < 0) gp_decref(v);
    return r;
}

int gp_list_append(gp_thread *t, gp_obj *list, gp_obj *v) {
    gp_incref(v);
    return gp_list_append_steal(t, list, v);
}

void gp_list_set_steal(gp_obj *list, gp_ssize i, gp_obj *v) {
    gp_obj_lock(list);
    gp_obj *old = L(list)->items[i];
    L(list)->items[i] = v;
    gp_obj_unlock(list);
    gp_xdecref(old);
}

int gp_list_insert(gp_thread *t, gp_obj *list, gp_ssize where, gp_obj *v) {
    gp_obj_lock(list);
    gp_ssize n = L(list)->size;
    if (list_resize(t, list, n + 1) < 0) {
        gp_obj_unlock(list);
        return -1;
    }
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    gp_obj **items = L(list)->items;
    memmove(&items[where + 1], &items[where], (size_t)(n - where) * sizeof(gp_obj *));
    items[where] = gp_newref(v);
    gp_obj_unlock(list);
    return 0;
}

/* Append the items of a tuple or list src_owner (which may be the list
   itself: it is read only after the resize, by index).  Both lists are
   locked, in address order, so that the copy is one state of each. */
static int extend_array(gp_thread *t, gp_obj *list, gp_obj *src_owner) {
    int is_list = gp_list_check(src_owner);
    if (is_list) gp_obj_lock2(list, src_owner);
    else gp_obj_lock(list);
    gp_ssize m = is_list ? L(src_owner)->size : gp_tuple_size(src_owner);
    gp_ssize n = L(list)->size;
    int r = 0;
    if (m > 0 && (r = list_resize(t, list, n + m)) == 0) {
        gp_obj **src = is_list ? L(src_owner)->items : gp_tuple_items(src_owner);
        gp_obj **dst = L(list)->items + n;
        for (gp_ssize i = 0; i < m; i++) dst[i] = gp_newref(src[i]);
    }
    if (is_list) gp_obj_unlock2(list, src_owner);
    else gp_obj_unlock(list);
    return r;
}

int gp_list_extend(gp_thread *t, gp_obj *list, gp_obj *iterable) {
    /* Exact lists and tuples are copied directly; subclasses may override
       __iter__ and are iterated. */
    if (gp_list_check_exact(iterable) || gp_tuple_check_exact(iterable) || iterable == list)
        return extend_array(t, list, iterable);
    if (gp_is_threaded()) {
        gp_obj *snap = gp_dict_snapshot_list(t, iterable);
        if (!snap && !gp_err_occurred(t)) snap = gp_set_snapshot_list(t, iterable);
        if (snap) {
            int r = extend_array(t, list, snap);
            gp_decref(snap);
            return r;
        }
        if (gp_err_occurred(t)) return -1;
    }
    gp_obj *it = gp_obj_getiter(t, iterable);
    if (!it) return -1;
    gp_ssize hint = gp_obj_length_hint(t, iterable, 8);
    if (hint < 0) goto error;
    if (hint > 0 && list_reserve(t, list, hint) < 0) goto error;
    gp_unaryfunc next = gp_typeof(it)->iternext;
    for (;;) {
        gp_obj *v = next ? next(t, it) : gp_iter_next(t, it);
        if (!v) {
            if (gp_err_occurred(t)) {
                if (!next || !gp_err_matches(t, &gp_exc_StopIteration)) goto error;
                gp_err_clear(t);
            }
            break;
        }
        if (gp_list_append_steal(t, list, v) < 0) goto error;
    }
    gp_decref(it);
    return 0;
error:
    gp_decref(it);
    return -1;
}

gp_obj *gp_list_from_iterable(gp_thread *t, gp_obj *iterable) {
    gp_obj *l = gp_list_new(t, 0);
    if (!l) return NULL;
    if (gp_list_extend(t, l, iterable) < 0) {
        gp_decref(l);
        return NULL;
    }
    return l;
}

gp_obj *gp_list_from_array(gp_thread *t, gp_obj *const *items, gp_ssize n) {
    gp_obj *l = gp_list_new(t, n);
    if (!l) return NULL;
    for (gp_ssize i = 0; i < n; i++) L(l)->items[i] = gp_newref(items[i]);
    return l;
}

gp_obj *gp_list_as_tuple(gp_thread *t, gp_obj *list) {
    gp_obj_lock(list);
    gp_obj *r = gp_tuple_from_array(t, L(list)->items, L(list)->size);
    gp_obj_unlock(list);
    return r;
}

gp_obj *gp_list_getslice(gp_thread *t, gp_obj *list, gp_ssize lo, gp_ssize hi) {
    gp_obj_lock(list);
    gp_ssize n = L(list)->size;
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    gp_obj *r = gp_list_from_array(t, L(list)->items + lo, hi - lo);
    gp_obj_unlock(list);
    return r;
}

gp_obj *gp_list_getitem(gp_thread *t, gp_obj *list, gp_ssize i) {
    gp_obj_lock(list);
    gp_ssize n = L(list)->size;
    if (i < 0) i += n;
    if ((size_t)i >= (size_t)n) {
        gp_obj_unlock(list);
        gp_err_set_str(t, &gp_exc_IndexError, "list index out of range");
        return NULL;
    }
    gp_obj *v = gp_newref(L(list)->items[i]);
    gp_obj_unlock(list);
    return v;
}

gp_obj *gp_list_pop(gp_thread *t, gp_obj *list, gp_ssize i) {
    gp_list *l = L(list);
    gp_obj_lock(list);
    gp_ssize n = l->size;
    if (n == 0) {
        gp_obj_unlock(list);
        gp_err_set_str(t, &gp_exc_IndexError, "pop from empty list");
        return NULL;
    }
    if (i < 0) i += n;
    if ((size_t)i >= (size_t)n) {
        gp_obj_unlock(list);
        gp_err_set_str(t, &gp_exc_IndexError, "pop index out of range");
        return NULL;
    }
    gp_obj *v = l->items[i];
    if (i < n - 1)
        memmove(&l->items[i], &l->items[i + 1], (size_t)(n - i - 1) * sizeof(gp_obj *));
    if (list_resize(t, list, n - 1) < 0) {
        /* Shrinking failed: keep the array, just drop the item. */
        gp_err_clear(t);
        __atomic_store_n(&l->size, n - 1, __ATOMIC_RELAXED);
    }
    gp_obj_unlock(list);
    return v;
}

int gp_list_reverse(gp_thread *t, gp_obj *list) {
    gp_obj_lock(list);
    if (L(list)->size >= 2) {
        gp_obj **lo = L(list)->items, **hi = lo + L(list)->size - 1;
        while (lo < hi) {
            gp_obj *tmp = *lo;
            *lo++ = *hi;
            *hi-- = tmp;
        }
    }
    gp_obj_unlock(list);
    return 0;
}

/* Drop every item.  The array is detached under the lock, so that
   destructors run by the decrefs see an empty list. */
static void list_clear_items(gp_obj *self) {
    gp_list *l = L(self);
    gp_obj_lock(self);
    gp_obj **items = l->items;
    gp_ssize n = l->size;
    l->items = NULL;
    __atomic_store_n(&l->size, 0, __ATOMIC_RELAXED);
    l->alloc = 0;
    gp_obj_unlock(self);
    if (!items) return;
    while (--n >= 0) gp_xdecref(items[n]);
    gp_mem_free(items);
}

/* Replace a[lo:hi] (clipped to the current size) by the n items of src
   (borrowed, NULL when n is 0).  The replaced items go to g for the caller
   to release after unlocking. */
static int replace_range_locked(gp_thread *t, gp_obj *self, gp_ssize lo, gp_ssize hi,
                                gp_obj **src, gp_ssize n, dropped *g) {
    gp_list *l = L(self);
    gp_ssize size = l->size;
    if (lo < 0) lo = 0;
    else if (lo > size) lo = size;
    if (hi < lo) hi = lo;
    else if (hi > size) hi = size;
    gp_ssize norig = hi - lo;
    gp_ssize d = n - norig;
    if (dropped_reserve(t, g, norig) < 0) return -1;
    if (norig) memcpy(g->items, &l->items[lo], (size_t)norig * sizeof(gp_obj *));
    if (d < 0) {
        memmove(&l->items[hi + d], &l->items[hi], (size_t)(size - hi) * sizeof(gp_obj *));
        if (list_resize(t, self, size + d) < 0) {
            gp_err_clear(t);
            __atomic_store_n(&l->size, size + d, __ATOMIC_RELAXED);
        }
    } else if (d > 0) {
        if (list_resize(t, self, size + d) < 0) return -1;
        memmove(&l->items[hi + d], &l->items[hi], (size_t)(size - hi) * sizeof(gp_obj *));
    }
    for (gp_ssize k = 0; k < n; k++) l->items[lo + k] = gp_newref(src[k]);
    g->n = norig;
    return 0;
}

static int replace_range(gp_thread *t, gp_obj *self, gp_ssize lo, gp_ssize hi, gp_obj **src,
                         gp_ssize n) {
    dropped g;
    dropped_init(&g);
    gp_obj_lock(self);
    int r = replace_range_locked(t, self, lo, hi, src, n, &g);
    gp_obj_unlock(self);
    dropped_release(&g);
    return r;
}

/* A list of the items to assign from v, or NULL with TypeError "msg". */
static gp_obj *assign_source(gp_thread *t, gp_obj *v, const char *msg) {
    gp_type *tp = gp_typeof(v);
    if (!tp->iter && !(tp->as_sequence && tp->as_sequence->item)) {
        gp_err_set_str(t, &gp_exc_TypeError, msg);
        return NULL;
    }
    return gp_list_from_iterable(t, v);
}

static int list_ass_slice(gp_thread *t, gp_obj *self, gp_ssize lo, gp_ssize hi, gp_obj *v) {
    if (!v) return replace_range(t, self, lo, hi, NULL, 0);
    if (gp_tuple_check_exact(v))
        return replace_range(t, self, lo, hi, gp_tuple_items(v), gp_tuple_size(v));
    /* A list (even self) is copied so that its items stay valid while the
       target moves around. */
    gp_obj *src = gp_list_check_exact(v) ? gp_list_getslice(t, v, 0, INTPTR_MAX)
                                         : assign_source(t, v, "can only assign an iterable");
    if (!src) return -1;
    int r = replace_range(t, self, lo, hi, L(src)->items, L(src)->size);
    gp_decref(src);
    return r;
}

/* ----------------------------------------------------------------- slots */

static void list_dealloc(gp_obj *o) {
    if (gp_containers_trash_begin(o)) return;
    gp_gc_untrack(o);
    gp_list *l = L(o);
    if (l->items) {
        for (gp_ssize i = l->size - 1; i >= 0; i--) gp_xdecref(l->items[i]);
        gp_mem_free(l->items);
    }
    gp_obj_free(o);
    gp_containers_trash_end();
}

static int list_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_list *l = L(o);
    for (gp_ssize i = 0; i < l->size; i++) {
        gp_obj *v = l->items[i];
        if (v && !gp_is_small(v)) {
            int r = visit(v, arg);
            if (r) return r;
        }
    }
    return 0;
}

static int list_tp_clear(gp_obj *o) {
    list_clear_items(o);
    return 0;
}

static gp_obj *list_repr(gp_thread *t, gp_obj *self) {
    if (size_now(self) == 0) return gp_str_from_cstr(t, "[]");
    int r = gp_containers_repr_enter(t, self);
    if (r != 0) return r > 0 ? gp_str_from_cstr(t, "[...]") : NULL;
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_strbuf_append_char(&b, '[');
    /* The list may change under the item reprs: each item is taken under
       the lock, and the walk ends where the list ends by then. */
    for (gp_ssize i = 0;; i++) {
        gp_obj *v = item_ref(self, i);
        if (!v) break;
        if (i > 0) gp_strbuf_append(&b, ", ", 2);
        int rr = gp_strbuf_append_repr(t, &b, v);
        gp_decref(v);
        if (rr < 0) goto error;
    }
    gp_strbuf_append_char(&b, ']');
    gp_containers_repr_leave(t, self);
    return gp_strbuf_finish(t, &b);
error:
    gp_containers_repr_leave(t, self);
    gp_strbuf_free(&b);
    return NULL;
}

static gp_obj *compare_sizes(gp_ssize a, gp_ssize b, int op) {
    int r = 0;
    switch (op) {
    case GP_LT: r = a < b; break;
    case GP_LE: r = a <= b; break;
    case GP_EQ: r = a == b; break;
    case GP_NE: r = a != b; break;
    case GP_GT: r = a > b; break;
    case GP_GE: r = a >= b; break;
    }
    return gp_bool_from(r);
}

/* The i-th items of a and b as new references, both taken under the two
   locks; 0 when either list ends before i (with both sizes in *na, *nb). */
static int item_pair(gp_obj *a, gp_obj *b, gp_ssize i, gp_obj **x, gp_obj **y, gp_ssize *na,
                     gp_ssize *nb) {
    gp_obj_lock2(a, b);
    *na = L(a)->size;
    *nb = L(b)->size;
    int ok = i < *na && i < *nb;
    if (ok) {
        *x = gp_newref(L(a)->items[i]);
        *y = gp_newref(L(b)->items[i]);
    }
    gp_obj_unlock2(a, b);
    return ok;
}

static gp_obj *list_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if (!gp_list_check(a) || !gp_list_check(b)) return GP_NOTIMPLEMENTED;
    if (size_now(a) != size_now(b) && (op == GP_EQ || op == GP_NE))
        return gp_bool_from(op == GP_NE);
    gp_ssize na, nb;
    gp_obj *x = NULL, *y = NULL;
    for (gp_ssize i = 0;; i++) {
        if (!item_pair(a, b, i, &x, &y, &na, &nb)) return compare_sizes(na, nb, op);
        int k = x == y ? 1 : gp_obj_richcompare_bool(t, x, y, GP_EQ);
        if (k != 1) break;
        gp_decref(x);
        gp_decref(y);
    }
    /* x and y differ (or comparing them failed). */
    gp_obj *res;
    if (t->exc) res = NULL;
    else if (op == GP_EQ) res = GP_FALSE;
    else if (op == GP_NE) res = GP_TRUE;
    else res = gp_obj_richcompare(t, x, y, op);
    gp_decref(x);
    gp_decref(y);
    return res;
}

static gp_ssize list_length(gp_thread *t, gp_obj *self) { return size_now(self); }

static gp_obj *list_item(gp_thread *t, gp_obj *self, gp_ssize i) {
    return gp_list_getitem(t, self, i);
}

static int list_ass_item(gp_thread *t, gp_obj *self, gp_ssize i, gp_obj *v) {
    dropped g;
    dropped_init(&g);
    gp_obj_lock(self);
    gp_ssize n = L(self)->size;
    if (i < 0) i += n;
    if ((size_t)i >= (size_t)n) {
        gp_obj_unlock(self);
        gp_err_set_str(t, &gp_exc_IndexError, "list assignment index out of range");
        return -1;
    }
    int r = 0;
    if (!v) {
        r = replace_range_locked(t, self, i, i + 1, NULL, 0, &g);
    } else {
        g.items[0] = L(self)->items[i];
        g.n = 1;
        L(self)->items[i] = gp_newref(v);
    }
    gp_obj_unlock(self);
    dropped_release(&g);
    return r;
}

static gp_obj *list_subscript(gp_thread *t, gp_obj *self, gp_obj *key) {
    if (gp_is_small(key)) return gp_list_getitem(t, self, gp_small_value(key));
    if (has_index(key)) {
        gp_ssize i;
        if (gp_number_as_ssize(t, key, &gp_exc_IndexError, &i) < 0) return NULL;
        return gp_list_getitem(t, self, i);
    }
    if (gp_typeof(key) == &gp_slice_type) {
        /* __index__ of the bounds may run Python code: unpack before taking
           the lock, clip to the size under it. */
        gp_ssize start, stop, step;
        if (gp_slice_unpack(t, key, &start, &stop, &step) < 0) return NULL;
        gp_obj_lock(self);
        gp_ssize len = gp_slice_adjust(L(self)->size, &start, &stop, step);
        gp_obj *res;
        if (step == 1) {
            res = gp_list_from_array(t, L(self)->items + start, len);
        } else {
            res = gp_list_new(t, len);
            if (res)
                for (gp_ssize i = 0, j = start; i < len; i++, j += step)
                    L(res)->items[i] = gp_newref(L(self)->items[j]);
        }
        gp_obj_unlock(self);
        return res;
    }
    return gp_err_format(t, &gp_exc_TypeError, "list indices must be integers or slices, not %T",
                         key);
}

/* del a[start:stop:step] for a step other than 1; the deleted items go to
   g. */
static int delete_extended_locked(gp_thread *t, gp_obj *self, gp_ssize start, gp_ssize step,
                                  gp_ssize len, dropped *g) {
    if (len <= 0) return 0;
    if (step < 0) {
        start = start + step * (len - 1);
        step = -step;
    }
    gp_list *l = L(self);
    if (dropped_reserve(t, g, len) < 0) return -1;
    gp_obj **gone = g->items;
    g->n = len;
    /* Slide the kept items down over the holes, one gap at a time. */
    gp_ssize cur = start, i;
    for (i = 0; i < len; i++, cur += step) {
        gone[i] = l->items[cur];
        gp_ssize upto = cur + step;
        if (upto > l->size) upto = l->size;
        memmove(&l->items[cur - i], &l->items[cur + 1], (size_t)(upto - cur - 1) * sizeof(gp_obj *));
    }
    cur = start + len * step;
    if (cur < l->size)
        memmove(&l->items[cur - len], &l->items[cur], (size_t)(l->size - cur) * sizeof(gp_obj *));
    gp_ssize newsize = l->size - len;
    if (list_resize(t, self, newsize) < 0) {
        gp_err_clear(t);
        __atomic_store_n(&l->size, newsize, __ATOMIC_RELAXED);
    }
    return 0;
}

static int list_ass_subscript(gp_thread *t, gp_obj *self, gp_obj *key, gp_obj *v) {
    if (gp_is_small(key)) return list_ass_item(t, self, gp_small_value(key), v);
    if (has_index(key)) {
        gp_ssize i;
        if (gp_number_as_ssize(t, key, &gp_exc_IndexError, &i) < 0) return -1;
        return list_ass_item(t, self, i, v);
    }
    if (gp_typeof(key) != &gp_slice_type) {
        gp_err_format(t, &gp_exc_TypeError, "list indices must be integers or slices, not %T",
                      key);
        return -1;
    }
    gp_ssize start, stop, step;
    if (gp_slice_unpack(t, key, &start, &stop, &step) < 0) return -1;
    if (step == 1) {
        gp_slice_adjust(size_now(self), &start, &stop, step);
        return list_ass_slice(t, self, start, stop, v);
    }
    dropped g;
    dropped_init(&g);
    int r = 0;
    if (!v) {
        gp_obj_lock(self);
        gp_ssize len = gp_slice_adjust(L(self)->size, &start, &stop, step);
        r = delete_extended_locked(t, self, start, step, len, &g);
        gp_obj_unlock(self);
        dropped_release(&g);
        return r;
    }
    /* The source is a private copy unless it is a tuple, so that nothing
       else can change it while self is locked. */
    gp_obj *src = gp_tuple_check_exact(v)
                      ? gp_newref(v)
                      : gp_list_check_exact(v)
                            ? gp_list_getslice(t, v, 0, INTPTR_MAX)
                            : assign_source(t, v, "must assign iterable to extended slice");
    if (!src) return -1;
    gp_ssize n = gp_list_check(src) ? L(src)->size : gp_tuple_size(src);
    gp_obj **items = gp_list_check(src) ? L(src)->items : gp_tuple_items(src);
    gp_obj_lock(self);
    gp_ssize len = gp_slice_adjust(L(self)->size, &start, &stop, step);
    if (n != len) {
        gp_obj_unlock(self);
        gp_err_format(t, &gp_exc_ValueError,
                      "attempt to assign sequence of size %zd to extended slice of size %zd", n,
                      len);
        gp_decref(src);
        return -1;
    }
    if (dropped_reserve(t, &g, len) < 0) {
        r = -1;
    } else {
        for (gp_ssize i = 0, cur = start; i < len; i++, cur += step) {
            g.items[i] = L(self)->items[cur];
            L(self)->items[cur] = gp_newref(items[i]);
        }
        g.n = len;
    }
    gp_obj_unlock(self);
    dropped_release(&g);
    gp_decref(src);
    return r;
}

static gp_obj *list_concat(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_list_check(b))
        return gp_err_format(t, &gp_exc_TypeError,
                             "can only concatenate list (not \"%T\") to list", b);
    gp_obj_lock2(a, b);
    gp_ssize na = L(a)->size, nb = L(b)->size;
    gp_obj *res = gp_list_new(t, na + nb);
    if (res) {
        gp_obj **dst = L(res)->items;
        for (gp_ssize i = 0; i < na; i++) dst[i] = gp_newref(L(a)->items[i]);
        for (gp_ssize i = 0; i < nb; i++) dst[na + i] = gp_newref(L(b)->items[i]);
    }
    gp_obj_unlock2(a, b);
    return res;
}

static gp_obj *list_repeat(gp_thread *t, gp_obj *a, gp_ssize n) {
    gp_obj_lock(a);
    gp_ssize size = L(a)->size;
    gp_obj *res;
    if (n <= 0 || size == 0) {
        res = gp_list_new(t, 0);
    } else if (size > INTPTR_MAX / (gp_ssize)sizeof(gp_obj *) / n) {
        res = gp_err_nomemory(t);
    } else if ((res = gp_list_new(t, size * n)) != NULL) {
        gp_obj **src = L(a)->items, **dst = L(res)->items;
        for (gp_ssize r = 0; r < n; r++)
            for (gp_ssize i = 0; i < size; i++) *dst++ = gp_newref(src[i]);
    }
    gp_obj_unlock(a);
    return res;
}

static int list_contains(gp_thread *t, gp_obj *self, gp_obj *v) {
    gp_ssize i = find_item(t, self, v, 0, INTPTR_MAX, NULL);
    return i == -2 ? -1 : i >= 0;
}

static gp_obj *list_inplace_concat(gp_thread *t, gp_obj *self, gp_obj *other) {
    if (gp_list_extend(t, self, other) < 0) return NULL;
    return gp_newref(self);
}

static gp_obj *list_inplace_repeat(gp_thread *t, gp_obj *self, gp_ssize n) {
    if (n <= 0) {
        list_clear_items(self);
        return gp_newref(self);
    }
    gp_obj_lock(self);
    gp_ssize size = L(self)->size;
    int r = 0;
    if (size == 0 || n == 1) {
        r = 0;
    } else if (size > INTPTR_MAX / (gp_ssize)sizeof(gp_obj *) / n) {
        gp_err_nomemory(t);
        r = -1;
    } else if ((r = list_resize(t, self, size * n)) == 0) {
        gp_obj **items = L(self)->items;
        for (gp_ssize k = 1; k < n; k++)
            for (gp_ssize i = 0; i < size; i++) items[k * size + i] = gp_newref(items[i]);
    }
    gp_obj_unlock(self);
    return r < 0 ? NULL : gp_newref(self);
}

static gp_obj *list_iter(gp_thread *t, gp_obj *self);

static gp_obj *list_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    return list_alloc(t, type, 0);
}

static int list_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                     gp_obj *kwnames) {
    if (kwnames && gp_tuple_size(kwnames) > 0 && gp_typeof(self) == &gp_list_type) {
        gp_err_set_str(t, &gp_exc_TypeError, "list() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        gp_err_format(t, &gp_exc_TypeError, "list expected at most 1 argument, got %zd", nargs);
        return -1;
    }
    if (L(self)->size) list_clear_items(self);
    if (nargs == 1) {
        if (gp_list_check_exact(args[0]) || gp_tuple_check_exact(args[0])) {
            gp_ssize m = gp_list_check(args[0]) ? L(args[0])->size : gp_tuple_size(args[0]);
            if (list_reserve(t, self, m) < 0) return -1;
        }
        return gp_list_extend(t, self, args[0]);
    }
    return 0;
}

/* --------------------------------------------------------------- methods */

static int exactly_one(gp_thread *t, const char *name, gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, name, kwnames) < 0) return -1;
    if (nargs != 1) {
        gp_err_format(t, &gp_exc_TypeError, "%s() takes exactly one argument (%zd given)", name,
                      nargs);
        return -1;
    }
    return 0;
}

static int no_args(gp_thread *t, const char *name, gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, name, kwnames) < 0) return -1;
    if (nargs != 0) {
        gp_err_format(t, &gp_exc_TypeError, "%s() takes no arguments (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

static gp_obj *m_append(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (exactly_one(t, "list.append", nargs, kwnames) < 0) return NULL;
    if (gp_list_append(t, self, args[0]) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *m_extend(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (exactly_one(t, "list.extend", nargs, kwnames) < 0) return NULL;
    if (gp_list_extend(t, self, args[0]) < 0) return NULL;
    return GP_NONE;
}

static int arg_ssize(gp_thread *t, gp_obj *o, gp_ssize *out) {
    if (gp_is_small(o)) {
        *out = gp_small_value(o);
        return 0;
    }
    if (!has_index(o)) {
        gp_err_format(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      gp_type_name(gp_typeof(o)));
        return -1;
    }
    gp_obj *i = gp_number_index(t, o);
    if (!i) return -1;
    int r = gp_int_as_ssize(t, i, out);
    gp_decref(i);
    return r;
}

static gp_obj *m_insert(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (gp_args_no_kw(t, "insert", kwnames) < 0) return NULL;
    if (nargs != 2)
        return gp_err_format(t, &gp_exc_TypeError, "insert expected 2 arguments, got %zd", nargs);
    gp_ssize i;
    if (arg_ssize(t, args[0], &i) < 0) return NULL;
    if (gp_list_insert(t, self, i, args[1]) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *m_pop(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                     gp_obj *kwnames) {
    if (gp_args_no_kw(t, "pop", kwnames) < 0) return NULL;
    if (nargs > 1)
        return gp_err_format(t, &gp_exc_TypeError, "pop expected at most 1 argument, got %zd",
                             nargs);
    gp_ssize i = -1;
    if (nargs == 1 && arg_ssize(t, args[0], &i) < 0) return NULL;
    return gp_list_pop(t, self, i);
}

static gp_obj *m_remove(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (exactly_one(t, "list.remove", nargs, kwnames) < 0) return NULL;
    for (;;) {
        gp_obj *x = NULL;
        gp_ssize i = find_item(t, self, args[0], 0, INTPTR_MAX, &x);
        if (i == -2) return NULL;
        if (i == -1) break;
        /* Alone, the item at i goes, whatever an __eq__ did to the list
           meanwhile, as in CPython.  With other threads the comparison ran
           without the lock: the item found goes, wherever it is by now;
           if another thread took it out first, look again. */
        dropped g;
        dropped_init(&g);
        gp_obj_lock(self);
        gp_ssize size = L(self)->size;
        int alone = !gp_is_threaded();
        if (!alone && (i >= size || L(self)->items[i] != x)) {
            for (i = 0; i < size && L(self)->items[i] != x; i++) {
            }
        }
        int rr = i < size ? replace_range_locked(t, self, i, i + 1, NULL, 0, &g) : 0;
        gp_obj_unlock(self);
        dropped_release(&g);
        gp_decref(x);
        if (rr < 0) return NULL;
        if (i < size || alone) return GP_NONE;
    }
    gp_err_set_str(t, &gp_exc_ValueError, "list.remove(x): x not in list");
    return NULL;
}

static gp_obj *m_index(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (gp_args_no_kw(t, "index", kwnames) < 0) return NULL;
    if (nargs < 1 || nargs > 3)
        return gp_err_format(t, &gp_exc_TypeError, nargs < 1
                             ? "index expected at least 1 argument, got %zd"
                             : "index expected at most 3 arguments, got %zd", nargs);
    gp_ssize start = 0, stop = INTPTR_MAX;
    for (int k = 1; k < nargs; k++) {
        gp_ssize v;
        if (!has_index(args[k])) {
            gp_err_set_str(t, &gp_exc_TypeError,
                           "slice indices must be integers or have an __index__ method");
            return NULL;
        }
        if (gp_number_as_ssize(t, args[k], NULL, &v) < 0) return NULL;
        if (v < 0) {
            v += size_now(self);
            if (v < 0) v = 0;
        }
        if (k == 1) start = v;
        else stop = v;
    }
    gp_ssize i = start < stop ? find_item(t, self, args[0], start, stop, NULL) : -1;
    if (i == -2) return NULL;
    if (i >= 0) return gp_int_from_ssize(t, i);
    return gp_err_format(t, &gp_exc_ValueError, "%R is not in list", args[0]);
}

static gp_obj *m_count(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (exactly_one(t, "list.count", nargs, kwnames) < 0) return NULL;
    gp_obj *v = args[0];
    gp_ssize count = 0;
    if (!gp_is_threaded()) {
        for (gp_ssize i = 0;; i++) {
            gp_obj *x = item_ref(self, i);
            if (!x) break;
            int r = x == v ? 1 : gp_obj_richcompare_bool(t, x, v, GP_EQ);
            gp_decref(x);
            if (r < 0) return NULL;
            count += r;
        }
        return gp_int_from_ssize(t, count);
    }
    /* Count in one state of the list, as find_item looks (the items before
       the first one that needs a full comparison are counted under the
       lock, the rest in a snapshot). */
    dropped g;
    dropped_init(&g);
    gp_obj_lock(self);
    gp_ssize i = 0;
    for (; i < L(self)->size; i++) {
        int q = gp_obj_eq_quick(L(self)->items[i], v);
        if (q < 0) break;
        count += q;
    }
    int r = snapshot_from_locked(t, self, i, &g);
    gp_obj_unlock(self);
    if (r < 0) return NULL;
    for (gp_ssize k = 0; k < g.n; k++) {
        gp_obj *x = g.items[k];
        int c = x == v ? 1 : gp_obj_richcompare_bool(t, x, v, GP_EQ);
        if (c < 0) {
            dropped_release(&g);
            return NULL;
        }
        count += c;
    }
    dropped_release(&g);
    return gp_int_from_ssize(t, count);
}

static gp_obj *m_clear(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (no_args(t, "list.clear", nargs, kwnames) < 0) return NULL;
    list_clear_items(self);
    return GP_NONE;
}

static gp_obj *m_copy(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                      gp_obj *kwnames) {
    if (no_args(t, "list.copy", nargs, kwnames) < 0) return NULL;
    return gp_list_getslice(t, self, 0, INTPTR_MAX);
}

static gp_obj *m_reverse(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (no_args(t, "list.reverse", nargs, kwnames) < 0) return NULL;
    gp_list_reverse(t, self);
    return GP_NONE;
}

gp_obj *gp_list_sort_args(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    if (nargs > 0)
        return gp_err_format(t, &gp_exc_TypeError, "sort() takes no positional arguments");
    gp_obj *key = NULL;
    int reverse = 0;
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    for (gp_ssize i = 0; i < nkw; i++) {
        gp_obj *name = gp_tuple_items(kwnames)[i];
        gp_obj *v = args[nargs + i];
        if (gp_str_eq_cstr(name, "key")) {
            key = v == GP_NONE ? NULL : v;
        } else if (gp_str_eq_cstr(name, "reverse")) {
            if (!has_index(v))
                return gp_err_format(t, &gp_exc_TypeError,
                                     "'%s' object cannot be interpreted as an integer",
                                     gp_type_name(gp_typeof(v)));
            reverse = gp_obj_truthy(t, v);
            if (reverse < 0) return NULL;
        } else {
            return gp_err_format(t, &gp_exc_TypeError,
                                 "'%U' is an invalid keyword argument for sort()", name);
        }
    }
    if (gp_list_sort(t, self, key, reverse) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *list_reversed_new(gp_thread *t, gp_obj *self);

static gp_obj *m_reversed(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    if (no_args(t, "__reversed__", nargs, kwnames) < 0) return NULL;
    return list_reversed_new(t, self);
}

static gp_obj *m_sizeof(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    gp_ssize n = (gp_ssize)sizeof(gp_list) + L(self)->alloc * (gp_ssize)sizeof(gp_obj *);
    if (L(self)->alloc < 0) n = (gp_ssize)sizeof(gp_list);
    return gp_int_from_ssize(t, n);
}

static const gp_method_def list_methods[] = {
    {"append", m_append, 0, "Append object to the end of the list."},
    {"extend", m_extend, 0, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, 0, "Insert object before index."},
    {"pop", m_pop, 0, "Remove and return item at index (default last)."},
    {"remove", m_remove, 0, "Remove first occurrence of value."},
    {"index", m_index, 0, "Return first index of value."},
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"clear", m_clear, 0, "Remove all items from list."},
    {"copy", m_copy, 0, "Return a shallow copy of the list."},
    {"reverse", m_reverse, 0, "Reverse *IN PLACE*."},
    {"sort", gp_list_sort_args, 0, "Sort the list in ascending order and return None."},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the list."},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"__class_getitem__", gp_class_getitem, GP_METH_CLASS, "See PEP 585"},
    {NULL}
};

static gp_sequence_methods list_as_sequence = {
    .length = list_length,
    .concat = list_concat,
    .repeat = list_repeat,
    .item = list_item,
    .ass_item = list_ass_item,
    .contains = list_contains,
    .inplace_concat = list_inplace_concat,
    .inplace_repeat = list_inplace_repeat,
};

static gp_mapping_methods list_as_mapping = {
    .length = list_length,
    .subscript = list_subscript,
    .ass_subscript = list_ass_subscript,
};

gp_type gp_list_type = {
    GP_TYPE_HEAD,
    .name = "list",
    .basicsize = sizeof(gp_list),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_LIST_SUBCLASS | GP_TPFLAGS_HAVE_GC |
             GP_TPFLAGS_SEQUENCE,
    .dealloc = list_dealloc,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .new_ = list_new,
    .init = list_init,
    .traverse = list_traverse,
    .clear = list_tp_clear,
    .as_sequence = &list_as_sequence,
    .as_mapping = &list_as_mapping,
    .methods = list_methods,
    .doc = "Built-in mutable sequence.",
};

/* ------------------------------------------------------------- iterators */

typedef struct {
    gp_obj base;
    gp_obj *seq; /* NULL once exhausted */
    gp_ssize index;
} listiter;

static gp_obj *new_listiter(gp_thread *t, gp_type *type, gp_obj *seq, gp_ssize index) {
    listiter *it = (listiter *)gp_obj_alloc(t, type, 0);
    if (!it) return NULL;
    it->seq = gp_newref(seq);
    it->index = index;
    gp_gc_track((gp_obj *)it);
    return (gp_obj *)it;
}

static gp_obj *list_iter(gp_thread *t, gp_obj *self) {
    return new_listiter(t, &gp_listiter_type, self, 0);
}

static gp_obj *list_reversed_new(gp_thread *t, gp_obj *self) {
    return new_listiter(t, &gp_listreviter_type, self, size_now(self) - 1);
}

static void listiter_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_xdecref(((listiter *)o)->seq);
    gp_obj_free(o);
}

static int listiter_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_obj *s = ((listiter *)o)->seq;
    return s ? visit(s, arg) : 0;
}

static gp_obj *self_iter(gp_thread *t, gp_obj *o) { return gp_newref(o); }

/* An iterator may be shared by threads too.  Its index changes only under
   the list's lock, and once threads run it keeps its list after the end
   (the index stays past it instead), so that a thread never reads seq while
   another drops it. */
static gp_obj *listiter_next(gp_thread *t, gp_obj *o) {
    listiter *it = (listiter *)o;
    gp_obj *seq = it->seq;
    if (!seq) return NULL;
    if (!gp_is_threaded()) {
        /* One thread: the lock's two tests would only cost. */
        if (it->index < L(seq)->size) return gp_newref(L(seq)->items[it->index++]);
        it->index = INTPTR_MAX;
        it->seq = NULL;
        gp_decref(seq);
        return NULL;
    }
    gp_obj_lock(seq);
    if (it->index < L(seq)->size) {
        gp_obj *v = gp_newref(L(seq)->items[it->index++]);
        gp_obj_unlock(seq);
        return v;
    }
    it->index = INTPTR_MAX;
    gp_obj_unlock(seq);
    if (gp_is_threaded()) return NULL;
    it->seq = NULL;
    gp_decref(seq);
    return NULL;
}

static gp_obj *listreviter_next(gp_thread *t, gp_obj *o) {
    listiter *it = (listiter *)o;
    gp_obj *seq = it->seq;
    if (!seq) return NULL;
    gp_obj_lock(seq);
    gp_ssize i = it->index;
    if (i >= 0 && i < L(seq)->size) {
        it->index = i - 1;
        gp_obj *v = gp_newref(L(seq)->items[i]);
        gp_obj_unlock(seq);
        return v;
    }
    it->index = -1;
    gp_obj_unlock(seq);
    if (gp_is_threaded()) return NULL;
    it->seq = NULL;
    gp_decref(seq);
    return NULL;
}

static gp_obj *listiter_length_hint(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                    gp_ssize nargs, gp_obj *kwnames) {
    listiter *it = (listiter *)self;
    gp_ssize n = 0;
    gp_obj *seq = it->seq;
    if (seq) {
        gp_obj_lock(seq);
        if (gp_typeof(self) == &gp_listiter_type) {
            n = it->index == INTPTR_MAX ? 0 : L(seq)->size - it->index;
        } else if (it->index < L(seq)->size) {
            n = it->index + 1;
        }
        gp_obj_unlock(seq);
        if (n < 0) n = 0;
    }
    return gp_int_from_ssize(t, n);
}

/* Whether a list iterator still walks its list: once exhausted it may keep
   the list (see listiter_next) with its index moved past the end. */
static int listiter_live_locked(gp_obj *self, gp_ssize index) {
    return gp_typeof(self) == &gp_listiter_type ? index != INTPTR_MAX : index >= 0;
}

/* __reduce__: iter(list) or reversed(list) with the position as state, or
   iter([]) once exhausted, as CPython pickles them. */
static gp_obj *listiter_reduce(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                               gp_obj *kwnames) {
    if (no_args(t, "__reduce__", nargs, kwnames) < 0) return NULL;
    listiter *it = (listiter *)self;
    gp_obj *seq = it->seq;
    gp_ssize index = 0;
    int live = 0;
    if (seq) {
        gp_obj_lock(seq);
        index = it->index;
        live = listiter_live_locked(self, index);
        gp_obj_unlock(seq);
    }
    int rev = gp_typeof(self) == &gp_listreviter_type;
    gp_obj *fn = gp_dict_get_str_borrow(t, t->interp->builtins, live && rev ? "reversed" : "iter");
    if (!fn) return NULL;
    gp_incref(fn);
    gp_obj *res = NULL, *idx = NULL;
    gp_obj *fresh = live ? NULL : gp_list_new(t, 0);
    gp_obj *fargs = live ? gp_tuple_pack(t, 1, seq) : fresh ? gp_tuple_pack(t, 1, fresh) : NULL;
    if (fargs) {
        if (!live) {
            res = gp_tuple_pack(t, 2, fn, fargs);
        } else if ((idx = gp_int_from_ssize(t, index))) {
            res = gp_tuple_pack(t, 3, fn, fargs, idx);
        }
    }
    gp_xdecref(idx);
    gp_xdecref(fargs);
    gp_xdecref(fresh);
    gp_decref(fn);
    return res;
}

/* __setstate__: move to the position given, clipped to the list as it is
   now; an exhausted iterator stays so. */
static gp_obj *listiter_setstate(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                 gp_obj *kwnames) {
    if (exactly_one(t, "__setstate__", nargs, kwnames) < 0) return NULL;
    gp_ssize index;
    if (!gp_int_check(args[0])) {
        gp_err_set_str(t, &gp_exc_TypeError, "an integer is required");
        return NULL;
    }
    if (gp_int_as_ssize(t, args[0], &index) < 0) return NULL;
    listiter *it = (listiter *)self;
    gp_obj *seq = it->seq;
    if (seq) {
        gp_obj_lock(seq);
        if (listiter_live_locked(self, it->index)) {
            gp_ssize size = L(seq)->size;
            if (gp_typeof(self) == &gp_listiter_type) {
                if (index < 0) index = 0;
                else if (index > size) index = size;
            } else {
                if (index < -1) index = -1;
                else if (index > size - 1) index = size - 1;
            }
            it->index = index;
        }
        gp_obj_unlock(seq);
    }
    return GP_NONE;
}

static const gp_method_def listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, NULL},
    {"__reduce__", listiter_reduce, 0, NULL},
    {"__setstate__", listiter_setstate, 0, NULL},
    {NULL}
};

gp_type gp_listiter_type = {
    GP_TYPE_HEAD,
    .name = "list_iterator",
    .basicsize = sizeof(listiter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = listiter_dealloc,
    .iter = self_iter,
    .iternext = listiter_next,
    .traverse = listiter_traverse,
    .methods = listiter_methods,
};

gp_type gp_listreviter_type = {
    GP_TYPE_HEAD,
    .name = "list_reverseiterator",
    .basicsize = sizeof(listiter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = listiter_dealloc,
    .iter = self_iter,
    .iternext = listreviter_next,
    .traverse = listiter_traverse,
    .methods = listiter_methods,
};
