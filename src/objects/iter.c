/* The iterator builtins: enumerate, zip, map, filter, reversed, and the
   iterators made by iter(seq) for objects with only __getitem__ and by
   iter(callable, sentinel). */
#include "gilpy_core.h"
#include "runtime/objlock.h"

static gp_obj *self_iter(gp_thread *t, gp_obj *o) { return gp_newref(o); }

/* The next item of an iterator, with StopIteration raised by a Python
   __next__ turned into the plain end-of-iteration NULL. */
static inline gp_obj *next_of(gp_thread *t, gp_obj *it) {
    gp_unaryfunc next = gp_typeof(it)->iternext;
    if (!next) return gp_iter_next(t, it);
    gp_obj *v = next(t, it);
    if (!v && gp_err_occurred(t) && gp_err_matches(t, &gp_exc_StopIteration)) gp_err_clear(t);
    return v;
}

static int visit_if(gp_obj *o, gp_visitproc visit, void *arg) {
    return o && !gp_is_small(o) ? visit(o, arg) : 0;
}

static int no_kwargs(gp_thread *t, const char *name, gp_obj *kwnames) {
    if (kwnames && gp_tuple_size(kwnames) > 0) {
        gp_err_format(t, &gp_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

/* A tuple of n items to hand out, reused when the caller dropped the last
   one: tuple `*cache` is recycled if nobody else holds it.  Not once
   threads run: two threads sharing the iterator could both find it free. */
static gp_obj *fresh_result(gp_thread *t, gp_obj *cache, gp_ssize n) {
    if (cache && !gp_is_threaded() && gp_refcnt(cache) == 1) {
        gp_obj **items = gp_tuple_items(cache);
        for (gp_ssize i = 0; i < n; i++) gp_clear(&items[i]);
        return gp_newref(cache);
    }
    return gp_tuple_new(t, n);
}

/* -------------------------------------------------------------- enumerate */

typedef struct {
    gp_obj base;
    gp_obj *it;
    gp_ssize index;    /* the next count while it fits */
    gp_obj *big_index; /* the next count once it does not, else NULL */
    gp_obj *result;
} enumobj;

static gp_obj *enumerate_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    gp_obj *iterable = nargs > 0 ? args[0] : NULL;
    gp_obj *start = nargs > 1 ? args[1] : NULL;
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    if (nargs > 2)
        return gp_err_format(t, &gp_exc_TypeError,
                             "enumerate() takes at most 2 arguments (%zd given)", nargs + nkw);
    for (gp_ssize i = 0; i < nkw; i++) {
        gp_obj *name = gp_tuple_items(kwnames)[i];
        gp_obj *v = args[nargs + i];
        if (gp_str_eq_cstr(name, "iterable") && nargs < 1) {
            iterable = v;
        } else if (gp_str_eq_cstr(name, "start") && nargs < 2) {
            start = v;
        } else if (gp_str_eq_cstr(name, "iterable") || gp_str_eq_cstr(name, "start")) {
            return gp_err_format(t, &gp_exc_TypeError,
                                 "argument for enumerate() given by name ('%U') and position", name);
        } else {
            return gp_err_format(t, &gp_exc_TypeError,
                                 "'%U' is an invalid keyword argument for enumerate()", name);
        }
    }
    if (!iterable)
        return gp_err_format(t, &gp_exc_TypeError,
                             "enumerate() missing required argument 'iterable'");
    gp_ssize index = 0;
    gp_obj *big = NULL;
    if (start) {
        gp_obj *s = gp_number_index(t, start);
        if (!s) return NULL;
        if (gp_is_small(s)) {
            index = gp_small_value(s);
            gp_decref(s);
        } else {
            big = s;
        }
    }
    gp_obj *it = gp_obj_getiter(t, iterable);
    if (!it) {
        gp_xdecref(big);
        return NULL;
    }
    enumobj *e = (enumobj *)gp_obj_alloc(t, type, 0);
    if (!e) {
        gp_decref(it);
        gp_xdecref(big);
        return NULL;
    }
    e->it = it;
    e->index = index;
    e->big_index = big;
    gp_gc_track((gp_obj *)e);
    return (gp_obj *)e;
}

static void enumerate_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    enumobj *e = (enumobj *)o;
    gp_xdecref(e->it);
    gp_xdecref(e->big_index);
    gp_xdecref(e->result);
    gp_obj_free(o);
}

static int enumerate_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    enumobj *e = (enumobj *)o;
    int r = visit_if(e->it, visit, arg);
    if (!r) r = visit_if(e->big_index, visit, arg);
    if (!r) r = visit_if(e->result, visit, arg);
    return r;
}

