/* bytes: immutable byte strings.

   The data lives inline after the header (gp_bytes.data, size in
   base.size, always followed by a NUL).  b'' and the 256 one-byte strings
   are static singletons.  The methods bytes shares with bytearray are in
   bytes_methods.c. */
#include "objects/strimpl.h"

typedef struct {
    gp_varobj base;
    gp_hash hash;
    char data[2];
} static_bytes;

static static_bytes empty_bytes;
static static_bytes single_bytes[256];

__attribute__((constructor)) static void init_bytes_singletons(void) {
    static const gp_obj head = GP_STATIC_HEAD(&gp_bytes_type);
    memcpy(&empty_bytes.base.base, &head, sizeof head);
    gp_set_immortal(&empty_bytes.base.base);
    empty_bytes.base.size = 0;
    empty_bytes.hash = -1;
    for (int i = 0; i < 256; i++) {
        memcpy(&single_bytes[i].base.base, &head, sizeof head);
        gp_set_immortal(&single_bytes[i].base.base);
        single_bytes[i].base.size = 1;
        single_bytes[i].hash = -1;
        single_bytes[i].data[0] = (char)i;
        single_bytes[i].data[1] = 0;
    }
}

gp_obj *gp_bytes_alloc(gp_thread *t, gp_ssize n) {
    gp_bytes *b = (gp_bytes *)gp_obj_alloc(t, &gp_bytes_type, n);
    if (!b) return NULL;
    b->base.size = n;
    b->hash = -1;
    return &b->base.base;
}

gp_obj *gp_bytes_new(gp_thread *t, const char *data, gp_ssize n) {
    if (n == 0) return &empty_bytes.base.base;
    if (n == 1) return &single_bytes[(unsigned char)data[0]].base.base;
    gp_obj *b = gp_bytes_alloc(t, n);
    if (!b) return NULL;
    memcpy(((gp_bytes *)b)->data, data, (size_t)n);
    return b;
}

static gp_obj *bytes_new_of_type(gp_thread *t, gp_type *type, const char *data, gp_ssize n) {
    if (type == &gp_bytes_type) return gp_bytes_new(t, data, n);
    gp_bytes *b = (gp_bytes *)gp_obj_alloc(t, type, n);
    if (!b) return NULL;
    b->base.size = n;
    b->hash = -1;
    if (n) memcpy(b->data, data, (size_t)n);
    return &b->base.base;
}

static void bytes_dealloc(gp_obj *o) { gp_obj_free(o); }

int gp_bytes_byte_value(gp_thread *t, gp_obj *o, int *out) {
    gp_ssize v;
    if (gp_is_small(o)) {
        v = gp_small_value(o);
    } else {
        gp_type *tp = gp_typeof(o);
        if (!tp->as_number || !tp->as_number->index || gp_float_check(o)) {
            gp_err_format(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          gp_type_name(tp));
            return -1;
        }
        if (gp_number_as_ssize(t, o, NULL, &v) < 0) return -1;
    }
    if (v < 0 || v > 255) {
        gp_err_set_str(t, &gp_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* ------------------------------------------------------------------ repr */

gp_obj *gp_bytes_repr_impl(gp_thread *t, const char *data, gp_ssize n, const char *prefix,
                           const char *suffix, int escape_sq) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)data;
    int has_sq = memchr(p, '\'', (size_t)n) != NULL;
    int has_dq = memchr(p, '"', (size_t)n) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_strbuf_append_cstr(&b, prefix);
    gp_strbuf_append_char(&b, quote);
    for (gp_ssize i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == (unsigned char)quote || c == '\\' || (escape_sq && c == '\'')) {
            gp_strbuf_append_char(&b, '\\');
            gp_strbuf_append_char(&b, (char)c);
        } else if (c == '\t') {
            gp_strbuf_append(&b, "\\t", 2);
        } else if (c == '\n') {
            gp_strbuf_append(&b, "\\n", 2);
        } else if (c == '\r') {
            gp_strbuf_append(&b, "\\r", 2);
        } else if (c < 0x20 || c >= 0x7f) {
            char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            gp_strbuf_append(&b, e, 4);
        } else {
            gp_strbuf_append_char(&b, (char)c);
        }
    }
    gp_strbuf_append_char(&b, quote);
    gp_strbuf_append_cstr(&b, suffix);
    return gp_strbuf_finish(t, &b);
}

