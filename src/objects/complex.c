/* complex: pairs of doubles with Python's arithmetic, repr and parsing. */
#include "gilpy_core.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>

typedef struct {
    double re, im;
} cval;

int gp_complex_check(const gp_obj *o) {
    if (gp_is_small(o)) return 0;
    return o->ob_type == &gp_complex_type || gp_type_is_subtype(o->ob_type, &gp_complex_type);
}

static gp_obj *complex_subtype_new(gp_thread *t, gp_type *type, double re, double im) {
    gp_complex *c = (gp_complex *)gp_obj_alloc(t, type, 0);
    if (!c) return NULL;
    c->real = re;
    c->imag = im;
    return (gp_obj *)c;
}

gp_obj *gp_complex_new(gp_thread *t, double re, double im) {
    return complex_subtype_new(t, &gp_complex_type, re, im);
}

static gp_obj *complex_from(gp_thread *t, cval c) { return gp_complex_new(t, c.re, c.im); }

static void complex_dealloc(gp_obj *o) { gp_obj_free(o); }

static cval value_of(gp_obj *o) {
    cval c = {((gp_complex *)o)->real, ((gp_complex *)o)->imag};
    return c;
}

/* An operand of complex arithmetic: 1 converted, 0 for NotImplemented,
   -1 on error (an int too large for a float). */
static int operand(gp_thread *t, gp_obj *o, cval *out) {
    out->im = 0.0;
    if (gp_complex_check(o)) {
        *out = value_of(o);
        return 1;
    }
    if (gp_float_check(o)) {
        out->re = gp_float_value(o);
        return 1;
    }
    if (gp_int_check(o)) return gp_int_as_double(t, o, &out->re) < 0 ? -1 : 1;
    return 0;
}

static int operands(gp_thread *t, gp_obj *a, gp_obj *b, cval *x, cval *y, gp_obj **r) {
    int k = operand(t, a, x);
    if (k > 0) k = operand(t, b, y);
    if (k == 0) *r = GP_NOTIMPLEMENTED;
    return k;
}

/* ------------------------------------------------------------ arithmetic */

static cval c_sum(cval a, cval b) { return (cval){a.re + b.re, a.im + b.im}; }
static cval c_diff(cval a, cval b) { return (cval){a.re - b.re, a.im - b.im}; }
static cval c_prod(cval a, cval b) { return (cval){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

/* a / b by Smith's method, which avoids needless overflow by dividing
   through the larger part of b.  errno = EDOM for b == 0. */
static cval c_quot(cval a, cval b) {
    cval r;
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            errno = EDOM;
            r.re = r.im = 0.0;
        } else {
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            r.re = (a.re + a.im * ratio) / denom;
            r.im = (a.im - a.re * ratio) / denom;
        }
    } else if (abs_im >= abs_re) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else {
        /* One of b's parts is a NaN. */
        r.re = r.im = NAN;
    }
    return r;
}

