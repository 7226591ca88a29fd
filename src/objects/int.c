/* int: arbitrary precision integers.

   Values in the tagged range live in the pointer itself (object.h); every
   other value is a gp_bigint holding a GMP mpz_t.  Arithmetic on two tagged
   values runs on machine words and checks for overflow; anything else goes
   through GMP.  Every result that fits the tagged range is returned tagged,
   so code may compare small ints by pointer and the heap form always means
   "big" for exact ints.  bool and int subclasses are gp_bigint instances
   whatever their value. */
#include "gilpy_core.h"

#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <math.h>

/* CPython's limit on decimal conversions of huge ints (CVE-2020-10735). */
/* Results larger than this many bits raise MemoryError instead of letting
   GMP abort the process. */
#define MAX_RESULT_BITS ((uint64_t)1 << 36)
/* The modulus of numeric hashes: 2**61 - 1, so that equal ints, floats and
   complex numbers hash alike. */
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

/* ------------------------------------------------------------ mpz access */

/* A read-only mpz view of any int object.  A tagged value is presented
   through a stack limb, so reading a small int never allocates. */
typedef struct {
    __mpz_struct tmp;
    mp_limb_t limb;
} zview;

static mpz_srcptr zget(gp_obj *o, zview *v) {
    if (!gp_is_small(o)) return ((gp_bigint *)o)->z;
    intptr_t x = gp_small_value(o);
    v->limb = x < 0 ? (mp_limb_t)0 - (mp_limb_t)x : (mp_limb_t)x;
    return mpz_roinit_n(&v->tmp, &v->limb, x < 0 ? -1 : 1);
}

/* The int for z, tagged when it fits.  Takes over z: it is cleared (or its
   storage moved into the new object) whatever the outcome. */
static gp_obj *int_from_mpz_move(gp_thread *t, mpz_t z) {
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        if (gp_small_fits(v)) {
            mpz_clear(z);
            return gp_small_new(v);
        }
    }
    gp_bigint *b = (gp_bigint *)gp_obj_alloc(t, &gp_int_type, 0);
    if (!b) {
        mpz_clear(z);
        return NULL;
    }
    mpz_init(b->z);
    mpz_swap(b->z, z);
    mpz_clear(z);
    return (gp_obj *)b;
}

/* An instance of an int subclass (or of int itself) with the value of the
   exact int v. */
static gp_obj *int_subtype_new(gp_thread *t, gp_type *type, gp_obj *v) {
    if (type == &gp_int_type) return gp_newref(v);
    gp_bigint *b = (gp_bigint *)gp_obj_alloc(t, type, 0);
    if (!b) return NULL;
    zview zv;
    mpz_init_set(b->z, zget(v, &zv));
    return (gp_obj *)b;
}

gp_obj *gp_int_from_ssize(gp_thread *t, gp_ssize v) { return gp_int_from_i64(t, v); }

gp_obj *gp_int_from_i64(gp_thread *t, int64_t v) {
    if (gp_small_fits(v)) return gp_small_new(v);
    mpz_t z;
    mpz_init_set_si(z, v);
    return int_from_mpz_move(t, z);
}

gp_obj *gp_int_from_u64(gp_thread *t, uint64_t v) {
    if (v <= (uint64_t)GP_SMALL_MAX) return gp_small_new((intptr_t)v);
    mpz_t z;
    mpz_init_set_ui(z, v);
    return int_from_mpz_move(t, z);
}

gp_obj *gp_int_from_mpz(gp_thread *t, const mpz_t z) {
    mpz_t c;
    mpz_init_set(c, z);
    return int_from_mpz_move(t, c);
}