static gp_obj *enumerate_next(gp_thread *t, gp_obj *o) {
    enumobj *e = (enumobj *)o;
    gp_obj *item = next_of(t, e->it);
    if (!item) return NULL;
    /* The count is taken and advanced under the object's lock, so that
       threads sharing the enumerate get distinct counts; the int
       arithmetic runs no Python code. */
    gp_obj *count = NULL;
    gp_obj_lock(o);
    if (!e->big_index && gp_small_fits(e->index) && e->index < GP_SMALL_MAX) {
        count = gp_small_new(e->index++);
    } else {
        if (!e->big_index) e->big_index = gp_int_from_ssize(t, e->index);
        gp_obj *next = e->big_index ? gp_number_add(t, e->big_index, gp_small_new(1)) : NULL;
        if (next) {
            count = e->big_index;
            e->big_index = next;
        }
    }
    gp_obj_unlock(o);
    if (!count) goto error;
    gp_obj *res = fresh_result(t, e->result, 2);
    if (!res) {
        gp_decref(count);
        goto error;
    }
    if (!e->result && !gp_is_threaded()) e->result = gp_newref(res);
    gp_tuple_items(res)[0] = count;
    gp_tuple_items(res)[1] = item;
    return res;
error:
    gp_decref(item);
    return NULL;
}

static const gp_method_def enum_methods[] = {
    {"__class_getitem__", gp_class_getitem, GP_METH_CLASS, "See PEP 585"},
    {NULL}
};

gp_type gp_enumerate_type = {
    GP_TYPE_HEAD,
    .name = "enumerate",
    .basicsize = sizeof(enumobj),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC,
    .dealloc = enumerate_dealloc,
    .iter = self_iter,
    .iternext = enumerate_next,
    .new_ = enumerate_new,
    .traverse = enumerate_traverse,
    .methods = enum_methods,
    .doc = "Return an enumerate object.",
};

/* -------------------------------------------------------------------- zip */

typedef struct {
    gp_obj base;
    gp_obj *iters; /* tuple of iterators */
    gp_obj *result;
    int strict;
} zipobj;

static gp_obj *zip_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    int strict = 0;
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    if (nkw > 1)
        return gp_err_format(t, &gp_exc_TypeError,
                             "zip() takes at most 1 keyword argument (%zd given)", nkw);
    if (nkw == 1) {
        gp_obj *name = gp_tuple_items(kwnames)[0];
        if (!gp_str_eq_cstr(name, "strict"))
            return gp_err_format(t, &gp_exc_TypeError,
                                 "'%U' is an invalid keyword argument for zip()", name);
        strict = gp_obj_truthy(t, args[nargs]);
        if (strict < 0) return NULL;
    }
    gp_obj *iters = gp_tuple_new(t, nargs);
    if (!iters) return NULL;
    for (gp_ssize i = 0; i < nargs; i++) {
        gp_obj *it = gp_obj_getiter(t, args[i]);
        if (!it) {
            for (gp_ssize j = i; j < nargs; j++) gp_tuple_items(iters)[j] = GP_NONE;
            gp_decref(iters);
            return NULL;
        }
        gp_tuple_items(iters)[i] = it;
    }
    zipobj *z = (zipobj *)gp_obj_alloc(t, type, 0);
    if (!z) {
        gp_decref(iters);
        return NULL;
    }
    z->iters = iters;
    z->strict = strict;
    gp_gc_track((gp_obj *)z);
    return (gp_obj *)z;
}

static void zip_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_xdecref(((zipobj *)o)->iters);
    gp_xdecref(((zipobj *)o)->result);
    gp_obj_free(o);
}

