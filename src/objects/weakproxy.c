/* weakref.ProxyType and weakref.CallableProxyType: weak references that
   stand in for their referent.  Attribute access, operators, calls, len,
   iteration and item access all act on the referent; once it died every
   one of them raises ReferenceError.  A proxy is a gp_weakref (the list,
   table and collector handling are weakref.c's); operands of binary
   operators are unwrapped on both sides, as CPython does. */
#include "objects/weakref.h"

static int is_proxy(gp_obj *o) {
    if (gp_is_small(o)) return 0;
    gp_type *tp = o->ob_type;
    return tp == &gp_weakproxy_type || tp == &gp_weakcallableproxy_type;
}

/* A new reference to what o stands for: the referent of a proxy (or
   ReferenceError once it died), o itself otherwise. */
static gp_obj *unwrap(gp_thread *t, gp_obj *o) {
    if (!is_proxy(o)) return gp_newref(o);
    gp_obj *r = gp_weakref_referent_new(t, (gp_weakref *)o);
    if (!r) gp_err_set_str(t, &gp_exc_ReferenceError, "weakly-referenced object no longer exists");
    return r;
}

typedef gp_obj *(*binop_fn)(gp_thread *t, gp_obj *a, gp_obj *b);
typedef gp_obj *(*unop_fn)(gp_thread *t, gp_obj *a);

static gp_obj *binop(gp_thread *t, gp_obj *a, gp_obj *b, binop_fn fn) {
    gp_obj *x = unwrap(t, a);
    if (!x) return NULL;
    gp_obj *y = unwrap(t, b);
    if (!y) {
        gp_decref(x);
        return NULL;
    }
    gp_obj *r = fn(t, x, y);
    gp_decref(x);
    gp_decref(y);
    return r;
}

static gp_obj *unop(gp_thread *t, gp_obj *a, unop_fn fn) {
    gp_obj *x = unwrap(t, a);
    if (!x) return NULL;
    gp_obj *r = fn(t, x);
    gp_decref(x);
    return r;
}

/* ---------------------------------------------------------------- numbers */

static gp_obj *p_add(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, gp_number_add); }
static gp_obj *p_sub(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, gp_number_sub); }
static gp_obj *p_mul(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, gp_number_mul); }
static gp_obj *p_mod(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, gp_number_mod); }
static gp_obj *p_divmod(gp_thread *t, gp_obj *a, gp_obj *b) {
    return binop(t, a, b, gp_number_divmod);
}
static gp_obj *p_lshift(gp_thread *t, gp_obj *a, gp_obj *b) {
    return binop(t, a, b, gp_number_lshift);
}
static gp_obj *p_rshift(gp_thread *t, gp_obj *a, gp_obj *b) {
    return binop(t, a, b, gp_number_rshift);
}
static gp_obj *p_and(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, gp_number_and); }
static gp_obj *p_xor(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, gp_number_xor); }
static gp_obj *p_or(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, gp_number_or); }
static gp_obj *p_floordiv(gp_thread *t, gp_obj *a, gp_obj *b) {
    return binop(t, a, b, gp_number_floordiv);
}
static gp_obj *p_truediv(gp_thread *t, gp_obj *a, gp_obj *b) {
    return binop(t, a, b, gp_number_truediv);
}
static gp_obj *p_matmul(gp_thread *t, gp_obj *a, gp_obj *b) {
    return binop(t, a, b, gp_number_matmul);
}
static gp_obj *p_iadd(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, gp_number_iadd); }
static gp_obj *p_isub(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, gp_number_isub); }
static gp_obj *p_imul(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, gp_number_imul); }
static gp_obj *p_imod(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, gp_number_imod); }
static gp_obj *p_ilshift(gp_thread *t, gp_obj *a, gp_obj *b) {
    return binop(t, a, b, gp_number_ilshift);
}
static gp_obj *p_irshift(gp_thread *t, gp_obj *a, gp_obj *b) {
    return binop(t, a, b, gp_number_irshift);
}
static gp_obj *p_iand(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, gp_number_iand); }
static gp_obj *p_ixor(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, gp_number_ixor); }
static gp_obj *p_ior(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, gp_number_ior); }
static gp_obj *p_ifloordiv(gp_thread *t, gp_obj *a, gp_obj *b) {
    return binop(t, a, b, gp_number_ifloordiv);
}
static gp_obj *p_itruediv(gp_thread *t, gp_obj *a, gp_obj *b) {
    return binop(t, a, b, gp_number_itruediv);
}
static gp_obj *p_imatmul(gp_thread *t, gp_obj *a, gp_obj *b) {
    return binop(t, a, b, gp_number_imatmul);
}
static gp_obj *p_neg(gp_thread *t, gp_obj *a) { return unop(t, a, gp_number_neg); }
static gp_obj *p_pos(gp_thread *t, gp_obj *a) { return unop(t, a, gp_number_pos); }
static gp_obj *p_abs(gp_thread *t, gp_obj *a) { return unop(t, a, gp_number_abs); }
static gp_obj *p_invert(gp_thread *t, gp_obj *a) { return unop(t, a, gp_number_invert); }
static gp_obj *p_int(gp_thread *t, gp_obj *a) { return unop(t, a, gp_number_long); }
static gp_obj *p_float(gp_thread *t, gp_obj *a) { return unop(t, a, gp_number_float); }
static gp_obj *p_index(gp_thread *t, gp_obj *a) { return unop(t, a, gp_number_index); }