gp_obj *gp_int_from_double(gp_thread *t, double d) {
    if (isinf(d)) return gp_err_format(t, &gp_exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return gp_err_format(t, &gp_exc_ValueError, "cannot convert float NaN to integer");
    d = trunc(d);
    if (fabs(d) < 4.0e18) return gp_small_new((intptr_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return int_from_mpz_move(t, z);
}

void gp_int_as_mpz(gp_obj *o, mpz_t out) {
    zview v;
    mpz_set(out, zget(o, &v));
}

int gp_int_sign(gp_obj *o) {
    if (gp_is_small(o)) {
        intptr_t v = gp_small_value(o);
        return (v > 0) - (v < 0);
    }
    return mpz_sgn(((gp_bigint *)o)->z);
}

gp_obj *gp_int_exact(gp_thread *t, gp_obj *o) {
    if (gp_int_check_exact(o)) return gp_newref(o);
    return gp_int_from_mpz(t, ((gp_bigint *)o)->z);
}

static int not_an_int(gp_thread *t, gp_obj *o) {
    gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
    return -1;
}

int gp_int_as_i64(gp_thread *t, gp_obj *o, int64_t *out) {
    if (gp_is_small(o)) {
        *out = gp_small_value(o);
        return 0;
    }
    if (!gp_int_check(o)) return not_an_int(t, o);
    mpz_srcptr z = ((gp_bigint *)o)->z;
    if (!mpz_fits_slong_p(z)) {
        gp_err_format(t, &gp_exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    *out = mpz_get_si(z);
    return 0;
}

int gp_int_as_ssize(gp_thread *t, gp_obj *o, gp_ssize *out) {
    if (gp_is_small(o)) {
        *out = gp_small_value(o);
        return 0;
    }
    if (!gp_int_check(o)) return not_an_int(t, o);
    mpz_srcptr z = ((gp_bigint *)o)->z;
    if (!mpz_fits_slong_p(z)) {
        gp_err_format(t, &gp_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = mpz_get_si(z);
    return 0;
}

int gp_int_as_u64(gp_thread *t, gp_obj *o, uint64_t *out) {
    if (!gp_int_check(o)) return not_an_int(t, o);
    zview v;
    mpz_srcptr z = zget(o, &v);
    if (mpz_sgn(z) < 0) {
        gp_err_format(t, &gp_exc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    if (!mpz_fits_ulong_p(z)) {
        gp_err_format(t, &gp_exc_OverflowError, "Python int too large to convert to C unsigned long");
        return -1;
    }
    *out = mpz_get_ui(z);
    return 0;
}

/* ------------------------------------------------- correctly rounded floats */

/* The double nearest to (q + f) * 2**exp2, where 0 <= f < 1 is nonzero
   exactly when `sticky` is set, rounding half to even.  q >= 0.  Keeps 53
   significant bits, fewer where the result is subnormal.  Returns HUGE_VAL
   when the result overflows. */
static double round_scaled(mpz_srcptr q, int sticky, long exp2) {
    long k = (long)mpz_sizeinbase(q, 2);
    if (mpz_sgn(q) == 0) return 0.0;
    long top = k - 1 + exp2;               /* exponent of the leading bit */
    if (top > 1100) return HUGE_VAL;
    long keep = top >= -1022 ? 53 : 53 - (-1022 - top);
    long drop = k - keep;
    if (drop <= 0) {
        /* Nothing to drop: q is exact.  Callers pass a nonzero fraction
           only with q wide enough to need rounding. */
        return ldexp(mpz_get_d(q), (int)exp2);
    }
    if (drop > k) return 0.0;              /* below half of the smallest subnormal */
    mpz_t m;
    mpz_init(m);
    mpz_tdiv_q_2exp(m, q, (mp_bitcnt_t)drop);
    int half = mpz_tstbit(q, (mp_bitcnt_t)(drop - 1));
    int rest = sticky || (mp_bitcnt_t)mpz_scan1(q, 0) < (mp_bitcnt_t)(drop - 1);
    if (half && (rest || mpz_odd_p(m))) mpz_add_ui(m, m, 1);
    double r = ldexp((double)mpz_get_ui(m), (int)(exp2 + drop));
    mpz_clear(m);
    return r;
}

/* The double nearest to z; 0 on success, -1 (nothing raised) on overflow. */
static int mpz_to_double(mpz_srcptr z, double *out) {
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= 53) {
        *out = mpz_get_d(z);
        return 0;
    }
    if (bits > 1025) return -1;
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    double r = round_scaled(a, 0, 0);
    mpz_clear(a);
    if (isinf(r)) return -1;
    *out = mpz_sgn(z) < 0 ? -r : r;
    return 0;
}

int gp_int_as_double(gp_thread *t, gp_obj *o, double *out) {
    if (gp_is_small(o)) {
        *out = (double)gp_small_value(o);
        return 0;
    }
    if (!gp_int_check(o)) return not_an_int(t, o);
    if (mpz_to_double(((gp_bigint *)o)->z, out) < 0) {
        gp_err_format(t, &gp_exc_OverflowError, "int too large to convert to float");
        return -1;
    }
    return 0;
}

/* a / b correctly rounded, as int.__truediv__ computes it. */
static int int_ratio(gp_thread *t, mpz_srcptr a, mpz_srcptr b, double *out) {
    if (mpz_sgn(b) == 0) {
        gp_err_format(t, &gp_exc_ZeroDivisionError, "division by zero");
        return -1;
    }
    int neg = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) {
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    long na = (long)mpz_sizeinbase(a, 2), nb = (long)mpz_sizeinbase(b, 2);
    if (na <= 53 && nb <= 53) {
        /* Both exact as doubles: IEEE division rounds correctly. */
        *out = mpz_get_d(a) / mpz_get_d(b);
        return 0;
    }
    long e = na - nb;
    if (e > 1025) goto overflow;
    if (e < -1080) {
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    /* q = floor(|a| * 2**s / |b|) has at least 55 bits, enough to round. */
    long s = 56 - e;
    mpz_t q, r, x;
    mpz_inits(q, r, x, NULL);
    if (s >= 0) {
        mpz_mul_2exp(x, a, (mp_bitcnt_t)s);
        mpz_abs(x, x);
        mpz_abs(r, b);
        mpz_tdiv_qr(q, r, x, r);
    } else {
        mpz_mul_2exp(x, b, (mp_bitcnt_t)-s);
        mpz_abs(x, x);
        mpz_abs(r, a);
        mpz_tdiv_qr(q, r, r, x);
    }
    double v = round_scaled(q, mpz_sgn(r) != 0, -s);
    mpz_clears(q, r, x, NULL);
    if (isinf(v)) goto overflow;
    *out = neg ? -v : v;
    return 0;
overflow:
    gp_err_format(t, &gp_exc_OverflowError, "integer division result too large for a float");
    return -1;
}

/* -------------------------------------------------------------- hashing */

gp_hash gp_int_hash(gp_obj *o) {
    uint64_t h;
    int neg;
    if (gp_is_small(o)) {
        intptr_t v = gp_small_value(o);
        neg = v < 0;
        h = (uint64_t)(neg ? -v : v) % HASH_MODULUS;
    } else {
        mpz_srcptr z = ((gp_bigint *)o)->z;
        neg = mpz_sgn(z) < 0;
        h = mpz_tdiv_ui(z, HASH_MODULUS);
    }
    gp_hash r = neg ? -(gp_hash)h : (gp_hash)h;
    return r == -1 ? -2 : r;
}

static gp_hash int_hash(gp_thread *t, gp_obj *o) { return gp_int_hash(o); }

/* ------------------------------------------------------------ arithmetic */

static gp_obj *not_implemented(void) { return GP_NOTIMPLEMENTED; }

typedef void (*mpz_binop)(mpz_ptr, mpz_srcptr, mpz_srcptr);

/* The general path of a binary operation: both operands through GMP. */
static gp_obj *int_binop_mpz(gp_thread *t, gp_obj *a, gp_obj *b, mpz_binop op) {
    zview va, vb;
    mpz_t r;
    mpz_init(r);
    op(r, zget(a, &va), zget(b, &vb));
    return int_from_mpz_move(t, r);
}

static int both_small(gp_obj *a, gp_obj *b) { return ((uintptr_t)a & (uintptr_t)b & 1) != 0; }

static gp_obj *int_add(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (both_small(a, b)) return gp_int_from_i64(t, gp_small_value(a) + gp_small_value(b));
    if (!gp_int_check(a) || !gp_int_check(b)) return not_implemented();
    return int_binop_mpz(t, a, b, mpz_add);
}

static gp_obj *int_sub(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (both_small(a, b)) return gp_int_from_i64(t, gp_small_value(a) - gp_small_value(b));
    if (!gp_int_check(a) || !gp_int_check(b)) return not_implemented();
    return int_binop_mpz(t, a, b, mpz_sub);
}

static gp_obj *int_mul(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (both_small(a, b)) {
        int64_t r;
        if (!__builtin_mul_overflow((int64_t)gp_small_value(a), (int64_t)gp_small_value(b), &r))
            return gp_int_from_i64(t, r);
    } else if (!gp_int_check(a) || !gp_int_check(b)) {
        return not_implemented();
    }
    return int_binop_mpz(t, a, b, mpz_mul);
}

/* Floor division and modulo on words: the quotient rounds towards minus
   infinity and the remainder takes the divisor's sign.  b != 0. */
static intptr_t floordiv_small(intptr_t a, intptr_t b) {
    intptr_t q = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0))) q--;
    return q;
}

static intptr_t mod_small(intptr_t a, intptr_t b) {
    intptr_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

static int is_zero(gp_obj *o) { return gp_int_sign(o) == 0; }

static gp_obj *int_floordiv(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_int_check(a) || !gp_int_check(b)) return not_implemented();
    if (is_zero(b)) return gp_err_format(t, &gp_exc_ZeroDivisionError, "integer division or modulo by zero");
    if (both_small(a, b)) return gp_int_from_i64(t, floordiv_small(gp_small_value(a), gp_small_value(b)));
    return int_binop_mpz(t, a, b, mpz_fdiv_q);
}

static gp_obj *int_mod(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_int_check(a) || !gp_int_check(b)) return not_implemented();
    if (is_zero(b)) return gp_err_format(t, &gp_exc_ZeroDivisionError, "integer modulo by zero");
    if (both_small(a, b)) return gp_small_new(mod_small(gp_small_value(a), gp_small_value(b)));
    return int_binop_mpz(t, a, b, mpz_fdiv_r);
}

static gp_obj *pair_steal(gp_thread *t, gp_obj *x, gp_obj *y) {
    gp_obj *r = NULL;
    if (x && y) r = gp_tuple_pack(t, 2, x, y);
    gp_xdecref(x);
    gp_xdecref(y);
    return r;
}

static gp_obj *int_divmod(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_int_check(a) || !gp_int_check(b)) return not_implemented();
    if (is_zero(b)) return gp_err_format(t, &gp_exc_ZeroDivisionError, "integer division or modulo by zero");
    if (both_small(a, b)) {
        intptr_t x = gp_small_value(a), y = gp_small_value(b);
        return pair_steal(t, gp_int_from_i64(t, floordiv_small(x, y)), gp_small_new(mod_small(x, y)));
    }
    zview va, vb;
    mpz_t q, r;
    mpz_inits(q, r, NULL);
    mpz_fdiv_qr(q, r, zget(a, &va), zget(b, &vb));
    gp_obj *qo = int_from_mpz_move(t, q);
    gp_obj *ro = int_from_mpz_move(t, r);
    return pair_steal(t, qo, ro);
}

static gp_obj *int_truediv(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_int_check(a) || !gp_int_check(b)) return not_implemented();
    double r;
    if (both_small(a, b)) {
        intptr_t x = gp_small_value(a), y = gp_small_value(b);
        const intptr_t exact = (intptr_t)1 << 53;
        if (x >= -exact && x <= exact && y >= -exact && y <= exact) {
            if (y == 0) return gp_err_format(t, &gp_exc_ZeroDivisionError, "division by zero");
            return gp_float_new(t, (double)x / (double)y);
        }
    }
    zview va, vb;
    if (int_ratio(t, zget(a, &va), zget(b, &vb), &r) < 0) return NULL;
    return gp_float_new(t, r);
}

static gp_obj *memory_error(gp_thread *t) { return gp_err_nomemory(t); }

/* base ** exp % mod, the three-argument pow. */
static gp_obj *int_powmod(gp_thread *t, gp_obj *a, gp_obj *b, gp_obj *m) {
    if (is_zero(m)) return gp_err_format(t, &gp_exc_ValueError, "pow() 3rd argument cannot be 0");
    zview va, vb, vm;
    mpz_srcptr za = zget(a, &va), zb = zget(b, &vb), zm = zget(m, &vm);
    mpz_t base, e, mabs, r;
    mpz_inits(base, e, mabs, r, NULL);
    mpz_abs(mabs, zm);
    mpz_set(base, za);
    mpz_set(e, zb);
    if (mpz_sgn(e) < 0) {
        /* A negative exponent raises the modular inverse to -exp. */
        if (!mpz_invert(base, base, mabs)) {
            mpz_clears(base, e, mabs, r, NULL);
            return gp_err_format(t, &gp_exc_ValueError, "base is not invertible for the given modulus");
        }
        mpz_neg(e, e);
    }
    mpz_powm(r, base, e, mabs);
    if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, zm);
    mpz_clears(base, e, mabs, NULL);
    return int_from_mpz_move(t, r);
}

static gp_obj *int_pow(gp_thread *t, gp_obj *a, gp_obj *b, gp_obj *m) {
    if (!gp_int_check(a) || !gp_int_check(b)) return not_implemented();
    if (m && m != GP_NONE) {
        if (!gp_int_check(m)) return not_implemented();
        return int_powmod(t, a, b, m);
    }
    if (gp_int_sign(b) < 0) {
        /* A negative exponent gives a float, computed as float ** float. */
        double x, y;
        if (gp_int_as_double(t, a, &x) < 0 || gp_int_as_double(t, b, &y) < 0) return NULL;
        return gp_float_pow_values(t, x, y);
    }
    if (both_small(a, b)) {
        int64_t base = gp_small_value(a), e = gp_small_value(b), r = 1;
        int overflow = 0;
        while (e > 0 && !overflow) {
            if (e & 1) overflow |= __builtin_mul_overflow(r, base, &r);
            e >>= 1;
            if (e) overflow |= __builtin_mul_overflow(base, base, &base);
        }
        if (!overflow) return gp_int_from_i64(t, r);
    }
    zview va, vb;
    mpz_srcptr za = zget(a, &va), zb = zget(b, &vb);
    /* 0, 1 and -1 stay small whatever the exponent. */
    if (mpz_cmpabs_ui(za, 1) <= 0) {
        if (mpz_sgn(za) >= 0) return gp_small_new(mpz_sgn(zb) == 0 ? 1 : mpz_sgn(za));
        return gp_small_new(mpz_even_p(zb) ? 1 : -1);
    }
    if (!mpz_fits_ulong_p(zb)) return memory_error(t);
    unsigned long e = mpz_get_ui(zb);
    /* Divide rather than multiply: bits * e can wrap around 64 bits. */
    if (e > MAX_RESULT_BITS / (uint64_t)mpz_sizeinbase(za, 2)) return memory_error(t);
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, za, e);
    return int_from_mpz_move(t, r);
}

static gp_obj *int_neg(gp_thread *t, gp_obj *a) {
    if (gp_is_small(a)) return gp_int_from_i64(t, -gp_small_value(a));
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, ((gp_bigint *)a)->z);
    return int_from_mpz_move(t, r);
}