static int zip_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    int r = visit_if(((zipobj *)o)->iters, visit, arg);
    return r ? r : visit_if(((zipobj *)o)->result, visit, arg);
}

/* Iterator i ran out first (strict mode): report which arguments differ. */
static gp_obj *strict_mismatch(gp_thread *t, zipobj *z, gp_ssize i) {
    if (gp_err_occurred(t)) return NULL;
    const char *plural = i == 1 ? " " : "s 1-";
    if (i > 0)
        return gp_err_format(t, &gp_exc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                             i + 1, plural, i);
    gp_ssize n = gp_tuple_size(z->iters);
    for (i = 1; i < n; i++) {
        gp_obj *item = next_of(t, gp_tuple_items(z->iters)[i]);
        if (item) {
            gp_decref(item);
            plural = i == 1 ? " " : "s 1-";
            return gp_err_format(t, &gp_exc_ValueError,
                                 "zip() argument %zd is longer than argument%s%zd", i + 1, plural, i);
        }
        if (gp_err_occurred(t)) return NULL;
    }
    return NULL;
}

static gp_obj *zip_next(gp_thread *t, gp_obj *o) {
    zipobj *z = (zipobj *)o;
    gp_ssize n = gp_tuple_size(z->iters);
    if (n == 0) return NULL;
    gp_obj *res = fresh_result(t, z->result, n);
    if (!res) return NULL;
    if (!z->result && !gp_is_threaded()) z->result = gp_newref(res);
    gp_obj **items = gp_tuple_items(res);
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *item = next_of(t, gp_tuple_items(z->iters)[i]);
        if (!item) {
            /* Keep the tuple valid: fill what is missing. */
            for (gp_ssize j = i; j < n; j++) items[j] = GP_NONE;
            gp_decref(res);
            if (z->strict) return strict_mismatch(t, z, i);
            return NULL;
        }
        items[i] = item;
    }
    return res;
}

gp_type gp_zip_type = {
    GP_TYPE_HEAD,
    .name = "zip",
    .basicsize = sizeof(zipobj),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC,
    .dealloc = zip_dealloc,
    .iter = self_iter,
    .iternext = zip_next,
    .new_ = zip_new,
    .traverse = zip_traverse,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
};

/* -------------------------------------------------------------------- map */

typedef struct {
    gp_obj base;
    gp_obj *func;
    gp_obj *iters; /* tuple of iterators */
} mapobj;

static gp_obj *map_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (type == &gp_map_type && no_kwargs(t, "map", kwnames) < 0) return NULL;
    if (nargs < 2)
        return gp_err_format(t, &gp_exc_TypeError, "map() must have at least two arguments.");
    gp_obj *iters = gp_tuple_new(t, nargs - 1);
    if (!iters) return NULL;
    for (gp_ssize i = 1; i < nargs; i++) {
        gp_obj *it = gp_obj_getiter(t, args[i]);
        if (!it) {
            for (gp_ssize j = i; j < nargs; j++) gp_tuple_items(iters)[j - 1] = GP_NONE;
            gp_decref(iters);
            return NULL;
        }
        gp_tuple_items(iters)[i - 1] = it;
    }
    mapobj *m = (mapobj *)gp_obj_alloc(t, type, 0);
    if (!m) {
        gp_decref(iters);
        return NULL;
    }
    m->func = gp_newref(args[0]);
    m->iters = iters;
    gp_gc_track((gp_obj *)m);
    return (gp_obj *)m;
}

static void map_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_xdecref(((mapobj *)o)->func);
    gp_xdecref(((mapobj *)o)->iters);
    gp_obj_free(o);
}

static int map_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    int r = visit_if(((mapobj *)o)->func, visit, arg);
    return r ? r : visit_if(((mapobj *)o)->iters, visit, arg);
}

