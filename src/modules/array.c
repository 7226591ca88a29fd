/* The array module: array.array, a sequence of numbers (or characters)
   stored as C values of one type, with CPython's interface, reprs and
   messages.

   Layout: `data` holds `size` items of `d->itemsize` bytes each, with room
   for `alloc` items.  Values are converted to the C type when they enter
   (so that a value that does not fit raises before anything changes) and
   made into Python objects when they are read.

   The array exports its memory through the buffer protocol (bytes(),
   memoryview, struct.pack_into, file writes).  While a buffer is held
   (`exports` > 0) the memory must stay where it is, so every operation
   that would change the length raises BufferError, as in CPython.

   Free-threaded build: the items and the length change only under the
   object lock.  Conversions of incoming values and comparisons of items
   may run Python code, so they happen before the lock is taken or between
   two short locked reads. */
#include "gilpy_core.h"
#include "runtime/objlock.h"
#include <math.h>
#include <stdint.h>
#include <string.h>

typedef struct {
    char code;          /* the typecode */
    int itemsize;       /* bytes per item */
    const char *format; /* the struct format of an item in exported buffers */
} item_desc;

static const item_desc DESCS[] = {
    {'b', 1, "b"}, {'B', 1, "B"}, {'u', 4, "w"}, {'h', 2, "h"}, {'H', 2, "H"},
    {'i', 4, "i"}, {'I', 4, "I"}, {'l', 8, "l"}, {'L', 8, "L"}, {'q', 8, "q"},
    {'Q', 8, "Q"}, {'f', 4, "f"}, {'d', 8, "d"},
};
enum { NDESCS = sizeof DESCS / sizeof DESCS[0] };

typedef struct {
    gp_obj base;
    char *data;
    gp_ssize size;  /* items in use */
    gp_ssize alloc; /* items that fit in data */
    const item_desc *d;
    gp_ssize exports; /* buffers handed out and not yet released */
    gp_ssize shape;   /* the item count the exported views describe */
} array_obj;

typedef struct {
    gp_obj base;
    gp_obj *arr; /* strong, NULL once exhausted */
    gp_ssize index;
} arrayiter_obj;

#define A(o) ((array_obj *)(o))

gp_type gp_array_type, gp_arrayiter_type;

static int array_check(gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    return tp == &gp_array_type || gp_type_is_subtype(tp, &gp_array_type);
}

static const item_desc *find_desc(char code) {
    for (int i = 0; i < NDESCS; i++)
        if (DESCS[i].code == code) return &DESCS[i];
    return NULL;
}

/* ------------------------------------------------- values in and out */

/* Convert v to the C value of d's type in raw (at most 8 bytes), raising
   CPython's TypeError or OverflowError when it is not a fitting value. */
static int convert_item(gp_thread *t, const item_desc *d, gp_obj *v, unsigned char *raw) {
    if (d->code == 'f' || d->code == 'd') {
        double x;
        if (gp_float_check(v)) {
            x = gp_float_value(v);
        } else if (gp_number_as_double(t, v, &x) < 0) {
            if (!gp_err_matches(t, &gp_exc_TypeError)) return -1;
            gp_err_clear(t);
            gp_err_format(t, &gp_exc_TypeError, "must be real number, not %s",
                          gp_type_name(gp_typeof(v)));
            return -1;
        }
        if (d->code == 'f') {
            float f = (float)x;
            memcpy(raw, &f, sizeof f);
        } else {
            memcpy(raw, &x, sizeof x);
        }
        return 0;
    }
    if (d->code == 'u') {
        if (!gp_str_check(v) || gp_str_len(v) != 1) {
            gp_err_set_str(t, &gp_exc_TypeError, "array item must be unicode character");
            return -1;
        }
        uint32_t cp = gp_str_char_at(v, 0);
        memcpy(raw, &cp, sizeof cp);
        return 0;
    }
    gp_obj *iv = gp_number_index(t, v);
    if (!iv) return -1;
    int neg = gp_int_sign(iv) < 0;
    int64_t s = 0;
    uint64_t u = 0;
    int rc;
    const char *big = NULL, *small = NULL;
    switch (d->code) {
    case 'I':
    case 'L':
        if (neg) {
            small = "can't convert negative value to unsigned int";
            rc = -1;
        } else {
            rc = gp_int_as_u64(t, iv, &u);
            big = "Python int too large to convert to C unsigned long";
        }
        break;
    case 'Q':
        if (neg) {
            small = "can't convert negative int to unsigned";
            rc = -1;
        } else {
            rc = gp_int_as_u64(t, iv, &u);
            big = "int too big to convert";
        }
        break;
    case 'q':
        rc = gp_int_as_i64(t, iv, &s);
        big = small = "int too big to convert";
        break;
    default:
        rc = gp_int_as_i64(t, iv, &s);
        big = small = "Python int too large to convert to C long";
        break;
    }
    gp_decref(iv);
    if (rc < 0) {
        if (gp_err_occurred(t)) {
            if (!gp_err_matches(t, &gp_exc_OverflowError)) return -1;
            gp_err_clear(t);
        }
        gp_err_set_str(t, &gp_exc_OverflowError, neg ? small : big);
        return -1;
    }
    const char *msg = NULL;
    switch (d->code) {
    case 'b':
        if (s < INT8_MIN) msg = "signed char is less than minimum";
        else if (s > INT8_MAX) msg = "signed char is greater than maximum";
        else raw[0] = (unsigned char)(int8_t)s;
        break;
    case 'B':
        if (s < 0) msg = "unsigned byte integer is less than minimum";
        else if (s > UINT8_MAX) msg = "unsigned byte integer is greater than maximum";
        else raw[0] = (unsigned char)s;
        break;
    case 'h':
    case 'H': {
        int lo = d->code == 'h' ? INT16_MIN : 0, hi = d->code == 'h' ? INT16_MAX : UINT16_MAX;
        if (s < lo)
            msg = d->code == 'h' ? "signed short integer is less than minimum" : "unsigned short is less than minimum";
        else if (s > hi)
            msg = d->code == 'h' ? "signed short integer is greater than maximum"
                                 : "unsigned short is greater than maximum";
        else if (d->code == 'h') {
            int16_t x = (int16_t)s;
            memcpy(raw, &x, sizeof x);
        } else {
            uint16_t x = (uint16_t)s;
            memcpy(raw, &x, sizeof x);
        }
        break;
    }
    case 'i':
        if (s < INT32_MIN) msg = "signed integer is less than minimum";
        else if (s > INT32_MAX) msg = "signed integer is greater than maximum";
        else {
            int32_t x = (int32_t)s;
            memcpy(raw, &x, sizeof x);
        }
        break;
    case 'I':
        if (u > UINT32_MAX) msg = "unsigned int is greater than maximum";
        else {
            uint32_t x = (uint32_t)u;
            memcpy(raw, &x, sizeof x);
        }
        break;
    case 'L':
    case 'Q':
        memcpy(raw, &u, sizeof u);
        break;
    default: /* 'l', 'q' */
        memcpy(raw, &s, sizeof s);
        break;
    }
    if (msg) {
        gp_err_set_str(t, &gp_exc_OverflowError, msg);
        return -1;
    }
    return 0;
}