static gp_obj *int_pos(gp_thread *t, gp_obj *a) { return gp_int_exact(t, a); }

static gp_obj *int_abs(gp_thread *t, gp_obj *a) {
    if (gp_int_sign(a) < 0) return int_neg(t, a);
    return gp_int_exact(t, a);
}

static int int_bool(gp_thread *t, gp_obj *a) { return gp_int_sign(a) != 0; }

static gp_obj *int_invert(gp_thread *t, gp_obj *a) {
    if (gp_is_small(a)) return gp_small_new(~gp_small_value(a));
    mpz_t r;
    mpz_init(r);
    mpz_com(r, ((gp_bigint *)a)->z);
    return int_from_mpz_move(t, r);
}

/* The shift count of a << n or a >> n; -1 with ValueError when negative.
   *big is set when the count does not fit a word. */
static int shift_count(gp_thread *t, gp_obj *b, uint64_t *n, int *big) {
    if (gp_int_sign(b) < 0) {
        gp_err_format(t, &gp_exc_ValueError, "negative shift count");
        return -1;
    }
    *big = 0;
    if (gp_is_small(b)) {
        *n = (uint64_t)gp_small_value(b);
    } else if (mpz_fits_ulong_p(((gp_bigint *)b)->z)) {
        *n = mpz_get_ui(((gp_bigint *)b)->z);
    } else {
        *big = 1;
        *n = UINT64_MAX;
    }
    return 0;
}

