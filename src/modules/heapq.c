/* The _heapq module: the heap operations of heapq over a list, with the
   smallest item at index 0 (and the max-heap variants heapq.py uses for
   merge(reverse=True) and nlargest).

   The order is decided by `<` on the items, which runs Python code that may
   change the list.  So no item pointer is held across a comparison: the
   items to compare are taken with a reference, compared, and the list is
   re-read afterwards; a change of its length raises RuntimeError as in
   CPython.  Moves of item pointers hold the list's object lock. */
#include "gilpy_core.h"
#include "runtime/objlock.h"

static const char CHANGED[] = "list changed size during iteration";

/* less(a, b) for the min-heap, less(b, a) for the max-heap.  Small ints
   and floats, the usual priorities, compare without a call. */
static int item_less(gp_thread *t, gp_obj *a, gp_obj *b, int max) {
    if (max) {
        gp_obj *tmp = a;
        a = b;
        b = tmp;
    }
    if (gp_is_small(a) && gp_is_small(b)) return gp_small_value(a) < gp_small_value(b);
    if (gp_float_check_exact(a) && gp_float_check_exact(b))
        return gp_float_value(a) < gp_float_value(b);
    gp_incref(a);
    gp_incref(b);
    int r = gp_obj_richcompare_bool(t, a, b, GP_LT);
    gp_decref(a);
    gp_decref(b);
    return r;
}

static void swap(gp_obj *heap, gp_ssize i, gp_ssize j) {
    gp_obj_lock(heap);
    gp_obj **items = gp_list_items(heap);
    gp_obj *tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
    gp_obj_unlock(heap);
}

/* Move the item at pos towards startpos while it is less than its parent. */
static int siftdown(gp_thread *t, gp_obj *heap, gp_ssize startpos, gp_ssize pos, int max) {
    gp_ssize size = gp_list_size(heap);
    if (pos >= size) {
        gp_err_set_str(t, &gp_exc_IndexError, "index out of range");
        return -1;
    }
    while (pos > startpos) {
        gp_ssize parentpos = (pos - 1) >> 1;
        int less =
            item_less(t, gp_list_get_borrow(heap, pos), gp_list_get_borrow(heap, parentpos), max);
        if (less < 0) return -1;
        if (size != gp_list_size(heap)) {
            gp_err_set_str(t, &gp_exc_RuntimeError, CHANGED);
            return -1;
        }
        if (!less) break;
        swap(heap, pos, parentpos);
        pos = parentpos;
    }
    return 0;
}

/* Bubble the smaller child up from pos until a leaf is reached, then sift
   the item that was at pos back into place: fewer comparisons than
   stopping early (see the notes in CPython's heapq.py). */
static int siftup(gp_thread *t, gp_obj *heap, gp_ssize pos, int max) {
    gp_ssize endpos = gp_list_size(heap), startpos = pos;
    if (pos >= endpos) {
        gp_err_set_str(t, &gp_exc_IndexError, "index out of range");
        return -1;
    }
    gp_ssize limit = endpos >> 1;
    while (pos < limit) {
        gp_ssize childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int less = item_less(t, gp_list_get_borrow(heap, childpos),
                                 gp_list_get_borrow(heap, childpos + 1), max);
            if (less < 0) return -1;
            if (endpos != gp_list_size(heap)) {
                gp_err_set_str(t, &gp_exc_RuntimeError, CHANGED);
                return -1;
            }
            if (!less) childpos++;
        }
        swap(heap, pos, childpos);
        pos = childpos;
    }
    return siftdown(t, heap, startpos, pos, max);
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
    if (gp_list_append(t, heap, args[1]) < 0) return NULL;
    if (siftdown(t, heap, 0, gp_list_size(heap) - 1, 0) < 0) return NULL;
    return gp_newref(GP_NONE);
}

/* Pop the last item; if the heap is not empty then, it replaces the first,
   which is returned, and sinks into place. */
static gp_obj *heappop_impl(gp_thread *t, gp_obj *heap, int max) {
    if (gp_list_size(heap) == 0) {
        gp_err_set_str(t, &gp_exc_IndexError, "index out of range");
        return NULL;
    }
    gp_obj *last = gp_list_pop(t, heap, -1);
    if (!last) return NULL;
    if (gp_list_size(heap) == 0) return last;
    gp_obj_lock(heap);
    gp_obj *first = gp_list_items(heap)[0];
    gp_list_items(heap)[0] = last;
    gp_obj_unlock(heap);
    if (siftup(t, heap, 0, max) < 0) {
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
    if (gp_list_size(heap) == 0) {
        gp_err_set_str(t, &gp_exc_IndexError, "index out of range");
        return NULL;
    }
    gp_incref(item);
    gp_obj_lock(heap);
    gp_obj *first = gp_list_items(heap)[0];
    gp_list_items(heap)[0] = item;
    gp_obj_unlock(heap);
    if (siftup(t, heap, 0, max) < 0) {
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
    if (gp_list_size(heap) == 0) return gp_newref(item);
    int less = item_less(t, gp_list_get_borrow(heap, 0), item, 0);
    if (less < 0) return NULL;
    if (!less) return gp_newref(item);
    return heapreplace_impl(t, heap, item, 0);
}

static gp_obj *heapify_impl(gp_thread *t, gp_obj *heap, int max) {
    for (gp_ssize i = gp_list_size(heap) / 2 - 1; i >= 0; i--) {
        if (i >= gp_list_size(heap)) continue;
        if (siftup(t, heap, i, max) < 0) return NULL;
    }
    return gp_newref(GP_NONE);
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