/* The Python value of the item stored at p. */
static gp_obj *item_value(gp_thread *t, const item_desc *d, const char *p) {
    switch (d->code) {
    case 'b':
        return gp_int_from_ssize(t, (int8_t)p[0]);
    case 'B':
        return gp_int_from_ssize(t, (unsigned char)p[0]);
    case 'h': {
        int16_t x;
        memcpy(&x, p, sizeof x);
        return gp_int_from_ssize(t, x);
    }
    case 'H': {
        uint16_t x;
        memcpy(&x, p, sizeof x);
        return gp_int_from_ssize(t, x);
    }
    case 'i': {
        int32_t x;
        memcpy(&x, p, sizeof x);
        return gp_int_from_ssize(t, x);
    }
    case 'I': {
        uint32_t x;
        memcpy(&x, p, sizeof x);
        return gp_int_from_u64(t, x);
    }
    case 'l':
    case 'q': {
        int64_t x;
        memcpy(&x, p, sizeof x);
        return gp_int_from_i64(t, x);
    }
    case 'L':
    case 'Q': {
        uint64_t x;
        memcpy(&x, p, sizeof x);
        return gp_int_from_u64(t, x);
    }
    case 'f': {
        float x;
        memcpy(&x, p, sizeof x);
        return gp_float_new(t, x);
    }
    case 'd': {
        double x;
        memcpy(&x, p, sizeof x);
        return gp_float_new(t, x);
    }
    default: { /* 'u' */
        uint32_t x;
        memcpy(&x, p, sizeof x);
        if (x > 0x10FFFF)
            return gp_err_format(t, &gp_exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]",
                                 (unsigned)x);
        return gp_str_from_codepoint(t, x);
    }
    }
}

/* The item at i (0 <= i < size, checked by the caller under the lock). */
static gp_obj *get_item(gp_thread *t, gp_obj *o, gp_ssize i) {
    array_obj *a = A(o);
    unsigned char raw[8];
    gp_obj_lock(o);
    if (i >= a->size) {
        gp_obj_unlock(o);
        return gp_err_format(t, &gp_exc_IndexError, "array index out of range");
    }
    memcpy(raw, a->data + i * a->d->itemsize, (size_t)a->d->itemsize);
    gp_obj_unlock(o);
    return item_value(t, a->d, (const char *)raw);
}

/* ------------------------------------------------------ storage, locked */

static int check_resizable(gp_thread *t, array_obj *a) {
    if (a->exports <= 0) return 0;
    gp_err_set_str(t, &gp_exc_BufferError, "cannot resize an array that is exporting buffers");
    return -1;
}

/* Make room for n items (growing with slack, shrinking when much is
   unused) and set the size.  -1 without an exception when memory is
   short: the caller raises after unlocking. */
static int resize_locked(array_obj *a, gp_ssize n) {
    gp_ssize isz = a->d->itemsize;
    if (n <= a->alloc && n >= a->alloc / 2) {
        a->size = n;
        return 0;
    }
    gp_ssize want = n == 0 ? 0 : n + (n >> 4) + (n < 8 ? 3 : 6);
    if (want > INTPTR_MAX / isz) return -1;
    if (want == 0) {
        gp_mem_free(a->data);
        a->data = NULL;
    } else {
        char *p = gp_mem_realloc(a->data, (size_t)(want * isz));
        if (!p) return -1;
        a->data = p;
    }
    a->alloc = want;
    a->size = n;
    return 0;
}

/* Replace items [lo, hi) by n items copied from src (which may point into
   the array: it is copied first).  Raises BufferError or MemoryError. */
static int splice(gp_thread *t, gp_obj *o, gp_ssize lo, gp_ssize hi, const char *src, gp_ssize n) {
    array_obj *a = A(o);
    gp_ssize isz = a->d->itemsize;
    char *copy = NULL;
    if (n > 0) {
        copy = gp_mem_alloc((size_t)(n * isz));
        if (!copy) {
            gp_err_nomemory(t);
            return -1;
        }
        memcpy(copy, src, (size_t)(n * isz));
    }
    gp_obj_lock(o);
    if (hi > a->size) hi = a->size;
    if (lo > hi) lo = hi;
    gp_ssize old = a->size, cut = hi - lo;
    if (n != cut && check_resizable(t, a) < 0) {
        gp_obj_unlock(o);
        gp_mem_free(copy);
        return -1;
    }
    if (n > cut) {
        if (resize_locked(a, old + n - cut) < 0) {
            gp_obj_unlock(o);
            gp_mem_free(copy);
            gp_err_nomemory(t);
            return -1;
        }
        memmove(a->data + (lo + n) * isz, a->data + hi * isz, (size_t)((old - hi) * isz));
    } else if (n < cut) {
        memmove(a->data + (lo + n) * isz, a->data + hi * isz, (size_t)((old - hi) * isz));
        resize_locked(a, old + n - cut); /* shrinking keeps the old block when it fails */
        a->size = old + n - cut;
    }
    if (n) memcpy(a->data + lo * isz, copy, (size_t)(n * isz));
    gp_obj_unlock(o);
    gp_mem_free(copy);
    return 0;
}

/* Append n raw items. */
static int append_raw(gp_thread *t, gp_obj *o, const char *src, gp_ssize n) {
    gp_ssize end = INTPTR_MAX;
    return splice(t, o, end, end, src, n);
}

static gp_obj *new_array(gp_thread *t, gp_type *type, const item_desc *d) {
    array_obj *a = (array_obj *)gp_obj_alloc(t, type, 0);
    if (!a) return NULL;
    a->d = d;
    gp_gc_track((gp_obj *)a);
    return (gp_obj *)a;
}