/* The error for a left shift too large to compute. CPython counts the
   result in 30-bit digits and raises OverflowError when that count passes
   its largest object size (clipping absurd shift counts first); smaller but
   still unaffordable results give MemoryError. Matching that rule keeps the
   exception type the same for every shift count. */
static gp_obj *lshift_too_big(gp_thread *t, gp_obj *a, gp_obj *b) {
    const uint64_t max_digits = ((uint64_t)INT64_MAX - 24) / 4;
    const uint64_t clip = (uint64_t)INT64_MAX / 4;
    zview va, vb;
    mpz_t q;
    mpz_init(q);
    unsigned long rem = mpz_fdiv_q_ui(q, zget(b, &vb), 30);
    uint64_t wordshift;
    if (mpz_fits_ulong_p(q) && mpz_get_ui(q) < clip) {
        wordshift = mpz_get_ui(q);
    } else {
        wordshift = clip;
        rem = 0;
    }
    mpz_clear(q);
    uint64_t olddigits = ((uint64_t)mpz_sizeinbase(zget(a, &va), 2) + 29) / 30;
    uint64_t newdigits = olddigits + wordshift + (rem != 0);
    if (newdigits > max_digits) {
        gp_err_format(t, &gp_exc_OverflowError, "too many digits in integer");
        return NULL;
    }
    return memory_error(t);
}

static gp_obj *int_lshift(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_int_check(a) || !gp_int_check(b)) return not_implemented();
    uint64_t n;
    int big;
    if (shift_count(t, b, &n, &big) < 0) return NULL;
    if (gp_int_sign(a) == 0) return gp_small_new(0);
    if (gp_is_small(a) && n < 62) {
        intptr_t x = gp_small_value(a);
        intptr_t r = (intptr_t)((uintptr_t)x << n);
        if ((r >> n) == x && gp_small_fits(r)) return gp_small_new(r);
    }
    if (big || n > MAX_RESULT_BITS) return lshift_too_big(t, a, b);
    zview va;
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, zget(a, &va), (mp_bitcnt_t)n);
    return int_from_mpz_move(t, r);
}

static gp_obj *int_rshift(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_int_check(a) || !gp_int_check(b)) return not_implemented();
    uint64_t n;
    int big;
    if (shift_count(t, b, &n, &big) < 0) return NULL;
    if (gp_is_small(a)) {
        intptr_t x = gp_small_value(a);
        return gp_small_new(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    }
    if (big) return gp_small_new(gp_int_sign(a) < 0 ? -1 : 0);
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, ((gp_bigint *)a)->z, (mp_bitcnt_t)n);
    return int_from_mpz_move(t, r);
}

static gp_obj *int_and(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (both_small(a, b)) return gp_small_new(gp_small_value(a) & gp_small_value(b));
    if (!gp_int_check(a) || !gp_int_check(b)) return not_implemented();
    return int_binop_mpz(t, a, b, mpz_and);
}

static gp_obj *int_or(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (both_small(a, b)) return gp_small_new(gp_small_value(a) | gp_small_value(b));
    if (!gp_int_check(a) || !gp_int_check(b)) return not_implemented();
    return int_binop_mpz(t, a, b, mpz_ior);
}

static gp_obj *int_xor(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (both_small(a, b)) return gp_small_new(gp_small_value(a) ^ gp_small_value(b));
    if (!gp_int_check(a) || !gp_int_check(b)) return not_implemented();
    return int_binop_mpz(t, a, b, mpz_xor);
}

static gp_obj *int_int(gp_thread *t, gp_obj *a) { return gp_int_exact(t, a); }

static gp_obj *int_float(gp_thread *t, gp_obj *a) {
    double d;
    if (gp_int_as_double(t, a, &d) < 0) return NULL;
    return gp_float_new(t, d);
}