static gp_obj *bytes_repr(gp_thread *t, gp_obj *o) {
    return gp_bytes_repr_impl(t, gp_bytes_data(o), gp_bytes_size(o), "b", "", 0);
}

/* ----------------------------------------------------- hash and compare */

static gp_hash bytes_hash(gp_thread *t, gp_obj *o) {
    gp_bytes *b = (gp_bytes *)o;
    /* Threads that hash the same bytes at once store the same value. */
    gp_hash h = __atomic_load_n(&b->hash, __ATOMIC_RELAXED);
    if (h == -1) {
        h = gp_str_hash_bytes(b->data, b->base.size);
        __atomic_store_n(&b->hash, h, __ATOMIC_RELAXED);
    }
    return h;
}

gp_obj *gp_bytes_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    const char *pa, *pb;
    gp_ssize na, nb;
    if (gp_bytearray_check(a) || gp_bytearray_check(b)) {
        /* As CPython's bytearray, compare with any contiguous buffer. */
        if (gp_bytes_like_opt(t, a, &pa, &na) <= 0 || gp_bytes_like_opt(t, b, &pb, &nb) <= 0) {
            if (t->exc) gp_err_clear(t);
            return GP_NOTIMPLEMENTED;
        }
    } else {
        if (!gp_bytes_check(a) || !gp_bytes_check(b)) return GP_NOTIMPLEMENTED;
        gp_bytes_view(a, &pa, &na);
        gp_bytes_view(b, &pb, &nb);
    }
    int r;
    if ((op == GP_EQ || op == GP_NE) && na != nb) {
        r = op == GP_NE;
    } else {
        gp_ssize m = na < nb ? na : nb;
        int c = memcmp(pa, pb, (size_t)m);
        if (c == 0) c = na < nb ? -1 : na > nb;
        switch (op) {
        case GP_LT:
            r = c < 0;
            break;
        case GP_LE:
            r = c <= 0;
            break;
        case GP_EQ:
            r = c == 0;
            break;
        case GP_NE:
            r = c != 0;
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

/* -------------------------------------------------------------- sequence */

static gp_ssize bytes_length(gp_thread *t, gp_obj *o) { return gp_bytes_size(o); }

static gp_obj *bytes_concat(gp_thread *t, gp_obj *a, gp_obj *b) {
    const char *pa, *pb;
    gp_ssize na, nb;
    int ok = gp_bytes_like_opt(t, b, &pb, &nb);
    if (ok < 0) return NULL;
    if (ok == 0)
        return gp_err_format(t, &gp_exc_TypeError, "can't concat %s to %s",
                             gp_type_name(gp_typeof(b)), gp_type_name(gp_typeof(a)));
    gp_bytes_view(a, &pa, &na);
    if (nb == 0 && gp_typeof(a) == &gp_bytes_type) return gp_newref(a);
    if (na == 0 && gp_typeof(b) == &gp_bytes_type) return gp_newref(b);
    if (na > INTPTR_MAX - nb) return gp_err_nomemory(t);
    gp_obj *r = gp_bytes_alloc(t, na + nb);
    if (!r) return NULL;
    memcpy(((gp_bytes *)r)->data, pa, (size_t)na);
    memcpy(((gp_bytes *)r)->data + na, pb, (size_t)nb);
    return r;
}

static gp_obj *bytes_repeat(gp_thread *t, gp_obj *o, gp_ssize n) {
    gp_ssize size = gp_bytes_size(o);
    if (n <= 0 || size == 0) return gp_bytes_new(t, "", 0);
    if (n == 1 && gp_typeof(o) == &gp_bytes_type) return gp_newref(o);
    if (size > INTPTR_MAX / n) {
        gp_err_set_str(t, &gp_exc_OverflowError, "repeated bytes are too long");
        return NULL;
    }
    gp_ssize total = size * n;
    gp_obj *r = gp_bytes_alloc(t, total);
    if (!r) return NULL;
    char *d = ((gp_bytes *)r)->data;
    if (size == 1) {
        memset(d, gp_bytes_data(o)[0], (size_t)total);
    } else {
        memcpy(d, gp_bytes_data(o), (size_t)size);
        gp_ssize done = size;
        while (done < total) {
            gp_ssize chunk = done <= total - done ? done : total - done;
            memcpy(d + done, d, (size_t)chunk);
            done += chunk;
        }
    }
    return r;
}

static gp_obj *bytes_item(gp_thread *t, gp_obj *o, gp_ssize i) {
    gp_ssize n = gp_bytes_size(o);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        gp_err_set_str(t, &gp_exc_IndexError, "index out of range");
        return NULL;
    }
    return gp_small_new((unsigned char)gp_bytes_data(o)[i]);
}

static int bytes_contains(gp_thread *t, gp_obj *o, gp_obj *x) {
    const char *p = gp_bytes_data(o);
    gp_ssize n = gp_bytes_size(o);
    if (gp_int_check(x)) {
        int v;
        if (gp_bytes_byte_value(t, x, &v) < 0) return -1;
        return memchr(p, v, (size_t)n) != NULL;
    }
    const char *q;
    gp_ssize m;
    if (gp_bytes_like(t, x, &q, &m) < 0) return -1;
    return gp_bytes_find_raw(p, n, q, m) >= 0;
}

static gp_obj *bytes_subscript(gp_thread *t, gp_obj *o, gp_obj *key) {
    if (gp_typeof(key) == &gp_slice_type) {
        gp_ssize start, stop, step;
        gp_ssize n = gp_slice_indices(t, key, gp_bytes_size(o), &start, &stop, &step);
        if (n < 0) return NULL;
        const char *p = gp_bytes_data(o);
        if (step == 1) {
            if (n == gp_bytes_size(o) && gp_typeof(o) == &gp_bytes_type) return gp_newref(o);
            return gp_bytes_new(t, p + start, n);
        }
        gp_obj *r = gp_bytes_alloc(t, n);
        if (!r) return NULL;
        for (gp_ssize i = 0; i < n; i++)
            ((gp_bytes *)r)->data[i] = p[start + i * step];
        return r;
    }
    gp_ssize i;
    if (gp_is_small(key)) {
        i = gp_small_value(key);
    } else {
        gp_type *kt = gp_typeof(key);
        if (!kt->as_number || !kt->as_number->index || gp_float_check(key))
            return gp_err_format(t, &gp_exc_TypeError,
                                 "byte indices must be integers or slices, not %s",
                                 gp_type_name(kt));
        if (gp_number_as_ssize(t, key, &gp_exc_IndexError, &i) < 0) return NULL;
    }
    return bytes_item(t, o, i);
}

static gp_obj *bytes_mod(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_bytes_check(a)) return GP_NOTIMPLEMENTED;
    return gp_bytes_mod_format(t, gp_bytes_data(a), gp_bytes_size(a), b);
}

