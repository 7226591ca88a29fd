/* The buffer protocol and memoryview.

   gp_buffer_get asks an object's type for a view of its memory (see
   gp_buffer in object.h); gp_buffer_release gives it back.  Every C
   function that takes a bytes-like argument goes through them, so that
   bytes, bytearray and memoryview (and anything else that exports a
   buffer) are accepted alike.

   A memoryview holds one export of the object it was made from for as
   long as it is not released.  Views made from a memoryview (memoryview(m),
   slices, casts, toreadonly) take their own export of that same base
   object rather than of the memoryview, so each can be released on its
   own, as in CPython where they share one managed buffer.  The layout of
   the view (pointer, item format and size, shape and strides) is the
   memoryview's own and may differ from what the exporter gave.  A
   memoryview is itself an exporter; while it has exports it cannot be
   released. */
#include "objects/strimpl.h"
#include <math.h>

#include "runtime/objlock.h"

typedef struct {
    gp_obj base;
    gp_buffer src; /* the export of the base object, as the exporter filled it */
    char *buf;     /* the first item of this view */
    gp_ssize len;  /* product(shape) * itemsize */
    gp_ssize itemsize;
    const char *format;
    int ndim;
    int readonly;
    int released;
    gp_ssize exports; /* buffers exported by this memoryview */
    gp_hash hash;     /* -1 until computed */
    gp_ssize dims[];  /* shape[ndim] then strides[ndim] */
} mview;

#define MV(o) ((mview *)(o))
#define SHAPE(m) ((m)->dims)
#define STRIDES(m) ((m)->dims + (m)->ndim)
#define MAX_NDIM 64

/* ------------------------------------------------------- buffer protocol */

int gp_buffer_check(gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    return tp->as_buffer && tp->as_buffer->getbuffer;
}

int gp_buffer_get(gp_thread *t, gp_obj *o, gp_buffer *view, int flags) {
    if (!gp_buffer_check(o)) {
        gp_err_format(t, &gp_exc_TypeError, "a bytes-like object is required, not '%s'",
                      gp_type_name(gp_typeof(o)));
        return -1;
    }
    return gp_typeof(o)->as_buffer->getbuffer(t, o, view, flags);
}

void gp_buffer_release(gp_buffer *view) {
    gp_obj *o = view->obj;
    if (!o) return;
    gp_type *tp = gp_typeof(o);
    if (tp->as_buffer && tp->as_buffer->releasebuffer) tp->as_buffer->releasebuffer(o, view);
    view->obj = NULL;
    gp_decref(o);
}

int gp_buffer_fill(gp_thread *t, gp_buffer *view, gp_obj *o, void *buf, gp_ssize len, int readonly,
                   int flags) {
    if ((flags & GP_BUF_WRITABLE) && readonly) {
        gp_err_set_str(t, &gp_exc_BufferError, "Object is not writable.");
        return -1;
    }
    view->obj = gp_newref(o);
    view->buf = buf;
    view->len = len;
    view->readonly = readonly;
    view->itemsize = 1;
    view->format = "B";
    view->ndim = 1;
    view->shape = &view->len;
    view->strides = &view->itemsize;
    return 0;
}

int gp_bytes_like(gp_thread *t, gp_obj *o, const char **data, gp_ssize *n) {
    if (gp_bytes_check(o) || gp_bytearray_check(o)) {
        gp_bytes_view(o, data, n);
        return 0;
    }
    gp_buffer v;
    if (gp_buffer_get(t, o, &v, GP_BUF_SIMPLE) < 0) return -1;
    *data = v.buf;
    *n = v.len;
    /* The memory stays valid after the release: o is a memoryview (or
       another exporter) that keeps its own hold on it while it lives. */
    gp_buffer_release(&v);
    return 0;
}

int gp_bytes_like_opt(gp_thread *t, gp_obj *o, const char **data, gp_ssize *n) {
    if (gp_bytes_check(o) || gp_bytearray_check(o)) {
        gp_bytes_view(o, data, n);
        return 1;
    }
    if (!gp_buffer_check(o)) return 0;
    return gp_bytes_like(t, o, data, n) < 0 ? -1 : 1;
}

/* ------------------------------------------------------------- formats */

/* The item size of a native single-character struct format with an
   optional '@' prefix, and its code; -1 for any other format. */
static gp_ssize native_format(const char *fmt, char *code) {
    if (fmt[0] == '@') fmt++;
    if (!fmt[0] || fmt[1]) return -1;
    *code = fmt[0];
    switch (fmt[0]) {
    case 'c':
    case 'b':
    case 'B':
    case '?':
        return 1;
    case 'h':
    case 'H':
        return sizeof(short);
    case 'i':
    case 'I':
        return sizeof(int);
    case 'l':
    case 'L':
        return sizeof(long);
    case 'q':
    case 'Q':
        return sizeof(long long);
    case 'n':
    case 'N':
        return sizeof(size_t);
    case 'f':
        return sizeof(float);
    case 'd':
        return sizeof(double);
    case 'P':
        return sizeof(void *);
    default:
        return -1;
    }
}

/* A static copy of a native format string, so that a view never points
   into the str object it was cast with. */
static const char *static_format(const char *fmt) {
    static const char codes[] = "cbB?hHiIlLqQnNfdP";
    static const char plain[] = "c\0b\0B\0?\0h\0H\0i\0I\0l\0L\0q\0Q\0n\0N\0f\0d\0P";
    static const char at[] = "@c\0@b\0@B\0@?\0@h\0@H\0@i\0@I\0@l\0@L\0@q\0@Q\0@n\0@N\0@f\0@d\0@P";
    int prefixed = fmt[0] == '@';
    const char *c = strchr(codes, fmt[prefixed]);
    gp_ssize i = c - codes;
    return prefixed ? at + 3 * i : plain + 2 * i;
}

static int is_byte_code(char c) { return c == 'b' || c == 'B' || c == 'c'; }

