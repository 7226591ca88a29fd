/* bytearray: a mutable byte string.

   data is a separate allocation of alloc + 1 bytes, never NULL, with a NUL
   after the size bytes in use, so the shared bytes methods can read it like
   a bytes object.  Growth over-allocates by an eighth (as list does) so
   that append and += are amortised O(1).

   Free-threaded build: the methods that change the buffer (append,
   extend, insert, pop, remove, clear, reverse, +=, *=) and the item read
   and copies hold the per-object lock (runtime/objlock.h), with a second
   bytearray operand locked in address order. */
#include "objects/strimpl.h"
#include "runtime/objlock.h"

#define BA(o) ((gp_bytearray *)(o))

int gp_bytearray_check(const gp_obj *o) {
    return !gp_is_small(o) && gp_type_is_subtype(gp_typeof(o), &gp_bytearray_type);
}

/* A bytearray whose buffer is exported (a memoryview, or a call that
   holds it without the GIL) must keep its data where it is.  The count
   changes only under the object lock (getbuffer/releasebuffer below); a
   resize is a mutation, made with that lock held, so the count is read
   here without taking it again. */
static int check_resizable(gp_thread *t, gp_obj *o) {
    if (BA(o)->exports <= 0) return 0;
    gp_err_set_str(t, &gp_exc_BufferError, "Existing exports of data: object cannot be re-sized");
    return -1;
}

int gp_bytearray_resize(gp_thread *t, gp_obj *o, gp_ssize n) {
    gp_bytearray *ba = BA(o);
    if (n < 0) {
        gp_err_bad_internal_call(t, "gp_bytearray_resize");
        return -1;
    }
    if (n != ba->size && check_resizable(t, o) < 0) return -1;
    /* alloc counts the trailing NUL.  Small shrinks keep the buffer; a
       moderate growth over-allocates by an eighth, a large one is exact. */
    gp_ssize alloc = ba->alloc;
    if (n + 1 <= alloc) {
        if (n >= alloc / 2) {
            __atomic_store_n(&ba->size, n, __ATOMIC_RELAXED);
            ba->data[n] = 0;
            return 0;
        }
        alloc = n + 1;
    } else if (n <= alloc + alloc / 8) {
        if (n > INTPTR_MAX - (n >> 3) - 8) {
            gp_err_nomemory(t);
            return -1;
        }
        alloc = n + (n >> 3) + (n < 9 ? 3 : 6);
    } else {
        if (n > INTPTR_MAX - 1) {
            gp_err_nomemory(t);
            return -1;
        }
        alloc = n + 1;
    }
    char *d = gp_mem_realloc(ba->data, (size_t)alloc);
    if (!d) {
        gp_err_nomemory(t);
        return -1;
    }
    ba->data = d;
    ba->alloc = alloc;
    __atomic_store_n(&ba->size, n, __ATOMIC_RELAXED);
    d[n] = 0;
    return 0;
}

static gp_obj *alloc_of_type(gp_thread *t, gp_type *type, gp_ssize n) {
    gp_bytearray *ba = (gp_bytearray *)gp_obj_alloc(t, type, 0);
    if (!ba) return NULL;
    ba->data = gp_mem_alloc((size_t)n + 1);
    if (!ba->data) {
        ba->data = NULL;
        gp_decref(&ba->base);
        return gp_err_nomemory(t);
    }
    ba->size = n;
    ba->alloc = n + 1;
    ba->data[n] = 0;
    return &ba->base;
}

gp_obj *gp_bytearray_new(gp_thread *t, const char *data, gp_ssize n) {
    gp_obj *o = alloc_of_type(t, &gp_bytearray_type, n);
    if (o && n) memcpy(BA(o)->data, data, (size_t)n);
    return o;
}

static void bytearray_dealloc(gp_obj *o) {
    gp_mem_free(BA(o)->data);
    gp_obj_free(o);
}

static gp_obj *bytearray_new_slot(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                                  gp_obj *kwnames) {
    return alloc_of_type(t, type, 0);
}

