/* The _struct module: conversion between Python values and C structs
   packed in bytes, driven by format strings ("<2hq", "@i5sx").  The format
   is parsed into a list of items, each with its size and offset, then
   values are packed or unpacked item by item. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "gilpy_core.h"

#define STRUCT_ARGS gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw

enum { MAX_ITEMS = 256 };

typedef struct {
    char code;
    gp_ssize count;  /* repeat count, or the byte length for 's' and 'p' */
    gp_ssize size;   /* size of one value */
    gp_ssize offset; /* of the first value */
} fmt_item;

typedef struct {
    int native;      /* '@': native sizes and alignment */
    int little;      /* byte order */
    gp_ssize nitems; /* entries in items */
    gp_ssize nvalues;
    gp_ssize size;
    fmt_item *items;
    fmt_item local[16];
} fmt;

static void fmt_free(fmt *f) {
    if (f->items != f->local) gp_mem_free(f->items);
}

static void *struct_error(gp_thread *t, gp_obj *module, const char *msg) {
    gp_obj *err = gp_dict_get_str_borrow(t, gp_module_dict_borrow(module), "error");
    gp_err_set_str(t, err && gp_type_check(err) ? (gp_type *)err : &gp_exc_ValueError, msg);
    return NULL;
}

static int native_little(void) {
    const uint16_t one = 1;
    return *(const unsigned char *)&one == 1;
}

/* Size and alignment of one code; 0 when the code is not valid in the mode. */
static gp_ssize code_size(char c, int native, gp_ssize *align) {
    gp_ssize s;
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': s = 1; break;
    case 'h': case 'H': case 'e': s = 2; break;
    case 'i': case 'I': case 'f': s = 4; break;
    case 'l': case 'L': s = native ? (gp_ssize)sizeof(long) : 4; break;
    case 'q': case 'Q': case 'd': s = 8; break;
    case 'n': case 'N': case 'P': s = native ? 8 : 0; break;
    default: s = 0;
    }
    *align = (c == 's' || c == 'p') ? 1 : s;
    return s;
}

static int fmt_parse(gp_thread *t, gp_obj *module, gp_obj *spec, fmt *f) {
    const char *s;
    gp_ssize n;
    if (gp_str_check(spec)) {
        s = gp_str_utf8(spec);
        n = gp_str_size(spec);
    } else if (gp_bytes_check(spec)) {
        s = gp_bytes_data(spec);
        n = gp_bytes_size(spec);
    } else {
        gp_err_format(t, &gp_exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %T", spec);
        return -1;
    }
    f->native = 1;
    f->little = native_little();
    f->items = f->local;
    f->nitems = f->nvalues = f->size = 0;
    gp_ssize cap = 16, i = 0;
    if (n > 0) {
        switch (s[0]) {
        case '@': i = 1; break;
        case '=': f->native = 0; i = 1; break;
        case '<': f->native = 0; f->little = 1; i = 1; break;
        case '>': case '!': f->native = 0; f->little = 0; i = 1; break;
        }
    }
    gp_ssize off = 0;
    while (i < n) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            i++;
            continue;
        }
        gp_ssize count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                if (count > (INTPTR_MAX - 9) / 10) {
                    struct_error(t, module, "total struct size too long");
                    goto error;
                }
                count = count * 10 + (s[i++] - '0');
            }
            if (i >= n) {
                struct_error(t, module, "repeat count given without format specifier");
                goto error;
            }
            c = s[i];
        }
        i++;
        gp_ssize align;
        gp_ssize size = code_size(c, f->native, &align);
        if (size == 0) {
            struct_error(t, module, "bad char in struct format");
            goto error;
        }
        if (f->native && align > 1) off = (off + align - 1) / align * align;
        if (f->nitems == cap) {
            cap *= 2;
            fmt_item *ni = gp_mem_alloc((size_t)cap * sizeof(fmt_item));
            if (!ni) {
                gp_err_nomemory(t);
                goto error;
            }
            memcpy(ni, f->items, (size_t)f->nitems * sizeof(fmt_item));
            if (f->items != f->local) gp_mem_free(f->items);
            f->items = ni;
        }
        fmt_item *it = &f->items[f->nitems++];
        it->code = c;
        it->count = count;
        it->size = size;
        it->offset = off;
        if (c == 's' || c == 'p') {
            off += count;
            f->nvalues++;
        } else {
            off += size * count;
            if (c != 'x') f->nvalues += count;
        }
    }
    f->size = off;
    return 0;
