/* Numbers as text: the shortest round-trip repr of floats, float
   formatting with printf's codes the way CPython presents them, the
   format-spec mini-language and __format__ of int, float and complex.

   Decimal digits come from the C library: glibc's printf converts the exact
   binary value with correct rounding (half to even on exact ties) and strtod
   reads decimal text correctly rounded, which together give the same digits
   as CPython's dtoa.  The shortest repr is the fewest significant digits
   that strtod reads back as the same double. */
#include "gilpy_core.h"
#include "objects/unicode.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* ------------------------------------------------------ non-ASCII digits */

char *gp_number_ascii_text(const char *s, gp_ssize *n) {
    gp_ssize len = *n, i = 0;
    while (i < len && (unsigned char)s[i] < 0x80) i++;
    if (i == len) return NULL;
    char *out = gp_mem_alloc((size_t)len + 1);
    if (!out) return NULL;
    gp_ssize o = 0;
    i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[o++] = (char)c;
            i++;
            continue;
        }
        /* Decode one code point; a malformed sequence is just rejected. */
        int k = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        uint32_t cp = c & (k == 2 ? 0x1F : k == 3 ? 0x0F : 0x07);
        for (int j = 1; j < k && i + j < len; j++) cp = (cp << 6) | ((unsigned char)s[i + j] & 0x3F);
        i += k;
        int d = gp_uni_decimal(cp);
        if (d >= 0)
            out[o++] = (char)('0' + d);
        else if (gp_uni_isspace(cp))
            out[o++] = ' ';
        else
            out[o++] = 0x7f;
    }
    out[o] = 0;
    *n = o;
    return out;
}

/* ---------------------------------------------------------- float digits */

/* Decimal digits of v >= 0 (finite).  mode 0: the shortest digits that
   read back as v (the nearest such when there are several); mode 2: nd significant digits; mode 3: nd digits after
   the point.  Stores digits with no leading or trailing zeros ("0" for
   zero) in out and sets *decpt so that v ~ 0.DIGITS * 10**decpt.  out must
   hold digits_capacity(mode, nd) bytes.  Returns the number of digits, or
   -1 when out of memory. */
static size_t digits_capacity(int mode, int nd) {
    if (mode == 0) return 40;
    if (mode == 2) return (size_t)nd + 40;
    return (size_t)nd + 360;
}

/* The digits and exponent of printf's "%.*e" text "d.ddde+XX". */
static int split_exp_text(const char *text, char *out, int *decpt) {
    int n = 0;
    const char *p = text;
    for (; *p && *p != 'e'; p++)
        if (*p != '.') out[n++] = *p;
    *decpt = atoi(p + 1) + 1;
    return n;
}

/* The text "d.ddde+XX" of v rounded to p significant digits, made from
   its 17 correctly rounded digits `full` (decimal exponent decpt, as
   split_exp_text gives it). */
static void shortened_text(double v, const char *full, int decpt, int p, char *text) {
    int up = 0;
    if (p < 17) {
        int tie = full[p] == '5';
        for (int i = p + 1; i < 17 && tie; i++) tie = full[i] == '0';
        if (tie) {
            snprintf(text, 40, "%.*e", p - 1, v);
            return;
        }
        up = full[p] >= '5';
    }
    char d[20];
    memcpy(d, full, (size_t)p);
    int e = decpt - 1;
    if (up) {
        int i = p - 1;
        while (i >= 0 && d[i] == '9') d[i--] = '0';
        if (i >= 0) {
            d[i]++;
        } else {
            /* 9.99 rounded up to 10.0: one more power of ten. */
            d[0] = '1';
            e++;
        }
    }
    char *q = text;
    *q++ = d[0];
    if (p > 1) {
        *q++ = '.';
        memcpy(q, d + 1, (size_t)(p - 1));
        q += p - 1;
    }
    sprintf(q, "e%+03d", e);
}

/* Moves the p-digit text "d.ddde+XX" one unit of its last digit up
   (step 1) or down (step -1), in place. */
