/* str: immutable text stored as UTF-8.

   Invariants of a gp_str (see strings.h for the layout):
   - data holds `size` bytes of well-formed UTF-8 (lone surrogates allowed,
     see unicode.h) followed by a NUL; `length` counts its code points;
   - `ascii` is set exactly when size == length, so s[i] is data[i];
   - `index`, built on first need for long non-ASCII strings, holds the byte
     offset of every INDEX_STEP-th code point, so s[i] costs at most
     INDEX_STEP steps;
   - exact str objects keep data in the same allocation right after the
     struct; instances of subclasses keep it in a separate allocation;
   - '' and the one-character strings of code points below 256 are static
     singletons shared by every interpreter (they are immutable and immortal).
*/
#include <pthread.h>

#include "objects/strimpl.h"

#define INDEX_STEP 32
#define INDEX_SHIFT 5

/* ------------------------------------------------------------ singletons */

typedef struct {
    gp_str s;
    char buf[4];
} static_str;

static static_str empty_str;
static static_str latin1_strs[256];

static void init_static_str(static_str *ss, uint32_t cp, int empty) {
    static const gp_obj head = GP_STATIC_HEAD(&gp_str_type);
    memcpy(&ss->s.base, &head, sizeof head);
    gp_set_immortal(&ss->s.base);
    ss->s.data = ss->buf;
    ss->s.hash = -1;
    ss->s.interned = 1;
    ss->s.index = NULL;
    if (empty) {
        ss->s.size = ss->s.length = 0;
        ss->s.ascii = 1;
        ss->buf[0] = 0;
        return;
    }
    int n = gp_utf8_encode(cp, ss->buf);
    ss->buf[n] = 0;
    ss->s.size = n;
    ss->s.length = 1;
    ss->s.ascii = cp < 128;
}

/* The singletons exist before any code can ask for a string, whichever
   area's initialisation runs first. */
__attribute__((constructor)) static void init_singletons(void) {
    init_static_str(&empty_str, 0, 1);
    for (uint32_t i = 0; i < 256; i++)
        init_static_str(&latin1_strs[i], i, 0);
}

gp_obj *gp_str_empty(void) { return &empty_str.s.base; }
gp_obj *gp_str_latin1_char(uint32_t cp) { return &latin1_strs[cp].s.base; }

/* ------------------------------------------------------------ allocation */

gp_obj *gp_str_alloc(gp_thread *t, gp_ssize size) {
    if (size < 0 || (size_t)size > (size_t)INTPTR_MAX - sizeof(gp_str) - 1)
        return gp_err_nomemory(t);
    gp_str *s = gp_mem_alloc(sizeof(gp_str) + (size_t)size + 1);
    if (!s) return gp_err_nomemory(t);
    memset(&s->base, 0, sizeof s->base);
    gp_obj_init_header(&s->base, &gp_str_type);
    s->size = size;
    s->length = size;
    s->hash = -1;
    s->ascii = 1;
    s->interned = 0;
    s->index = NULL;
    s->data = (char *)(s + 1);
    s->data[size] = 0;
    return &s->base;
}

gp_obj *gp_str_shrink(gp_obj *o, gp_ssize size, gp_ssize length, int ascii) {
    gp_str *s = (gp_str *)o;
    if (size == 0) {
        gp_decref(o);
        return gp_str_empty();
    }
    if (size < s->size) {
        gp_str *ns = gp_mem_realloc(s, sizeof(gp_str) + (size_t)size + 1);
        if (ns) s = ns;
        s->data = (char *)(s + 1);
    }
    s->size = size;
    s->data[size] = 0;
    s->length = length;
    s->ascii = (uint8_t)ascii;
    return &s->base;
}

void gp_str_scan_info(gp_obj *o) {
    gp_str *s = (gp_str *)o;
    if (gp_utf8_is_ascii(s->data, s->size)) {
        s->length = s->size;
        s->ascii = 1;
    } else {
        s->length = gp_utf8_count(s->data, s->size);
        s->ascii = 0;
    }
}

gp_obj *gp_str_from_buf(gp_thread *t, const char *p, gp_ssize n, gp_ssize length, int ascii) {
    if (n == 0) return gp_str_empty();
    if (length == 1) {
        int len;
        uint32_t cp = gp_utf8_decode((const unsigned char *)p, &len);
        if (cp < 256) return gp_str_latin1_char(cp);
    }
    gp_obj *s = gp_str_alloc(t, n);
    if (!s) return NULL;
    memcpy(gp_str_data(s), p, (size_t)n);
    gp_str_set_info(s, length, ascii);
    return s;
}

gp_obj *gp_str_new(gp_thread *t, const char *utf8, gp_ssize size) {
    if (size == 0) return gp_str_empty();
    if (size == 1 && (unsigned char)utf8[0] < 0x80)
        return gp_str_latin1_char((unsigned char)utf8[0]);
    if (size == 2 && ((unsigned char)utf8[0] & 0xFE) == 0xC2) {
        int len;
        return gp_str_latin1_char(gp_utf8_decode((const unsigned char *)utf8, &len));
    }
    gp_obj *s = gp_str_alloc(t, size);
    if (!s) return NULL;
    memcpy(gp_str_data(s), utf8, (size_t)size);
    gp_str_scan_info(s);
    return s;
}

