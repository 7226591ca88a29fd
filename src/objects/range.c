/* range: an immutable arithmetic sequence of ints.

   start, stop, step and the length are int objects, so any size works; the
   common case where everything fits a machine word takes fast paths
   (iteration, indexing, `in`) that never touch big-int arithmetic. */
#include "gilpy_core.h"
#include "runtime/objlock.h"

typedef struct {
    gp_obj base;
    gp_obj *start, *stop, *step; /* exact ints */
    gp_obj *length;              /* exact int >= 0 */
} rangeobj;

#define R(o) ((rangeobj *)(o))

static int has_index(gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    return gp_int_check(o) || (tp->as_number && tp->as_number->index);
}

/* Is every field a machine-sized value?  (Tagged ints always are.) */
static int all_small(gp_obj *r) {
    return gp_is_small(R(r)->start) && gp_is_small(R(r)->step) && gp_is_small(R(r)->length);
}

/* The number of items of range(lo, hi, step). */
static gp_obj *compute_length(gp_thread *t, gp_obj *lo, gp_obj *hi, gp_obj *step) {
    if (gp_is_small(lo) && gp_is_small(hi) && gp_is_small(step)) {
        __int128 a = gp_small_value(lo), b = gp_small_value(hi), s = gp_small_value(step);
        __int128 n = 0;
        if (s > 0 && a < b) n = (b - a - 1) / s + 1;
        else if (s < 0 && a > b) n = (a - b - 1) / -s + 1;
        return gp_int_from_i64(t, (int64_t)n);
    }
    mpz_t a, b, s, n;
    mpz_inits(a, b, s, n, NULL);
    gp_int_as_mpz(lo, a);
    gp_int_as_mpz(hi, b);
    gp_int_as_mpz(step, s);
    int sign = mpz_sgn(s);
    if (sign > 0 && mpz_cmp(a, b) < 0) {
        mpz_sub(n, b, a);
        mpz_sub_ui(n, n, 1);
        mpz_fdiv_q(n, n, s);
        mpz_add_ui(n, n, 1);
    } else if (sign < 0 && mpz_cmp(a, b) > 0) {
        mpz_sub(n, a, b);
        mpz_sub_ui(n, n, 1);
        mpz_neg(s, s);
        mpz_fdiv_q(n, n, s);
        mpz_add_ui(n, n, 1);
    }
    gp_obj *res = gp_int_from_mpz(t, n);
    mpz_clears(a, b, s, n, NULL);
    return res;
}

static gp_obj *make_range(gp_thread *t, gp_obj *start, gp_obj *stop, gp_obj *step) {
    gp_obj *length = compute_length(t, start, stop, step);
    if (!length) return NULL;
    rangeobj *r = (rangeobj *)gp_obj_alloc(t, &gp_range_type, 0);
    if (!r) {
        gp_decref(length);
        return NULL;
    }
    r->start = gp_newref(start);
    r->stop = gp_newref(stop);
    r->step = gp_newref(step);
    r->length = length;
    return (gp_obj *)r;
}

gp_obj *gp_range_new(gp_thread *t, gp_obj *start, gp_obj *stop, gp_obj *step) {
    if (gp_int_sign(step) == 0) {
        gp_err_set_str(t, &gp_exc_ValueError, "range() arg 3 must not be zero");
        return NULL;
    }
    return make_range(t, start, stop, step);
}

static gp_obj *range_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (kwnames && gp_tuple_size(kwnames) > 0)
        return gp_err_format(t, &gp_exc_TypeError, "range() takes no keyword arguments");
    if (nargs < 1 || nargs > 3)
        return gp_err_format(t, &gp_exc_TypeError, nargs < 1
                             ? "range expected at least 1 argument, got %zd"
                             : "range expected at most 3 arguments, got %zd", nargs);
    gp_obj *v[3] = {NULL, NULL, NULL};
    for (gp_ssize i = 0; i < nargs; i++) {
        v[i] = gp_is_small(args[i]) ? args[i] : gp_number_index(t, args[i]);
        if (!v[i]) goto error;
    }
    gp_obj *res;
    if (nargs == 1) {
        res = make_range(t, gp_small_new(0), v[0], gp_small_new(1));
    } else {
        res = gp_range_new(t, v[0], v[1], nargs == 3 ? v[2] : gp_small_new(1));
    }
    for (gp_ssize i = 0; i < nargs; i++) gp_decref(v[i]);
    return res;
