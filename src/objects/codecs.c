/* Encoding str to bytes and decoding bytes to str: UTF-8, ASCII, Latin-1,
   UTF-16 and UTF-32, with the error handlers strict, ignore, replace,
   backslashreplace, xmlcharrefreplace (encoding), surrogateescape and
   surrogatepass.  Failures raise UnicodeDecodeError/UnicodeEncodeError
   carrying the codec name, the object, the range and the reason, as
   CPython does. */
#include <stdio.h>

#include "objects/strimpl.h"

enum {
    ERR_STRICT,
    ERR_IGNORE,
    ERR_REPLACE,
    ERR_BACKSLASH,
    ERR_XMLCHARREF,
    ERR_SURROGATEESCAPE,
    ERR_SURROGATEPASS,
    ERR_UNKNOWN
};

static int error_mode(const char *errors) {
    if (!errors || strcmp(errors, "strict") == 0) return ERR_STRICT;
    if (strcmp(errors, "ignore") == 0) return ERR_IGNORE;
    if (strcmp(errors, "replace") == 0) return ERR_REPLACE;
    if (strcmp(errors, "backslashreplace") == 0) return ERR_BACKSLASH;
    if (strcmp(errors, "xmlcharrefreplace") == 0) return ERR_XMLCHARREF;
    if (strcmp(errors, "surrogateescape") == 0) return ERR_SURROGATEESCAPE;
    if (strcmp(errors, "surrogatepass") == 0) return ERR_SURROGATEPASS;
    return ERR_UNKNOWN;
}

static void *unknown_handler(gp_thread *t, const char *errors) {
    return gp_err_format(t, &gp_exc_LookupError, "unknown error handler name '%s'", errors);
}

/* Lower-case the name and turn spaces and hyphens into underscores. */
static void normalize(const char *in, char *out, size_t cap) {
    size_t k = 0;
    while (*in == ' ')
        in++;
    for (; *in && k + 1 < cap; in++) {
        char c = *in;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c == ' ' || c == '-') c = '_';
        out[k++] = c;
    }
    while (k > 0 && out[k - 1] == '_')
        k--;
    out[k] = 0;
}

static const struct {
    const char *name;
    int codec;
} aliases[] = {
    {"utf_8", GP_CODEC_UTF8},
    {"utf8", GP_CODEC_UTF8},
    {"u8", GP_CODEC_UTF8},
    {"utf", GP_CODEC_UTF8},
    {"utf8_ucs2", GP_CODEC_UTF8},
    {"utf8_ucs4", GP_CODEC_UTF8},
    {"cp65001", GP_CODEC_UTF8},
    {"ascii", GP_CODEC_ASCII},
    {"us_ascii", GP_CODEC_ASCII},
    {"646", GP_CODEC_ASCII},
    {"us", GP_CODEC_ASCII},
    {"ansi_x3.4_1968", GP_CODEC_ASCII},
    {"ansi_x3_4_1968", GP_CODEC_ASCII},
    {"ansi_x3.4_1986", GP_CODEC_ASCII},
    {"cp367", GP_CODEC_ASCII},
    {"csascii", GP_CODEC_ASCII},
    {"ibm367", GP_CODEC_ASCII},
    {"iso646_us", GP_CODEC_ASCII},
    {"iso_646.irv_1991", GP_CODEC_ASCII},
    {"iso_ir_6", GP_CODEC_ASCII},
    {"latin_1", GP_CODEC_LATIN1},
    {"latin1", GP_CODEC_LATIN1},
    {"latin", GP_CODEC_LATIN1},
    {"l1", GP_CODEC_LATIN1},
    {"iso_8859_1", GP_CODEC_LATIN1},
    {"iso8859_1", GP_CODEC_LATIN1},
    {"8859", GP_CODEC_LATIN1},
    {"cp819", GP_CODEC_LATIN1},
    {"iso_ir_100", GP_CODEC_LATIN1},
    {"csisolatin1", GP_CODEC_LATIN1},
    {"iso_8859_1_1987", GP_CODEC_LATIN1},
    {"ibm819", GP_CODEC_LATIN1},
    {"iso88591", GP_CODEC_LATIN1},
    {"utf_16", GP_CODEC_UTF16},
    {"utf16", GP_CODEC_UTF16},
    {"u16", GP_CODEC_UTF16},
    {"utf_16_le", GP_CODEC_UTF16LE},
    {"utf_16le", GP_CODEC_UTF16LE},
    {"utf_16_be", GP_CODEC_UTF16BE},
    {"utf_16be", GP_CODEC_UTF16BE},
    {"utf_32", GP_CODEC_UTF32},
    {"utf32", GP_CODEC_UTF32},
    {"u32", GP_CODEC_UTF32},
    {"utf_32_le", GP_CODEC_UTF32LE},
    {"utf_32le", GP_CODEC_UTF32LE},
    {"utf_32_be", GP_CODEC_UTF32BE},
    {"utf_32be", GP_CODEC_UTF32BE},
};