static void step_text(char *text, int p, int step) {
    char d[20];
    int decpt;
    split_exp_text(text, d, &decpt);
    int e = decpt - 1;
    int i = p - 1;
    if (step > 0) {
        while (i >= 0 && d[i] == '9') d[i--] = '0';
        if (i >= 0) {
            d[i]++;
        } else {
            d[0] = '1';
            e++;
        }
    } else {
        while (i >= 0 && d[i] == '0') d[i--] = '9';
        d[i]--;
        if (d[0] == '0') {
            /* 1.00 stepped down to 0.99: one power of ten less, and the
               freed last place is a 9 as well. */
            memmove(d, d + 1, (size_t)(p - 1));
            d[p - 1] = '9';
            e--;
        }
    }
    char *q = text;
    *q++ = d[0];
    if (p > 1) {
        *q++ = '.';
        memcpy(q, d + 1, (size_t)(p - 1));
        q += p - 1;
    }
    sprintf(q, "e%+03d", e);
}

/* The p-digit text that reads back as v, preferring the correctly rounded
   one; 0 when there is none.  The rounding interval of a power of two is
   narrower below it than above, so the nearest p-digit number can fall
   outside while its neighbour on the other side is inside (2**-24 prints
   as 5.960464477539063e-08, not ...062e-08). */
static int round_trip_text(double v, const char *full, int decpt, int p, char *text) {
    shortened_text(v, full, decpt, p, text);
    if (strtod(text, NULL) == v) return 1;
    char base[40];
    memcpy(base, text, sizeof base);
    for (int step = -1; step <= 1; step += 2) {
        memcpy(text, base, sizeof base);
        step_text(text, p, step);
        if (strtod(text, NULL) == v) return 1;
    }
    return 0;
}

static int dtoa_digits(double v, int mode, int nd, char *out, int *decpt) {
    int n;
    if (v == 0.0) {
        out[0] = '0';
        out[1] = 0;
        *decpt = 1;
        return 1;
    }
    if (mode == 0) {
        /* Once some p-digit text reads back as v, so does one of every
           longer length (add a zero), so binary-search the shortest.  The
           candidates are cut from one 17-digit conversion; only a cut that
           lands exactly on a ...5000 tie asks printf again, since the
           exact value may lie on either side of it. */
        char full[40], text[40];
        int exp10;
        snprintf(text, sizeof text, "%.16e", v);
        split_exp_text(text, full, &exp10);
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (round_trip_text(v, full, exp10, mid, text))
                hi = mid;
            else
                lo = mid + 1;
        }
        round_trip_text(v, full, exp10, lo, text);
        n = split_exp_text(text, out, decpt);
    } else if (mode == 2) {
        size_t cap = (size_t)nd + 40;
        char *text = gp_mem_alloc(cap);
        if (!text) return -1;
        snprintf(text, cap, "%.*e", nd - 1, v);
        n = split_exp_text(text, out, decpt);
        gp_mem_free(text);
    } else {
        size_t cap = (size_t)nd + 360;
        char *text = gp_mem_alloc(cap);
        if (!text) return -1;
        snprintf(text, cap, "%.*f", nd, v);
        const char *p = text;
        int intdigits = 0;
        n = 0;
        for (; *p && *p != '.'; p++, intdigits++) out[n++] = *p;
        if (*p == '.') p++;
        for (; *p; p++) out[n++] = *p;
        gp_mem_free(text);
        /* Drop leading zeros, moving the point with them. */
        int lead = 0;
        while (lead < n && out[lead] == '0') lead++;
        if (lead == n) {
            out[0] = '0';
            out[1] = 0;
            *decpt = 1;
            return 1;
        }
        memmove(out, out + lead, (size_t)(n - lead));
        n -= lead;
        *decpt = intdigits - lead;
    }
    while (n > 1 && out[n - 1] == '0') n--;
    out[n] = 0;
    return n;
}

static char *copy_special(double v, int upper, int flags) {
    char *s = gp_mem_alloc(8);
    if (!s) return NULL;
    char *p = s;
    if (isinf(v) && v < 0)
        *p++ = '-';
    else if (flags & GP_DTSF_SIGN)
        *p++ = '+';
    const char *word = isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    strcpy(p, word);
    return s;
}

static char *fill_zeros(char *p, int n) {
    for (int i = 0; i < n; i++) *p++ = '0';
    return p;
}