/* A new array of o's typecode holding a copy of its items [lo, lo+n*step). */
static gp_obj *copy_range(gp_thread *t, gp_obj *o, gp_ssize start, gp_ssize step, gp_ssize n) {
    array_obj *a = A(o);
    gp_obj *r = new_array(t, &gp_array_type, a->d);
    if (!r) return NULL;
    gp_ssize isz = a->d->itemsize;
    if (n == 0) return r;
    if (resize_locked(A(r), n) < 0) {
        gp_decref(r);
        return gp_err_nomemory(t);
    }
    gp_obj_lock(o);
    for (gp_ssize i = 0; i < n; i++) {
        gp_ssize k = start + i * step;
        if (k >= 0 && k < a->size)
            memcpy(A(r)->data + i * isz, a->data + k * isz, (size_t)isz);
        else
            memset(A(r)->data + i * isz, 0, (size_t)isz);
    }
    gp_obj_unlock(o);
    return r;
}

/* ------------------------------------------------------------ extending */

/* Append the items of any iterable one at a time, as CPython does (the
   items before a bad one stay appended). */
static int extend_iter(gp_thread *t, gp_obj *o, gp_obj *iterable) {
    gp_obj *it = gp_obj_getiter(t, iterable);
    if (!it) return -1;
    unsigned char raw[8];
    for (;;) {
        gp_obj *v = gp_iter_next(t, it);
        if (!v) break;
        int rc = convert_item(t, A(o)->d, v, raw);
        gp_decref(v);
        if (rc < 0 || append_raw(t, o, (const char *)raw, 1) < 0) {
            gp_decref(it);
            return -1;
        }
    }
    gp_decref(it);
    return gp_err_occurred(t) ? -1 : 0;
}

/* The bytes of another array (a copy taken under its lock). */
static char *array_snapshot(gp_thread *t, gp_obj *src, gp_ssize *n) {
    gp_obj_lock(src);
    gp_ssize bytes = A(src)->size * A(src)->d->itemsize;
    char *copy = gp_mem_alloc(bytes ? (size_t)bytes : 1);
    if (copy && bytes) memcpy(copy, A(src)->data, (size_t)bytes);
    *n = A(src)->size;
    gp_obj_unlock(src);
    if (!copy) gp_err_nomemory(t);
    return copy;
}

static int extend_array(gp_thread *t, gp_obj *o, gp_obj *src) {
    if (A(src)->d != A(o)->d) {
        gp_err_set_str(t, &gp_exc_TypeError, "can only extend with array of same kind");
        return -1;
    }
    gp_ssize n;
    char *copy = array_snapshot(t, src, &n);
    if (!copy) return -1;
    int rc = append_raw(t, o, copy, n);
    gp_mem_free(copy);
    return rc;
}

static int frombytes_obj(gp_thread *t, gp_obj *o, gp_obj *src) {
    gp_buffer v;
    if (gp_buffer_get(t, src, &v, GP_BUF_SIMPLE) < 0) return -1;
    int rc = -1;
    gp_ssize isz = A(o)->d->itemsize;
    if (v.len % isz) {
        gp_err_set_str(t, &gp_exc_ValueError, "bytes length not a multiple of item size");
    } else {
        rc = append_raw(t, o, v.buf, v.len / isz);
    }
    gp_buffer_release(&v);
    return rc;
}

static int fromunicode_str(gp_thread *t, gp_obj *o, gp_obj *s) {
    gp_ssize n = gp_str_len(s);
    uint32_t *cps = gp_mem_alloc(n ? (size_t)n * sizeof(uint32_t) : 1);
    if (!cps) {
        gp_err_nomemory(t);
        return -1;
    }
    for (gp_ssize i = 0; i < n; i++)
        cps[i] = gp_str_char_at(s, i);
    int rc = append_raw(t, o, (const char *)cps, n);
    gp_mem_free(cps);
    return rc;
}

/* ---------------------------------------------------------------- methods */

static gp_obj *none(void) { return GP_NONE; }

static gp_obj *m_append(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "append", kw) < 0 || gp_args_count(t, "append", nargs, 1, 1) < 0) return NULL;
    unsigned char raw[8];
    if (convert_item(t, A(self)->d, args[0], raw) < 0) return NULL;
    if (append_raw(t, self, (const char *)raw, 1) < 0) return NULL;
    return none();
}

static gp_obj *m_extend(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "extend", kw) < 0 || gp_args_count(t, "extend", nargs, 1, 1) < 0) return NULL;
    int rc = array_check(args[0]) ? extend_array(t, self, args[0]) : extend_iter(t, self, args[0]);
    return rc < 0 ? NULL : none();
}

static gp_obj *m_insert(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "insert", kw) < 0 || gp_args_count(t, "insert", nargs, 2, 2) < 0) return NULL;
    gp_ssize i;
    if (gp_number_as_ssize(t, args[0], &gp_exc_OverflowError, &i) < 0) return NULL;
    unsigned char raw[8];
    if (convert_item(t, A(self)->d, args[1], raw) < 0) return NULL;
    gp_obj_lock(self);
    gp_ssize n = A(self)->size;
    gp_obj_unlock(self);
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    if (splice(t, self, i, i, (const char *)raw, 1) < 0) return NULL;
    return none();
}

static gp_obj *m_pop(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "pop", kw) < 0 || gp_args_count(t, "pop", nargs, 0, 1) < 0) return NULL;
    gp_ssize i = -1;
    if (nargs && gp_number_as_ssize(t, args[0], &gp_exc_OverflowError, &i) < 0) return NULL;
    array_obj *a = A(self);
    unsigned char raw[8];
    gp_obj_lock(self);
    gp_ssize n = a->size;
    if (n == 0) {
        gp_obj_unlock(self);
        return gp_err_format(t, &gp_exc_IndexError, "pop from empty array");
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        gp_obj_unlock(self);
        return gp_err_format(t, &gp_exc_IndexError, "pop index out of range");
    }
    if (check_resizable(t, a) < 0) {
        gp_obj_unlock(self);
        return NULL;
    }
    gp_ssize isz = a->d->itemsize;
    memcpy(raw, a->data + i * isz, (size_t)isz);
    memmove(a->data + i * isz, a->data + (i + 1) * isz, (size_t)((n - i - 1) * isz));
    resize_locked(a, n - 1);
    a->size = n - 1;
    gp_obj_unlock(self);
    return item_value(t, a->d, (const char *)raw);
}

