/* Declarations shared by the files of the strings area only (str.c,
   str_methods.c, strarg.c, strformat.c, strbuf.c, codecs.c, bytes.c,
   bytes_methods.c, bytearray.c, unicode.c).  Nothing outside those files
   includes it. */
#ifndef GP_STRIMPL_H
#define GP_STRIMPL_H

#include "gilpy_core.h"
#include "objects/unicode.h"

/* ------------------------------------------------------------------ str */

/* A new exact str with room for size bytes (NUL written after them); the
   caller fills data and then calls gp_str_set_info (or gp_str_scan_info). */
gp_obj *gp_str_alloc(gp_thread *t, gp_ssize size);
static inline void gp_str_set_info(gp_obj *o, gp_ssize length, int ascii) {
    gp_str *s = (gp_str *)o;
    s->length = length;
    s->ascii = (uint8_t)ascii;
}
/* Give a string made by gp_str_alloc its final size (<= the allocated
   one), length and ascii flag; may move it.  Cannot fail. */
gp_obj *gp_str_shrink(gp_obj *s, gp_ssize size, gp_ssize length, int ascii);
/* Compute length and the ascii flag from the data. */
void gp_str_scan_info(gp_obj *o);
/* The string '' and the one-character strings of code points below 256. */
gp_obj *gp_str_empty(void);              /* new reference */
gp_obj *gp_str_latin1_char(uint32_t cp); /* cp < 256, new reference */
/* Byte offset of code point i (0 <= i <= length). */
gp_ssize gp_str_byte_offset(gp_obj *s, gp_ssize i);
/* The data and size of a str as raw bytes. */
static inline char *gp_str_data(gp_obj *o) { return ((gp_str *)o)->data; }
static inline int gp_str_is_ascii(gp_obj *o) { return ((gp_str *)o)->ascii; }
/* SipHash-1-3 of n bytes with the interpreter's key, as CPython hashes
   bytes and the 1/2/4-byte forms of str. */
gp_hash gp_str_hash_bytes(const void *p, gp_ssize n);
/* A str of n bytes of our UTF-8 whose length (code points) and ascii flag
   the caller already knows; returns the singletons for '' and single
   Latin-1 characters. */
gp_obj *gp_str_from_buf(gp_thread *t, const char *p, gp_ssize n, gp_ssize length, int ascii);
/* Exact copy of a str subclass instance (or a new reference to an exact str). */
gp_obj *gp_str_exact(gp_thread *t, gp_obj *s);

extern const gp_method_def gp_str_methods[];
extern gp_type gp_str_ascii_iter_type, gp_str_iter_type;

/* str.format / str.format_map: kwnames/kwargs for format(), mapping for
   format_map (NULL otherwise). */
gp_obj *gp_str_format_impl(gp_thread *t, gp_obj *fmt, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames, gp_obj *mapping);
/* % formatting of bytes (fmt bytes or bytearray data); returns bytes. */
gp_obj *gp_bytes_mod_format(gp_thread *t, const char *fmt, gp_ssize n, gp_obj *args);

/* ------------------------------------------------------ argument checks */

/* The TypeErrors of CPython's several argument-checking styles:
   "str.upper() takes no arguments (1 given)", "str.upper() takes no keyword
   arguments", "str.join() takes exactly one argument (0 given)",
   "center expected at least 1 argument, got 0" (clinic), and
   "find() takes at least 1 argument (0 given)" (old style). */
int gp_strarg_none(gp_thread *t, const char *qualname, gp_ssize nargs, gp_obj *kwnames);
int gp_strarg_one(gp_thread *t, const char *qualname, gp_ssize nargs, gp_obj *kwnames);
int gp_strarg_clinic(gp_thread *t, const char *name, const char *qualname, gp_ssize nargs,
                     gp_obj *kwnames, gp_ssize min, gp_ssize max);
int gp_strarg_old(gp_thread *t, const char *name, const char *qualname, gp_ssize nargs,
                  gp_obj *kwnames, gp_ssize min, gp_ssize max);
/* Positional and keyword arguments matched to names (NULL-terminated;
   leading "" names are positional-only); out[] gets borrowed values or
   NULL; the first `min` are required.  fname is used as "split()". */
int gp_strarg_parse(gp_thread *t, const char *fname, const char *const *names, gp_ssize min,
                    gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames, gp_obj **out);
/* An integer argument through __index__ ("'str' object cannot be
   interpreted as an integer"); OverflowError when it does not fit. */
int gp_strarg_ssize(gp_thread *t, gp_obj *o, gp_ssize *out);
/* A start/end argument of find(), count(), ...: an index, clamped when
   it does not fit; "slice indices must be integers or None or have an
   __index__ method" otherwise (callers handle None). */