static gp_obj *pow_args(gp_thread *t, gp_obj *a, gp_obj *b, gp_obj *c, int inplace) {
    gp_obj *x = unwrap(t, a), *y = x ? unwrap(t, b) : NULL, *z = y ? unwrap(t, c) : NULL, *r = NULL;
    if (z) r = inplace ? gp_number_ipow(t, x, y) : gp_number_pow(t, x, y, z);
    gp_xdecref(x);
    gp_xdecref(y);
    gp_xdecref(z);
    return r;
}
static gp_obj *p_pow(gp_thread *t, gp_obj *a, gp_obj *b, gp_obj *c) {
    return pow_args(t, a, b, c, 0);
}
static gp_obj *p_ipow(gp_thread *t, gp_obj *a, gp_obj *b, gp_obj *c) {
    return pow_args(t, a, b, c, 1);
}

static int p_bool(gp_thread *t, gp_obj *a) {
    gp_obj *x = unwrap(t, a);
    if (!x) return -1;
    int r = gp_obj_truthy(t, x);
    gp_decref(x);
    return r;
}

static gp_number_methods proxy_as_number = {
    .add = p_add,
    .subtract = p_sub,
    .multiply = p_mul,
    .remainder = p_mod,
    .divmod = p_divmod,
    .power = p_pow,
    .negative = p_neg,
    .positive = p_pos,
    .absolute = p_abs,
    .bool_ = p_bool,
    .invert = p_invert,
    .lshift = p_lshift,
    .rshift = p_rshift,
    .and_ = p_and,
    .xor_ = p_xor,
    .or_ = p_or,
    .int_ = p_int,
    .float_ = p_float,
    .inplace_add = p_iadd,
    .inplace_subtract = p_isub,
    .inplace_multiply = p_imul,
    .inplace_remainder = p_imod,
    .inplace_power = p_ipow,
    .inplace_lshift = p_ilshift,
    .inplace_rshift = p_irshift,
    .inplace_and = p_iand,
    .inplace_xor = p_ixor,
    .inplace_or = p_ior,
    .floor_divide = p_floordiv,
    .true_divide = p_truediv,
    .inplace_floor_divide = p_ifloordiv,
    .inplace_true_divide = p_itruediv,
    .index = p_index,
    .matrix_multiply = p_matmul,
    .inplace_matrix_multiply = p_imatmul,
};

/* ------------------------------------------------------ containers, calls */

static gp_ssize p_length(gp_thread *t, gp_obj *self) {
    gp_obj *x = unwrap(t, self);
    if (!x) return -1;
    gp_ssize n = gp_obj_len(t, x);
    gp_decref(x);
    return n;
}

static gp_obj *p_getitem(gp_thread *t, gp_obj *self, gp_obj *key) {
    return binop(t, self, key, gp_obj_getitem);
}

static int p_setitem(gp_thread *t, gp_obj *self, gp_obj *key, gp_obj *v) {
    gp_obj *x = unwrap(t, self);
    if (!x) return -1;
    int r = v ? gp_obj_setitem(t, x, key, v) : gp_obj_delitem(t, x, key);
    gp_decref(x);
    return r;
}

static int p_contains(gp_thread *t, gp_obj *self, gp_obj *v) {
    gp_obj *x = unwrap(t, self);
    if (!x) return -1;
    int r = gp_seq_contains(t, x, v);
    gp_decref(x);
    return r;
}

static gp_mapping_methods proxy_as_mapping = {
    .length = p_length,
    .subscript = p_getitem,
    .ass_subscript = p_setitem,
};

static gp_sequence_methods proxy_as_sequence = {
    .contains = p_contains,
};