static gp_obj *unpack_item(gp_thread *t, const char *p, const char *fmt) {
    char code = 0;
    if (native_format(fmt, &code) < 0)
        return gp_err_format(t, &gp_exc_NotImplementedError, "memoryview: format %s not supported",
                             fmt);
    switch (code) {
    case 'c':
        return gp_bytes_new(t, p, 1);
    case 'b':
        return gp_small_new((signed char)*p);
    case 'B':
        return gp_small_new((unsigned char)*p);
    case '?':
        return gp_bool_from(*p);
#define UNPACK(ctype, make)                                                                        \
    {                                                                                              \
        ctype v;                                                                                   \
        memcpy(&v, p, sizeof v);                                                                   \
        return make;                                                                               \
    }
    case 'h':
        UNPACK(short, gp_small_new(v))
    case 'H':
        UNPACK(unsigned short, gp_small_new(v))
    case 'i':
        UNPACK(int, gp_small_new(v))
    case 'I':
        UNPACK(unsigned int, gp_small_new((intptr_t)v))
    case 'l':
        UNPACK(long, gp_int_from_i64(t, v))
    case 'L':
        UNPACK(unsigned long, gp_int_from_u64(t, v))
    case 'q':
        UNPACK(long long, gp_int_from_i64(t, v))
    case 'Q':
        UNPACK(unsigned long long, gp_int_from_u64(t, v))
    case 'n':
        UNPACK(gp_ssize, gp_int_from_i64(t, v))
    case 'N':
        UNPACK(size_t, gp_int_from_u64(t, v))
    case 'P':
        UNPACK(uintptr_t, gp_int_from_u64(t, v))
    case 'f':
        UNPACK(float, gp_float_new(t, v))
    case 'd':
        UNPACK(double, gp_float_new(t, v))
#undef UNPACK
    default:
        return NULL;
    }
}

static int invalid_item(gp_thread *t, gp_type *exc, const char *fmt) {
    gp_err_format(t, exc, "memoryview: invalid %s for format '%s'",
                  exc == &gp_exc_TypeError ? "type" : "value", fmt);
    return -1;
}

/* Store v at p in format fmt, with CPython's TypeError for a value of the
   wrong type and ValueError for one out of range. */
static int pack_item(gp_thread *t, char *p, const char *fmt, gp_obj *v) {
    char code = 0;
    if (native_format(fmt, &code) < 0) {
        gp_err_format(t, &gp_exc_NotImplementedError, "memoryview: format %s not supported", fmt);
        return -1;
    }
    if (code == 'c') {
        if (!gp_bytes_check(v)) return invalid_item(t, &gp_exc_TypeError, fmt);
        if (gp_bytes_size(v) != 1) return invalid_item(t, &gp_exc_ValueError, fmt);
        *p = gp_bytes_data(v)[0];
        return 0;
    }
    if (code == '?') {
        int b = gp_obj_truthy(t, v);
        if (b < 0) return -1;
        *p = (char)b;
        return 0;
    }
    if (code == 'f' || code == 'd') {
        gp_obj *f = gp_float_check(v) ? gp_newref(v) : NULL;
        if (!f) {
            gp_type *tp = gp_typeof(v);
            if (!gp_int_check(v) &&
                !(tp->as_number && (tp->as_number->float_ || tp->as_number->index)))
                return invalid_item(t, &gp_exc_TypeError, fmt);
            f = gp_number_float(t, v);
            if (!f) {
                if (gp_err_matches(t, &gp_exc_TypeError)) {
                    gp_err_clear(t);
                    return invalid_item(t, &gp_exc_TypeError, fmt);
                }
                if (gp_err_matches(t, &gp_exc_OverflowError)) {
                    gp_err_clear(t);
                    return invalid_item(t, &gp_exc_ValueError, fmt);
                }
                return -1;
            }
        }
        double d = gp_float_value(f);
        gp_decref(f);
        if (code == 'd') {
            memcpy(p, &d, sizeof d);
        } else {
            if (isfinite(d) && (d > 3.4028234663852886e38 || d < -3.4028234663852886e38))
                return invalid_item(t, &gp_exc_ValueError, fmt);
            float x = (float)d;
            memcpy(p, &x, sizeof x);
        }
        return 0;
    }
    gp_type *tp = gp_typeof(v);
    if (!gp_int_check(v) && !(tp->as_number && tp->as_number->index))
        return invalid_item(t, &gp_exc_TypeError, fmt);
    if (gp_float_check(v)) return invalid_item(t, &gp_exc_TypeError, fmt);
    gp_obj *i = gp_number_index(t, v);
    if (!i) return -1;
    int neg = gp_int_sign(i) < 0;
    int64_t s = 0;
    uint64_t u = 0;
    int bad = neg ? gp_int_as_i64(t, i, &s) : gp_int_as_u64(t, i, &u);
    gp_decref(i);
    if (bad < 0) {
        gp_err_clear(t);
        return invalid_item(t, &gp_exc_ValueError, fmt);
    }
    if (!neg) s = u > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)u;
    int is_unsigned = code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q' ||
                      code == 'N' || code == 'P';
    if (is_unsigned && neg) return invalid_item(t, &gp_exc_ValueError, fmt);
#define PACK_S(ctype, lo, hi)                                                                      \
    {                                                                                              \
        if (s < (lo) || (!neg && u > (uint64_t)(hi)))                                              \
            return invalid_item(t, &gp_exc_ValueError, fmt);                                       \
        ctype x = (ctype)(neg ? s : (int64_t)u);                                                   \
        memcpy(p, &x, sizeof x);                                                                   \
        return 0;                                                                                  \
    }
