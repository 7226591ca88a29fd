/* The _memio module: io.StringIO and io.BytesIO, in-memory files.
   StringIO keeps its text as an array of code points so that positions
   (seek, tell, truncate) count characters as CPython's do; BytesIO keeps
   a plain byte buffer.  Both grow geometrically, so building a large
   output with many small writes costs amortised linear time.

   Free-threaded build: the methods that read or change the buffer, the
   length or the position hold the object's lock for that step (see
   BytesIO below); the closed flag is read without it. */
#include <string.h>

#include "gilpy_core.h"
#include "runtime/objlock.h"

#define MEMIO_ARGS gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw

/* Newline modes of StringIO. */
enum { NL_LF, NL_UNIVERSAL_READ /* newline='' */, NL_TRANSLATE /* None */, NL_CR, NL_CRLF };

typedef struct {
    gp_obj base;
    uint32_t *buf;
    gp_ssize len, cap, pos;
    int newline;
    char closed, ready;
    gp_obj *dict;
} stringio;

typedef struct {
    gp_obj base;
    char *buf;
    gp_ssize len, cap, pos;
    char closed;
    gp_obj *dict;
    gp_ssize exports; /* buffers given out by getbuffer(), under the object lock */
} bytesio;

extern gp_type gp_stringio_type, gp_bytesio_type;

static void *closed_error(gp_thread *t) { return gp_err_format(t, &gp_exc_ValueError, "I/O operation on closed file."); }

static void *unsupported(gp_thread *t, const char *what) {
    gp_obj *u = gp_sys_get_borrow(t, "_io_UnsupportedOperation");
    if (!u || !gp_type_check(u)) return gp_err_format(t, &gp_exc_OSError, "%s", what);
    return gp_err_format(t, (gp_type *)u, "%s", what);
}

/* An optional size argument: None or absent means -1 (everything). */
static int size_arg(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_ssize *out) {
    *out = -1;
    if (nargs == 0 || args[0] == GP_NONE) return 0;
    if (!gp_int_check(args[0])) {
        gp_err_format(t, &gp_exc_TypeError, "argument should be integer or None, not '%T'", args[0]);
        return -1;
    }
    return gp_int_as_ssize(t, args[0], out);
}

static int grow(gp_thread *t, void **buf, gp_ssize *cap, gp_ssize need, size_t item) {
    if (need <= *cap) return 0;
    gp_ssize ncap = *cap ? *cap : 16;
    while (ncap < need) ncap += ncap >> 1 > 16 ? ncap >> 1 : 16;
    void *nb = gp_mem_realloc(*buf, (size_t)ncap * item);
    if (!nb) {
        gp_err_nomemory(t);
        return -1;
    }
    *buf = nb;
    *cap = ncap;
    return 0;
}

/* ---------------------------------------------------------------- StringIO */

/* Decode UTF-8 (valid: it comes from a str) into code points. */
static gp_ssize utf8_decode(const unsigned char *s, gp_ssize n, uint32_t *out) {
    gp_ssize k = 0;
    for (gp_ssize i = 0; i < n;) {
        unsigned c = s[i];
        if (c < 0x80) {
            out[k++] = c;
            i++;
        } else if (c < 0xE0) {
            out[k++] = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
            i += 2;
        } else if (c < 0xF0) {
            out[k++] = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
            i += 3;
        } else {
            out[k++] = ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
            i += 4;
        }
    }
    return k;
}

static gp_obj *cps_to_str(gp_thread *t, const uint32_t *cp, gp_ssize n) {
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_ssize i = 0;
    while (i < n) {
        /* Runs of ASCII go in one append. */
        gp_ssize j = i;
        char tmp[256];
        while (j < n && cp[j] < 0x80 && j - i < (gp_ssize)sizeof tmp) {
            tmp[j - i] = (char)cp[j];
            j++;
        }
        if (j > i) {
            gp_strbuf_append(&b, tmp, j - i);
            i = j;
            continue;
        }
        gp_strbuf_append_codepoint(&b, cp[i++]);
    }
    return gp_strbuf_finish(t, &b);
}

/* Write code points at the position, padding with NULs when the position
   is past the end (as CPython does after a seek beyond it). */
static int sio_put(gp_thread *t, stringio *s, const uint32_t *cp, gp_ssize n) {
    if (n == 0) return 0;
    gp_ssize end = s->pos + n;
    if (grow(t, (void **)&s->buf, &s->cap, end, sizeof(uint32_t)) < 0) return -1;
    if (s->pos > s->len) memset(s->buf + s->len, 0, (size_t)(s->pos - s->len) * sizeof(uint32_t));
    memcpy(s->buf + s->pos, cp, (size_t)n * sizeof(uint32_t));
    s->pos = end;
    if (end > s->len) s->len = end;
    return 0;
}

/* Write a str with the newline translation of the mode; returns the
   number of characters of the argument (CPython's return value). */
