/* bool: the two instances True and False, a subclass of int that cannot be
   subclassed.  Both are static gp_bigint objects whose mpz points at a
   constant limb, so they exist before any initialisation runs and are never
   written to or freed. */
#include "gilpy_core.h"

static mp_limb_t one_limb = 1, zero_limb = 0;

gp_bigint gp_true_obj = {GP_STATIC_HEAD(&gp_bool_type), {{1, 1, &one_limb}}};
gp_bigint gp_false_obj = {GP_STATIC_HEAD(&gp_bool_type), {{1, 0, &zero_limb}}};

static gp_obj *bool_repr(gp_thread *t, gp_obj *o) {
    static gp_obj *true_str, *false_str;
    if (!true_str) {
        true_str = gp_str_intern_cstr_borrow(t, "True");
        false_str = gp_str_intern_cstr_borrow(t, "False");
        if (!true_str || !false_str) return NULL;
    }
    return gp_newref(o == GP_TRUE ? true_str : false_str);
}

static gp_obj *bool_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, "bool", kwnames) < 0) return NULL;
    if (nargs > 1) return gp_err_format(t, &gp_exc_TypeError, "bool expected at most 1 argument, got %zd", nargs);
    if (nargs == 0) return GP_FALSE;
    int v = gp_obj_truthy(t, args[0]);
    if (v < 0) return NULL;
    return gp_bool_from(v);
}

/* &, | and ^ of two bools give a bool; anything else is int arithmetic. */
static gp_obj *bool_and(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (gp_bool_check(a) && gp_bool_check(b)) return gp_bool_from(a == GP_TRUE && b == GP_TRUE);
    return gp_int_as_number.and_(t, a, b);
}

static gp_obj *bool_or(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (gp_bool_check(a) && gp_bool_check(b)) return gp_bool_from(a == GP_TRUE || b == GP_TRUE);
    return gp_int_as_number.or_(t, a, b);
}

static gp_obj *bool_xor(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (gp_bool_check(a) && gp_bool_check(b)) return gp_bool_from((a == GP_TRUE) != (b == GP_TRUE));
    return gp_int_as_number.xor_(t, a, b);
}

/* Filled from int's table at start-up, then the three operators above. */
static gp_number_methods bool_as_number;

gp_type gp_bool_type = {
    GP_TYPE_HEAD,
    .name = "bool",
    .basicsize = sizeof(gp_bigint),
    .flags = GP_TPFLAGS_INT_SUBCLASS,
    .repr = bool_repr,
    .new_ = bool_new,
    .as_number = &bool_as_number,
    .tp_base = &gp_int_type,
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
};

int gp_bool_init(gp_thread *t) {
    bool_as_number = gp_int_as_number;
    bool_as_number.and_ = bool_and;
    bool_as_number.or_ = bool_or;
    bool_as_number.xor_ = bool_xor;
    return gp_type_ready(t, &gp_bool_type);
}