error:
    for (gp_ssize i = 0; i < nargs; i++) gp_xdecref(v[i]);
    return NULL;
}

static void range_dealloc(gp_obj *o) {
    gp_decref(R(o)->start);
    gp_decref(R(o)->stop);
    gp_decref(R(o)->step);
    gp_decref(R(o)->length);
    gp_obj_free(o);
}

static gp_obj *range_repr(gp_thread *t, gp_obj *self) {
    rangeobj *r = R(self);
    if (gp_is_small(r->step) && gp_small_value(r->step) == 1)
        return gp_str_from_format(t, "range(%R, %R)", r->start, r->stop);
    return gp_str_from_format(t, "range(%R, %R, %R)", r->start, r->stop, r->step);
}

static gp_ssize range_length(gp_thread *t, gp_obj *self) {
    gp_obj *n = R(self)->length;
    if (gp_is_small(n)) return gp_small_value(n);
    gp_ssize v;
    if (gp_int_as_ssize(t, n, &v) < 0) return -1;
    return v;
}

static int range_bool(gp_thread *t, gp_obj *self) { return gp_int_sign(R(self)->length) != 0; }

/* start + i * step for an exact int i. */
static gp_obj *compute_item(gp_thread *t, gp_obj *self, gp_obj *i) {
    rangeobj *r = R(self);
    if (gp_is_small(i) && gp_is_small(r->start) && gp_is_small(r->step)) {
        __int128 v = (__int128)gp_small_value(r->start) +
                     (__int128)gp_small_value(i) * gp_small_value(r->step);
        if (v >= INT64_MIN && v <= INT64_MAX) return gp_int_from_i64(t, (int64_t)v);
    }
    gp_obj *prod = gp_number_mul(t, i, r->step);
    if (!prod) return NULL;
    gp_obj *res = gp_number_add(t, r->start, prod);
    gp_decref(prod);
    return res;
}

static gp_obj *range_item(gp_thread *t, gp_obj *self, gp_ssize i) {
    rangeobj *r = R(self);
    if (gp_is_small(r->length)) {
        gp_ssize n = gp_small_value(r->length);
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
            gp_err_set_str(t, &gp_exc_IndexError, "range object index out of range");
            return NULL;
        }
        return compute_item(t, self, gp_small_new(i));
    }
    gp_obj *io = gp_int_from_ssize(t, i);
    if (!io) return NULL;
    if (i < 0) {
        gp_obj *adj = gp_number_add(t, io, r->length);
        gp_decref(io);
        if (!adj) return NULL;
        io = adj;
    }
    gp_obj *res = NULL;
    if (gp_int_sign(io) < 0) {
        gp_err_set_str(t, &gp_exc_IndexError, "range object index out of range");
    } else {
        res = compute_item(t, self, io);
    }
    gp_decref(io);
    return res;
}

/* r[i] for an int-like i of any size. */
static gp_obj *range_index_obj(gp_thread *t, gp_obj *self, gp_obj *key) {
    gp_obj *i = gp_number_index(t, key);
    if (!i) return NULL;
    gp_obj *res = NULL;
    if (gp_int_sign(i) < 0) {
        gp_obj *adj = gp_number_add(t, i, R(self)->length);
        gp_decref(i);
        if (!adj) return NULL;
        i = adj;
    }
    int ge = gp_obj_richcompare_bool(t, i, R(self)->length, GP_GE);
    if (ge < 0) goto done;
    if (gp_int_sign(i) < 0 || ge) {
        gp_err_set_str(t, &gp_exc_IndexError, "range object index out of range");
    } else {
        res = compute_item(t, self, i);
    }
done:
    gp_decref(i);
    return res;
}