static cval c_pow(cval a, cval b) {
    cval r;
    if (b.re == 0.0 && b.im == 0.0) return (cval){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) errno = EDOM;
        return (cval){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    r.re = len * cos(phase);
    r.im = len * sin(phase);
    return r;
}

/* x ** n for a small integer n, by repeated squaring. */
static cval c_powu(cval x, long n) {
    cval r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

static cval c_powi(cval x, long n) {
    if (n > 0) return c_powu(x, n);
    return c_quot((cval){1.0, 0.0}, c_powu(x, -n));
}

static gp_obj *complex_add(gp_thread *t, gp_obj *a, gp_obj *b) {
    cval x, y;
    gp_obj *r = NULL;
    if (operands(t, a, b, &x, &y, &r) <= 0) return r;
    return complex_from(t, c_sum(x, y));
}

static gp_obj *complex_sub(gp_thread *t, gp_obj *a, gp_obj *b) {
    cval x, y;
    gp_obj *r = NULL;
    if (operands(t, a, b, &x, &y, &r) <= 0) return r;
    return complex_from(t, c_diff(x, y));
}

static gp_obj *complex_mul(gp_thread *t, gp_obj *a, gp_obj *b) {
    cval x, y;
    gp_obj *r = NULL;
    if (operands(t, a, b, &x, &y, &r) <= 0) return r;
    return complex_from(t, c_prod(x, y));
}

static gp_obj *complex_truediv(gp_thread *t, gp_obj *a, gp_obj *b) {
    cval x, y;
    gp_obj *r = NULL;
    if (operands(t, a, b, &x, &y, &r) <= 0) return r;
    errno = 0;
    cval q = c_quot(x, y);
    if (errno == EDOM) return gp_err_format(t, &gp_exc_ZeroDivisionError, "complex division by zero");
    return complex_from(t, q);
}

static gp_obj *complex_pow(gp_thread *t, gp_obj *a, gp_obj *b, gp_obj *m) {
    cval x, y;
    gp_obj *r = NULL;
    if (operands(t, a, b, &x, &y, &r) <= 0) return r;
    if (m && m != GP_NONE) return gp_err_format(t, &gp_exc_ValueError, "complex modulo");
    errno = 0;
    cval p;
    if (y.im == 0.0 && y.re == floor(y.re) && fabs(y.re) <= 100.0)
        p = c_powi(x, (long)y.re);
    else
        p = c_pow(x, y);
    if (errno == EDOM)
        return gp_err_format(t, &gp_exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (isinf(p.re) || isinf(p.im))
        return gp_err_format(t, &gp_exc_OverflowError, "complex exponentiation");
    return complex_from(t, p);
}

static gp_obj *complex_neg(gp_thread *t, gp_obj *a) {
    cval c = value_of(a);
    return gp_complex_new(t, -c.re, -c.im);
}

static gp_obj *complex_pos(gp_thread *t, gp_obj *a) {
    if (!gp_is_small(a) && a->ob_type == &gp_complex_type) return gp_newref(a);
    return complex_from(t, value_of(a));
}

static gp_obj *complex_abs(gp_thread *t, gp_obj *a) {
    cval c = value_of(a);
    double r;
    if (isinf(c.re) || isinf(c.im)) {
        r = HUGE_VAL;
    } else if (isnan(c.re) || isnan(c.im)) {
        r = NAN;
    } else {
        r = hypot(c.re, c.im);
        if (isinf(r)) return gp_err_format(t, &gp_exc_OverflowError, "absolute value too large");
    }
    return gp_float_new(t, r);
}

static int complex_bool(gp_thread *t, gp_obj *a) {
    cval c = value_of(a);
    return c.re != 0.0 || c.im != 0.0;
}

static gp_obj *complex_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if ((op != GP_EQ && op != GP_NE) || !gp_complex_check(a)) return GP_NOTIMPLEMENTED;
    cval x = value_of(a);
    int eq;
    if (gp_complex_check(b)) {
        cval y = value_of(b);
        eq = x.re == y.re && x.im == y.im;
    } else if (gp_float_check(b)) {
        eq = x.im == 0.0 && x.re == gp_float_value(b);
    } else if (gp_int_check(b)) {
        /* Exact, like float == int. */
        eq = x.im == 0.0 && !isnan(x.re) && gp_int_compare_double(b, x.re) == 0;
    } else {
        return GP_NOTIMPLEMENTED;
    }
    return gp_bool_from(op == GP_EQ ? eq : !eq);
}

/* The hash of one part; a NaN hashes by the identity of the object. */
static gp_hash part_hash(gp_obj *o, double v) {
    if (!isnan(v)) return gp_float_hash(v);
    uintptr_t p = (uintptr_t)o;
    return (gp_hash)((p >> 4) | (p << (8 * sizeof(void *) - 4)));
}

static gp_hash complex_hash(gp_thread *t, gp_obj *o) {
    cval c = value_of(o);
    gp_hash hr = part_hash(o, c.re), hi = part_hash(o, c.im);
    uint64_t h = (uint64_t)hr + 1000003u * (uint64_t)hi;
    gp_hash r = (gp_hash)h;
    return r == -1 ? -2 : r;
}

static gp_obj *complex_repr(gp_thread *t, gp_obj *o) {
    cval c = value_of(o);
    char *re = NULL, *im = NULL;
    gp_obj *r = NULL;
    if (c.re == 0.0 && !signbit(c.re)) {
        im = gp_double_to_string(t, c.im, 'r', 0, 0);
        if (im) r = gp_str_from_format(t, "%sj", im);
    } else {
        re = gp_double_to_string(t, c.re, 'r', 0, 0);
        im = re ? gp_double_to_string(t, c.im, 'r', 0, GP_DTSF_SIGN) : NULL;
        if (im) r = gp_str_from_format(t, "(%s%sj)", re, im);
    }
    gp_mem_free(re);
    gp_mem_free(im);
    return r;
}

/* ---------------------------------------------------------- from text */

static int is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

static int digits_at(const char *p, const char *end, char **out, const char **after) {
    int n = 0;
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
    *after = p;
    return n;
}

static int word_at(const char *p, const char *end, const char *w) {
    size_t n = strlen(w);
    if ((size_t)(end - p) < n) return 0;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != w[i]) return 0;
    return 1;
}

/* Read an unsigned float at *pp (Python syntax, with underscores); returns
   1 and advances, or 0 when no float starts there. */
static int scan_float(const char **pp, const char *end, double *out) {
    const char *p = *pp;
    if (word_at(p, end, "infinity")) {
        *pp = p + 8;
        *out = HUGE_VAL;
        return 1;
    }
    if (word_at(p, end, "inf")) {
        *pp = p + 3;
        *out = HUGE_VAL;
        return 1;
    }
    if (word_at(p, end, "nan")) {
        *pp = p + 3;
        *out = NAN;
        return 1;
    }
    char buf[400];
    char *q = buf;
    if (end - p > (gp_ssize)sizeof buf - 8) return 0;
    int n = digits_at(p, end, &q, &p);
    if (p < end && *p == '.') {
        *q++ = *p++;
        n += digits_at(p, end, &q, &p);
    }
    if (n == 0) return 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *save = p;
        char *qsave = q;
        *q++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *q++ = *p++;
        if (digits_at(p, end, &q, &p) == 0) {
            p = save;
            q = qsave;
        }
    }
    *q = 0;
    *out = strtod(buf, NULL);
    *pp = p;
    return 1;
}