/* -------------------------------------------------------------- iterator */

typedef struct {
    gp_obj base;
    gp_obj *seq; /* bytes or bytearray; NULL once exhausted */
    gp_ssize pos;
} bytes_iter;

static void bytes_iter_dealloc(gp_obj *o) {
    gp_xdecref(((bytes_iter *)o)->seq);
    gp_obj_free(o);
}

static gp_obj *bytes_iter_next(gp_thread *t, gp_obj *o) {
    bytes_iter *it = (bytes_iter *)o;
    if (!it->seq) return NULL;
    const char *p;
    gp_ssize n;
    gp_bytes_view(it->seq, &p, &n);
    if (it->pos >= n) {
        gp_clear(&it->seq);
        return NULL;
    }
    return gp_small_new((unsigned char)p[it->pos++]);
}

static gp_obj *bytes_iter_self(gp_thread *t, gp_obj *o) { return gp_newref(o); }

static gp_obj *bytes_iter_length_hint(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                      gp_ssize nargs, gp_obj *kwnames) {
    bytes_iter *it = (bytes_iter *)self;
    gp_ssize left = 0;
    if (it->seq) {
        const char *p;
        gp_ssize n;
        gp_bytes_view(it->seq, &p, &n);
        left = n > it->pos ? n - it->pos : 0;
    }
    return gp_int_from_ssize(t, left);
}