static gp_ssize sio_write_str(gp_thread *t, stringio *s, gp_obj *str) {
    gp_ssize n = gp_str_len(str);
    if (n == 0) return 0;
    uint32_t *tmp = gp_mem_alloc((size_t)n * 2 * sizeof(uint32_t));
    if (!tmp) {
        gp_err_nomemory(t);
        return -1;
    }
    gp_ssize k = utf8_decode((const unsigned char *)gp_str_utf8(str), gp_str_size(str), tmp);
    if (s->newline == NL_TRANSLATE) {
        gp_ssize o = 0;
        for (gp_ssize i = 0; i < k; i++) {
            if (tmp[i] == '\r') {
                tmp[o++] = '\n';
                if (i + 1 < k && tmp[i + 1] == '\n') i++;
            } else {
                tmp[o++] = tmp[i];
            }
        }
        k = o;
    } else if (s->newline == NL_CR || s->newline == NL_CRLF) {
        gp_ssize extra = 0;
        for (gp_ssize i = 0; i < k; i++) extra += tmp[i] == '\n';
        if (s->newline == NL_CRLF && extra) {
            /* Spread from the end so the copy stays in place. */
            gp_ssize o = k + extra;
            for (gp_ssize i = k - 1; i >= 0; i--) {
                if (tmp[i] == '\n') {
                    tmp[--o] = '\n';
                    tmp[--o] = '\r';
                } else {
                    tmp[--o] = tmp[i];
                }
            }
            k += extra;
        } else if (s->newline == NL_CR) {
            for (gp_ssize i = 0; i < k; i++)
                if (tmp[i] == '\n') tmp[i] = '\r';
        }
    }
    int rc = sio_put(t, s, tmp, k);
    gp_mem_free(tmp);
    return rc < 0 ? -1 : n;
}

static int sio_check(gp_thread *t, stringio *s) {
    if (!s->ready) {
        gp_err_format(t, &gp_exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    if (__atomic_load_n(&s->closed, __ATOMIC_RELAXED)) {
        gp_err_format(t, &gp_exc_ValueError, "I/O operation on closed file");
        return -1;
    }
    return 0;
}

static int sio_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    static const char *const names[] = {"initial_value", "newline", NULL};
    static const gp_argspec spec = {"StringIO", names, 0, -1};
    gp_obj *a[2];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return -1;
    stringio *s = (stringio *)self;
    int nl = NL_LF;
    if (a[1] && a[1] != GP_NONE) {
        if (!gp_str_check(a[1])) {
            gp_err_format(t, &gp_exc_TypeError, "newline must be str or None, not %T", a[1]);
            return -1;
        }
        const char *v = gp_str_utf8(a[1]);
        if (!strcmp(v, "\n")) nl = NL_LF;
        else if (!strcmp(v, "")) nl = NL_UNIVERSAL_READ;
        else if (!strcmp(v, "\r")) nl = NL_CR;
        else if (!strcmp(v, "\r\n")) nl = NL_CRLF;
        else {
            gp_err_format(t, &gp_exc_ValueError, "illegal newline value: %R", a[1]);
            return -1;
        }
    } else if (a[1] == GP_NONE) {
        nl = NL_TRANSLATE;
    }
    if (a[0] && a[0] != GP_NONE && !gp_str_check(a[0])) {
        gp_err_format(t, &gp_exc_TypeError, "initial_value must be str or None, not %T", a[0]);
        return -1;
    }
    int r = 0;
    gp_obj_lock(self);
    s->newline = nl;
    s->len = s->pos = 0;
    __atomic_store_n(&s->closed, 0, __ATOMIC_RELAXED);
    s->ready = 1;
    if (a[0] && a[0] != GP_NONE) {
        if (sio_write_str(t, s, a[0]) < 0) r = -1;
        s->pos = 0;
    }
    gp_obj_unlock(self);
    return r;
}

static gp_obj *sio_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return gp_obj_alloc(t, type, 0);
}

static void sio_dealloc(gp_obj *self) {
    stringio *s = (stringio *)self;
    gp_mem_free(s->buf);
    gp_xdecref(s->dict);
    gp_obj_free(self);
}

static gp_obj *sio_getvalue(MEMIO_ARGS) {
    stringio *s = (stringio *)self;
    gp_obj_lock(self);
    gp_obj *r = sio_check(t, s) < 0 ? NULL : cps_to_str(t, s->buf, s->len);
    gp_obj_unlock(self);
    return r;
}

static gp_obj *sio_write(MEMIO_ARGS) {
    stringio *s = (stringio *)self;
    if (gp_args_no_kw(t, "write", kw) < 0 || gp_args_count(t, "write", nargs, 1, 1) < 0) return NULL;
    gp_obj_lock(self);
    int r = sio_check(t, s);
    gp_obj_unlock(self);
    if (r < 0) return NULL;
    if (!gp_str_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "string argument expected, got '%T'", args[0]);
    gp_obj_lock(self);
    gp_ssize n = sio_check(t, s) < 0 ? -1 : sio_write_str(t, s, args[0]);
    gp_obj_unlock(self);
    if (n < 0) return NULL;
    return gp_int_from_ssize(t, n);
}