char *gp_double_to_string(gp_thread *t, double v, char code, int precision, int flags) {
    int upper = code >= 'A' && code <= 'Z';
    char lc = upper ? (char)(code + 32) : code;
    int alt = (flags & GP_DTSF_ALT) != 0, add_dot_0 = (flags & GP_DTSF_ADD_DOT_0) != 0;
    char *result = NULL, *digits = NULL;
    if (isnan(v) || isinf(v)) {
        result = copy_special(v, upper, flags);
        goto done;
    }
    int mode;
    switch (lc) {
    case 'e': mode = 2; precision++; break;
    case 'f': mode = 3; break;
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    default: mode = 0; precision = 0; lc = 'r'; break;
    }
    digits = gp_mem_alloc(digits_capacity(mode, precision));
    if (!digits) goto done;
    int decpt;
    int nd = dtoa_digits(fabs(v), mode, precision, digits, &decpt);
    if (nd < 0) goto done;
    int negative = signbit(v) != 0;
    if ((flags & GP_DTSF_NO_NEG_0) && negative && nd == 1 && digits[0] == '0') negative = 0;

    /* The digits are padded with zeros on either side to the range
       [vstart, vend) of positions around the point. */
    int use_exp = 0, vend = nd, exp = 0;
    switch (lc) {
    case 'e': use_exp = 1; vend = precision; break;
    case 'f': vend = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = 1;
        if (alt) vend = precision;
        break;
    default:
        if (decpt <= -4 || decpt > 16) use_exp = 1;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0)
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;

    size_t cap = (size_t)nd + (size_t)abs(decpt) + (size_t)abs(vend) + (size_t)abs(vstart) + 24;
    result = gp_mem_alloc(cap);
    if (!result) goto done;
    char *p = result;
    if (negative)
        *p++ = '-';
    else if (flags & GP_DTSF_SIGN)
        *p++ = '+';
    if (decpt <= 0) {
        p = fill_zeros(p, decpt - vstart);
        *p++ = '.';
        p = fill_zeros(p, -decpt);
    } else {
        p = fill_zeros(p, -vstart);
    }
    if (0 < decpt && decpt <= nd) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(nd - decpt));
        p += nd - decpt;
    } else {
        memcpy(p, digits, (size_t)nd);
        p += nd;
    }
    if (nd < decpt) {
        p = fill_zeros(p, decpt - nd);
        *p++ = '.';
        p = fill_zeros(p, vend - decpt);
    } else {
        p = fill_zeros(p, vend - nd);
    }
    if (p[-1] == '.' && !alt) p--;
    if (use_exp) p += sprintf(p, "%c%+.02d", upper ? 'E' : 'e', exp);
    *p = 0;
done:
    gp_mem_free(digits);
    if (!result && t) gp_err_nomemory(t);
    return result;
}

char *gp_double_repr(double v, char *buf) {
    char *s = gp_double_to_string(NULL, v, 'r', 0, GP_DTSF_ADD_DOT_0);
    if (!s) {
        snprintf(buf, 32, "%.17g", v);
        return buf;
    }
    snprintf(buf, 32, "%s", s);
    gp_mem_free(s);
    return buf;
}

/* ------------------------------------------------------ format-spec parse */

static int is_align(unsigned char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static void *bad_thousands(gp_thread *t, char sep, char type) {
    if (type > 32 && type < 127)
        return gp_err_format(t, &gp_exc_ValueError, "Cannot specify '%c' with '%c'.", sep, type);
    return gp_err_format(t, &gp_exc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)(unsigned char)type);
}

