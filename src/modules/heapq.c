/* The _heapq module: the heap operations of heapq over a list, with the
   smallest item at index 0 (and the max-heap variants heapq.py uses for
   merge(reverse=True) and nlargest).

   Each operation holds the list's object lock from start to end, so that
   threads sharing a heap without a lock see each push or pop as one step,
   as under the GIL, as long as the items compare without running code
   (small ints and floats, the usual priorities).  Other items are compared
   with `<`, which runs Python code that may change the list: the lock is
   dropped for that comparison, the two items held by a reference, and the
   list re-read afterwards; a change of its length raises RuntimeError as
   in CPython. */
#include <math.h>

#include "gilpy_core.h"
#include "runtime/objlock.h"

static const char CHANGED[] = "list changed size during iteration";

/* less(a, b) for the min-heap, less(b, a) for the max-heap when it can be
   told without running code: 1 or 0, else -1. */
static int quick_less(gp_obj *a, gp_obj *b, int max) {
    if (max) {
        gp_obj *tmp = a;
        a = b;
        b = tmp;
    }
    if (gp_is_small(a) && gp_is_small(b)) return gp_small_value(a) < gp_small_value(b);
    int fa = gp_float_check_exact(a), fb = gp_float_check_exact(b);
    if (fa && fb) return gp_float_value(a) < gp_float_value(b);
    /* A small int against a float compares exactly, as int < float does;
       nothing is less or greater than a NaN. */
    if (gp_is_small(a) && fb)
        return !isnan(gp_float_value(b)) && gp_int_compare_double(a, gp_float_value(b)) < 0;
    if (fa && gp_is_small(b))
        return !isnan(gp_float_value(a)) && gp_int_compare_double(b, gp_float_value(a)) > 0;
    return -1;
}

/* less(items[i], items[j]) for a list whose lock is held.  When code must
   run, the lock is dropped around it and taken again; then *size is
   checked against the length and RuntimeError raised when it moved.
   Returns 1, 0, or -1 with an exception (the lock held in every case). */
static int less_at_locked(gp_thread *t, gp_obj *heap, gp_ssize i, gp_ssize j, gp_ssize size,
                          int max) {
    gp_obj *a = gp_list_items(heap)[i], *b = gp_list_items(heap)[j];
    int less = quick_less(a, b, max);
    if (less >= 0) return less;
    gp_incref(a);
    gp_incref(b);
    gp_obj_unlock(heap);
    less = gp_obj_richcompare_bool(t, max ? b : a, max ? a : b, GP_LT);
    gp_decref(a);
    gp_decref(b);
    gp_obj_lock(heap);
    if (less >= 0 && size != gp_list_size(heap)) {
        gp_err_set_str(t, &gp_exc_RuntimeError, CHANGED);
        less = -1;
    }
    return less;
}

static void swap_locked(gp_obj *heap, gp_ssize i, gp_ssize j) {
    gp_obj **items = gp_list_items(heap);
    gp_obj *tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
}

/* Move the item at pos towards startpos while it is less than its parent.
   Entered with the lock held; returns with it released. */
static int siftdown_locked(gp_thread *t, gp_obj *heap, gp_ssize startpos, gp_ssize pos, int max) {
    gp_ssize size = gp_list_size(heap);
    int r = 0;
    if (pos >= size) {
        gp_err_set_str(t, &gp_exc_IndexError, "index out of range");
        r = -1;
    }
    while (r == 0 && pos > startpos) {
        gp_ssize parentpos = (pos - 1) >> 1;
        int less = less_at_locked(t, heap, pos, parentpos, size, max);
        if (less < 0) r = -1;
        if (less <= 0) break;
        swap_locked(heap, pos, parentpos);
        pos = parentpos;
    }
    gp_obj_unlock(heap);
    return r;
}

/* Bubble the smaller child up from pos until a leaf is reached, then sift
   the item that was at pos back into place: fewer comparisons than
   stopping early (see the notes in CPython's heapq.py).  Entered with the
   lock held; returns with it released. */
