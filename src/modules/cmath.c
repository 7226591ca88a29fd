/* The cmath module: the mathematical functions of complex numbers.

   The functions themselves are the C library's (C99 Annex G), which give
   the special values of infinities and NaNs that CPython's tables give.
   What the library reports through floating-point flags, CPython reports
   as exceptions, decided here from the input and the result:

   - a finite argument whose result is infinite or NaN overflowed
     (OverflowError "math range error"), except at the poles of log, log10
     and atanh, which are domain errors (ValueError "math domain error");
   - an argument without NaN whose result has a NaN was outside the
     domain (cos(inf), exp(1+inf j), ...): ValueError. */
#include "gilpy_core.h"
#include <complex.h>
#include <math.h>

typedef struct {
    double re, im;
} cval;

/* The complex value of any number: a complex, an object with __complex__,
   or a real number (float, int, __float__, __index__). */
static int arg_complex(gp_thread *t, gp_obj *o, cval *out) {
    if (gp_complex_check(o)) {
        out->re = ((gp_complex *)o)->real;
        out->im = ((gp_complex *)o)->imag;
        return 0;
    }
    if (!gp_is_small(o)) {
        int r = gp_complex_special(t, o, &out->re, &out->im);
        if (r) return r < 0 ? -1 : 0;
    }
    double x;
    if (gp_float_check(o)) {
        x = gp_float_value(o);
    } else if (gp_number_as_double(t, o, &x) < 0) {
        if (!gp_err_matches(t, &gp_exc_TypeError)) return -1;
        gp_err_clear(t);
        gp_err_format(t, &gp_exc_TypeError, "must be real number, not %s", gp_type_name(gp_typeof(o)));
        return -1;
    }
    out->re = x;
    out->im = 0.0;
    return 0;
}

static gp_obj *domain_error(gp_thread *t) { return gp_err_format(t, &gp_exc_ValueError, "math domain error"); }
static gp_obj *range_error(gp_thread *t) { return gp_err_format(t, &gp_exc_OverflowError, "math range error"); }

static int has_nan(cval z) { return isnan(z.re) || isnan(z.im); }
static int is_finite(cval z) { return isfinite(z.re) && isfinite(z.im); }

/* The result of f at z as a complex object, or the exception its special
   value stands for (see the comment at the top). */
static gp_obj *checked_result(gp_thread *t, cval z, cval r, int pole) {
    int rbad = !is_finite(r);
    if (is_finite(z) && rbad) return pole || has_nan(r) ? domain_error(t) : range_error(t);
    if (!has_nan(z) && has_nan(r)) return domain_error(t);
    return gp_complex_new(t, r.re, r.im);
}

static cval from_c(double complex c) {
    cval r = {creal(c), cimag(c)};
    return r;
}

static double complex to_c(cval z) { return CMPLX(z.re, z.im); }

/* Complex division as CPython does it (scaled by the larger part of the
   divisor); division by zero is a domain error here, as in cmath.log. */
static int quot(cval a, cval b, cval *out) {
    double abs_br = fabs(b.re), abs_bi = fabs(b.im);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) return -1;
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        out->re = (a.re + a.im * ratio) / denom;
        out->im = (a.im - a.re * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        out->re = (a.re * ratio + a.im) / denom;
        out->im = (a.im * ratio - a.re) / denom;
    } else {
        out->re = out->im = NAN;
    }
    return 0;
}

typedef double complex (*cfunc)(double complex);

static gp_obj *unary(gp_thread *t, const char *name, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, cfunc f,
                     int pole) {
    if (gp_args_no_kw(t, name, kw) < 0 || gp_args_count(t, name, nargs, 1, 1) < 0) return NULL;
    cval z;
    if (arg_complex(t, args[0], &z) < 0) return NULL;
    return checked_result(t, z, from_c(f(to_c(z))), pole);
}

