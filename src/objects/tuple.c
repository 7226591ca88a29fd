/* tuple: an immutable sequence whose items sit inline after the header.

   The empty tuple is one immortal object shared by everyone.  A tuple made by
   gp_tuple_new starts with NULL items that its creator fills before the
   tuple escapes; the deallocator and the collector's traverse accept NULL. */
#include "gilpy_core.h"

static gp_obj *empty_tuple;

static int has_index(gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    return gp_int_check(o) || (tp->as_number && tp->as_number->index);
}

gp_obj *gp_tuple_new(gp_thread *t, gp_ssize n) {
    if (n == 0) {
        if (!empty_tuple) {
            empty_tuple = gp_obj_alloc(t, &gp_tuple_type, 0);
            if (!empty_tuple) return NULL;
            gp_set_immortal(empty_tuple);
        }
        return gp_newref(empty_tuple);
    }
    if (n < 0) return gp_err_bad_internal_call(t, "gp_tuple_new");
    gp_obj *o = gp_obj_alloc(t, &gp_tuple_type, n);
    if (!o) return NULL;
    ((gp_varobj *)o)->size = n;
    gp_gc_track(o);
    return o;
}

gp_obj *gp_tuple_pack(gp_thread *t, gp_ssize n, ...) {
    gp_obj *o = gp_tuple_new(t, n);
    if (!o) return NULL;
    va_list ap;
    va_start(ap, n);
    for (gp_ssize i = 0; i < n; i++) gp_tuple_items(o)[i] = gp_newref(va_arg(ap, gp_obj *));
    va_end(ap);
    return o;
}

gp_obj *gp_tuple_from_array(gp_thread *t, gp_obj *const *items, gp_ssize n) {
    gp_obj *o = gp_tuple_new(t, n);
    if (!o) return NULL;
    gp_obj **dst = gp_tuple_items(o);
    for (gp_ssize i = 0; i < n; i++) dst[i] = gp_newref(items[i]);
    return o;
}

gp_obj *gp_tuple_from_iterable(gp_thread *t, gp_obj *iterable) {
    if (gp_tuple_check_exact(iterable)) return gp_newref(iterable);
    if (gp_list_check_exact(iterable)) return gp_list_as_tuple(t, iterable);
    gp_obj *list = gp_list_from_iterable(t, iterable);
    if (!list) return NULL;
    gp_obj *res = gp_list_as_tuple(t, list);
    gp_decref(list);
    return res;
}

gp_obj *gp_tuple_slice(gp_thread *t, gp_obj *tup, gp_ssize lo, gp_ssize hi) {
    gp_ssize n = gp_tuple_size(tup);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    if (hi < lo) hi = lo;
    if (lo == 0 && hi == n && gp_tuple_check_exact(tup)) return gp_newref(tup);
    return gp_tuple_from_array(t, gp_tuple_items(tup) + lo, hi - lo);
}

/* ----------------------------------------------------------------- slots */

static void tuple_dealloc(gp_obj *o) {
    if (gp_containers_trash_begin(o)) return;
    gp_gc_untrack(o);
    gp_ssize n = gp_tuple_size(o);
    gp_obj **items = gp_tuple_items(o);
    for (gp_ssize i = 0; i < n; i++) gp_xdecref(items[i]);
    gp_obj_free(o);
    gp_containers_trash_end();
}

static int tuple_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_ssize n = gp_tuple_size(o);
    gp_obj **items = gp_tuple_items(o);
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *v = items[i];
        if (v && !gp_is_small(v)) {
            int r = visit(v, arg);
            if (r) return r;
        }
    }
    return 0;
}

static gp_obj *tuple_repr(gp_thread *t, gp_obj *self) {
    gp_ssize n = gp_tuple_size(self);
    if (n == 0) return gp_str_from_cstr(t, "()");
    int r = gp_containers_repr_enter(t, self);
    if (r != 0) return r > 0 ? gp_str_from_cstr(t, "(...)") : NULL;
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_strbuf_append_char(&b, '(');
    for (gp_ssize i = 0; i < n; i++) {
        if (i > 0) gp_strbuf_append(&b, ", ", 2);
        if (gp_strbuf_append_repr(t, &b, gp_tuple_items(self)[i]) < 0) goto error;
    }
    if (n == 1) gp_strbuf_append_char(&b, ',');
    gp_strbuf_append_char(&b, ')');
    gp_containers_repr_leave(t, self);
    return gp_strbuf_finish(t, &b);
error:
    gp_containers_repr_leave(t, self);
    gp_strbuf_free(&b);
    return NULL;
}