static gp_obj *p_getattr(gp_thread *t, gp_obj *self, gp_obj *name) {
    gp_obj *x = unwrap(t, self);
    if (!x) return NULL;
    gp_obj *r = gp_obj_getattr(t, x, name);
    gp_decref(x);
    return r;
}

static int p_setattr(gp_thread *t, gp_obj *self, gp_obj *name, gp_obj *v) {
    gp_obj *x = unwrap(t, self);
    if (!x) return -1;
    int r = gp_obj_setattr(t, x, name, v);
    gp_decref(x);
    return r;
}

static gp_obj *p_call(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                      gp_obj *kwnames) {
    gp_obj *x = unwrap(t, self);
    if (!x) return NULL;
    gp_obj *r = gp_call(t, x, args, nargs, kwnames);
    gp_decref(x);
    return r;
}

static gp_obj *p_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    gp_obj *x = unwrap(t, a);
    if (!x) return NULL;
    gp_obj *y = unwrap(t, b);
    if (!y) {
        gp_decref(x);
        return NULL;
    }
    gp_obj *r = gp_obj_richcompare(t, x, y, op);
    gp_decref(x);
    gp_decref(y);
    return r;
}

static gp_obj *p_str(gp_thread *t, gp_obj *self) { return unop(t, self, gp_obj_str); }
static gp_obj *p_iter(gp_thread *t, gp_obj *self) { return unop(t, self, gp_obj_getiter); }

static gp_obj *p_iternext(gp_thread *t, gp_obj *self) {
    gp_obj *x = unwrap(t, self);
    if (!x) return NULL;
    gp_obj *r = NULL;
    if (!gp_iter_check(x))
        gp_err_format(t, &gp_exc_TypeError, "Weakref proxy referenced a non-iterator '%s' object",
                      gp_typeof(x)->name);
    else
        r = gp_iter_next(t, x);
    gp_decref(x);
    return r;
}

/* CPython 3.11 names what the proxy points to even after it died (then
   None). */
static gp_obj *p_repr(gp_thread *t, gp_obj *self) {
    gp_obj *x = gp_weakref_referent_new(t, (gp_weakref *)self);
    gp_obj *shown = x ? x : GP_NONE;
    gp_obj *r = gp_str_from_format(t, "<weakproxy at %p to %s at %p>", (void *)self,
                                   gp_typeof(shown)->name, (void *)shown);
    gp_xdecref(x);
    return r;
}

static gp_obj *call_special(gp_thread *t, gp_obj *self, const char *name) {
    gp_obj *x = unwrap(t, self);
    if (!x) return NULL;
    gp_obj *r = gp_call_method(t, x, name, NULL, 0);
    gp_decref(x);
    return r;
}

static gp_obj *m_bytes(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (gp_args_no_kw(t, "__bytes__", kwnames) < 0 ||
        gp_args_count(t, "__bytes__", nargs, 0, 0) < 0)
        return NULL;
    return call_special(t, self, "__bytes__");
}

static gp_obj *m_reversed(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    if (gp_args_no_kw(t, "__reversed__", kwnames) < 0 ||
        gp_args_count(t, "__reversed__", nargs, 0, 0) < 0)
        return NULL;
    return call_special(t, self, "__reversed__");
}

static const gp_method_def proxy_methods[] = {
    {"__bytes__", m_bytes, 0, NULL},
    {"__reversed__", m_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_weakproxy_type = {
    GP_TYPE_HEAD,
    .name = "weakref.ProxyType",
    .basicsize = sizeof(gp_weakref),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = gp_weakref_dealloc,
    .repr = p_repr,
    .str = p_str,
    .richcompare = p_richcompare,
    .getattro = p_getattr,
    .setattro = p_setattr,
    .iter = p_iter,
    .iternext = p_iternext,
    .traverse = gp_weakref_traverse,
    .clear = gp_weakref_tp_clear,
    .as_number = &proxy_as_number,
    .as_sequence = &proxy_as_sequence,
    .as_mapping = &proxy_as_mapping,
    .methods = proxy_methods,
};

gp_type gp_weakcallableproxy_type = {
    GP_TYPE_HEAD,
    .name = "weakref.CallableProxyType",
    .basicsize = sizeof(gp_weakref),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = gp_weakref_dealloc,
    .repr = p_repr,
    .str = p_str,
    .richcompare = p_richcompare,
    .getattro = p_getattr,
    .setattro = p_setattr,
    .call = p_call,
    .iter = p_iter,
    .iternext = p_iternext,
    .traverse = gp_weakref_traverse,
    .clear = gp_weakref_tp_clear,
    .as_number = &proxy_as_number,
    .as_sequence = &proxy_as_sequence,
    .as_mapping = &proxy_as_mapping,
};