gp_obj *gp_str_from_cstr(gp_thread *t, const char *s) {
    return gp_str_new(t, s, (gp_ssize)strlen(s));
}

gp_obj *gp_str_from_codepoint(gp_thread *t, uint32_t cp) {
    if (cp < 256) return gp_str_latin1_char(cp);
    if (cp > 0x10FFFF) {
        gp_err_set_str(t, &gp_exc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    char buf[4];
    int n = gp_utf8_encode(cp, buf);
    gp_obj *s = gp_str_alloc(t, n);
    if (!s) return NULL;
    memcpy(gp_str_data(s), buf, (size_t)n);
    gp_str_set_info(s, 1, 0);
    return s;
}

static void str_dealloc(gp_obj *o) {
    gp_str *s = (gp_str *)o;
    if (s->index) gp_mem_free(s->index);
    if (s->data != (char *)(s + 1)) gp_mem_free(s->data);
    gp_obj_free(o);
}

gp_obj *gp_str_exact(gp_thread *t, gp_obj *o) {
    if (gp_str_check_exact(o)) return gp_newref(o);
    gp_str *s = (gp_str *)o;
    return gp_str_from_buf(t, s->data, s->size, s->length, s->ascii);
}

/* ------------------------------------------------------------- indexing */

/* Build the table of byte offsets of code points 0, STEP, 2*STEP, ...
   Two threads may race to build it: the loser frees its copy. */
static const gp_ssize *str_index(gp_str *s) {
    gp_ssize *idx = __atomic_load_n((gp_ssize **)&s->index, __ATOMIC_ACQUIRE);
    if (idx) return idx;
    gp_ssize n = (s->length >> INDEX_SHIFT) + 1;
    idx = gp_mem_alloc((size_t)n * sizeof(gp_ssize));
    if (!idx) return NULL;
    const unsigned char *p = (const unsigned char *)s->data;
    gp_ssize off = 0, cp = 0, k = 0;
    while (k < n) {
        if ((cp & (INDEX_STEP - 1)) == 0) idx[k++] = off;
        if (off >= s->size) break;
        off += gp_utf8_seqlen(p[off]);
        cp++;
    }
    void *expected = NULL;
    if (!__atomic_compare_exchange_n(&s->index, &expected, idx, 0, __ATOMIC_ACQ_REL,
                                     __ATOMIC_ACQUIRE)) {
        gp_mem_free(idx);
        return expected;
    }
    return idx;
}

static inline gp_ssize skip_cps(const unsigned char *p, gp_ssize off, gp_ssize k) {
    while (k-- > 0)
        off += gp_utf8_seqlen(p[off]);
    return off;
}

gp_ssize gp_str_byte_offset(gp_obj *o, gp_ssize i) {
    gp_str *s = (gp_str *)o;
    if (s->ascii) return i;
    if (i >= s->length) return s->size;
    const unsigned char *p = (const unsigned char *)s->data;
    if (i < INDEX_STEP) return skip_cps(p, 0, i);
    const gp_ssize *idx = str_index(s);
    if (!idx) return skip_cps(p, 0, i);
    return skip_cps(p, idx[i >> INDEX_SHIFT], i & (INDEX_STEP - 1));
}

uint32_t gp_str_char_at(gp_obj *o, gp_ssize i) {
    gp_str *s = (gp_str *)o;
    if (s->ascii) return (unsigned char)s->data[i];
    int len;
    return gp_utf8_decode((const unsigned char *)s->data + gp_str_byte_offset(o, i), &len);
}

gp_obj *gp_str_getitem(gp_thread *t, gp_obj *o, gp_ssize i) {
    gp_str *s = (gp_str *)o;
    if (s->ascii) return gp_str_latin1_char((unsigned char)s->data[i]);
    gp_ssize off = gp_str_byte_offset(o, i);
    int len;
    uint32_t cp = gp_utf8_decode((const unsigned char *)s->data + off, &len);
    if (cp < 256) return gp_str_latin1_char(cp);
    return gp_str_from_buf(t, s->data + off, len, 1, 0);
}

gp_obj *gp_str_substr(gp_thread *t, gp_obj *o, gp_ssize start, gp_ssize end) {
    gp_str *s = (gp_str *)o;
    if (start < 0) start = 0;
    if (end > s->length) end = s->length;
    if (start >= end) return gp_str_empty();
    if (start == 0 && end == s->length && gp_str_check_exact(o)) return gp_newref(o);
    if (s->ascii) return gp_str_from_buf(t, s->data + start, end - start, end - start, 1);
    gp_ssize b0 = gp_str_byte_offset(o, start);
    gp_ssize b1 = end - start <= INDEX_STEP
                      ? skip_cps((const unsigned char *)s->data, b0, end - start)
                      : gp_str_byte_offset(o, end);
    return gp_str_from_buf(t, s->data + b0, b1 - b0, end - start, b1 - b0 == end - start);
}

static gp_obj *str_slice(gp_thread *t, gp_obj *o, gp_obj *slice) {
    gp_str *s = (gp_str *)o;
    gp_ssize start, stop, step;
    gp_ssize n = gp_slice_indices(t, slice, s->length, &start, &stop, &step);
    if (n < 0) return NULL;
    if (n == 0) return gp_str_empty();
    if (step == 1) return gp_str_substr(t, o, start, start + n);
    if (s->ascii) {
        gp_obj *r = gp_str_alloc(t, n);
        if (!r) return NULL;
        char *d = gp_str_data(r);
        for (gp_ssize i = 0; i < n; i++)
            d[i] = s->data[start + i * step];
        if (n == 1) {
            gp_decref(r);
            return gp_str_latin1_char((unsigned char)s->data[start]);
        }
        return r;
    }
    /* Walk from one selected character to the next; the characters taken
       are distinct, so they fit in the source's size. */
    gp_obj *r = gp_str_alloc(t, s->size);
    if (!r) return NULL;
    const unsigned char *p = (const unsigned char *)s->data;
    char *d = gp_str_data(r), *d0 = d;
    gp_ssize off = gp_str_byte_offset(o, start);
    gp_ssize astep = step < 0 ? -step : step;
    for (gp_ssize i = 0; i < n; i++) {
        int len = gp_utf8_seqlen(p[off]);
        memcpy(d, p + off, (size_t)len);
        d += len;
        if (i + 1 == n) break;
        if (astep > 2 * INDEX_STEP) {
            off = gp_str_byte_offset(o, start + (i + 1) * step);
        } else if (step > 0) {
            off = skip_cps(p, off, step);
        } else {
            for (gp_ssize k = 0; k < astep; k++) {
                off--;
                while ((p[off] & 0xC0) == 0x80)
                    off--;
            }
        }
    }
    return gp_str_shrink(r, d - d0, n, d - d0 == n);
}

static gp_obj *str_subscript(gp_thread *t, gp_obj *o, gp_obj *key) {
    gp_str *s = (gp_str *)o;
    gp_ssize i;
    if (gp_is_small(key)) {
        i = gp_small_value(key);
    } else if (gp_typeof(key) == &gp_slice_type) {
        return str_slice(t, o, key);
    } else {
        gp_type *kt = gp_typeof(key);
        if (!kt->as_number || !kt->as_number->index || gp_float_check(key))
            return gp_err_format(t, &gp_exc_TypeError, "string indices must be integers, not '%s'",
                                 gp_type_name(kt));
        if (gp_number_as_ssize(t, key, &gp_exc_IndexError, &i) < 0) return NULL;
    }
    if (i < 0) i += s->length;
    if (i < 0 || i >= s->length) {
        gp_err_set_str(t, &gp_exc_IndexError, "string index out of range");
        return NULL;
    }
    return gp_str_getitem(t, o, i);
}

static gp_obj *str_sq_item(gp_thread *t, gp_obj *o, gp_ssize i) {
    gp_str *s = (gp_str *)o;
    if (i < 0) i += s->length;
    if (i < 0 || i >= s->length) {
        gp_err_set_str(t, &gp_exc_IndexError, "string index out of range");
        return NULL;
    }
    return gp_str_getitem(t, o, i);
}

static gp_ssize str_length(gp_thread *t, gp_obj *o) { return ((gp_str *)o)->length; }

/* ---------------------------------------------------------------- hashing */

static inline uint64_t rotl64(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

#define SIPROUND(v0, v1, v2, v3)                                                                   \
    do {                                                                                           \
        v0 += v1;                                                                                  \
        v1 = rotl64(v1, 13);                                                                       \
        v1 ^= v0;                                                                                  \
        v0 = rotl64(v0, 32);                                                                       \
        v2 += v3;                                                                                  \
        v3 = rotl64(v3, 16);                                                                       \
        v3 ^= v2;                                                                                  \
        v0 += v3;                                                                                  \
        v3 = rotl64(v3, 21);                                                                       \
        v3 ^= v0;                                                                                  \
        v2 += v1;                                                                                  \
        v1 = rotl64(v1, 17);                                                                       \
        v1 ^= v2;                                                                                  \
        v2 = rotl64(v2, 32);                                                                       \
    } while (0)

/* SipHash-1-3: one compression round per 8-byte word, three finalisation
   rounds, the variant CPython uses for str and bytes. */
static uint64_t siphash13(uint64_t k0, uint64_t k1, const unsigned char *in, gp_ssize n) {
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    uint64_t b = (uint64_t)n << 56;
    while (n >= 8) {
        uint64_t m;
        memcpy(&m, in, 8);
        v3 ^= m;
        SIPROUND(v0, v1, v2, v3);
        v0 ^= m;
        in += 8;
        n -= 8;
    }
    uint64_t last = 0;
    for (gp_ssize i = 0; i < n; i++)
        last |= (uint64_t)in[i] << (8 * i);
    b |= last;
    v3 ^= b;
    SIPROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

gp_hash gp_str_hash_bytes(const void *p, gp_ssize n) {
    if (n == 0) return 0;
    gp_thread *t = gp_thread_current();
    uint64_t k0 = 0, k1 = 0;
    if (t && t->interp) {
        k0 = t->interp->hash_key[0];
        k1 = t->interp->hash_key[1];
    }
    gp_hash h = (gp_hash)siphash13(k0, k1, p, n);
    return h == -1 ? -2 : h;
}

/* CPython hashes a string in its fixed-width form (1, 2 or 4 bytes per
   character, the narrowest that holds every character), so do the same to
   give the same hashes and hence the same set and dict orders. */
/* CPython hashes a string in its fixed-width form (1, 2 or 4 bytes per
   character, the narrowest that holds every character), so do the same to
   give the same hashes and hence the same set and dict orders.  The width
   follows from the largest byte: lead bytes C4 and up start characters
   from U+0100, F0 and up characters beyond the BMP. */
static gp_hash hash_wide(gp_str *s) {
    const unsigned char *p = (const unsigned char *)s->data;
    unsigned char maxb = 0;
    for (gp_ssize i = 0; i < s->size; i++)
        if (p[i] > maxb) maxb = p[i];
    int width = maxb >= 0xF0 ? 4 : maxb >= 0xC4 ? 2 : 1;
    size_t nbytes = (size_t)s->length * (size_t)width;
    unsigned char small[512];
    unsigned char *buf = nbytes <= sizeof small ? small : gp_mem_alloc(nbytes);
    if (!buf) return gp_str_hash_bytes(s->data, s->size);
    gp_ssize k = 0;
    for (gp_ssize off = 0; off < s->size;) {
        uint32_t c;
        if (p[off] < 0x80) {
            c = p[off++];
        } else {
            int len;
            c = gp_utf8_decode(p + off, &len);
            off += len;
        }
        if (width == 1) {
            buf[k++] = (unsigned char)c;
        } else if (width == 2) {
            uint16_t v = (uint16_t)c;
            memcpy(buf + k, &v, 2);
            k += 2;
        } else {
            memcpy(buf + k, &c, 4);
            k += 4;
        }
    }
    gp_hash h = gp_str_hash_bytes(buf, k);
    if (buf != small) gp_mem_free(buf);
    return h;
}

gp_hash gp_str_hash(gp_obj *o) {
    gp_str *s = (gp_str *)o;
    /* Another thread may store the hash at any time (below). */
    gp_hash h = __atomic_load_n(&s->hash, __ATOMIC_RELAXED);
    if (h != -1) return h;
    h = s->ascii ? gp_str_hash_bytes(s->data, s->size) : hash_wide(s);
    /* Threads that race here store the same value; one aligned word, so a
       reader sees -1 or the hash, never a mix. */
    __atomic_store_n(&s->hash, h, __ATOMIC_RELAXED);
    return h;
}

static gp_hash str_hash_slot(gp_thread *t, gp_obj *o) { return gp_str_hash(o); }

/* ------------------------------------------------------------- comparing */

int gp_str_eq(gp_obj *a, gp_obj *b) {
    if (a == b) return 1;
    gp_str *x = (gp_str *)a, *y = (gp_str *)b;
    if (x->size != y->size) return 0;
    gp_hash hx = __atomic_load_n(&x->hash, __ATOMIC_RELAXED);
    gp_hash hy = __atomic_load_n(&y->hash, __ATOMIC_RELAXED);
    if (hx != -1 && hy != -1 && hx != hy) return 0;
    return memcmp(x->data, y->data, (size_t)x->size) == 0;
}

int gp_str_eq_cstr(gp_obj *a, const char *s) {
    size_t n = strlen(s);
    return (size_t)gp_str_size(a) == n && memcmp(gp_str_utf8(a), s, n) == 0;
}

int gp_str_compare(gp_obj *a, gp_obj *b) {
    gp_str *x = (gp_str *)a, *y = (gp_str *)b;
    gp_ssize n = x->size < y->size ? x->size : y->size;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c) return c;
    return x->size < y->size ? -1 : x->size > y->size;
}

static gp_obj *str_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if (!gp_str_check(a) || !gp_str_check(b)) return GP_NOTIMPLEMENTED;
    int r;
    if (op == GP_EQ || op == GP_NE) {
        r = gp_str_eq(a, b);
        if (op == GP_NE) r = !r;
    } else {
        int c = gp_str_compare(a, b);
        switch (op) {
        case GP_LT:
            r = c < 0;
            break;
        case GP_LE:
            r = c <= 0;
            break;
        case GP_GT:
            r = c > 0;
            break;
        default:
            r = c >= 0;
            break;
        }
    }
    return gp_bool_from(r);
}

/* ---------------------------------------------------------------- interning */

static pthread_mutex_t intern_mutex = PTHREAD_MUTEX_INITIALIZER;

int gp_str_intern_inplace(gp_thread *t, gp_obj **p) {
    gp_obj *s = *p;
    if (!gp_str_check_exact(s) || ((gp_str *)s)->interned) return 0;
    gp_str *ss = (gp_str *)s;
    if (ss->size == 0 || (ss->length == 1 && ss->size <= 2 && (unsigned char)ss->data[0] <= 0xC3)) {
        /* '' and the characters below 256 have their static singletons. */
        int len;
        gp_obj *single =
            ss->size == 0
                ? gp_str_empty()
                : gp_str_latin1_char(gp_utf8_decode((const unsigned char *)ss->data, &len));
        if (single != s) {
            *p = single;
            gp_decref(s);
        }
        return 0;
    }
    gp_interp *in = t->interp;
    pthread_mutex_lock(&intern_mutex);
    if (!in->interned) {
        in->interned = gp_dict_new(t);
        if (!in->interned) goto error;
    }
    gp_obj *found = gp_dict_get_borrow(t, in->interned, s);
    if (found) {
        pthread_mutex_unlock(&intern_mutex);
        *p = found;
        gp_decref(s);
        return 0;
    }
    if (gp_err_occurred(t)) goto error;
    if (gp_dict_set(t, in->interned, s, s) < 0) goto error;
    gp_set_immortal(s);
    ss->interned = 1;
    pthread_mutex_unlock(&intern_mutex);
    return 0;
error:
    pthread_mutex_unlock(&intern_mutex);
    return -1;
}

gp_obj *gp_str_intern_cstr_borrow(gp_thread *t, const char *cs) {
    gp_obj *s = gp_str_from_cstr(t, cs);
    if (!s) return NULL;
    if (gp_str_intern_inplace(t, &s) < 0) {
        gp_decref(s);
        return NULL;
    }
    /* Interned strings are immortal: the reference we drop is notional. */
    gp_decref(s);
    return s;
}

/* ------------------------------------------------------ concat and repeat */

gp_obj *gp_str_concat(gp_thread *t, gp_obj *a, gp_obj *b) {
    gp_str *x = (gp_str *)a, *y = (gp_str *)b;
    if (y->size == 0 && gp_str_check_exact(a)) return gp_newref(a);
    if (x->size == 0 && gp_str_check_exact(b)) return gp_newref(b);
    if (x->size > INTPTR_MAX - y->size) {
        gp_err_set_str(t, &gp_exc_OverflowError, "strings are too large to concat");
        return NULL;
    }
    gp_obj *r = gp_str_alloc(t, x->size + y->size);
    if (!r) return NULL;
    char *d = gp_str_data(r);
    memcpy(d, x->data, (size_t)x->size);
    memcpy(d + x->size, y->data, (size_t)y->size);
    gp_str_set_info(r, x->length + y->length, x->ascii && y->ascii);
    return r;
}

int gp_str_concat_inplace(gp_thread *t, gp_obj **pa, gp_obj *b) {
    gp_obj *a = *pa;
    gp_str *x = (gp_str *)a, *y = (gp_str *)b;
    if (gp_str_check_exact(a) && !x->interned && gp_refcnt(a) == 1 && !gp_is_immortal(a) &&
        y->size > 0 && x->size <= INTPTR_MAX / 2 - y->size) {
        /* We own the only reference: grow the allocation (amortised by the
           allocator's size classes) and append in place. */
        gp_ssize n = x->size + y->size;
        if (x->index) {
            gp_mem_free(x->index);
            x->index = NULL;
        }
        gp_str *nx = gp_mem_realloc(x, sizeof(gp_str) + (size_t)n + 1);
        if (!nx) {
            gp_decref(a);
            *pa = NULL;
            gp_err_nomemory(t);
            return -1;
        }
        nx->data = (char *)(nx + 1);
        /* b may be a itself when it was the same object: read it after the move. */
        const char *src = (b == a) ? nx->data : y->data;
        memcpy(nx->data + nx->size, src, (size_t)(n - nx->size));
        gp_ssize blen = (b == a) ? nx->length : y->length;
        int bascii = (b == a) ? nx->ascii : y->ascii;
        nx->data[n] = 0;
        nx->size = n;
        nx->length += blen;
        nx->ascii = nx->ascii && bascii;
        nx->hash = -1;
        *pa = &nx->base;
        return 0;
    }
    gp_obj *r = gp_str_concat(t, a, b);
    gp_decref(a);
    *pa = r;
    return r ? 0 : -1;
}

gp_obj *gp_str_repeat(gp_thread *t, gp_obj *o, gp_ssize n) {
    gp_str *s = (gp_str *)o;
    if (n <= 0 || s->size == 0) return gp_str_empty();
    if (n == 1 && gp_str_check_exact(o)) return gp_newref(o);
    if (s->size > INTPTR_MAX / n) {
        gp_err_set_str(t, &gp_exc_OverflowError, "repeated string is too long");
        return NULL;
    }
    gp_ssize total = s->size * n;
    gp_obj *r = gp_str_alloc(t, total);
    if (!r) return NULL;
    char *d = gp_str_data(r);
    if (s->size == 1) {
        memset(d, s->data[0], (size_t)total);
    } else {
        memcpy(d, s->data, (size_t)s->size);
        gp_ssize done = s->size;
        while (done < total) {
            gp_ssize chunk = done <= total - done ? done : total - done;
            memcpy(d + done, d, (size_t)chunk);
            done += chunk;
        }
    }
    gp_str_set_info(r, s->length * n, s->ascii);
    return r;
}

static gp_obj *str_concat_slot(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_str_check(b))
        return gp_err_format(t, &gp_exc_TypeError, "can only concatenate str (not \"%s\") to str",
                             gp_type_name(gp_typeof(b)));
    return gp_str_concat(t, a, b);
}

static int str_contains(gp_thread *t, gp_obj *o, gp_obj *item) {
    if (!gp_str_check(item)) {
        gp_err_format(t, &gp_exc_TypeError, "'in <string>' requires string as left operand, not %s",
                      gp_type_name(gp_typeof(item)));
        return -1;
    }
    gp_str *s = (gp_str *)o, *n = (gp_str *)item;
    if (n->size == 0) return 1;
    if (n->size == 1) return memchr(s->data, n->data[0], (size_t)s->size) != NULL;
    return gp_bytes_find_raw(s->data, s->size, n->data, n->size) >= 0;
}

static gp_obj *str_mod(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_str_check(a)) return GP_NOTIMPLEMENTED;
    return gp_str_mod_format(t, a, b);
}