#define PACK_U(ctype, hi)                                                                          \
    {                                                                                              \
        if (u > (uint64_t)(hi)) return invalid_item(t, &gp_exc_ValueError, fmt);                   \
        ctype x = (ctype)u;                                                                        \
        memcpy(p, &x, sizeof x);                                                                   \
        return 0;                                                                                  \
    }
    switch (code) {
    case 'b':
        PACK_S(signed char, SCHAR_MIN, SCHAR_MAX)
    case 'B':
        PACK_U(unsigned char, UCHAR_MAX)
    case 'h':
        PACK_S(short, SHRT_MIN, SHRT_MAX)
    case 'H':
        PACK_U(unsigned short, USHRT_MAX)
    case 'i':
        PACK_S(int, INT_MIN, INT_MAX)
    case 'I':
        PACK_U(unsigned int, UINT_MAX)
    case 'l':
        PACK_S(long, LONG_MIN, LONG_MAX)
    case 'L':
        PACK_U(unsigned long, ULONG_MAX)
    case 'q':
        PACK_S(long long, LLONG_MIN, LLONG_MAX)
    case 'Q':
        PACK_U(unsigned long long, ULLONG_MAX)
    case 'n':
        PACK_S(gp_ssize, INTPTR_MIN, INTPTR_MAX)
    case 'N':
        PACK_U(size_t, SIZE_MAX)
    case 'P':
        PACK_U(uintptr_t, UINTPTR_MAX)
    default:
        break;
    }
#undef PACK_S
#undef PACK_U
    return invalid_item(t, &gp_exc_TypeError, fmt);
}

/* ------------------------------------------------------------- layout */

/* Contiguity as CPython decides it: a 1-D view is contiguous when its
   stride is the item size or it has one item (so an empty strided slice is
   not); an N-D view when its strides are those of a dense array, or it is
   empty. */
static int is_contiguous(const mview *m, int forder) {
    if (m->ndim == 0) return 1;
    if (m->ndim == 1) return SHAPE(m)[0] == 1 || STRIDES(m)[0] == m->itemsize;
    if (m->len == 0) return 1;
    gp_ssize sd = m->itemsize;
    for (int k = 0; k < m->ndim; k++) {
        int i = forder ? k : m->ndim - 1 - k;
        if (SHAPE(m)[i] > 1 && STRIDES(m)[i] != sd) return 0;
        sd *= SHAPE(m)[i];
    }
    return 1;
}

static int is_c_contiguous(const mview *m) { return is_contiguous(m, 0); }

static int is_f_contiguous(const mview *m) { return is_contiguous(m, 1); }

static void set_c_strides(mview *m) {
    gp_ssize sd = m->itemsize;
    for (int i = m->ndim - 1; i >= 0; i--) {
        STRIDES(m)[i] = sd;
        sd *= SHAPE(m)[i];
    }
}

static void set_len(mview *m) {
    gp_ssize n = m->itemsize;
    for (int i = 0; i < m->ndim; i++)
        n *= SHAPE(m)[i];
    m->len = n;
}

static int check_released(gp_thread *t, const mview *m) {
    if (!m->released) return 0;
    gp_err_set_str(t, &gp_exc_ValueError, "operation forbidden on released memoryview object");
    return -1;
}

/* A new memoryview of ndim dimensions over the export *src (stolen: its
   reference moves into the view, and src->obj is cleared).  The caller
   fills shape, strides and the rest of the layout. */
static mview *alloc_view(gp_thread *t, gp_buffer *src, int ndim) {
    mview *m = (mview *)gp_obj_alloc(t, &gp_memoryview_type, 2 * (gp_ssize)ndim);
    if (!m) {
        gp_buffer_release(src);
        return NULL;
    }
    m->src = *src;
    src->obj = NULL;
    m->ndim = ndim;
    m->hash = -1;
    gp_gc_track(&m->base);
    return m;
}

/* A new view with the same layout as m, holding its own export of m's
   base object.  ndim may differ (cast); the shape is copied only when it
   is the same. */
static mview *copy_view(gp_thread *t, mview *m, int ndim) {
    gp_buffer src;
    if (gp_buffer_get(t, m->src.obj, &src, GP_BUF_ANY_LAYOUT) < 0) return NULL;
    mview *r = alloc_view(t, &src, ndim);
    if (!r) return NULL;
    r->buf = m->buf;
    r->len = m->len;
    r->itemsize = m->itemsize;
    r->format = m->format;
    r->readonly = m->readonly;
    if (ndim == m->ndim) {
        memcpy(SHAPE(r), SHAPE(m), sizeof(gp_ssize) * (size_t)ndim);
        memcpy(STRIDES(r), STRIDES(m), sizeof(gp_ssize) * (size_t)ndim);
    }
    return r;
}

gp_obj *gp_memoryview_new(gp_thread *t, gp_obj *o) {
    if (gp_typeof(o) == &gp_memoryview_type) {
        if (check_released(t, MV(o)) < 0) return NULL;
        return (gp_obj *)copy_view(t, MV(o), MV(o)->ndim);
    }
    if (!gp_buffer_check(o))
        return gp_err_format(t, &gp_exc_TypeError,
                             "memoryview: a bytes-like object is required, not '%s'",
                             gp_type_name(gp_typeof(o)));
    gp_buffer src;
    if (gp_buffer_get(t, o, &src, GP_BUF_ANY_LAYOUT) < 0) return NULL;
    if (src.ndim > MAX_NDIM) {
        gp_buffer_release(&src);
        gp_err_set_str(t, &gp_exc_ValueError,
                       "memoryview: number of dimensions must not exceed 64");
        return NULL;
    }
    char *buf = src.buf;
    gp_ssize len = src.len, itemsize = src.itemsize;
    const char *format = src.format ? src.format : "B";
    int readonly = src.readonly, ndim = src.ndim;
    gp_ssize shape[MAX_NDIM], strides[MAX_NDIM];
    for (int i = 0; i < ndim; i++) {
        shape[i] = src.shape ? src.shape[i] : len / itemsize;
        if (src.strides) strides[i] = src.strides[i];
    }
    mview *m = alloc_view(t, &src, ndim);
    if (!m) return NULL;
    m->buf = buf;
    m->len = len;
    m->itemsize = itemsize;
    m->format = format;
    m->readonly = readonly;
    memcpy(SHAPE(m), shape, sizeof(gp_ssize) * (size_t)ndim);
    if (m->src.strides)
        memcpy(STRIDES(m), strides, sizeof(gp_ssize) * (size_t)ndim);
    else
        set_c_strides(m);
    return &m->base;
}

static gp_obj *view_bytes(gp_thread *t, mview *m, int forder);

