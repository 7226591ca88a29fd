/* int, bool, float, complex and the format-spec mini-language.
   Owned by the numbers area (objects/int.c bool.c float.c complex.c format.c). */
#ifndef GP_NUMBER_H
#define GP_NUMBER_H

#include <gmp.h>

#include "object.h"

/* Heap ints: values outside the tagged range, bool's two instances and
   instances of int subclasses.  Any heap int may hold a small value (bools,
   subclass instances); exact ints made by arithmetic never do. */
typedef struct {
    gp_obj base;
    mpz_t z;
} gp_bigint;

typedef struct {
    gp_obj base;
    double value;
} gp_float;

typedef struct {
    gp_obj base;
    double real, imag;
} gp_complex;

extern gp_type gp_bool_type;
extern gp_type gp_float_type;
extern gp_type gp_complex_type;

extern gp_bigint gp_true_obj, gp_false_obj;
#define GP_TRUE ((gp_obj *)&gp_true_obj)
#define GP_FALSE ((gp_obj *)&gp_false_obj)
/* Immortal: a new reference without a count (objects/typeobj.h). */
static inline gp_obj *gp_bool_from(int v) { return v ? GP_TRUE : GP_FALSE; }

static inline int gp_int_check(const gp_obj *o) { return gp_is_small(o) || GP_FAST_CHECK(o, GP_TPFLAGS_INT_SUBCLASS); }
static inline int gp_int_check_exact(const gp_obj *o) { return gp_is_small(o) || o->ob_type == &gp_int_type; }
static inline int gp_bool_check(const gp_obj *o) { return !gp_is_small(o) && o->ob_type == &gp_bool_type; }
static inline int gp_float_check_exact(const gp_obj *o) { return !gp_is_small(o) && o->ob_type == &gp_float_type; }
int gp_float_check(const gp_obj *o);
int gp_complex_check(const gp_obj *o);
static inline double gp_float_value(const gp_obj *o) { return ((const gp_float *)o)->value; }

/* Constructors: tagged when the value fits, else a GMP int. */
gp_obj *gp_int_from_ssize(gp_thread *t, gp_ssize v);
gp_obj *gp_int_from_i64(gp_thread *t, int64_t v);
gp_obj *gp_int_from_u64(gp_thread *t, uint64_t v);
gp_obj *gp_int_from_mpz(gp_thread *t, const mpz_t z);   /* copies z */
gp_obj *gp_int_from_double(gp_thread *t, double d);     /* int(3.7) == 3; OverflowError/ValueError for inf/nan */
/* int(text, base) rules: whitespace, sign, underscores, base 0 prefixes.
   Raises ValueError "invalid literal for int() with base B: '...'". */
gp_obj *gp_int_from_string(gp_thread *t, const char *s, gp_ssize len, int base);

/* Read an int (any int, bool or int subclass).  OverflowError when it does not fit. */
int gp_int_as_ssize(gp_thread *t, gp_obj *o, gp_ssize *out);
int gp_int_as_i64(gp_thread *t, gp_obj *o, int64_t *out);
int gp_int_as_u64(gp_thread *t, gp_obj *o, uint64_t *out);
int gp_int_as_double(gp_thread *t, gp_obj *o, double *out); /* OverflowError "int too large to convert to float" */
void gp_int_as_mpz(gp_obj *o, mpz_t out);                  /* out must be initialised */
int gp_int_sign(gp_obj *o);                                 /* -1, 0, 1 */
gp_hash gp_int_hash(gp_obj *o);
/* str(o) in the given base (2, 8, 10, 16), with the 0b/0o/0x prefix when prefix is set. */
gp_obj *gp_int_to_str(gp_thread *t, gp_obj *o, int base, int prefix);
/* The limit on decimal digits converted between int and str
   (sys.get_int_max_str_digits / sys.set_int_max_str_digits); 0 means none.
   Setting checks CPython's rule (0 or at least the threshold) and raises
   ValueError "maxdigits must be 0 or larger than 640" otherwise. */
#define GP_INT_DEFAULT_MAX_STR_DIGITS 4300
#define GP_INT_STR_DIGITS_THRESHOLD 640
int gp_int_get_max_str_digits(gp_thread *t);
int gp_int_set_max_str_digits(gp_thread *t, gp_ssize n);
/* The exact int value of any int-like object (bool, subclass) as an exact int. */
gp_obj *gp_int_exact(gp_thread *t, gp_obj *o);