/* ------------------------------------------------------------------- repr */

static const char hexdigits[] = "0123456789abcdef";

static void append_escape(gp_strbuf *b, uint32_t c) {
    char tmp[10];
    int n = 0;
    tmp[n++] = '\\';
    if (c < 0x100) {
        tmp[n++] = 'x';
        tmp[n++] = hexdigits[c >> 4];
        tmp[n++] = hexdigits[c & 15];
    } else if (c < 0x10000) {
        tmp[n++] = 'u';
        for (int sh = 12; sh >= 0; sh -= 4)
            tmp[n++] = hexdigits[(c >> sh) & 15];
    } else {
        tmp[n++] = 'U';
        for (int sh = 28; sh >= 0; sh -= 4)
            tmp[n++] = hexdigits[(c >> sh) & 15];
    }
    gp_strbuf_append(b, tmp, n);
}

/* repr with CPython's quote choice: single quotes unless the text has a
   single quote and no double quote. */
static gp_obj *repr_impl(gp_thread *t, gp_obj *o, int ascii_only) {
    gp_str *s = (gp_str *)o;
    const unsigned char *p = (const unsigned char *)s->data;
    int has_sq = memchr(p, '\'', (size_t)s->size) != NULL;
    int has_dq = memchr(p, '"', (size_t)s->size) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_strbuf_append_char(&b, quote);
    gp_ssize i = 0;
    while (i < s->size) {
        /* Copy runs of plain printable ASCII at once. */
        gp_ssize j = i;
        while (j < s->size && p[j] >= 0x20 && p[j] < 0x7f && p[j] != '\\' &&
               p[j] != (unsigned char)quote)
            j++;
        if (j > i) {
            gp_strbuf_append(&b, (const char *)p + i, j - i);
            i = j;
            if (i >= s->size) break;
        }
        int len;
        uint32_t c = gp_utf8_decode(p + i, &len);
        if (c == (uint32_t)quote || c == '\\') {
            gp_strbuf_append_char(&b, '\\');
            gp_strbuf_append_char(&b, (char)c);
        } else if (c == '\n') {
            gp_strbuf_append(&b, "\\n", 2);
        } else if (c == '\t') {
            gp_strbuf_append(&b, "\\t", 2);
        } else if (c == '\r') {
            gp_strbuf_append(&b, "\\r", 2);
        } else if (c < 0x20 || c == 0x7f) {
            append_escape(&b, c);
        } else if (c >= 0x80 && (ascii_only || !(gp_uni_flags(c) & GP_UNI_PRINTABLE))) {
            append_escape(&b, c);
        } else {
            gp_strbuf_append(&b, (const char *)p + i, len);
        }
        i += len;
    }
    gp_strbuf_append_char(&b, quote);
    return gp_strbuf_finish(t, &b);
}