/* complex(text): "1", "2j", "1+2j", "-j", optionally in parentheses. */
static int parse_complex(const char *s, gp_ssize len, cval *out) {
    const char *p = s, *end = s + len;
    while (p < end && is_space((unsigned char)*p)) p++;
    while (end > p && is_space((unsigned char)end[-1])) end--;
    if (p < end && *p == '(') {
        if (end[-1] != ')') return -1;
        p++;
        end--;
        while (p < end && is_space((unsigned char)*p)) p++;
        while (end > p && is_space((unsigned char)end[-1])) end--;
    }
    double x = 0.0, y = 0.0;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    if (p < end && (*p | 0x20) == 'j') {
        /* A bare j: the imaginary unit. */
        p++;
        y = neg ? -1.0 : 1.0;
    } else {
        if (!scan_float(&p, end, &x)) return -1;
        if (neg) x = -x;
        if (p < end && (*p | 0x20) == 'j') {
            p++;
            y = x;
            x = 0.0;
        } else if (p < end && (*p == '+' || *p == '-')) {
            int ineg = *p++ == '-';
            if (p < end && (*p | 0x20) == 'j') {
                y = 1.0;
            } else if (!scan_float(&p, end, &y) || p >= end || (*p | 0x20) != 'j') {
                return -1;
            }
            p++;
            if (ineg) y = -y;
        }
    }
    if (p != end) return -1;
    out->re = x;
    out->im = y;
    return 0;
}

/* ---------------------------------------------------------- constructor */

/* x.__complex__() when x's type defines it: 1 and *out set, 0 absent. */
static int complex_special(gp_thread *t, gp_obj *x, cval *out) {
    static gp_obj *name;
    if (!name) name = gp_str_intern_cstr_borrow(t, "__complex__");
    gp_obj *m = gp_obj_lookup_special(t, x, name);
    if (!m) return gp_err_occurred(t) ? -1 : 0;
    gp_obj *r = gp_call0(t, m);
    gp_decref(m);
    if (!r) return -1;
    if (!gp_complex_check(r)) {
        gp_err_format(t, &gp_exc_TypeError, "__complex__ returned non-complex (type %T)", r);
        gp_decref(r);
        return -1;
    }
    *out = value_of(r);
    gp_decref(r);
    return 1;
}

int gp_complex_special(gp_thread *t, gp_obj *x, double *re, double *im) {
    cval v;
    int r = complex_special(t, x, &v);
    if (r == 1) {
        *re = v.re;
        *im = v.im;
    }
    return r;
}

static int is_number(gp_obj *o) {
    if (gp_complex_check(o)) return 1;
    gp_number_methods *nb = gp_typeof(o)->as_number;
    return nb && (nb->float_ || nb->index);
}