int gp_codec_lookup(gp_thread *t, const char *encoding) {
    if (!encoding) return GP_CODEC_UTF8;
    /* The common spellings first, without copying. */
    if (strcmp(encoding, "utf-8") == 0 || strcmp(encoding, "utf8") == 0) return GP_CODEC_UTF8;
    char norm[64];
    normalize(encoding, norm, sizeof norm);
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(norm, aliases[i].name) == 0) return aliases[i].codec;
    if (t) gp_err_format(t, &gp_exc_LookupError, "unknown encoding: %s", encoding);
    return -1;
}

static const char *codec_name(int codec) {
    switch (codec) {
    case GP_CODEC_UTF8:
        return "utf-8";
    case GP_CODEC_ASCII:
        return "ascii";
    case GP_CODEC_LATIN1:
        return "latin-1";
    case GP_CODEC_UTF16:
        return "utf-16";
    case GP_CODEC_UTF16LE:
        return "utf-16-le";
    case GP_CODEC_UTF16BE:
        return "utf-16-be";
    case GP_CODEC_UTF32:
        return "utf-32";
    case GP_CODEC_UTF32LE:
        return "utf-32-le";
    default:
        return "utf-32-be";
    }
}

/* ------------------------------------------------------------- errors */

static void raise_unicode_error(gp_thread *t, gp_type *type, const char *encoding, gp_obj *object,
                                gp_ssize start, gp_ssize end, const char *reason) {
    gp_obj *args[5] = {NULL, NULL, NULL, NULL, NULL};
    args[0] = gp_str_from_cstr(t, encoding);
    args[1] = gp_newref(object);
    args[2] = gp_int_from_ssize(t, start);
    args[3] = gp_int_from_ssize(t, end);
    args[4] = gp_str_from_cstr(t, reason);
    if (args[0] && args[2] && args[3] && args[4]) {
        gp_obj *exc = gp_exc_new(t, type, args, 5);
        if (exc) {
            gp_err_set(t, type, exc);
            gp_decref(exc);
        }
    }
    for (int i = 0; i < 5; i++)
        gp_xdecref(args[i]);
}

static void *decode_error(gp_thread *t, const char *encoding, const char *data, gp_ssize n,
                          gp_ssize start, gp_ssize end, const char *reason) {
    gp_obj *obj = gp_bytes_new(t, data, n);
    if (!obj) return NULL;
    raise_unicode_error(t, &gp_exc_UnicodeDecodeError, encoding, obj, start, end, reason);
    gp_decref(obj);
    return NULL;
}

static const char hexdigits[] = "0123456789abcdef";

/* Apply a decoding error handler to the bad bytes [start, end).  Returns
   0 when handled (output appended), -1 with the error raised. */
static int handle_decode_error(gp_thread *t, int mode, const char *errors, gp_strbuf *b,
                               const char *encoding, const unsigned char *data, gp_ssize n,
                               gp_ssize start, gp_ssize end, const char *reason) {
    switch (mode) {
    case ERR_STRICT:
        decode_error(t, encoding, (const char *)data, n, start, end, reason);
        return -1;
    case ERR_IGNORE:
        return 0;
    case ERR_REPLACE:
        gp_strbuf_append_codepoint(b, 0xFFFD);
        return 0;
    case ERR_BACKSLASH:
        for (gp_ssize i = start; i < end; i++) {
            char e[4] = {'\\', 'x', hexdigits[data[i] >> 4], hexdigits[data[i] & 15]};
            gp_strbuf_append(b, e, 4);
        }
        return 0;
    case ERR_SURROGATEESCAPE:
        for (gp_ssize i = start; i < end; i++) {
            if (data[i] < 128) {
                decode_error(t, encoding, (const char *)data, n, start, end, reason);
                return -1;
            }
            gp_strbuf_append_codepoint(b, 0xDC00 + data[i]);
        }
        return 0;
    case ERR_UNKNOWN:
        unknown_handler(t, errors);
        return -1;
    default:
        /* surrogatepass / xmlcharrefreplace do not apply here. */
        decode_error(t, encoding, (const char *)data, n, start, end, reason);
        return -1;
    }
}