static gp_obj *map_next(gp_thread *t, gp_obj *o) {
    mapobj *m = (mapobj *)o;
    gp_ssize n = gp_tuple_size(m->iters);
    gp_obj *small[8];
    gp_obj **argv = small;
    if (n > 8) {
        argv = gp_mem_alloc((size_t)n * sizeof(gp_obj *));
        if (!argv) return gp_err_nomemory(t);
    }
    gp_ssize got = 0;
    gp_obj *res = NULL;
    for (; got < n; got++) {
        argv[got] = next_of(t, gp_tuple_items(m->iters)[got]);
        if (!argv[got]) goto done;
    }
    res = gp_call(t, m->func, argv, n, NULL);
done:
    for (gp_ssize i = 0; i < got; i++) gp_decref(argv[i]);
    if (argv != small) gp_mem_free(argv);
    return res;
}

gp_type gp_map_type = {
    GP_TYPE_HEAD,
    .name = "map",
    .basicsize = sizeof(mapobj),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC,
    .dealloc = map_dealloc,
    .iter = self_iter,
    .iternext = map_next,
    .new_ = map_new,
    .traverse = map_traverse,
    .doc = "map(func, *iterables) --> map object",
};

/* ----------------------------------------------------------------- filter */

typedef struct {
    gp_obj base;
    gp_obj *func; /* None or bool: test the items themselves */
    gp_obj *it;
} filterobj;

static gp_obj *filter_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    if (type == &gp_filter_type && no_kwargs(t, "filter", kwnames) < 0) return NULL;
    if (nargs != 2)
        return gp_err_format(t, &gp_exc_TypeError, "filter expected 2 arguments, got %zd", nargs);
    gp_obj *it = gp_obj_getiter(t, args[1]);
    if (!it) return NULL;
    filterobj *f = (filterobj *)gp_obj_alloc(t, type, 0);
    if (!f) {
        gp_decref(it);
        return NULL;
    }
    f->func = gp_newref(args[0]);
    f->it = it;
    gp_gc_track((gp_obj *)f);
    return (gp_obj *)f;
}

static void filter_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_xdecref(((filterobj *)o)->func);
    gp_xdecref(((filterobj *)o)->it);
    gp_obj_free(o);
}

static int filter_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    int r = visit_if(((filterobj *)o)->func, visit, arg);
    return r ? r : visit_if(((filterobj *)o)->it, visit, arg);
}

static gp_obj *filter_next(gp_thread *t, gp_obj *o) {
    filterobj *f = (filterobj *)o;
    int plain = f->func == GP_NONE || f->func == (gp_obj *)&gp_bool_type;
    for (;;) {
        gp_obj *item = next_of(t, f->it);
        if (!item) return NULL;
        int ok;
        if (plain) {
            ok = gp_obj_truthy(t, item);
        } else {
            gp_obj *r = gp_call1(t, f->func, item);
            if (!r) {
                gp_decref(item);
                return NULL;
            }
            ok = gp_obj_truthy(t, r);
            gp_decref(r);
        }
        if (ok > 0) return item;
        gp_decref(item);
        if (ok < 0) return NULL;
    }
}

gp_type gp_filter_type = {
    GP_TYPE_HEAD,
    .name = "filter",
    .basicsize = sizeof(filterobj),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC,
    .dealloc = filter_dealloc,
    .iter = self_iter,
    .iternext = filter_next,
    .new_ = filter_new,
    .traverse = filter_traverse,
    .doc = "filter(function or None, iterable) --> filter object",
};

/* --------------------------------------------------------------- reversed */

typedef struct {
    gp_obj base;
    gp_obj *seq; /* NULL once exhausted */
    gp_ssize index;
} revobj;

/* Can o be indexed with ints (a sequence, not a mapping)? */
static int is_sequence(gp_obj *o) {
    if (gp_dict_check(o)) return 0;
    gp_type *tp = gp_typeof(o);
    return (tp->as_sequence && tp->as_sequence->item) ||
           (tp->as_mapping && tp->as_mapping->subscript);
}

