/* float: IEEE double precision numbers.

   Arithmetic follows CPython: floor division and modulo take the divisor's
   sign, ** has the special cases of C99's pow plus Python's errors (and a
   complex result for a negative base with a fractional exponent), mixed
   int/float comparisons are exact, and the hash agrees with int's so that
   1 == 1.0 keys the same dict entry.  The text forms live in format.c. */
#include "gilpy_core.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

int gp_float_check(const gp_obj *o) {
    if (gp_is_small(o)) return 0;
    return o->ob_type == &gp_float_type || gp_type_is_subtype(o->ob_type, &gp_float_type);
}

/* Exact floats freed by this thread, kept for reuse: float arithmetic
   makes a new object per operation, and this spares the allocator most of
   that traffic.  The memory is plain; any thread may take it over. */
typedef struct free_float {
    gp_obj base;
    struct free_float *next;
} free_float;

static _Thread_local free_float *free_floats;
static _Thread_local int free_float_count;

gp_obj *gp_float_new(gp_thread *t, double v) {
    free_float *ff = free_floats;
    if (ff) {
        free_floats = ff->next;
        free_float_count--;
        gp_obj_init_header(&ff->base, &gp_float_type);
        ((gp_float *)ff)->value = v;
        return &ff->base;
    }
    gp_float *f = (gp_float *)gp_obj_alloc(t, &gp_float_type, 0);
    if (!f) return NULL;
    f->value = v;
    return (gp_obj *)f;
}

void gp_float_thread_fini(void) {
    while (free_floats) {
        free_float *ff = free_floats;
        free_floats = ff->next;
        gp_obj_free(&ff->base);
    }
    free_float_count = 0;
}

static gp_obj *float_subtype_new(gp_thread *t, gp_type *type, double v) {
    gp_float *f = (gp_float *)gp_obj_alloc(t, type, 0);
    if (!f) return NULL;
    f->value = v;
    return (gp_obj *)f;
}

static void float_dealloc(gp_obj *o) {
    if (o->ob_type == &gp_float_type && free_float_count < GP_FREELIST_MAX) {
        free_float *ff = (free_float *)o;
        ff->next = free_floats;
        free_floats = ff;
        free_float_count++;
        return;
    }
    gp_obj_free(o);
}

static gp_obj *not_implemented(void) { return GP_NOTIMPLEMENTED; }

/* The double of an operand of a mixed operation: 1 converted, 0 when the
   operand is not a float or an int (NotImplemented), -1 on error. */
static int operand(gp_thread *t, gp_obj *o, double *out) {
    if (gp_is_small(o)) {
        *out = (double)gp_small_value(o);
        return 1;
    }
    if (gp_float_check(o)) {
        *out = gp_float_value(o);
        return 1;
    }
    if (gp_int_check(o)) return gp_int_as_double(t, o, out) < 0 ? -1 : 1;
    return 0;
}

/* Read both operands; returns 1, or 0 after storing NotImplemented in *r,
   or -1 on error. */
static int operands(gp_thread *t, gp_obj *a, gp_obj *b, double *x, double *y, gp_obj **r) {
    int ka = operand(t, a, x);
    if (ka <= 0) {
        if (ka == 0) *r = not_implemented();
        return ka;
    }
    int kb = operand(t, b, y);
    if (kb <= 0) {
        if (kb == 0) *r = not_implemented();
        return kb;
    }
    return 1;
}

static gp_obj *float_add(gp_thread *t, gp_obj *a, gp_obj *b) {
    double x, y;
    gp_obj *r = NULL;
    if (operands(t, a, b, &x, &y, &r) <= 0) return r;
    return gp_float_new(t, x + y);
}

static gp_obj *float_sub(gp_thread *t, gp_obj *a, gp_obj *b) {
    double x, y;
    gp_obj *r = NULL;
    if (operands(t, a, b, &x, &y, &r) <= 0) return r;
    return gp_float_new(t, x - y);
}

static gp_obj *float_mul(gp_thread *t, gp_obj *a, gp_obj *b) {
    double x, y;
    gp_obj *r = NULL;
    if (operands(t, a, b, &x, &y, &r) <= 0) return r;
    return gp_float_new(t, x * y);
}