gp_obj *gp_str_repr(gp_thread *t, gp_obj *o) { return repr_impl(t, o, 0); }

gp_obj *gp_str_escape_ascii(gp_thread *t, gp_obj *o) {
    gp_str *s = (gp_str *)o;
    if (s->ascii) return gp_str_exact(t, o);
    gp_strbuf b;
    gp_strbuf_init(&b);
    const unsigned char *p = (const unsigned char *)s->data;
    for (gp_ssize i = 0; i < s->size;) {
        int len;
        uint32_t c = gp_utf8_decode(p + i, &len);
        if (c < 0x80)
            gp_strbuf_append_char(&b, (char)c);
        else
            append_escape(&b, c);
        i += len;
    }
    return gp_strbuf_finish(t, &b);
}

static gp_obj *str_repr_slot(gp_thread *t, gp_obj *o) { return repr_impl(t, o, 0); }

static gp_obj *str_str_slot(gp_thread *t, gp_obj *o) { return gp_str_exact(t, o); }

/* ---------------------------------------------------------------- join */

gp_obj *gp_str_join(gp_thread *t, gp_obj *sep, gp_obj *iterable) {
    gp_obj *seq;
    /* A list another thread may change is joined from a snapshot. */
    if (gp_tuple_check_exact(iterable) || (gp_list_check_exact(iterable) && !gp_is_threaded())) {
        seq = gp_newref(iterable);
    } else if (gp_list_check_exact(iterable)) {
        seq = gp_list_as_tuple(t, iterable);
        if (!seq) return NULL;
    } else {
        if (!gp_typeof(iterable)->iter && !gp_typeof(iterable)->as_sequence) {
            gp_err_set_str(t, &gp_exc_TypeError, "can only join an iterable");
            return NULL;
        }
        seq = gp_seq_list(t, iterable);
        if (!seq) {
            if (gp_err_matches(t, &gp_exc_TypeError) && !gp_typeof(iterable)->iter) {
                gp_err_clear(t);
                gp_err_set_str(t, &gp_exc_TypeError, "can only join an iterable");
            }
            return NULL;
        }
    }
    gp_obj **items;
    gp_ssize n;
    if (gp_tuple_check_exact(seq)) {
        items = gp_tuple_items(seq);
        n = gp_tuple_size(seq);
    } else {
        items = gp_list_items(seq);
        n = gp_list_size(seq);
    }
    gp_str *sp = (gp_str *)sep;
    if (n == 1 && gp_str_check_exact(items[0])) {
        gp_obj *r = gp_newref(items[0]);
        gp_decref(seq);
        return r;
    }
    /* First pass: check the items and compute the size, so the result is
       allocated once. */
    gp_ssize size = 0, length = 0;
    int ascii = 1;
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *it = items[i];
        if (!gp_str_check(it)) {
            gp_err_format(t, &gp_exc_TypeError,
                          "sequence item %zd: expected str instance, %s found", i,
                          gp_type_name(gp_typeof(it)));
            gp_decref(seq);
            return NULL;
        }
        gp_str *is = (gp_str *)it;
        if (__builtin_add_overflow(size, is->size, &size)) goto overflow;
        length += is->length;
        ascii &= is->ascii;
    }
    if (n > 1) {
        gp_ssize seps;
        if (__builtin_mul_overflow(sp->size, n - 1, &seps) ||
            __builtin_add_overflow(size, seps, &size))
            goto overflow;
        length += sp->length * (n - 1);
        ascii &= sp->ascii;
    }
    if (size == 0) {
        gp_decref(seq);
        return gp_str_empty();
    }
    gp_obj *r = gp_str_alloc(t, size);
    if (!r) {
        gp_decref(seq);
        return NULL;
    }
    char *d = gp_str_data(r);
    for (gp_ssize i = 0; i < n; i++) {
        gp_str *is = (gp_str *)items[i];
        if (i > 0 && sp->size) {
            if (sp->size == 1)
                *d++ = sp->data[0];
            else {
                memcpy(d, sp->data, (size_t)sp->size);
                d += sp->size;
            }
        }
        if (is->size == 1)
            *d++ = is->data[0];
        else {
            memcpy(d, is->data, (size_t)is->size);
            d += is->size;
        }
    }
    gp_str_set_info(r, length, ascii);
    gp_decref(seq);
    return r;