/* The first index in [start, stop) whose item equals v, -1 if none, -2
   on error.  Items are read one at a time under the lock and compared
   outside it. */
static gp_ssize find_item(gp_thread *t, gp_obj *self, gp_obj *v, gp_ssize start, gp_ssize stop) {
    for (gp_ssize i = start; i < stop; i++) {
        gp_obj_lock(self);
        int past = i >= A(self)->size;
        gp_obj_unlock(self);
        if (past) break;
        gp_obj *item = get_item(t, self, i);
        if (!item) return -2;
        int eq = gp_obj_richcompare_bool(t, item, v, GP_EQ);
        gp_decref(item);
        if (eq < 0) return -2;
        if (eq) return i;
    }
    return -1;
}

static gp_ssize length_of(gp_obj *o) {
    gp_obj_lock(o);
    gp_ssize n = A(o)->size;
    gp_obj_unlock(o);
    return n;
}

static gp_obj *m_remove(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "remove", kw) < 0 || gp_args_count(t, "remove", nargs, 1, 1) < 0) return NULL;
    gp_ssize i = find_item(t, self, args[0], 0, length_of(self));
    if (i == -2) return NULL;
    if (i == -1) return gp_err_format(t, &gp_exc_ValueError, "array.remove(x): x not in array");
    if (splice(t, self, i, i + 1, NULL, 0) < 0) return NULL;
    return none();
}

static gp_obj *m_index(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "index", kw) < 0 || gp_args_count(t, "index", nargs, 1, 3) < 0) return NULL;
    gp_ssize n = length_of(self), start = 0, stop = n;
    if (nargs > 1 && gp_number_as_ssize(t, args[1], NULL, &start) < 0) return NULL;
    if (nargs > 2 && gp_number_as_ssize(t, args[2], NULL, &stop) < 0) return NULL;
    if (start < 0) {
        start += n;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += n;
        if (stop < 0) stop = 0;
    }
    gp_ssize i = find_item(t, self, args[0], start, stop);
    if (i == -2) return NULL;
    if (i == -1) return gp_err_format(t, &gp_exc_ValueError, "array.index(x): x not in array");
    return gp_int_from_ssize(t, i);
}

static gp_obj *m_count(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "count", kw) < 0 || gp_args_count(t, "count", nargs, 1, 1) < 0) return NULL;
    gp_ssize count = 0;
    for (gp_ssize i = 0; i < length_of(self); i++) {
        gp_obj *item = get_item(t, self, i);
        if (!item) return NULL;
        int eq = gp_obj_richcompare_bool(t, item, args[0], GP_EQ);
        gp_decref(item);
        if (eq < 0) return NULL;
        count += eq;
    }
    return gp_int_from_ssize(t, count);
}

static gp_obj *m_reverse(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "reverse", kw) < 0 || gp_args_count(t, "reverse", nargs, 0, 0) < 0) return NULL;
    array_obj *a = A(self);
    gp_ssize isz = a->d->itemsize;
    char tmp[8];
    gp_obj_lock(self);
    for (gp_ssize i = 0, j = a->size - 1; i < j; i++, j--) {
        memcpy(tmp, a->data + i * isz, (size_t)isz);
        memcpy(a->data + i * isz, a->data + j * isz, (size_t)isz);
        memcpy(a->data + j * isz, tmp, (size_t)isz);
    }
    gp_obj_unlock(self);
    return none();
}

static gp_obj *m_byteswap(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "byteswap", kw) < 0 || gp_args_count(t, "byteswap", nargs, 0, 0) < 0) return NULL;
    array_obj *a = A(self);
    gp_ssize isz = a->d->itemsize;
    gp_obj_lock(self);
    for (gp_ssize i = 0; i < a->size; i++) {
        char *p = a->data + i * isz;
        for (gp_ssize k = 0; k < isz / 2; k++) {
            char c = p[k];
            p[k] = p[isz - 1 - k];
            p[isz - 1 - k] = c;
        }
    }
    gp_obj_unlock(self);
    return none();
}

static gp_obj *m_buffer_info(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "buffer_info", kw) < 0 || gp_args_count(t, "buffer_info", nargs, 0, 0) < 0)
        return NULL;
    gp_obj_lock(self);
    uintptr_t addr = (uintptr_t)A(self)->data;
    gp_ssize n = A(self)->size;
    gp_obj_unlock(self);
    gp_obj *p = gp_int_from_u64(t, addr);
    gp_obj *len = p ? gp_int_from_ssize(t, n) : NULL;
    gp_obj *r = len ? gp_tuple_pack(t, 2, p, len) : NULL;
    gp_xdecref(p);
    gp_xdecref(len);
    return r;
}

static gp_obj *to_bytes(gp_thread *t, gp_obj *self) {
    gp_ssize n;
    char *copy = array_snapshot(t, self, &n);
    if (!copy) return NULL;
    gp_obj *r = gp_bytes_new(t, copy, n * A(self)->d->itemsize);
    gp_mem_free(copy);
    return r;
}

static gp_obj *m_tobytes(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "tobytes", kw) < 0 || gp_args_count(t, "tobytes", nargs, 0, 0) < 0) return NULL;
    return to_bytes(t, self);
}

static gp_obj *m_frombytes(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "frombytes", kw) < 0 || gp_args_count(t, "frombytes", nargs, 1, 1) < 0) return NULL;
    if (gp_str_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "a bytes-like object is required, not 'str'");
    return frombytes_obj(t, self, args[0]) < 0 ? NULL : none();
}

static gp_obj *to_list(gp_thread *t, gp_obj *self) {
    gp_obj *list = gp_list_new(t, 0);
    if (!list) return NULL;
    for (gp_ssize i = 0; i < length_of(self); i++) {
        gp_obj *v = get_item(t, self, i);
        if (!v || gp_list_append_steal(t, list, v) < 0) {
            gp_decref(list);
            return NULL;
        }
    }
    return list;
}

static gp_obj *m_tolist(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "tolist", kw) < 0 || gp_args_count(t, "tolist", nargs, 0, 0) < 0) return NULL;
    return to_list(t, self);
}

/* fromlist converts every item before appending any, so that a bad item
   leaves the array as it was. */
