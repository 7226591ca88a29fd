/* Text formatting: the % operator of str and bytes, str.format and
   str.format_map, and str.__format__. */
#include <math.h>
#include <stdio.h>

#include "objects/strimpl.h"

/* --------------------------------------------------------- str.__format__ */

/* Append n bytes (cps code points) padded to width with fill, aligned. */
static void append_aligned(gp_strbuf *b, const char *p, gp_ssize n, gp_ssize cps, gp_ssize width,
                           char align, uint32_t fill) {
    gp_ssize padn = width > cps ? width - cps : 0;
    gp_ssize left = 0;
    if (align == '>')
        left = padn;
    else if (align == '^')
        left = padn / 2;
    gp_strbuf_append_fill(b, fill, left);
    gp_strbuf_append(b, p, n);
    gp_strbuf_append_fill(b, fill, padn - left);
}

gp_obj *gp_str_format_spec(gp_thread *t, gp_obj *s, gp_obj *spec) {
    if (!spec || gp_str_size(spec) == 0)
        return gp_str_check_exact(s) ? gp_newref(s) : gp_obj_str(t, s);
    gp_format_spec fs;
    if (gp_format_spec_parse(t, spec, &fs) < 0) return NULL;
    if (fs.type != 0 && fs.type != 's') {
        if ((unsigned char)fs.type > 32 && (unsigned char)fs.type < 128)
            return gp_err_format(t, &gp_exc_ValueError,
                                 "Unknown format code '%c' for object of type 'str'", fs.type);
        return gp_err_format(t, &gp_exc_ValueError,
                             "Unknown format code '\\x%x' for object of type 'str'",
                             (unsigned)(unsigned char)fs.type);
    }
    if (fs.sign == ' ')
        return gp_err_format(t, &gp_exc_ValueError, "Space not allowed in string format specifier");
    if (fs.sign)
        return gp_err_format(t, &gp_exc_ValueError, "Sign not allowed in string format specifier");
    if (fs.no_neg_zero)
        return gp_err_format(t, &gp_exc_ValueError,
                             "Negative zero coercion (z) not allowed in string format specifier");
    if (fs.alternate)
        return gp_err_format(t, &gp_exc_ValueError,
                             "Alternate form (#) not allowed in string format specifier");
    if (fs.align == '=')
        return gp_err_format(t, &gp_exc_ValueError,
                             "'=' alignment not allowed in string format specifier");
    if (fs.thousands)
        return gp_err_format(t, &gp_exc_ValueError, "Cannot specify '%c' with 's'.", fs.thousands);
    uint32_t fill = fs.fill;
    char align = fs.align ? fs.align : '<';
    gp_ssize len = gp_str_len(s);
    gp_ssize nbytes = gp_str_size(s);
    if (fs.precision >= 0 && fs.precision < len) {
        len = fs.precision;
        nbytes = gp_str_byte_offset(s, len);
    }
    if (fs.width <= len && nbytes == gp_str_size(s)) return gp_str_exact(t, s);
    gp_strbuf b;
    gp_strbuf_init(&b);
    append_aligned(&b, gp_str_utf8(s), nbytes, len, fs.width, align, fill);
    return gp_strbuf_finish(t, &b);
}

/* ------------------------------------------------------------ % operator */

typedef struct {
    gp_obj *args; /* the right operand */
    gp_obj *dict; /* the mapping for %(key)s, or NULL */
    gp_ssize argidx, arglen;
    int is_bytes;
} mod_state;

static gp_obj *next_arg(gp_thread *t, mod_state *st) {
    if (st->arglen < 0) {
        if (st->argidx == -2) {
            st->argidx = -1;
            return st->args;
        }
    } else if (st->argidx < st->arglen) {
        return gp_tuple_get_borrow(st->args, st->argidx++);
    }
    gp_err_set_str(t, &gp_exc_TypeError, "not enough arguments for format string");
    return NULL;
}

/* Pad `body` (n bytes, cps characters), with an optional sign/prefix
   before it, to width.  Zero padding goes between prefix and digits. */