static int bytearray_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    gp_obj *a[3];
    if (gp_strarg_parse(t, "bytearray", names, 0, args, nargs, kwnames, a) < 0) return -1;
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_ssize zeros;
    if (gp_bytes_from_object(t, a[0], a[1], a[2], "bytearray", &b, &zeros) < 0) goto error;
    if (b.failed) {
        gp_err_nomemory(t);
        goto error;
    }
    if (zeros >= 0) {
        if (gp_bytearray_resize(t, self, zeros) < 0) goto error;
        memset(BA(self)->data, 0, (size_t)zeros);
    } else {
        if (gp_bytearray_resize(t, self, b.len) < 0) goto error;
        memcpy(BA(self)->data, b.buf, (size_t)b.len);
    }
    gp_strbuf_free(&b);
    return 0;
error:
    gp_strbuf_free(&b);
    return -1;
}

static gp_obj *bytearray_repr(gp_thread *t, gp_obj *o) {
    const char *name = gp_type_name(gp_typeof(o));
    size_t nl = strlen(name);
    char *prefix = gp_mem_alloc(nl + 3);
    if (!prefix) return gp_err_nomemory(t);
    memcpy(prefix, name, nl);
    memcpy(prefix + nl, "(b", 3);
    gp_obj *r = gp_bytes_repr_impl(t, BA(o)->data, BA(o)->size, prefix, ")", 1);
    gp_mem_free(prefix);
    return r;
}

static gp_hash bytearray_hash(gp_thread *t, gp_obj *o) {
    gp_err_format(t, &gp_exc_TypeError, "unhashable type: '%s'", gp_type_name(gp_typeof(o)));
    return -1;
}

/* ------------------------------------------------------------ sequence */

/* len() takes no lock: the size is stored atomically by every resize. */
static gp_ssize bytearray_length(gp_thread *t, gp_obj *o) {
    return __atomic_load_n(&BA(o)->size, __ATOMIC_RELAXED);
}

static gp_obj *bytearray_concat(gp_thread *t, gp_obj *a, gp_obj *b) {
    const char *pb;
    gp_ssize nb;
    int ok = gp_bytes_like_opt(t, b, &pb, &nb);
    if (ok < 0) return NULL;
    if (ok == 0)
        return gp_err_format(t, &gp_exc_TypeError, "can't concat %s to %s",
                             gp_type_name(gp_typeof(b)), gp_type_name(gp_typeof(a)));
    gp_obj_lock2(a, b);
    /* A bytearray operand may have moved its data since it was looked at. */
    if (gp_bytearray_check(b)) gp_bytes_view(b, &pb, &nb);
    gp_ssize na = BA(a)->size;
    gp_obj *r = na > INTPTR_MAX - nb - 1 ? gp_err_nomemory(t)
                                         : alloc_of_type(t, &gp_bytearray_type, na + nb);
    if (r) {
        memcpy(BA(r)->data, BA(a)->data, (size_t)na);
        memcpy(BA(r)->data + na, pb, (size_t)nb);
    }
    gp_obj_unlock2(a, b);
    return r;
}

static gp_obj *bytearray_iconcat(gp_thread *t, gp_obj *a, gp_obj *b) {
    const char *pb;
    gp_ssize nb;
    int ok = gp_bytes_like_opt(t, b, &pb, &nb);
    if (ok < 0) return NULL;
    if (ok == 0)
        return gp_err_format(t, &gp_exc_TypeError, "can't concat %s to %s",
                             gp_type_name(gp_typeof(b)), gp_type_name(gp_typeof(a)));
    gp_obj_lock2(a, b);
    if (gp_bytearray_check(b)) gp_bytes_view(b, &pb, &nb);
    gp_ssize na = BA(a)->size;
    int r = -1;
    if (na > INTPTR_MAX - nb - 1) {
        gp_err_nomemory(t);
    } else {
        /* b may be a itself: its data moves on resize, so copy through an
           offset taken before. */
        int self_add = b == a;
        r = gp_bytearray_resize(t, a, na + nb);
        if (r == 0) memcpy(BA(a)->data + na, self_add ? BA(a)->data : pb, (size_t)nb);
    }
    gp_obj_unlock2(a, b);
    return r < 0 ? NULL : gp_newref(a);
}