int gp_format_spec_parse_for(gp_thread *t, gp_obj *spec_str, char default_type, const char *tpname,
                             gp_format_spec *out) {
    const unsigned char *s = (const unsigned char *)gp_str_utf8(spec_str);
    const unsigned char *p = s, *end = s + gp_str_size(spec_str);
    out->fill = ' ';
    out->align = 0;
    out->sign = 0;
    out->alternate = 0;
    out->zero = 0;
    out->width = -1;
    out->thousands = 0;
    out->precision = -1;
    out->type = default_type;
    out->no_neg_zero = 0;

    int fill_given = 0;
    if (p < end) {
        int len = gp_utf8_seqlen(*p);
        if (p + len < end && is_align(p[len])) {
            int n;
            out->fill = gp_utf8_decode(p, &n);
            out->align = (char)p[len];
            fill_given = 1;
            p += len + 1;
        } else if (is_align(*p)) {
            out->align = (char)*p++;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) out->sign = (char)*p++;
    if (p < end && *p == 'z') {
        out->no_neg_zero = 1;
        p++;
    }
    if (p < end && *p == '#') {
        out->alternate = 1;
        p++;
    }
    if (!fill_given && p < end && *p == '0') {
        out->fill = '0';
        out->zero = 1;
        p++;
    }
    if (p < end && *p >= '0' && *p <= '9') {
        gp_ssize w = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (w > (GP_SMALL_MAX - 9) / 10) {
                gp_err_format(t, &gp_exc_ValueError, "Too many decimal digits in format string");
                return -1;
            }
            w = w * 10 + (*p++ - '0');
        }
        out->width = w;
    }
    if (p < end && (*p == ',' || *p == '_')) {
        out->thousands = (char)*p++;
        if (p < end && (*p == ',' || *p == '_') && *p != (unsigned char)out->thousands) {
            gp_err_format(t, &gp_exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (p < end && *p == '.') {
        p++;
        if (p >= end || *p < '0' || *p > '9') {
            gp_err_format(t, &gp_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
        gp_ssize prec = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (prec > (GP_SMALL_MAX - 9) / 10) {
                gp_err_format(t, &gp_exc_ValueError, "Too many decimal digits in format string");
                return -1;
            }
            prec = prec * 10 + (*p++ - '0');
        }
        out->precision = prec;
    }
    if (end - p > 1 || (end - p == 1 && *p >= 0x80)) {
        gp_err_format(t, &gp_exc_ValueError, "Invalid format specifier '%s' for object of type '%s'",
                      (const char *)s, tpname);
        return -1;
    }
    if (end - p == 1) out->type = (char)*p;
    if (out->thousands) {
        switch (out->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (out->thousands == '_') break;
            bad_thousands(t, out->thousands, out->type);
            return -1;
        default:
            bad_thousands(t, out->thousands, out->type);
            return -1;
        }
    }
    return 0;
}

int gp_format_spec_parse(gp_thread *t, gp_obj *spec_str, gp_format_spec *out) {
    return gp_format_spec_parse_for(t, spec_str, 's', "str", out);
}

static void *unknown_code(gp_thread *t, char type, const char *tpname) {
    if (type > 32 && type < 127)
        return gp_err_format(t, &gp_exc_ValueError, "Unknown format code '%c' for object of type '%s'", type,
                             tpname);
    return gp_err_format(t, &gp_exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                         (unsigned)(unsigned char)type, tpname);
}

/* ----------------------------------------------------------- layout */

/* One number's parts: sign, prefix ("0x"), integer digits (grouped when
   asked) and the rest (point, fraction, exponent, '%'). */
typedef struct {
    char sign;
    const char *prefix;
    const char *digits;
    gp_ssize ndigits;
    gp_ssize digit_chars; /* characters in digits (they may be UTF-8 for 'c') */
    const char *rest;
    gp_ssize nrest;
} number_parts;

/* Can a text of this many bytes be built at all?  A width beyond the
   machine's memory fails at once with MemoryError, as CPython's single
   allocation of the result does, instead of growing a buffer until the
   system gives out. */
static int fits_in_memory(gp_ssize bytes) {
    long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || page <= 0) return 1;
    return (uint64_t)bytes <= (uint64_t)pages * (uint64_t)page;
}

static void append_fill(gp_strbuf *b, uint32_t fill, gp_ssize n) {
    if (n <= 0 || b->failed) return;
    char unit[4];
    gp_ssize k = fill < 0x80 ? 1 : fill < 0x800 ? 2 : fill < 0x10000 ? 3 : 4;
    if (n > PTRDIFF_MAX / 4 || !fits_in_memory(n * k)) {
        b->failed = 1;
        return;
    }
    if (k == 1) {
        unit[0] = (char)fill;
    } else {
        gp_strbuf tmp;
        gp_strbuf_init(&tmp);
        gp_strbuf_append_codepoint(&tmp, fill);
        memcpy(unit, tmp.buf, (size_t)k);
        gp_strbuf_free(&tmp);
    }
    /* Doubling copies: the padding costs O(n) whatever its length. */
    char block[256];
    gp_ssize per = (gp_ssize)sizeof block / k;
    for (gp_ssize i = 0; i < per; i++) memcpy(block + i * k, unit, (size_t)k);
    while (n > 0 && !b->failed) {
        gp_ssize m = n < per ? n : per;
        gp_strbuf_append(b, block, m * k);
        n -= m;
    }
}

/* The integer digits with a separator every `group` digits, padded on
   the left with zeros to at least min_width characters (a separator is
   always followed by a digit on its left). */
static void append_grouped(gp_strbuf *b, const char *digits, gp_ssize nd, char sep, int group,
                           gp_ssize min_width) {
    gp_ssize count = 0, total = 0;
    gp_ssize cap = nd + nd / group + min_width + 8;
    char *tmp = fits_in_memory(cap) ? gp_mem_alloc((size_t)cap) : NULL;
    if (!tmp) {
        b->failed = 1;
        return;
    }
    char *q = tmp + cap;
    gp_ssize i = nd;
    while (i > 0 || total < min_width) {
        if (count == group) {
            *--q = sep;
            total++;
            count = 0;
        }
        *--q = i > 0 ? digits[--i] : '0';
        total++;
        count++;
    }
    gp_strbuf_append(b, q, total);
    gp_mem_free(tmp);
}

/* The length append_grouped produces: d digits (the real ones, then zeros)
   take d + (d - 1) / group characters, for the least d >= nd that reaches
   min_width. */
static gp_ssize grouped_len(gp_ssize nd, int group, gp_ssize min_width) {
    if (nd <= 0 && min_width <= 0) return 0;
    gp_ssize d = nd > 1 ? nd : 1;
    if (d + (d - 1) / group >= min_width) return d + (d - 1) / group;
    d = min_width / (group + 1) * group;
    if (d < 1) d = 1;
    while (d + (d - 1) / group < min_width) d++;
    return d + (d - 1) / group;
}

/* Pad and join the parts as the spec asks.  Numbers align right by
   default; '=' pads between the sign/prefix and the digits. */
static void append_number(gp_strbuf *b, const gp_format_spec *f, const number_parts *n, char sep, int group) {
    char align = f->align ? f->align : (f->zero ? '=' : '>');
    gp_ssize nsign = n->sign ? 1 : 0, nprefix = n->prefix ? (gp_ssize)strlen(n->prefix) : 0;
    gp_ssize min_width = 0;
    /* A body without digits (inf, nan) is never grouped: its zero padding
       is plain fill. */
    if (n->ndigits == 0) sep = 0;
    if (sep && f->fill == '0' && align == '=') min_width = f->width - nsign - nprefix - n->nrest;
    if (min_width < 0) min_width = 0;
    gp_ssize ndig = sep ? grouped_len(n->ndigits, group, min_width) : n->digit_chars;
    gp_ssize total = nsign + nprefix + ndig + n->nrest;
    gp_ssize pad = f->width > total ? f->width - total : 0;
    gp_ssize left = 0, right = 0, middle = 0;
    switch (align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': middle = pad; break;
    default: left = pad; break;
    }
    append_fill(b, f->fill, left);
    if (n->sign) gp_strbuf_append_char(b, n->sign);
    if (nprefix) gp_strbuf_append(b, n->prefix, nprefix);
    append_fill(b, f->fill, middle);
    if (sep && ndig > 0)
        append_grouped(b, n->digits, n->ndigits, sep, group, min_width);
    else
        gp_strbuf_append(b, n->digits, n->ndigits);
    gp_strbuf_append(b, n->rest, n->nrest);
    append_fill(b, f->fill, right);
}

/* Pad already-formatted text to the width (for 'c' and complex). */
static void append_padded(gp_strbuf *b, const gp_format_spec *f, const char *text, gp_ssize n, gp_ssize chars) {
    char align = f->align ? f->align : '>';
    gp_ssize pad = f->width > chars ? f->width - chars : 0;
    gp_ssize left = align == '<' ? 0 : align == '^' ? pad / 2 : pad;
    append_fill(b, f->fill, left);
    gp_strbuf_append(b, text, n);
    append_fill(b, f->fill, pad - left);
}

static char sign_char(int negative, const gp_format_spec *f) {
    if (negative) return '-';
    return f->sign == '+' || f->sign == ' ' ? f->sign : 0;
}

/* ---------------------------------------------------------- int format */

static gp_obj *format_double_spec(gp_thread *t, double v, const gp_format_spec *f, const char *tpname);

gp_obj *gp_int_format(gp_thread *t, gp_obj *o, gp_obj *spec) {
    if (gp_str_size(spec) == 0) return gp_obj_str(t, o);
    gp_format_spec f;
    const char *tpname = gp_type_name(gp_typeof(o));
    if (gp_format_spec_parse_for(t, spec, 'd', tpname, &f) < 0) return NULL;
    int base;
    switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (gp_int_as_double(t, o, &d) < 0) return NULL;
        return format_double_spec(t, d, &f, tpname);
    }
    case 'd': case 'n': case 'c': base = 10; break;
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    default: return unknown_code(t, f.type, tpname);
    }
    if (f.precision >= 0)
        return gp_err_format(t, &gp_exc_ValueError, "Precision not allowed in integer format specifier");
    if (f.no_neg_zero)
        return gp_err_format(t, &gp_exc_ValueError,
                             "Negative zero coercion (z) not allowed in integer format specifier");
    gp_strbuf b;
    number_parts n = {0};
    n.rest = "";
    if (f.type == 'c') {
        if (f.sign)
            return gp_err_format(t, &gp_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            return gp_err_format(t, &gp_exc_ValueError,
                                 "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (gp_int_as_i64(t, o, &cp) < 0) return NULL;
        if (cp < 0 || cp > 0x10ffff)
            return gp_err_format(t, &gp_exc_OverflowError, "%%c arg not in range(0x110000)");
        char utf8[4];
        n.digits = utf8;
        n.ndigits = gp_utf8_encode((uint32_t)cp, utf8);
        n.digit_chars = 1;
        gp_strbuf_init(&b);
        append_number(&b, &f, &n, 0, 3);
        return gp_strbuf_finish(t, &b);
    }
    mpz_t z;
    mpz_init(z);
    gp_int_as_mpz(o, z);
    int negative = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    size_t cap = mpz_sizeinbase(z, base) + 2;
    /* CPython's limit on decimal conversions of huge ints. */
    int limit = gp_int_get_max_str_digits(t);
    int over = base == 10 && limit > 0 && cap > (size_t)limit + 3;
    char *digits = over ? NULL : gp_mem_alloc(cap);
    if (digits) mpz_get_str(digits, f.type == 'X' ? -16 : base, z);
    mpz_clear(z);
    if (!digits || (base == 10 && limit > 0 && strlen(digits) > (size_t)limit)) {
        if (digits || over)
            gp_err_format(t, &gp_exc_ValueError,
                          "Exceeds the limit (%d digits) for integer string conversion; "
                          "use sys.set_int_max_str_digits() to increase the limit",
                          limit);
        else
            gp_err_nomemory(t);
        gp_mem_free(digits);
        return NULL;
    }
    n.sign = sign_char(negative, &f);
    if (f.alternate && base != 10)
        n.prefix = base == 2 ? "0b" : base == 8 ? "0o" : f.type == 'X' ? "0X" : "0x";
    n.digits = digits;
    n.ndigits = n.digit_chars = (gp_ssize)strlen(digits);
    gp_strbuf_init(&b);
    append_number(&b, &f, &n, f.type == 'n' ? 0 : f.thousands, base == 10 ? 3 : 4);
    gp_mem_free(digits);
    return gp_strbuf_finish(t, &b);
}

/* -------------------------------------------------------- float format */

/* The printf code, precision and flags a float spec asks for; *pct is set
   for '%'.  complex_mode leaves out the ".0" a bare float repr adds. */
static int float_code(gp_thread *t, const gp_format_spec *f, const char *tpname, int complex_mode, char *code,
                      int *precision, int *flags, int *pct) {
    char type = f->type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    case '%': if (!complex_mode) break; /* fall through */
    default: unknown_code(t, type, tpname); return -1;
    }
    *flags = 0;
    *pct = 0;
    if (f->alternate) *flags |= GP_DTSF_ALT;
    if (f->no_neg_zero) *flags |= GP_DTSF_NO_NEG_0;
    gp_ssize def = 6;
    if (type == 0) {
        if (!complex_mode) *flags |= GP_DTSF_ADD_DOT_0;
        type = 'r';
        def = 0;
    }
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        *pct = 1;
    }
    gp_ssize prec = f->precision;
    if (prec < 0)
        prec = def;
    else if (type == 'r')
        type = 'g';
    if (prec > 0x7fffffff) {
        gp_err_format(t, &gp_exc_ValueError, "precision too big");
        return -1;
    }
    *code = type;
    *precision = (int)prec;
    return 0;
}

/* Split formatted float text into sign, integer digits and the rest. */
static void split_number(const char *s, const gp_format_spec *f, int force_plus, number_parts *n) {
    int negative = s[0] == '-';
    if (negative || s[0] == '+') s++;
    n->sign = force_plus && !negative ? '+' : sign_char(negative, f);
    n->prefix = NULL;
    n->digits = s;
    gp_ssize i = 0;
    while (s[i] >= '0' && s[i] <= '9') i++;
    n->ndigits = n->digit_chars = i;
    n->rest = s + i;
    n->nrest = (gp_ssize)strlen(s + i);
}

static gp_obj *format_double_spec(gp_thread *t, double v, const gp_format_spec *f, const char *tpname) {
    char code;
    int precision, flags, pct;
    if (float_code(t, f, tpname, 0, &code, &precision, &flags, &pct) < 0) return NULL;
    if (pct) v *= 100.0;
    char *s = gp_double_to_string(t, v, code, precision, flags);
    if (!s) return NULL;
    gp_ssize len = (gp_ssize)strlen(s);
    char *text = s;
    if (pct) {
        text = gp_mem_alloc((size_t)len + 2);
        if (!text) {
            gp_mem_free(s);
            return gp_err_nomemory(t);
        }
        memcpy(text, s, (size_t)len);
        text[len] = '%';
        text[len + 1] = 0;
        gp_mem_free(s);
    }
    number_parts n;
    split_number(text, f, 0, &n);
    gp_strbuf b;
    gp_strbuf_init(&b);
    append_number(&b, f, &n, f->type == 'n' ? 0 : f->thousands, 3);
    gp_mem_free(text);
    return gp_strbuf_finish(t, &b);
}

gp_obj *gp_float_format(gp_thread *t, gp_obj *o, gp_obj *spec) {
    if (gp_str_size(spec) == 0) return gp_obj_str(t, o);
    gp_format_spec f;
    const char *tpname = gp_type_name(gp_typeof(o));
    if (gp_format_spec_parse_for(t, spec, 0, tpname, &f) < 0) return NULL;
    return format_double_spec(t, gp_float_value(o), &f, tpname);
}

/* ------------------------------------------------------ complex format */

gp_obj *gp_complex_format(gp_thread *t, gp_obj *o, gp_obj *spec) {
    if (gp_str_size(spec) == 0) return gp_obj_str(t, o);
    gp_format_spec f;
    const char *tpname = gp_type_name(gp_typeof(o));
    if (gp_format_spec_parse_for(t, spec, 0, tpname, &f) < 0) return NULL;
    /* The presentation type is checked before the complex-only rules. */
    char code;
    int precision, flags, pct;
    if (float_code(t, &f, tpname, 1, &code, &precision, &flags, &pct) < 0) return NULL;
    if (f.fill == '0')
        return gp_err_format(t, &gp_exc_ValueError, "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return gp_err_format(t, &gp_exc_ValueError,
                             "'=' alignment flag is not allowed in complex format specifier");
    double re = ((gp_complex *)o)->real, im = ((gp_complex *)o)->imag;
    /* With no type, a +0.0 real part is left out and otherwise the
       result is parenthesised, as in repr. */
    int skip_re = 0, parens = 0;
    if (f.type == 0) {
        if (re == 0.0 && !signbit(re))
            skip_re = 1;
        else
            parens = 1;
    }
    char *rs = skip_re ? NULL : gp_double_to_string(t, re, code, precision, flags);
    char *is = (skip_re || rs) ? gp_double_to_string(t, im, code, precision, flags) : NULL;
    if (!is) {
        gp_mem_free(rs);
        return NULL;
    }
    /* Lay the parts out unpadded, then pad the whole. */
    gp_format_spec bare = f;
    bare.width = -1;
    bare.align = '<';
    bare.fill = ' ';
    gp_strbuf b;
    gp_strbuf_init(&b);
    if (parens) gp_strbuf_append_char(&b, '(');
    number_parts n;
    if (!skip_re) {
        split_number(rs, &f, 0, &n);
        append_number(&b, &bare, &n, f.type == 'n' ? 0 : f.thousands, 3);
    }
    split_number(is, &f, !skip_re, &n);
    append_number(&b, &bare, &n, f.type == 'n' ? 0 : f.thousands, 3);
    gp_strbuf_append_char(&b, 'j');
    if (parens) gp_strbuf_append_char(&b, ')');
    gp_mem_free(rs);
    gp_mem_free(is);
    gp_obj *body = gp_strbuf_finish(t, &b);
    if (!body || f.width <= gp_str_len(body)) return body;
    gp_strbuf_init(&b);
    append_padded(&b, &f, gp_str_utf8(body), gp_str_size(body), gp_str_len(body));
    gp_decref(body);
    return gp_strbuf_finish(t, &b);
}