error:
    fmt_free(f);
    return -1;
}

/* ---------------------------------------------------------- half floats */

static int pack_half(double x, unsigned char out[2], int little) {
    uint16_t bits;
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) {
        bits = sign | 0x7e00;
    } else if (isinf(x)) {
        bits = sign | 0x7c00;
    } else if (x == 0) {
        bits = sign;
    } else {
        x = fabs(x);
        int e;
        double m = frexp(x, &e);
        int E = e + 14;
        if (E >= 1) {
            double mant = nearbyint((2 * m - 1) * 1024);
            if (mant >= 1024) {
                mant = 0;
                E++;
            }
            if (E >= 31) return -1;
            bits = sign | (uint16_t)(E << 10) | (uint16_t)mant;
        } else {
            double mant = nearbyint(ldexp(x, 24));
            bits = sign | (uint16_t)mant;
        }
    }
    out[little ? 0 : 1] = (unsigned char)(bits & 0xff);
    out[little ? 1 : 0] = (unsigned char)(bits >> 8);
    return 0;
}

static double unpack_half(const unsigned char *p, int little) {
    uint16_t bits = (uint16_t)(little ? (p[0] | p[1] << 8) : (p[1] | p[0] << 8));
    int sign = bits >> 15, E = (bits >> 10) & 0x1f, m = bits & 0x3ff;
    double v;
    if (E == 0) v = ldexp(m, -24);
    else if (E == 31) v = m ? NAN : INFINITY;
    else v = ldexp(1024 + m, E - 25);
    return sign ? -v : v;
}

/* ------------------------------------------------------------- packing */

static void put_uint(unsigned char *p, uint64_t v, gp_ssize size, int little) {
    for (gp_ssize k = 0; k < size; k++) p[little ? k : size - 1 - k] = (unsigned char)(v >> (8 * k));
}

static uint64_t get_uint(const unsigned char *p, gp_ssize size, int little) {
    uint64_t v = 0;
    for (gp_ssize k = 0; k < size; k++) v |= (uint64_t)p[little ? k : size - 1 - k] << (8 * k);
    return v;
}