static gp_obj *complex_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    static const char *const names[] = {"real", "imag", NULL};
    static const gp_argspec spec = {"complex", names, 0, 2};
    gp_obj *a[2];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    gp_obj *r = a[0], *i = a[1];
    cval cr = {0.0, 0.0}, ci = {0.0, 0.0};
    if (!r) r = gp_small_new(0);
    if (gp_str_check(r)) {
        if (i) return gp_err_format(t, &gp_exc_TypeError, "complex() can't take second arg if first is a string");
        gp_ssize n = gp_str_size(r);
        char *ascii = gp_number_ascii_text(gp_str_utf8(r), &n);
        int rc = parse_complex(ascii ? ascii : gp_str_utf8(r), n, &cr);
        gp_mem_free(ascii);
        if (rc < 0) return gp_err_format(t, &gp_exc_ValueError, "complex() arg is a malformed string");
        return complex_subtype_new(t, type, cr.re, cr.im);
    }
    if (i && gp_str_check(i)) return gp_err_format(t, &gp_exc_TypeError, "complex() second arg can't be a string");
    if (!i && type == &gp_complex_type && !gp_is_small(r) && r->ob_type == &gp_complex_type) return gp_newref(r);
    int r_complex = 0, i_complex = 0;
    int k = complex_special(t, r, &cr);
    if (k < 0) return NULL;
    if (k > 0) {
        r_complex = 1;
    } else {
        if (!is_number(r))
            return gp_err_format(t, &gp_exc_TypeError,
                                 "complex() first argument must be a string or a number, not '%T'", r);
        if (i && !is_number(i))
            return gp_err_format(t, &gp_exc_TypeError, "complex() second argument must be a number, not '%T'", i);
        if (gp_complex_check(r)) {
            cr = value_of(r);
            r_complex = 1;
        } else if (gp_number_as_double(t, r, &cr.re) < 0) {
            return NULL;
        }
    }
    if (!i) {
        ci.re = cr.im;
        cr.im = 0.0;
        r_complex = 0;
    } else if (gp_complex_check(i)) {
        ci = value_of(i);
        i_complex = 1;
    } else {
        if (!is_number(i))
            return gp_err_format(t, &gp_exc_TypeError, "complex() second argument must be a number, not '%T'", i);
        if (gp_number_as_double(t, i, &ci.re) < 0) return NULL;
    }
    /* real + imag * 1j, where either part may itself be complex. */
    if (i_complex) cr.re -= ci.im;
    if (r_complex) ci.re += cr.im;
    return complex_subtype_new(t, type, cr.re, ci.re);
}

/* --------------------------------------------------------------- methods */

static gp_obj *complex_conjugate(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                 gp_obj *kwnames) {
    if (gp_args_no_kw(t, "complex.conjugate", kwnames) < 0 ||
        gp_args_count(t, "complex.conjugate", nargs, 0, 0) < 0)
        return NULL;
    cval c = value_of(self);
    return gp_complex_new(t, c.re, -c.im);
}

static gp_obj *complex_complex(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                               gp_obj *kwnames) {
    if (gp_args_count(t, "complex.__complex__", nargs, 0, 0) < 0) return NULL;
    return complex_pos(t, self);
}

static gp_obj *complex_getnewargs(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                  gp_obj *kwnames) {
    cval c = value_of(self);
    gp_obj *re = gp_float_new(t, c.re), *im = re ? gp_float_new(t, c.im) : NULL;
    gp_obj *r = im ? gp_tuple_pack(t, 2, re, im) : NULL;
    gp_xdecref(re);
    gp_xdecref(im);
    return r;
}

static gp_obj *complex_format_method(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                     gp_obj *kwnames) {
    if (gp_args_no_kw(t, "__format__", kwnames) < 0 || gp_args_count(t, "complex.__format__", nargs, 1, 1) < 0)
        return NULL;
    if (!gp_str_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    return gp_complex_format(t, self, args[0]);
}

static const gp_method_def complex_methods[] = {
    {"conjugate", complex_conjugate, 0, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", complex_complex, 0, "Convert this value to exact type complex."},
    {"__getnewargs__", complex_getnewargs, 0, NULL},
    {"__format__", complex_format_method, 0, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL}};

static const gp_member_def complex_members[] = {
    {"real", GP_MEMBER_DOUBLE, offsetof(gp_complex, real), GP_MEMBER_READONLY, "the real part of a complex number"},
    {"imag", GP_MEMBER_DOUBLE, offsetof(gp_complex, imag), GP_MEMBER_READONLY,
     "the imaginary part of a complex number"},
    {NULL, 0, 0, 0, NULL}};

static gp_number_methods complex_as_number = {
    .add = complex_add,
    .subtract = complex_sub,
    .multiply = complex_mul,
    .power = complex_pow,
    .negative = complex_neg,
    .positive = complex_pos,
    .absolute = complex_abs,
    .bool_ = complex_bool,
    .true_divide = complex_truediv,
};

gp_type gp_complex_type = {
    GP_TYPE_HEAD,
    .name = "complex",
    .basicsize = sizeof(gp_complex),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = complex_dealloc,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .new_ = complex_new,
    .as_number = &complex_as_number,
    .methods = complex_methods,
    .members = complex_members,
    .doc = "Create a complex number from a real part and an optional imaginary part.\n\n"
           "This is equivalent to (real + imag*1j) where imag defaults to 0.",
};

int gp_complex_init(gp_thread *t) { return gp_type_ready(t, &gp_complex_type); }