gp_obj *gp_buffer_to_bytes(gp_thread *t, gp_obj *o) {
    gp_obj *m = gp_memoryview_new(t, o);
    if (!m) return NULL;
    gp_obj *r = view_bytes(t, MV(m), 0);
    gp_decref(m);
    return r;
}

static void view_release_src(mview *m) {
    if (m->released) return;
    m->released = 1;
    gp_buffer_release(&m->src);
}

/* ---------------------------------------------------------- item access */

/* Visit the items of m in C order (the last index fastest) or, with
   forder, in Fortran order (the first index fastest). */
typedef int (*item_fn)(gp_thread *t, char *p, void *arg);

static int walk(gp_thread *t, const mview *m, char *p, int k, int forder, item_fn fn, void *arg) {
    if (k == m->ndim) return fn(t, p, arg);
    int dim = forder ? m->ndim - 1 - k : k;
    for (gp_ssize i = 0; i < SHAPE(m)[dim]; i++)
        if (walk(t, m, p + i * STRIDES(m)[dim], k + 1, forder, fn, arg) < 0) return -1;
    return 0;
}

typedef struct {
    char *out;
    gp_ssize itemsize;
} gather_state;

static int gather_one(gp_thread *t, char *p, void *arg) {
    gather_state *g = arg;
    memcpy(g->out, p, (size_t)g->itemsize);
    g->out += g->itemsize;
    return 0;
}

static int scatter_one(gp_thread *t, char *p, void *arg) {
    gather_state *g = arg;
    memcpy(p, g->out, (size_t)g->itemsize);
    g->out += g->itemsize;
    return 0;
}

/* The bytes of the view in C (or Fortran) order as a new bytes object. */
static gp_obj *view_bytes(gp_thread *t, mview *m, int forder) {
    gp_obj *r = gp_bytes_alloc(t, m->len);
    if (!r) return NULL;
    gather_state g = {((gp_bytes *)r)->data, m->itemsize};
    walk(t, m, m->buf, 0, forder, gather_one, &g);
    return r;
}

static gp_obj *tolist_dim(gp_thread *t, mview *m, char *p, int dim) {
    if (dim == m->ndim) return unpack_item(t, p, m->format);
    gp_obj *l = gp_list_new(t, SHAPE(m)[dim]);
    if (!l) return NULL;
    for (gp_ssize i = 0; i < SHAPE(m)[dim]; i++) {
        gp_obj *v = tolist_dim(t, m, p + i * STRIDES(m)[dim], dim + 1);
        if (!v) {
            gp_decref(l);
            return NULL;
        }
        gp_list_set_steal(l, i, v);
    }
    return l;
}

static gp_obj *view_tolist(gp_thread *t, mview *m) {
    char code;
    if (native_format(m->format, &code) < 0)
        return gp_err_format(t, &gp_exc_NotImplementedError, "memoryview: format %s not supported",
                             m->format);
    return tolist_dim(t, m, m->buf, 0);
}

