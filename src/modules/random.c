/* The _random module: the Mersenne Twister (MT19937) generator that
   random.Random builds on.  Seeding, the 53-bit floats and getrandbits
   follow the same arithmetic as CPython so that a given seed yields the
   same numbers.  The module also offers SHA-512 (from hashes.c), which
   random.seed uses to turn str and bytes seeds into integers.

   Threads share the module's generator: every draw and every change of
   the state holds the generator's object lock (a few word operations, no
   Python code), so that the index never runs past the state array and a
   draw sees one state. */
#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include "gilpy_core.h"
#include "runtime/objlock.h"

enum { MT_N = 624, MT_M = 397 };

typedef struct {
    gp_obj base;
    int index;
    uint32_t state[MT_N];
} rand_obj;

extern gp_type gp_random_type;

static void init_genrand(rand_obj *r, uint32_t s) {
    uint32_t *mt = r->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

/* Mix a key of any length into the state (the reference implementation's
   init_by_array). */
static void init_by_array(rand_obj *r, const uint32_t *key, size_t len) {
    uint32_t *mt = r->state;
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;
}

static uint32_t genrand_uint32(rand_obj *r) {
    uint32_t *mt = r->state;
    if (r->index >= MT_N) {
        int k;
        uint32_t y;
        for (k = 0; k < MT_N - MT_M; k++) {
            y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
            mt[k] = mt[k + MT_M] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
        }
        for (; k < MT_N - 1; k++) {
            y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
            mt[k] = mt[k + (MT_M - MT_N)] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
        }
        y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

static int fill_urandom(gp_thread *t, void *buf, size_t n) {
    unsigned char *p = buf;
    while (n > 0) {
        ssize_t got = getrandom(p, n, 0);
        if (got < 0) {
            if (errno == EINTR) continue;
            gp_err_from_errno(t, &gp_exc_OSError, NULL);
            return -1;
        }
        p += got;
        n -= (size_t)got;
    }
    return 0;
}

/* Seed from an int (its absolute value, cut into 32-bit words from the
   least significant end), from None (the OS's entropy) or from the hash of
   any other hashable object. */
static int seed_obj(gp_thread *t, rand_obj *r, gp_obj *arg) {
    if (!arg || arg == GP_NONE) {
        uint32_t key[MT_N];
        if (fill_urandom(t, key, sizeof key) < 0) return -1;
        gp_obj_lock(&r->base);
        init_by_array(r, key, MT_N);
        gp_obj_unlock(&r->base);
        return 0;
    }
    mpz_t z;
    mpz_init(z);
    if (gp_int_check(arg)) {
        gp_int_as_mpz(arg, z);
    } else {
        gp_hash h = gp_obj_hash(t, arg);
        if (h == -1 && gp_err_occurred(t)) {
            mpz_clear(z);
            return -1;
        }
        mpz_set_si(z, (long)h);
    }
    mpz_abs(z, z);
    size_t words = (mpz_sizeinbase(z, 2) + 31) / 32;
    if (words == 0) words = 1;
    uint32_t *key = gp_mem_calloc(words, sizeof(uint32_t));
    if (!key) {
        mpz_clear(z);
        gp_err_nomemory(t);
        return -1;
    }
    mpz_export(key, NULL, -1, sizeof(uint32_t), 0, 0, z);
    gp_obj_lock(&r->base);
    init_by_array(r, key, words);
    gp_obj_unlock(&r->base);
    gp_mem_free(key);
    mpz_clear(z);
    return 0;
}

static gp_obj *random_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    if (type == &gp_random_type && gp_args_no_kw(t, "Random", kwnames) < 0) return NULL;
    if (type == &gp_random_type && gp_args_count(t, "Random", nargs, 0, 1) < 0) return NULL;
    rand_obj *r = (rand_obj *)gp_obj_alloc(t, type, 0);
    if (!r) return NULL;
    if (seed_obj(t, r, nargs > 0 ? args[0] : NULL) < 0) {
        gp_decref((gp_obj *)r);
        return NULL;
    }
    return (gp_obj *)r;
}

static void random_dealloc(gp_obj *o) { gp_obj_free(o); }

static gp_obj *r_seed(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "seed", kw) < 0 || gp_args_count(t, "seed", nargs, 0, 1) < 0) return NULL;
    if (seed_obj(t, (rand_obj *)self, nargs ? args[0] : NULL) < 0) return NULL;
    return GP_NONE;
}

/* A float in [0, 1) with 53 random bits: 27 bits and 26 bits from two
   draws, as CPython combines them. */