static gp_obj *sio_read(MEMIO_ARGS) {
    stringio *s = (stringio *)self;
    gp_ssize n;
    if (gp_args_no_kw(t, "read", kw) < 0 || gp_args_count(t, "read", nargs, 0, 1) < 0) return NULL;
    if (size_arg(t, args, nargs, &n) < 0) return NULL;
    gp_obj_lock(self);
    gp_obj *r = NULL;
    if (sio_check(t, s) == 0) {
        gp_ssize avail = s->len > s->pos ? s->len - s->pos : 0;
        if (n < 0 || n > avail) n = avail;
        r = cps_to_str(t, s->buf + s->pos, n);
        if (r) s->pos += n;
    }
    gp_obj_unlock(self);
    return r;
}

/* The length of the next line from the position (at most limit, -1 for no
   limit), ending after the line terminator of the newline mode. */
static gp_ssize sio_line_len(stringio *s, gp_ssize limit) {
    gp_ssize start = s->pos, end = s->len;
    if (start >= end) return 0;
    gp_ssize stop = limit >= 0 && start + limit < end ? start + limit : end;
    for (gp_ssize i = start; i < stop; i++) {
        uint32_t c = s->buf[i];
        if (s->newline == NL_UNIVERSAL_READ) {
            if (c == '\n') return i + 1 - start;
            if (c == '\r') return (i + 1 < stop && s->buf[i + 1] == '\n' ? i + 2 : i + 1) - start;
        } else if (s->newline == NL_CR) {
            if (c == '\r') return i + 1 - start;
        } else if (s->newline == NL_CRLF) {
            if (c == '\r' && i + 1 < stop && s->buf[i + 1] == '\n') return i + 2 - start;
        } else if (c == '\n') {
            return i + 1 - start;
        }
    }
    return stop - start;
}

static gp_obj *sio_readline(MEMIO_ARGS) {
    stringio *s = (stringio *)self;
    gp_ssize limit;
    if (gp_args_no_kw(t, "readline", kw) < 0 || gp_args_count(t, "readline", nargs, 0, 1) < 0) return NULL;
    if (size_arg(t, args, nargs, &limit) < 0) return NULL;
    gp_obj_lock(self);
    gp_obj *r = NULL;
    if (sio_check(t, s) == 0) {
        gp_ssize n = sio_line_len(s, limit);
        r = cps_to_str(t, s->buf + s->pos, n);
        if (r) s->pos += n;
    }
    gp_obj_unlock(self);
    return r;
}

static gp_obj *sio_iternext(gp_thread *t, gp_obj *self) {
    stringio *s = (stringio *)self;
    gp_obj *r = NULL;
    gp_obj_lock(self);
    if (sio_check(t, s) == 0) {
        gp_ssize n = sio_line_len(s, -1);
        if (n > 0 && (r = cps_to_str(t, s->buf + s->pos, n))) s->pos += n;
    }
    gp_obj_unlock(self);
    return r;
}

static gp_obj *sio_readlines(MEMIO_ARGS) {
    stringio *s = (stringio *)self;
    gp_ssize hint;
    if (gp_args_no_kw(t, "readlines", kw) < 0 || gp_args_count(t, "readlines", nargs, 0, 1) < 0) return NULL;
    if (size_arg(t, args, nargs, &hint) < 0) return NULL;
    gp_obj *list = gp_list_new(t, 0);
    if (!list) return NULL;
    gp_ssize total = 0;
    gp_obj_lock(self);
    int r = sio_check(t, s);
    while (r == 0) {
        gp_ssize n = sio_line_len(s, -1);
        if (n == 0) break;
        gp_obj *line = cps_to_str(t, s->buf + s->pos, n);
        s->pos += n;
        if (!line || gp_list_append_steal(t, list, line) < 0) r = -1;
        total += n;
        if (hint > 0 && total >= hint) break;
    }
    gp_obj_unlock(self);
    if (r < 0) gp_clear(&list);
    return list;
}

static gp_obj *sio_tell(MEMIO_ARGS) {
    stringio *s = (stringio *)self;
    gp_obj_lock(self);
    gp_ssize pos = sio_check(t, s) < 0 ? -1 : s->pos;
    gp_obj_unlock(self);
    return pos < 0 ? NULL : gp_int_from_ssize(t, pos);
}