static gp_obj *bytearray_repeat(gp_thread *t, gp_obj *o, gp_ssize n) {
    gp_obj_lock(o);
    gp_ssize size = BA(o)->size;
    if (n < 0) n = 0;
    gp_obj *r = size && n > (INTPTR_MAX - 1) / size
                    ? gp_err_nomemory(t)
                    : alloc_of_type(t, &gp_bytearray_type, size * n);
    if (r)
        for (gp_ssize i = 0; i < n; i++)
            memcpy(BA(r)->data + i * size, BA(o)->data, (size_t)size);
    gp_obj_unlock(o);
    return r;
}

static gp_obj *bytearray_irepeat(gp_thread *t, gp_obj *o, gp_ssize n) {
    gp_obj_lock(o);
    gp_ssize size = BA(o)->size;
    if (n < 0) n = 0;
    int r = -1;
    if (size && n > (INTPTR_MAX - 1) / size) {
        gp_err_nomemory(t);
    } else if ((r = gp_bytearray_resize(t, o, size * n)) == 0) {
        for (gp_ssize i = 1; i < n; i++)
            memcpy(BA(o)->data + i * size, BA(o)->data, (size_t)size);
    }
    gp_obj_unlock(o);
    return r < 0 ? NULL : gp_newref(o);
}

static gp_obj *bytearray_item(gp_thread *t, gp_obj *o, gp_ssize i) {
    gp_obj_lock(o);
    gp_ssize n = BA(o)->size;
    if (i < 0) i += n;
    int c = i >= 0 && i < n ? (unsigned char)BA(o)->data[i] : -1;
    gp_obj_unlock(o);
    if (c < 0) {
        gp_err_set_str(t, &gp_exc_IndexError, "bytearray index out of range");
        return NULL;
    }
    return gp_small_new(c);
}

static int bytearray_contains(gp_thread *t, gp_obj *o, gp_obj *x) {
    if (gp_int_check(x)) {
        int v;
        if (gp_bytes_byte_value(t, x, &v) < 0) return -1;
        return memchr(BA(o)->data, v, (size_t)BA(o)->size) != NULL;
    }
    const char *q;
    gp_ssize m;
    if (gp_bytes_like(t, x, &q, &m) < 0) return -1;
    return gp_bytes_find_raw(BA(o)->data, BA(o)->size, q, m) >= 0;
}

static int index_of(gp_thread *t, gp_obj *key, gp_ssize *out) {
    if (gp_is_small(key)) {
        *out = gp_small_value(key);
        return 0;
    }
    gp_type *kt = gp_typeof(key);
    if (!kt->as_number || !kt->as_number->index || gp_float_check(key)) {
        gp_err_format(t, &gp_exc_TypeError, "bytearray indices must be integers or slices, not %s",
                      gp_type_name(kt));
        return -1;
    }
    return gp_number_as_ssize(t, key, &gp_exc_IndexError, out);
}

static gp_obj *bytearray_subscript(gp_thread *t, gp_obj *o, gp_obj *key) {
    if (gp_typeof(key) == &gp_slice_type) {
        gp_ssize start, stop, step;
        gp_ssize n = gp_slice_indices(t, key, BA(o)->size, &start, &stop, &step);
        if (n < 0) return NULL;
        gp_obj *r = alloc_of_type(t, &gp_bytearray_type, n);
        if (!r) return NULL;
        for (gp_ssize i = 0; i < n; i++)
            BA(r)->data[i] = BA(o)->data[start + i * step];
        return r;
    }
    gp_ssize i;
    if (index_of(t, key, &i) < 0) return NULL;
    return bytearray_item(t, o, i);
}

/* Replace bytes [lo, hi) with n bytes from src. */
static int splice(gp_thread *t, gp_obj *o, gp_ssize lo, gp_ssize hi, const char *src, gp_ssize n) {
    gp_bytearray *ba = BA(o);
    gp_ssize old = ba->size, cut = hi - lo;
    if (n != cut && check_resizable(t, o) < 0) return -1;
    if (n > cut) {
        if (gp_bytearray_resize(t, o, old + n - cut) < 0) return -1;
        memmove(ba->data + lo + n, ba->data + hi, (size_t)(old - hi));
    } else if (n < cut) {
        memmove(ba->data + lo + n, ba->data + hi, (size_t)(old - hi));
        if (gp_bytearray_resize(t, o, old + n - cut) < 0) return -1;
    }
    if (n) memcpy(ba->data + lo, src, (size_t)n);
    return 0;
}