static gp_obj *reversed_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    if (type == &gp_reversed_type && no_kwargs(t, "reversed", kwnames) < 0) return NULL;
    if (nargs != 1)
        return gp_err_format(t, &gp_exc_TypeError, "reversed expected 1 argument, got %zd", nargs);
    gp_obj *seq = args[0];
    static gp_obj *name;
    if (!name) name = gp_str_intern_cstr_borrow(t, "__reversed__");
    gp_obj *meth = gp_obj_lookup_special(t, seq, name);
    if (meth) {
        if (meth == GP_NONE) {
            gp_decref(meth);
        } else {
            gp_obj *res = gp_call0(t, meth);
            gp_decref(meth);
            return res;
        }
    } else if (gp_err_occurred(t)) {
        return NULL;
    }
    if (!meth && is_sequence(seq)) {
        gp_ssize n = gp_obj_len(t, seq);
        if (n < 0) return NULL;
        revobj *r = (revobj *)gp_obj_alloc(t, type, 0);
        if (!r) return NULL;
        r->seq = gp_newref(seq);
        r->index = n - 1;
        gp_gc_track((gp_obj *)r);
        return (gp_obj *)r;
    }
    return gp_err_format(t, &gp_exc_TypeError, "'%s' object is not reversible",
                         gp_type_name(gp_typeof(seq)));
}

static void rev_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_xdecref(((revobj *)o)->seq);
    gp_obj_free(o);
}

static int rev_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    return visit_if(((revobj *)o)->seq, visit, arg);
}

/* seq[i] through the sequence slot when there is one. */
static gp_obj *item_at(gp_thread *t, gp_obj *seq, gp_ssize i) {
    gp_type *tp = gp_typeof(seq);
    if (tp->as_sequence && tp->as_sequence->item) return tp->as_sequence->item(t, seq, i);
    gp_obj *key = gp_int_from_ssize(t, i);
    if (!key) return NULL;
    gp_obj *res = gp_obj_getitem(t, seq, key);
    gp_decref(key);
    return res;
}

static gp_obj *rev_next(gp_thread *t, gp_obj *o) {
    revobj *r = (revobj *)o;
    gp_obj *seq = r->seq;
    if (!seq) return NULL;
    if (gp_is_threaded()) {
        /* Threads sharing the iterator claim each index once, and the
           sequence stays until the iterator goes, so that no thread reads
           it while another drops it. */
        gp_ssize i = __atomic_load_n(&r->index, __ATOMIC_RELAXED);
        do {
            if (i < 0) return NULL;
        } while (!__atomic_compare_exchange_n(&r->index, &i, i - 1, 1, __ATOMIC_RELAXED,
                                              __ATOMIC_RELAXED));
        gp_obj *item = item_at(t, seq, i);
        if (item) return item;
        if (gp_err_matches(t, &gp_exc_IndexError) || gp_err_matches(t, &gp_exc_StopIteration)) {
            gp_err_clear(t);
            __atomic_store_n(&r->index, -1, __ATOMIC_RELAXED);
        }
        return NULL;
    }
    if (r->index >= 0) {
        gp_obj *item = item_at(t, seq, r->index);
        if (item) {
            r->index--;
            return item;
        }
        if (!gp_err_matches(t, &gp_exc_IndexError) && !gp_err_matches(t, &gp_exc_StopIteration))
            return NULL;
        gp_err_clear(t);
    }
    r->index = -1;
    r->seq = NULL;
    gp_decref(seq);
    return NULL;
}

static gp_obj *rev_length_hint(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                               gp_obj *kwnames) {
    revobj *r = (revobj *)self;
    if (!r->seq) return gp_int_from_ssize(t, 0);
    gp_ssize n = gp_obj_len(t, r->seq);
    if (n < 0) return NULL;
    gp_ssize i = __atomic_load_n(&r->index, __ATOMIC_RELAXED);
    return gp_int_from_ssize(t, n < i + 1 || i < 0 ? 0 : i + 1);
}

static const gp_method_def rev_methods[] = {
    {"__length_hint__", rev_length_hint, 0, NULL},
    {NULL}
};

gp_type gp_reversed_type = {
    GP_TYPE_HEAD,
    .name = "reversed",
    .basicsize = sizeof(revobj),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC,
    .dealloc = rev_dealloc,
    .iter = self_iter,
    .iternext = rev_next,
    .new_ = reversed_new,
    .traverse = rev_traverse,
    .methods = rev_methods,
    .doc = "Return a reverse iterator over the values of the given sequence.",
};

/* --------------------------------------------------- sequence iterator */

typedef struct {
    gp_obj base;
    gp_obj *seq; /* NULL once exhausted */
    gp_ssize index;
} seqiterobj;

