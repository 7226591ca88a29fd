/* The math module: the C library's functions with Python's error rules,
   plus the integer functions (factorial, gcd, comb ...) over GMP and an
   exactly rounded fsum. */
#include "gilpy_core.h"

#include <errno.h>
#include <float.h>
#include <math.h>

typedef double (*unary_fn)(double);
typedef double (*binary_fn)(double, double);

static void *domain_error(gp_thread *t) { return gp_err_format(t, &gp_exc_ValueError, "math domain error"); }
static void *range_error(gp_thread *t) { return gp_err_format(t, &gp_exc_OverflowError, "math range error"); }

static int one_arg(gp_thread *t, const char *name, gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, name, kwnames) < 0) return -1;
    return gp_args_count(t, name, nargs, 1, 1);
}

static int two_args(gp_thread *t, const char *name, gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, name, kwnames) < 0) return -1;
    return gp_args_count(t, name, nargs, 2, 2);
}

/* f(x) with the errors CPython reports: a NaN from a non-NaN is a domain
   error; an infinity from a finite argument is a range error for
   functions that can overflow and a domain error (a pole) otherwise. */
static gp_obj *math_1(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames, const char *name,
                      unary_fn f, int can_overflow) {
    if (one_arg(t, name, nargs, kwnames) < 0) return NULL;
    double x;
    if (gp_number_as_double(t, args[0], &x) < 0) return NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error(t);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(t) : domain_error(t);
    if (isfinite(r) && errno == ERANGE && fabs(r) >= 1.5) return range_error(t);
    return gp_float_new(t, r);
}