static gp_obj *m_fromlist(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "fromlist", kw) < 0 || gp_args_count(t, "fromlist", nargs, 1, 1) < 0) return NULL;
    if (!gp_list_check(args[0])) return gp_err_format(t, &gp_exc_TypeError, "arg must be list");
    gp_obj *items = gp_seq_tuple(t, args[0]);
    if (!items) return NULL;
    gp_ssize n = gp_tuple_size(items), isz = A(self)->d->itemsize;
    char *buf = gp_mem_alloc(n ? (size_t)(n * isz) : 1);
    if (!buf) {
        gp_decref(items);
        return gp_err_nomemory(t);
    }
    unsigned char raw[8];
    int rc = 0;
    for (gp_ssize i = 0; i < n && rc == 0; i++) {
        rc = convert_item(t, A(self)->d, gp_tuple_get_borrow(items, i), raw);
        memcpy(buf + i * isz, raw, (size_t)isz);
    }
    gp_decref(items);
    if (rc == 0) rc = append_raw(t, self, buf, n);
    gp_mem_free(buf);
    return rc < 0 ? NULL : none();
}

static gp_obj *to_unicode(gp_thread *t, gp_obj *self) {
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_ssize n;
    char *copy = array_snapshot(t, self, &n);
    if (!copy) return NULL;
    for (gp_ssize i = 0; i < n; i++) {
        uint32_t cp;
        memcpy(&cp, copy + i * 4, 4);
        if (cp > 0x10FFFF) {
            gp_mem_free(copy);
            gp_strbuf_free(&b);
            return gp_err_format(t, &gp_exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]",
                                 (unsigned)cp);
        }
        gp_strbuf_append_codepoint(&b, cp);
    }
    gp_mem_free(copy);
    return gp_strbuf_finish(t, &b);
}

static gp_obj *m_tounicode(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "tounicode", kw) < 0 || gp_args_count(t, "tounicode", nargs, 0, 0) < 0) return NULL;
    if (A(self)->d->code != 'u')
        return gp_err_format(t, &gp_exc_ValueError, "tounicode() may only be called on unicode type arrays");
    return to_unicode(t, self);
}

static gp_obj *m_fromunicode(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "fromunicode", kw) < 0 || gp_args_count(t, "fromunicode", nargs, 1, 1) < 0)
        return NULL;
    if (!gp_str_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "fromunicode() argument must be str, not %s",
                             gp_type_name(gp_typeof(args[0])));
    if (A(self)->d->code != 'u')
        return gp_err_format(t, &gp_exc_ValueError, "fromunicode() may only be called on unicode type arrays");
    return fromunicode_str(t, self, args[0]) < 0 ? NULL : none();
}

/* tofile writes in blocks, as CPython does, so that a huge array needs no
   second copy of its whole size. */
static gp_obj *m_tofile(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "tofile", kw) < 0 || gp_args_count(t, "tofile", nargs, 1, 1) < 0) return NULL;
    gp_obj *all = to_bytes(t, self);
    if (!all) return NULL;
    const char *p = gp_bytes_data(all);
    gp_ssize n = gp_bytes_size(all);
    enum { BLOCK = 64 * 1024 };
    for (gp_ssize off = 0; off < n; off += BLOCK) {
        gp_obj *chunk = gp_bytes_new(t, p + off, n - off < BLOCK ? n - off : BLOCK);
        gp_obj *r = chunk ? gp_call_method(t, args[0], "write", &chunk, 1) : NULL;
        gp_xdecref(chunk);
        if (!r) {
            gp_decref(all);
            return NULL;
        }
        gp_decref(r);
    }
    gp_decref(all);
    return none();
}

static gp_obj *m_fromfile(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "fromfile", kw) < 0 || gp_args_count(t, "fromfile", nargs, 2, 2) < 0) return NULL;
    gp_ssize n;
    if (gp_number_as_ssize(t, args[1], &gp_exc_OverflowError, &n) < 0) return NULL;
    if (n < 0) return gp_err_format(t, &gp_exc_ValueError, "negative count");
    gp_ssize isz = A(self)->d->itemsize;
    if (n > INTPTR_MAX / isz) return gp_err_nomemory(t);
    gp_obj *want = gp_int_from_ssize(t, n * isz);
    if (!want) return NULL;
    gp_obj *data = gp_call_method(t, args[0], "read", &want, 1);
    gp_decref(want);
    if (!data) return NULL;
    if (!gp_bytes_check(data)) {
        gp_decref(data);
        return gp_err_format(t, &gp_exc_TypeError, "read() didn't return bytes");
    }
    const char *p = gp_bytes_data(data);
    gp_ssize got = gp_bytes_size(data);
    int rc = append_raw(t, self, p, got / isz);
    gp_decref(data);
    if (rc < 0) return NULL;
    if (got != n * isz) return gp_err_format(t, &gp_exc_EOFError, "read() didn't return enough bytes");
    return none();
}

static gp_obj *m_copy(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "__copy__", kw) < 0 || gp_args_count(t, "__copy__", nargs, 0, 0) < 0) return NULL;
    return copy_range(t, self, 0, 1, length_of(self));
}

static gp_obj *m_deepcopy(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "__deepcopy__", kw) < 0 || gp_args_count(t, "__deepcopy__", nargs, 1, 1) < 0)
        return NULL;
    return copy_range(t, self, 0, 1, length_of(self));
}

/* Pickling rebuilds the array from its typecode and items (CPython's
   form for protocols before 3), with the instance dict of a subclass. */
static gp_obj *m_reduce_ex(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "__reduce_ex__", kw) < 0 || gp_args_count(t, "__reduce_ex__", nargs, 1, 1) < 0)
        return NULL;
    gp_obj *dict = NULL;
    static gp_obj *dname;
    if (!dname) dname = gp_str_intern_cstr_borrow(t, "__dict__");
    if (gp_obj_lookup_attr(t, self, dname, &dict) < 0) return NULL;
    gp_obj *items = A(self)->d->code == 'u' ? to_unicode(t, self) : to_list(t, self);
    gp_obj *code = items ? gp_str_new(t, &A(self)->d->code, 1) : NULL;
    gp_obj *cargs = code ? gp_tuple_pack(t, 2, code, items) : NULL;
    gp_obj *r = cargs ? gp_tuple_pack(t, 3, (gp_obj *)gp_typeof(self), cargs, dict ? dict : GP_NONE) : NULL;
    gp_xdecref(items);
    gp_xdecref(code);
    gp_xdecref(cargs);
    gp_xdecref(dict);
    return r;
}

static gp_obj *m_sizeof(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "__sizeof__", kw) < 0 || gp_args_count(t, "__sizeof__", nargs, 0, 0) < 0) return NULL;
    gp_obj_lock(self);
    gp_ssize n = (gp_ssize)sizeof(array_obj) + A(self)->alloc * A(self)->d->itemsize;
    gp_obj_unlock(self);
    return gp_int_from_ssize(t, n);
}