static const gp_method_def bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, 0,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

static gp_type bytes_iter_type = {
    GP_TYPE_HEAD,
    .name = "bytes_iterator",
    .basicsize = sizeof(bytes_iter),
    .dealloc = bytes_iter_dealloc,
    .iter = bytes_iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

static gp_type bytearray_iter_type = {
    GP_TYPE_HEAD,
    .name = "bytearray_iterator",
    .basicsize = sizeof(bytes_iter),
    .dealloc = bytes_iter_dealloc,
    .iter = bytes_iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

gp_obj *gp_bytes_iter_new(gp_thread *t, gp_obj *o) {
    bytes_iter *it = (bytes_iter *)gp_obj_alloc(
        t, gp_bytes_check(o) ? &bytes_iter_type : &bytearray_iter_type, 0);
    if (!it) return NULL;
    it->seq = gp_newref(o);
    it->pos = 0;
    return &it->base;
}

/* ----------------------------------------------------------- constructor */

int gp_bytes_from_object(gp_thread *t, gp_obj *src, gp_obj *encoding, gp_obj *errors,
                         const char *what, gp_strbuf *out, gp_ssize *zeros) {
    *zeros = -1;
    /* The encoding and errors arguments must be str before anything else
       is looked at, as CPython's argument parsing checks them first. */
    for (int i = 0; i < 2; i++) {
        gp_obj *a = i ? errors : encoding;
        if (a && !gp_str_check(a)) {
            gp_err_format(t, &gp_exc_TypeError, "%s() argument '%s' must be str, not %s", what,
                          i ? "errors" : "encoding", gp_type_name(gp_typeof(a)));
            return -1;
        }
    }
    if (!src) {
        if (encoding || errors) {
            gp_err_set_str(t, &gp_exc_TypeError,
                           encoding ? "encoding without a string argument"
                                    : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (gp_str_check(src)) {
        if (!encoding) {
            gp_err_set_str(t, &gp_exc_TypeError, "string argument without an encoding");
            return -1;
        }
        for (int i = 0; i < 2; i++) {
            gp_obj *a = i ? errors : encoding;
            if (a && !gp_str_check(a)) {
                gp_err_format(t, &gp_exc_TypeError, "%s() argument '%s' must be str, not %s", what,
                              i ? "errors" : "encoding", gp_type_name(gp_typeof(a)));
                return -1;
            }
        }
        gp_obj *b =
            gp_str_encode(t, src, gp_str_utf8(encoding), errors ? gp_str_utf8(errors) : NULL);
        if (!b) return -1;
        gp_strbuf_append(out, gp_bytes_data(b), gp_bytes_size(b));
        gp_decref(b);
        return 0;
    }
    if (encoding || errors) {
        gp_err_set_str(t, &gp_exc_TypeError,
                       encoding ? "encoding without a string argument"
                                : "errors without a string argument");
        return -1;
    }
    if (gp_bytes_check(src) || gp_bytearray_check(src)) {
        const char *p;
        gp_ssize n;
        gp_bytes_view(src, &p, &n);
        gp_strbuf_append(out, p, n);
        return 0;
    }
    if (gp_buffer_check(src)) {
        gp_obj *copy = gp_buffer_to_bytes(t, src);
        if (!copy) return -1;
        gp_strbuf_append(out, gp_bytes_data(copy), gp_bytes_size(copy));
        gp_decref(copy);
        return 0;
    }
    if (!gp_is_small(src)) {
        static gp_obj *name;
        if (!name) name = gp_str_intern_cstr_borrow(t, "__bytes__");
        gp_obj *m = gp_obj_lookup_special(t, src, name);
        if (m) {
            gp_obj *r = gp_call0(t, m);
            gp_decref(m);
            if (!r) return -1;
            if (!gp_bytes_check(r)) {
                gp_err_format(t, &gp_exc_TypeError, "__bytes__ returned non-bytes (type %s)",
                              gp_type_name(gp_typeof(r)));
                gp_decref(r);
                return -1;
            }
            gp_strbuf_append(out, gp_bytes_data(r), gp_bytes_size(r));
            gp_decref(r);
            return 0;
        }
        if (gp_err_occurred(t)) return -1;
    }
    gp_type *tp = gp_typeof(src);
    if (gp_int_check(src) || (tp->as_number && tp->as_number->index && !gp_float_check(src))) {
        gp_ssize count;
        if (gp_number_as_ssize(t, src, &gp_exc_OverflowError, &count) < 0) return -1;
        if (count < 0) {
            gp_err_set_str(t, &gp_exc_ValueError, "negative count");
            return -1;
        }
        *zeros = count;
        return 0;
    }
    if (!tp->iter && !(tp->as_sequence && tp->as_sequence->item)) {
        gp_err_format(t, &gp_exc_TypeError, "cannot convert '%s' object to %s", gp_type_name(tp),
                      what);
        return -1;
    }
    gp_obj *it = gp_obj_getiter(t, src);
    if (!it) return -1;
    gp_obj *v;
    while ((v = gp_iter_next(t, it)) != NULL) {
        int byte;
        if (gp_bytes_byte_value(t, v, &byte) < 0) {
            if (strcmp(what, "bytes") == 0 && gp_err_matches(t, &gp_exc_ValueError)) {
                gp_err_clear(t);
                gp_err_set_str(t, &gp_exc_ValueError, "bytes must be in range(0, 256)");
            }
            gp_decref(v);
            gp_decref(it);
            return -1;
        }
        gp_decref(v);
        gp_strbuf_append_char(out, (char)byte);
    }
    gp_decref(it);
    return gp_err_occurred(t) ? -1 : 0;
}

gp_obj *gp_bytes_from_obj(gp_thread *t, gp_obj *o) {
    if (gp_typeof(o) == &gp_bytes_type) return gp_newref(o);
    if (gp_bytearray_check(o) || gp_bytes_check(o)) {
        const char *p;
        gp_ssize n;
        gp_bytes_view(o, &p, &n);
        return gp_bytes_new(t, p, n);
    }
    if (gp_buffer_check(o)) return gp_buffer_to_bytes(t, o);
    gp_type *tp = gp_typeof(o);
    int has_bytes = 0;
    if (!gp_is_small(o)) {
        static gp_obj *name;
        if (!name) name = gp_str_intern_cstr_borrow(t, "__bytes__");
        has_bytes = gp_type_lookup_borrow(t, tp, name) != NULL;
    }
    if (has_bytes || (!gp_str_check(o) && !gp_int_check(o) && tp->iter)) {
        gp_strbuf b;
        gp_strbuf_init(&b);
        gp_ssize zeros;
        if (gp_bytes_from_object(t, o, NULL, NULL, "bytes", &b, &zeros) < 0) {
            gp_strbuf_free(&b);
            return NULL;
        }
        gp_obj *r = b.failed ? gp_err_nomemory(t) : gp_bytes_new(t, b.buf, b.len);
        gp_strbuf_free(&b);
        return r;
    }
    return gp_err_format(t, &gp_exc_TypeError, "cannot convert '%s' object to bytes",
                         gp_type_name(tp));
}

static gp_obj *bytes_new_slot(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    gp_obj *a[3];
    if (gp_strarg_parse(t, "bytes", names, 0, args, nargs, kwnames, a) < 0) return NULL;
    if (a[0] && !a[1] && !a[2] && gp_typeof(a[0]) == &gp_bytes_type && type == &gp_bytes_type)
        return gp_newref(a[0]);
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_ssize zeros;
    if (gp_bytes_from_object(t, a[0], a[1], a[2], "bytes", &b, &zeros) < 0) {
        gp_strbuf_free(&b);
        return NULL;
    }
    if (b.failed) {
        gp_strbuf_free(&b);
        return gp_err_nomemory(t);
    }
    gp_obj *r;
    if (zeros >= 0) {
        if (zeros == 0) {
            r = bytes_new_of_type(t, type, "", 0);
        } else {
            gp_bytes *o = (gp_bytes *)gp_obj_alloc(t, type, zeros);
            if (o) {
                o->base.size = zeros;
                o->hash = -1;
            }
            r = (gp_obj *)o;
        }
    } else {
        r = bytes_new_of_type(t, type, b.buf, b.len);
    }
    gp_strbuf_free(&b);
    return r;
}

/* ----------------------------------------------------- bytes-only methods */

static gp_obj *bytes_getnewargs(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kwnames) {
    if (gp_strarg_none(t, "bytes.__getnewargs__", nargs, kwnames) < 0) return NULL;
    gp_obj *copy = gp_bytes_new(t, gp_bytes_data(self), gp_bytes_size(self));
    if (!copy) return NULL;
    gp_obj *r = gp_tuple_pack(t, 1, copy);
    gp_decref(copy);
    return r;
}

static gp_obj *bytes_bytes(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    if (gp_strarg_none(t, "bytes.__bytes__", nargs, kwnames) < 0) return NULL;
    if (gp_typeof(self) == &gp_bytes_type) return gp_newref(self);
    return gp_bytes_new(t, gp_bytes_data(self), gp_bytes_size(self));
}

static gp_obj *bytes_sizeof(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    if (gp_strarg_none(t, "bytes.__sizeof__", nargs, kwnames) < 0) return NULL;
    return gp_int_from_ssize(t, gp_typeof(self)->basicsize + gp_bytes_size(self));
}

static const gp_method_def bytes_methods[] = {
    {"__getnewargs__", bytes_getnewargs, 0, NULL},
    {"__bytes__", bytes_bytes, 0, "Convert this value to exact type bytes."},
    {"__sizeof__", bytes_sizeof, 0, "Return the size of the bytes in memory, in bytes."},
    {"fromhex", gp_bytes_m_fromhex, GP_METH_CLASS,
     "Create a bytes object from a string of hexadecimal numbers."},
    {"maketrans", gp_bytes_maketrans, GP_METH_STATIC,
     "Return a translation table useable for the bytes or bytearray translate method."},
    GP_BYTES_SHARED_METHOD_LIST(GP_BYTES_METHOD_ENTRY){NULL, NULL, 0, NULL},
};

static gp_number_methods bytes_as_number = {
    .remainder = bytes_mod,
};

static gp_sequence_methods bytes_as_sequence = {
    .length = bytes_length,
    .concat = bytes_concat,
    .repeat = bytes_repeat,
    .item = bytes_item,
    .contains = bytes_contains,
};

static gp_mapping_methods bytes_as_mapping = {
    .length = bytes_length,
    .subscript = bytes_subscript,
};

static int bytes_getbuffer(gp_thread *t, gp_obj *o, gp_buffer *view, int flags) {
    return gp_buffer_fill(t, view, o, ((gp_bytes *)o)->data, gp_bytes_size(o), 1, flags);
}

static gp_buffer_procs bytes_as_buffer = {bytes_getbuffer, NULL};

gp_type gp_bytes_type = {
    GP_TYPE_HEAD,
    .name = "bytes",
    .basicsize = offsetof(gp_bytes, data) + 1,
    .itemsize = 1,
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_BYTES_SUBCLASS | GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = gp_bytes_richcompare,
    .iter = gp_bytes_iter_new,
    .new_ = bytes_new_slot,
    .as_number = &bytes_as_number,
    .as_sequence = &bytes_as_sequence,
    .as_mapping = &bytes_as_mapping,
    .as_buffer = &bytes_as_buffer,
    .methods = bytes_methods,
    .doc = "bytes(iterable_of_ints) -> bytes\n"
           "bytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object",
};

int gp_bytes_init_types(gp_thread *t) {
    if (gp_type_ready(t, &bytes_iter_type) < 0 || gp_memoryview_init_types(t) < 0) return -1;
    return gp_type_ready(t, &bytearray_iter_type);
}