static int index_value(gp_thread *t, gp_obj *key, gp_ssize *out) {
    gp_type *tp = gp_typeof(key);
    if (!gp_int_check(key) && !(tp->as_number && tp->as_number->index && !gp_float_check(key))) {
        gp_err_set_str(t, &gp_exc_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    return gp_number_as_ssize(t, key, &gp_exc_IndexError, out);
}

static int is_index(gp_obj *key) {
    gp_type *tp = gp_typeof(key);
    return gp_int_check(key) || (tp->as_number && tp->as_number->index && !gp_float_check(key));
}

/* The address of the item at index i of dimension dim. */
static char *item_ptr(gp_thread *t, mview *m, char *p, gp_ssize i, int dim) {
    gp_ssize n = SHAPE(m)[dim];
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        gp_err_format(t, &gp_exc_IndexError, "index out of bounds on dimension %d", dim + 1);
        return NULL;
    }
    return p + i * STRIDES(m)[dim];
}

/* The address named by a key that selects one item: an index of a 1-D
   view or a tuple of indices of an N-D view.  NULL with an exception
   otherwise. */
static char *key_ptr(gp_thread *t, mview *m, gp_obj *key) {
    if (gp_tuple_check(key)) {
        gp_ssize n = gp_tuple_size(key);
        int all_index = 1, all_slice = 1;
        for (gp_ssize i = 0; i < n; i++) {
            gp_obj *k = gp_tuple_get_borrow(key, i);
            if (!is_index(k)) all_index = 0;
            if (gp_typeof(k) != &gp_slice_type) all_slice = 0;
        }
        if (n > 0 && all_slice) {
            gp_err_set_str(t, &gp_exc_NotImplementedError,
                           "multi-dimensional slicing is not implemented");
            return NULL;
        }
        if (!all_index) {
            gp_err_set_str(t, &gp_exc_TypeError, "memoryview: invalid slice key");
            return NULL;
        }
        if (n != m->ndim) {
            if (n < m->ndim) {
                gp_err_set_str(t, &gp_exc_NotImplementedError, "sub-views are not implemented");
            } else {
                gp_err_format(t, &gp_exc_TypeError,
                              "cannot index %d-dimension view with %zd-element tuple", m->ndim, n);
            }
            return NULL;
        }
        char *p = m->buf;
        for (gp_ssize i = 0; i < n; i++) {
            gp_ssize idx;
            if (index_value(t, gp_tuple_get_borrow(key, i), &idx) < 0) return NULL;
            p = item_ptr(t, m, p, idx, (int)i);
            if (!p) return NULL;
        }
        return p;
    }
    if (m->ndim == 0) {
        gp_err_set_str(t, &gp_exc_TypeError, "invalid indexing of 0-dim memory");
        return NULL;
    }
    gp_ssize idx;
    if (index_value(t, key, &idx) < 0) return NULL;
    if (m->ndim > 1) {
        gp_err_set_str(t, &gp_exc_NotImplementedError,
                       "multi-dimensional sub-views are not implemented");
        return NULL;
    }
    return item_ptr(t, m, m->buf, idx, 0);
}

static mview *slice_view(gp_thread *t, mview *m, gp_obj *slice) {
    gp_ssize start, stop, step;
    gp_ssize n = gp_slice_indices(t, slice, SHAPE(m)[0], &start, &stop, &step);
    if (n < 0) return NULL;
    mview *r = copy_view(t, m, m->ndim);
    if (!r) return NULL;
    r->buf = m->buf + start * STRIDES(m)[0];
    SHAPE(r)[0] = n;
    STRIDES(r)[0] = STRIDES(m)[0] * step;
    set_len(r);
    return r;
}

static gp_obj *mv_subscript(gp_thread *t, gp_obj *o, gp_obj *key) {
    mview *m = MV(o);
    if (check_released(t, m) < 0) return NULL;
    if (m->ndim == 0) {
        if (key == GP_ELLIPSIS) return gp_newref(o);
        if (gp_tuple_check(key) && gp_tuple_size(key) == 0)
            return unpack_item(t, m->buf, m->format);
        gp_err_set_str(t, &gp_exc_TypeError, "invalid indexing of 0-dim memory");
        return NULL;
    }
    if (gp_typeof(key) == &gp_slice_type) return (gp_obj *)slice_view(t, m, key);
    char *p = key_ptr(t, m, key);
    return p ? unpack_item(t, p, m->format) : NULL;
}

static gp_obj *mv_item(gp_thread *t, gp_obj *o, gp_ssize i) {
    gp_obj *key = gp_int_from_ssize(t, i);
    if (!key) return NULL;
    gp_obj *r = mv_subscript(t, o, key);
    gp_decref(key);
    return r;
}

static const char *plain_format(const char *f) { return f[0] == '@' ? f + 1 : f; }

static int assign_slice(gp_thread *t, mview *m, gp_obj *slice, gp_obj *v) {
    if (m->ndim != 1) {
        gp_err_set_str(t, &gp_exc_NotImplementedError,
                       "memoryview slice assignments are currently restricted to ndim = 1");
        return -1;
    }
    mview *dst = slice_view(t, m, slice);
    if (!dst) return -1;
    gp_obj *srcobj = NULL;
    int rc = -1;
    if (gp_typeof(v) == &gp_memoryview_type) {
        if (check_released(t, MV(v)) < 0) goto done;
        srcobj = gp_newref(v);
    } else {
        if (!gp_buffer_check(v)) {
            gp_err_format(t, &gp_exc_TypeError, "a bytes-like object is required, not '%s'",
                          gp_type_name(gp_typeof(v)));
            goto done;
        }
        srcobj = gp_memoryview_new(t, v);
        if (!srcobj) goto done;
    }
    mview *src = MV(srcobj);
    if (src->ndim != 1 || SHAPE(src)[0] != SHAPE(dst)[0] || src->itemsize != dst->itemsize ||
        strcmp(plain_format(src->format), plain_format(dst->format)) != 0) {
        gp_err_set_str(t, &gp_exc_ValueError,
                       "memoryview assignment: lvalue and rvalue have different structures");
        goto done;
    }
    /* Through a copy, since the two views may overlap. */
    gp_obj *tmp = view_bytes(t, src, 0);
    if (!tmp) goto done;
    gather_state g = {((gp_bytes *)tmp)->data, dst->itemsize};
    walk(t, dst, dst->buf, 0, 0, scatter_one, &g);
    gp_decref(tmp);
    rc = 0;
done:
    gp_xdecref(srcobj);
    gp_decref(&dst->base);
    return rc;
}

static int mv_ass_subscript(gp_thread *t, gp_obj *o, gp_obj *key, gp_obj *v) {
    mview *m = MV(o);
    if (check_released(t, m) < 0) return -1;
    if (m->readonly) {
        gp_err_set_str(t, &gp_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!v) {
        gp_err_set_str(t, &gp_exc_TypeError, "cannot delete memory");
        return -1;
    }
    if (m->ndim == 0) {
        if (key == GP_ELLIPSIS || (gp_tuple_check(key) && gp_tuple_size(key) == 0))
            return pack_item(t, m->buf, m->format, v);
        gp_err_set_str(t, &gp_exc_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (gp_typeof(key) == &gp_slice_type) return assign_slice(t, m, key, v);
    char *p = key_ptr(t, m, key);
    return p ? pack_item(t, p, m->format, v) : -1;
}

static int mv_ass_item(gp_thread *t, gp_obj *o, gp_ssize i, gp_obj *v) {
    gp_obj *key = gp_int_from_ssize(t, i);
    if (!key) return -1;
    int r = mv_ass_subscript(t, o, key, v);
    gp_decref(key);
    return r;
}

static gp_ssize mv_length(gp_thread *t, gp_obj *o) {
    mview *m = MV(o);
    if (check_released(t, m) < 0) return -1;
    return m->ndim == 0 ? 1 : SHAPE(m)[0];
}

/* ------------------------------------------------------------ the type */

static void mv_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    view_release_src(MV(o));
    gp_obj_free(o);
}

static int mv_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    mview *m = MV(o);
    return !m->released && m->src.obj ? visit(m->src.obj, arg) : 0;
}

static int mv_clear(gp_obj *o) {
    view_release_src(MV(o));
    return 0;
}

static gp_obj *mv_repr(gp_thread *t, gp_obj *o) {
    return gp_str_from_format(t, MV(o)->released ? "<released memory at %p>" : "<memory at %p>",
                              (void *)o);
}

static gp_hash mv_hash(gp_thread *t, gp_obj *o) {
    mview *m = MV(o);
    if (m->hash != -1) return m->hash;
    if (check_released(t, m) < 0) return -1;
    if (!m->readonly) {
        gp_err_set_str(t, &gp_exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    char code = 0;
    if (native_format(m->format, &code) < 0 || !is_byte_code(code)) {
        gp_err_set_str(t, &gp_exc_ValueError,
                       "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    /* As CPython, the base object must be hashable too (a read-only view
       of a bytearray is not). */
    if (gp_obj_hash(t, m->src.obj) == -1) return -1;
    /* The hash of the bytes, so that a view and its bytes hash alike. */
    gp_obj *b = view_bytes(t, m, 0);
    if (!b) return -1;
    m->hash = gp_obj_hash(t, b);
    gp_decref(b);
    return m->hash;
}

/* Equality as CPython's: same shape, and items equal as the values the
   struct module unpacks (so a 'B' view and a 'c' view differ). */
static int views_equal(gp_thread *t, mview *a, mview *b) {
    if (a->ndim != b->ndim) return 0;
    for (int i = 0; i < a->ndim; i++)
        if (SHAPE(a)[i] != SHAPE(b)[i]) return 0;
    char ca = 0, cb = 0;
    if (native_format(a->format, &ca) >= 0 && native_format(b->format, &cb) >= 0 && ca == cb &&
        ca != 'f' && ca != 'd') {
        gp_obj *x = view_bytes(t, a, 0);
        if (!x) return -1;
        gp_obj *y = view_bytes(t, b, 0);
        if (!y) {
            gp_decref(x);
            return -1;
        }
        int eq = memcmp(gp_bytes_data(x), gp_bytes_data(y), (size_t)a->len) == 0;
        gp_decref(x);
        gp_decref(y);
        return eq;
    }
    gp_obj *x = view_tolist(t, a);
    if (!x) return -1;
    gp_obj *y = view_tolist(t, b);
    if (!y) {
        gp_decref(x);
        return -1;
    }
    int eq = gp_obj_eq(t, x, y);
    gp_decref(x);
    gp_decref(y);
    return eq;
}

static gp_obj *mv_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if ((op != GP_EQ && op != GP_NE) || gp_typeof(a) != &gp_memoryview_type)
        return GP_NOTIMPLEMENTED;
    int eq;
    gp_obj *other = NULL;
    if (MV(a)->released || (gp_typeof(b) == &gp_memoryview_type && MV(b)->released)) {
        eq = a == b;
    } else {
        if (gp_typeof(b) == &gp_memoryview_type) {
            other = gp_newref(b);
        } else {
            if (!gp_buffer_check(b)) return GP_NOTIMPLEMENTED;
            other = gp_memoryview_new(t, b);
            if (!other) return NULL;
        }
        eq = views_equal(t, MV(a), MV(other));
        gp_decref(other);
        if (eq < 0) return NULL;
    }
    return gp_newref((eq == (op == GP_EQ)) ? GP_TRUE : GP_FALSE);
}

static gp_obj *self_iter(gp_thread *t, gp_obj *o) { return gp_newref(o); }

/* memory_iterator: the items of a 1-D view. */
typedef struct {
    gp_obj base;
    gp_obj *view; /* NULL once exhausted */
    gp_ssize index;
} mviter;

static void mviter_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_xdecref(((mviter *)o)->view);
    gp_obj_free(o);
}

static int mviter_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_obj *v = ((mviter *)o)->view;
    return v ? visit(v, arg) : 0;
}

static gp_obj *mviter_next(gp_thread *t, gp_obj *o) {
    mviter *it = (mviter *)o;
    if (!it->view) return NULL;
    mview *m = MV(it->view);
    if (check_released(t, m) < 0) return NULL;
    if (it->index >= SHAPE(m)[0]) {
        gp_clear(&it->view);
        return NULL;
    }
    return unpack_item(t, m->buf + it->index++ * STRIDES(m)[0], m->format);
}

static gp_type mviter_type = {
    GP_TYPE_HEAD,
    .name = "memory_iterator",
    .basicsize = sizeof(mviter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = mviter_dealloc,
    .traverse = mviter_traverse,
    .iter = self_iter,
    .iternext = mviter_next,
};

static gp_obj *mv_iter(gp_thread *t, gp_obj *o) {
    mview *m = MV(o);
    if (check_released(t, m) < 0) return NULL;
    if (m->ndim == 0)
        return gp_err_format(t, &gp_exc_TypeError, "invalid indexing of 0-dim memory");
    if (m->ndim > 1)
        return gp_err_format(t, &gp_exc_NotImplementedError,
                             "multi-dimensional sub-views are not implemented");
    char code;
    if (native_format(m->format, &code) < 0)
        return gp_err_format(t, &gp_exc_NotImplementedError, "memoryview: format %s not supported",
                             m->format);
    mviter *it = (mviter *)gp_obj_alloc(t, &mviter_type, 0);
    if (!it) return NULL;
    it->view = gp_newref(o);
    gp_gc_track(&it->base);
    return &it->base;
}

/* ----------------------------------------------------------- exporting */

static int mv_getbuffer(gp_thread *t, gp_obj *o, gp_buffer *view, int flags) {
    mview *m = MV(o);
    if (check_released(t, m) < 0) return -1;
    if ((flags & GP_BUF_WRITABLE) && m->readonly) {
        gp_err_set_str(t, &gp_exc_BufferError, "memoryview: underlying buffer is not writable");
        return -1;
    }
    if (!(flags & GP_BUF_ANY_LAYOUT) && !is_c_contiguous(m)) {
        gp_err_set_str(t, &gp_exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    view->obj = gp_newref(o);
    view->buf = m->buf;
    view->len = m->len;
    view->readonly = m->readonly;
    view->itemsize = m->itemsize;
    view->format = m->format;
    view->ndim = m->ndim;
    view->shape = SHAPE(m);
    view->strides = STRIDES(m);
    gp_obj_lock(o);
    m->exports++;
    gp_obj_unlock(o);
    return 0;
}

static void mv_releasebuffer(gp_obj *o, gp_buffer *view) {
    gp_obj_lock(o);
    MV(o)->exports--;
    gp_obj_unlock(o);
}

static gp_buffer_procs mv_as_buffer = {mv_getbuffer, mv_releasebuffer};

/* ------------------------------------------------------------- methods */

#define MV_METHOD(name)                                                                            \
    static gp_obj *name(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,           \
                        gp_obj *kwnames)

MV_METHOD(mv_tobytes) {
    static const char *const names[] = {"order", NULL};
    gp_obj *a[1];
    if (gp_strarg_parse(t, "tobytes", names, 0, args, nargs, kwnames, a) < 0) return NULL;
    if (check_released(t, MV(self)) < 0) return NULL;
    int forder = 0;
    if (a[0] && a[0] != GP_NONE) {
        if (!gp_str_check(a[0]))
            return gp_err_format(t, &gp_exc_TypeError,
                                 "tobytes() argument 'order' must be str or None, not %s",
                                 gp_type_name(gp_typeof(a[0])));
        const char *o = gp_str_utf8(a[0]);
        if (strcmp(o, "F") == 0) {
            forder = 1;
        } else if (strcmp(o, "C") != 0 && strcmp(o, "A") != 0) {
            gp_err_set_str(t, &gp_exc_ValueError, "order must be 'C', 'F' or 'A'");
            return NULL;
        }
    }
    return view_bytes(t, MV(self), forder);
}

MV_METHOD(mv_tolist_m) {
    if (gp_strarg_none(t, "memoryview.tolist", nargs, kwnames) < 0) return NULL;
    if (check_released(t, MV(self)) < 0) return NULL;
    return view_tolist(t, MV(self));
}

MV_METHOD(mv_hex) {
    if (check_released(t, MV(self)) < 0) return NULL;
    gp_obj *b = view_bytes(t, MV(self), 0);
    if (!b) return NULL;
    gp_obj *r = gp_bytes_m_hex(t, b, args, nargs, kwnames);
    gp_decref(b);
    return r;
}

MV_METHOD(mv_release) {
    if (gp_strarg_none(t, "memoryview.release", nargs, kwnames) < 0) return NULL;
    mview *m = MV(self);
    if (m->exports > 0) {
        gp_err_format(t, &gp_exc_BufferError, "memoryview has %zd exported buffer%s", m->exports,
                      m->exports == 1 ? "" : "s");
        return NULL;
    }
    view_release_src(m);
    return GP_NONE;
}

MV_METHOD(mv_enter) {
    if (gp_strarg_none(t, "memoryview.__enter__", nargs, kwnames) < 0) return NULL;
    if (check_released(t, MV(self)) < 0) return NULL;
    return gp_newref(self);
}

MV_METHOD(mv_exit) { return mv_release(t, self, args, 0, NULL); }

MV_METHOD(mv_toreadonly) {
    if (gp_strarg_none(t, "memoryview.toreadonly", nargs, kwnames) < 0) return NULL;
    mview *m = MV(self);
    if (check_released(t, m) < 0) return NULL;
    mview *r = copy_view(t, m, m->ndim);
    if (r) r->readonly = 1;
    return (gp_obj *)r;
}

/* cast(format[, shape]): a C-contiguous view seen as items of another
   native format, flat or with a new shape (1-D to N-D or N-D to 1-D). */
MV_METHOD(mv_cast) {
    static const char *const names[] = {"format", "shape", NULL};
    gp_obj *a[2];
    if (gp_strarg_parse(t, "cast", names, 1, args, nargs, kwnames, a) < 0) return NULL;
    mview *m = MV(self);
    if (check_released(t, m) < 0) return NULL;
    if (!gp_str_check(a[0]))
        return gp_err_format(t, &gp_exc_TypeError, "cast() argument 'format' must be str, not %s",
                             gp_type_name(gp_typeof(a[0])));
    gp_obj *shape = a[1] && a[1] != GP_NONE ? a[1] : NULL;
    if (!is_c_contiguous(m))
        return gp_err_format(t, &gp_exc_TypeError,
                             "memoryview: casts are restricted to C-contiguous views");
    gp_ssize ndim = 1;
    if (shape) {
        if (!gp_tuple_check(shape) && !gp_list_check(shape))
            return gp_err_format(t, &gp_exc_TypeError, "shape must be a list or a tuple");
        ndim = gp_obj_len(t, shape);
    }
    if (shape || m->ndim != 1) {
        for (int i = 0; i < m->ndim; i++)
            if (SHAPE(m)[i] == 0 || STRIDES(m)[i] == 0)
                return gp_err_format(t, &gp_exc_TypeError,
                                     "memoryview: cannot cast view with zeros in shape or strides");
    }
    if (shape && m->ndim != 1 && ndim != 1)
        return gp_err_format(t, &gp_exc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    const char *fmt = gp_str_utf8(a[0]);
    char dest = 0, srcc = 0;
    gp_ssize itemsize = native_format(fmt, &dest);
    if (itemsize < 0 || (gp_ssize)strlen(fmt) != gp_str_size(a[0]))
        return gp_err_format(t, &gp_exc_ValueError,
                             "memoryview: destination format must be a native single character "
                             "format prefixed with an optional '@'");
    if (native_format(m->format, &srcc) < 0)
        return gp_err_format(t, &gp_exc_ValueError,
                             "memoryview: source format must be a native single character format "
                             "prefixed with an optional '@'");
    if (!is_byte_code(srcc) && !is_byte_code(dest))
        return gp_err_format(t, &gp_exc_TypeError,
                             "memoryview: cannot cast between two non-byte formats");
    if (m->len % itemsize)
        return gp_err_format(t, &gp_exc_TypeError,
                             "memoryview: length is not a multiple of itemsize");
    if (ndim > MAX_NDIM)
        return gp_err_format(t, &gp_exc_ValueError,
                             "memoryview: number of dimensions must not exceed 64");
    gp_ssize dims[MAX_NDIM];
    if (shape) {
        gp_ssize product = 1;
        for (gp_ssize i = 0; i < ndim; i++) {
            gp_obj *x = gp_tuple_check(shape) ? gp_tuple_get_borrow(shape, i)
                                              : gp_list_get_borrow(shape, i);
            if (!gp_int_check(x))
                return gp_err_format(t, &gp_exc_TypeError,
                                     "memoryview.cast(): elements of shape must be integers");
            gp_ssize v;
            if (gp_int_as_ssize(t, x, &v) < 0) return NULL;
            if (v <= 0)
                return gp_err_format(t, &gp_exc_ValueError,
                                     "memoryview.cast(): elements of shape must be integers > 0");
            if (product > INTPTR_MAX / v)
                return gp_err_format(t, &gp_exc_ValueError,
                                     "memoryview.cast(): product(shape) > SSIZE_MAX");
            product *= v;
            dims[i] = v;
        }
        if (product > INTPTR_MAX / itemsize || product * itemsize != m->len)
            return gp_err_format(t, &gp_exc_TypeError,
                                 "memoryview: product(shape) * itemsize != buffer size");
    } else {
        dims[0] = m->len / itemsize;
    }
    mview *r = copy_view(t, m, (int)ndim);
    if (!r) return NULL;
    r->format = static_format(fmt);
    r->itemsize = itemsize;
    memcpy(SHAPE(r), dims, sizeof(gp_ssize) * (size_t)ndim);
    set_c_strides(r);
    return &r->base;
}

static const gp_method_def mv_methods[] = {
    {"cast", mv_cast, 0, "Cast a memoryview to a new format or shape."},
    {"hex", mv_hex, 0, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"release", mv_release, 0, "Release the underlying buffer exposed by the memoryview object."},
    {"tobytes", mv_tobytes, 0, "Return the data in the buffer as a byte string."},
    {"tolist", mv_tolist_m, 0, "Return the data in the buffer as a list of elements."},
    {"toreadonly", mv_toreadonly, 0, "Return a readonly version of the memoryview."},
    {"__enter__", mv_enter, 0, NULL},
    {"__exit__", mv_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------------ getters */

static gp_obj *dims_tuple(gp_thread *t, const gp_ssize *d, int n) {
    gp_obj *r = gp_tuple_new(t, n);
    if (!r) return NULL;
    for (int i = 0; i < n; i++) {
        gp_obj *v = gp_int_from_ssize(t, d[i]);
        if (!v) {
            gp_decref(r);
            return NULL;
        }
        ((gp_tuple *)r)->items[i] = v;
    }
    return r;
}

enum {
    G_OBJ,
    G_NBYTES,
    G_READONLY,
    G_ITEMSIZE,
    G_FORMAT,
    G_NDIM,
    G_SHAPE,
    G_STRIDES,
    G_SUBOFFSETS,
    G_C_CONTIG,
    G_F_CONTIG,
    G_CONTIG
};

static gp_obj *mv_get(gp_thread *t, gp_obj *self, void *closure) {
    mview *m = MV(self);
    if (check_released(t, m) < 0) return NULL;
    switch ((int)(intptr_t)closure) {
    case G_OBJ:
        return gp_newref(m->src.obj);
    case G_NBYTES:
        return gp_int_from_ssize(t, m->len);
    case G_READONLY:
        return gp_bool_from(m->readonly);
    case G_ITEMSIZE:
        return gp_int_from_ssize(t, m->itemsize);
    case G_FORMAT:
        return gp_str_from_cstr(t, m->format);
    case G_NDIM:
        return gp_small_new(m->ndim);
    case G_SHAPE:
        return dims_tuple(t, SHAPE(m), m->ndim);
    case G_STRIDES:
        return dims_tuple(t, STRIDES(m), m->ndim);
    case G_SUBOFFSETS:
        return gp_tuple_new(t, 0);
    case G_C_CONTIG:
        return gp_newref(is_c_contiguous(m) ? GP_TRUE : GP_FALSE);
    case G_F_CONTIG:
        return gp_newref(is_f_contiguous(m) ? GP_TRUE : GP_FALSE);
    default:
        return gp_newref(is_c_contiguous(m) || is_f_contiguous(m) ? GP_TRUE : GP_FALSE);
    }
}

#define GETTER(name, which, doc)                                                                   \
    { name, mv_get, NULL, doc, (void *)(intptr_t)(which) }
static const gp_getset_def mv_getset[] = {
    GETTER("obj", G_OBJ, "The underlying object of the memoryview."),
    GETTER("nbytes", G_NBYTES, "The amount of space in bytes that the array would use."),
    GETTER("readonly", G_READONLY, "A bool indicating whether the memory is read only."),
    GETTER("itemsize", G_ITEMSIZE, "The size in bytes of each element of the memoryview."),
    GETTER("format", G_FORMAT, "A string containing the format (in struct module style)."),
    GETTER("ndim", G_NDIM, "The number of dimensions of the memory."),
    GETTER("shape", G_SHAPE, "A tuple of ndim integers giving the shape of the memory."),
    GETTER("strides", G_STRIDES, "A tuple of ndim integers giving the strides of the memory."),
    GETTER("suboffsets", G_SUBOFFSETS, "A tuple of integers used internally for PIL-style arrays."),
    GETTER("c_contiguous", G_C_CONTIG, "A bool indicating whether the memory is C contiguous."),
    GETTER("f_contiguous", G_F_CONTIG,
           "A bool indicating whether the memory is Fortran contiguous."),
    GETTER("contiguous", G_CONTIG, "A bool indicating whether the memory is contiguous."),
    {NULL, NULL, NULL, NULL, NULL},
};

static gp_obj *mv_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                      gp_obj *kwnames) {
    static const char *const names[] = {"object", NULL};
    static const gp_argspec spec = {"memoryview", names, 1, -1};
    gp_obj *a[1];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    return gp_memoryview_new(t, a[0]);
}

static gp_sequence_methods mv_as_sequence = {
    .length = mv_length,
    .item = mv_item,
    .ass_item = mv_ass_item,
};

static gp_mapping_methods mv_as_mapping = {
    .length = mv_length,
    .subscript = mv_subscript,
    .ass_subscript = mv_ass_subscript,
};

gp_type gp_memoryview_type = {
    GP_TYPE_HEAD,
    .name = "memoryview",
    .basicsize = offsetof(mview, dims),
    .itemsize = sizeof(gp_ssize),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_SEQUENCE | GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = mv_dealloc,
    .traverse = mv_traverse,
    .clear = mv_clear,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .iter = mv_iter,
    .new_ = mv_new,
    .as_sequence = &mv_as_sequence,
    .as_mapping = &mv_as_mapping,
    .as_buffer = &mv_as_buffer,
    .methods = mv_methods,
    .getset = mv_getset,
    .doc = "Create a new memoryview object which references the given object.",
};

int gp_memoryview_init_types(gp_thread *t) {
    if (gp_type_ready(t, &gp_memoryview_type) < 0) return -1;
    return gp_type_ready(t, &mviter_type);
}