/* ------------------------------------------------------------- decoding */

static inline int is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/* Check one UTF-8 sequence at s[i].  Returns its length (1-4) when valid,
   or 0 with *bad_end and *reason set (CPython's error ranges). */
static int utf8_check(const unsigned char *s, gp_ssize i, gp_ssize n, int allow_surrogates,
                      gp_ssize *bad_end, const char **reason) {
    unsigned char c = s[i];
    gp_ssize avail = n - i;
    if (c < 0x80) return 1;
    if (c < 0xC2 || c > 0xF4) {
        *reason = "invalid start byte";
        *bad_end = i + 1;
        return 0;
    }
    int need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0)
        lo = 0xA0;
    else if (c == 0xED && !allow_surrogates)
        hi = 0x9F;
    else if (c == 0xF0)
        lo = 0x90;
    else if (c == 0xF4)
        hi = 0x8F;
    for (int k = 1; k < need; k++) {
        if (k >= avail) {
            *reason = "unexpected end of data";
            *bad_end = n;
            return 0;
        }
        unsigned char d = s[i + k];
        if (!is_cont(d) || (k == 1 && (d < lo || d > hi))) {
            *reason = "invalid continuation byte";
            *bad_end = i + k;
            return 0;
        }
    }
    return need;
}

static gp_obj *decode_utf8(gp_thread *t, const char *data, gp_ssize n, const char *errors) {
    const unsigned char *s = (const unsigned char *)data;
    if (gp_utf8_is_ascii(data, n)) return gp_str_from_buf(t, data, n, n, 1);
    int mode = error_mode(errors);
    gp_ssize i = 0;
    /* Valid text is copied as it is: find the first problem. */
    int clean = 1;
    while (i < n) {
        gp_ssize bad_end;
        const char *reason;
        int len = utf8_check(s, i, n, 0, &bad_end, &reason);
        if (!len) {
            clean = 0;
            break;
        }
        i += len;
    }
    if (clean) return gp_str_new(t, data, n);
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_strbuf_append(&b, data, i);
    while (i < n) {
        gp_ssize bad_end;
        const char *reason;
        int len = utf8_check(s, i, n, mode == ERR_SURROGATEPASS, &bad_end, &reason);
        if (len) {
            gp_strbuf_append(&b, (const char *)s + i, len);
            i += len;
            continue;
        }
        if (handle_decode_error(t, mode, errors, &b, "utf-8", s, n, i, bad_end, reason) < 0) {
            gp_strbuf_free(&b);
            return NULL;
        }
        i = bad_end;
    }
    return gp_strbuf_finish(t, &b);
}

static gp_obj *decode_latin1(gp_thread *t, const char *data, gp_ssize n) {
    if (gp_utf8_is_ascii(data, n)) return gp_str_from_buf(t, data, n, n, 1);
    gp_ssize extra = 0;
    for (gp_ssize i = 0; i < n; i++)
        extra += (unsigned char)data[i] >> 7;
    gp_obj *r = gp_str_alloc(t, n + extra);
    if (!r) return NULL;
    char *d = gp_str_data(r);
    for (gp_ssize i = 0; i < n; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c < 0x80) {
            *d++ = (char)c;
        } else {
            *d++ = (char)(0xC0 | (c >> 6));
            *d++ = (char)(0x80 | (c & 0x3F));
        }
    }
    gp_str_set_info(r, n, 0);
    if (n == 1) {
        gp_decref(r);
        return gp_str_latin1_char((unsigned char)data[0]);
    }
    return r;
}

static gp_obj *decode_ascii(gp_thread *t, const char *data, gp_ssize n, const char *errors) {
    if (gp_utf8_is_ascii(data, n)) return gp_str_from_buf(t, data, n, n, 1);
    int mode = error_mode(errors);
    const unsigned char *s = (const unsigned char *)data;
    gp_strbuf b;
    gp_strbuf_init(&b);
    for (gp_ssize i = 0; i < n; i++) {
        if (s[i] < 0x80) {
            gp_strbuf_append_char(&b, (char)s[i]);
        } else if (handle_decode_error(t, mode, errors, &b, "ascii", s, n, i, i + 1,
                                       "ordinal not in range(128)") < 0) {
            gp_strbuf_free(&b);
            return NULL;
        }
    }
    return gp_strbuf_finish(t, &b);
}