static int is_signed_code(char c) { return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'; }

static int range_error(gp_thread *t, gp_obj *module, char code, gp_ssize size, int is_signed, int negative) {
    char msg[96];
    if (code == 'b') return struct_error(t, module, "byte format requires -128 <= number <= 127"), -1;
    if (code == 'B') return struct_error(t, module, "ubyte format requires 0 <= number <= 255"), -1;
    if (code == 'h') return struct_error(t, module, "short format requires -32768 <= number <= 32767"), -1;
    if (code == 'H') return struct_error(t, module, "ushort format requires 0 <= number <= 65535"), -1;
    if (size == 4 && is_signed) {
        snprintf(msg, sizeof msg, "'%c' format requires -2147483648 <= number <= 2147483647", code);
        return struct_error(t, module, msg), -1;
    }
    if (size == 4 && !negative) {
        snprintf(msg, sizeof msg, "'%c' format requires 0 <= number <= 4294967295", code);
        return struct_error(t, module, msg), -1;
    }
    return struct_error(t, module, "argument out of range"), -1;
}

static int pack_int(gp_thread *t, gp_obj *module, const fmt *f, char code, gp_ssize size, gp_obj *v,
                    unsigned char *p) {
    gp_obj *iv;
    if (gp_int_check(v)) {
        iv = gp_newref(v);
    } else {
        iv = gp_number_index(t, v);
        if (!iv) {
            if (!gp_err_matches(t, &gp_exc_TypeError)) return -1;
            gp_err_clear(t);
            return struct_error(t, module, "required argument is not an integer"), -1;
        }
    }
    int is_signed = is_signed_code(code);
    int neg = gp_int_sign(iv) < 0;
    uint64_t bits;
    int ok;
    if (is_signed) {
        int64_t x;
        ok = gp_int_as_i64(t, iv, &x) == 0;
        if (!ok) gp_err_clear(t);
        if (ok && size < 8) {
            int64_t lim = (int64_t)1 << (size * 8 - 1);
            ok = x >= -lim && x < lim;
        }
        bits = (uint64_t)x;
    } else {
        uint64_t x = 0;
        ok = !neg && gp_int_as_u64(t, iv, &x) == 0;
        if (!ok && !neg) gp_err_clear(t);
        if (ok && size < 8) ok = x < ((uint64_t)1 << (size * 8));
        bits = x;
    }
    gp_decref(iv);
    if (!ok) return range_error(t, module, code, size, is_signed, neg);
    put_uint(p, bits, size, f->little);
    return 0;
}

static int pack_float(gp_thread *t, gp_obj *module, const fmt *f, char code, gp_obj *v, unsigned char *p) {
    double x;
    if (gp_number_as_double(t, v, &x) < 0) {
        if (!gp_err_matches(t, &gp_exc_TypeError)) return -1;
        gp_err_clear(t);
        return struct_error(t, module, "required argument is not a float"), -1;
    }
    if (code == 'e') {
        if (pack_half(x, p, f->little) < 0) {
            gp_err_format(t, &gp_exc_OverflowError, "float too large to pack with e format");
            return -1;
        }
        return 0;
    }
    if (code == 'f') {
        float y = (float)x;
        if (isinf(y) && !isinf(x) && !f->native) {
            gp_err_format(t, &gp_exc_OverflowError, "float too large to pack with f format");
            return -1;
        }
        uint32_t u;
        memcpy(&u, &y, 4);
        put_uint(p, u, 4, f->little);
        return 0;
    }
    uint64_t u;
    memcpy(&u, &x, 8);
    put_uint(p, u, 8, f->little);
    return 0;
}

/* Pack values into buf (f->size bytes, zeroed by the caller). */
static int pack_values(gp_thread *t, gp_obj *module, const fmt *f, gp_obj *const *vals, gp_ssize nvals,
                       unsigned char *buf) {
    if (nvals != f->nvalues) {
        char msg[80];
        snprintf(msg, sizeof msg, "pack expected %zd items for packing (got %zd)", (size_t)f->nvalues,
                 (size_t)nvals);
        struct_error(t, module, msg);
        return -1;
    }
    gp_ssize vi = 0;
    for (gp_ssize k = 0; k < f->nitems; k++) {
        const fmt_item *it = &f->items[k];
        unsigned char *p = buf + it->offset;
        if (it->code == 'x') continue;
        if (it->code == 's' || it->code == 'p') {
            gp_obj *v = vals[vi++];
            const char *data;
            gp_ssize n;
            if (!gp_bytes_check(v) && !gp_bytearray_check(v)) {
                struct_error(t, module, it->code == 's' ? "argument for 's' must be a bytes object"
                                                        : "argument for 'p' must be a bytes object");
                return -1;
            }
            if (gp_bytes_like(t, v, &data, &n) < 0) return -1;
            if (it->code == 's') {
                if (n > it->count) n = it->count;
                memcpy(p, data, (size_t)n);
            } else if (it->count > 0) {
                if (n > it->count - 1) n = it->count - 1;
                memcpy(p + 1, data, (size_t)n);
                p[0] = (unsigned char)(n > 255 ? 255 : n);
            }
            continue;
        }
        for (gp_ssize r = 0; r < it->count; r++, p += it->size) {
            gp_obj *v = vals[vi++];
            switch (it->code) {
            case 'c': {
                if (!((gp_bytes_check(v) && gp_bytes_size(v) == 1) ||
                      (gp_bytearray_check(v) && ((gp_bytearray *)v)->size == 1))) {
                    struct_error(t, module, "char format requires a bytes object of length 1");
                    return -1;
                }
                const char *data;
                gp_ssize n;
                if (gp_bytes_like(t, v, &data, &n) < 0) return -1;
                p[0] = (unsigned char)data[0];
                break;
            }
            case '?': {
                int b = gp_obj_truthy(t, v);
                if (b < 0) return -1;
                p[0] = (unsigned char)b;
                break;
            }
            case 'e': case 'f': case 'd':
                if (pack_float(t, module, f, it->code, v, p) < 0) return -1;
                break;
            default:
                if (pack_int(t, module, f, it->code, it->size, v, p) < 0) return -1;
            }
        }
    }
    return 0;
}

static gp_obj *unpack_values(gp_thread *t, const fmt *f, const unsigned char *buf) {
    gp_obj *tup = gp_tuple_new(t, f->nvalues);
    if (!tup) return NULL;
    gp_ssize vi = 0;
    for (gp_ssize k = 0; k < f->nitems; k++) {
        const fmt_item *it = &f->items[k];
        const unsigned char *p = buf + it->offset;
        if (it->code == 'x') continue;
        if (it->code == 's' || it->code == 'p') {
            gp_obj *v;
            if (it->code == 's') {
                v = gp_bytes_new(t, (const char *)p, it->count);
            } else {
                gp_ssize n = it->count > 0 ? p[0] : 0;
                if (n >= it->count) n = it->count - 1;
                if (n < 0) n = 0;
                v = gp_bytes_new(t, (const char *)p + 1, n);
            }
            if (!v) goto error;
            gp_tuple_items(tup)[vi++] = v;
            continue;
        }
        for (gp_ssize r = 0; r < it->count; r++, p += it->size) {
            gp_obj *v;
            switch (it->code) {
            case 'c': v = gp_bytes_new(t, (const char *)p, 1); break;
            case '?': v = gp_bool_from(p[0] != 0); break;
            case 'e': v = gp_float_new(t, unpack_half(p, f->little)); break;
            case 'f': {
                uint32_t u = (uint32_t)get_uint(p, 4, f->little);
                float y;
                memcpy(&y, &u, 4);
                v = gp_float_new(t, y);
                break;
            }
            case 'd': {
                uint64_t u = get_uint(p, 8, f->little);
                double y;
                memcpy(&y, &u, 8);
                v = gp_float_new(t, y);
                break;
            }
            default: {
                uint64_t u = get_uint(p, it->size, f->little);
                if (is_signed_code(it->code)) {
                    if (it->size < 8 && (u >> (it->size * 8 - 1)) & 1) u |= ~(uint64_t)0 << (it->size * 8);
                    v = gp_int_from_i64(t, (int64_t)u);
                } else {
                    v = gp_int_from_u64(t, u);
                }
            }
            }
            if (!v) goto error;
            gp_tuple_items(tup)[vi++] = v;
        }
    }
    return tup;
error:
    for (gp_ssize k = vi; k < f->nvalues; k++) gp_tuple_items(tup)[k] = GP_NONE;
    gp_decref(tup);
    return NULL;
}

/* ----------------------------------------------------------- functions */

static gp_obj *s_calcsize(STRUCT_ARGS) {
    if (gp_args_no_kw(t, "calcsize", kw) < 0 || gp_args_count(t, "calcsize", nargs, 1, 1) < 0) return NULL;
    fmt f;
    if (fmt_parse(t, self, args[0], &f) < 0) return NULL;
    gp_ssize size = f.size;
    fmt_free(&f);
    return gp_int_from_ssize(t, size);
}

static gp_obj *s_pack(STRUCT_ARGS) {
    if (gp_args_no_kw(t, "pack", kw) < 0) return NULL;
    if (nargs < 1) return gp_err_format(t, &gp_exc_TypeError, "pack expected at least 1 argument, got 0");
    fmt f;
    if (fmt_parse(t, self, args[0], &f) < 0) return NULL;
    unsigned char *buf = gp_mem_calloc((size_t)f.size + 1, 1);
    gp_obj *r = NULL;
    if (!buf) gp_err_nomemory(t);
    else if (pack_values(t, self, &f, args + 1, nargs - 1, buf) == 0) r = gp_bytes_new(t, (const char *)buf, f.size);
    gp_mem_free(buf);
    fmt_free(&f);
    return r;
}

static gp_obj *s_pack_into(STRUCT_ARGS) {
    if (gp_args_no_kw(t, "pack_into", kw) < 0) return NULL;
    if (nargs < 3) return gp_err_format(t, &gp_exc_TypeError, "pack_into expected at least 3 arguments, got %zd", nargs);
    fmt f;
    if (fmt_parse(t, self, args[0], &f) < 0) return NULL;
    gp_obj *r = NULL;
    unsigned char *tmp = NULL;
    gp_ssize off;
    /* Held until the end: packing may run __index__ methods, and the
       exporter must not move the memory meanwhile. */
    gp_buffer view = {0};
    if (!gp_buffer_check(args[1]) || gp_buffer_get(t, args[1], &view, GP_BUF_WRITABLE) < 0) {
        if (t->exc) gp_err_clear(t);
        gp_err_format(t, &gp_exc_TypeError, "argument must be read-write bytes-like object, not %T", args[1]);
        goto done;
    }
    if (gp_number_as_ssize(t, args[2], &gp_exc_IndexError, &off) < 0) goto done;
    gp_ssize blen = view.len;
    if (off < 0) {
        if (off + f.size > 0) {
            char msg[96];
            snprintf(msg, sizeof msg, "no space to pack %zd bytes at offset %zd", (size_t)f.size, (ssize_t)off);
            struct_error(t, self, msg);
            goto done;
        }
        if (off + blen < 0) {
            char msg[96];
            snprintf(msg, sizeof msg, "offset %zd out of range for %zd-byte buffer", (ssize_t)off, (size_t)blen);
            struct_error(t, self, msg);
            goto done;
        }
        off += blen;
    }
    if (blen - off < f.size) {
        char msg[160];
        snprintf(msg, sizeof msg,
                 "pack_into requires a buffer of at least %zd bytes for packing %zd bytes at offset %zd "
                 "(actual buffer size is %zd)",
                 (size_t)(f.size + off), (size_t)f.size, (size_t)off, (size_t)blen);
        struct_error(t, self, msg);
        goto done;
    }
    tmp = gp_mem_calloc((size_t)f.size + 1, 1);
    if (!tmp) {
        gp_err_nomemory(t);
        goto done;
    }
    if (pack_values(t, self, &f, args + 3, nargs - 3, tmp) < 0) goto done;
    memcpy(view.buf + off, tmp, (size_t)f.size);
    r = GP_NONE;
done:
    gp_buffer_release(&view);
    gp_mem_free(tmp);
    fmt_free(&f);
    return r;
}

static gp_obj *s_unpack(STRUCT_ARGS) {
    if (gp_args_no_kw(t, "unpack", kw) < 0 || gp_args_count(t, "unpack", nargs, 2, 2) < 0) return NULL;
    fmt f;
    if (fmt_parse(t, self, args[0], &f) < 0) return NULL;
    const char *data;
    gp_ssize n;
    gp_obj *r = NULL;
    if (gp_bytes_like(t, args[1], &data, &n) < 0) goto done;
    if (n != f.size) {
        char msg[64];
        snprintf(msg, sizeof msg, "unpack requires a buffer of %zd bytes", (size_t)f.size);
        struct_error(t, self, msg);
        goto done;
    }
    r = unpack_values(t, &f, (const unsigned char *)data);
done:
    fmt_free(&f);
    return r;
}

static gp_obj *s_unpack_from(STRUCT_ARGS) {
    static const char *const names[] = {"", "buffer", "offset", NULL};
    static const gp_argspec spec = {"unpack_from", names, 2, -1};
    gp_obj *a[3];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    fmt f;
    if (fmt_parse(t, self, a[0], &f) < 0) return NULL;
    const char *data;
    gp_ssize n, off = 0;
    gp_obj *r = NULL;
    if (gp_bytes_like(t, a[1], &data, &n) < 0) goto done;
    if (a[2] && gp_number_as_ssize(t, a[2], &gp_exc_IndexError, &off) < 0) goto done;
    if (off < 0) {
        if (off + n < 0) {
            char msg[96];
            snprintf(msg, sizeof msg, "offset %zd out of range for %zd-byte buffer", (ssize_t)off, (size_t)n);
            struct_error(t, self, msg);
            goto done;
        }
        off += n;
    }
    if (n - off < f.size) {
        char msg[160];
        snprintf(msg, sizeof msg,
                 "unpack_from requires a buffer of at least %zd bytes for unpacking %zd bytes at offset %zd "
                 "(actual buffer size is %zd)",
                 (size_t)(f.size + off), (size_t)f.size, (size_t)off, (size_t)n);
        struct_error(t, self, msg);
        goto done;
    }
    r = unpack_values(t, &f, (const unsigned char *)data + off);
done:
    fmt_free(&f);
    return r;
}

/* iter_unpack: the tuples of each consecutive chunk, as an iterator over a
   list made at once. */
static gp_obj *s_iter_unpack(STRUCT_ARGS) {
    if (gp_args_no_kw(t, "iter_unpack", kw) < 0 || gp_args_count(t, "iter_unpack", nargs, 2, 2) < 0) return NULL;
    fmt f;
    if (fmt_parse(t, self, args[0], &f) < 0) return NULL;
    const char *data;
    gp_ssize n;
    gp_obj *list = NULL, *r = NULL;
    if (gp_bytes_like(t, args[1], &data, &n) < 0) goto done;
    if (f.size == 0) {
        struct_error(t, self, "cannot iteratively unpack with a struct of length 0");
        goto done;
    }
    if (n % f.size) {
        char msg[96];
        snprintf(msg, sizeof msg, "iterative unpacking requires a buffer of a multiple of %zd bytes", (size_t)f.size);
        struct_error(t, self, msg);
        goto done;
    }
    list = gp_list_new(t, 0);
    for (gp_ssize off = 0; list && off < n; off += f.size) {
        gp_obj *tup = unpack_values(t, &f, (const unsigned char *)data + off);
        if (!tup || gp_list_append_steal(t, list, tup) < 0) goto done;
    }
    if (list) r = gp_obj_getiter(t, list);
done:
    gp_xdecref(list);
    fmt_free(&f);
    return r;
}

static const gp_method_def struct_functions[] = {
    {"calcsize", s_calcsize, 0, "Return size in bytes of the struct described by the format string."},
    {"pack", s_pack, 0, "Return a bytes object containing the values packed according to the format string."},
    {"pack_into", s_pack_into, 0, "Pack the values according to the format string and write them into buffer."},
    {"unpack", s_unpack, 0, "Return a tuple containing values unpacked according to the format string."},
    {"unpack_from", s_unpack_from, 0, "Return a tuple containing values unpacked from buffer at offset."},
    {"iter_unpack", s_iter_unpack, 0, "Return an iterator yielding tuples unpacked from the buffer."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_struct_init(gp_thread *t) {
    gp_obj *bases = NULL, *ns = NULL, *err = NULL;
    gp_obj *m = gp_module_new(t, "_struct");
    if (!m || gp_module_add_functions(t, m, struct_functions) < 0) goto error;
    bases = gp_tuple_pack(t, 1, (gp_obj *)&gp_exc_Exception);
    ns = gp_dict_new(t);
    if (!bases || !ns) goto error;
    gp_obj *modname = gp_str_from_cstr(t, "struct");
    if (!modname) goto error;
    int rc = gp_dict_set_str(t, ns, "__module__", modname);
    gp_decref(modname);
    if (rc < 0) goto error;
    err = gp_type_new_heap(t, &gp_type_type, "error", bases, ns);
    if (!err || gp_module_add_object(t, m, "error", err) < 0) goto error;
    gp_decref(bases);
    gp_decref(ns);
    gp_decref(err);
    return m;
error:
    gp_xdecref(bases);
    gp_xdecref(ns);
    gp_xdecref(err);
    gp_xdecref(m);
    return NULL;
}