/* The result of a three-way comparison c (<0, 0, >0) for operator op. */
static gp_obj *compare_result(int c, int op) {
    int r;
    switch (op) {
    case GP_LT: r = c < 0; break;
    case GP_LE: r = c <= 0; break;
    case GP_EQ: r = c == 0; break;
    case GP_NE: r = c != 0; break;
    case GP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return gp_bool_from(r);
}

static gp_obj *int_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if (!gp_int_check(a) || !gp_int_check(b)) return not_implemented();
    int c;
    if (both_small(a, b)) {
        intptr_t x = gp_small_value(a), y = gp_small_value(b);
        c = (x > y) - (x < y);
    } else {
        zview va, vb;
        c = mpz_cmp(zget(a, &va), zget(b, &vb));
    }
    return compare_result(c, op);
}

/* Exact comparison of an int with a double that is not a NaN: <0, 0, >0. */
int gp_int_compare_double(gp_obj *i, double d) {
    if (gp_is_small(i)) {
        intptr_t v = gp_small_value(i);
        const intptr_t exact = (intptr_t)1 << 53;
        if (v >= -exact && v <= exact) {
            double x = (double)v;
            return (x > d) - (x < d);
        }
    }
    zview vi;
    int c = mpz_cmp_d(zget(i, &vi), d);
    return (c > 0) - (c < 0);
}

/* ------------------------------------------------------- text conversion */

int gp_int_get_max_str_digits(gp_thread *t) {
    return t->interp ? t->interp->int_max_str_digits : GP_INT_DEFAULT_MAX_STR_DIGITS;
}

int gp_int_set_max_str_digits(gp_thread *t, gp_ssize n) {
    if (n != 0 && n < GP_INT_STR_DIGITS_THRESHOLD) {
        gp_err_format(t, &gp_exc_ValueError, "maxdigits must be 0 or larger than %d",
                      GP_INT_STR_DIGITS_THRESHOLD);
        return -1;
    }
    if (n > INT_MAX) n = INT_MAX;
    t->interp->int_max_str_digits = (int)n;
    return 0;
}

/* Does a decimal text of nd digits pass the interpreter's limit? */
static int over_digit_limit(gp_thread *t, size_t nd) {
    int limit = gp_int_get_max_str_digits(t);
    return limit > 0 && nd > (size_t)limit;
}

static void *digits_limit_error(gp_thread *t) {
    return gp_err_format(t, &gp_exc_ValueError,
                         "Exceeds the limit (%d digits) for integer string conversion; "
                         "use sys.set_int_max_str_digits() to increase the limit",
                         gp_int_get_max_str_digits(t));
}

gp_obj *gp_int_to_str(gp_thread *t, gp_obj *o, int base, int prefix) {
    char small[80];
    if (gp_is_small(o) && base == 10 && !prefix) {
        int n = snprintf(small, sizeof small, "%ld", (long)gp_small_value(o));
        return gp_str_new(t, small, n);
    }
    zview v;
    mpz_srcptr z = zget(o, &v);
    size_t nd = mpz_sizeinbase(z, base);
    /* mpz_sizeinbase may count one digit too many: check the text too. */
    if (base == 10 && nd > 1 && over_digit_limit(t, nd - 1)) return digits_limit_error(t);
    size_t cap = nd + 8;
    char *buf = cap <= sizeof small ? small : gp_mem_alloc(cap);
    if (!buf) return gp_err_nomemory(t);
    char *p = buf;
    if (mpz_sgn(z) < 0) *p++ = '-';
    if (prefix) {
        *p++ = '0';
        *p++ = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    }
    /* mpz_get_str writes the sign too: convert |z| through a view. */
    __mpz_struct mag = *z;
    if (mag._mp_size < 0) mag._mp_size = -mag._mp_size;
    mpz_get_str(p, base, &mag);
    gp_ssize len = (gp_ssize)strlen(buf);
    gp_obj *r = NULL;
    if (base == 10 && over_digit_limit(t, (size_t)len - (size_t)(mpz_sgn(z) < 0)))
        digits_limit_error(t);
    else
        r = gp_str_new(t, buf, len);
    if (buf != small) gp_mem_free(buf);
    return r;
}

static gp_obj *int_repr(gp_thread *t, gp_obj *o) { return gp_int_to_str(t, o, 10, 0); }

static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static int is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

static void *invalid_literal(gp_thread *t, const char *s, gp_ssize len, int base, gp_obj *orig) {
    gp_obj *text = orig ? gp_newref(orig) : gp_str_new(t, s, len);
    if (!text) return NULL;
    gp_obj *r = gp_obj_repr(t, text);
    gp_decref(text);
    if (!r) return NULL;
    /* Like CPython, quote at most 200 characters of the repr. */
    if (gp_str_len(r) > 200) {
        gp_obj *cut = gp_str_substr(t, r, 0, 200);
        gp_decref(r);
        if (!cut) return NULL;
        r = cut;
    }
    gp_err_format(t, &gp_exc_ValueError, "invalid literal for int() with base %d: %U", base, r);
    gp_decref(r);
    return NULL;
}

/* int(text, base).  s holds ASCII digits (callers map other digits first);
   orig, when given, is the object quoted in the error message. */