static const gp_method_def array_methods[] = {
    {"append", m_append, 0, "Append new value v to the end of the array."},
    {"buffer_info", m_buffer_info, 0,
     "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents."},
    {"byteswap", m_byteswap, 0, "Byteswap all items of the array."},
    {"count", m_count, 0, "Return number of occurrences of v in the array."},
    {"extend", m_extend, 0, "Append items to the end of the array."},
    {"frombytes", m_frombytes, 0, "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."},
    {"fromfile", m_fromfile, 0, "Read n objects from the file object f and append them to the end of the array."},
    {"fromlist", m_fromlist, 0, "Append items to array from list."},
    {"fromunicode", m_fromunicode, 0, "Extends this array with data from the unicode string ustr."},
    {"index", m_index, 0, "Return index of first occurrence of v in the array."},
    {"insert", m_insert, 0, "Insert a new item v into the array before position i."},
    {"pop", m_pop, 0, "Return the i-th element and delete it from the array."},
    {"remove", m_remove, 0, "Remove the first occurrence of v in the array."},
    {"reverse", m_reverse, 0, "Reverse the order of the items in the array."},
    {"tobytes", m_tobytes, 0, "Convert the array to an array of machine values and return the bytes representation."},
    {"tofile", m_tofile, 0, "Write all items (as machine values) to the file object f."},
    {"tolist", m_tolist, 0, "Convert array to an ordinary list with the same items."},
    {"tounicode", m_tounicode, 0, "Convert the array to a unicode string."},
    {"__copy__", m_copy, 0, "Return a copy of the array."},
    {"__deepcopy__", m_deepcopy, 0, "Return a copy of the array."},
    {"__reduce_ex__", m_reduce_ex, 0, "Return state information for pickling."},
    {"__sizeof__", m_sizeof, 0, "Size of the array in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

static gp_obj *get_typecode(gp_thread *t, gp_obj *self, void *closure) {
    return gp_str_new(t, &A(self)->d->code, 1);
}

static gp_obj *get_itemsize(gp_thread *t, gp_obj *self, void *closure) {
    return gp_int_from_ssize(t, A(self)->d->itemsize);
}

static const gp_getset_def array_getset[] = {
    {"typecode", get_typecode, NULL, "the typecode character used to create the array", NULL},
    {"itemsize", get_itemsize, NULL, "the size, in bytes, of one array item", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ------------------------------------------------ sequence and mapping */

static gp_ssize array_length(gp_thread *t, gp_obj *o) { return length_of(o); }

static gp_obj *array_item(gp_thread *t, gp_obj *o, gp_ssize i) {
    gp_ssize n = length_of(o);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return gp_err_format(t, &gp_exc_IndexError, "array index out of range");
    return get_item(t, o, i);
}

static int array_ass_item(gp_thread *t, gp_obj *o, gp_ssize i, gp_obj *v) {
    gp_ssize n = length_of(o);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        gp_err_set_str(t, &gp_exc_IndexError, "array assignment index out of range");
        return -1;
    }
    if (!v) return splice(t, o, i, i + 1, NULL, 0);
    unsigned char raw[8];
    if (convert_item(t, A(o)->d, v, raw) < 0) return -1;
    array_obj *a = A(o);
    gp_obj_lock(o);
    if (i < a->size) memcpy(a->data + i * a->d->itemsize, raw, (size_t)a->d->itemsize);
    gp_obj_unlock(o);
    return 0;
}

static int array_contains(gp_thread *t, gp_obj *o, gp_obj *v) {
    gp_ssize i = find_item(t, o, v, 0, length_of(o));
    return i == -2 ? -1 : i >= 0;
}

static gp_obj *array_concat(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!array_check(b))
        return gp_err_format(t, &gp_exc_TypeError, "can only append array (not \"%s\") to array",
                             gp_type_name(gp_typeof(b)));
    if (A(b)->d != A(a)->d)
        return gp_err_format(t, &gp_exc_TypeError, "bad argument type for built-in operation");
    gp_obj *r = copy_range(t, a, 0, 1, length_of(a));
    if (r && extend_array(t, r, b) < 0) gp_clear(&r);
    return r;
}

static gp_obj *array_repeat(gp_thread *t, gp_obj *o, gp_ssize n) {
    if (n < 0) n = 0;
    gp_ssize len;
    char *copy = array_snapshot(t, o, &len);
    if (!copy) return NULL;
    gp_obj *r = new_array(t, &gp_array_type, A(o)->d);
    gp_ssize isz = A(o)->d->itemsize;
    if (r && len && n) {
        if (n > INTPTR_MAX / isz / len || resize_locked(A(r), n * len) < 0) {
            gp_clear(&r);
            gp_err_nomemory(t);
        } else {
            for (gp_ssize k = 0; k < n; k++)
                memcpy(A(r)->data + k * len * isz, copy, (size_t)(len * isz));
        }
    }
    gp_mem_free(copy);
    return r;
}

static gp_obj *array_inplace_concat(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!array_check(b))
        return gp_err_format(t, &gp_exc_TypeError, "can only extend array with array (not \"%s\")",
                             gp_type_name(gp_typeof(b)));
    if (extend_array(t, a, b) < 0) return NULL;
    return gp_newref(a);
}

static gp_obj *array_inplace_repeat(gp_thread *t, gp_obj *o, gp_ssize n) {
    gp_ssize len;
    char *copy = array_snapshot(t, o, &len);
    if (!copy) return NULL;
    array_obj *a = A(o);
    gp_ssize isz = a->d->itemsize;
    if (n < 0) n = 0;
    int rc = 0;
    gp_obj_lock(o);
    if (len && n != 1) {
        if (check_resizable(t, a) < 0) {
            rc = -1;
        } else if (n > INTPTR_MAX / isz / len || resize_locked(a, n * len) < 0) {
            rc = -2;
        } else {
            for (gp_ssize k = 0; k < n; k++)
                memcpy(a->data + k * len * isz, copy, (size_t)(len * isz));
        }
    }
    gp_obj_unlock(o);
    gp_mem_free(copy);
    if (rc == -2) gp_err_nomemory(t);
    return rc < 0 ? NULL : gp_newref(o);
}

static gp_obj *array_subscript(gp_thread *t, gp_obj *o, gp_obj *key) {
    if (gp_typeof(key) == &gp_slice_type) {
        gp_ssize start, stop, step;
        gp_ssize n = gp_slice_indices(t, key, length_of(o), &start, &stop, &step);
        if (n < 0) return NULL;
        return copy_range(t, o, start, step, n);
    }
    if (!gp_int_check(key) && !gp_typeof(key)->as_number)
        return gp_err_format(t, &gp_exc_TypeError, "array indices must be integers");
    gp_ssize i;
    if (gp_number_as_ssize(t, key, &gp_exc_IndexError, &i) < 0) {
        if (gp_err_matches(t, &gp_exc_TypeError)) {
            gp_err_clear(t);
            gp_err_set_str(t, &gp_exc_TypeError, "array indices must be integers");
        }
        return NULL;
    }
    return array_item(t, o, i);
}

/* Slice assignment takes only an array of the same typecode; an extended
   slice needs one of its own length. */
static int assign_slice(gp_thread *t, gp_obj *o, gp_obj *slice, gp_obj *v) {
    gp_ssize start, stop, step;
    gp_ssize n = gp_slice_indices(t, slice, length_of(o), &start, &stop, &step);
    if (n < 0) return -1;
    array_obj *a = A(o);
    gp_ssize isz = a->d->itemsize;
    char *src = NULL;
    gp_ssize m = 0;
    if (v) {
        if (!array_check(v)) {
            gp_err_format(t, &gp_exc_TypeError, "can only assign array (not \"%s\") to array slice",
                          gp_type_name(gp_typeof(v)));
            return -1;
        }
        if (A(v)->d != a->d) {
            gp_err_set_str(t, &gp_exc_TypeError, "bad argument type for built-in operation");
            return -1;
        }
        src = array_snapshot(t, v, &m);
        if (!src) return -1;
    }
    int rc = 0;
    if (step == 1) {
        rc = splice(t, o, start, start + n, src, m);
    } else if (v) {
        if (m != n) {
            gp_err_format(t, &gp_exc_ValueError, "attempt to assign array of size %zd to extended slice of size %zd",
                          m, n);
            rc = -1;
        } else {
            gp_obj_lock(o);
            for (gp_ssize k = 0; k < n; k++) {
                gp_ssize i = start + k * step;
                if (i >= 0 && i < a->size) memcpy(a->data + i * isz, src + k * isz, (size_t)isz);
            }
            gp_obj_unlock(o);
        }
    } else if (n > 0) {
        /* Deleting an extended slice: walk it upwards and close the gaps. */
        if (step < 0) {
            start += (n - 1) * step;
            step = -step;
        }
        gp_obj_lock(o);
        if (check_resizable(t, a) < 0) {
            rc = -1;
        } else {
            gp_ssize w = start, size = a->size;
            for (gp_ssize r = start; r < size; r++) {
                if (r >= start && (r - start) % step == 0 && (r - start) / step < n) continue;
                memmove(a->data + w * isz, a->data + r * isz, (size_t)isz);
                w++;
            }
            resize_locked(a, w);
            a->size = w;
        }
        gp_obj_unlock(o);
    }
    gp_mem_free(src);
    return rc;
}

static int array_ass_subscript(gp_thread *t, gp_obj *o, gp_obj *key, gp_obj *v) {
    if (gp_typeof(key) == &gp_slice_type) return assign_slice(t, o, key, v);
    gp_ssize i;
    if (gp_number_as_ssize(t, key, &gp_exc_IndexError, &i) < 0) {
        if (gp_err_matches(t, &gp_exc_TypeError)) {
            gp_err_clear(t);
            gp_err_set_str(t, &gp_exc_TypeError, "array indices must be integers");
        }
        return -1;
    }
    return array_ass_item(t, o, i, v);
}

static gp_sequence_methods array_as_sequence = {
    .length = array_length,
    .concat = array_concat,
    .repeat = array_repeat,
    .item = array_item,
    .ass_item = array_ass_item,
    .contains = array_contains,
    .inplace_concat = array_inplace_concat,
    .inplace_repeat = array_inplace_repeat,
};

static gp_mapping_methods array_as_mapping = {
    .length = array_length,
    .subscript = array_subscript,
    .ass_subscript = array_ass_subscript,
};

/* ---------------------------------------------------------------- buffer */

/* The pointer, the size and the count are taken together under the lock,
   so that no resize comes between them. */
static int array_getbuffer(gp_thread *t, gp_obj *o, gp_buffer *view, int flags) {
    static char empty[8];
    array_obj *a = A(o);
    gp_obj_lock(o);
    view->obj = gp_newref(o);
    view->buf = a->data ? a->data : empty;
    view->len = a->size * a->d->itemsize;
    view->readonly = 0;
    view->itemsize = a->d->itemsize;
    view->format = a->d->format;
    view->ndim = 1;
    a->shape = a->size;
    view->shape = &a->shape;
    view->strides = &view->itemsize;
    a->exports++;
    gp_obj_unlock(o);
    return 0;
}

static void array_releasebuffer(gp_obj *o, gp_buffer *view) {
    gp_obj_lock(o);
    A(o)->exports--;
    gp_obj_unlock(o);
}

static gp_buffer_procs array_as_buffer = {array_getbuffer, array_releasebuffer};

/* ----------------------------------------------------- compare and repr */

/* Items are compared as Python values (an 'i' array can equal a 'd' one),
   in order: the first unequal pair decides, else the lengths. */
static gp_obj *array_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if (!array_check(a) || !array_check(b)) return GP_NOTIMPLEMENTED;
    gp_ssize na = length_of(a), nb = length_of(b);
    if (na != nb && (op == GP_EQ || op == GP_NE)) return gp_bool_from(op == GP_NE);
    gp_ssize i = 0;
    for (; i < na && i < nb; i++) {
        gp_obj *x = get_item(t, a, i);
        gp_obj *y = x ? get_item(t, b, i) : NULL;
        if (!y) {
            gp_xdecref(x);
            if (gp_err_matches(t, &gp_exc_IndexError)) {
                gp_err_clear(t);
                break;
            }
            return NULL;
        }
        int eq = gp_obj_richcompare_bool(t, x, y, GP_EQ);
        if (eq == 0) {
            gp_obj *r = op == GP_EQ ? GP_FALSE
                      : op == GP_NE ? GP_TRUE
                                    : gp_obj_richcompare(t, x, y, op);
            gp_decref(x);
            gp_decref(y);
            return r;
        }
        gp_decref(x);
        gp_decref(y);
        if (eq < 0) return NULL;
    }
    na = length_of(a);
    nb = length_of(b);
    int r;
    switch (op) {
    case GP_LT: r = na < nb; break;
    case GP_LE: r = na <= nb; break;
    case GP_EQ: r = na == nb; break;
    case GP_NE: r = na != nb; break;
    case GP_GT: r = na > nb; break;
    default: r = na >= nb; break;
    }
    return gp_bool_from(r);
}