/* A slice bound as an int clipped to [lower, upper], or dflt for None. */
static gp_obj *clip_bound(gp_thread *t, gp_obj *v, gp_obj *dflt, gp_obj *length, gp_obj *lower,
                          gp_obj *upper) {
    if (v == GP_NONE) return gp_newref(dflt);
    gp_obj *i = gp_number_index(t, v);
    if (!i) return NULL;
    if (gp_int_sign(i) < 0) {
        gp_obj *adj = gp_number_add(t, i, length);
        gp_decref(i);
        if (!adj) return NULL;
        i = adj;
    }
    int below = gp_obj_richcompare_bool(t, i, lower, GP_LT);
    int above = below == 0 ? gp_obj_richcompare_bool(t, i, upper, GP_GT) : 0;
    if (below < 0 || above < 0) {
        gp_decref(i);
        return NULL;
    }
    if (below || above) gp_setref_steal(&i, gp_newref(below ? lower : upper));
    return i;
}

/* r[slice] as a range, with bounds of any size. */
static gp_obj *range_slice(gp_thread *t, gp_obj *self, gp_obj *slice) {
    rangeobj *r = R(self);
    gp_slice *sl = (gp_slice *)slice;
    gp_obj *step = NULL, *lower = NULL, *upper = NULL, *start = NULL, *stop = NULL;
    gp_obj *substart = NULL, *substop = NULL, *substep = NULL, *res = NULL;
    if (sl->step == GP_NONE) {
        step = gp_small_new(1);
    } else {
        if (!(step = gp_number_index(t, sl->step))) goto done;
        if (gp_int_sign(step) == 0) {
            gp_err_set_str(t, &gp_exc_ValueError, "slice step cannot be zero");
            goto done;
        }
    }
    int negative = gp_int_sign(step) < 0;
    lower = gp_small_new(negative ? -1 : 0);
    upper = negative ? gp_number_add(t, r->length, lower) : gp_newref(r->length);
    if (!upper) goto done;
    start = clip_bound(t, sl->start, negative ? upper : lower, r->length, lower, upper);
    if (!start) goto done;
    stop = clip_bound(t, sl->stop, negative ? lower : upper, r->length, lower, upper);
    if (!stop) goto done;
    substart = compute_item(t, self, start);
    substop = substart ? compute_item(t, self, stop) : NULL;
    substep = substop ? gp_number_mul(t, r->step, step) : NULL;
    if (substep) res = make_range(t, substart, substop, substep);
done:
    gp_xdecref(step);
    gp_xdecref(upper);
    gp_xdecref(start);
    gp_xdecref(stop);
    gp_xdecref(substart);
    gp_xdecref(substop);
    gp_xdecref(substep);
    return res;
}

static gp_obj *range_subscript(gp_thread *t, gp_obj *self, gp_obj *key) {
    if (gp_is_small(key)) return range_item(t, self, gp_small_value(key));
    if (has_index(key)) return range_index_obj(t, self, key);
    if (gp_typeof(key) == &gp_slice_type) return range_slice(t, self, key);
    return gp_err_format(t, &gp_exc_TypeError, "range indices must be integers or slices, not %T",
                         key);
}

/* `x in r` for an int x, in constant time: 1, 0, -1. */
static int contains_int(gp_thread *t, gp_obj *self, gp_obj *x) {
    rangeobj *r = R(self);
    if (gp_is_small(x) && gp_is_small(r->start) && gp_is_small(r->stop) && gp_is_small(r->step)) {
        intptr_t v = gp_small_value(x), a = gp_small_value(r->start);
        intptr_t b = gp_small_value(r->stop), s = gp_small_value(r->step);
        if (s > 0 ? (v < a || v >= b) : (v > a || v <= b)) return 0;
        __int128 d = (__int128)v - a;
        return d % s == 0;
    }
    mpz_t v, a, b, s;
    mpz_inits(v, a, b, s, NULL);
    gp_int_as_mpz(x, v);
    gp_int_as_mpz(r->start, a);
    gp_int_as_mpz(r->stop, b);
    gp_int_as_mpz(r->step, s);
    int in;
    if (mpz_sgn(s) > 0) in = mpz_cmp(v, a) >= 0 && mpz_cmp(v, b) < 0;
    else in = mpz_cmp(v, a) <= 0 && mpz_cmp(v, b) > 0;
    if (in) {
        mpz_sub(v, v, a);
        in = mpz_divisible_p(v, s);
    }
    mpz_clears(v, a, b, s, NULL);
    return in;
}

