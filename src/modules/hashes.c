/* The _hashes module: message digests (MD5, SHA-1, SHA-224, SHA-256,
   SHA-384, SHA-512) computed in one pass over a bytes-like object;
   lib/hashlib.py gives them the hashlib interface.  The SHA-2 round
   constants and initial values are derived exactly, with integer roots,
   from the primes they are defined by (FIPS 180-4). */
#include <math.h>
#include <string.h>

#include "gilpy_core.h"
#include "runtime/gil.h"

static uint64_t k512[80], h512[8], h384[8];
static uint32_t k256[64], h256[8], h224[8], k_md5[64];
static int ready;

static void init_constants(void) {
    if (ready) return;
    mpz_t z;
    mpz_init(z);
    int found = 0;
    for (unsigned long p = 2; found < 80; p++) {
        int prime = 1;
        for (unsigned long d = 2; d * d <= p; d++)
            if (p % d == 0) {
                prime = 0;
                break;
            }
        if (!prime) continue;
        /* First 64 bits of the fractional part of the cube root. */
        mpz_set_ui(z, p);
        mpz_mul_2exp(z, z, 192);
        mpz_root(z, z, 3);
        mpz_fdiv_r_2exp(z, z, 64);
        k512[found] = (uint64_t)mpz_get_ui(z);
        if (found < 64) k256[found] = (uint32_t)(k512[found] >> 32);
        if (found < 16) {
            /* ... and of the square root. */
            mpz_set_ui(z, p);
            mpz_mul_2exp(z, z, 128);
            mpz_sqrt(z, z);
            mpz_fdiv_r_2exp(z, z, 64);
            uint64_t v = (uint64_t)mpz_get_ui(z);
            if (found < 8) {
                h512[found] = v;
                h256[found] = (uint32_t)(v >> 32);
            } else {
                h384[found - 8] = v;
                h224[found - 8] = (uint32_t)v;
            }
        }
        found++;
    }
    mpz_clear(z);
    for (int i = 0; i < 64; i++) k_md5[i] = (uint32_t)(uint64_t)floor(fabs(sin((double)(i + 1))) * 4294967296.0);
    ready = 1;
}

static uint64_t rotr64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }
static uint32_t rotr32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
static uint32_t rotl32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

/* The padded tail shared by all: the last partial block, 0x80, zeros and
   the bit length (big-endian, or little-endian for MD5) in `lenbytes`. */
static size_t pad_tail(const unsigned char *data, size_t n, size_t block, size_t lenbytes, int little,
                       unsigned char *tail) {
    size_t full = n / block * block, rest = n - full;
    memset(tail, 0, 2 * block);
    memcpy(tail, data + full, rest);
    tail[rest] = 0x80;
    size_t tlen = rest + 1 + lenbytes <= block ? block : 2 * block;
    uint64_t bits = (uint64_t)n * 8;
    for (size_t i = 0; i < 8; i++) {
        unsigned char byte = (unsigned char)(bits >> (8 * i));
        if (little) tail[tlen - lenbytes + i] = byte;
        else tail[tlen - 1 - i] = byte;
    }
    return tlen;
}