static gp_obj *array_repr(gp_thread *t, gp_obj *o) {
    gp_obj *name = gp_obj_getattr_cstr(t, (gp_obj *)gp_typeof(o), "__name__");
    if (!name) return NULL;
    char code = A(o)->d->code;
    gp_obj *r;
    if (length_of(o) == 0) {
        r = gp_str_from_format(t, "%U('%c')", name, code);
    } else {
        gp_obj *items = code == 'u' ? to_unicode(t, o) : to_list(t, o);
        r = items ? gp_str_from_format(t, "%U('%c', %R)", name, code, items) : NULL;
        gp_xdecref(items);
    }
    gp_decref(name);
    return r;
}

/* --------------------------------------------------------------- iterator */

static gp_obj *array_iter(gp_thread *t, gp_obj *o) {
    arrayiter_obj *it = (arrayiter_obj *)gp_obj_alloc(t, &gp_arrayiter_type, 0);
    if (!it) return NULL;
    it->arr = gp_newref(o);
    gp_gc_track((gp_obj *)it);
    return (gp_obj *)it;
}

static gp_obj *arrayiter_next(gp_thread *t, gp_obj *self) {
    arrayiter_obj *it = (arrayiter_obj *)self;
    gp_obj *arr = it->arr;
    if (!arr) return NULL;
    if (it->index >= length_of(arr)) {
        it->arr = NULL;
        gp_decref(arr);
        return NULL;
    }
    return get_item(t, arr, it->index++);
}