static gp_obj *range_iter(gp_thread *t, gp_obj *self);

/* Compare x with every item: for `in`, index() and count() on non-ints. */
static gp_ssize scan(gp_thread *t, gp_obj *self, gp_obj *x, int count) {
    gp_obj *it = range_iter(t, self);
    if (!it) return -1;
    gp_ssize found = 0, pos = 0;
    gp_obj *v;
    while ((v = gp_iter_next(t, it))) {
        int r = gp_obj_richcompare_bool(t, v, x, GP_EQ);
        gp_decref(v);
        if (r < 0) {
            gp_decref(it);
            return -1;
        }
        if (r) {
            if (!count) {
                gp_decref(it);
                return pos;
            }
            found++;
        }
        pos++;
    }
    gp_decref(it);
    if (gp_err_occurred(t)) return -1;
    return count ? found : -2;
}

static int range_contains(gp_thread *t, gp_obj *self, gp_obj *x) {
    if (gp_int_check_exact(x) || gp_bool_check(x)) return contains_int(t, self, x);
    gp_ssize r = scan(t, self, x, 0);
    if (r == -1) return -1;
    return r >= 0;
}

static gp_obj *range_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if (gp_typeof(b) != &gp_range_type || (op != GP_EQ && op != GP_NE))
        return GP_NOTIMPLEMENTED;
    int eq;
    if (a == b) {
        eq = 1;
    } else {
        eq = gp_obj_richcompare_bool(t, R(a)->length, R(b)->length, GP_EQ);
        if (eq < 0) return NULL;
        if (eq && gp_int_sign(R(a)->length) != 0) {
            eq = gp_obj_richcompare_bool(t, R(a)->start, R(b)->start, GP_EQ);
            if (eq < 0) return NULL;
            if (eq) {
                int one = gp_is_small(R(a)->length) && gp_small_value(R(a)->length) == 1;
                if (!one) {
                    eq = gp_obj_richcompare_bool(t, R(a)->step, R(b)->step, GP_EQ);
                    if (eq < 0) return NULL;
                }
            }
        }
    }
    return gp_bool_from(op == GP_EQ ? eq : !eq);
}

/* Equal ranges hash alike: hash((len, start, step)), with start and step
   replaced by None where they do not matter. */
static gp_hash range_hash(gp_thread *t, gp_obj *self) {
    rangeobj *r = R(self);
    int len0 = gp_int_sign(r->length) == 0;
    int len1 = gp_is_small(r->length) && gp_small_value(r->length) == 1;
    gp_obj *tup = gp_tuple_pack(t, 3, r->length, len0 ? GP_NONE : r->start,
                                len0 || len1 ? GP_NONE : r->step);
    if (!tup) return -1;
    gp_hash h = gp_obj_hash(t, tup);
    gp_decref(tup);
    return h;
}

static gp_obj *m_count(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (gp_args_no_kw(t, "count", kwnames) < 0) return NULL;
    if (nargs != 1)
        return gp_err_format(t, &gp_exc_TypeError,
                             "range.count() takes exactly one argument (%zd given)", nargs);
    gp_obj *x = args[0];
    if (gp_int_check_exact(x) || gp_bool_check(x)) {
        int r = contains_int(t, self, x);
        return r < 0 ? NULL : gp_int_from_ssize(t, r);
    }
    gp_ssize n = scan(t, self, x, 1);
    return n < 0 ? NULL : gp_int_from_ssize(t, n);
}

static gp_obj *m_index(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (gp_args_no_kw(t, "index", kwnames) < 0) return NULL;
    if (nargs != 1)
        return gp_err_format(t, &gp_exc_TypeError,
                             "range.index() takes exactly one argument (%zd given)", nargs);
    gp_obj *x = args[0];
    if (gp_int_check_exact(x) || gp_bool_check(x)) {
        int r = contains_int(t, self, x);
        if (r < 0) return NULL;
        if (!r) return gp_err_format(t, &gp_exc_ValueError, "%R is not in range", x);
        gp_obj *d = gp_number_sub(t, x, R(self)->start);
        if (!d) return NULL;
        gp_obj *res = gp_number_floordiv(t, d, R(self)->step);
        gp_decref(d);
        return res;
    }
    gp_ssize pos = scan(t, self, x, 0);
    if (pos == -1) return NULL;
    if (pos == -2) return gp_err_format(t, &gp_exc_ValueError, "sequence.index(x): x not in sequence");
    return gp_int_from_ssize(t, pos);
}