static int assign_slice(gp_thread *t, gp_obj *o, gp_obj *slice, gp_obj *v) {
    /* The bounds' __index__ and the source's iteration may run Python code:
       both happen before the lock, the clipping and the change under it. */
    gp_ssize start, stop, step;
    if (gp_slice_unpack(t, slice, &start, &stop, &step) < 0) return -1;
    gp_strbuf b;
    gp_strbuf_init(&b);
    if (v) {
        const char *p;
        gp_ssize m;
        int ok = gp_bytes_like_opt(t, v, &p, &m);
        if (ok < 0) return -1;
        if (ok) {
            gp_obj_lock(v);
            if (gp_bytearray_check(v)) gp_bytes_view(v, &p, &m);
            gp_strbuf_append(&b, p, m);
            gp_obj_unlock(v);
        } else if (gp_int_check(v) || gp_str_check(v) || !gp_typeof(v)->iter) {
            gp_err_set_str(t, &gp_exc_TypeError,
                           "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        } else {
            gp_ssize zeros;
            if (gp_bytes_from_object(t, v, NULL, NULL, "bytearray", &b, &zeros) < 0) goto error;
        }
        if (b.failed) {
            gp_err_nomemory(t);
            goto error;
        }
    }
    gp_obj_lock(o);
    gp_ssize n = gp_slice_adjust(BA(o)->size, &start, &stop, step);
    if (step == 1) {
        if (stop < start) stop = start;
        if (splice(t, o, start, stop, b.buf, b.len) < 0) goto error_locked;
    } else if (v) {
        if (b.len != n) {
            gp_err_format(t, &gp_exc_ValueError,
                          "attempt to assign bytes of size %zd to extended slice of size %zd",
                          b.len, n);
            goto error_locked;
        }
        for (gp_ssize i = 0; i < n; i++)
            BA(o)->data[start + i * step] = b.buf[i];
    } else if (n > 0) {
        /* Delete an extended slice: keep the bytes that are not in it. */
        if (step < 0) {
            start = start + (n - 1) * step;
            step = -step;
        }
        if (check_resizable(t, o) < 0) goto error;
        gp_bytearray *ba = BA(o);
        gp_ssize w = start;
        for (gp_ssize r = start; r < ba->size; r++) {
            if (r >= start && (r - start) % step == 0 && (r - start) / step < n) continue;
            ba->data[w++] = ba->data[r];
        }
        if (gp_bytearray_resize(t, o, w) < 0) goto error_locked;
    }
    gp_obj_unlock(o);
    gp_strbuf_free(&b);
    return 0;
error_locked:
    gp_obj_unlock(o);
error:
    gp_strbuf_free(&b);
    return -1;
}

static int bytearray_ass_subscript(gp_thread *t, gp_obj *o, gp_obj *key, gp_obj *v) {
    if (gp_typeof(key) == &gp_slice_type) return assign_slice(t, o, key, v);
    gp_ssize i;
    if (index_of(t, key, &i) < 0) return -1;
    /* CPython checks the index before the value; the value's __index__
       may run Python code, so the check is repeated under the lock. */
    gp_ssize n0 = __atomic_load_n(&BA(o)->size, __ATOMIC_RELAXED);
    if ((i < 0 ? i + n0 : i) < 0 || (i < 0 ? i + n0 : i) >= n0) {
        gp_err_set_str(t, &gp_exc_IndexError, "bytearray index out of range");
        return -1;
    }
    int byte = 0;
    if (v && gp_bytes_byte_value(t, v, &byte) < 0) return -1;
    gp_obj_lock(o);
    if (i < 0) i += BA(o)->size;
    if (i < 0 || i >= BA(o)->size) {
        gp_obj_unlock(o);
        gp_err_set_str(t, &gp_exc_IndexError, "bytearray index out of range");
        return -1;
    }
    int r = 0;
    if (!v) r = splice(t, o, i, i + 1, NULL, 0);
    else BA(o)->data[i] = (char)byte;
    gp_obj_unlock(o);
    return r;
}

static int bytearray_ass_item(gp_thread *t, gp_obj *o, gp_ssize i, gp_obj *v) {
    gp_obj *key = gp_small_new(i);
    return bytearray_ass_subscript(t, o, key, v);
}

static gp_obj *bytearray_mod(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_bytearray_check(a)) return GP_NOTIMPLEMENTED;
    gp_obj *r = gp_bytes_mod_format(t, BA(a)->data, BA(a)->size, b);
    if (!r) return NULL;
    gp_obj *ba = gp_bytearray_new(t, gp_bytes_data(r), gp_bytes_size(r));
    gp_decref(r);
    return ba;
}