static gp_obj *float_truediv(gp_thread *t, gp_obj *a, gp_obj *b) {
    double x, y;
    gp_obj *r = NULL;
    if (operands(t, a, b, &x, &y, &r) <= 0) return r;
    if (y == 0.0) return gp_err_format(t, &gp_exc_ZeroDivisionError, "float division by zero");
    return gp_float_new(t, x / y);
}

/* Python's modulo: the result has the sign of the divisor.  y != 0. */
static double float_mod_value(double x, double y) {
    double m = fmod(x, y);
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) m += y;
    } else {
        m = copysign(0.0, y);
    }
    return m;
}

/* divmod(x, y) for doubles, y != 0: the floor quotient and the modulo. */
static void float_divmod_values(double x, double y, double *div, double *mod) {
    double m = fmod(x, y);
    double d = (x - m) / y;
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) {
            m += y;
            d -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double fd;
    if (d != 0.0) {
        fd = floor(d);
        if (d - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, x / y);
    }
    *div = fd;
    *mod = m;
}

static gp_obj *float_mod(gp_thread *t, gp_obj *a, gp_obj *b) {
    double x, y;
    gp_obj *r = NULL;
    if (operands(t, a, b, &x, &y, &r) <= 0) return r;
    if (y == 0.0) return gp_err_format(t, &gp_exc_ZeroDivisionError, "float modulo");
    return gp_float_new(t, float_mod_value(x, y));
}

static gp_obj *float_floordiv(gp_thread *t, gp_obj *a, gp_obj *b) {
    double x, y, d, m;
    gp_obj *r = NULL;
    if (operands(t, a, b, &x, &y, &r) <= 0) return r;
    if (y == 0.0) return gp_err_format(t, &gp_exc_ZeroDivisionError, "float floor division by zero");
    float_divmod_values(x, y, &d, &m);
    return gp_float_new(t, d);
}

static gp_obj *float_divmod(gp_thread *t, gp_obj *a, gp_obj *b) {
    double x, y, d, m;
    gp_obj *r = NULL;
    if (operands(t, a, b, &x, &y, &r) <= 0) return r;
    if (y == 0.0) return gp_err_format(t, &gp_exc_ZeroDivisionError, "float divmod()");
    float_divmod_values(x, y, &d, &m);
    gp_obj *q = gp_float_new(t, d), *rem = q ? gp_float_new(t, m) : NULL;
    if (q && rem) r = gp_tuple_pack(t, 2, q, rem);
    gp_xdecref(q);
    gp_xdecref(rem);
    return r;
}

static int is_odd_integer(double y) { return fmod(fabs(y), 2.0) == 1.0; }

gp_obj *gp_float_pow_values(gp_thread *t, double x, double y) {
    if (y == 0.0) return gp_float_new(t, 1.0);
    if (isnan(x)) return gp_float_new(t, x);
    if (isnan(y)) return gp_float_new(t, x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) return gp_float_new(t, 1.0);
        if ((y > 0.0) == (ax > 1.0)) return gp_float_new(t, fabs(y));
        return gp_float_new(t, 0.0);
    }
    if (isinf(x)) {
        int odd = is_odd_integer(y);
        if (y > 0.0) return gp_float_new(t, odd ? x : fabs(x));
        return gp_float_new(t, odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0.0)
            return gp_err_format(t, &gp_exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return gp_float_new(t, is_odd_integer(y) ? x : 0.0);
    }
    int negate = 0;
    if (x < 0.0) {
        if (y != floor(y)) {
            /* A negative number to a fractional power is complex. */
            gp_obj *cx = gp_complex_new(t, x, 0.0);
            gp_obj *cy = cx ? gp_complex_new(t, y, 0.0) : NULL;
            gp_obj *r = cy ? gp_complex_type.as_number->power(t, cx, cy, GP_NONE) : NULL;
            gp_xdecref(cx);
            gp_xdecref(cy);
            return r;
        }
        negate = is_odd_integer(y);
        x = -x;
    }
    if (x == 1.0) return gp_float_new(t, negate ? -1.0 : 1.0);
    errno = 0;
    double r = pow(x, y);
    if (negate) r = -r;
    if (isinf(r)) {
        gp_obj *args = gp_tuple_new(t, 2);
        if (!args) return NULL;
        gp_tuple_items(args)[0] = gp_small_new(ERANGE);
        gp_tuple_items(args)[1] = gp_str_from_cstr(t, "Numerical result out of range");
        if (!gp_tuple_items(args)[1]) {
            gp_tuple_items(args)[1] = GP_NONE;
            gp_decref(args);
            return NULL;
        }
        gp_err_set(t, &gp_exc_OverflowError, args);
        gp_decref(args);
        return NULL;
    }
    return gp_float_new(t, r);
}