static void sha512_block(uint64_t h[8], const unsigned char *blk) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        uint64_t v = 0;
        for (int j = 0; j < 8; j++) v = (v << 8) | blk[i * 8 + j];
        w[i] = v;
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = rotr64(w[i - 15], 1) ^ rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = rotr64(w[i - 2], 19) ^ rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = hh + (rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41)) + ((e & f) ^ (~e & g)) + k512[i] + w[i];
        uint64_t t2 = (rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

static void sha512_family(const uint64_t iv[8], const unsigned char *data, size_t n, unsigned char *out,
                          int outlen) {
    uint64_t h[8];
    memcpy(h, iv, sizeof h);
    size_t full = n / 128 * 128;
    for (size_t off = 0; off < full; off += 128) sha512_block(h, data + off);
    unsigned char tail[256];
    size_t tlen = pad_tail(data, n, 128, 16, 0, tail);
    for (size_t off = 0; off < tlen; off += 128) sha512_block(h, tail + off);
    for (int i = 0; i < outlen; i++) out[i] = (unsigned char)(h[i / 8] >> (56 - 8 * (i % 8)));
}

void gp_sha512(const unsigned char *data, size_t n, unsigned char out[64]) {
    init_constants();
    sha512_family(h512, data, n, out, 64);
}

static void sha256_block(uint32_t h[8], const unsigned char *blk) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)blk[i * 4] << 24 | (uint32_t)blk[i * 4 + 1] << 16 | (uint32_t)blk[i * 4 + 2] << 8 | blk[i * 4 + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = rotr32(w[i - 15], 7) ^ rotr32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr32(w[i - 2], 17) ^ rotr32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = hh + (rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25)) + ((e & f) ^ (~e & g)) + k256[i] + w[i];
        uint32_t t2 = (rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

static void sha256_family(const uint32_t iv[8], const unsigned char *data, size_t n, unsigned char *out,
                          int outlen) {
    uint32_t h[8];
    memcpy(h, iv, sizeof h);
    size_t full = n / 64 * 64;
    for (size_t off = 0; off < full; off += 64) sha256_block(h, data + off);
    unsigned char tail[128];
    size_t tlen = pad_tail(data, n, 64, 8, 0, tail);
    for (size_t off = 0; off < tlen; off += 64) sha256_block(h, tail + off);
    for (int i = 0; i < outlen; i++) out[i] = (unsigned char)(h[i / 4] >> (24 - 8 * (i % 4)));
}

/* SHA-1's initial value and round constants are those of its standard. */
static void sha1_block(uint32_t h[5], const unsigned char *blk) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)blk[i * 4] << 24 | (uint32_t)blk[i * 4 + 1] << 16 | (uint32_t)blk[i * 4 + 2] << 8 | blk[i * 4 + 3];
    for (int i = 16; i < 80; i++) w[i] = rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) f = (b & c) | (~b & d), k = 0x5A827999u;
        else if (i < 40) f = b ^ c ^ d, k = 0x6ED9EBA1u;
        else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDCu;
        else f = b ^ c ^ d, k = 0xCA62C1D6u;
        uint32_t tmp = rotl32(a, 5) + f + e + k + w[i];
        e = d, d = c, c = rotl32(b, 30), b = a, a = tmp;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
}

static void sha1(const unsigned char *data, size_t n, unsigned char out[20]) {
    uint32_t h[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
    size_t full = n / 64 * 64;
    for (size_t off = 0; off < full; off += 64) sha1_block(h, data + off);
    unsigned char tail[128];
    size_t tlen = pad_tail(data, n, 64, 8, 0, tail);
    for (size_t off = 0; off < tlen; off += 64) sha1_block(h, tail + off);
    for (int i = 0; i < 20; i++) out[i] = (unsigned char)(h[i / 4] >> (24 - 8 * (i % 4)));
}

static void md5_block(uint32_t h[4], const unsigned char *blk) {
    static const int shifts[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};
    uint32_t m[16];
    for (int i = 0; i < 16; i++)
        m[i] = blk[i * 4] | (uint32_t)blk[i * 4 + 1] << 8 | (uint32_t)blk[i * 4 + 2] << 16 | (uint32_t)blk[i * 4 + 3] << 24;
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g, round = i / 16;
        if (round == 0) f = (b & c) | (~b & d), g = i;
        else if (round == 1) f = (d & b) | (~d & c), g = (5 * i + 1) % 16;
        else if (round == 2) f = b ^ c ^ d, g = (3 * i + 5) % 16;
        else f = c ^ (b | ~d), g = (7 * i) % 16;
        uint32_t tmp = d;
        d = c;
        c = b;
        b = b + rotl32(a + f + k_md5[i] + m[g], shifts[round][i % 4]);
        a = tmp;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d;
}

static void md5(const unsigned char *data, size_t n, unsigned char out[16]) {
    uint32_t h[4] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u};
    size_t full = n / 64 * 64;
    for (size_t off = 0; off < full; off += 64) md5_block(h, data + off);
    unsigned char tail[128];
    size_t tlen = pad_tail(data, n, 64, 8, 1, tail);
    for (size_t off = 0; off < tlen; off += 64) md5_block(h, tail + off);
    for (int i = 0; i < 16; i++) out[i] = (unsigned char)(h[i / 4] >> (8 * (i % 4)));
}