overflow:
    gp_decref(seq);
    gp_err_set_str(t, &gp_exc_OverflowError, "join() result is too long for a Python string");
    return NULL;
}

/* --------------------------------------------------------------- iterator */

typedef struct {
    gp_obj base;
    gp_obj *str;  /* NULL once exhausted */
    gp_ssize pos; /* code point index */
    gp_ssize off; /* its byte offset */
} str_iter;

static gp_obj *str_iter_new(gp_thread *t, gp_obj *o) {
    str_iter *it = (str_iter *)gp_obj_alloc(
        t, ((gp_str *)o)->ascii ? &gp_str_ascii_iter_type : &gp_str_iter_type, 0);
    if (!it) return NULL;
    it->str = gp_newref(o);
    it->pos = 0;
    it->off = 0;
    return &it->base;
}

static void str_iter_dealloc(gp_obj *o) {
    str_iter *it = (str_iter *)o;
    gp_xdecref(it->str);
    gp_obj_free(o);
}

static gp_obj *str_iter_next(gp_thread *t, gp_obj *o) {
    str_iter *it = (str_iter *)o;
    gp_str *s = (gp_str *)it->str;
    if (!s) return NULL;
    if (it->off >= s->size) {
        it->str = NULL;
        gp_decref(&s->base);
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)s->data + it->off;
    it->pos++;
    if (*p < 0x80) {
        it->off++;
        return gp_str_latin1_char(*p);
    }
    int len;
    uint32_t c = gp_utf8_decode(p, &len);
    it->off += len;
    if (c < 256) return gp_str_latin1_char(c);
    return gp_str_from_buf(t, (const char *)p, len, 1, 0);
}