int gp_strarg_slice_index(gp_thread *t, gp_obj *o, gp_ssize *out);
/* Clip start/end like a slice of a sequence of length len. */
void gp_strarg_adjust(gp_ssize *start, gp_ssize *end, gp_ssize len);

/* ----------------------------------------------------------- searching */

/* Position of needle in haystack (bytes), or -1; the last one for rfind. */
gp_ssize gp_bytes_find_raw(const char *h, gp_ssize hn, const char *n, gp_ssize nn);
gp_ssize gp_bytes_rfind_raw(const char *h, gp_ssize hn, const char *n, gp_ssize nn);
gp_ssize gp_bytes_count_raw(const char *h, gp_ssize hn, const char *n, gp_ssize nn,
                            gp_ssize maxcount);

/* ---------------------------------------------------------------- bytes */

gp_obj *gp_bytes_alloc(gp_thread *t, gp_ssize n); /* exact bytes, data uninitialised */
/* escape_sq: escape single quotes even inside double quotes, as
   bytearray's repr does. */
gp_obj *gp_bytes_repr_impl(gp_thread *t, const char *p, gp_ssize n, const char *prefix,
                           const char *suffix, int escape_sq);
/* The contents bytes(src, encoding, errors) / bytearray(...) start with:
   appended to out, or, for an integer count, *zeros set to it (else -1).
   what is "bytes" or "bytearray" for the messages. */
int gp_bytes_from_object(gp_thread *t, gp_obj *src, gp_obj *encoding, gp_obj *errors,
                         const char *what, gp_strbuf *out, gp_ssize *zeros);
/* Read the data of a bytes or bytearray (no check). */
static inline void gp_bytes_view(gp_obj *o, const char **p, gp_ssize *n) {
    if (gp_bytes_check(o)) {
        *p = gp_bytes_data(o);
        *n = gp_bytes_size(o);
    } else {
        *p = ((gp_bytearray *)o)->data;
        *n = ((gp_bytearray *)o)->size;
    }
}
/* One byte value from an int-like object ("byte must be in range(0, 256)"). */
int gp_bytes_byte_value(gp_thread *t, gp_obj *o, int *out);
int gp_bytearray_resize(gp_thread *t, gp_obj *ba, gp_ssize n);
/* Comparison and iteration shared by bytes and bytearray. */
gp_obj *gp_bytes_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op);
gp_obj *gp_bytes_iter_new(gp_thread *t, gp_obj *o);
int gp_bytes_init_types(gp_thread *t);

/* The methods shared by bytes and bytearray (defined in bytes.c): they
   read self through either layout and return a new object of self's kind. */
#define GP_BYTES_SHARED_METHOD_LIST(X)                                                             \
    X(capitalize)                                                                                  \
    X(center) X(count) X(decode) X(endswith) X(expandtabs) X(find) X(hex) X(index) X(isalnum)      \
        X(isalpha) X(isascii) X(isdigit) X(islower) X(isspace) X(istitle) X(isupper) X(join)       \
            X(ljust) X(lower) X(lstrip) X(partition) X(removeprefix) X(removesuffix) X(replace)    \
                X(rfind) X(rindex) X(rjust) X(rpartition) X(rsplit) X(rstrip) X(split)             \
                    X(splitlines) X(startswith) X(strip) X(swapcase) X(title) X(translate)         \
                        X(upper) X(zfill)
#define GP_BYTES_DECLARE_METHOD(name)                                                              \
    gp_obj *gp_bytes_m_##name(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,     \
                              gp_obj *kwnames);
GP_BYTES_SHARED_METHOD_LIST(GP_BYTES_DECLARE_METHOD)
#undef GP_BYTES_DECLARE_METHOD
#define GP_BYTES_METHOD_ENTRY(name) {#name, gp_bytes_m_##name, 0, NULL},
gp_obj *gp_bytes_m_fromhex(gp_thread *t, gp_obj *cls, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames);
gp_obj *gp_bytes_maketrans(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames);

/* ---------------------------------------------------------------- codecs */

/* The canonical codec of an encoding name, or -1 (LookupError raised when
   t is not NULL). */
enum {
    GP_CODEC_UTF8,
    GP_CODEC_ASCII,
    GP_CODEC_LATIN1,
    GP_CODEC_UTF16,
    GP_CODEC_UTF16LE,
    GP_CODEC_UTF16BE,
    GP_CODEC_UTF32,
    GP_CODEC_UTF32LE,
    GP_CODEC_UTF32BE
};
int gp_codec_lookup(gp_thread *t, const char *encoding);

#endif