/* The xxHash-style combination of the item hashes, with the same constants
   as CPython so that hash((1, 2)) and the order of tuples in sets agree. */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static gp_hash tuple_hash(gp_thread *t, gp_obj *self) {
    gp_ssize n = gp_tuple_size(self);
    gp_obj **items = gp_tuple_items(self);
    uint64_t acc = XXPRIME_5;
    for (gp_ssize i = 0; i < n; i++) {
        gp_hash h = gp_obj_hash(t, items[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (gp_hash)acc;
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

static gp_obj *tuple_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if (!gp_tuple_check(a) || !gp_tuple_check(b)) return GP_NOTIMPLEMENTED;
    gp_ssize na = gp_tuple_size(a), nb = gp_tuple_size(b);
    gp_ssize i;
    for (i = 0; i < na && i < nb; i++) {
        int k = gp_obj_richcompare_bool(t, gp_tuple_items(a)[i], gp_tuple_items(b)[i], GP_EQ);
        if (k < 0) return NULL;
        if (!k) break;
    }
    if (i >= na || i >= nb) return compare_sizes(na, nb, op);
    if (op == GP_EQ) return GP_FALSE;
    if (op == GP_NE) return GP_TRUE;
    return gp_obj_richcompare(t, gp_tuple_items(a)[i], gp_tuple_items(b)[i], op);
}

static gp_ssize tuple_length(gp_thread *t, gp_obj *self) { return gp_tuple_size(self); }

static gp_obj *tuple_item(gp_thread *t, gp_obj *self, gp_ssize i) {
    gp_ssize n = gp_tuple_size(self);
    if (i < 0) i += n;
    if ((size_t)i >= (size_t)n) {
        gp_err_set_str(t, &gp_exc_IndexError, "tuple index out of range");
        return NULL;
    }
    return gp_newref(gp_tuple_items(self)[i]);
}

static gp_obj *tuple_subscript(gp_thread *t, gp_obj *self, gp_obj *key) {
    if (gp_is_small(key)) return tuple_item(t, self, gp_small_value(key));
    if (has_index(key)) {
        gp_ssize i;
        if (gp_number_as_ssize(t, key, &gp_exc_IndexError, &i) < 0) return NULL;
        return tuple_item(t, self, i);
    }
    if (gp_typeof(key) == &gp_slice_type) {
        gp_ssize start, stop, step;
        gp_ssize len = gp_slice_indices(t, key, gp_tuple_size(self), &start, &stop, &step);
        if (len < 0) return NULL;
        if (step == 1) return gp_tuple_slice(t, self, start, stop);
        gp_obj *res = gp_tuple_new(t, len);
        if (!res) return NULL;
        gp_obj **src = gp_tuple_items(self), **dst = gp_tuple_items(res);
        for (gp_ssize i = 0, j = start; i < len; i++, j += step) dst[i] = gp_newref(src[j]);
        return res;
    }
    return gp_err_format(t, &gp_exc_TypeError, "tuple indices must be integers or slices, not %T",
                         key);
}

static gp_obj *tuple_concat(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_tuple_check(b))
        return gp_err_format(t, &gp_exc_TypeError,
                             "can only concatenate tuple (not \"%T\") to tuple", b);
    gp_ssize na = gp_tuple_size(a), nb = gp_tuple_size(b);
    if (nb == 0 && gp_tuple_check_exact(a)) return gp_newref(a);
    if (na == 0 && gp_tuple_check_exact(b)) return gp_newref(b);
    gp_obj *res = gp_tuple_new(t, na + nb);
    if (!res) return NULL;
    gp_obj **dst = gp_tuple_items(res);
    for (gp_ssize i = 0; i < na; i++) dst[i] = gp_newref(gp_tuple_items(a)[i]);
    for (gp_ssize i = 0; i < nb; i++) dst[na + i] = gp_newref(gp_tuple_items(b)[i]);
    return res;
}

static gp_obj *tuple_repeat(gp_thread *t, gp_obj *a, gp_ssize n) {
    gp_ssize size = gp_tuple_size(a);
    if (size == 0 || n == 1) {
        if (gp_tuple_check_exact(a)) return gp_newref(a);
        if (size == 0) return gp_tuple_new(t, 0);
    }
    if (n <= 0) return gp_tuple_new(t, 0);
    if (size > INTPTR_MAX / (gp_ssize)sizeof(gp_obj *) / n) return gp_err_nomemory(t);
    gp_obj *res = gp_tuple_new(t, size * n);
    if (!res) return NULL;
    gp_obj **src = gp_tuple_items(a), **dst = gp_tuple_items(res);
    for (gp_ssize r = 0; r < n; r++)
        for (gp_ssize i = 0; i < size; i++) *dst++ = gp_newref(src[i]);
    return res;
}

static int tuple_contains(gp_thread *t, gp_obj *self, gp_obj *v) {
    gp_ssize n = gp_tuple_size(self);
    for (gp_ssize i = 0; i < n; i++) {
        int r = gp_obj_richcompare_bool(t, gp_tuple_items(self)[i], v, GP_EQ);
        if (r != 0) return r;
    }
    return 0;
}

static gp_obj *tuple_iter(gp_thread *t, gp_obj *self);

static gp_obj *tuple_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (type == &gp_tuple_type && kwnames && gp_tuple_size(kwnames) > 0)
        return gp_err_format(t, &gp_exc_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1)
        return gp_err_format(t, &gp_exc_TypeError, "tuple expected at most 1 argument, got %zd",
                             nargs);
    gp_obj *tmp = nargs ? gp_tuple_from_iterable(t, args[0]) : gp_tuple_new(t, 0);
    if (!tmp || type == &gp_tuple_type) return tmp;
    /* A subclass instance gets its own storage laid out for its type. */
    gp_ssize n = gp_tuple_size(tmp);
    gp_obj *o = gp_obj_alloc(t, type, n);
    if (!o) {
        gp_decref(tmp);
        return NULL;
    }
    ((gp_varobj *)o)->size = n;
    for (gp_ssize i = 0; i < n; i++) gp_tuple_items(o)[i] = gp_newref(gp_tuple_items(tmp)[i]);
    gp_decref(tmp);
    gp_gc_track(o);
    return o;
}

/* --------------------------------------------------------------- methods */

/* Read the optional start/stop arguments of index(): clamped like slice
   bounds and counted from the end when negative. */
static int read_bounds(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_ssize len,
                       gp_ssize *start, gp_ssize *stop) {
    *start = 0;
    *stop = len;
    for (int k = 1; k < nargs && k < 3; k++) {
        gp_obj *a = args[k];
        gp_ssize v;
        if (!has_index(a)) {
            gp_err_set_str(t, &gp_exc_TypeError,
                           "slice indices must be integers or have an __index__ method");
            return -1;
        }
        if (gp_number_as_ssize(t, a, NULL, &v) < 0) return -1;
        if (v < 0) {
            v += len;
            if (v < 0) v = 0;
        }
        if (k == 1) *start = v;
        else *stop = v;
    }
    return 0;
}

static gp_obj *tuple_index(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    if (gp_args_no_kw(t, "index", kwnames) < 0) return NULL;
    if (nargs < 1 || nargs > 3)
        return gp_err_format(t, &gp_exc_TypeError, nargs < 1
                             ? "index expected at least 1 argument, got %zd"
                             : "index expected at most 3 arguments, got %zd", nargs);
    gp_ssize start, stop, n = gp_tuple_size(self);
    if (read_bounds(t, args, nargs, n, &start, &stop) < 0) return NULL;
    if (stop > n) stop = n;
    for (gp_ssize i = start; i < stop; i++) {
        int r = gp_obj_richcompare_bool(t, gp_tuple_items(self)[i], args[0], GP_EQ);
        if (r < 0) return NULL;
        if (r) return gp_int_from_ssize(t, i);
    }
    gp_err_set_str(t, &gp_exc_ValueError, "tuple.index(x): x not in tuple");
    return NULL;
}

static gp_obj *tuple_count(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    if (gp_args_no_kw(t, "count", kwnames) < 0) return NULL;
    if (nargs != 1)
        return gp_err_format(t, &gp_exc_TypeError,
                             "tuple.count() takes exactly one argument (%zd given)", nargs);
    gp_ssize count = 0, n = gp_tuple_size(self);
    for (gp_ssize i = 0; i < n; i++) {
        int r = gp_obj_richcompare_bool(t, gp_tuple_items(self)[i], args[0], GP_EQ);
        if (r < 0) return NULL;
        count += r;
    }
    return gp_int_from_ssize(t, count);
}

static gp_obj *tuple_getnewargs(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                gp_ssize nargs, gp_obj *kwnames) {
    gp_obj *copy = gp_tuple_from_array(t, gp_tuple_items(self), gp_tuple_size(self));
    if (!copy) return NULL;
    gp_obj *res = gp_tuple_pack(t, 1, copy);
    gp_decref(copy);
    return res;
}

static const gp_method_def tuple_methods[] = {
    {"index", tuple_index, 0, "Return first index of value."},
    {"count", tuple_count, 0, "Return number of occurrences of value."},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {"__class_getitem__", gp_class_getitem, GP_METH_CLASS, "See PEP 585"},
    {NULL}
};

static gp_sequence_methods tuple_as_sequence = {
    .length = tuple_length,
    .concat = tuple_concat,
    .repeat = tuple_repeat,
    .item = tuple_item,
    .contains = tuple_contains,
};

static gp_mapping_methods tuple_as_mapping = {
    .length = tuple_length,
    .subscript = tuple_subscript,
};

gp_type gp_tuple_type = {
    GP_TYPE_HEAD,
    .name = "tuple",
    .basicsize = offsetof(gp_tuple, items),
    .itemsize = sizeof(gp_obj *),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_TUPLE_SUBCLASS | GP_TPFLAGS_HAVE_GC |
             GP_TPFLAGS_SEQUENCE,
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .new_ = tuple_new,
    .traverse = tuple_traverse,
    .as_sequence = &tuple_as_sequence,
    .as_mapping = &tuple_as_mapping,
    .methods = tuple_methods,
    .doc = "Built-in immutable sequence.",
};

/* -------------------------------------------------------------- iterator */

typedef struct {
    gp_obj base;
    gp_obj *seq; /* NULL once exhausted */
    gp_ssize index;
} tupleiter;

static gp_obj *tuple_iter(gp_thread *t, gp_obj *self) {
    tupleiter *it = (tupleiter *)gp_obj_alloc(t, &gp_tupleiter_type, 0);
    if (!it) return NULL;
    it->seq = gp_newref(self);
    gp_gc_track((gp_obj *)it);
    return (gp_obj *)it;
}

static void tupleiter_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_xdecref(((tupleiter *)o)->seq);
    gp_obj_free(o);
}