static gp_obj *float_pow(gp_thread *t, gp_obj *a, gp_obj *b, gp_obj *m) {
    if (m && m != GP_NONE)
        return gp_err_format(t, &gp_exc_TypeError,
                             "pow() 3rd argument not allowed unless all arguments are integers");
    double x, y;
    gp_obj *r = NULL;
    if (operands(t, a, b, &x, &y, &r) <= 0) return r;
    return gp_float_pow_values(t, x, y);
}

static gp_obj *float_neg(gp_thread *t, gp_obj *a) { return gp_float_new(t, -gp_float_value(a)); }
static gp_obj *float_abs(gp_thread *t, gp_obj *a) { return gp_float_new(t, fabs(gp_float_value(a))); }
static int float_bool(gp_thread *t, gp_obj *a) { return gp_float_value(a) != 0.0; }

static gp_obj *float_pos(gp_thread *t, gp_obj *a) {
    if (gp_float_check_exact(a)) return gp_newref(a);
    return gp_float_new(t, gp_float_value(a));
}

static gp_obj *float_int(gp_thread *t, gp_obj *a) { return gp_int_from_double(t, gp_float_value(a)); }

static gp_obj *float_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if (!gp_float_check(a)) return not_implemented();
    double x = gp_float_value(a);
    int c;
    if (gp_float_check(b)) {
        double y = gp_float_value(b);
        switch (op) {
        case GP_LT: return gp_bool_from(x < y);
        case GP_LE: return gp_bool_from(x <= y);
        case GP_EQ: return gp_bool_from(x == y);
        case GP_NE: return gp_bool_from(x != y);
        case GP_GT: return gp_bool_from(x > y);
        default: return gp_bool_from(x >= y);
        }
    }
    if (!gp_int_check(b)) return not_implemented();
    if (isnan(x)) return gp_bool_from(op == GP_NE);
    c = -gp_int_compare_double(b, x);
    switch (op) {
    case GP_LT: return gp_bool_from(c < 0);
    case GP_LE: return gp_bool_from(c <= 0);
    case GP_EQ: return gp_bool_from(c == 0);
    case GP_NE: return gp_bool_from(c != 0);
    case GP_GT: return gp_bool_from(c > 0);
    default: return gp_bool_from(c >= 0);
    }
}

/* The hash of a finite double: its value modulo 2**61 - 1, computed from
   the mantissa 28 bits at a time, so that it equals the hash of an equal
   int (and of an equal fraction). */
gp_hash gp_float_hash(double v) {
    if (isinf(v)) return v > 0 ? HASH_INF : -HASH_INF;
    if (isnan(v)) return 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    gp_hash h = (gp_hash)x * sign;
    return h == -1 ? -2 : h;
}

static gp_hash float_hash(gp_thread *t, gp_obj *o) {
    double v = gp_float_value(o);
    if (isnan(v)) {
        /* Each NaN object hashes by identity, as in CPython 3.10+. */
        uintptr_t p = (uintptr_t)o;
        gp_hash h = (gp_hash)((p >> 4) | (p << (8 * sizeof(void *) - 4)));
        return h == -1 ? -2 : h;
    }
    return gp_float_hash(v);
}

static gp_obj *float_repr(gp_thread *t, gp_obj *o) {
    char buf[32];
    gp_double_repr(gp_float_value(o), buf);
    return gp_str_from_cstr(t, buf);
}

/* ---------------------------------------------------------- from text */

static int is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

/* Case-insensitive match of [p, end) against an ASCII lower-case word. */
static int word_is(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - p) != n) return 0;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i]) return 0;
    return 1;
}

/* Copy the digits at *pp into *out, allowing single underscores between
   digits; returns how many digits were copied, -1 on a misplaced '_'. */
