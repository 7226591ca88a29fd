/* str, bytes, bytearray, string building and codecs.
   Owned by the strings area (objects/str.c bytes.c bytearray.c ...). */
#ifndef GP_STRINGS_H
#define GP_STRINGS_H

#include "object.h"

/* A str: immutable UTF-8 text.  `length` counts code points, `size` bytes;
   data is NUL-terminated.  When every byte is ASCII, indexing is O(1);
   otherwise `index` may hold a lazily built table of byte offsets.  For
   exact str objects data points into the same allocation. */
typedef struct {
    gp_obj base;
    gp_ssize length;
    gp_ssize size;
    gp_hash hash; /* -1 until computed */
    uint8_t ascii;
    uint8_t interned;
    void *index;
    char *data;
} gp_str;

/* bytes: size in base.size; data NUL-terminated. */
typedef struct {
    gp_varobj base;
    gp_hash hash;
    char data[1];
} gp_bytes;

typedef struct {
    gp_obj base;
    gp_ssize size;
    gp_ssize alloc;
    char *data;
    gp_ssize exports;
} gp_bytearray;

extern gp_type gp_str_type;
extern gp_type gp_bytes_type;
extern gp_type gp_bytearray_type;

static inline int gp_str_check(const gp_obj *o) {
    return !gp_is_small(o) && GP_FAST_CHECK(o, GP_TPFLAGS_STR_SUBCLASS);
}
static inline int gp_str_check_exact(const gp_obj *o) {
    return !gp_is_small(o) && o->ob_type == &gp_str_type;
}
static inline const char *gp_str_utf8(const gp_obj *o) { return ((const gp_str *)o)->data; }
static inline gp_ssize gp_str_size(const gp_obj *o) { return ((const gp_str *)o)->size; }
static inline gp_ssize gp_str_len(const gp_obj *o) { return ((const gp_str *)o)->length; }
static inline int gp_bytes_check(const gp_obj *o) {
    return !gp_is_small(o) && GP_FAST_CHECK(o, GP_TPFLAGS_BYTES_SUBCLASS);
}
static inline const char *gp_bytes_data(const gp_obj *o) { return ((const gp_bytes *)o)->data; }
static inline gp_ssize gp_bytes_size(const gp_obj *o) { return ((const gp_varobj *)o)->size; }
int gp_bytearray_check(const gp_obj *o);

/* New str from valid UTF-8 (not checked: use gp_str_decode_utf8 for
   untrusted bytes). */
gp_obj *gp_str_new(gp_thread *t, const char *utf8, gp_ssize size);
gp_obj *gp_str_from_cstr(gp_thread *t, const char *s);
gp_obj *gp_str_from_codepoint(gp_thread *t, uint32_t cp);
/* printf-like: %s %d %i %u %ld %lu %lld %zd %zu %x %c %p %% and
   %S str(obj), %R repr(obj), %A ascii(obj), %U a str object, %T type name of obj. */
gp_obj *gp_str_from_format(gp_thread *t, const char *fmt, ...);
gp_obj *gp_str_from_vformat(gp_thread *t, const char *fmt, va_list ap);
/* The interned (unique, immortal) str for s: same text, same object.
   Returns a borrowed reference that stays valid for the interpreter's life. */
gp_obj *gp_str_intern_cstr_borrow(gp_thread *t, const char *s);
/* Replace *p by its interned equivalent. */
int gp_str_intern_inplace(gp_thread *t, gp_obj **p);