/* -------------------------------------------------------------- methods */

static gp_obj *ba_append(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (gp_strarg_one(t, "bytearray.append", nargs, kwnames) < 0) return NULL;
    int byte;
    if (gp_bytes_byte_value(t, args[0], &byte) < 0) return NULL;
    gp_obj_lock(self);
    gp_ssize n = BA(self)->size;
    int r = gp_bytearray_resize(t, self, n + 1);
    if (r == 0) BA(self)->data[n] = (char)byte;
    gp_obj_unlock(self);
    return r < 0 ? NULL : GP_NONE;
}

static gp_obj *ba_extend(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (gp_strarg_one(t, "bytearray.extend", nargs, kwnames) < 0) return NULL;
    gp_obj *src = args[0];
    gp_strbuf b;
    gp_strbuf_init(&b);
    const char *p;
    gp_ssize n;
    int ok = gp_bytes_like_opt(t, src, &p, &n);
    if (ok < 0) return NULL;
    if (ok) {
        gp_obj_lock(src);
        if (gp_bytearray_check(src)) gp_bytes_view(src, &p, &n);
        gp_strbuf_append(&b, p, n);
        gp_obj_unlock(src);
    } else {
        if (!gp_typeof(src)->iter &&
            !(gp_typeof(src)->as_sequence && gp_typeof(src)->as_sequence->item))
            return gp_err_format(t, &gp_exc_TypeError, "can't extend bytearray with %s",
                                 gp_type_name(gp_typeof(src)));
        gp_obj *it = gp_obj_getiter(t, src);
        if (!it) return NULL;
        gp_obj *v;
        while ((v = gp_iter_next(t, it)) != NULL) {
            int byte;
            int rc = gp_bytes_byte_value(t, v, &byte);
            gp_decref(v);
            if (rc < 0) {
                gp_decref(it);
                gp_strbuf_free(&b);
                return NULL;
            }
            gp_strbuf_append_char(&b, (char)byte);
        }
        gp_decref(it);
        if (gp_err_occurred(t)) {
            gp_strbuf_free(&b);
            return NULL;
        }
    }
    if (b.failed) {
        gp_strbuf_free(&b);
        return gp_err_nomemory(t);
    }
    gp_obj_lock(self);
    gp_ssize old = BA(self)->size;
    int r = gp_bytearray_resize(t, self, old + b.len);
    if (r == 0) memcpy(BA(self)->data + old, b.buf, (size_t)b.len);
    gp_obj_unlock(self);
    gp_strbuf_free(&b);
    return r < 0 ? NULL : GP_NONE;
}

static gp_obj *ba_insert(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (gp_strarg_clinic(t, "insert", "bytearray.insert", nargs, kwnames, 2, 2) < 0) return NULL;
    gp_ssize i;
    if (gp_strarg_ssize(t, args[0], &i) < 0) return NULL;
    int byte;
    if (gp_bytes_byte_value(t, args[1], &byte) < 0) return NULL;
    gp_obj_lock(self);
    gp_ssize n = BA(self)->size;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    char c = (char)byte;
    int r = splice(t, self, i, i, &c, 1);
    gp_obj_unlock(self);
    return r < 0 ? NULL : GP_NONE;
}

static gp_obj *ba_pop(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                      gp_obj *kwnames) {
    if (gp_strarg_clinic(t, "pop", "bytearray.pop", nargs, kwnames, 0, 1) < 0) return NULL;
    gp_ssize i = -1;
    if (nargs > 0 && gp_strarg_ssize(t, args[0], &i) < 0) return NULL;
    gp_obj_lock(self);
    gp_ssize n = BA(self)->size;
    if (n == 0) {
        gp_obj_unlock(self);
        gp_err_set_str(t, &gp_exc_IndexError, "pop from empty bytearray");
        return NULL;
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        gp_obj_unlock(self);
        gp_err_set_str(t, &gp_exc_IndexError, "pop index out of range");
        return NULL;
    }
    unsigned char c = (unsigned char)BA(self)->data[i];
    int r = splice(t, self, i, i + 1, NULL, 0);
    gp_obj_unlock(self);
    return r < 0 ? NULL : gp_small_new(c);
}