static gp_obj *self_iter(gp_thread *t, gp_obj *o) { return gp_newref(o); }

static void arrayiter_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_xdecref(((arrayiter_obj *)o)->arr);
    gp_obj_free(o);
}

static int arrayiter_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_obj *arr = ((arrayiter_obj *)o)->arr;
    return arr ? visit(arr, arg) : 0;
}

gp_type gp_arrayiter_type = {
    GP_TYPE_HEAD,
    .name = "array.arrayiterator",
    .basicsize = sizeof(arrayiter_obj),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = arrayiter_dealloc,
    .iter = self_iter,
    .iternext = arrayiter_next,
    .traverse = arrayiter_traverse,
};

/* -------------------------------------------------------------- the type */

static gp_obj *array_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (type == &gp_array_type && kwnames && gp_tuple_size(kwnames) > 0)
        return gp_err_format(t, &gp_exc_TypeError, "array.array() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return gp_err_format(t, &gp_exc_TypeError, "array() takes at %s %d argument%s (%zd given)",
                             nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", nargs);
    gp_obj *tc = args[0];
    if (!gp_str_check(tc) || gp_str_len(tc) != 1)
        return gp_err_format(t, &gp_exc_TypeError, "array() argument 1 must be a unicode character, not %s",
                             gp_type_name(gp_typeof(tc)));
    uint32_t cp = gp_str_char_at(tc, 0);
    const item_desc *d = cp < 128 ? find_desc((char)cp) : NULL;
    if (!d)
        return gp_err_format(t, &gp_exc_ValueError,
                             "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    gp_obj *init = nargs > 1 ? args[1] : NULL;
    if (init && gp_str_check(init) && d->code != 'u')
        return gp_err_format(t, &gp_exc_TypeError,
                             "cannot use a str to initialize an array with typecode '%c'", d->code);
    if (init && array_check(init) && A(init)->d->code == 'u' && d->code != 'u')
        return gp_err_format(t, &gp_exc_TypeError,
                             "cannot use a unicode array to initialize an array with typecode '%c'", d->code);
    gp_obj *r = new_array(t, type, d);
    if (!r || !init || init == GP_NONE) return r;
    int rc;
    if (gp_str_check(init))
        rc = fromunicode_str(t, r, init);
    else if (array_check(init) && A(init)->d == d)
        rc = extend_array(t, r, init);
    else if (gp_bytes_check(init) || gp_bytearray_check(init))
        rc = frombytes_obj(t, r, init);
    else
        rc = extend_iter(t, r, init);
    if (rc < 0) gp_clear(&r);
    return r;
}

static void array_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_mem_free(A(o)->data);
    gp_obj_free(o);
}

/* An array holds no references; it is a collected type only so that weak
   references to it can be cleared. */
static int array_traverse(gp_obj *o, gp_visitproc visit, void *arg) { return 0; }

gp_type gp_array_type = {
    GP_TYPE_HEAD,
    .name = "array.array",
    .basicsize = sizeof(array_obj),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_SEQUENCE,
    .dealloc = array_dealloc,
    .repr = array_repr,
    .richcompare = array_richcompare,
    .iter = array_iter,
    .new_ = array_new,
    .traverse = array_traverse,
    .as_sequence = &array_as_sequence,
    .as_mapping = &array_as_mapping,
    .as_buffer = &array_as_buffer,
    .methods = array_methods,
    .getset = array_getset,
    .weaklistoffset = 1, /* weakly referenceable */
    .doc = "array(typecode [, initializer]) -> array\n\n"
           "Return a new array whose items are restricted by typecode, and\n"
           "initialized from the optional initializer value, which must be a list,\n"
           "string or iterable over elements of the appropriate type.",
};

/* ----------------------------------------------------------------- module */

gp_obj *gp_mod_array_init(gp_thread *t) {
    if (gp_type_ready(t, &gp_array_type) < 0 || gp_type_ready(t, &gp_arrayiter_type) < 0) return NULL;
    gp_obj *m = gp_module_new(t, "array");
    if (!m) return NULL;
    gp_obj *codes = gp_str_from_cstr(t, "bBuhHiIlLqQfd");
    if (!codes || gp_module_add_object(t, m, "typecodes", codes) < 0 ||
        gp_module_add_object(t, m, "array", (gp_obj *)&gp_array_type) < 0 ||
        gp_module_add_object(t, m, "ArrayType", (gp_obj *)&gp_array_type) < 0) {
        gp_xdecref(codes);
        gp_decref(m);
        return NULL;
    }
    gp_decref(codes);
    return m;
}