static gp_obj *range_reversed(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames);

static const gp_method_def range_methods[] = {
    {"count", m_count, 0, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, 0, "rangeobject.index(value) -> integer -- return index of value."},
    {"__reversed__", range_reversed, 0, "Return a reverse iterator."},
    {NULL}
};

static const gp_member_def range_members[] = {
    {"start", GP_MEMBER_OBJECT, offsetof(rangeobj, start), GP_MEMBER_READONLY, NULL},
    {"stop", GP_MEMBER_OBJECT, offsetof(rangeobj, stop), GP_MEMBER_READONLY, NULL},
    {"step", GP_MEMBER_OBJECT, offsetof(rangeobj, step), GP_MEMBER_READONLY, NULL},
    {NULL}
};

static gp_sequence_methods range_as_sequence = {
    .length = range_length,
    .item = range_item,
    .contains = range_contains,
};

static gp_mapping_methods range_as_mapping = {
    .length = range_length,
    .subscript = range_subscript,
};

static gp_number_methods range_as_number = {
    .bool_ = range_bool,
};

gp_type gp_range_type = {
    GP_TYPE_HEAD,
    .name = "range",
    .basicsize = sizeof(rangeobj),
    .flags = GP_TPFLAGS_SEQUENCE,
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .new_ = range_new,
    .as_number = &range_as_number,
    .as_sequence = &range_as_sequence,
    .as_mapping = &range_as_mapping,
    .methods = range_methods,
    .members = range_members,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
};

/* -------------------------------------------------------------- iterators */

/* Machine-word iteration: next value start + index * step, for index < len. */
typedef struct {
    gp_obj base;
    int64_t start, step, len, index;
} rangeiter;

/* Any size: the same with int objects. */
typedef struct {
    gp_obj base;
    gp_obj *start, *step, *len, *index;
} longrangeiter;

static gp_obj *self_iter(gp_thread *t, gp_obj *o) { return gp_newref(o); }

/* An iterator over start, start + step, ... (len items). */
static gp_obj *make_iter(gp_thread *t, gp_obj *start, gp_obj *step, gp_obj *len) {
    if (gp_is_small(start) && gp_is_small(step) && gp_is_small(len)) {
        __int128 last = (__int128)gp_small_value(start) +
                        (__int128)(gp_small_value(len)) * gp_small_value(step);
        if (last >= INT64_MIN && last <= INT64_MAX) {
            rangeiter *it = (rangeiter *)gp_obj_alloc(t, &gp_rangeiter_type, 0);
            if (!it) return NULL;
            it->start = gp_small_value(start);
            it->step = gp_small_value(step);
            it->len = gp_small_value(len);
            return (gp_obj *)it;
        }
    }
    longrangeiter *it = (longrangeiter *)gp_obj_alloc(t, &gp_longrangeiter_type, 0);
    if (!it) return NULL;
    it->start = gp_newref(start);
    it->step = gp_newref(step);
    it->len = gp_newref(len);
    it->index = gp_small_new(0);
    return (gp_obj *)it;
}

static gp_obj *range_iter(gp_thread *t, gp_obj *self) {
    return make_iter(t, R(self)->start, R(self)->step, R(self)->length);
}

static gp_obj *range_reversed(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    rangeobj *r = R(self);
    if (all_small(self)) {
        __int128 last = (__int128)gp_small_value(r->start) +
                        (__int128)(gp_small_value(r->length) - 1) * gp_small_value(r->step);
        __int128 nstep = -(__int128)gp_small_value(r->step);
        if (last >= GP_SMALL_MIN && last <= GP_SMALL_MAX && nstep <= GP_SMALL_MAX)
            return make_iter(t, gp_small_new((intptr_t)last), gp_small_new((intptr_t)nstep),
                             r->length);
    }
    gp_obj *one = gp_small_new(1);
    gp_obj *lm1 = NULL, *prod = NULL, *last = NULL, *nstep = NULL, *res = NULL;
    if (!(lm1 = gp_number_sub(t, r->length, one))) goto done;
    if (!(prod = gp_number_mul(t, lm1, r->step))) goto done;
    if (!(last = gp_number_add(t, r->start, prod))) goto done;
    if (!(nstep = gp_number_neg(t, r->step))) goto done;
    res = make_iter(t, last, nstep, r->length);
done:
    gp_xdecref(lm1);
    gp_xdecref(prod);
    gp_xdecref(last);
    gp_xdecref(nstep);
    return res;
}