static gp_ssize copy_digits(const char **pp, const char *end, char **out) {
    const char *p = *pp;
    gp_ssize n = 0;
    while (p < end) {
        if (*p >= '0' && *p <= '9') {
            *(*out)++ = *p++;
            n++;
        } else if (*p == '_' && n > 0 && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
            p++;
        } else {
            break;
        }
    }
    if (p < end && *p == '_') return -1;
    *pp = p;
    return n;
}

/* Python's float syntax over ASCII text: 0 and *out set, or -1. */
static int parse_double(const char *s, gp_ssize len, double *out) {
    const char *p = s, *end = s + len;
    while (p < end && is_space((unsigned char)*p)) p++;
    while (end > p && is_space((unsigned char)end[-1])) end--;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    if (word_is(p, end, "inf") || word_is(p, end, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 0;
    }
    if (word_is(p, end, "nan")) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    char stackbuf[128];
    gp_ssize cap = end - p + 2;
    char *buf = cap <= (gp_ssize)sizeof stackbuf ? stackbuf : gp_mem_alloc((size_t)cap);
    if (!buf) return -1;
    char *q = buf;
    int rc = -1;
    gp_ssize nint = copy_digits(&p, end, &q), nfrac = 0;
    if (nint < 0) goto done;
    if (p < end && *p == '.') {
        *q++ = *p++;
        nfrac = copy_digits(&p, end, &q);
        if (nfrac < 0) goto done;
    }
    if (nint + nfrac == 0) goto done;
    if (p < end && (*p == 'e' || *p == 'E')) {
        *q++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *q++ = *p++;
        if (copy_digits(&p, end, &q) <= 0) goto done;
    }
    if (p != end) goto done;
    *q = 0;
    double v = strtod(buf, NULL);
    *out = neg ? -v : v;
    rc = 0;
done:
    if (buf != stackbuf) gp_mem_free(buf);
    return rc;
}

/* float(text); orig, when given, is quoted in the error message. */
static gp_obj *float_parse(gp_thread *t, const char *s, gp_ssize len, gp_obj *orig) {
    gp_ssize n = len;
    char *ascii = gp_number_ascii_text(s, &n);
    double v;
    int rc = parse_double(ascii ? ascii : s, n, &v);
    gp_mem_free(ascii);
    if (rc == 0) return gp_float_new(t, v);
    if (orig) return gp_err_format(t, &gp_exc_ValueError, "could not convert string to float: %R", orig);
    gp_obj *text = gp_str_new(t, s, len);
    if (!text) return NULL;
    gp_err_format(t, &gp_exc_ValueError, "could not convert string to float: %R", text);
    gp_decref(text);
    return NULL;
}

gp_obj *gp_float_from_string(gp_thread *t, const char *s, gp_ssize len) { return float_parse(t, s, len, NULL); }

/* ---------------------------------------------------------- conversions */

/* 1 and *out set when o has __float__ or __index__, 0 when it has
   neither, -1 on error. */
static int number_to_double(gp_thread *t, gp_obj *o, double *out) {
    if (gp_float_check_exact(o)) {
        *out = gp_float_value(o);
        return 1;
    }
    if (gp_int_check(o)) return gp_int_as_double(t, o, out) < 0 ? -1 : 1;
    gp_number_methods *nb = gp_typeof(o)->as_number;
    if (nb && nb->float_) {
        gp_obj *r = nb->float_(t, o);
        if (!r) return -1;
        if (!gp_float_check(r)) {
            gp_err_format(t, &gp_exc_TypeError, "%T.__float__ returned non-float (type %T)", o, r);
            gp_decref(r);
            return -1;
        }
        *out = gp_float_value(r);
        gp_decref(r);
        return 1;
    }
    if (nb && nb->index) {
        gp_obj *i = nb->index(t, o);
        if (!i) return -1;
        if (!gp_int_check(i)) {
            gp_err_format(t, &gp_exc_TypeError, "__index__ returned non-int (type %T)", i);
            gp_decref(i);
            return -1;
        }
        int rc = gp_int_as_double(t, i, out);
        gp_decref(i);
        return rc < 0 ? -1 : 1;
    }
    return 0;
}

int gp_number_as_double(gp_thread *t, gp_obj *o, double *out) {
    int k = number_to_double(t, o, out);
    if (k == 0) gp_err_format(t, &gp_exc_TypeError, "must be real number, not %T", o);
    return k > 0 ? 0 : -1;
}

static gp_obj *float_float(gp_thread *t, gp_obj *a) { return float_pos(t, a); }

static gp_obj *float_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, "float", kwnames) < 0) return NULL;
    if (nargs > 1) return gp_err_format(t, &gp_exc_TypeError, "float expected at most 1 argument, got %zd", nargs);
    double v = 0.0;
    if (nargs == 1) {
        gp_obj *x = args[0];
        if (type == &gp_float_type && gp_float_check_exact(x)) return gp_newref(x);
        if (gp_str_check(x)) {
            gp_obj *f = float_parse(t, gp_str_utf8(x), gp_str_size(x), x);
            if (!f) return NULL;
            v = gp_float_value(f);
            gp_decref(f);
        } else if (gp_bytes_check(x) || gp_bytearray_check(x) || gp_buffer_check(x)) {
            const char *data;
            gp_ssize n;
            if (gp_bytes_like(t, x, &data, &n) < 0) return NULL;
            if (parse_double(data, n, &v) < 0)
                return gp_err_format(t, &gp_exc_ValueError, "could not convert string to float: %R", x);
        } else {
            int k = number_to_double(t, x, &v);
            if (k < 0) return NULL;
            if (k == 0)
                return gp_err_format(t, &gp_exc_TypeError,
                                     "float() argument must be a string or a real number, not '%T'", x);
        }
    }
    if (type == &gp_float_type) return gp_float_new(t, v);
    return float_subtype_new(t, type, v);
}

