/* slice: the object made by a[start:stop:step], and the clipping of its
   bounds to a sequence length. */
#include "gilpy_core.h"

#define SL(o) ((gp_slice *)(o))

gp_obj *gp_slice_new(gp_thread *t, gp_obj *start, gp_obj *stop, gp_obj *step) {
    gp_slice *s = (gp_slice *)gp_obj_alloc(t, &gp_slice_type, 0);
    if (!s) return NULL;
    s->start = gp_newref(start ? start : GP_NONE);
    s->stop = gp_newref(stop ? stop : GP_NONE);
    s->step = gp_newref(step ? step : GP_NONE);
    gp_gc_track((gp_obj *)s);
    return (gp_obj *)s;
}

/* A bound as a gp_ssize, clamped to the representable range. */
static int bound_value(gp_thread *t, gp_obj *o, gp_ssize *out) {
    if (gp_is_small(o)) {
        *out = gp_small_value(o);
        return 0;
    }
    gp_type *tp = gp_typeof(o);
    if (!gp_int_check(o) && !(tp->as_number && tp->as_number->index)) {
        gp_err_set_str(t, &gp_exc_TypeError,
                       "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return gp_number_as_ssize(t, o, NULL, out);
}

/* Read the bounds with their defaults, before any clipping. */
int gp_slice_unpack(gp_thread *t, gp_obj *slice, gp_ssize *start, gp_ssize *stop, gp_ssize *step) {
    gp_slice *s = SL(slice);
    if (s->step == GP_NONE) {
        *step = 1;
    } else {
        if (bound_value(t, s->step, step) < 0) return -1;
        if (*step == 0) {
            gp_err_set_str(t, &gp_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* So that -step cannot overflow. */
        if (*step < -INTPTR_MAX) *step = -INTPTR_MAX;
    }
    if (s->start == GP_NONE) {
        *start = *step < 0 ? INTPTR_MAX : 0;
    } else if (bound_value(t, s->start, start) < 0) {
        return -1;
    }
    if (s->stop == GP_NONE) {
        *stop = *step < 0 ? INTPTR_MIN : INTPTR_MAX;
    } else if (bound_value(t, s->stop, stop) < 0) {
        return -1;
    }
    return 0;
}

gp_ssize gp_slice_adjust(gp_ssize length, gp_ssize *start, gp_ssize *stop, gp_ssize step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

gp_ssize gp_slice_indices(gp_thread *t, gp_obj *slice, gp_ssize length, gp_ssize *start,
                          gp_ssize *stop, gp_ssize *step) {
    if (gp_slice_unpack(t, slice, start, stop, step) < 0) return -1;
    return gp_slice_adjust(length, start, stop, *step);
}

/* ------------------------------------------------------------------ slots */

static void slice_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_decref(SL(o)->start);
    gp_decref(SL(o)->stop);
    gp_decref(SL(o)->step);
    gp_obj_free(o);
}

static int slice_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_obj *parts[3] = {SL(o)->start, SL(o)->stop, SL(o)->step};
    for (int i = 0; i < 3; i++) {
        if (parts[i] && !gp_is_small(parts[i])) {
            int r = visit(parts[i], arg);
            if (r) return r;
        }
    }
    return 0;
}

static gp_obj *slice_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (kwnames && gp_tuple_size(kwnames) > 0)
        return gp_err_format(t, &gp_exc_TypeError, "slice() takes no keyword arguments");
    if (nargs < 1 || nargs > 3)
        return gp_err_format(t, &gp_exc_TypeError, nargs < 1
                             ? "slice expected at least 1 argument, got %zd"
                             : "slice expected at most 3 arguments, got %zd", nargs);
    if (nargs == 1) return gp_slice_new(t, NULL, args[0], NULL);
    return gp_slice_new(t, args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static gp_obj *slice_repr(gp_thread *t, gp_obj *self) {
    return gp_str_from_format(t, "slice(%R, %R, %R)", SL(self)->start, SL(self)->stop,
                              SL(self)->step);
}

static gp_obj *as_tuple(gp_thread *t, gp_obj *s) {
    return gp_tuple_pack(t, 3, SL(s)->start, SL(s)->stop, SL(s)->step);
}

static gp_obj *slice_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if (gp_typeof(a) != &gp_slice_type || gp_typeof(b) != &gp_slice_type)
        return GP_NOTIMPLEMENTED;
    if (a == b) {
        int r = op == GP_EQ || op == GP_LE || op == GP_GE;
        return gp_bool_from(r);
    }
    gp_obj *ta = as_tuple(t, a);
    if (!ta) return NULL;
    gp_obj *tb = as_tuple(t, b);
    if (!tb) {
        gp_decref(ta);
        return NULL;
    }
    gp_obj *res = gp_obj_richcompare(t, ta, tb, op);
    gp_decref(ta);
    gp_decref(tb);
    return res;
}

/* slice.indices(len): the clipped (start, stop, step) for a sequence of
   that length. */
static gp_obj *m_indices(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (gp_args_no_kw(t, "indices", kwnames) < 0) return NULL;
    if (nargs != 1)
        return gp_err_format(t, &gp_exc_TypeError,
                             "slice.indices() takes exactly one argument (%zd given)", nargs);
    gp_obj *lo = gp_number_index(t, args[0]);
    if (!lo) return NULL;
    if (gp_int_sign(lo) < 0) {
        gp_decref(lo);
        gp_err_set_str(t, &gp_exc_ValueError, "length should not be negative");
        return NULL;
    }
    gp_ssize length;
    int r = gp_number_as_ssize(t, lo, NULL, &length);
    gp_decref(lo);
    if (r < 0) return NULL;
    gp_ssize start, stop, step;
    if (gp_slice_indices(t, self, length, &start, &stop, &step) < 0) return NULL;
    gp_obj *a = gp_int_from_ssize(t, start), *b = gp_int_from_ssize(t, stop);
    gp_obj *c = gp_int_from_ssize(t, step);
    gp_obj *res = a && b && c ? gp_tuple_pack(t, 3, a, b, c) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    gp_xdecref(c);
    return res;
}

static gp_obj *m_reduce(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    gp_obj *parts = as_tuple(t, self);
    if (!parts) return NULL;
    gp_obj *res = gp_tuple_pack(t, 2, (gp_obj *)&gp_slice_type, parts);
    gp_decref(parts);
    return res;
}

static const gp_method_def slice_methods[] = {
    {"indices", m_indices, 0, "S.indices(len) -> (start, stop, stride)"},
    {"__reduce__", m_reduce, 0, NULL},
    {NULL}
};

static const gp_member_def slice_members[] = {
    {"start", GP_MEMBER_OBJECT, offsetof(gp_slice, start), GP_MEMBER_READONLY, NULL},
    {"stop", GP_MEMBER_OBJECT, offsetof(gp_slice, stop), GP_MEMBER_READONLY, NULL},
    {"step", GP_MEMBER_OBJECT, offsetof(gp_slice, step), GP_MEMBER_READONLY, NULL},
    {NULL}
};

gp_type gp_slice_type = {
    GP_TYPE_HEAD,
    .name = "slice",
    .basicsize = sizeof(gp_slice),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .new_ = slice_new,
    .traverse = slice_traverse,
    .methods = slice_methods,
    .members = slice_members,
    .doc = "slice(stop)\nslice(start, stop[, step])",
};
