/* The _binascii module under lib/binascii.py: base64 encoding and
   decoding and the CRC-32 and CRC-CCITT checksums, over bytes-like
   objects.  Decoding errors are raised as ValueError; binascii.py turns
   them into binascii.Error. */
#include <string.h>

#include "gilpy_core.h"

static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* b2a_base64(data, newline) -> bytes */
static gp_obj *m_b2a_base64(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kw) {
    if (gp_args_no_kw(t, "b2a_base64", kw) < 0 || gp_args_count(t, "b2a_base64", nargs, 2, 2) < 0)
        return NULL;
    const char *data;
    gp_ssize n;
    if (gp_bytes_like(t, args[0], &data, &n) < 0) return NULL;
    int newline = gp_obj_truthy(t, args[1]);
    if (newline < 0) return NULL;
    if (n > (INTPTR_MAX - 2) / 4 * 3) return gp_err_nomemory(t);
    gp_ssize out_len = (n + 2) / 3 * 4 + newline;
    char *out = gp_mem_alloc((size_t)out_len + 1);
    if (!out) return gp_err_nomemory(t);
    const unsigned char *p = (const unsigned char *)data;
    char *o = out;
    gp_ssize i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        *o++ = b64_alphabet[v >> 18];
        *o++ = b64_alphabet[(v >> 12) & 63];
        *o++ = b64_alphabet[(v >> 6) & 63];
        *o++ = b64_alphabet[v & 63];
    }
    if (n - i == 1) {
        *o++ = b64_alphabet[p[i] >> 2];
        *o++ = b64_alphabet[(p[i] & 3) << 4];
        *o++ = '=';
        *o++ = '=';
    } else if (n - i == 2) {
        *o++ = b64_alphabet[p[i] >> 2];
        *o++ = b64_alphabet[(p[i] & 3) << 4 | p[i + 1] >> 4];
        *o++ = b64_alphabet[(p[i + 1] & 15) << 2];
        *o++ = '=';
    }
    if (newline) *o++ = '\n';
    gp_obj *r = gp_bytes_new(t, out, o - out);
    gp_mem_free(out);
    return r;
}

static int b64_value(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* a2b_base64(data, strict_mode) -> bytes.  Outside strict mode characters
   outside the alphabet are skipped and decoding stops at the padding that
   completes a quad. */
static gp_obj *m_a2b_base64(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kw) {
    if (gp_args_no_kw(t, "a2b_base64", kw) < 0 || gp_args_count(t, "a2b_base64", nargs, 2, 2) < 0)
        return NULL;
    const char *data;
    gp_ssize n;
    if (gp_bytes_like(t, args[0], &data, &n) < 0) return NULL;
    int strict = gp_obj_truthy(t, args[1]);
    if (strict < 0) return NULL;
    const unsigned char *p = (const unsigned char *)data;
    if (strict && n > 0 && p[0] == '=')
        return gp_err_format(t, &gp_exc_ValueError, "Leading padding not allowed");
    unsigned char *out = gp_mem_alloc((size_t)(n / 4 * 3 + 3));
    if (!out) return gp_err_nomemory(t);
    unsigned char *o = out;
    int quad = 0, pads = 0, padding = 0;
    unsigned left = 0;
    const char *err = NULL;
    for (gp_ssize i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == '=') {
            padding = 1;
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < n) err = "Excess data after padding";
                goto done;
            }
            continue;
        }
        int v = b64_value(c);
        if (v < 0) {
            if (strict) {
                err = "Only base64 data is allowed";
                goto done;
            }
            continue;
        }
        if (strict && padding) {
            err = "Discontinuous padding not allowed";
            goto done;
        }
        pads = 0;
        switch (quad) {
        case 0:
            left = (unsigned)v;
            quad = 1;
            break;
        case 1:
            *o++ = (unsigned char)(left << 2 | (unsigned)v >> 4);
            left = (unsigned)v & 15;
            quad = 2;
            break;
        case 2:
            *o++ = (unsigned char)(left << 4 | (unsigned)v >> 2);
            left = (unsigned)v & 3;
            quad = 3;
            break;
        default:
            *o++ = (unsigned char)(left << 6 | (unsigned)v);
            quad = 0;
            break;
        }
    }
    if (quad == 1) {
        gp_mem_free(out);
        return gp_err_format(
            t, &gp_exc_ValueError,
            "Invalid base64-encoded string: number of data characters (%zd) cannot be 1 "
            "more than a multiple of 4",
            (gp_ssize)(o - out) / 3 * 4 + 1);
    }
    if (quad != 0) err = "Incorrect padding";