static gp_obj *math_2(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames, const char *name,
                      binary_fn f) {
    if (two_args(t, name, nargs, kwnames) < 0) return NULL;
    double x, y;
    if (gp_number_as_double(t, args[0], &x) < 0 || gp_number_as_double(t, args[1], &y) < 0) return NULL;
    errno = 0;
    double r = f(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(t);
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error(t);
    return gp_float_new(t, r);
}

#define MATH_ARGS gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames

static gp_obj *m_acos(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.acos", acos, 0); }
static gp_obj *m_acosh(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.acosh", acosh, 0); }
static gp_obj *m_asin(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.asin", asin, 0); }
static gp_obj *m_asinh(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.asinh", asinh, 0); }
static gp_obj *m_atan(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.atan", atan, 0); }
static gp_obj *m_atanh(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.atanh", atanh, 0); }
static gp_obj *m_cbrt(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.cbrt", cbrt, 0); }
static gp_obj *m_cos(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.cos", cos, 0); }
static gp_obj *m_cosh(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.cosh", cosh, 1); }
static gp_obj *m_erf(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.erf", erf, 0); }
static gp_obj *m_erfc(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.erfc", erfc, 0); }
static gp_obj *m_exp(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.exp", exp, 1); }
static gp_obj *m_exp2(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.exp2", exp2, 1); }
static gp_obj *m_expm1(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.expm1", expm1, 1); }
static gp_obj *m_fabs(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.fabs", fabs, 0); }
static gp_obj *m_log1p(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.log1p", log1p, 0); }
static gp_obj *m_sin(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.sin", sin, 0); }
static gp_obj *m_sinh(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.sinh", sinh, 1); }
static gp_obj *m_sqrt(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.sqrt", sqrt, 0); }
static gp_obj *m_tan(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.tan", tan, 0); }
static gp_obj *m_tanh(MATH_ARGS) { return math_1(t, args, nargs, kwnames, "math.tanh", tanh, 0); }

/* Plain products: an overflow to infinity is no error here. */
static gp_obj *scaled(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames, const char *name,
                      double factor) {
    if (one_arg(t, name, nargs, kwnames) < 0) return NULL;
    double x;
    if (gp_number_as_double(t, args[0], &x) < 0) return NULL;
    return gp_float_new(t, x * factor);
}

static gp_obj *m_degrees(MATH_ARGS) { return scaled(t, args, nargs, kwnames, "math.degrees", 180.0 / M_PI); }
static gp_obj *m_radians(MATH_ARGS) { return scaled(t, args, nargs, kwnames, "math.radians", M_PI / 180.0); }

/* Gamma by Lanczos' approximation with N = 13 and g = 6.0246800407767296
   (one of Boost's parameter sets), written as a rational function of x.
   The results then agree with other Python implementations to the last
   bit, which the C library's tgamma does not promise. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
/* The denominator x * (x+1) * ... * (x+11) expanded. */
static const double lanczos_den[LANCZOS_N] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                              45995730.0, 13339535.0, 2637558.0,  357423.0,    32670.0,
                                              1925.0,     66.0,       1.0};
static const double log_pi = 1.144729885849400174143427351353058711647;

/* The Lanczos sum for x > 0.  Large x evaluate the rational function in
   1/x so that neither polynomial overflows. */
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x) with the argument reduced first, so that it is exact at
   integers and half-integers.  x finite. */
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* Gamma(x); *err becomes EDOM at the poles and ERANGE on overflow. */
static double gamma_of(double x, int *err) {
    *err = 0;
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        *err = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        *err = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *err = EDOM;
            return NAN;
        }
        if (x <= 23.0) {
            /* Exact factorials. */
            double f = 1.0;
            for (int i = 2; i < (int)x; i++) f *= i;
            return f;
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) *err = ERANGE;
        return r;
    }
    if (ax > 200.0) {
        if (x < 0.0) return 0.0 / sin_pi(x);
        *err = ERANGE;
        return HUGE_VAL;
    }
    double y = ax + lanczos_g_minus_half, z;
    /* z corrects for the rounding error of y = x + g - 0.5. */
    if (ax > lanczos_g_minus_half) {
        double q = y - ax;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - ax;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -M_PI / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double sqrtpow = pow(y, ax / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double sqrtpow = pow(y, ax / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) *err = ERANGE;
    return r;
}

/* log|Gamma(x)|, with the same error convention. */
static double lgamma_of(double x, int *err) {
    *err = 0;
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *err = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double ax = fabs(x);
    if (ax < 1e-20) return -log(ax);
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    /* The reflection formula for negative x. */
    if (x < 0.0) r = log_pi - log(fabs(sin_pi(ax))) - log(ax) - r;
    if (isinf(r)) *err = ERANGE;
    return r;
}

static gp_obj *gamma_result(gp_thread *t, double r, int err) {
    if (err == EDOM) return domain_error(t);
    if (err == ERANGE) return range_error(t);
    return gp_float_new(t, r);
}

static gp_obj *m_gamma(MATH_ARGS) {
    if (one_arg(t, "math.gamma", nargs, kwnames) < 0) return NULL;
    double x;
    if (gp_number_as_double(t, args[0], &x) < 0) return NULL;
    int err;
    double r = gamma_of(x, &err);
    return gamma_result(t, r, err);
}

static gp_obj *m_lgamma(MATH_ARGS) {
    if (one_arg(t, "math.lgamma", nargs, kwnames) < 0) return NULL;
    double x;
    if (gp_number_as_double(t, args[0], &x) < 0) return NULL;
    int err;
    double r = lgamma_of(x, &err);
    return gamma_result(t, r, err);
}

static double fmod_py(double x, double y) {
    /* fmod(x, inf) is x for finite x. */
    if (isinf(y) && isfinite(x)) return x;
    return fmod(x, y);
}

static double remainder_py(double x, double y) {
    if (isinf(y) && isfinite(x)) return x;
    return remainder(x, y);
}

static gp_obj *m_atan2(MATH_ARGS) { return math_2(t, args, nargs, kwnames, "atan2", atan2); }
static gp_obj *m_copysign(MATH_ARGS) { return math_2(t, args, nargs, kwnames, "copysign", copysign); }
static gp_obj *m_fmod(MATH_ARGS) { return math_2(t, args, nargs, kwnames, "fmod", fmod_py); }
static gp_obj *m_remainder(MATH_ARGS) { return math_2(t, args, nargs, kwnames, "remainder", remainder_py); }
static gp_obj *m_nextafter(MATH_ARGS) { return math_2(t, args, nargs, kwnames, "nextafter", nextafter); }

static gp_obj *m_pow(MATH_ARGS) {
    if (two_args(t, "pow", nargs, kwnames) < 0) return NULL;
    double x, y, r;
    if (gp_number_as_double(t, args[0], &x) < 0 || gp_number_as_double(t, args[1], &y) < 0) return NULL;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0) {
            r = 1.0;
        } else if (y > 0.0 && fabs(x) > 1.0) {
            r = y;
        } else if (y < 0.0 && fabs(x) < 1.0) {
            r = -y;
        } else {
            r = 0.0;
        }
        return gp_float_new(t, r);
    }
    r = pow(x, y);
    if (isnan(r)) return domain_error(t);
    if (isinf(r)) return x == 0.0 ? domain_error(t) : range_error(t);
    return gp_float_new(t, r);
}

/* ------------------------------------------------------------ logarithms */

/* log of any positive number, ints of any size included: a big int is
   split as m * 2**e first. */
static int log_of(gp_thread *t, gp_obj *o, unary_fn f, double *out) {
    if (gp_int_check(o)) {
        if (gp_int_sign(o) <= 0) {
            domain_error(t);
            return -1;
        }
        double d;
        if (gp_int_as_double(t, o, &d) == 0) {
            *out = f(d);
            return 0;
        }
        gp_err_clear(t);
        mpz_t z;
        mpz_init(z);
        gp_int_as_mpz(o, z);
        long e;
        double m = mpz_get_d_2exp(&e, z);
        mpz_clear(z);
        *out = f(m) + f(2.0) * (double)e;
        return 0;
    }
    double x;
    if (gp_number_as_double(t, o, &x) < 0) return -1;
    if (isnan(x) || (isinf(x) && x > 0)) {
        *out = x;
        return 0;
    }
    if (x <= 0.0) {
        domain_error(t);
        return -1;
    }
    *out = f(x);
    return 0;
}

static gp_obj *m_log(MATH_ARGS) {
    if (gp_args_no_kw(t, "log", kwnames) < 0) return NULL;
    if (nargs < 1 || nargs > 2) return gp_err_format(t, &gp_exc_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (log_of(t, args[0], log, &num) < 0) return NULL;
    if (nargs == 1) return gp_float_new(t, num);
    if (log_of(t, args[1], log, &den) < 0) return NULL;
    if (den == 0.0) return gp_err_format(t, &gp_exc_ZeroDivisionError, "float division by zero");
    return gp_float_new(t, num / den);
}

static gp_obj *log_1(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames, const char *name,
                     unary_fn f) {
    if (one_arg(t, name, nargs, kwnames) < 0) return NULL;
    double r;
    if (log_of(t, args[0], f, &r) < 0) return NULL;
    return gp_float_new(t, r);
}

static gp_obj *m_log2(MATH_ARGS) { return log_1(t, args, nargs, kwnames, "math.log2", log2); }
static gp_obj *m_log10(MATH_ARGS) { return log_1(t, args, nargs, kwnames, "math.log10", log10); }

/* ------------------------------------------------ rounding to integers */

/* x.__ceil__() / __floor__() / __trunc__() when the type has it. */
static gp_obj *call_special(gp_thread *t, gp_obj *x, const char *name, int *found) {
    gp_obj *m = gp_obj_lookup_special(t, x, gp_str_intern_cstr_borrow(t, name));
    *found = m != NULL;
    if (!m) return NULL;
    gp_obj *r = gp_call0(t, m);
    gp_decref(m);
    return r;
}

static gp_obj *round_to_int(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames, const char *fname,
                            const char *special, unary_fn f) {
    if (one_arg(t, fname, nargs, kwnames) < 0) return NULL;
    gp_obj *x = args[0];
    if (gp_float_check_exact(x)) return gp_int_from_double(t, f(gp_float_value(x)));
    int found;
    gp_obj *r = call_special(t, x, special, &found);
    if (found || gp_err_occurred(t)) return r;
    double d;
    if (gp_number_as_double(t, x, &d) < 0) return NULL;
    return gp_int_from_double(t, f(d));
}

static gp_obj *m_ceil(MATH_ARGS) { return round_to_int(t, args, nargs, kwnames, "math.ceil", "__ceil__", ceil); }
static gp_obj *m_floor(MATH_ARGS) { return round_to_int(t, args, nargs, kwnames, "math.floor", "__floor__", floor); }

static gp_obj *m_trunc(MATH_ARGS) {
    if (one_arg(t, "math.trunc", nargs, kwnames) < 0) return NULL;
    gp_obj *x = args[0];
    if (gp_float_check_exact(x)) return gp_int_from_double(t, gp_float_value(x));
    int found;
    gp_obj *r = call_special(t, x, "__trunc__", &found);
    if (found || gp_err_occurred(t)) return r;
    return gp_err_format(t, &gp_exc_TypeError, "type %s doesn't define __trunc__ method",
                         gp_type_name(gp_typeof(x)));
}

/* ------------------------------------------------ float decomposition */

static gp_obj *float_pair(gp_thread *t, double a, double b) {
    gp_obj *x = gp_float_new(t, a), *y = x ? gp_float_new(t, b) : NULL;
    gp_obj *r = y ? gp_tuple_pack(t, 2, x, y) : NULL;
    gp_xdecref(x);
    gp_xdecref(y);
    return r;
}

static gp_obj *m_frexp(MATH_ARGS) {
    if (one_arg(t, "math.frexp", nargs, kwnames) < 0) return NULL;
    double x;
    if (gp_number_as_double(t, args[0], &x) < 0) return NULL;
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0.0) m = frexp(x, &e);
    gp_obj *mo = gp_float_new(t, m);
    if (!mo) return NULL;
    gp_obj *r = gp_tuple_pack(t, 2, mo, gp_small_new(e));
    gp_decref(mo);
    return r;
}

static gp_obj *m_ldexp(MATH_ARGS) {
    if (two_args(t, "ldexp", nargs, kwnames) < 0) return NULL;
    double x;
    if (gp_number_as_double(t, args[0], &x) < 0) return NULL;
    if (!gp_int_check(args[1]))
        return gp_err_format(t, &gp_exc_TypeError, "Expected an int as second argument to ldexp.");
    gp_ssize e;
    if (gp_int_as_ssize(t, args[1], &e) < 0) {
        gp_err_clear(t);
        e = gp_int_sign(args[1]) < 0 ? INT32_MIN - (gp_ssize)1 : INT32_MAX + (gp_ssize)1;
    }
    double r;
    if (x == 0.0 || !isfinite(x))
        r = x;
    else if (e > INT32_MAX)
        return range_error(t);
    else if (e < INT32_MIN)
        r = copysign(0.0, x);
    else {
        r = ldexp(x, (int)e);
        if (isinf(r)) return range_error(t);
    }
    return gp_float_new(t, r);
}

static gp_obj *m_modf(MATH_ARGS) {
    if (one_arg(t, "math.modf", nargs, kwnames) < 0) return NULL;
    double x, ip;
    if (gp_number_as_double(t, args[0], &x) < 0) return NULL;
    if (isinf(x)) return float_pair(t, copysign(0.0, x), x);
    if (isnan(x)) return float_pair(t, x, x);
    double fp = modf(x, &ip);
    return float_pair(t, fp, ip);
}

static gp_obj *float_predicate(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames, const char *name,
                               int which) {
    if (one_arg(t, name, nargs, kwnames) < 0) return NULL;
    double x;
    if (gp_number_as_double(t, args[0], &x) < 0) return NULL;
    int r = which == 0 ? isfinite(x) : which == 1 ? isinf(x) != 0 : isnan(x);
    return gp_bool_from(r);
}

static gp_obj *m_isfinite(MATH_ARGS) { return float_predicate(t, args, nargs, kwnames, "math.isfinite", 0); }
static gp_obj *m_isinf(MATH_ARGS) { return float_predicate(t, args, nargs, kwnames, "math.isinf", 1); }
static gp_obj *m_isnan(MATH_ARGS) { return float_predicate(t, args, nargs, kwnames, "math.isnan", 2); }

static gp_obj *m_ulp(MATH_ARGS) {
    if (one_arg(t, "math.ulp", nargs, kwnames) < 0) return NULL;
    double x;
    if (gp_number_as_double(t, args[0], &x) < 0) return NULL;
    if (isnan(x) || isinf(x)) return gp_float_new(t, fabs(x));
    x = fabs(x);
    double up = nextafter(x, HUGE_VAL);
    if (isinf(up)) return gp_float_new(t, x - nextafter(x, -HUGE_VAL));
    return gp_float_new(t, up - x);
}

static gp_obj *m_isclose(MATH_ARGS) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    static const gp_argspec spec = {"isclose", names, 2, 2};
    gp_obj *a[4];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    double x, y, rel = 1e-9, abs_tol = 0.0;
    if (gp_number_as_double(t, a[0], &x) < 0 || gp_number_as_double(t, a[1], &y) < 0) return NULL;
    if (a[2] && gp_number_as_double(t, a[2], &rel) < 0) return NULL;
    if (a[3] && gp_number_as_double(t, a[3], &abs_tol) < 0) return NULL;
    if (rel < 0.0 || abs_tol < 0.0) return gp_err_format(t, &gp_exc_ValueError, "tolerances must be non-negative");
    if (x == y) return gp_bool_from(1);
    if (isinf(x) || isinf(y)) return gp_bool_from(0);
    double diff = fabs(y - x);
    return gp_bool_from(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_tol);
}

/* ---------------------------------------------------------------- sums */

/* Shewchuk's exact summation: the running sum is kept as a list of
   non-overlapping partials, and the result is rounded once at the end
   (half to even across partials). */
static gp_obj *m_fsum(MATH_ARGS) {
    if (one_arg(t, "math.fsum", nargs, kwnames) < 0) return NULL;
    gp_obj *it = gp_obj_getiter(t, args[0]);
    if (!it) return NULL;
    double small[32], *p = small, special = 0.0, inf_sum = 0.0;
    gp_ssize n = 0, cap = 32;
    gp_obj *item, *result = NULL;
    while ((item = gp_iter_next(t, it))) {
        double x;
        int rc = gp_number_as_double(t, item, &x);
        gp_decref(item);
        if (rc < 0) goto done;
        double xsave = x;
        gp_ssize i = 0;
        for (gp_ssize j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double tmp = x;
                x = y;
                y = tmp;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* An infinity or NaN summand, or an overflow on the way. */
                if (isfinite(xsave)) {
                    gp_err_format(t, &gp_exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special += xsave;
                n = 0;
            } else {
                if (n == cap) {
                    double *np = gp_mem_alloc(sizeof(double) * (size_t)cap * 2);
                    if (!np) {
                        gp_err_nomemory(t);
                        goto done;
                    }
                    memcpy(np, p, sizeof(double) * (size_t)n);
                    if (p != small) gp_mem_free(p);
                    p = np;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (gp_err_occurred(t)) goto done;
    if (special != 0.0) {
        if (isnan(inf_sum))
            gp_err_format(t, &gp_exc_ValueError, "-inf + inf in fsum");
        else
            result = gp_float_new(t, special);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    result = gp_float_new(t, hi);
done:
    if (p != small) gp_mem_free(p);
    gp_decref(it);
    return result;
}

static gp_obj *m_prod(MATH_ARGS) {
    static const char *const names[] = {"", "start", NULL};
    static const gp_argspec spec = {"prod", names, 1, 1};
    gp_obj *a[2];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    gp_obj *it = gp_obj_getiter(t, a[0]);
    if (!it) return NULL;
    gp_obj *acc = gp_newref(a[1] ? a[1] : gp_small_new(1)), *item;
    while ((item = gp_iter_next(t, it))) {
        gp_obj *r = gp_number_mul(t, acc, item);
        gp_decref(item);
        gp_decref(acc);
        acc = r;
        if (!acc) break;
    }
    gp_decref(it);
    if (acc && gp_err_occurred(t)) gp_clear(&acc);
    return acc;
}

/* The Euclidean norm of v[0..n), scaled by its largest magnitude so that
   squares neither overflow nor underflow, summed in extended precision. */
static double vector_norm(const double *v, gp_ssize n, int found_nan, double max) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    long double sum = 0.0L;
    for (gp_ssize i = 0; i < n; i++) {
        long double x = (long double)v[i] / (long double)max;
        sum += x * x;
    }
    return (double)(sqrtl(sum) * (long double)max);
}

static gp_obj *m_hypot(MATH_ARGS) {
    if (gp_args_no_kw(t, "hypot", kwnames) < 0) return NULL;
    double small[16], *v = nargs <= 16 ? small : gp_mem_alloc(sizeof(double) * (size_t)nargs);
    if (!v) return gp_err_nomemory(t);
    double max = 0.0;
    int found_nan = 0;
    gp_obj *r = NULL;
    for (gp_ssize i = 0; i < nargs; i++) {
        if (gp_number_as_double(t, args[i], &v[i]) < 0) goto done;
        v[i] = fabs(v[i]);
        found_nan |= isnan(v[i]);
        if (v[i] > max) max = v[i];
    }
    r = gp_float_new(t, vector_norm(v, nargs, found_nan, max));
done:
    if (v != small) gp_mem_free(v);
    return r;
}

static gp_obj *m_dist(MATH_ARGS) {
    if (two_args(t, "dist", nargs, kwnames) < 0) return NULL;
    gp_obj *p = gp_seq_tuple(t, args[0]);
    if (!p) return NULL;
    gp_obj *q = gp_seq_tuple(t, args[1]);
    if (!q) {
        gp_decref(p);
        return NULL;
    }
    gp_ssize n = gp_tuple_size(p);
    gp_obj *r = NULL;
    double small[16], *v = small;
    if (gp_tuple_size(q) != n) {
        gp_err_format(t, &gp_exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (n > 16 && !(v = gp_mem_alloc(sizeof(double) * (size_t)n))) {
        gp_err_nomemory(t);
        goto done;
    }
    double max = 0.0;
    int found_nan = 0;
    for (gp_ssize i = 0; i < n; i++) {
        double a, b;
        if (gp_number_as_double(t, gp_tuple_get_borrow(p, i), &a) < 0 ||
            gp_number_as_double(t, gp_tuple_get_borrow(q, i), &b) < 0)
            goto done;
        v[i] = fabs(a - b);
        found_nan |= isnan(v[i]);
        if (v[i] > max) max = v[i];
    }
    r = gp_float_new(t, vector_norm(v, n, found_nan, max));
done:
    if (v != small) gp_mem_free(v);
    gp_decref(p);
    gp_decref(q);
    return r;
}

/* ------------------------------------------------------ integer functions */

/* operator.index(o) copied into an initialised mpz; -1 on error. */
static int index_mpz(gp_thread *t, gp_obj *o, mpz_t out) {
    gp_obj *i = gp_number_index(t, o);
    if (!i) return -1;
    gp_int_as_mpz(i, out);
    gp_decref(i);
    return 0;
}

static gp_obj *mpz_result(gp_thread *t, mpz_t z) {
    gp_obj *r = gp_int_from_mpz(t, z);
    mpz_clear(z);
    return r;
}

static gp_obj *m_factorial(MATH_ARGS) {
    if (one_arg(t, "math.factorial", nargs, kwnames) < 0) return NULL;
    mpz_t n;
    mpz_init(n);
    if (index_mpz(t, args[0], n) < 0) {
        mpz_clear(n);
        return NULL;
    }
    if (mpz_sgn(n) < 0) {
        mpz_clear(n);
        return gp_err_format(t, &gp_exc_ValueError, "factorial() not defined for negative values");
    }
    if (!mpz_fits_slong_p(n)) {
        mpz_clear(n);
        return gp_err_format(t, &gp_exc_OverflowError, "factorial() argument should not exceed %ld", (long)LONG_MAX);
    }
    unsigned long v = mpz_get_ui(n);
    mpz_fac_ui(n, v);
    return mpz_result(t, n);
}

static gp_obj *gcd_lcm(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames, const char *name,
                       int lcm) {
    if (gp_args_no_kw(t, name, kwnames) < 0) return NULL;
    mpz_t acc, x;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    mpz_init(x);
    for (gp_ssize i = 0; i < nargs; i++) {
        if (index_mpz(t, args[i], x) < 0) {
            mpz_clears(acc, x, NULL);
            return NULL;
        }
        if (lcm)
            mpz_lcm(acc, acc, x);
        else
            mpz_gcd(acc, acc, x);
    }
    mpz_clear(x);
    return mpz_result(t, acc);
}

static gp_obj *m_gcd(MATH_ARGS) { return gcd_lcm(t, args, nargs, kwnames, "gcd", 0); }
static gp_obj *m_lcm(MATH_ARGS) { return gcd_lcm(t, args, nargs, kwnames, "lcm", 1); }

static gp_obj *m_isqrt(MATH_ARGS) {
    if (one_arg(t, "math.isqrt", nargs, kwnames) < 0) return NULL;
    mpz_t n;
    mpz_init(n);
    if (index_mpz(t, args[0], n) < 0) {
        mpz_clear(n);
        return NULL;
    }
    if (mpz_sgn(n) < 0) {
        mpz_clear(n);
        return gp_err_format(t, &gp_exc_ValueError, "isqrt() argument must be nonnegative");
    }
    mpz_sqrt(n, n);
    return mpz_result(t, n);
}

/* n and k of comb/perm, checked non-negative.  Returns 1 when k > n (the
   result is 0), 0 to go on, -1 on error. */
static int comb_args(gp_thread *t, gp_obj *no, gp_obj *ko, mpz_t n, mpz_t k) {
    if (index_mpz(t, no, n) < 0 || index_mpz(t, ko, k) < 0) return -1;
    if (mpz_sgn(n) < 0) {
        gp_err_format(t, &gp_exc_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (mpz_sgn(k) < 0) {
        gp_err_format(t, &gp_exc_ValueError, "k must be a non-negative integer");
        return -1;
    }
    return mpz_cmp(k, n) > 0;
}

static gp_obj *m_comb(MATH_ARGS) {
    if (two_args(t, "comb", nargs, kwnames) < 0) return NULL;
    mpz_t n, k;
    mpz_inits(n, k, NULL);
    int rc = comb_args(t, args[0], args[1], n, k);
    if (rc != 0) {
        mpz_clears(n, k, NULL);
        return rc < 0 ? NULL : gp_small_new(0);
    }
    /* C(n, k) == C(n, n - k): use the smaller. */
    mpz_sub(n, n, k);
    if (mpz_cmp(n, k) < 0) mpz_swap(n, k);
    mpz_add(n, n, k);
    if (!mpz_fits_ulong_p(k)) {
        mpz_clears(n, k, NULL);
        return gp_err_format(t, &gp_exc_OverflowError, "min(n - k, k) must not exceed %lld", (long long)LONG_MAX);
    }
    mpz_bin_ui(n, n, mpz_get_ui(k));
    mpz_clear(k);
    return mpz_result(t, n);
}

static gp_obj *m_perm(MATH_ARGS) {
    if (gp_args_no_kw(t, "perm", kwnames) < 0 || gp_args_count(t, "perm", nargs, 1, 2) < 0) return NULL;
    if (nargs == 1 || args[1] == GP_NONE) return m_factorial(t, self, args, 1, NULL);
    mpz_t n, k;
    mpz_inits(n, k, NULL);
    int rc = comb_args(t, args[0], args[1], n, k);
    if (rc != 0) {
        mpz_clears(n, k, NULL);
        return rc < 0 ? NULL : gp_small_new(0);
    }
    if (!mpz_fits_ulong_p(k)) {
        mpz_clears(n, k, NULL);
        return gp_err_format(t, &gp_exc_OverflowError, "k must not exceed %lld", (long long)LONG_MAX);
    }
    /* n! / (n - k)! as the product n * (n-1) * ... * (n-k+1). */
    unsigned long kk = mpz_get_ui(k);
    mpz_t f;
    mpz_init(f);
    mpz_bin_ui(f, n, kk);
    mpz_fac_ui(k, kk);
    mpz_mul(f, f, k);
    mpz_clears(n, k, NULL);
    return mpz_result(t, f);
}

/* ---------------------------------------------------------------- module */

static const gp_method_def math_functions[] = {
    {"acos", m_acos, 0, "Return the arc cosine (measured in radians) of x."},
    {"acosh", m_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"asin", m_asin, 0, "Return the arc sine (measured in radians) of x."},
    {"asinh", m_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"atan", m_atan, 0, "Return the arc tangent (measured in radians) of x."},
    {"atan2", m_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", m_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", m_cbrt, 0, "Return the cube root of x."},
    {"ceil", m_ceil, 0, "Return the ceiling of x as an Integral."},
    {"comb", m_comb, 0, "Number of ways to choose k items from n items without repetition and without order."},
    {"copysign", m_copysign, 0, "Return a float with the magnitude of x but the sign of y."},
    {"cos", m_cos, 0, "Return the cosine of x (measured in radians)."},
    {"cosh", m_cosh, 0, "Return the hyperbolic cosine of x."},
    {"degrees", m_degrees, 0, "Convert angle x from radians to degrees."},
    {"dist", m_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"erf", m_erf, 0, "Error function at x."},
    {"erfc", m_erfc, 0, "Complementary error function at x."},
    {"exp", m_exp, 0, "Return e raised to the power of x."},
    {"exp2", m_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", m_expm1, 0, "Return exp(x)-1."},
    {"fabs", m_fabs, 0, "Return the absolute value of the float x."},
    {"factorial", m_factorial, 0, "Find n!."},
    {"floor", m_floor, 0, "Return the floor of x as an Integral."},
    {"fmod", m_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"frexp", m_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", m_fsum, 0, "Return an accurate floating point sum of values in the iterable seq."},
    {"gamma", m_gamma, 0, "Gamma function at x."},
    {"gcd", m_gcd, 0, "Greatest Common Divisor."},
    {"hypot", m_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", m_isclose, 0, "Determine whether two floating point numbers are close in value."},
    {"isfinite", m_isfinite, 0, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", m_isinf, 0, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", m_isnan, 0, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", m_isqrt, 0, "Return the integer part of the square root of the input."},
    {"lcm", m_lcm, 0, "Least Common Multiple."},
    {"ldexp", m_ldexp, 0, "Return x * (2**i)."},
    {"lgamma", m_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", m_log, 0, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log10", m_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", m_log1p, 0, "Return the natural logarithm of 1+x (base e)."},
    {"log2", m_log2, 0, "Return the base 2 logarithm of x."},
    {"modf", m_modf, 0, "Return the fractional and integer parts of x."},
    {"nextafter", m_nextafter, 0, "Return the next floating-point value after x towards y."},
    {"perm", m_perm, 0, "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", m_pow, 0, "Return x**y (x to the power of y)."},
    {"prod", m_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {"radians", m_radians, 0, "Convert angle x from degrees to radians."},
    {"remainder", m_remainder, 0, "Difference between x and the closest integer multiple of y."},
    {"sin", m_sin, 0, "Return the sine of x (measured in radians)."},
    {"sinh", m_sinh, 0, "Return the hyperbolic sine of x."},
    {"sqrt", m_sqrt, 0, "Return the square root of x."},
    {"tan", m_tan, 0, "Return the tangent of x (measured in radians)."},
    {"tanh", m_tanh, 0, "Return the hyperbolic tangent of x."},
    {"trunc", m_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", m_ulp, 0, "Return the value of the least significant bit of the float x."},
    {NULL, NULL, 0, NULL}};

static int add_float(gp_thread *t, gp_obj *m, const char *name, double v) {
    gp_obj *f = gp_float_new(t, v);
    if (!f) return -1;
    int rc = gp_module_add_object(t, m, name, f);
    gp_decref(f);
    return rc;
}

gp_obj *gp_mod_math_init(gp_thread *t) {
    gp_obj *m = gp_module_new(t, "math");
    if (!m) return NULL;
    if (gp_module_add_functions(t, m, math_functions) < 0 || add_float(t, m, "pi", M_PI) < 0 ||
        add_float(t, m, "e", M_E) < 0 || add_float(t, m, "tau", 2.0 * M_PI) < 0 ||
        add_float(t, m, "inf", HUGE_VAL) < 0 || add_float(t, m, "nan", NAN) < 0 ||
        gp_module_add_str(t, m, "__doc__",
                          "This module provides access to the mathematical functions\n"
                          "defined by the C standard.") < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