static gp_obj *ba_remove(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (gp_strarg_one(t, "bytearray.remove", nargs, kwnames) < 0) return NULL;
    int byte;
    if (gp_bytes_byte_value(t, args[0], &byte) < 0) return NULL;
    gp_obj_lock(self);
    const char *p = memchr(BA(self)->data, byte, (size_t)BA(self)->size);
    if (!p) {
        gp_obj_unlock(self);
        gp_err_set_str(t, &gp_exc_ValueError, "value not found in bytearray");
        return NULL;
    }
    gp_ssize i = p - BA(self)->data;
    int r = splice(t, self, i, i + 1, NULL, 0);
    gp_obj_unlock(self);
    return r < 0 ? NULL : GP_NONE;
}

static gp_obj *ba_clear(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (gp_strarg_none(t, "bytearray.clear", nargs, kwnames) < 0) return NULL;
    gp_obj_lock(self);
    int r = gp_bytearray_resize(t, self, 0);
    gp_obj_unlock(self);
    return r < 0 ? NULL : GP_NONE;
}

static gp_obj *ba_copy(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (gp_strarg_none(t, "bytearray.copy", nargs, kwnames) < 0) return NULL;
    gp_obj_lock(self);
    gp_obj *r = gp_bytearray_new(t, BA(self)->data, BA(self)->size);
    gp_obj_unlock(self);
    return r;
}

/* pickle and copy: (type, args, state) where args rebuild the bytes, as a
   latin-1 str for protocols below 3, as bytes from 3 on (empty: ()). */
static gp_obj *ba_common_reduce(gp_thread *t, gp_obj *self, gp_ssize proto) {
    gp_obj *state = gp_call_method(t, self, "__getstate__", NULL, 0);
    if (!state) return NULL;
    gp_obj_lock(self);
    gp_obj *copy = gp_bytes_new(t, BA(self)->data, BA(self)->size);
    gp_obj_unlock(self);
    gp_obj *args = NULL, *r = NULL;
    if (!copy) goto done;
    gp_ssize n = gp_bytes_size(copy);
    if (n == 0) {
        args = gp_tuple_new(t, 0);
    } else if (proto < 3) {
        gp_obj *latin1 = gp_str_decode(t, gp_bytes_data(copy), n, "latin-1", NULL);
        gp_obj *enc = latin1 ? gp_str_from_cstr(t, "latin-1") : NULL;
        if (enc) args = gp_tuple_pack(t, 2, latin1, enc);
        gp_xdecref(latin1);
        gp_xdecref(enc);
    } else {
        args = gp_tuple_pack(t, 1, copy);
    }
    if (args) r = gp_tuple_pack(t, 3, (gp_obj *)gp_typeof(self), args, state);
done:
    gp_xdecref(copy);
    gp_xdecref(args);
    gp_decref(state);
    return r;
}

static gp_obj *ba_reduce(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (gp_strarg_none(t, "bytearray.__reduce__", nargs, kwnames) < 0) return NULL;
    return ba_common_reduce(t, self, 2);
}

static gp_obj *ba_reduce_ex(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    if (gp_args_no_kw(t, "__reduce_ex__", kwnames) < 0) return NULL;
    if (gp_args_count(t, "__reduce_ex__", nargs, 0, 1) < 0) return NULL;
    gp_ssize proto = 0;
    if (nargs == 1 && gp_int_as_ssize(t, args[0], &proto) < 0) return NULL;
    return ba_common_reduce(t, self, proto);
}

static gp_obj *ba_reverse(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    if (gp_strarg_none(t, "bytearray.reverse", nargs, kwnames) < 0) return NULL;
    gp_obj_lock(self);
    char *d = BA(self)->data;
    for (gp_ssize i = 0, j = BA(self)->size - 1; i < j; i++, j--) {
        char c = d[i];
        d[i] = d[j];
        d[j] = c;
    }
    gp_obj_unlock(self);
    return GP_NONE;
}