done:
    if (err) {
        gp_mem_free(out);
        return gp_err_format(t, &gp_exc_ValueError, "%s", err);
    }
    gp_obj *r = gp_bytes_new(t, (const char *)out, o - out);
    gp_mem_free(out);
    return r;
}

/* CRC-32 (ISO 3309 / zlib's, reflected polynomial 0xEDB88320). */
static uint32_t crc32_table[256];
static uint16_t crc16_table[256];

/* Filled once when the module is made, before any function can run. */
static void init_tables(void) {
    if (crc32_table[1]) return;
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc32_table[i] = c;
        /* CRC-CCITT, polynomial 0x1021, most significant bit first. */
        uint16_t h = (uint16_t)(i << 8);
        for (int k = 0; k < 8; k++)
            h = (uint16_t)(h & 0x8000 ? (h << 1) ^ 0x1021 : h << 1);
        crc16_table[i] = h;
    }
}

static int crc_args(gp_thread *t, const char *fname, gp_obj *const *args, gp_ssize nargs,
                    gp_obj *kw, int nreq, const unsigned char **data, gp_ssize *n,
                    uint64_t *start) {
    if (gp_args_no_kw(t, fname, kw) < 0 || gp_args_count(t, fname, nargs, nreq, 2) < 0) return -1;
    const char *d;
    if (gp_bytes_like(t, args[0], &d, n) < 0) return -1;
    *data = (const unsigned char *)d;
    *start = 0;
    if (nargs > 1) {
        if (!gp_int_check(args[1])) {
            gp_err_format(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          gp_type_name(gp_typeof(args[1])));
            return -1;
        }
        /* Only the low bits matter, as for C's unsigned conversion. */
        gp_obj *mask = gp_int_from_u64(t, 0xFFFFFFFFu);
        gp_obj *low = mask ? gp_number_and(t, args[1], mask) : NULL;
        gp_xdecref(mask);
        if (!low) return -1;
        int r = gp_int_as_u64(t, low, start);
        gp_decref(low);
        if (r < 0) return -1;
    }
    return 0;
}

static gp_obj *m_crc32(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kw) {
    const unsigned char *p;
    gp_ssize n;
    uint64_t start;
    if (crc_args(t, "crc32", args, nargs, kw, 1, &p, &n, &start) < 0) return NULL;
    uint32_t c = ~(uint32_t)start;
    for (gp_ssize i = 0; i < n; i++)
        c = crc32_table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return gp_int_from_u64(t, ~c);
}

static gp_obj *m_crc_hqx(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kw) {
    const unsigned char *p;
    gp_ssize n;
    uint64_t start;
    if (crc_args(t, "crc_hqx", args, nargs, kw, 2, &p, &n, &start) < 0) return NULL;
    uint16_t c = (uint16_t)start;
    for (gp_ssize i = 0; i < n; i++)
        c = (uint16_t)((c << 8) ^ crc16_table[((c >> 8) ^ p[i]) & 0xFF]);
    return gp_int_from_u64(t, c);
}

static const gp_method_def binascii_functions[] = {
    {"b2a_base64", m_b2a_base64, 0, "Base64-code line of data."},
    {"a2b_base64", m_a2b_base64, 0, "Decode a line of base64 data."},
    {"crc32", m_crc32, 0, "Compute CRC-32 incrementally."},
    {"crc_hqx", m_crc_hqx, 0, "Compute CRC-CCITT incrementally."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_binascii_init(gp_thread *t) {
    init_tables();
    gp_obj *m = gp_module_new(t, "_binascii");
    if (!m || gp_module_add_functions(t, m, binascii_functions) < 0) {
        gp_xdecref(m);
        return NULL;
    }
    return m;
}