static gp_obj *str_iter_self(gp_thread *t, gp_obj *o) { return gp_newref(o); }

static gp_obj *str_iter_length_hint(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                    gp_obj *kwnames) {
    str_iter *it = (str_iter *)self;
    gp_ssize n = it->str ? ((gp_str *)it->str)->length - it->pos : 0;
    return gp_int_from_ssize(t, n);
}

static const gp_method_def str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, 0,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

gp_type gp_str_ascii_iter_type = {
    GP_TYPE_HEAD,
    .name = "str_ascii_iterator",
    .basicsize = sizeof(str_iter),
    .dealloc = str_iter_dealloc,
    .iter = str_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

gp_type gp_str_iter_type = {
    GP_TYPE_HEAD,
    .name = "str_iterator",
    .basicsize = sizeof(str_iter),
    .dealloc = str_iter_dealloc,
    .iter = str_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

/* ------------------------------------------------------------ constructor */

/* An instance of a str subclass holding the text of the exact str s. */
static gp_obj *str_subtype_new(gp_thread *t, gp_type *type, gp_obj *exact) {
    gp_str *src = (gp_str *)exact;
    gp_str *s = (gp_str *)gp_obj_alloc(t, type, 0);
    if (!s) return NULL;
    s->data = gp_mem_alloc((size_t)src->size + 1);
    if (!s->data) {
        /* Give the object a valid (inline-looking) state for its dealloc. */
        s->data = (char *)(s + 1);
        gp_decref(&s->base);
        return gp_err_nomemory(t);
    }
    memcpy(s->data, src->data, (size_t)src->size + 1);
    s->size = src->size;
    s->length = src->length;
    s->ascii = src->ascii;
    s->hash = -1;
    s->interned = 0;
    s->index = NULL;
    return &s->base;
}

static gp_obj *str_new_slot(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    gp_obj *a[3];
    if (gp_strarg_parse(t, "str", names, 0, args, nargs, kwnames, a) < 0) return NULL;
    gp_obj *r;
    if (!a[0]) {
        r = gp_str_empty();
    } else if (!a[1] && !a[2]) {
        r = gp_obj_str(t, a[0]);
    } else {
        const char *enc = NULL, *errs = NULL;
        if (a[1]) {
            if (!gp_str_check(a[1]))
                return gp_err_format(t, &gp_exc_TypeError,
                                     "str() argument 'encoding' must be str, not %s",
                                     gp_type_name(gp_typeof(a[1])));
            enc = gp_str_utf8(a[1]);
        }
        if (a[2]) {
            if (!gp_str_check(a[2]))
                return gp_err_format(t, &gp_exc_TypeError,
                                     "str() argument 'errors' must be str, not %s",
                                     gp_type_name(gp_typeof(a[2])));
            errs = gp_str_utf8(a[2]);
        }
        const char *data;
        gp_ssize n;
        if (gp_str_check(a[0])) {
            gp_err_set_str(t, &gp_exc_TypeError, "decoding str is not supported");
            return NULL;
        }
        int ok = gp_bytes_like_opt(t, a[0], &data, &n);
        if (ok < 0) return NULL;
        if (ok == 0)
            return gp_err_format(t, &gp_exc_TypeError,
                                 "decoding to str: need a bytes-like object, %s found",
                                 gp_type_name(gp_typeof(a[0])));
        r = gp_str_decode(t, data, n, enc, errs);
    }
    if (!r || type == &gp_str_type) return r;
    gp_obj *sub = str_subtype_new(t, type, r);
    gp_decref(r);
    return sub;
}

/* ------------------------------------------------------------ type object */

static gp_number_methods str_as_number = {
    .remainder = str_mod,
};

static gp_obj *str_repeat_slot(gp_thread *t, gp_obj *o, gp_ssize n) {
    return gp_str_repeat(t, o, n);
}

static gp_sequence_methods str_as_sequence = {
    .length = str_length,
    .concat = str_concat_slot,
    .repeat = str_repeat_slot,
    .item = str_sq_item,
    .contains = str_contains,
};

static gp_mapping_methods str_as_mapping = {
    .length = str_length,
    .subscript = str_subscript,
};

gp_type gp_str_type = {
    GP_TYPE_HEAD,
    .name = "str",
    .basicsize = sizeof(gp_str),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_STR_SUBCLASS | GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = str_dealloc,
    .repr = str_repr_slot,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .iter = str_iter_new,
    .new_ = str_new_slot,
    .as_number = &str_as_number,
    .as_sequence = &str_as_sequence,
    .as_mapping = &str_as_mapping,
    .methods = gp_str_methods,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
};

int gp_strings_init(gp_thread *t) {
    gp_type *types[] = {&gp_str_type, &gp_str_ascii_iter_type, &gp_str_iter_type, &gp_bytes_type,
                        &gp_bytearray_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (gp_type_ready(t, types[i]) < 0) return -1;
    return gp_bytes_init_types(t);
}