static gp_obj *int_parse(gp_thread *t, const char *s, gp_ssize len, int base, gp_obj *orig) {
    const char *p = s, *end = s + len;
    int given_base = base;
    while (p < end && is_space((unsigned char)*p)) p++;
    while (end > p && is_space((unsigned char)end[-1])) end--;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    int prefixed = 0, leading_zero = 0;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = 1;
        }
    }
    if (base == 0) {
        base = 10;
        leading_zero = p < end && *p == '0';
    }
    char stackbuf[64];
    gp_ssize cap = end - p + 1;
    char *digits = cap <= (gp_ssize)sizeof stackbuf ? stackbuf : gp_mem_alloc((size_t)cap);
    if (!digits) return gp_err_nomemory(t);
    gp_ssize nd = 0;
    int ok = 1, prev_digit = prefixed; /* an underscore may follow the prefix */
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (!prev_digit || q + 1 >= end || q[1] == '_') {
                ok = 0;
                break;
            }
            prev_digit = 0;
            continue;
        }
        if (digit_value((unsigned char)*q) >= base) {
            ok = 0;
            break;
        }
        if (leading_zero && *q != '0') {
            ok = 0;
            break;
        }
        digits[nd++] = *q;
        prev_digit = 1;
    }
    digits[nd] = 0;
    gp_obj *r = NULL;
    if (!ok || nd == 0) {
        invalid_literal(t, s, len, given_base, orig);
    } else if (over_digit_limit(t, (size_t)nd) && (base & (base - 1)) != 0) {
        gp_err_format(t, &gp_exc_ValueError,
                      "Exceeds the limit (%d digits) for integer string conversion: value has %zd digits; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      gp_int_get_max_str_digits(t), nd);
    } else {
        int64_t acc = 0;
        int overflow = 0;
        for (gp_ssize i = 0; i < nd && !overflow; i++)
            overflow = __builtin_mul_overflow(acc, base, &acc) ||
                       __builtin_add_overflow(acc, digit_value((unsigned char)digits[i]), &acc);
        if (!overflow) {
            r = gp_int_from_i64(t, neg ? -acc : acc);
        } else {
            mpz_t z;
            mpz_init_set_str(z, digits, base);
            if (neg) mpz_neg(z, z);
            r = int_from_mpz_move(t, z);
        }
    }
    if (digits != stackbuf) gp_mem_free(digits);
    return r;
}

/* int(text, base) for text that may hold non-ASCII digits and spaces. */
static gp_obj *int_parse_text(gp_thread *t, const char *s, gp_ssize len, int base, gp_obj *orig) {
    gp_ssize n = len;
    char *ascii = gp_number_ascii_text(s, &n);
    if (!ascii) return int_parse(t, s, len, base, orig);
    gp_obj *r = int_parse(t, ascii, n, base, NULL);
    gp_mem_free(ascii);
    if (!r && gp_err_matches(t, &gp_exc_ValueError)) {
        /* Quote the text as given, not its ASCII form. */
        gp_err_clear(t);
        invalid_literal(t, s, len, base, orig);
    }
    return r;
}

gp_obj *gp_int_from_string(gp_thread *t, const char *s, gp_ssize len, int base) {
    return int_parse_text(t, s, len, base, NULL);
}

/* ---------------------------------------------------------- constructor */

/* The int a conversion slot returned, checked: exact int or an error. */
static gp_obj *checked_int_result(gp_thread *t, gp_obj *r, const char *what) {
    if (!r) return NULL;
    if (gp_int_check_exact(r)) return r;
    if (gp_int_check(r)) {
        gp_obj *e = gp_int_exact(t, r);
        gp_decref(r);
        return e;
    }
    gp_err_format(t, &gp_exc_TypeError, "%s returned non-int (type %T)", what, r);
    gp_decref(r);
    return NULL;
}