gp_obj *gp_seqiter_new(gp_thread *t, gp_obj *seq) {
    seqiterobj *it = (seqiterobj *)gp_obj_alloc(t, &gp_seqiter_type, 0);
    if (!it) return NULL;
    it->seq = gp_newref(seq);
    gp_gc_track((gp_obj *)it);
    return (gp_obj *)it;
}

static void seqiter_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_xdecref(((seqiterobj *)o)->seq);
    gp_obj_free(o);
}

static int seqiter_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    return visit_if(((seqiterobj *)o)->seq, visit, arg);
}

static gp_obj *seqiter_next(gp_thread *t, gp_obj *o) {
    seqiterobj *it = (seqiterobj *)o;
    gp_obj *seq = it->seq;
    if (!seq) return NULL;
    gp_obj *item = item_at(t, seq, it->index);
    if (item) {
        it->index++;
        return item;
    }
    if (!gp_err_matches(t, &gp_exc_IndexError) && !gp_err_matches(t, &gp_exc_StopIteration))
        return NULL;
    gp_err_clear(t);
    it->seq = NULL;
    gp_decref(seq);
    return NULL;
}

static gp_obj *seqiter_length_hint(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                   gp_ssize nargs, gp_obj *kwnames) {
    seqiterobj *it = (seqiterobj *)self;
    if (!it->seq) return gp_int_from_ssize(t, 0);
    gp_type *tp = gp_typeof(it->seq);
    if (!(tp->as_sequence && tp->as_sequence->length) && !(tp->as_mapping && tp->as_mapping->length))
        return GP_NOTIMPLEMENTED;
    gp_ssize n = gp_obj_len(t, it->seq);
    if (n < 0) return NULL;
    return gp_int_from_ssize(t, n > it->index ? n - it->index : 0);
}

static const gp_method_def seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, 0, NULL},
    {NULL}
};

gp_type gp_seqiter_type = {
    GP_TYPE_HEAD,
    .name = "iterator",
    .basicsize = sizeof(seqiterobj),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = seqiter_dealloc,
    .iter = self_iter,
    .iternext = seqiter_next,
    .traverse = seqiter_traverse,
    .methods = seqiter_methods,
};

/* --------------------------------------------------- callable iterator */

typedef struct {
    gp_obj base;
    gp_obj *func;     /* NULL once exhausted */
    gp_obj *sentinel;
} calliterobj;

gp_obj *gp_calliter_new(gp_thread *t, gp_obj *callable, gp_obj *sentinel) {
    calliterobj *it = (calliterobj *)gp_obj_alloc(t, &gp_calliter_type, 0);
    if (!it) return NULL;
    it->func = gp_newref(callable);
    it->sentinel = gp_newref(sentinel);
    gp_gc_track((gp_obj *)it);
    return (gp_obj *)it;
}

static void calliter_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_xdecref(((calliterobj *)o)->func);
    gp_xdecref(((calliterobj *)o)->sentinel);
    gp_obj_free(o);
}

static int calliter_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    int r = visit_if(((calliterobj *)o)->func, visit, arg);
    return r ? r : visit_if(((calliterobj *)o)->sentinel, visit, arg);
}

static gp_obj *calliter_next(gp_thread *t, gp_obj *o) {
    calliterobj *it = (calliterobj *)o;
    if (!it->func) return NULL;
    gp_obj *v = gp_call0(t, it->func);
    if (v) {
        int eq = gp_obj_richcompare_bool(t, v, it->sentinel, GP_EQ);
        if (eq == 0) return v;
        gp_decref(v);
        if (eq < 0) return NULL;
    } else {
        if (!gp_err_matches(t, &gp_exc_StopIteration)) return NULL;
        gp_err_clear(t);
    }
    gp_clear(&it->func);
    gp_clear(&it->sentinel);
    return NULL;
}

gp_type gp_calliter_type = {
    GP_TYPE_HEAD,
    .name = "callable_iterator",
    .basicsize = sizeof(calliterobj),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = calliter_dealloc,
    .iter = self_iter,
    .iternext = calliter_next,
    .traverse = calliter_traverse,
};