static int siftup_locked(gp_thread *t, gp_obj *heap, gp_ssize pos, int max) {
    gp_ssize endpos = gp_list_size(heap), startpos = pos;
    if (pos >= endpos) {
        gp_obj_unlock(heap);
        gp_err_set_str(t, &gp_exc_IndexError, "index out of range");
        return -1;
    }
    gp_ssize limit = endpos >> 1;
    while (pos < limit) {
        gp_ssize childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int less = less_at_locked(t, heap, childpos, childpos + 1, endpos, max);
            if (less < 0) {
                gp_obj_unlock(heap);
                return -1;
            }
            if (!less) childpos++;
        }
        swap_locked(heap, pos, childpos);
        pos = childpos;
    }
    return siftdown_locked(t, heap, startpos, pos, max);
}

static int list_arg(gp_thread *t, const char *fname, int numbered, gp_obj *o) {
    if (gp_list_check(o)) return 0;
    gp_err_format(t, &gp_exc_TypeError,
                  numbered ? "%s() argument 1 must be list, not %s"
                           : "%s() argument must be list, not %s",
                  fname, gp_type_name(gp_typeof(o)));
    return -1;
}

static int two_args(gp_thread *t, const char *fname, gp_obj *const *args, gp_ssize nargs,
                    gp_obj *kwnames) {
    if (kwnames && gp_tuple_size(kwnames)) {
        gp_err_format(t, &gp_exc_TypeError, "_heapq.%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs != 2) {
        gp_err_format(t, &gp_exc_TypeError, "%s expected 2 arguments, got %zd", fname, nargs);
        return -1;
    }
    return list_arg(t, fname, 1, args[0]);
}

static int one_list(gp_thread *t, const char *fname, gp_obj *const *args, gp_ssize nargs,
                    gp_obj *kwnames) {
    if (kwnames && gp_tuple_size(kwnames)) {
        gp_err_format(t, &gp_exc_TypeError, "_heapq.%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs != 1) {
        gp_err_format(t, &gp_exc_TypeError, "_heapq.%s() takes exactly one argument (%zd given)",
                      fname, nargs);
        return -1;
    }
    return list_arg(t, fname, 0, args[0]);
}

static gp_obj *m_heappush(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    if (two_args(t, "heappush", args, nargs, kwnames) < 0) return NULL;
    gp_obj *heap = args[0];
    gp_obj_lock(heap);
    if (gp_list_append_locked(t, heap, args[1]) < 0) {
        gp_obj_unlock(heap);
        return NULL;
    }
    if (siftdown_locked(t, heap, 0, gp_list_size(heap) - 1, 0) < 0) return NULL;
    return GP_NONE;
}

/* Pop the last item; if the heap is not empty then, it replaces the first,
   which is returned, and sinks into place. */
static gp_obj *heappop_impl(gp_thread *t, gp_obj *heap, int max) {
    gp_obj_lock(heap);
    gp_obj *last = gp_list_pop_last_locked(t, heap);
    if (!last) {
        gp_obj_unlock(heap);
        gp_err_set_str(t, &gp_exc_IndexError, "index out of range");
        return NULL;
    }
    if (gp_list_size(heap) == 0) {
        gp_obj_unlock(heap);
        return last;
    }
    gp_obj *first = gp_list_items(heap)[0];
    gp_list_items(heap)[0] = last;
    if (siftup_locked(t, heap, 0, max) < 0) {
        gp_decref(first);
        return NULL;
    }
    return first;
}

static gp_obj *m_heappop(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (one_list(t, "heappop", args, nargs, kwnames) < 0) return NULL;
    return heappop_impl(t, args[0], 0);
}

static gp_obj *m_heappop_max(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    if (one_list(t, "_heappop_max", args, nargs, kwnames) < 0) return NULL;
    return heappop_impl(t, args[0], 1);
}

static gp_obj *heapreplace_impl(gp_thread *t, gp_obj *heap, gp_obj *item, int max) {
    gp_obj_lock(heap);
    if (gp_list_size(heap) == 0) {
        gp_obj_unlock(heap);
        gp_err_set_str(t, &gp_exc_IndexError, "index out of range");
        return NULL;
    }
    gp_obj *first = gp_list_items(heap)[0];
    gp_list_items(heap)[0] = gp_newref(item);
    if (siftup_locked(t, heap, 0, max) < 0) {
        gp_decref(first);
        return NULL;
    }
    return first;
}

static gp_obj *m_heapreplace(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    if (two_args(t, "heapreplace", args, nargs, kwnames) < 0) return NULL;
    return heapreplace_impl(t, args[0], args[1], 0);
}

static gp_obj *m_heapreplace_max(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                 gp_obj *kwnames) {
    if (two_args(t, "_heapreplace_max", args, nargs, kwnames) < 0) return NULL;
    return heapreplace_impl(t, args[0], args[1], 1);
}

static gp_obj *m_heappushpop(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    if (two_args(t, "heappushpop", args, nargs, kwnames) < 0) return NULL;
    gp_obj *heap = args[0], *item = args[1];
    gp_obj_lock(heap);
    if (gp_list_size(heap) == 0) {
        gp_obj_unlock(heap);
        return gp_newref(item);
    }
    gp_obj *top = gp_list_items(heap)[0];
    int less = quick_less(top, item, 0);
    if (less < 0) {
        gp_incref(top);
        gp_obj_unlock(heap);
        less = gp_obj_richcompare_bool(t, top, item, GP_LT);
        gp_decref(top);
        if (less < 0) return NULL;
        gp_obj_lock(heap);
        if (gp_list_size(heap) == 0) {
            gp_obj_unlock(heap);
            gp_err_set_str(t, &gp_exc_IndexError, "index out of range");
            return NULL;
        }
    }
    if (!less) {
        gp_obj_unlock(heap);
        return gp_newref(item);
    }
    gp_obj *first = gp_list_items(heap)[0];
    gp_list_items(heap)[0] = gp_newref(item);
    if (siftup_locked(t, heap, 0, 0) < 0) {
        gp_decref(first);
        return NULL;
    }
    return first;
}

static gp_obj *heapify_impl(gp_thread *t, gp_obj *heap, int max) {
    for (gp_ssize i = gp_list_size(heap) / 2 - 1; i >= 0; i--) {
        gp_obj_lock(heap);
        if (i >= gp_list_size(heap)) {
            gp_obj_unlock(heap);
            continue;
        }
        if (siftup_locked(t, heap, i, max) < 0) return NULL;
    }
    return GP_NONE;
}

static gp_obj *m_heapify(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (one_list(t, "heapify", args, nargs, kwnames) < 0) return NULL;
    return heapify_impl(t, args[0], 0);
}

static gp_obj *m_heapify_max(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    if (one_list(t, "_heapify_max", args, nargs, kwnames) < 0) return NULL;
    return heapify_impl(t, args[0], 1);
}

static const gp_method_def heapq_functions[] = {
    {"heappush", m_heappush, 0, "Push item onto heap, maintaining the heap invariant."},
    {"heappop", m_heappop, 0,
     "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", m_heapreplace, 0,
     "Pop and return the current smallest value, and add the new item.\n\n"
     "This is more efficient than heappop() followed by heappush(), and can be\n"
     "more appropriate when using a fixed-size heap."},
    {"heappushpop", m_heappushpop, 0,
     "Push item on the heap, then pop and return the smallest item from the heap.\n\n"
     "The combined action runs more efficiently than heappush() followed by\n"
     "a separate call to heappop()."},
    {"heapify", m_heapify, 0, "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", m_heappop_max, 0, "Maxheap variant of heappop."},
    {"_heapreplace_max", m_heapreplace_max, 0, "Maxheap variant of heapreplace."},
    {"_heapify_max", m_heapify_max, 0, "Maxheap variant of heapify."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_heapq_init(gp_thread *t) {
    gp_obj *m = gp_module_new(t, "_heapq");
    if (!m) return NULL;
    gp_obj *about =
        gp_str_from_cstr(t, "Heap queues\n\nHeaps are arrays for which a[k] <= a[2*k+1] and "
                            "a[k] <= a[2*k+2] for all k, counting elements from 0.");
    if (!about || gp_module_add_functions(t, m, heapq_functions) < 0 ||
        gp_module_add_object(t, m, "__about__", about) < 0) {
        gp_xdecref(about);
        gp_decref(m);
        return NULL;
    }
    gp_decref(about);
    return m;
}