/* int(x) for one argument. */
static gp_obj *int_from_object(gp_thread *t, gp_obj *x) {
    if (gp_int_check_exact(x)) return gp_newref(x);
    gp_number_methods *nb = gp_typeof(x)->as_number;
    if (nb && nb->int_) return checked_int_result(t, nb->int_(t, x), "__int__");
    if (nb && nb->index) return checked_int_result(t, nb->index(t, x), "__index__");
    static gp_obj *trunc_name;
    if (!trunc_name) trunc_name = gp_str_intern_cstr_borrow(t, "__trunc__");
    gp_obj *trunc = gp_obj_lookup_special(t, x, trunc_name);
    if (trunc) {
        gp_obj *r = gp_call0(t, trunc);
        gp_decref(trunc);
        if (!r || gp_int_check(r)) return checked_int_result(t, r, "__trunc__");
        gp_number_methods *rnb = gp_typeof(r)->as_number;
        if (!rnb || !rnb->index) {
            gp_err_format(t, &gp_exc_TypeError, "__trunc__ returned non-Integral (type %T)", r);
            gp_decref(r);
            return NULL;
        }
        gp_obj *i = checked_int_result(t, rnb->index(t, r), "__index__");
        gp_decref(r);
        return i;
    }
    if (gp_err_occurred(t)) return NULL;
    if (gp_str_check(x)) return int_parse_text(t, gp_str_utf8(x), gp_str_size(x), 10, x);
    const char *data;
    gp_ssize n;
    if (gp_bytes_check(x) || gp_bytearray_check(x) || gp_buffer_check(x)) {
        if (gp_bytes_like(t, x, &data, &n) < 0) return NULL;
        return int_parse(t, data, n, 10, x);
    }
    return gp_err_format(t, &gp_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
}

static gp_obj *int_from_object_base(gp_thread *t, gp_obj *x, gp_obj *base_obj) {
    if (!gp_int_check(base_obj))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", base_obj);
    gp_ssize base;
    if (gp_int_as_ssize(t, base_obj, &base) < 0) {
        gp_err_clear(t);
        base = -1;
    }
    if (base != 0 && (base < 2 || base > 36))
        return gp_err_format(t, &gp_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (gp_str_check(x)) return int_parse_text(t, gp_str_utf8(x), gp_str_size(x), (int)base, x);
    if (gp_bytes_check(x) || gp_bytearray_check(x)) {
        const char *data;
        gp_ssize n;
        if (gp_bytes_like(t, x, &data, &n) < 0) return NULL;
        return int_parse(t, data, n, (int)base, x);
    }
    return gp_err_format(t, &gp_exc_TypeError, "int() can't convert non-string with explicit base");
}

static gp_obj *int_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    if (nargs > 2) return gp_err_format(t, &gp_exc_TypeError, "int() takes at most 2 arguments (%zd given)", nargs);
    gp_obj *x = nargs > 0 ? args[0] : NULL, *base = nargs > 1 ? args[1] : NULL;
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    for (gp_ssize i = 0; i < nkw; i++) {
        gp_obj *key = gp_tuple_get_borrow(kwnames, i);
        if (!gp_str_eq_cstr(key, "base"))
            return gp_err_format(t, &gp_exc_TypeError, "'%U' is an invalid keyword argument for int()", key);
        if (base)
            return gp_err_format(t, &gp_exc_TypeError,
                                 "argument for int() given by name ('base') and position (2)");
        base = args[nargs + i];
    }
    gp_obj *v;
    if (!x) {
        if (base) return gp_err_format(t, &gp_exc_TypeError, "int() missing string argument");
        v = gp_small_new(0);
    } else if (!base) {
        v = int_from_object(t, x);
    } else {
        v = int_from_object_base(t, x, base);
    }
    if (!v || type == &gp_int_type) return v;
    gp_obj *r = int_subtype_new(t, type, v);
    gp_decref(v);
    return r;
}

static void int_dealloc(gp_obj *o) {
    mpz_clear(((gp_bigint *)o)->z);
    gp_obj_free(o);
}

/* --------------------------------------------------------------- methods */

static gp_obj *int_bit_length(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    if (gp_args_no_kw(t, "int.bit_length", kwnames) < 0 || gp_args_count(t, "int.bit_length", nargs, 0, 0) < 0)
        return NULL;
    zview v;
    mpz_srcptr z = zget(self, &v);
    return gp_int_from_u64(t, mpz_sgn(z) == 0 ? 0 : (uint64_t)mpz_sizeinbase(z, 2));
}

static gp_obj *int_bit_count(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    if (gp_args_no_kw(t, "int.bit_count", kwnames) < 0 || gp_args_count(t, "int.bit_count", nargs, 0, 0) < 0)
        return NULL;
    zview v;
    mpz_srcptr z = zget(self, &v);
    __mpz_struct mag = *z;
    if (mag._mp_size < 0) mag._mp_size = -mag._mp_size;
    return gp_int_from_u64(t, mpz_popcount(&mag));
}

/* byteorder argument of to_bytes/from_bytes: 1 for 'little', 0 for 'big'. */
static int byteorder_arg(gp_thread *t, const char *fname, gp_obj *o) {
    if (!o) return 0;
    if (!gp_str_check(o)) {
        gp_err_format(t, &gp_exc_TypeError, "%s() argument 'byteorder' must be str, not %T", fname, o);
        return -1;
    }
    if (gp_str_eq_cstr(o, "little")) return 1;
    if (gp_str_eq_cstr(o, "big")) return 0;
    gp_err_format(t, &gp_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static void reverse_bytes(unsigned char *p, gp_ssize n) {
    for (gp_ssize i = 0, j = n - 1; i < j; i++, j--) {
        unsigned char c = p[i];
        p[i] = p[j];
        p[j] = c;
    }
}

static gp_obj *int_to_bytes(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    static const gp_argspec spec = {"to_bytes", names, 0, 2};
    gp_obj *a[3];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    gp_ssize length = 1;
    if (a[0]) {
        gp_obj *idx = gp_number_index(t, a[0]);
        if (!idx) return NULL;
        int rc = gp_int_as_ssize(t, idx, &length);
        gp_decref(idx);
        if (rc < 0) return NULL;
        if (length < 0) return gp_err_format(t, &gp_exc_ValueError, "length argument must be non-negative");
    }
    int little = byteorder_arg(t, "to_bytes", a[1]);
    if (little < 0) return NULL;
    int is_signed = a[2] ? gp_obj_truthy(t, a[2]) : 0;
    if (is_signed < 0) return NULL;
    zview v;
    mpz_srcptr z = zget(self, &v);
    if (mpz_sgn(z) < 0 && !is_signed)
        return gp_err_format(t, &gp_exc_OverflowError, "can't convert negative int to unsigned");
    /* Two's complement: a negative value is stored as 2**(8*length) + z. */
    mpz_t u;
    mpz_init(u);
    size_t bits;
    if (mpz_sgn(z) < 0) {
        mpz_add_ui(u, z, 1);
        bits = mpz_sgn(u) == 0 ? 1 : mpz_sizeinbase(u, 2) + 1;
    } else {
        bits = mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2) + (size_t)is_signed;
    }
    if ((bits + 7) / 8 > (size_t)length) {
        mpz_clear(u);
        return gp_err_format(t, &gp_exc_OverflowError, "int too big to convert");
    }
    /* The result buffer first: a length beyond memory is a MemoryError
       before any arithmetic on 8 * length bits. */
    unsigned char *buf = gp_mem_calloc((size_t)length + 1, 1);
    if (!buf) {
        mpz_clear(u);
        return gp_err_nomemory(t);
    }
    if (mpz_sgn(z) < 0) {
        mpz_set_ui(u, 1);
        mpz_mul_2exp(u, u, (mp_bitcnt_t)length * 8);
        mpz_add(u, u, z);
    } else {
        mpz_set(u, z);
    }
    size_t count = 0;
    if (mpz_sgn(u) != 0) {
        size_t need = (mpz_sizeinbase(u, 2) + 7) / 8;
        mpz_export(buf + (size_t)length - need, &count, 1, 1, 1, 0, u);
    }
    mpz_clear(u);
    if (little) reverse_bytes(buf, length);
    gp_obj *r = gp_bytes_new(t, (const char *)buf, length);
    gp_mem_free(buf);
    return r;
}

static gp_obj *int_from_bytes(gp_thread *t, gp_obj *cls, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    static const gp_argspec spec = {"from_bytes", names, 1, 2};
    gp_obj *a[3];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    int little = byteorder_arg(t, "from_bytes", a[1]);
    if (little < 0) return NULL;
    int is_signed = a[2] ? gp_obj_truthy(t, a[2]) : 0;
    if (is_signed < 0) return NULL;
    gp_obj *bytes = NULL;
    const char *data;
    gp_ssize n;
    if (gp_bytes_check(a[0]) || gp_bytearray_check(a[0])) {
        bytes = gp_newref(a[0]);
    } else {
        bytes = gp_bytes_from_obj(t, a[0]);
        if (!bytes) return NULL;
    }
    if (gp_bytes_like(t, bytes, &data, &n) < 0) {
        gp_decref(bytes);
        return NULL;
    }
    mpz_t z;
    mpz_init(z);
    if (n > 0) mpz_import(z, (size_t)n, little ? -1 : 1, 1, 1, 0, data);
    if (is_signed && n > 0 && ((unsigned char)data[little ? n - 1 : 0] & 0x80)) {
        mpz_t m;
        mpz_init_set_ui(m, 1);
        mpz_mul_2exp(m, m, (mp_bitcnt_t)n * 8);
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    gp_decref(bytes);
    gp_obj *r = int_from_mpz_move(t, z);
    if (!r || (gp_type *)cls == &gp_int_type) return r;
    gp_obj *sub = gp_call1(t, cls, r);
    gp_decref(r);
    return sub;
}

static gp_obj *int_self_exact(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, "int.conjugate", kwnames) < 0 || gp_args_count(t, "int.conjugate", nargs, 0, 0) < 0)
        return NULL;
    return gp_int_exact(t, self);
}

static gp_obj *int_as_integer_ratio(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                    gp_obj *kwnames) {
    if (gp_args_no_kw(t, "int.as_integer_ratio", kwnames) < 0 ||
        gp_args_count(t, "int.as_integer_ratio", nargs, 0, 0) < 0)
        return NULL;
    return pair_steal(t, gp_int_exact(t, self), gp_small_new(1));
}

static gp_obj *int_getnewargs(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    gp_obj *v = gp_int_exact(t, self);
    if (!v) return NULL;
    gp_obj *r = gp_tuple_pack(t, 1, v);
    gp_decref(v);
    return r;
}

/* round(x, ndigits) for ints: a negative ndigits rounds to a multiple of
   10**-ndigits, half to even. */
static gp_obj *int_round(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, "__round__", kwnames) < 0 || gp_args_count(t, "__round__", nargs, 0, 1) < 0) return NULL;
    if (nargs == 0 || args[0] == GP_NONE) return gp_int_exact(t, self);
    gp_obj *nd = gp_number_index(t, args[0]);
    if (!nd) return NULL;
    int sign = gp_int_sign(nd);
    gp_ssize ndigits = 0;
    int big = gp_int_as_ssize(t, nd, &ndigits) < 0;
    gp_decref(nd);
    if (big) gp_err_clear(t);
    if (sign >= 0) return gp_int_exact(t, self);
    zview v;
    mpz_srcptr z = zget(self, &v);
    /* Compared without negating ndigits, which may be the most negative
       gp_ssize. */
    if (big || ndigits < -((gp_ssize)mpz_sizeinbase(z, 10) + 1)) return gp_small_new(0);
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)-ndigits);
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clears(p, r, NULL);
    return int_from_mpz_move(t, q);
}