static int tupleiter_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_obj *s = ((tupleiter *)o)->seq;
    return s ? visit(s, arg) : 0;
}

static gp_obj *self_iter(gp_thread *t, gp_obj *o) { return gp_newref(o); }

/* Once threads run, an iterator keeps its tuple after the end (so that no
   thread reads seq while another drops it) and threads sharing it claim
   each index with a compare-and-swap, so that none is produced twice or
   read past the end. */
static gp_obj *tupleiter_next(gp_thread *t, gp_obj *o) {
    tupleiter *it = (tupleiter *)o;
    gp_obj *seq = it->seq;
    if (!seq) return NULL;
    gp_ssize n = gp_tuple_size(seq);
    if (gp_is_threaded()) {
        gp_ssize i = __atomic_load_n(&it->index, __ATOMIC_RELAXED);
        do {
            if (i >= n) return NULL;
        } while (!__atomic_compare_exchange_n(&it->index, &i, i + 1, 1, __ATOMIC_RELAXED,
                                              __ATOMIC_RELAXED));
        return gp_newref(gp_tuple_items(seq)[i]);
    }
    if (it->index < n) return gp_newref(gp_tuple_items(seq)[it->index++]);
    it->seq = NULL;
    gp_decref(seq);
    return NULL;
}

static gp_obj *tupleiter_length_hint(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                     gp_ssize nargs, gp_obj *kwnames) {
    tupleiter *it = (tupleiter *)self;
    gp_ssize n = it->seq ? gp_tuple_size(it->seq) - __atomic_load_n(&it->index, __ATOMIC_RELAXED) : 0;
    return gp_int_from_ssize(t, n < 0 ? 0 : n);
}

static const gp_method_def tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0, NULL},
    {NULL}
};

gp_type gp_tupleiter_type = {
    GP_TYPE_HEAD,
    .name = "tuple_iterator",
    .basicsize = sizeof(tupleiter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = tupleiter_dealloc,
    .iter = self_iter,
    .iternext = tupleiter_next,
    .traverse = tupleiter_traverse,
    .methods = tupleiter_methods,
};