#define UNARY(pyname, cfn, pole)                                                                   \
    static gp_obj *cm_##pyname(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, \
                               gp_obj *kw) {                                                       \
        return unary(t, #pyname, args, nargs, kw, cfn, pole);                                      \
    }

UNARY(acos, cacos, 0)
UNARY(acosh, cacosh, 0)
UNARY(asin, casin, 0)
UNARY(asinh, casinh, 0)
UNARY(atan, catan, 0)
UNARY(atanh, catanh, 1)
UNARY(cos, ccos, 0)
UNARY(cosh, ccosh, 0)
UNARY(exp, cexp, 0)
UNARY(sin, csin, 0)
UNARY(sinh, csinh, 0)
UNARY(sqrt, csqrt, 0)
UNARY(tan, ctan, 0)
UNARY(tanh, ctanh, 0)

/* log(z[, base]): the natural logarithm, divided by log(base) when a
   base is given. */
static gp_obj *cm_log(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    static const char *const names[] = {"", "", NULL};
    static const gp_argspec spec = {"log", names, 1, 2};
    gp_obj *a[2];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    cval z, r;
    if (arg_complex(t, a[0], &z) < 0) return NULL;
    r = from_c(clog(to_c(z)));
    if (!a[1]) return checked_result(t, z, r, 1);
    cval base, lb, q;
    if (arg_complex(t, a[1], &base) < 0) return NULL;
    gp_obj *check = checked_result(t, z, r, 1);
    if (!check) return NULL;
    gp_decref(check);
    lb = from_c(clog(to_c(base)));
    check = checked_result(t, base, lb, 1);
    if (!check) return NULL;
    gp_decref(check);
    if (quot(r, lb, &q) < 0) return domain_error(t);
    return gp_complex_new(t, q.re, q.im);
}

static gp_obj *cm_log10(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "log10", kw) < 0 || gp_args_count(t, "log10", nargs, 1, 1) < 0) return NULL;
    cval z;
    if (arg_complex(t, args[0], &z) < 0) return NULL;
    cval r = from_c(clog(to_c(z)));
    r.re /= M_LN10;
    r.im /= M_LN10;
    return checked_result(t, z, r, 1);
}

static gp_obj *cm_phase(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "phase", kw) < 0 || gp_args_count(t, "phase", nargs, 1, 1) < 0) return NULL;
    cval z;
    if (arg_complex(t, args[0], &z) < 0) return NULL;
    return gp_float_new(t, atan2(z.im, z.re));
}

static gp_obj *cm_polar(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "polar", kw) < 0 || gp_args_count(t, "polar", nargs, 1, 1) < 0) return NULL;
    cval z;
    if (arg_complex(t, args[0], &z) < 0) return NULL;
    double r = hypot(z.re, z.im);
    if (isinf(r) && is_finite(z)) return range_error(t);
    gp_obj *a = gp_float_new(t, r);
    gp_obj *b = a ? gp_float_new(t, atan2(z.im, z.re)) : NULL;
    gp_obj *res = b ? gp_tuple_pack(t, 2, a, b) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    return res;
}

static int arg_real(gp_thread *t, gp_obj *o, double *out) {
    if (gp_float_check(o)) {
        *out = gp_float_value(o);
        return 0;
    }
    if (gp_number_as_double(t, o, out) == 0) return 0;
    if (gp_err_matches(t, &gp_exc_TypeError)) {
        gp_err_clear(t);
        gp_err_format(t, &gp_exc_TypeError, "must be real number, not %s", gp_type_name(gp_typeof(o)));
    }
    return -1;
}

/* rect(r, phi): r * (cos(phi) + i sin(phi)), with CPython's answers for
   infinite and NaN operands. */
static gp_obj *cm_rect(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "rect", kw) < 0 || gp_args_count(t, "rect", nargs, 2, 2) < 0) return NULL;
    double r, phi;
    if (arg_real(t, args[0], &r) < 0 || arg_real(t, args[1], &phi) < 0) return NULL;
    if (isfinite(r) && isfinite(phi)) {
        return gp_complex_new(t, r * cos(phi), r * sin(phi));
    }
    if (isinf(phi) && !isnan(r) && r != 0.0) return domain_error(t);
    if (isnan(r) || isnan(phi)) {
        if (r == 0.0) return gp_complex_new(t, 0.0, 0.0);
        if (phi == 0.0) return gp_complex_new(t, r, phi);
        return gp_complex_new(t, NAN, NAN);
    }
    if (r == 0.0) return gp_complex_new(t, 0.0, 0.0);
    /* r infinite, phi finite */
    if (phi == 0.0) return gp_complex_new(t, r, phi * (r < 0 ? -1 : 1));
    return gp_complex_new(t, r * cos(phi), r * sin(phi));
}

static gp_obj *cm_isfinite(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "isfinite", kw) < 0 || gp_args_count(t, "isfinite", nargs, 1, 1) < 0) return NULL;
    cval z;
    if (arg_complex(t, args[0], &z) < 0) return NULL;
    return gp_bool_from(is_finite(z));
}

static gp_obj *cm_isinf(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "isinf", kw) < 0 || gp_args_count(t, "isinf", nargs, 1, 1) < 0) return NULL;
    cval z;
    if (arg_complex(t, args[0], &z) < 0) return NULL;
    return gp_bool_from(isinf(z.re) || isinf(z.im));
}

