/* gp_strbuf, the growing text buffer, and gp_str_from_format, the
   printf-like constructor every area uses for messages. */
#include <inttypes.h>
#include <stdio.h>

#include "objects/strimpl.h"

void gp_strbuf_init(gp_strbuf *b) {
    b->buf = b->small;
    b->len = 0;
    b->cap = (gp_ssize)sizeof b->small;
    b->failed = 0;
}

/* Make room for n more bytes; on failure mark the buffer failed so that
   later appends are dropped and gp_strbuf_finish raises MemoryError. */
static int reserve(gp_strbuf *b, gp_ssize n) {
    if (b->failed) return 0;
    if (n <= b->cap - b->len) return 1;
    gp_ssize need;
    if (__builtin_add_overflow(b->len, n, &need) || need > INTPTR_MAX / 2) {
        b->failed = 1;
        return 0;
    }
    gp_ssize cap = b->cap * 2;
    if (cap < need) cap = need;
    char *nb;
    if (b->buf == b->small) {
        nb = gp_mem_alloc((size_t)cap);
        if (nb) memcpy(nb, b->small, (size_t)b->len);
    } else {
        nb = gp_mem_realloc(b->buf, (size_t)cap);
    }
    if (!nb) {
        b->failed = 1;
        return 0;
    }
    b->buf = nb;
    b->cap = cap;
    return 1;
}

void gp_strbuf_append(gp_strbuf *b, const char *s, gp_ssize n) {
    if (n <= 0 || !reserve(b, n)) return;
    memcpy(b->buf + b->len, s, (size_t)n);
    b->len += n;
}

void gp_strbuf_append_cstr(gp_strbuf *b, const char *s) {
    gp_strbuf_append(b, s, (gp_ssize)strlen(s));
}

void gp_strbuf_append_char(gp_strbuf *b, char c) {
    if (b->len < b->cap) {
        b->buf[b->len++] = c;
        return;
    }
    if (!reserve(b, 1)) return;
    b->buf[b->len++] = c;
}

void gp_strbuf_append_fill(gp_strbuf *b, uint32_t cp, gp_ssize count) {
    char tmp[4];
    int n = cp < 0x80 ? 1 : gp_utf8_encode(cp, tmp);
    gp_ssize total;
    if (count <= 0) return;
    /* Room for the whole run at once: a width no memory can hold fails
       here, at once, instead of after a long loop. */
    if (__builtin_mul_overflow(count, (gp_ssize)n, &total)) {
        b->failed = 1;
        return;
    }
    if (!reserve(b, total)) return;
    if (n == 1) {
        memset(b->buf + b->len, (int)cp, (size_t)count);
    } else {
        for (gp_ssize i = 0; i < count; i++) memcpy(b->buf + b->len + i * n, tmp, (size_t)n);
    }
    b->len += total;
}

void gp_strbuf_append_codepoint(gp_strbuf *b, uint32_t cp) {
    if (cp < 0x80) {
        gp_strbuf_append_char(b, (char)cp);
        return;
    }
    char tmp[4];
    gp_strbuf_append(b, tmp, gp_utf8_encode(cp, tmp));
}

int gp_strbuf_append_str(gp_thread *t, gp_strbuf *b, gp_obj *o) {
    if (gp_str_check_exact(o)) {
        gp_strbuf_append(b, gp_str_utf8(o), gp_str_size(o));
        return 0;
    }
    gp_obj *s = gp_obj_str(t, o);
    if (!s) return -1;
    gp_strbuf_append(b, gp_str_utf8(s), gp_str_size(s));
    gp_decref(s);
    return 0;
}

int gp_strbuf_append_repr(gp_thread *t, gp_strbuf *b, gp_obj *o) {
    gp_obj *s = gp_obj_repr(t, o);
    if (!s) return -1;
    gp_strbuf_append(b, gp_str_utf8(s), gp_str_size(s));
    gp_decref(s);
    return 0;
}

void gp_strbuf_free(gp_strbuf *b) {
    if (b->buf != b->small) gp_mem_free(b->buf);
    b->buf = b->small;
    b->len = 0;
    b->cap = (gp_ssize)sizeof b->small;
}

gp_obj *gp_strbuf_finish(gp_thread *t, gp_strbuf *b) {
    if (b->failed) {
        gp_strbuf_free(b);
        return gp_err_nomemory(t);
    }
    gp_obj *s = gp_str_new(t, b->buf, b->len);
    gp_strbuf_free(b);
    return s;
}

/* ------------------------------------------------------ gp_str_from_format */

/* Append at most `prec` code points of n bytes of UTF-8 (prec < 0: all),
   padded to `width` code points. */
static void append_limited(gp_strbuf *b, const char *s, gp_ssize n, gp_ssize width, gp_ssize prec,
                           int left) {
    gp_ssize cps = gp_utf8_count(s, n);
    if (prec >= 0 && cps > prec) {
        gp_ssize i = 0, k = 0;
        while (i < n && k < prec) {
            i += gp_utf8_seqlen((unsigned char)s[i]);
            k++;
        }
        n = i > n ? n : i;
        cps = prec;
    }
    if (!left)
        for (gp_ssize i = cps; i < width; i++)
            gp_strbuf_append_char(b, ' ');
    gp_strbuf_append(b, s, n);
    if (left)
        for (gp_ssize i = cps; i < width; i++)
            gp_strbuf_append_char(b, ' ');
}