/* One-shot digest of n bytes with the named algorithm into out (64 bytes
   of room); returns the digest size and the block size in *block, or 0
   for an unknown name. */
static int digest_named(const char *name, const unsigned char *d, size_t n, unsigned char *out, int *block) {
    *block = 64;
    if (!strcmp(name, "md5")) return md5(d, n, out), 16;
    if (!strcmp(name, "sha1")) return sha1(d, n, out), 20;
    if (!strcmp(name, "sha224")) return sha256_family(h224, d, n, out, 28), 28;
    if (!strcmp(name, "sha256")) return sha256_family(h256, d, n, out, 32), 32;
    *block = 128;
    if (!strcmp(name, "sha384")) return sha512_family(h384, d, n, out, 48), 48;
    if (!strcmp(name, "sha512")) return sha512_family(h512, d, n, out, 64), 64;
    return 0;
}

/* digest(name, data) -> bytes */
static gp_obj *h_digest(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "digest", kw) < 0 || gp_args_count(t, "digest", nargs, 2, 2) < 0) return NULL;
    if (!gp_str_check(args[0])) return gp_err_format(t, &gp_exc_TypeError, "digest name must be str");
    const char *data;
    gp_ssize n;
    if (gp_bytes_like(t, args[1], &data, &n) < 0) return NULL;
    init_constants();
    unsigned char out[64];
    int block, len = digest_named(gp_str_utf8(args[0]), (const unsigned char *)data, (size_t)n, out, &block);
    if (!len) return gp_err_format(t, &gp_exc_ValueError, "unsupported hash type %s", gp_str_utf8(args[0]));
    return gp_bytes_new(t, (const char *)out, len);
}

/* HMAC (RFC 2104) keyed with the padded key blocks ipad_key/opad_key
   (block bytes each): H(opad_key || H(ipad_key || msg)).  buf has room for
   block + max(n, 64) bytes. */
static void hmac_once(const char *name, int block, const unsigned char *ipad_key, const unsigned char *opad_key,
                      const unsigned char *msg, size_t n, unsigned char *buf, unsigned char *out) {
    int b;
    memcpy(buf, ipad_key, (size_t)block);
    memcpy(buf + block, msg, n);
    unsigned char inner[64];
    int len = digest_named(name, buf, (size_t)block + n, inner, &b);
    memcpy(buf, opad_key, (size_t)block);
    memcpy(buf + block, inner, (size_t)len);
    digest_named(name, buf, (size_t)block + (size_t)len, out, &b);
}

/* pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None): PBKDF2
   (RFC 8018) with HMAC over the named hash. */