gp_obj *gp_float_new(gp_thread *t, double v);
/* Frees the calling thread's cache of float objects; called when a thread
   state is deleted, so that the memory does not outlive the thread. */
void gp_float_thread_fini(void);
/* float(text): Python's syntax (inf, nan, underscores, whitespace). */
gp_obj *gp_float_from_string(gp_thread *t, const char *s, gp_ssize len);
gp_hash gp_float_hash(double v);
/* The shortest text that round-trips, as repr(float) prints it
   ("1.0", "0.1", "1e+16", "inf", "nan").  buf needs 32 bytes; returns buf. */
char *gp_double_repr(double v, char *buf);
gp_obj *gp_complex_new(gp_thread *t, double real, double imag);
/* x.__complex__() when x's type defines it: 1 with *re and *im set, 0 when
   it does not, -1 with an exception (also when it returns no complex). */
int gp_complex_special(gp_thread *t, gp_obj *x, double *re, double *im);
/* Read a float from a float, an int or anything with __float__/__index__. */
int gp_number_as_double(gp_thread *t, gp_obj *o, double *out);

/* The format-spec mini-language shared by format(), str.format, f-strings. */
typedef struct {
    uint32_t fill;     /* code point, default ' ' */
    char align;        /* '<' '>' '^' '=' or 0 */
    char sign;         /* '+' '-' ' ' or 0 */
    char alternate;    /* '#' */
    char zero;         /* '0' given */
    gp_ssize width;    /* -1 if absent */
    char thousands;    /* ',' '_' or 0 */
    gp_ssize precision; /* -1 if absent */
    char type;         /* presentation type or 0 */
    char no_neg_zero;  /* 'z': negative zero results print without '-' */
} gp_format_spec;

/* Parse a spec for str.__format__: an omitted type reads as 's', and errors
   name 'str' as CPython's do.  '0' without an explicit fill sets fill to
   '0' and `zero`; align stays 0 when not given. */
int gp_format_spec_parse(gp_thread *t, gp_obj *spec_str, gp_format_spec *out);
/* The same for any type: default_type is what an omitted type reads as
   (0 for none), tpname the type named in error messages. */
int gp_format_spec_parse_for(gp_thread *t, gp_obj *spec_str, char default_type, const char *tpname,
                             gp_format_spec *out);
/* int.__format__ / float.__format__ / complex.__format__ */
gp_obj *gp_int_format(gp_thread *t, gp_obj *o, gp_obj *spec);
gp_obj *gp_float_format(gp_thread *t, gp_obj *o, gp_obj *spec);
gp_obj *gp_complex_format(gp_thread *t, gp_obj *o, gp_obj *spec);

/* Flags of gp_double_to_string, as CPython's PyOS_double_to_string. */
enum {
    GP_DTSF_SIGN = 1,      /* always print a sign */
    GP_DTSF_ADD_DOT_0 = 2, /* "1.0" rather than "1" when no exponent */
    GP_DTSF_ALT = 4,       /* '#': keep the point and trailing zeros */
    GP_DTSF_NO_NEG_0 = 8   /* 'z': no '-' on a result that rounds to zero */
};
/* Format v with code 'e' 'E' 'f' 'F' 'g' 'G' or 'r' (repr: shortest
   round-trip, precision unused) as printf / CPython do ("inf", "nan" and,
   for upper-case codes, "INF", "NAN").  Returns a gp_mem_alloc'ed string
   or NULL (MemoryError set when t is not NULL). */
char *gp_double_to_string(gp_thread *t, double v, char code, int precision, int flags);

/* The text of a number literal with non-ASCII decimal digits and white
   space replaced by ASCII ones (other non-ASCII characters become 0x7f,
   which no number syntax accepts).  Returns NULL when s is pure ASCII (use
   it as it is), else a gp_mem_alloc'ed copy whose length is stored in *n. */
char *gp_number_ascii_text(const char *s, gp_ssize *n);

/* Exact comparison of an int with a double that is not a NaN: <0, 0, >0. */
int gp_int_compare_double(gp_obj *i, double d);
/* float ** float with Python's rules (complex result for a negative base
   and a fractional exponent). */
gp_obj *gp_float_pow_values(gp_thread *t, double x, double y);
/* int's number slots, which bool extends. */
extern gp_number_methods gp_int_as_number;

int gp_bool_init(gp_thread *t);
int gp_float_init(gp_thread *t);
int gp_complex_init(gp_thread *t);
int gp_numbers_init(gp_thread *t);

#endif