/* UTF-16 and UTF-32; `width` is 2 or 4, `big` the byte order, and for the
   plain names (bom_detect) a leading BOM picks the order. */
static gp_obj *decode_utf16_32(gp_thread *t, const char *data, gp_ssize n, const char *errors,
                               int width, int big, int bom_detect) {
    const unsigned char *s = (const unsigned char *)data;
    int mode = error_mode(errors);
    gp_ssize i = 0;
    if (bom_detect) {
        big = 0;
        if (width == 2 && n >= 2) {
            if (s[0] == 0xFF && s[1] == 0xFE)
                i = 2;
            else if (s[0] == 0xFE && s[1] == 0xFF)
                big = 1, i = 2;
        } else if (width == 4 && n >= 4) {
            if (s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0)
                i = 4;
            else if (s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF)
                big = 1, i = 4;
        }
    }
    const char *name =
        width == 2 ? (big ? "utf-16-be" : "utf-16-le") : (big ? "utf-32-be" : "utf-32-le");
    gp_strbuf b;
    gp_strbuf_init(&b);
    while (i < n) {
        if (n - i < width) {
            if (handle_decode_error(t, mode, errors, &b, name, s, n, i, n, "truncated data") < 0)
                goto error;
            break;
        }
        uint32_t u;
        if (width == 2)
            u = big ? (uint32_t)(s[i] << 8 | s[i + 1]) : (uint32_t)(s[i + 1] << 8 | s[i]);
        else
            u = big ? ((uint32_t)s[i] << 24 | (uint32_t)s[i + 1] << 16 | (uint32_t)s[i + 2] << 8 |
                       s[i + 3])
                    : ((uint32_t)s[i + 3] << 24 | (uint32_t)s[i + 2] << 16 |
                       (uint32_t)s[i + 1] << 8 | s[i]);
        if (width == 4) {
            if (u > 0x10FFFF || (u >= 0xD800 && u < 0xE000 && mode != ERR_SURROGATEPASS)) {
                const char *why = u > 0x10FFFF
                                      ? "code point not in range(0x110000)"
                                      : "code point in surrogate code point range(0xd800, 0xe000)";
                if (handle_decode_error(t, mode, errors, &b, name, s, n, i, i + 4, why) < 0)
                    goto error;
            } else {
                gp_strbuf_append_codepoint(&b, u);
            }
            i += 4;
            continue;
        }
        if (u < 0xD800 || u > 0xDFFF) {
            gp_strbuf_append_codepoint(&b, u);
            i += 2;
            continue;
        }
        if (u >= 0xDC00) {
            if (mode == ERR_SURROGATEPASS)
                gp_strbuf_append_codepoint(&b, u);
            else if (handle_decode_error(t, mode, errors, &b, name, s, n, i, i + 2,
                                         "illegal encoding") < 0)
                goto error;
            i += 2;
            continue;
        }
        if (n - i < 4) {
            if (mode == ERR_SURROGATEPASS) {
                gp_strbuf_append_codepoint(&b, u);
                i += 2;
                continue;
            }
            if (handle_decode_error(t, mode, errors, &b, name, s, n, i, n,
                                    "unexpected end of data") < 0)
                goto error;
            break;
        }
        uint32_t u2 =
            big ? (uint32_t)(s[i + 2] << 8 | s[i + 3]) : (uint32_t)(s[i + 3] << 8 | s[i + 2]);
        if (u2 < 0xDC00 || u2 > 0xDFFF) {
            if (mode == ERR_SURROGATEPASS)
                gp_strbuf_append_codepoint(&b, u);
            else if (handle_decode_error(t, mode, errors, &b, name, s, n, i, i + 2,
                                         "illegal UTF-16 surrogate") < 0)
                goto error;
            i += 2;
            continue;
        }
        gp_strbuf_append_codepoint(&b, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
        i += 4;
    }
    return gp_strbuf_finish(t, &b);
error:
    gp_strbuf_free(&b);
    return NULL;
}

gp_obj *gp_str_decode(gp_thread *t, const char *data, gp_ssize n, const char *encoding,
                      const char *errors) {
    int codec = gp_codec_lookup(t, encoding);
    switch (codec) {
    case GP_CODEC_UTF8:
        return decode_utf8(t, data, n, errors);
    case GP_CODEC_ASCII:
        return decode_ascii(t, data, n, errors);
    case GP_CODEC_LATIN1:
        return decode_latin1(t, data, n);
    case GP_CODEC_UTF16:
        return decode_utf16_32(t, data, n, errors, 2, 0, 1);
    case GP_CODEC_UTF16LE:
        return decode_utf16_32(t, data, n, errors, 2, 0, 0);
    case GP_CODEC_UTF16BE:
        return decode_utf16_32(t, data, n, errors, 2, 1, 0);
    case GP_CODEC_UTF32:
        return decode_utf16_32(t, data, n, errors, 4, 0, 1);
    case GP_CODEC_UTF32LE:
        return decode_utf16_32(t, data, n, errors, 4, 0, 0);
    case GP_CODEC_UTF32BE:
        return decode_utf16_32(t, data, n, errors, 4, 1, 0);
    default:
        return NULL;
    }
}

/* ------------------------------------------------------------- encoding */

static inline int is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

/* Append the encoding of code point c, one of `unit` bytes each... for
   the plain byte codecs c < limit always holds here. */
static void put_unit(gp_strbuf *b, int codec, uint32_t c) {
    switch (codec) {
    case GP_CODEC_UTF8:
        gp_strbuf_append_codepoint(b, c);
        break;
    case GP_CODEC_ASCII:
    case GP_CODEC_LATIN1:
        gp_strbuf_append_char(b, (char)c);
        break;
    case GP_CODEC_UTF16LE:
    case GP_CODEC_UTF16BE: {
        int big = codec == GP_CODEC_UTF16BE;
        uint16_t units[2];
        int k = 0;
        if (c >= 0x10000) {
            units[k++] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
            units[k++] = (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            units[k++] = (uint16_t)c;
        }
        for (int i = 0; i < k; i++) {
            char e[2];
            e[big ? 0 : 1] = (char)(units[i] >> 8);
            e[big ? 1 : 0] = (char)(units[i] & 0xFF);
            gp_strbuf_append(b, e, 2);
        }
        break;
    }
    default: {
        int big = codec == GP_CODEC_UTF32BE;
        char e[4];
        for (int i = 0; i < 4; i++)
            e[big ? 3 - i : i] = (char)((c >> (8 * i)) & 0xFF);
        gp_strbuf_append(b, e, 4);
        break;
    }
    }
}

static gp_obj *encode(gp_thread *t, gp_obj *s, int codec, const char *errors) {
    const unsigned char *p = (const unsigned char *)gp_str_utf8(s);
    gp_ssize n = gp_str_size(s);
    int mode = error_mode(errors);
    const char *name = codec_name(codec);
    uint32_t limit = codec == GP_CODEC_ASCII ? 0x80 : codec == GP_CODEC_LATIN1 ? 0x100 : 0x110000;
    const char *reason = codec == GP_CODEC_ASCII    ? "ordinal not in range(128)"
                         : codec == GP_CODEC_LATIN1 ? "ordinal not in range(256)"
                                                    : "surrogates not allowed";
    gp_strbuf b;
    gp_strbuf_init(&b);
    if (codec == GP_CODEC_UTF16) {
        gp_strbuf_append(&b, "\xff\xfe", 2);
        codec = GP_CODEC_UTF16LE;
    } else if (codec == GP_CODEC_UTF32) {
        gp_strbuf_append(&b, "\xff\xfe\0\0", 4);
        codec = GP_CODEC_UTF32LE;
    }
    gp_ssize off = 0, pos = 0;
    while (off < n) {
        int len;
        uint32_t c = gp_utf8_decode(p + off, &len);
        int bad = c >= limit || (is_surrogate(c) && limit == 0x110000);
        if (!bad) {
            if (codec == GP_CODEC_UTF8)
                gp_strbuf_append(&b, (const char *)p + off, len);
            else
                put_unit(&b, codec, c);
            off += len;
            pos++;
            continue;
        }
        /* The run of characters this codec cannot take. */
        gp_ssize end_off = off, end_pos = pos;
        while (end_off < n) {
            int l2;
            uint32_t c2 = gp_utf8_decode(p + end_off, &l2);
            if (!(c2 >= limit || (is_surrogate(c2) && limit == 0x110000))) break;
            end_off += l2;
            end_pos++;
        }
        switch (mode) {
        case ERR_STRICT:
            gp_strbuf_free(&b);
            raise_unicode_error(t, &gp_exc_UnicodeEncodeError, name, s, pos, end_pos, reason);
            return NULL;
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            for (gp_ssize k = pos; k < end_pos; k++)
                put_unit(&b, codec, '?');
            break;
        case ERR_BACKSLASH:
        case ERR_XMLCHARREF:
            for (gp_ssize o = off; o < end_off;) {
                int l2;
                uint32_t c2 = gp_utf8_decode(p + o, &l2);
                o += l2;
                char e[16];
                int k = 0;
                if (mode == ERR_XMLCHARREF) {
                    k = snprintf(e, sizeof e, "&#%u;", (unsigned)c2);
                } else if (c2 < 0x100) {
                    k = snprintf(e, sizeof e, "\\x%02x", (unsigned)c2);
                } else if (c2 < 0x10000) {
                    k = snprintf(e, sizeof e, "\\u%04x", (unsigned)c2);
                } else {
                    k = snprintf(e, sizeof e, "\\U%08x", (unsigned)c2);
                }
                for (int q = 0; q < k; q++)
                    put_unit(&b, codec, (unsigned char)e[q]);
            }
            break;
        case ERR_SURROGATEESCAPE:
        case ERR_SURROGATEPASS: {
            gp_ssize k = pos;
            for (gp_ssize o = off; o < end_off; k++) {
                int l2;
                uint32_t c2 = gp_utf8_decode(p + o, &l2);
                if (mode == ERR_SURROGATEESCAPE && c2 >= 0xDC80 && c2 <= 0xDCFF) {
                    gp_strbuf_append_char(&b, (char)(c2 - 0xDC00));
                } else if (mode == ERR_SURROGATEPASS && is_surrogate(c2) && limit == 0x110000) {
                    if (codec == GP_CODEC_UTF8)
                        gp_strbuf_append(&b, (const char *)p + o, l2);
                    else if (codec == GP_CODEC_UTF16LE || codec == GP_CODEC_UTF16BE) {
                        int big = codec == GP_CODEC_UTF16BE;
                        char e[2];
                        e[big ? 0 : 1] = (char)(c2 >> 8);
                        e[big ? 1 : 0] = (char)(c2 & 0xFF);
                        gp_strbuf_append(&b, e, 2);
                    } else
                        put_unit(&b, codec, c2);
                } else {
                    gp_strbuf_free(&b);
                    raise_unicode_error(t, &gp_exc_UnicodeEncodeError, name, s, k, k + 1, reason);
                    return NULL;
                }
                o += l2;
            }
            break;
        }
        default:
            gp_strbuf_free(&b);
            unknown_handler(t, errors);
            return NULL;
        }
        off = end_off;
        pos = end_pos;
    }
    if (b.failed) {
        gp_strbuf_free(&b);
        return gp_err_nomemory(t);
    }
    gp_obj *r = gp_bytes_new(t, b.buf, b.len);
    gp_strbuf_free(&b);
    return r;
}

gp_obj *gp_str_encode(gp_thread *t, gp_obj *s, const char *encoding, const char *errors) {
    int codec = gp_codec_lookup(t, encoding);
    if (codec < 0) return NULL;
    if (codec == GP_CODEC_UTF8 || codec == GP_CODEC_ASCII || codec == GP_CODEC_LATIN1) {
        /* Text with nothing to convert is its own encoding. */
        if (gp_str_is_ascii(s)) return gp_bytes_new(t, gp_str_utf8(s), gp_str_size(s));
        if (codec == GP_CODEC_UTF8) {
            const unsigned char *p = (const unsigned char *)gp_str_utf8(s);
            gp_ssize n = gp_str_size(s);
            int has_surrogate = 0;
            for (gp_ssize i = 0; i + 1 < n; i++)
                if (p[i] == 0xED && p[i + 1] >= 0xA0) {
                    has_surrogate = 1;
                    break;
                }
            if (!has_surrogate) return gp_bytes_new(t, (const char *)p, n);
        }
    }
    return encode(t, s, codec, errors);
}