static gp_obj *cm_isnan(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "isnan", kw) < 0 || gp_args_count(t, "isnan", nargs, 1, 1) < 0) return NULL;
    cval z;
    if (arg_complex(t, args[0], &z) < 0) return NULL;
    return gp_bool_from(has_nan(z));
}

static gp_obj *cm_isclose(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    static const char *const names[] = {"", "", "rel_tol", "abs_tol", NULL};
    static const gp_argspec spec = {"isclose", names, 2, 2};
    gp_obj *a[4];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    cval x, y;
    double rel = 1e-09, abs_tol = 0.0;
    if (arg_complex(t, a[0], &x) < 0 || arg_complex(t, a[1], &y) < 0) return NULL;
    if (a[2] && arg_real(t, a[2], &rel) < 0) return NULL;
    if (a[3] && arg_real(t, a[3], &abs_tol) < 0) return NULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return gp_err_format(t, &gp_exc_ValueError, "tolerances must be non-negative");
    if (x.re == y.re && x.im == y.im) return GP_TRUE;
    if (isinf(x.re) || isinf(x.im) || isinf(y.re) || isinf(y.im)) return GP_FALSE;
    double diff = hypot(y.re - x.re, y.im - x.im);
    int close = diff <= rel * hypot(y.re, y.im) || diff <= rel * hypot(x.re, x.im) || diff <= abs_tol;
    return gp_bool_from(close);
}

static const gp_method_def cmath_functions[] = {
    {"acos", cm_acos, 0, "Return the arc cosine of z."},
    {"acosh", cm_acosh, 0, "Return the inverse hyperbolic cosine of z."},
    {"asin", cm_asin, 0, "Return the arc sine of z."},
    {"asinh", cm_asinh, 0, "Return the inverse hyperbolic sine of z."},
    {"atan", cm_atan, 0, "Return the arc tangent of z."},
    {"atanh", cm_atanh, 0, "Return the inverse hyperbolic tangent of z."},
    {"cos", cm_cos, 0, "Return the cosine of z."},
    {"cosh", cm_cosh, 0, "Return the hyperbolic cosine of z."},
    {"exp", cm_exp, 0, "Return the exponential value e**z."},
    {"isclose", cm_isclose, 0, "Determine whether two complex numbers are close in value."},
    {"isfinite", cm_isfinite, 0, "Return True if both the real and imaginary parts of z are finite, else False."},
    {"isinf", cm_isinf, 0, "Checks if the real or imaginary part of z is infinite."},
    {"isnan", cm_isnan, 0, "Checks if the real or imaginary part of z not a number (NaN)."},
    {"log", cm_log, 0, "log(z[, base]) -> the logarithm of z to the given base."},
    {"log10", cm_log10, 0, "Return the base-10 logarithm of z."},
    {"phase", cm_phase, 0, "Return argument, also known as the phase angle, of a complex."},
    {"polar", cm_polar, 0, "Convert a complex from rectangular coordinates to polar coordinates."},
    {"rect", cm_rect, 0, "Convert from polar coordinates to rectangular coordinates."},
    {"sin", cm_sin, 0, "Return the sine of z."},
    {"sinh", cm_sinh, 0, "Return the hyperbolic sine of z."},
    {"sqrt", cm_sqrt, 0, "Return the square root of z."},
    {"tan", cm_tan, 0, "Return the tangent of z."},
    {"tanh", cm_tanh, 0, "Return the hyperbolic tangent of z."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_cmath_init(gp_thread *t) {
    gp_obj *m = gp_module_new(t, "cmath");
    if (!m) return NULL;
    if (gp_module_add_functions(t, m, cmath_functions) < 0) goto fail;
    struct {
        const char *name;
        double re, im;
        int is_complex;
    } consts[] = {
        {"pi", M_PI, 0, 0},  {"e", M_E, 0, 0},       {"tau", 2 * M_PI, 0, 0}, {"inf", INFINITY, 0, 0},
        {"infj", 0.0, INFINITY, 1}, {"nan", NAN, 0, 0}, {"nanj", 0.0, NAN, 1},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        gp_obj *v = consts[i].is_complex ? gp_complex_new(t, consts[i].re, consts[i].im)
                                         : gp_float_new(t, consts[i].re);
        int rc = v ? gp_module_add_object(t, m, consts[i].name, v) : -1;
        gp_xdecref(v);
        if (rc < 0) goto fail;
    }
    return m;
fail:
    gp_decref(m);
    return NULL;
}