/* Threads sharing one iterator each claim an index with a
   compare-and-swap, so that no index is produced twice or past the end;
   a lone thread needs no atomic operation. */
static gp_obj *rangeiter_next(gp_thread *t, gp_obj *o) {
    rangeiter *it = (rangeiter *)o;
    int64_t i;
    if (!gp_is_threaded()) {
        i = it->index;
        if (i >= it->len) return NULL;
        it->index = i + 1;
    } else {
        i = __atomic_load_n(&it->index, __ATOMIC_RELAXED);
        do {
            if (i >= it->len) return NULL;
        } while (!__atomic_compare_exchange_n(&it->index, &i, i + 1, 1, __ATOMIC_RELAXED,
                                              __ATOMIC_RELAXED));
    }
    /* Wrapping arithmetic: the true value is known to fit. */
    int64_t v = (int64_t)((uint64_t)it->start + (uint64_t)i * (uint64_t)it->step);
    if (gp_small_fits(v)) return gp_small_new(v);
    return gp_int_from_i64(t, v);
}

static gp_obj *rangeiter_length_hint(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                     gp_ssize nargs, gp_obj *kwnames) {
    rangeiter *it = (rangeiter *)self;
    return gp_int_from_i64(t, it->len - __atomic_load_n(&it->index, __ATOMIC_RELAXED));
}

static const gp_method_def rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {NULL}
};

static void rangeiter_dealloc(gp_obj *o) { gp_obj_free(o); }

gp_type gp_rangeiter_type = {
    GP_TYPE_HEAD,
    .name = "range_iterator",
    .basicsize = sizeof(rangeiter),
    .dealloc = rangeiter_dealloc,
    .iter = self_iter,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

/* The index is an int object that each step replaces: the step holds the
   iterator's object lock, so that threads sharing it take distinct
   indexes.  The arithmetic is on exact ints and runs no Python code; the
   replaced index is released after the unlock. */
static gp_obj *longrangeiter_next(gp_thread *t, gp_obj *o) {
    longrangeiter *it = (longrangeiter *)o;
    gp_obj *res = NULL, *prod = NULL, *old = NULL;
    gp_obj_lock(o);
    int more = gp_obj_richcompare_bool(t, it->index, it->len, GP_LT);
    if (more > 0 && (prod = gp_number_mul(t, it->index, it->step)) &&
        (res = gp_number_add(t, it->start, prod))) {
        gp_obj *next = gp_number_add(t, it->index, gp_small_new(1));
        /* On failure the result is dropped (with the old index's slot). */
        old = next ? it->index : res;
        if (next) it->index = next;
        else res = NULL;
    }
    gp_obj_unlock(o);
    gp_xdecref(prod);
    gp_xdecref(old);
    return res;
}

static gp_obj *longrangeiter_length_hint(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                         gp_ssize nargs, gp_obj *kwnames) {
    longrangeiter *it = (longrangeiter *)self;
    gp_obj_lock(self);
    gp_obj *index = gp_newref(it->index);
    gp_obj_unlock(self);
    gp_obj *r = gp_number_sub(t, it->len, index);
    gp_decref(index);
    return r;
}

static const gp_method_def longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, 0, NULL},
    {NULL}
};

static void longrangeiter_dealloc(gp_obj *o) {
    longrangeiter *it = (longrangeiter *)o;
    gp_decref(it->start);
    gp_decref(it->step);
    gp_decref(it->len);
    gp_decref(it->index);
    gp_obj_free(o);
}

gp_type gp_longrangeiter_type = {
    GP_TYPE_HEAD,
    .name = "longrange_iterator",
    .basicsize = sizeof(longrangeiter),
    .dealloc = longrangeiter_dealloc,
    .iter = self_iter,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};