/* --------------------------------------------------------------- methods */

static int no_args(gp_thread *t, const char *name, gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, name, kwnames) < 0) return -1;
    return gp_args_count(t, name, nargs, 0, 0);
}

static gp_obj *float_is_integer(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kwnames) {
    if (no_args(t, "float.is_integer", nargs, kwnames) < 0) return NULL;
    double x = gp_float_value(self);
    return gp_bool_from(isfinite(x) && floor(x) == x);
}

static gp_obj *float_as_integer_ratio(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                      gp_obj *kwnames) {
    if (no_args(t, "float.as_integer_ratio", nargs, kwnames) < 0) return NULL;
    double x = gp_float_value(self);
    if (isinf(x)) return gp_err_format(t, &gp_exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return gp_err_format(t, &gp_exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    /* Scale the mantissa up until it is an integer: at most 53 doublings. */
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    gp_obj *n = gp_int_from_mpz(t, num), *d = n ? gp_int_from_mpz(t, den) : NULL;
    mpz_clears(num, den, NULL);
    gp_obj *r = NULL;
    if (n && d) r = gp_tuple_pack(t, 2, n, d);
    gp_xdecref(n);
    gp_xdecref(d);
    return r;
}

static gp_obj *float_hex(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    if (no_args(t, "float.hex", nargs, kwnames) < 0) return NULL;
    double x = gp_float_value(self);
    char buf[64];
    if (isnan(x) || isinf(x)) {
        gp_double_repr(x, buf);
        return gp_str_from_cstr(t, buf);
    }
    if (x == 0.0) return gp_str_from_cstr(t, copysign(1.0, x) < 0 ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    /* One hex digit before the point: 1 for normal numbers, 0 for
       subnormal ones (whose exponent stays at the minimum). */
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    static const char hexdigits[] = "0123456789abcdef";
    char digits[20];
    int n = 0;
    digits[n++] = hexdigits[(int)m];
    m -= (int)m;
    digits[n++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        digits[n++] = hexdigits[(int)m];
        m -= (int)m;
    }
    digits[n] = 0;
    snprintf(buf, sizeof buf, "%s0x%sp%c%d", x < 0 ? "-" : "", digits, e < 0 ? '-' : '+', e < 0 ? -e : e);
    return gp_str_from_cstr(t, buf);
}

static int is_hex_digit(char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

static gp_obj *float_fromhex(gp_thread *t, gp_obj *cls, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, "float.fromhex", kwnames) < 0 || gp_args_count(t, "float.fromhex", nargs, 1, 1) < 0)
        return NULL;
    if (!gp_str_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "bad argument type for built-in operation");
    const char *s = gp_str_utf8(args[0]), *p = s, *end = s + gp_str_size(args[0]);
    while (p < end && is_space((unsigned char)*p)) p++;
    while (end > p && is_space((unsigned char)end[-1])) end--;
    int neg = 0;
    double v;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    if (word_is(p, end, "inf") || word_is(p, end, "infinity")) {
        v = HUGE_VAL;
    } else if (word_is(p, end, "nan")) {
        v = NAN;
    } else {
        if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
        gp_ssize cap = (end - p) + 8;
        char *buf = gp_mem_alloc((size_t)cap);
        if (!buf) return gp_err_nomemory(t);
        char *q = buf;
        *q++ = '0';
        *q++ = 'x';
        int ndigits = 0, ok = 1;
        while (p < end && is_hex_digit(*p)) *q++ = *p++, ndigits++;
        if (p < end && *p == '.') {
            *q++ = *p++;
            while (p < end && is_hex_digit(*p)) *q++ = *p++, ndigits++;
        }
        if (ndigits == 0) ok = 0;
        if (ok && p < end && (*p | 0x20) == 'p') {
            *q++ = *p++;
            if (p < end && (*p == '+' || *p == '-')) *q++ = *p++;
            int nexp = 0;
            while (p < end && *p >= '0' && *p <= '9') *q++ = *p++, nexp++;
            if (nexp == 0) ok = 0;
        }
        if (p != end) ok = 0;
        *q = 0;
        errno = 0;
        v = ok ? strtod(buf, NULL) : 0.0;
        gp_mem_free(buf);
        if (!ok) return gp_err_format(t, &gp_exc_ValueError, "invalid hexadecimal floating-point string");
        if (isinf(v))
            return gp_err_format(t, &gp_exc_OverflowError, "hexadecimal value too large to represent as a float");
    }
    if (neg) v = -v;
    gp_obj *r = gp_float_new(t, v);
    if (!r || (gp_type *)cls == &gp_float_type) return r;
    gp_obj *sub = gp_call1(t, cls, r);
    gp_decref(r);
    return sub;
}

static gp_obj *float_conjugate(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                               gp_obj *kwnames) {
    if (no_args(t, "float.conjugate", nargs, kwnames) < 0) return NULL;
    return float_pos(t, self);
}

static gp_obj *float_trunc(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    if (no_args(t, "float.__trunc__", nargs, kwnames) < 0) return NULL;
    return gp_int_from_double(t, gp_float_value(self));
}

static gp_obj *float_floor(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    if (no_args(t, "float.__floor__", nargs, kwnames) < 0) return NULL;
    return gp_int_from_double(t, floor(gp_float_value(self)));
}

static gp_obj *float_ceil(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    if (no_args(t, "float.__ceil__", nargs, kwnames) < 0) return NULL;
    return gp_int_from_double(t, ceil(gp_float_value(self)));
}

static void *round_overflow(gp_thread *t) {
    return gp_err_format(t, &gp_exc_OverflowError, "rounded value too large to represent");
}

/* x rounded to nd decimal places, half to even on the exact binary value,
   as CPython's round(x, nd) does. */
static gp_obj *round_places(gp_thread *t, double x, gp_ssize nd) {
    if (!isfinite(x) || x == 0.0 || nd > 323) return gp_float_new(t, x);
    if (nd < -308) return gp_float_new(t, copysign(0.0, x));
    if (nd >= 0) {
        /* printf rounds the exact value half to even; strtod reads the
           decimal result back correctly rounded. */
        size_t cap = 340 + (size_t)nd;
        char *buf = gp_mem_alloc(cap);
        if (!buf) return gp_err_nomemory(t);
        snprintf(buf, cap, "%.*f", (int)nd, x);
        double v = strtod(buf, NULL);
        gp_mem_free(buf);
        if (isinf(v)) return round_overflow(t);
        return gp_float_new(t, v);
    }
    /* A multiple of 10**k: exact arithmetic on |x| = mant * 2**e2. */
    unsigned long k = (unsigned long)-nd;
    int e;
    double m = frexp(fabs(x), &e);
    long e2 = e - 53;
    mpz_t n, d, p, r;
    mpz_inits(n, d, p, r, NULL);
    mpz_set_d(n, ldexp(m, 53));
    mpz_ui_pow_ui(p, 10, k);
    mpz_set(d, p);
    if (e2 >= 0)
        mpz_mul_2exp(n, n, (mp_bitcnt_t)e2);
    else
        mpz_mul_2exp(d, d, (mp_bitcnt_t)-e2);
    mpz_fdiv_qr(n, r, n, d);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, d);
    if (c > 0 || (c == 0 && mpz_odd_p(n))) mpz_add_ui(n, n, 1);
    mpz_mul(n, n, p);
    gp_obj *i = gp_int_from_mpz(t, n);
    mpz_clears(n, d, p, r, NULL);
    if (!i) return NULL;
    double v;
    int rc = gp_int_as_double(t, i, &v);
    gp_decref(i);
    if (rc < 0) {
        gp_err_clear(t);
        return round_overflow(t);
    }
    return gp_float_new(t, copysign(v, x));
}

static gp_obj *float_round(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, "__round__", kwnames) < 0 || gp_args_count(t, "__round__", nargs, 0, 1) < 0) return NULL;
    double x = gp_float_value(self);
    if (nargs == 0 || args[0] == GP_NONE) {
        double r = round(x);
        if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
        return gp_int_from_double(t, r);
    }
    gp_ssize nd;
    if (gp_number_as_ssize(t, args[0], NULL, &nd) < 0) return NULL;
    return round_places(t, x, nd);
}