static gp_obj *r_random(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (nargs || kw) {
        if (gp_args_no_kw(t, "random", kw) < 0 || gp_args_count(t, "random", nargs, 0, 0) < 0) return NULL;
    }
    rand_obj *r = (rand_obj *)self;
    gp_obj_lock(self);
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    gp_obj_unlock(self);
    return gp_float_new(t, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static gp_obj *r_getrandbits(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "getrandbits", kw) < 0 || gp_args_count(t, "getrandbits", nargs, 1, 1) < 0) return NULL;
    rand_obj *r = (rand_obj *)self;
    gp_ssize k;
    if (!gp_int_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    if (gp_int_as_ssize(t, args[0], &k) < 0) return NULL;
    if (k < 0) return gp_err_format(t, &gp_exc_ValueError, "number of bits must be non-negative");
    if (k == 0) return gp_int_from_ssize(t, 0);
    if (k <= 32) {
        gp_obj_lock(self);
        uint32_t w = genrand_uint32(r);
        gp_obj_unlock(self);
        return gp_int_from_u64(t, w >> (32 - k));
    }
    /* Whole 32-bit words from the least significant end; the last word
       keeps only its top bits. */
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *buf = gp_mem_alloc(words * sizeof(uint32_t));
    if (!buf) return gp_err_nomemory(t);
    gp_obj_lock(self);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t w = genrand_uint32(r);
        if (k < 32) w >>= (32 - k);
        buf[i] = w;
    }
    gp_obj_unlock(self);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, buf);
    gp_mem_free(buf);
    gp_obj *res = gp_int_from_mpz(t, z);
    mpz_clear(z);
    return res;
}

static gp_obj *r_getstate(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "getstate", kw) < 0 || gp_args_count(t, "getstate", nargs, 0, 0) < 0) return NULL;
    rand_obj *r = (rand_obj *)self;
    uint32_t copy[MT_N];
    gp_obj_lock(self);
    memcpy(copy, r->state, sizeof copy);
    int index = r->index;
    gp_obj_unlock(self);
    gp_obj *tup = gp_tuple_new(t, MT_N + 1);
    if (!tup) return NULL;
    for (int i = 0; i < MT_N; i++) gp_tuple_items(tup)[i] = gp_int_from_u64(t, copy[i]);
    gp_tuple_items(tup)[MT_N] = gp_int_from_ssize(t, index);
    return tup;
}

static gp_obj *r_setstate(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "setstate", kw) < 0 || gp_args_count(t, "setstate", nargs, 1, 1) < 0) return NULL;
    rand_obj *r = (rand_obj *)self;
    gp_obj *st = args[0];
    if (!gp_tuple_check(st)) return gp_err_format(t, &gp_exc_TypeError, "state vector must be a tuple");
    if (gp_tuple_size(st) != MT_N + 1)
        return gp_err_format(t, &gp_exc_ValueError, "state vector is the wrong size");
    uint32_t fresh[MT_N];
    for (int i = 0; i < MT_N; i++) {
        uint64_t v;
        gp_obj *item = gp_tuple_get_borrow(st, i);
        if (!gp_int_check(item))
            return gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", item);
        if (gp_int_as_u64(t, item, &v) < 0) return NULL;
        fresh[i] = (uint32_t)v;
    }
    gp_ssize idx;
    gp_obj *last = gp_tuple_get_borrow(st, MT_N);
    if (!gp_int_check(last))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", last);
    if (gp_int_as_ssize(t, last, &idx) < 0) return NULL;
    if (idx < 0 || idx > MT_N) return gp_err_format(t, &gp_exc_ValueError, "invalid state");
    gp_obj_lock(self);
    memcpy(r->state, fresh, sizeof fresh);
    r->index = (int)idx;
    gp_obj_unlock(self);
    return GP_NONE;
}

static const gp_method_def random_methods[] = {
    {"random", r_random, 0, "random() -> x in the interval [0, 1)."},
    {"seed", r_seed, 0, "seed([n]) -> None."},
    {"getstate", r_getstate, 0, "getstate() -> tuple containing the current state."},
    {"setstate", r_setstate, 0, "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", r_getrandbits, 0, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {NULL, NULL, 0, NULL},
};

gp_type gp_random_type = {GP_TYPE_HEAD,
                          .name = "_random.Random",
                          .basicsize = sizeof(rand_obj),
                          .flags = GP_TPFLAGS_BASETYPE,
                          .dealloc = random_dealloc,
                          .new_ = random_new,
                          .methods = random_methods,
                          .doc = "Random() -> create a random number generator with its own internal state."};

/* _random.sha512_digest(data) -> the 64-byte SHA-512 digest of a bytes-like
   object. */
static gp_obj *m_sha512_digest(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "sha512_digest", kw) < 0 || gp_args_count(t, "sha512_digest", nargs, 1, 1) < 0)
        return NULL;
    const char *data;
    gp_ssize n;
    if (gp_bytes_like(t, args[0], &data, &n) < 0) return NULL;
    unsigned char out[64];
    gp_sha512((const unsigned char *)data, (size_t)n, out);
    return gp_bytes_new(t, (const char *)out, 64);
}

static const gp_method_def module_functions[] = {
    {"sha512_digest", m_sha512_digest, 0, "Return the SHA-512 digest of a bytes-like object."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_random_init(gp_thread *t) {
    if (gp_type_ready(t, &gp_random_type) < 0) return NULL;
    gp_obj *m = gp_module_new(t, "_random");
    if (!m) return NULL;
    if (gp_module_add_functions(t, m, module_functions) < 0 ||
        gp_module_add_object(t, m, "Random", (gp_obj *)&gp_random_type) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