gp_hash gp_str_hash(gp_obj *s);
int gp_str_eq(gp_obj *a, gp_obj *b); /* both str */
int gp_str_eq_cstr(gp_obj *a, const char *s);
int gp_str_compare(gp_obj *a, gp_obj *b); /* <0, 0, >0 by code point */
gp_obj *gp_str_concat(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_str_join(gp_thread *t, gp_obj *sep, gp_obj *iterable);
uint32_t gp_str_char_at(gp_obj *s, gp_ssize i);                               /* 0 <= i < length */
gp_obj *gp_str_substr(gp_thread *t, gp_obj *s, gp_ssize start, gp_ssize end); /* code points */
gp_obj *gp_str_repr(gp_thread *t, gp_obj *s); /* with quotes and escapes */
/* Decode/encode with Python's codec names and aliases ("utf-8", "ascii",
   "latin-1", "utf-16[-le|-be]", "utf-32[-le|-be]") and error handlers
   ("strict", "replace", "ignore", "backslashreplace", "surrogateescape",
   "surrogatepass", and "xmlcharrefreplace" for encoding).  encoding/errors
   may be NULL for the defaults (utf-8, strict). */
gp_obj *gp_str_decode(gp_thread *t, const char *data, gp_ssize n, const char *encoding,
                      const char *errors);
gp_obj *gp_str_encode(gp_thread *t, gp_obj *s, const char *encoding, const char *errors);
/* str.__format__ (fill, align, width, precision). */
gp_obj *gp_str_format_spec(gp_thread *t, gp_obj *s, gp_obj *spec);
/* str % args and bytes % args */
gp_obj *gp_str_mod_format(gp_thread *t, gp_obj *fmt, gp_obj *args);

gp_obj *gp_bytes_new(gp_thread *t, const char *data, gp_ssize n);
gp_obj *gp_bytearray_new(gp_thread *t, const char *data, gp_ssize n);
/* bytes(o) for an object that should already hold bytes (CPython's
   PyObject_Bytes): __bytes__, a bytes-like copy or an iterable of ints;
   "cannot convert 'str' object to bytes" for str, int and the rest. */
gp_obj *gp_bytes_from_obj(gp_thread *t, gp_obj *o);
/* Contiguous bytes of a bytes-like object (anything that exports a
   C-contiguous buffer): a borrowed pointer valid while o lives and is not
   resized or released, for code that neither runs Python code nor releases
   the GIL while it reads.  TypeError "a bytes-like object is required"
   otherwise.  Code that may do either holds a buffer with gp_buffer_get. */
int gp_bytes_like(gp_thread *t, gp_obj *o, const char **data, gp_ssize *n);

/* The buffer protocol (objects/memoryview.c).  gp_buffer_get fills *view
   from o's exporter: TypeError "a bytes-like object is required, not 'T'"
   when o exports nothing, BufferError when flags ask for what o cannot give
   (a writable or, without GP_BUF_ANY_LAYOUT, a C-contiguous buffer).
   gp_buffer_release hands it back (it may be called on a view whose obj
   is NULL).  gp_buffer_fill is for flat byte exporters' getbuffer. */
int gp_buffer_check(gp_obj *o);
/* gp_bytes_like for an argument that may also be something else: 1 with
   the bytes, 0 (no exception) when o exports no buffer, -1 on error. */
int gp_bytes_like_opt(gp_thread *t, gp_obj *o, const char **data, gp_ssize *n);
int gp_buffer_get(gp_thread *t, gp_obj *o, gp_buffer *view, int flags);
void gp_buffer_release(gp_buffer *view);
int gp_buffer_fill(gp_thread *t, gp_buffer *view, gp_obj *o, void *buf, gp_ssize len,
                   int readonly, int flags);

/* A bytes copy of what any buffer exporter holds, in C order (a strided
   memoryview included). */
gp_obj *gp_buffer_to_bytes(gp_thread *t, gp_obj *o);

/* memoryview(o). */
extern gp_type gp_memoryview_type;
gp_obj *gp_memoryview_new(gp_thread *t, gp_obj *o);
int gp_memoryview_init_types(gp_thread *t);

/* Growing buffer for building text; gp_strbuf_finish makes the str and
   releases the buffer (also on failure).  gp_strbuf_free drops it unused. */
typedef struct {
    char *buf;
    gp_ssize len, cap;
    int failed;
    char small[200];
} gp_strbuf;
void gp_strbuf_init(gp_strbuf *b);
void gp_strbuf_append(gp_strbuf *b, const char *s, gp_ssize n);
void gp_strbuf_append_cstr(gp_strbuf *b, const char *s);
void gp_strbuf_append_char(gp_strbuf *b, char c);
void gp_strbuf_append_codepoint(gp_strbuf *b, uint32_t cp);
/* Append count copies of code point cp (padding). */
void gp_strbuf_append_fill(gp_strbuf *b, uint32_t cp, gp_ssize count);
/* Append str(o) / repr(o); -1 on error (exception set). */
int gp_strbuf_append_str(gp_thread *t, gp_strbuf *b, gp_obj *o);
int gp_strbuf_append_repr(gp_thread *t, gp_strbuf *b, gp_obj *o);
gp_obj *gp_strbuf_finish(gp_thread *t, gp_strbuf *b);
void gp_strbuf_free(gp_strbuf *b);

/* s with every non-ASCII character escaped as \xhh, \uhhhh or \Uhhhhhhhh:
   ascii(x) is this applied to repr(x). */
gp_obj *gp_str_escape_ascii(gp_thread *t, gp_obj *s);
/* s + b where the caller owns the only reference to *pa: may grow *pa in
   place (the loop `s += x` stays linear).  Replaces *pa by the result (the
   old reference is consumed); -1 on error with *pa released and NULL. */
int gp_str_concat_inplace(gp_thread *t, gp_obj **pa, gp_obj *b);
/* str * n */
gp_obj *gp_str_repeat(gp_thread *t, gp_obj *s, gp_ssize n);
/* s[i] as a one-character str (i already adjusted, 0 <= i < length). */
gp_obj *gp_str_getitem(gp_thread *t, gp_obj *s, gp_ssize i);

/* Unicode character data, for parsers of numbers and identifiers. */
int gp_uni_decimal(uint32_t cp); /* value of a decimal digit, or -1 */
int gp_uni_isspace(uint32_t cp);
int gp_uni_is_xid_start(uint32_t cp);
int gp_uni_is_xid_continue(uint32_t cp);

int gp_strings_init(gp_thread *t);

#endif