static int append_obj(gp_thread *t, gp_strbuf *b, gp_obj *s, gp_ssize width, gp_ssize prec,
                      int left) {
    if (!s) return -1;
    append_limited(b, gp_str_utf8(s), gp_str_size(s), width, prec, left);
    gp_decref(s);
    return 0;
}

gp_obj *gp_str_from_vformat(gp_thread *t, const char *fmt, va_list ap) {
    gp_strbuf b;
    gp_strbuf_init(&b);
    const char *p = fmt;
    while (*p) {
        if (*p != '%') {
            const char *q = p;
            while (*q && *q != '%')
                q++;
            gp_strbuf_append(&b, p, q - p);
            p = q;
            continue;
        }
        const char *start = p++;
        int left = 0, zero = 0;
        for (;; p++) {
            if (*p == '-')
                left = 1;
            else if (*p == '0')
                zero = 1;
            else
                break;
        }
        gp_ssize width = -1, prec = -1;
        if (*p == '*') {
            width = va_arg(ap, int);
            p++;
        } else if (*p >= '0' && *p <= '9') {
            width = 0;
            while (*p >= '0' && *p <= '9')
                width = width * 10 + (*p++ - '0');
        }
        if (*p == '.') {
            p++;
            prec = 0;
            if (*p == '*') {
                prec = va_arg(ap, int);
                p++;
            } else {
                while (*p >= '0' && *p <= '9')
                    prec = prec * 10 + (*p++ - '0');
            }
        }
        int lng = 0, size_t_mod = 0;
        if (*p == 'l') {
            lng = 1;
            p++;
            if (*p == 'l') {
                lng = 2;
                p++;
            }
        } else if (*p == 'z') {
            size_t_mod = 1;
            p++;
        }
        char num[72];
        switch (*p) {
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X': {
            char conv = *p == 'i' ? 'd' : *p;
            /* Read the argument at its C type, then print it widened. */
            char cfmt[12];
            int k = 0;
            cfmt[k++] = '%';
            if (left) cfmt[k++] = '-';
            if (zero) cfmt[k++] = '0';
            cfmt[k++] = '*';
            cfmt[k++] = 'j';
            cfmt[k++] = conv;
            cfmt[k] = 0;
            int w = width >= 0 ? (int)width : 0;
            int n;
            if (conv == 'd') {
                intmax_t v = size_t_mod ? (intmax_t)va_arg(ap, gp_ssize)
                             : lng == 2 ? (intmax_t)va_arg(ap, long long)
                             : lng == 1 ? (intmax_t)va_arg(ap, long)
                                        : (intmax_t)va_arg(ap, int);
                n = snprintf(num, sizeof num, cfmt, w, v);
            } else {
                uintmax_t v = size_t_mod ? (uintmax_t)va_arg(ap, size_t)
                              : lng == 2 ? (uintmax_t)va_arg(ap, unsigned long long)
                              : lng == 1 ? (uintmax_t)va_arg(ap, unsigned long)
                                         : (uintmax_t)va_arg(ap, unsigned int);
                n = snprintf(num, sizeof num, cfmt, w, v);
            }
            gp_strbuf_append(&b, num, n);
            break;
        }
        case 'c':
            gp_strbuf_append_codepoint(&b, (uint32_t)va_arg(ap, int));
            break;
        case 'p': {
            int n = snprintf(num, sizeof num, "%p", va_arg(ap, void *));
            gp_strbuf_append(&b, num, n);
            break;
        }
        case '%':
            gp_strbuf_append_char(&b, '%');
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            append_limited(&b, s, (gp_ssize)strlen(s), width, prec, left);
            break;
        }
        case 'S':
            if (append_obj(t, &b, gp_obj_str(t, va_arg(ap, gp_obj *)), width, prec, left) < 0)
                goto error;
            break;
        case 'R':
            if (append_obj(t, &b, gp_obj_repr(t, va_arg(ap, gp_obj *)), width, prec, left) < 0)
                goto error;
            break;
        case 'A':
            if (append_obj(t, &b, gp_obj_ascii(t, va_arg(ap, gp_obj *)), width, prec, left) < 0)
                goto error;
            break;
        case 'U': {
            gp_obj *s = va_arg(ap, gp_obj *);
            append_limited(&b, gp_str_utf8(s), gp_str_size(s), width, prec, left);
            break;
        }
        case 'T': {
            const char *name = gp_type_name(gp_typeof(va_arg(ap, gp_obj *)));
            append_limited(&b, name, (gp_ssize)strlen(name), width, prec, left);
            break;
        }
        default:
            /* Not a conversion we know: copy the text as it is. */
            gp_strbuf_append(&b, start, p - start + (*p != 0));
            break;
        }
        if (*p) p++;
    }
    return gp_strbuf_finish(t, &b);
error:
    gp_strbuf_free(&b);
    return NULL;
}

gp_obj *gp_str_from_format(gp_thread *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    gp_obj *s = gp_str_from_vformat(t, fmt, ap);
    va_end(ap);
    return s;
}