static gp_obj *ba_alloc(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (gp_strarg_none(t, "bytearray.__alloc__", nargs, kwnames) < 0) return NULL;
    return gp_int_from_ssize(t, BA(self)->alloc);
}

static gp_obj *ba_sizeof(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (gp_strarg_none(t, "bytearray.__sizeof__", nargs, kwnames) < 0) return NULL;
    return gp_int_from_ssize(t, gp_typeof(self)->basicsize + BA(self)->alloc);
}

static const gp_method_def bytearray_methods[] = {
    {"append", ba_append, 0, "Append a single item to the end of the bytearray."},
    {"extend", ba_extend, 0,
     "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", ba_insert, 0, "Insert a single item into the bytearray before the given index."},
    {"pop", ba_pop, 0, "Remove and return a single item from B."},
    {"remove", ba_remove, 0, "Remove the first occurrence of a value in the bytearray."},
    {"clear", ba_clear, 0, "Remove all items from the bytearray."},
    {"copy", ba_copy, 0, "Return a copy of B."},
    {"reverse", ba_reverse, 0, "Reverse the order of the values in B in place."},
    {"__alloc__", ba_alloc, 0, "B.__alloc__() -> int"},
    {"__reduce__", ba_reduce, 0, "Return state information for pickling."},
    {"__reduce_ex__", ba_reduce_ex, 0, "Return state information for pickling."},
    {"__sizeof__", ba_sizeof, 0, "Returns the size of the bytearray object in memory, in bytes."},
    {"fromhex", gp_bytes_m_fromhex, GP_METH_CLASS,
     "Create a bytearray object from a string of hexadecimal numbers."},
    {"maketrans", gp_bytes_maketrans, GP_METH_STATIC,
     "Return a translation table useable for the bytes or bytearray translate method."},
    GP_BYTES_SHARED_METHOD_LIST(GP_BYTES_METHOD_ENTRY){NULL, NULL, 0, NULL},
};

static gp_number_methods bytearray_as_number = {
    .remainder = bytearray_mod,
};

static gp_sequence_methods bytearray_as_sequence = {
    .length = bytearray_length,
    .concat = bytearray_concat,
    .repeat = bytearray_repeat,
    .item = bytearray_item,
    .ass_item = bytearray_ass_item,
    .contains = bytearray_contains,
    .inplace_concat = bytearray_iconcat,
    .inplace_repeat = bytearray_irepeat,
};

static gp_mapping_methods bytearray_as_mapping = {
    .length = bytearray_length,
    .subscript = bytearray_subscript,
    .ass_subscript = bytearray_ass_subscript,
};

/* The pointer and size are taken with the count, under the lock, so that
   no resize can come between them.  A writable exporter cannot fail. */
static int bytearray_getbuffer(gp_thread *t, gp_obj *o, gp_buffer *view, int flags) {
    gp_obj_lock(o);
    gp_buffer_fill(t, view, o, BA(o)->data, BA(o)->size, 0, flags);
    BA(o)->exports++;
    gp_obj_unlock(o);
    return 0;
}

static void bytearray_releasebuffer(gp_obj *o, gp_buffer *view) {
    gp_obj_lock(o);
    BA(o)->exports--;
    gp_obj_unlock(o);
}

static gp_buffer_procs bytearray_as_buffer = {bytearray_getbuffer, bytearray_releasebuffer};

gp_type gp_bytearray_type = {
    GP_TYPE_HEAD,
    .name = "bytearray",
    .basicsize = sizeof(gp_bytearray),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .str = bytearray_repr,
    .hash = bytearray_hash,
    .richcompare = gp_bytes_richcompare,
    .iter = gp_bytes_iter_new,
    .new_ = bytearray_new_slot,
    .init = bytearray_init,
    .as_number = &bytearray_as_number,
    .as_sequence = &bytearray_as_sequence,
    .as_mapping = &bytearray_as_mapping,
    .as_buffer = &bytearray_as_buffer,
    .methods = bytearray_methods,
    .doc =
        "bytearray(iterable_of_ints) -> bytearray\n"
        "bytearray(string, encoding[, errors]) -> bytearray\n"
        "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
        "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
        "bytearray() -> empty bytes array",
};