static gp_obj *h_pbkdf2_hmac(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    static const char *const names[] = {"hash_name", "password", "salt", "iterations", "dklen", NULL};
    static const gp_argspec spec = {"pbkdf2_hmac", names, 4, -1};
    gp_obj *a[5];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    if (!gp_str_check(a[0]))
        return gp_err_format(t, &gp_exc_TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %s",
                             gp_type_name(gp_typeof(a[0])));
    const char *pw, *salt;
    gp_ssize npw, nsalt, iters, dklen = 0;
    if (gp_bytes_like(t, a[1], &pw, &npw) < 0 || gp_bytes_like(t, a[2], &salt, &nsalt) < 0) return NULL;
    if (!gp_int_check(a[3]))
        return gp_err_format(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             gp_type_name(gp_typeof(a[3])));
    if (gp_int_as_ssize(t, a[3], &iters) < 0) return NULL;
    if (iters < 1) return gp_err_format(t, &gp_exc_ValueError, "iteration value must be greater than 0.");
    init_constants();
    const char *name = gp_str_utf8(a[0]);
    unsigned char key[128], scratch[64];
    int block, hlen = digest_named(name, (const unsigned char *)"", 0, scratch, &block);
    if (!hlen) return gp_err_format(t, &gp_exc_ValueError, "unsupported hash type %s", name);
    if (a[4] && a[4] != GP_NONE) {
        if (!gp_int_check(a[4]))
            return gp_err_format(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                 gp_type_name(gp_typeof(a[4])));
        if (gp_int_as_ssize(t, a[4], &dklen) < 0) return NULL;
        if (dklen < 1) return gp_err_format(t, &gp_exc_ValueError, "key length must be greater than 0.");
    } else {
        dklen = hlen;
    }
    /* A key longer than a block is replaced by its digest. */
    memset(key, 0, sizeof key);
    if (npw > block)
        digest_named(name, (const unsigned char *)pw, (size_t)npw, key, &block);
    else
        memcpy(key, pw, (size_t)npw);
    unsigned char ipad[128], opad[128];
    for (int i = 0; i < block; i++) {
        ipad[i] = key[i] ^ 0x36;
        opad[i] = key[i] ^ 0x5c;
    }
    size_t first = (size_t)nsalt + 4;
    size_t room = (size_t)block + (first > 64 ? first : 64);
    gp_ssize total = dklen;
    unsigned char *buf = gp_mem_alloc(room), *msg = gp_mem_alloc(first), *out = gp_mem_alloc((size_t)dklen);
    if (!buf || !msg || !out) {
        gp_mem_free(buf);
        gp_mem_free(msg);
        gp_mem_free(out);
        return gp_err_nomemory(t);
    }
    unsigned char *dk = out;
    memcpy(msg, salt, (size_t)nsalt);
    GP_BEGIN_ALLOW_THREADS
    for (uint32_t blk = 1; dklen > 0; blk++) {
        msg[nsalt] = (unsigned char)(blk >> 24);
        msg[nsalt + 1] = (unsigned char)(blk >> 16);
        msg[nsalt + 2] = (unsigned char)(blk >> 8);
        msg[nsalt + 3] = (unsigned char)blk;
        unsigned char u[64], acc[64];
        hmac_once(name, block, ipad, opad, msg, first, buf, u);
        memcpy(acc, u, (size_t)hlen);
        for (gp_ssize j = 1; j < iters; j++) {
            hmac_once(name, block, ipad, opad, u, (size_t)hlen, buf, u);
            for (int k = 0; k < hlen; k++) acc[k] ^= u[k];
        }
        gp_ssize take = dklen < hlen ? dklen : hlen;
        memcpy(dk, acc, (size_t)take);
        dk += take;
        dklen -= take;
    }
    GP_END_ALLOW_THREADS
    gp_obj *res = gp_bytes_new(t, (const char *)out, total);
    gp_mem_free(buf);
    gp_mem_free(msg);
    gp_mem_free(out);
    return res;
}

static const gp_method_def hash_functions[] = {
    {"digest", h_digest, 0, "Return the digest of a bytes-like object with the named algorithm."},
    {"pbkdf2_hmac", h_pbkdf2_hmac, 0, "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_hashes_init(gp_thread *t) {
    init_constants();
    gp_obj *m = gp_module_new(t, "_hashes");
    if (!m || gp_module_add_functions(t, m, hash_functions) < 0) {
        gp_xdecref(m);
        return NULL;
    }
    return m;
}