static void emit_padded(gp_strbuf *b, const char *prefix, gp_ssize pn, const char *body, gp_ssize n,
                        gp_ssize cps, gp_ssize width, int left, int zero) {
    gp_ssize total = pn + cps;
    gp_ssize padn = width > total ? width - total : 0;
    if (left) {
        gp_strbuf_append(b, prefix, pn);
        gp_strbuf_append(b, body, n);
        gp_strbuf_append_fill(b, ' ', padn);
    } else if (zero) {
        gp_strbuf_append(b, prefix, pn);
        gp_strbuf_append_fill(b, '0', padn);
        gp_strbuf_append(b, body, n);
    } else {
        gp_strbuf_append_fill(b, ' ', padn);
        gp_strbuf_append(b, prefix, pn);
        gp_strbuf_append(b, body, n);
    }
}

static int has_number_protocol(gp_obj *v) {
    gp_type *tp = gp_typeof(v);
    return tp->as_number && (tp->as_number->index || tp->as_number->int_ || tp->as_number->float_);
}

static int format_int(gp_thread *t, gp_strbuf *b, gp_obj *v, char conv, int flags_plus,
                      int flags_space, int alt, int left, int zero, gp_ssize width, gp_ssize prec) {
    gp_obj *iv;
    if (conv == 'd' || conv == 'i' || conv == 'u') {
        if (gp_int_check(v)) {
            iv = gp_newref(v);
        } else if (has_number_protocol(v)) {
            iv = gp_number_long(t, v);
            if (!iv) return -1;
        } else {
            gp_err_format(t, &gp_exc_TypeError, "%%%c format: a real number is required, not %s",
                          conv, gp_type_name(gp_typeof(v)));
            return -1;
        }
    } else {
        gp_type *tp = gp_typeof(v);
        if (!gp_int_check(v) && (!tp->as_number || !tp->as_number->index)) {
            gp_err_format(t, &gp_exc_TypeError, "%%%c format: an integer is required, not %s", conv,
                          gp_type_name(tp));
            return -1;
        }
        iv = gp_number_index(t, v);
        if (!iv) return -1;
    }
    int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    /* Small ints are converted here; big ones by the int type. */
    char small[72];
    gp_obj *digits = NULL;
    const char *d;
    gp_ssize n;
    if (gp_is_small(iv)) {
        intptr_t x = gp_small_value(iv);
        uintptr_t u = x < 0 ? (uintptr_t)0 - (uintptr_t)x : (uintptr_t)x;
        char *e = small + sizeof small, *q = e;
        do {
            *--q = "0123456789abcdef"[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        if (x < 0) *--q = '-';
        d = q;
        n = e - q;
    } else {
        digits = gp_int_to_str(t, iv, base, 0);
        gp_decref(iv);
        if (!digits) return -1;
        d = gp_str_utf8(digits);
        n = gp_str_size(digits);
    }
    char prefix[4];
    int pn = 0;
    if (d[0] == '-') {
        prefix[pn++] = '-';
        d++;
        n--;
    } else if (flags_plus) {
        prefix[pn++] = '+';
    } else if (flags_space) {
        prefix[pn++] = ' ';
    }
    if (alt && base != 10) {
        prefix[pn++] = '0';
        prefix[pn++] = conv == 'o' ? 'o' : conv;
    }
    gp_strbuf body;
    gp_strbuf_init(&body);
    for (gp_ssize i = n; i < prec; i++)
        gp_strbuf_append_char(&body, '0');
    if (conv == 'X') {
        for (gp_ssize i = 0; i < n; i++) {
            char c = d[i];
            gp_strbuf_append_char(&body, (c >= 'a' && c <= 'f') ? (char)(c - 32) : c);
        }
    } else {
        gp_strbuf_append(&body, d, n);
    }
    gp_xdecref(digits);
    emit_padded(b, prefix, pn, body.buf, body.len, body.len, width, left, zero);
    gp_strbuf_free(&body);
    return 0;
}

/* Format a double the way %e %f %g (and upper-case forms) do, without
   padding; returns the length written to *out (malloc'd when large). */
static int format_double_raw(gp_thread *t, double x, char conv, gp_ssize prec, int alt,
                             gp_strbuf *out) {
    int upper = conv >= 'A' && conv <= 'Z';
    if (isinf(x) || isnan(x)) {
        /* A negative infinity keeps its sign, which the caller moves in
           front of any zero padding; CPython prints every NaN unsigned. */
        const char *w = isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        if (isinf(x) && x < 0) gp_strbuf_append_char(out, '-');
        gp_strbuf_append_cstr(out, w);
        return 0;
    }
    if (prec < 0) prec = 6;
    if (prec > 10000) prec = 10000;
    char fmt[16];
    int k = 0;
    fmt[k++] = '%';
    if (alt) fmt[k++] = '#';
    fmt[k++] = '.';
    fmt[k++] = '*';
    fmt[k++] = conv == 'F' ? 'f' : conv;
    fmt[k] = 0;
    char small[128];
    int n = snprintf(small, sizeof small, fmt, (int)prec, x);
    if (n < (int)sizeof small) {
        gp_strbuf_append(out, small, n);
    } else {
        char *big = gp_mem_alloc((size_t)n + 1);
        if (!big) {
            gp_err_nomemory(t);
            return -1;
        }
        snprintf(big, (size_t)n + 1, fmt, (int)prec, x);
        gp_strbuf_append(out, big, n);
        gp_mem_free(big);
    }
    return 0;
}

static int format_float(gp_thread *t, gp_strbuf *b, gp_obj *v, char conv, int flags_plus,
                        int flags_space, int alt, int left, int zero, gp_ssize width,
                        gp_ssize prec) {
    double x;
    if (gp_float_check(v)) {
        x = gp_float_value(v);
    } else {
        if (!has_number_protocol(v)) {
            gp_err_format(t, &gp_exc_TypeError, "must be real number, not %s",
                          gp_type_name(gp_typeof(v)));
            return -1;
        }
        if (gp_number_as_double(t, v, &x) < 0) return -1;
    }
    gp_strbuf body;
    gp_strbuf_init(&body);
    if (format_double_raw(t, x, conv, prec, alt, &body) < 0) {
        gp_strbuf_free(&body);
        return -1;
    }
    char prefix[2];
    int pn = 0;
    const char *d = body.buf;
    gp_ssize n = body.len;
    if (d[0] == '-') {
        prefix[pn++] = '-';
        d++;
        n--;
    } else if (flags_plus) {
        prefix[pn++] = '+';
    } else if (flags_space) {
        prefix[pn++] = ' ';
    }
    emit_padded(b, prefix, pn, d, n, n, width, left, zero);
    gp_strbuf_free(&body);
    return 0;
}

/* The text of v for %s/%r/%a (str) or %b/%s/%a/%r (bytes). */
static gp_obj *text_of(gp_thread *t, gp_obj *v, char conv, int is_bytes) {
    if (!is_bytes) {
        if (conv == 's') return gp_obj_str(t, v);
        if (conv == 'r') return gp_obj_repr(t, v);
        return gp_obj_ascii(t, v);
    }
    if (conv == 'r' || conv == 'a') {
        gp_obj *s = gp_obj_ascii(t, v);
        if (!s) return NULL;
        gp_obj *r = gp_bytes_new(t, gp_str_utf8(s), gp_str_size(s));
        gp_decref(s);
        return r;
    }
    if (gp_bytes_check(v)) return gp_newref(v);
    if (gp_bytearray_check(v) || gp_buffer_check(v)) return gp_buffer_to_bytes(t, v);
    if (!gp_is_small(v)) {
        static gp_obj *name;
        if (!name) name = gp_str_intern_cstr_borrow(t, "__bytes__");
        gp_obj *m = gp_obj_lookup_special(t, v, name);
        if (m) {
            gp_obj *r = gp_call0(t, m);
            gp_decref(m);
            if (r && !gp_bytes_check(r)) {
                gp_err_format(t, &gp_exc_TypeError, "__bytes__ returned non-bytes (type %s)",
                              gp_type_name(gp_typeof(r)));
                gp_decref(r);
                return NULL;
            }
            return r;
        }
        if (gp_err_occurred(t)) return NULL;
    }
    return gp_err_format(
        t, &gp_exc_TypeError,
        "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
        gp_type_name(gp_typeof(v)));
}

static int format_char(gp_thread *t, gp_strbuf *b, gp_obj *v, int is_bytes, int left,
                       gp_ssize width) {
    char buf[4];
    int n;
    if (is_bytes) {
        if (gp_bytes_check(v) && gp_bytes_size(v) == 1) {
            buf[0] = gp_bytes_data(v)[0];
        } else if (gp_bytearray_check(v) && ((gp_bytearray *)v)->size == 1) {
            buf[0] = ((gp_bytearray *)v)->data[0];
        } else if (gp_int_check(v)) {
            gp_ssize x;
            if (gp_int_as_ssize(t, v, &x) < 0 || x < 0 || x > 255) {
                gp_err_clear(t);
                gp_err_set_str(t, &gp_exc_OverflowError, "%c arg not in range(256)");
                return -1;
            }
            buf[0] = (char)x;
        } else {
            gp_err_set_str(t, &gp_exc_TypeError,
                           "%c requires an integer in range(256) or a single byte");
            return -1;
        }
        n = 1;
    } else if (gp_str_check(v)) {
        if (gp_str_len(v) != 1) {
            gp_err_set_str(t, &gp_exc_TypeError, "%c requires int or char");
            return -1;
        }
        n = (int)gp_str_size(v);
        memcpy(buf, gp_str_utf8(v), (size_t)n);
    } else if (gp_int_check(v)) {
        gp_ssize x;
        if (gp_int_as_ssize(t, v, &x) < 0 || x < 0 || x > 0x10FFFF) {
            gp_err_clear(t);
            gp_err_set_str(t, &gp_exc_OverflowError, "%c arg not in range(0x110000)");
            return -1;
        }
        n = gp_utf8_encode((uint32_t)x, buf);
    } else {
        gp_err_set_str(t, &gp_exc_TypeError, "%c requires int or char");
        return -1;
    }
    emit_padded(b, "", 0, buf, n, 1, width, left, 0);
    return 0;
}

static int get_star(gp_thread *t, mod_state *st, gp_ssize *out) {
    gp_obj *v = next_arg(t, st);
    if (!v) return -1;
    if (!gp_int_check(v)) {
        gp_err_set_str(t, &gp_exc_TypeError, "* wants int");
        return -1;
    }
    if (gp_int_as_ssize(t, v, out) < 0) {
        gp_err_clear(t);
        gp_err_set_str(t, &gp_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

/* fmt_ascii: the format is ASCII text, so the result is when every piece
   put in is (the result then needs no scan). */
static gp_obj *mod_format(gp_thread *t, const char *fmt, gp_ssize fmtlen, gp_obj *args,
                          int is_bytes, int fmt_ascii) {
    int ascii = fmt_ascii;
    mod_state st;
    st.args = args;
    st.is_bytes = is_bytes;
    st.dict = NULL;
    if (gp_tuple_check(args)) {
        st.arglen = gp_tuple_size(args);
        st.argidx = 0;
    } else {
        st.arglen = -1;
        st.argidx = -2;
    }
    gp_type *at = gp_typeof(args);
    if (at->as_mapping && at->as_mapping->subscript && !gp_tuple_check(args) &&
        !gp_str_check(args) && !gp_bytes_check(args) && !gp_bytearray_check(args))
        st.dict = args;
    gp_obj *owned = NULL, *keyed = NULL;
    gp_strbuf b;
    gp_strbuf_init(&b);
    const char *p = fmt, *end = fmt + fmtlen;
    while (p < end) {
        if (*p != '%') {
            const char *q = memchr(p, '%', (size_t)(end - p));
            if (!q) q = end;
            gp_strbuf_append(&b, p, q - p);
            p = q;
            continue;
        }
        p++;
        if (p < end && *p == '%') {
            gp_strbuf_append_char(&b, '%');
            p++;
            continue;
        }
        gp_obj *v = NULL;
        if (p < end && *p == '(') {
            if (!st.dict) {
                gp_err_set_str(t, &gp_exc_TypeError, "format requires a mapping");
                goto error;
            }
            const char *ks = ++p;
            int depth = 1;
            while (p < end) {
                if (*p == '(')
                    depth++;
                else if (*p == ')' && --depth == 0)
                    break;
                p++;
            }
            if (p >= end) {
                gp_err_set_str(t, &gp_exc_ValueError, "incomplete format key");
                goto error;
            }
            gp_obj *key = is_bytes ? gp_bytes_new(t, ks, p - ks) : gp_str_new(t, ks, p - ks);
            if (!key) goto error;
            keyed = gp_obj_getitem(t, st.dict, key);
            gp_decref(key);
            if (!keyed) goto error;
            p++;
            /* The value found becomes the single argument of this
               conversion: a later unnamed one finds none left. */
            gp_xdecref(owned);
            owned = keyed;
            keyed = NULL;
            st.args = owned;
            st.arglen = -1;
            st.argidx = -2;
        }
        int left = 0, plus = 0, space = 0, alt = 0, zero = 0;
        for (; p < end; p++) {
            if (*p == '-')
                left = 1;
            else if (*p == '+')
                plus = 1;
            else if (*p == ' ')
                space = 1;
            else if (*p == '#')
                alt = 1;
            else if (*p == '0')
                zero = 1;
            else
                break;
        }
        gp_ssize width = -1, prec = -1;
        if (p < end && *p == '*') {
            if (get_star(t, &st, &width) < 0) goto error;
            if (width < 0) {
                left = 1;
                width = -width;
            }
            p++;
        } else {
            while (p < end && *p >= '0' && *p <= '9') {
                if (width > INTPTR_MAX / 10) {
                    gp_err_set_str(t, &gp_exc_ValueError, "width too big");
                    goto error;
                }
                width = (width < 0 ? 0 : width) * 10 + (*p++ - '0');
            }
        }
        if (p < end && *p == '.') {
            p++;
            prec = 0;
            if (p < end && *p == '*') {
                if (get_star(t, &st, &prec) < 0) goto error;
                if (prec < 0) prec = 0;
                p++;
            } else {
                while (p < end && *p >= '0' && *p <= '9') {
                    prec = prec * 10 + (*p++ - '0');
                    if (prec > INT32_MAX) {
                        gp_err_set_str(t, &gp_exc_ValueError, "precision too big");
                        goto error;
                    }
                }
            }
        }
        while (p < end && (*p == 'h' || *p == 'l' || *p == 'L'))
            p++;
        if (p >= end) {
            gp_err_set_str(t, &gp_exc_ValueError, "incomplete format");
            goto error;
        }
        char conv = *p;
        v = next_arg(t, &st);
        if (!v) goto error;
        switch (conv) {
        case 's':
        case 'r':
        case 'a':
        case 'b': {
            if (conv == 'b' && !is_bytes) goto bad_conv;
            gp_obj *s = text_of(t, v, conv, is_bytes);
            if (!s) goto error;
            const char *d;
            gp_ssize n, cps;
            if (is_bytes) {
                d = gp_bytes_data(s);
                n = cps = gp_bytes_size(s);
                if (prec >= 0 && prec < n) n = cps = prec;
            } else {
                d = gp_str_utf8(s);
                n = gp_str_size(s);
                cps = gp_str_len(s);
                ascii &= gp_str_is_ascii(s);
                if (prec >= 0 && prec < cps) {
                    cps = prec;
                    n = gp_str_byte_offset(s, prec);
                }
            }
            emit_padded(&b, "", 0, d, n, cps, width, left, 0);
            gp_decref(s);
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
            if (format_int(t, &b, v, conv, plus, space, alt, left, zero, width, prec) < 0)
                goto error;
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            if (format_float(t, &b, v, conv, plus, space, alt, left, zero, width, prec) < 0)
                goto error;
            break;
        case 'c':
            ascii = 0;
            if (format_char(t, &b, v, is_bytes, left, width) < 0) goto error;
            break;
        default:
        bad_conv:
            if ((unsigned char)conv >= 32 && (unsigned char)conv < 127)
                gp_err_format(t, &gp_exc_ValueError,
                              "unsupported format character '%c' (0x%x) at index %zd", conv,
                              (unsigned)(unsigned char)conv,
                              is_bytes ? (gp_ssize)(p - fmt) : gp_utf8_count(fmt, p - fmt));
            else {
                int len;
                uint32_t c = gp_utf8_decode((const unsigned char *)p, &len);
                gp_err_format(t, &gp_exc_ValueError,
                              "unsupported format character '%c' (0x%x) at index %zd", (int)c,
                              (unsigned)c,
                              is_bytes ? (gp_ssize)(p - fmt) : gp_utf8_count(fmt, p - fmt));
            }
            goto error;
        }
        p++;
    }
    if (st.argidx < st.arglen && !st.dict) {
        gp_err_set_str(t, &gp_exc_TypeError,
                       "not all arguments converted during string formatting");
        goto error;
    }
    gp_xdecref(owned);
    if (is_bytes) {
        if (b.failed) {
            gp_strbuf_free(&b);
            return gp_err_nomemory(t);
        }
        gp_obj *r = gp_bytes_new(t, b.buf, b.len);
        gp_strbuf_free(&b);
        return r;
    }
    if (ascii && !b.failed) {
        gp_obj *r = gp_str_from_buf(t, b.buf, b.len, b.len, 1);
        gp_strbuf_free(&b);
        return r;
    }
    return gp_strbuf_finish(t, &b);
error:
    gp_xdecref(owned);
    gp_strbuf_free(&b);
    return NULL;
}

gp_obj *gp_str_mod_format(gp_thread *t, gp_obj *fmt, gp_obj *args) {
    if (gp_str_check(fmt))
        return mod_format(t, gp_str_utf8(fmt), gp_str_size(fmt), args, 0, gp_str_is_ascii(fmt));
    const char *p;
    gp_ssize n;
    if (gp_bytes_like(t, fmt, &p, &n) < 0) return NULL;
    return mod_format(t, p, n, args, 1, 0);
}

gp_obj *gp_bytes_mod_format(gp_thread *t, const char *fmt, gp_ssize n, gp_obj *args) {
    return mod_format(t, fmt, n, args, 1, 0);
}

/* ------------------------------------------------------------ str.format */

typedef struct {
    gp_obj *const *args;
    gp_ssize nargs;
    gp_obj *kwnames; /* str.format keywords (values after args) */
    gp_obj *mapping; /* format_map */
    int auto_state;  /* 0 unknown, 1 automatic, 2 manual */
    gp_ssize auto_next;
} fmt_state;

static void *fmt_error(gp_thread *t, const char *msg) {
    gp_err_set_str(t, &gp_exc_ValueError, msg);
    return NULL;
}

static int all_digits(const char *p, gp_ssize n) {
    if (n == 0) return 0;
    for (gp_ssize i = 0; i < n; i++)
        if (p[i] < '0' || p[i] > '9') return 0;
    return 1;
}

/* A decimal field number, or -2 on overflow (error set). */
static gp_ssize parse_index(gp_thread *t, const char *p, gp_ssize n) {
    gp_ssize v = 0;
    for (gp_ssize i = 0; i < n; i++) {
        if (v > (INTPTR_MAX - 9) / 10) {
            gp_err_set_str(t, &gp_exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

static gp_obj *lookup_first(gp_thread *t, fmt_state *st, const char *p, gp_ssize n) {
    gp_ssize index = -1;
    if (n == 0) {
        if (st->auto_state == 2)
            return fmt_error(
                t, "cannot switch from manual field specification to automatic field numbering");
        st->auto_state = 1;
        index = st->auto_next++;
    } else if (all_digits(p, n)) {
        index = parse_index(t, p, n);
        if (index == -2) return NULL;
        if (st->auto_state == 1)
            return fmt_error(
                t, "cannot switch from automatic field numbering to manual field specification");
        st->auto_state = 2;
    }
    if (index >= 0) {
        if (st->mapping) return fmt_error(t, "Format string contains positional fields");
        if (index >= st->nargs)
            return gp_err_format(t, &gp_exc_IndexError,
                                 "Replacement index %zd out of range for positional args tuple",
                                 index);
        return gp_newref(st->args[index]);
    }
    gp_obj *key = gp_str_new(t, p, n);
    if (!key) return NULL;
    if (st->mapping) {
        gp_obj *v = gp_obj_getitem(t, st->mapping, key);
        gp_decref(key);
        return v;
    }
    gp_ssize nkw = st->kwnames ? gp_tuple_size(st->kwnames) : 0;
    for (gp_ssize k = 0; k < nkw; k++) {
        if (gp_str_eq(gp_tuple_get_borrow(st->kwnames, k), key)) {
            gp_decref(key);
            return gp_newref(st->args[st->nargs + k]);
        }
    }
    gp_err_set(t, &gp_exc_KeyError, key);
    gp_decref(key);
    return NULL;
}

/* Resolve a field name such as "0", "name.attr[2][key]". */
static gp_obj *get_field(gp_thread *t, fmt_state *st, const char *p, gp_ssize n) {
    gp_ssize i = 0;
    while (i < n && p[i] != '.' && p[i] != '[')
        i++;
    gp_obj *obj = lookup_first(t, st, p, i);
    if (!obj) return NULL;
    while (i < n) {
        char c = p[i++];
        gp_ssize s = i;
        gp_obj *next;
        if (c == '.') {
            while (i < n && p[i] != '.' && p[i] != '[')
                i++;
            if (i == s) {
                gp_decref(obj);
                return fmt_error(t, "Empty attribute in format string");
            }
            gp_obj *name = gp_str_new(t, p + s, i - s);
            if (!name) goto error;
            next = gp_obj_getattr(t, obj, name);
            gp_decref(name);
        } else if (c == '[') {
            while (i < n && p[i] != ']')
                i++;
            if (i >= n) {
                gp_decref(obj);
                return fmt_error(t, "Missing ']' in format string");
            }
            if (i == s) {
                gp_decref(obj);
                return fmt_error(t, "Empty attribute in format string");
            }
            gp_obj *key;
            if (all_digits(p + s, i - s)) {
                gp_ssize idx = parse_index(t, p + s, i - s);
                if (idx == -2) goto error;
                key = gp_int_from_ssize(t, idx);
            } else {
                key = gp_str_new(t, p + s, i - s);
            }
            if (!key) goto error;
            i++;
            if (i < n && p[i] != '.' && p[i] != '[') {
                gp_decref(key);
                gp_decref(obj);
                return fmt_error(t, "Only '.' or '[' may follow ']' in format field specifier");
            }
            next = gp_obj_getitem(t, obj, key);
            gp_decref(key);
        } else {
            gp_decref(obj);
            return fmt_error(t, "Only '.' or '[' may follow ']' in format field specifier");
        }
        gp_decref(obj);
        obj = next;
        if (!obj) return NULL;
    }
    return obj;
error:
    gp_decref(obj);
    return NULL;
}

static int build_string(gp_thread *t, fmt_state *st, gp_strbuf *out, const char *p, gp_ssize n,
                        int depth);

/* Format one replacement field's value into out. */
static int render_field(gp_thread *t, fmt_state *st, gp_strbuf *out, const char *name, gp_ssize nn,
                        char conversion, const char *spec, gp_ssize sn, int spec_expand,
                        int depth) {
    gp_obj *obj = get_field(t, st, name, nn);
    if (!obj) return -1;
    if (conversion) {
        gp_obj *c;
        switch (conversion) {
        case 'r':
            c = gp_obj_repr(t, obj);
            break;
        case 's':
            c = gp_obj_str(t, obj);
            break;
        case 'a':
            c = gp_obj_ascii(t, obj);
            break;
        default:
            if ((unsigned char)conversion < 128)
                gp_err_format(t, &gp_exc_ValueError, "Unknown conversion specifier %c", conversion);
            else
                gp_err_set_str(t, &gp_exc_ValueError, "Unknown conversion specifier");
            c = NULL;
            break;
        }
        gp_decref(obj);
        if (!c) return -1;
        obj = c;
    }
    gp_obj *specobj = NULL;
    if (spec_expand) {
        gp_strbuf sb;
        gp_strbuf_init(&sb);
        if (build_string(t, st, &sb, spec, sn, depth - 1) < 0) {
            gp_strbuf_free(&sb);
            gp_decref(obj);
            return -1;
        }
        specobj = gp_strbuf_finish(t, &sb);
        if (!specobj) {
            gp_decref(obj);
            return -1;
        }
    } else if (sn > 0) {
        specobj = gp_str_new(t, spec, sn);
        if (!specobj) {
            gp_decref(obj);
            return -1;
        }
    }
    /* The common cases need no call: a str or small int with no spec. */
    if (!specobj && gp_str_check_exact(obj)) {
        gp_strbuf_append(out, gp_str_utf8(obj), gp_str_size(obj));
        gp_decref(obj);
        return 0;
    }
    if (!specobj && gp_is_small(obj)) {
        char num[32];
        int k = snprintf(num, sizeof num, "%ld", (long)gp_small_value(obj));
        gp_strbuf_append(out, num, k);
        return 0;
    }
    gp_obj *r = gp_obj_format(t, obj, specobj);
    gp_decref(obj);
    gp_xdecref(specobj);
    if (!r) return -1;
    gp_strbuf_append(out, gp_str_utf8(r), gp_str_size(r));
    gp_decref(r);
    return 0;
}

static int build_string(gp_thread *t, fmt_state *st, gp_strbuf *out, const char *p, gp_ssize n,
                        int depth) {
    if (depth <= 0) {
        fmt_error(t, "Max string recursion exceeded");
        return -1;
    }
    gp_ssize i = 0;
    while (i < n) {
        /* Literal text up to the next brace. */
        gp_ssize j = i;
        while (j < n && p[j] != '{' && p[j] != '}')
            j++;
        gp_strbuf_append(out, p + i, j - i);
        if (j >= n) break;
        char c = p[j];
        if (j + 1 < n && p[j + 1] == c) {
            gp_strbuf_append_char(out, c);
            i = j + 2;
            continue;
        }
        if (c == '}') {
            fmt_error(t, "Single '}' encountered in format string");
            return -1;
        }
        if (j + 1 >= n) {
            fmt_error(t, "Single '{' encountered in format string");
            return -1;
        }
        /* A replacement field: name, then !conversion, then :spec. */
        i = j + 1;
        gp_ssize name_start = i;
        char term = 0;
        while (i < n) {
            char d = p[i++];
            if (d == '{') {
                fmt_error(t, "unexpected '{' in field name");
                return -1;
            }
            if (d == '[') {
                while (i < n && p[i] != ']')
                    i++;
                continue;
            }
            if (d == '}' || d == ':' || d == '!') {
                term = d;
                break;
            }
        }
        if (!term) {
            fmt_error(t, "expected '}' before end of string");
            return -1;
        }
        gp_ssize name_end = i - 1;
        char conversion = 0;
        gp_ssize spec_start = i, spec_end = i;
        int expand = 0;
        if (term == '!' || term == ':') {
            int done = 0;
            if (term == '!') {
                if (i >= n) {
                    fmt_error(t, "end of string while looking for conversion specifier");
                    return -1;
                }
                conversion = p[i++];
                if (i < n) {
                    char d = p[i++];
                    if (d == '}') {
                        spec_start = spec_end = i;
                        done = 1;
                    } else if (d != ':') {
                        fmt_error(t, "expected ':' after conversion specifier");
                        return -1;
                    }
                }
            }
            if (!done) {
                spec_start = i;
                int count = 1;
                while (i < n) {
                    char d = p[i++];
                    if (d == '{') {
                        expand = 1;
                        count++;
                    } else if (d == '}' && --count == 0) {
                        break;
                    }
                }
                if (count != 0) {
                    fmt_error(t, "unmatched '{' in format spec");
                    return -1;
                }
                spec_end = i - 1;
            }
        }
        if (render_field(t, st, out, p + name_start, name_end - name_start, conversion,
                         p + spec_start, spec_end - spec_start, expand, depth) < 0)
            return -1;
    }
    return 0;
}

gp_obj *gp_str_format_impl(gp_thread *t, gp_obj *fmt, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames, gp_obj *mapping) {
    fmt_state st;
    st.args = args;
    st.nargs = nargs;
    st.kwnames = kwnames;
    st.mapping = mapping;
    st.auto_state = 0;
    st.auto_next = 0;
    gp_strbuf b;
    gp_strbuf_init(&b);
    if (build_string(t, &st, &b, gp_str_utf8(fmt), gp_str_size(fmt), 2) < 0) {
        gp_strbuf_free(&b);
        return NULL;
    }
    return gp_strbuf_finish(t, &b);
}