static gp_obj *float_format_method(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                   gp_obj *kwnames) {
    if (gp_args_no_kw(t, "__format__", kwnames) < 0 || gp_args_count(t, "float.__format__", nargs, 1, 1) < 0)
        return NULL;
    if (!gp_str_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    return gp_float_format(t, self, args[0]);
}

static gp_obj *float_getnewargs(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kwnames) {
    gp_obj *v = gp_float_new(t, gp_float_value(self));
    if (!v) return NULL;
    gp_obj *r = gp_tuple_pack(t, 1, v);
    gp_decref(v);
    return r;
}

static gp_obj *float_getformat(gp_thread *t, gp_obj *cls, gp_obj *const *args, gp_ssize nargs,
                               gp_obj *kwnames) {
    if (gp_args_count(t, "float.__getformat__", nargs, 1, 1) < 0) return NULL;
    if (!gp_str_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "__getformat__() argument must be str, not %T", args[0]);
    if (!gp_str_eq_cstr(args[0], "double") && !gp_str_eq_cstr(args[0], "float"))
        return gp_err_format(t, &gp_exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return gp_str_from_cstr(t, "IEEE, little-endian");
}

static gp_obj *float_get_real(gp_thread *t, gp_obj *self, void *closure) { return float_pos(t, self); }
static gp_obj *float_get_imag(gp_thread *t, gp_obj *self, void *closure) { return gp_float_new(t, 0.0); }

static const gp_method_def float_methods[] = {
    {"is_integer", float_is_integer, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio, 0, "Return integer ratio."},
    {"hex", float_hex, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex, GP_METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"conjugate", float_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"__trunc__", float_trunc, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, 0, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, 0, "Return the ceiling as an Integral."},
    {"__round__", float_round, 0, "Return the Integral closest to x, rounding half toward even."},
    {"__format__", float_format_method, 0, "Formats the float according to format_spec."},
    {"__getnewargs__", float_getnewargs, 0, NULL},
    {"__getformat__", float_getformat, GP_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL}};

static const gp_getset_def float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static gp_number_methods float_as_number = {
    .add = float_add,
    .subtract = float_sub,
    .multiply = float_mul,
    .remainder = float_mod,
    .divmod = float_divmod,
    .power = float_pow,
    .negative = float_neg,
    .positive = float_pos,
    .absolute = float_abs,
    .bool_ = float_bool,
    .int_ = float_int,
    .float_ = float_float,
    .floor_divide = float_floordiv,
    .true_divide = float_truediv,
};

gp_type gp_float_type = {
    GP_TYPE_HEAD,
    .name = "float",
    .basicsize = sizeof(gp_float),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .new_ = float_new,
    .as_number = &float_as_number,
    .methods = float_methods,
    .getset = float_getset,
    .doc = "Convert a string or number to a floating point number, if possible.",
};

int gp_float_init(gp_thread *t) { return gp_type_ready(t, &gp_float_type); }