static gp_obj *int_format_method(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                 gp_obj *kwnames) {
    if (gp_args_no_kw(t, "__format__", kwnames) < 0 || gp_args_count(t, "int.__format__", nargs, 1, 1) < 0)
        return NULL;
    if (!gp_str_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    return gp_int_format(t, self, args[0]);
}

static gp_obj *int_sizeof(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    zview v;
    mpz_srcptr z = zget(self, &v);
    /* CPython's size: a header of 24 bytes plus 4 bytes per 30-bit digit. */
    size_t digits = mpz_sgn(z) == 0 ? 0 : (mpz_sizeinbase(z, 2) + 29) / 30;
    return gp_int_from_u64(t, 24 + 4 * digits);
}

static gp_obj *int_get_self(gp_thread *t, gp_obj *self, void *closure) { return gp_int_exact(t, self); }
static gp_obj *int_get_zero(gp_thread *t, gp_obj *self, void *closure) { return gp_small_new(0); }
static gp_obj *int_get_one(gp_thread *t, gp_obj *self, void *closure) { return gp_small_new(1); }

static const gp_method_def int_methods[] = {
    {"bit_length", int_bit_length, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, 0, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", int_to_bytes, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, GP_METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_as_integer_ratio, 0, "Return integer ratio."},
    {"conjugate", int_self_exact, 0, "Returns self, the complex conjugate of any int."},
    {"__trunc__", int_self_exact, 0, "Truncating an Integral returns itself."},
    {"__floor__", int_self_exact, 0, "Flooring an Integral returns itself."},
    {"__ceil__", int_self_exact, 0, "Ceiling of an Integral returns itself."},
    {"__round__", int_round, 0, "Rounding an Integral returns itself."},
    {"__getnewargs__", int_getnewargs, 0, NULL},
    {"__format__", int_format_method, 0, NULL},
    {"__sizeof__", int_sizeof, 0, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL}};

static const gp_getset_def int_getset[] = {
    {"real", int_get_self, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms", NULL},
    {NULL, NULL, NULL, NULL, NULL}};

gp_number_methods gp_int_as_number = {
    .add = int_add,
    .subtract = int_sub,
    .multiply = int_mul,
    .remainder = int_mod,
    .divmod = int_divmod,
    .power = int_pow,
    .negative = int_neg,
    .positive = int_pos,
    .absolute = int_abs,
    .bool_ = int_bool,
    .invert = int_invert,
    .lshift = int_lshift,
    .rshift = int_rshift,
    .and_ = int_and,
    .xor_ = int_xor,
    .or_ = int_or,
    .int_ = int_int,
    .float_ = int_float,
    .floor_divide = int_floordiv,
    .true_divide = int_truediv,
    .index = int_int,
};

gp_type gp_int_type = {
    GP_TYPE_HEAD,
    .name = "int",
    .basicsize = sizeof(gp_bigint),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_INT_SUBCLASS,
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .new_ = int_new,
    .as_number = &gp_int_as_number,
    .methods = int_methods,
    .getset = int_getset,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
           "Convert a number or string to an integer, or return 0 if no arguments\n"
           "are given.  If x is a number, return x.__int__().  For floating point\n"
           "numbers, this truncates towards zero.",
};

/* GMP allocates limbs through the interpreter's allocator, like every
   other object memory. */
static void *gmp_realloc(void *p, size_t old_size, size_t new_size) { return gp_mem_realloc(p, new_size); }
static void gmp_free(void *p, size_t size) { gp_mem_free(p); }

int gp_numbers_init(gp_thread *t) {
    static int gmp_ready;
    if (!gmp_ready) {
        mp_set_memory_functions(gp_mem_alloc, gmp_realloc, gmp_free);
        gmp_ready = 1;
    }
    if (gp_type_ready(t, &gp_int_type) < 0) return -1;
    if (gp_bool_init(t) < 0 || gp_float_init(t) < 0 || gp_complex_init(t) < 0) return -1;
    return 0;
}