static gp_obj *sio_seek(MEMIO_ARGS) {
    stringio *s = (stringio *)self;
    if (gp_args_no_kw(t, "seek", kw) < 0 || gp_args_count(t, "seek", nargs, 1, 2) < 0) return NULL;
    gp_ssize pos, whence = 0;
    if (!gp_int_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    if (gp_int_as_ssize(t, args[0], &pos) < 0) return NULL;
    if (nargs > 1 && gp_int_as_ssize(t, args[1], &whence) < 0) return NULL;
    gp_obj_lock(self);
    int r = sio_check(t, s);
    gp_obj_unlock(self);
    if (r < 0) return NULL;
    if (whence < 0 || whence > 2)
        return gp_err_format(t, &gp_exc_ValueError, "Invalid whence (%zd, should be 0, 1 or 2)", whence);
    if (whence == 0 && pos < 0) return gp_err_format(t, &gp_exc_ValueError, "Negative seek position %zd", pos);
    if (whence == 1 && pos != 0) return gp_err_format(t, &gp_exc_OSError, "Can't do nonzero cur-relative seeks");
    if (whence == 2 && pos != 0) return gp_err_format(t, &gp_exc_OSError, "Can't do nonzero cur-relative seeks");
    gp_obj_lock(self);
    if (whence == 2) pos = s->len;
    else if (whence == 1) pos = s->pos;
    s->pos = pos;
    gp_obj_unlock(self);
    return gp_int_from_ssize(t, pos);
}

static gp_obj *sio_truncate(MEMIO_ARGS) {
    stringio *s = (stringio *)self;
    gp_ssize size;
    if (gp_args_no_kw(t, "truncate", kw) < 0 || gp_args_count(t, "truncate", nargs, 0, 1) < 0) return NULL;
    gp_obj_lock(self);
    int r = sio_check(t, s);
    gp_obj_unlock(self);
    if (r < 0) return NULL;
    int at_pos = nargs == 0 || args[0] == GP_NONE;
    size = -1;
    if (!at_pos && size_arg(t, args, nargs, &size) < 0) return NULL;
    gp_obj_lock(self);
    if (at_pos) size = s->pos;
    if (size >= 0 && size < s->len) s->len = size;
    gp_obj_unlock(self);
    if (size < 0) return gp_err_format(t, &gp_exc_ValueError, "Negative size value %zd", size);
    return gp_int_from_ssize(t, size);
}

/* Methods common to both kinds. */
static char *closed_flag(gp_obj *self) {
    return gp_type_is_subtype(gp_typeof(self), &gp_stringio_type) ? &((stringio *)self)->closed
                                                                  : &((bytesio *)self)->closed;
}

/* The flag is read without the object lock by these methods: relaxed
   atomic accesses keep that defined while close() runs in another thread. */
static int is_closed(gp_obj *self) { return __atomic_load_n(closed_flag(self), __ATOMIC_RELAXED); }

static gp_obj *m_close(MEMIO_ARGS) {
    __atomic_store_n(closed_flag(self), 1, __ATOMIC_RELAXED);
    return GP_NONE;
}

static gp_obj *m_get_closed(gp_thread *t, gp_obj *self, void *closure) {
    return gp_bool_from(is_closed(self));
}

static gp_obj *m_true_if_open(MEMIO_ARGS) {
    if (is_closed(self)) return closed_error(t);
    return GP_TRUE;
}

static gp_obj *m_false_if_open(MEMIO_ARGS) {
    if (is_closed(self)) return closed_error(t);
    return GP_FALSE;
}

static gp_obj *m_flush(MEMIO_ARGS) {
    if (is_closed(self)) return closed_error(t);
    return GP_NONE;
}

static gp_obj *m_fileno(MEMIO_ARGS) { return unsupported(t, "fileno"); }

static gp_obj *m_enter(MEMIO_ARGS) {
    if (is_closed(self)) return closed_error(t);
    return gp_newref(self);
}

static gp_obj *m_exit(MEMIO_ARGS) {
    __atomic_store_n(closed_flag(self), 1, __ATOMIC_RELAXED);
    return GP_NONE;
}

static gp_obj *m_iter(gp_thread *t, gp_obj *self) {
    if (is_closed(self)) return closed_error(t);
    return gp_newref(self);
}

/* writelines(lines): write() called for each item, so subclasses that
   override write see every piece. */
static gp_obj *m_writelines(MEMIO_ARGS) {
    if (gp_args_no_kw(t, "writelines", kw) < 0 || gp_args_count(t, "writelines", nargs, 1, 1) < 0) return NULL;
    if (is_closed(self)) return closed_error(t);
    gp_obj *it = gp_obj_getiter(t, args[0]);
    if (!it) return NULL;
    gp_obj *item;
    while ((item = gp_iter_next(t, it)) != NULL) {
        gp_obj *r = gp_call_method(t, self, "write", &item, 1);
        gp_decref(item);
        if (!r) {
            gp_decref(it);
            return NULL;
        }
        gp_decref(r);
    }
    gp_decref(it);
    if (gp_err_occurred(t)) return NULL;
    return GP_NONE;
}

static gp_obj *sio_get_newlines(gp_thread *t, gp_obj *self, void *closure) { return GP_NONE; }
static gp_obj *sio_get_line_buffering(gp_thread *t, gp_obj *self, void *closure) { return GP_FALSE; }

static const gp_method_def sio_methods[] = {
    {"getvalue", sio_getvalue, 0, "Retrieve the entire contents of the object."},
    {"read", sio_read, 0, "Read at most size characters, returned as a string."},
    {"readline", sio_readline, 0, "Read until newline or EOF."},
    {"readlines", sio_readlines, 0, "Return a list of lines from the stream."},
    {"write", sio_write, 0, "Write string to file."},
    {"writelines", m_writelines, 0, "Write a list of lines to stream."},
    {"seek", sio_seek, 0, "Change stream position."},
    {"tell", sio_tell, 0, "Tell the current file position."},
    {"truncate", sio_truncate, 0, "Truncate size to pos."},
    {"close", m_close, 0, "Close the IO object."},
    {"flush", m_flush, 0, "Does nothing."},
    {"readable", m_true_if_open, 0, "Returns True if the IO object can be read."},
    {"writable", m_true_if_open, 0, "Returns True if the IO object can be written."},
    {"seekable", m_true_if_open, 0, "Returns True if the IO object can be seeked."},
    {"isatty", m_false_if_open, 0, "Always False."},
    {"fileno", m_fileno, 0, "Not supported."},
    {"__enter__", m_enter, 0, NULL},
    {"__exit__", m_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const gp_getset_def sio_getset[] = {
    {"closed", m_get_closed, NULL, NULL, NULL},
    {"newlines", sio_get_newlines, NULL, NULL, NULL},
    {"line_buffering", sio_get_line_buffering, NULL, NULL, NULL},
    {"encoding", sio_get_newlines, NULL, NULL, NULL},
    {"errors", sio_get_newlines, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

gp_type gp_stringio_type = {GP_TYPE_HEAD,
                            .name = "_io.StringIO",
                            .basicsize = sizeof(stringio),
                            .flags = GP_TPFLAGS_BASETYPE,
                            .dealloc = sio_dealloc,
                            .new_ = sio_new,
                            .init = sio_init,
                            .iter = m_iter,
                            .iternext = sio_iternext,
                            .methods = sio_methods,
                            .getset = sio_getset,
                            .dictoffset = offsetof(stringio, dict),
                            .doc = "Text I/O implementation using an in-memory buffer."};

/* ----------------------------------------------------------------- BytesIO */

/* Free-threaded build: every method holds the object lock while it reads
   or changes the buffer, the length, the position or the closed flag, so
   that each call is one step, as under the GIL.  The arguments are parsed
   and the buffers of other objects obtained before the lock is taken, and
   the instance dict is changed after it is dropped, since those may run
   code. */

static int bio_check(gp_thread *t, bytesio *b) {
    if (b->closed) {
        closed_error(t);
        return -1;
    }
    return 0;
}

/* While getbuffer() views exist the contents may neither move nor change
   size: writes, truncate and close raise BufferError, as in CPython. */
static int bio_check_exports_locked(gp_thread *t, bytesio *b) {
    if (b->exports <= 0) return 0;
    gp_err_set_str(t, &gp_exc_BufferError, "Existing exports of data: object cannot be re-sized");
    return -1;
}

static int bio_getbuffer(gp_thread *t, gp_obj *self, gp_buffer *view, int flags) {
    bytesio *b = (bytesio *)self;
    gp_obj_lock(self);
    int r = bio_check(t, b);
    if (r == 0) r = gp_buffer_fill(t, view, self, b->buf, b->len, 0, flags);
    if (r == 0) b->exports++;
    gp_obj_unlock(self);
    return r;
}

static void bio_releasebuffer(gp_obj *self, gp_buffer *view) {
    gp_obj_lock(self);
    ((bytesio *)self)->exports--;
    gp_obj_unlock(self);
}

static gp_buffer_procs bio_as_buffer = {bio_getbuffer, bio_releasebuffer};

static int bio_put_locked(gp_thread *t, bytesio *b, const char *data, gp_ssize n) {
    if (bio_check_exports_locked(t, b) < 0) return -1;
    if (n == 0) return 0;
    gp_ssize end = b->pos + n;
    if (grow(t, (void **)&b->buf, &b->cap, end, 1) < 0) return -1;
    if (b->pos > b->len) memset(b->buf + b->len, 0, (size_t)(b->pos - b->len));
    memmove(b->buf + b->pos, data, (size_t)n);
    b->pos = end;
    if (end > b->len) b->len = end;
    return 0;
}

/* The contents become data (n bytes) with the position at 0. */
static int bio_reset_locked(gp_thread *t, bytesio *b, const char *data, gp_ssize n) {
    if (bio_check_exports_locked(t, b) < 0) return -1;
    b->len = b->pos = 0;
    if (bio_put_locked(t, b, data, n) < 0) return -1;
    b->pos = 0;
    return 0;
}

static int bio_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    static const char *const names[] = {"initial_bytes", NULL};
    static const gp_argspec spec = {"BytesIO", names, 0, -1};
    gp_obj *a[1];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return -1;
    bytesio *b = (bytesio *)self;
    const char *data = "";
    gp_ssize n = 0;
    if (a[0] && a[0] != GP_NONE && gp_bytes_like(t, a[0], &data, &n) < 0) return -1;
    gp_obj_lock(self);
    int r = bio_reset_locked(t, b, data, n);
    if (r == 0) __atomic_store_n(&b->closed, 0, __ATOMIC_RELAXED);
    gp_obj_unlock(self);
    return r;
}

static void bio_dealloc(gp_obj *self) {
    bytesio *b = (bytesio *)self;
    gp_mem_free(b->buf);
    gp_xdecref(b->dict);
    gp_obj_free(self);
}

static gp_obj *bio_getvalue(MEMIO_ARGS) {
    bytesio *b = (bytesio *)self;
    gp_obj_lock(self);
    gp_obj *r = bio_check(t, b) < 0 ? NULL : gp_bytes_new(t, b->buf ? b->buf : "", b->len);
    gp_obj_unlock(self);
    return r;
}

static gp_obj *bio_write(MEMIO_ARGS) {
    bytesio *b = (bytesio *)self;
    if (gp_args_no_kw(t, "write", kw) < 0 || gp_args_count(t, "write", nargs, 1, 1) < 0) return NULL;
    if (gp_str_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "a bytes-like object is required, not '%T'", args[0]);
    const char *data;
    gp_ssize n;
    if (gp_bytes_like(t, args[0], &data, &n) < 0) return NULL;
    gp_obj_lock(self);
    int r = bio_check(t, b);
    if (r == 0) r = bio_put_locked(t, b, data, n);
    gp_obj_unlock(self);
    return r < 0 ? NULL : gp_int_from_ssize(t, n);
}

static gp_obj *bio_take_locked(gp_thread *t, bytesio *b, gp_ssize n) {
    gp_ssize avail = b->len > b->pos ? b->len - b->pos : 0;
    if (n < 0 || n > avail) n = avail;
    gp_obj *r = gp_bytes_new(t, n ? b->buf + b->pos : "", n);
    if (r) b->pos += n;
    return r;
}

static gp_obj *bio_read(MEMIO_ARGS) {
    bytesio *b = (bytesio *)self;
    gp_ssize n;
    if (gp_args_no_kw(t, "read", kw) < 0 || gp_args_count(t, "read", nargs, 0, 1) < 0) return NULL;
    if (size_arg(t, args, nargs, &n) < 0) return NULL;
    gp_obj_lock(self);
    gp_obj *r = bio_check(t, b) < 0 ? NULL : bio_take_locked(t, b, n);
    gp_obj_unlock(self);
    return r;
}

static gp_ssize bio_line_len_locked(bytesio *b, gp_ssize limit) {
    if (b->pos >= b->len) return 0;
    gp_ssize avail = b->len - b->pos;
    if (limit >= 0 && limit < avail) avail = limit;
    const char *nl = memchr(b->buf + b->pos, '\n', (size_t)avail);
    return nl ? nl - (b->buf + b->pos) + 1 : avail;
}

static gp_obj *bio_readline(MEMIO_ARGS) {
    bytesio *b = (bytesio *)self;
    gp_ssize limit;
    if (gp_args_no_kw(t, "readline", kw) < 0 || gp_args_count(t, "readline", nargs, 0, 1) < 0) return NULL;
    if (size_arg(t, args, nargs, &limit) < 0) return NULL;
    gp_obj_lock(self);
    gp_obj *r = bio_check(t, b) < 0 ? NULL : bio_take_locked(t, b, bio_line_len_locked(b, limit));
    gp_obj_unlock(self);
    return r;
}

static gp_obj *bio_iternext(gp_thread *t, gp_obj *self) {
    bytesio *b = (bytesio *)self;
    gp_obj *r = NULL;
    gp_obj_lock(self);
    if (bio_check(t, b) == 0) {
        gp_ssize n = bio_line_len_locked(b, -1);
        if (n > 0) r = bio_take_locked(t, b, n);
    }
    gp_obj_unlock(self);
    return r;
}

static gp_obj *bio_readlines(MEMIO_ARGS) {
    bytesio *b = (bytesio *)self;
    gp_ssize hint;
    if (gp_args_no_kw(t, "readlines", kw) < 0 || gp_args_count(t, "readlines", nargs, 0, 1) < 0) return NULL;
    if (size_arg(t, args, nargs, &hint) < 0) return NULL;
    gp_obj *list = gp_list_new(t, 0);
    if (!list) return NULL;
    gp_ssize total = 0;
    gp_obj_lock(self);
    int r = bio_check(t, b);
    while (r == 0) {
        gp_ssize n = bio_line_len_locked(b, -1);
        if (n == 0) break;
        gp_obj *line = bio_take_locked(t, b, n);
        if (!line || gp_list_append_steal(t, list, line) < 0) r = -1;
        total += n;
        if (hint > 0 && total >= hint) break;
    }
    gp_obj_unlock(self);
    if (r < 0) gp_clear(&list);
    return list;
}

static gp_obj *bio_readinto(MEMIO_ARGS) {
    bytesio *b = (bytesio *)self;
    if (gp_args_no_kw(t, "readinto", kw) < 0 || gp_args_count(t, "readinto", nargs, 1, 1) < 0) return NULL;
    gp_obj_lock(self);
    int closed = bio_check(t, b);
    gp_obj_unlock(self);
    if (closed < 0) return NULL;
    gp_buffer view;
    if (!gp_buffer_check(args[0]) || gp_buffer_get(t, args[0], &view, GP_BUF_WRITABLE) < 0) {
        gp_err_clear(t);
        return gp_err_format(t, &gp_exc_TypeError,
                             "readinto() argument must be read-write bytes-like object, not %T",
                             args[0]);
    }
    gp_ssize n = -1;
    gp_obj_lock(self);
    if (bio_check(t, b) == 0) {
        gp_ssize avail = b->len > b->pos ? b->len - b->pos : 0;
        n = view.len < avail ? view.len : avail;
        /* The target may be a view of this very buffer. */
        if (n) memmove(view.buf, b->buf + b->pos, (size_t)n);
        b->pos += n;
    }
    gp_obj_unlock(self);
    gp_buffer_release(&view);
    return n < 0 ? NULL : gp_int_from_ssize(t, n);
}

static gp_obj *bio_tell(MEMIO_ARGS) {
    bytesio *b = (bytesio *)self;
    gp_obj_lock(self);
    gp_ssize pos = bio_check(t, b) < 0 ? -1 : b->pos;
    gp_obj_unlock(self);
    return pos < 0 ? NULL : gp_int_from_ssize(t, pos);
}

static gp_obj *bio_seek(MEMIO_ARGS) {
    bytesio *b = (bytesio *)self;
    if (gp_args_no_kw(t, "seek", kw) < 0 || gp_args_count(t, "seek", nargs, 1, 2) < 0) return NULL;
    gp_ssize pos, whence = 0;
    if (!gp_int_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    if (gp_int_as_ssize(t, args[0], &pos) < 0) return NULL;
    if (nargs > 1 && gp_int_as_ssize(t, args[1], &whence) < 0) return NULL;
    gp_obj_lock(self);
    int r = bio_check(t, b);
    if (r < 0) {
    } else if (whence == 0) {
        if (pos < 0) {
            gp_err_format(t, &gp_exc_ValueError, "negative seek value %zd", pos);
            r = -1;
        }
    } else if (whence == 1) {
        pos = b->pos + pos;
    } else if (whence == 2) {
        pos = b->len + pos;
    } else {
        gp_err_format(t, &gp_exc_ValueError, "invalid whence (%zd, should be 0, 1 or 2)", whence);
        r = -1;
    }
    if (r == 0) {
        if (pos < 0) pos = 0;
        b->pos = pos;
    }
    gp_obj_unlock(self);
    return r < 0 ? NULL : gp_int_from_ssize(t, pos);
}

static gp_obj *bio_truncate(MEMIO_ARGS) {
    bytesio *b = (bytesio *)self;
    gp_ssize size = -1;
    if (gp_args_no_kw(t, "truncate", kw) < 0 || gp_args_count(t, "truncate", nargs, 0, 1) < 0) return NULL;
    int at_pos = nargs == 0 || args[0] == GP_NONE;
    if (!at_pos && size_arg(t, args, nargs, &size) < 0) return NULL;
    gp_obj_lock(self);
    int r = bio_check(t, b);
    if (r == 0 && at_pos) size = b->pos;
    if (r == 0 && size < 0) {
        gp_err_format(t, &gp_exc_ValueError, "negative size value %zd", size);
        r = -1;
    }
    if (r == 0) r = bio_check_exports_locked(t, b);
    if (r == 0 && size < b->len) b->len = size;
    gp_obj_unlock(self);
    return r < 0 ? NULL : gp_int_from_ssize(t, size);
}

static gp_obj *bio_getbuffer_m(MEMIO_ARGS) {
    if (gp_args_no_kw(t, "getbuffer", kw) < 0 || gp_args_count(t, "getbuffer", nargs, 0, 0) < 0)
        return NULL;
    /* The view checks that the file is open when it takes its buffer. */
    return gp_memoryview_new(t, self);
}

static gp_obj *bio_close(MEMIO_ARGS) {
    bytesio *b = (bytesio *)self;
    gp_obj_lock(self);
    int r = bio_check_exports_locked(t, b);
    if (r == 0) __atomic_store_n(&b->closed, 1, __ATOMIC_RELAXED);
    gp_obj_unlock(self);
    return r < 0 ? NULL : GP_NONE;
}

static gp_obj *bio_exit(MEMIO_ARGS) { return bio_close(t, self, NULL, 0, NULL); }

/* __getstate__: (contents, position, a copy of the instance dict or None). */
static gp_obj *bio_getstate(MEMIO_ARGS) {
    bytesio *b = (bytesio *)self;
    if (gp_args_no_kw(t, "__getstate__", kw) < 0 || gp_args_count(t, "__getstate__", nargs, 0, 0) < 0)
        return NULL;
    gp_obj *value = NULL, *dict = NULL, *res = NULL, *pos = NULL;
    gp_ssize at = 0;
    gp_obj_lock(self);
    if (bio_check(t, b) == 0) {
        value = gp_bytes_new(t, b->buf ? b->buf : "", b->len);
        at = b->pos;
        dict = gp_xnewref(b->dict);
    }
    gp_obj_unlock(self);
    if (!value) goto done;
    if (dict) {
        gp_obj *copy = gp_dict_copy(t, dict);
        gp_setref_steal(&dict, copy);
        if (!dict) goto done;
    }
    if ((pos = gp_int_from_ssize(t, at))) res = gp_tuple_pack(t, 3, value, pos, dict ? dict : GP_NONE);
done:
    gp_xdecref(value);
    gp_xdecref(pos);
    gp_xdecref(dict);
    return res;
}

/* __setstate__((contents, position, dict or None)), in CPython's order of
   steps and with its messages. */
static gp_obj *bio_setstate(MEMIO_ARGS) {
    bytesio *b = (bytesio *)self;
    if (gp_args_no_kw(t, "__setstate__", kw) < 0 || gp_args_count(t, "__setstate__", nargs, 1, 1) < 0)
        return NULL;
    gp_obj *state = args[0];
    if (!gp_tuple_check(state) || gp_tuple_size(state) < 3)
        return gp_err_format(t, &gp_exc_TypeError, "%s.__setstate__ argument should be 3-tuple, got %s",
                             gp_typeof(self)->name, gp_type_name(gp_typeof(state)));
    gp_obj *value = gp_tuple_items(state)[0], *posobj = gp_tuple_items(state)[1],
           *dict = gp_tuple_items(state)[2];
    /* Emptied first, then written: a value that is not bytes-like leaves
       the file empty, as in CPython. */
    gp_obj_lock(self);
    int r = bio_reset_locked(t, b, "", 0);
    gp_obj_unlock(self);
    if (r < 0) return NULL;
    gp_obj *w = bio_write(t, self, &value, 1, NULL);
    if (!w) return NULL;
    gp_decref(w);
    if (!gp_int_check(posobj))
        return gp_err_format(t, &gp_exc_TypeError, "second item of state must be an integer, not %s",
                             gp_type_name(gp_typeof(posobj)));
    gp_ssize pos;
    if (gp_int_as_ssize(t, posobj, &pos) < 0) return NULL;
    if (pos < 0) return gp_err_format(t, &gp_exc_ValueError, "position value cannot be negative");
    gp_obj_lock(self);
    b->pos = pos;
    gp_obj_unlock(self);
    if (dict == GP_NONE) return GP_NONE;
    if (!gp_dict_check(dict))
        return gp_err_format(t, &gp_exc_TypeError, "third item of state should be a dict, got a %s",
                             gp_type_name(gp_typeof(dict)));
    gp_obj_lock(self);
    gp_obj *own = gp_xnewref(b->dict);
    if (!own) b->dict = gp_newref(dict);
    gp_obj_unlock(self);
    if (own) {
        int u = gp_dict_update(t, own, dict);
        gp_decref(own);
        if (u < 0) return NULL;
    }
    return GP_NONE;
}

static const gp_method_def bio_methods[] = {
    {"getbuffer", bio_getbuffer_m, 0, "Get a read-write view over the contents of the BytesIO object."},
    {"getvalue", bio_getvalue, 0, "Retrieve the entire contents of the BytesIO object."},
    {"read", bio_read, 0, "Read at most size bytes, returned as a bytes object."},
    {"read1", bio_read, 0, "Read at most size bytes, returned as a bytes object."},
    {"readline", bio_readline, 0, "Next line from the file, as a bytes object."},
    {"readlines", bio_readlines, 0, "List of bytes objects, each a line from the file."},
    {"readinto", bio_readinto, 0, "Read bytes into buffer."},
    {"write", bio_write, 0, "Write bytes to file."},
    {"writelines", m_writelines, 0, "Write lines to the file."},
    {"seek", bio_seek, 0, "Change stream position."},
    {"tell", bio_tell, 0, "Current file position, an integer."},
    {"truncate", bio_truncate, 0, "Truncate the file to at most size bytes."},
    {"close", bio_close, 0, "Disable all I/O operations."},
    {"flush", m_flush, 0, "Does nothing."},
    {"readable", m_true_if_open, 0, "Returns True if the IO object can be read."},
    {"writable", m_true_if_open, 0, "Returns True if the IO object can be written."},
    {"seekable", m_true_if_open, 0, "Returns True if the IO object can be seeked."},
    {"isatty", m_false_if_open, 0, "Always False."},
    {"fileno", m_fileno, 0, "Not supported."},
    {"__enter__", m_enter, 0, NULL},
    {"__exit__", bio_exit, 0, NULL},
    {"__getstate__", bio_getstate, 0, NULL},
    {"__setstate__", bio_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const gp_getset_def bio_getset[] = {
    {"closed", m_get_closed, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

gp_type gp_bytesio_type = {GP_TYPE_HEAD,
                           .name = "_io.BytesIO",
                           .basicsize = sizeof(bytesio),
                           .flags = GP_TPFLAGS_BASETYPE,
                           .dealloc = bio_dealloc,
                           .new_ = sio_new,
                           .init = bio_init,
                           .iter = m_iter,
                           .iternext = bio_iternext,
                           .as_buffer = &bio_as_buffer,
                           .methods = bio_methods,
                           .getset = bio_getset,
                           .dictoffset = offsetof(bytesio, dict),
                           .doc = "Buffered I/O implementation using an in-memory bytes buffer."};

gp_obj *gp_mod_memio_init(gp_thread *t) {
    if (gp_type_ready(t, &gp_stringio_type) < 0 || gp_type_ready(t, &gp_bytesio_type) < 0) return NULL;
    gp_obj *m = gp_module_new(t, "_memio");
    if (!m) return NULL;
    if (gp_module_add_object(t, m, "StringIO", (gp_obj *)&gp_stringio_type) < 0 ||
        gp_module_add_object(t, m, "BytesIO", (gp_obj *)&gp_bytesio_type) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
