/* File objects: open(), sys.stdin/stdout/stderr.

   One C structure serves text files (_io.TextIOWrapper) and binary files
   (_io.BufferedReader/Writer/Random): a descriptor with a read buffer and a
   write buffer.  Text files decode on the way out of the read buffer and
   translate \r\n and \r to \n as they fill it (universal newlines); they
   encode on the way into the write buffer.

   Threads: the buffers and positions change only under the file's object
   lock (runtime/objlock.h), and never while a system call runs or text is
   decoded: a flush detaches the write buffer before writing it out, a
   read fills a local chunk before appending it, and text is decoded from
   bytes taken out of the read buffer.  So concurrent writes and reads
   never tear the buffers (the lock does nothing with the GIL, which
   serves the same end).  `closed` is read without the lock. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gil.h"
#include "runtime/objlock.h"

#define WBUF_SIZE 8192
#define RBUF_CHUNK 65536

typedef struct {
    gp_obj base;
    int fd;
    char readable, writable, appending, binary, closefd, closed, seekable;
    char line_buffering; /* 0 block, 1 flush at newline, 2 write through */
    char at_eof;
    char pending_cr;     /* text: the last chunk read ended in \r */
    char newline;        /* text: NL_UNIVERSAL (newline=None), NL_UNTRANSLATED ('')
                            or the one line ending in use: NL_LF, NL_CR, NL_CRLF */
    gp_obj *name;
    gp_obj *mode;
    gp_obj *encoding;    /* str, text files only */
    gp_obj *errors;
    gp_obj *dict;
    /* A text file's binary twin (its .buffer), made on first use and owned
       by the text file; the twin points back at its text file (borrowed:
       the text file clears it before it goes). */
    gp_obj *twin;
    char is_twin;
    char *wbuf;
    gp_ssize wlen;
    char *rbuf;
    gp_ssize rpos, rlen, rcap;
} gp_file;

enum { NL_UNIVERSAL, NL_UNTRANSLATED, NL_LF, NL_CR, NL_CRLF };

extern gp_type gp_textio_type, gp_bufreader_type, gp_bufwriter_type, gp_bufrandom_type;

/* io.UnsupportedOperation, made at start-up as a subclass of OSError and
   ValueError and kept in the sys module's dict under a private name. */
static gp_type *unsupported_type(gp_thread *t) {
    gp_obj *u = gp_sys_get_borrow(t, "_io_UnsupportedOperation");
    return u ? (gp_type *)u : &gp_exc_OSError;
}

static int make_unsupported_type(gp_thread *t, gp_obj *sysmod) {
    gp_obj *bases = gp_tuple_pack(t, 2, (gp_obj *)&gp_exc_OSError, (gp_obj *)&gp_exc_ValueError);
    gp_obj *ns = gp_dict_new(t);
    gp_obj *mod = gp_str_from_cstr(t, "io");
    gp_obj *type = NULL;
    if (bases && ns && mod && gp_dict_set_str(t, ns, "__module__", mod) == 0)
        type = gp_type_new_heap(t, &gp_type_type, "UnsupportedOperation", bases, ns);
    gp_xdecref(bases);
    gp_xdecref(ns);
    gp_xdecref(mod);
    if (!type) return -1;
    int rc = gp_module_add_object(t, sysmod, "_io_UnsupportedOperation", type);
    gp_decref(type);
    return rc;
}

static void *closed_error(gp_thread *t) {
    return gp_err_format(t, &gp_exc_ValueError, "I/O operation on closed file.");
}

static int is_closed(gp_file *f) { return __atomic_load_n(&f->closed, __ATOMIC_RELAXED); }

static int check_open(gp_thread *t, gp_file *f) {
    if (is_closed(f)) {
        closed_error(t);
        return -1;
    }
    return 0;
}

static int check_readable(gp_thread *t, gp_file *f) {
    if (check_open(t, f) < 0) return -1;
    if (!f->readable) {
        gp_err_format(t, unsupported_type(t), f->binary ? "read" : "not readable");
        return -1;
    }
    return 0;
}

static int check_writable(gp_thread *t, gp_file *f) {
    if (check_open(t, f) < 0) return -1;
    if (!f->writable) {
        gp_err_format(t, unsupported_type(t), f->binary ? "write" : "not writable");
        return -1;
    }
    return 0;
}

static int errno_error(gp_thread *t) {
    gp_err_from_errno(t, &gp_exc_OSError, NULL);
    return -1;
}

/* Write all of data to fd with the GIL released; returns how much was
   written and sets *err to the errno that stopped it (0 when all went). */
static gp_ssize write_all(int fd, const char *data, gp_ssize n, int *err) {
    gp_ssize off = 0;
    *err = 0;
    GP_BEGIN_ALLOW_THREADS
    while (off < n) {
        ssize_t w = write(fd, data + off, (size_t)(n - off));
        if (w < 0) {
            if (errno == EINTR) continue;
            *err = errno;
            break;
        }
        off += w;
    }
    GP_END_ALLOW_THREADS
    return off;
}

/* The buffer is detached from the file while it is written out with the
   GIL released (or without the object lock): threads writing to the same
   file meanwhile fill a new one instead of changing the bytes under the
   system call. */
static int flush_wbuf(gp_thread *t, gp_file *f) {
    gp_obj *self = &f->base;
    gp_obj_lock(self);
    char *buf = f->wbuf;
    gp_ssize len = f->wlen;
    if (len > 0) {
        f->wbuf = NULL;
        f->wlen = 0;
    }
    gp_obj_unlock(self);
    if (len == 0) return 0;
    int err;
    gp_ssize off = write_all(f->fd, buf, len, &err);
    char *spare = NULL;
    gp_obj_lock(self);
    if (err) {
        /* Keep what was not written so that a later flush may retry. */
        gp_ssize rest = len - off;
        if (!f->wbuf) {
            memmove(buf, buf + off, (size_t)rest);
            f->wbuf = buf;
            f->wlen = rest;
        } else {
            if (f->wlen + rest <= WBUF_SIZE) {
                memmove(f->wbuf + rest, f->wbuf, (size_t)f->wlen);
                memcpy(f->wbuf, buf + off, (size_t)rest);
                f->wlen += rest;
            }
            spare = buf;
        }
    } else if (!f->wbuf) {
        f->wbuf = buf;
    } else {
        spare = buf;
    }
    gp_obj_unlock(self);
    gp_mem_free(spare);
    if (err) {
        errno = err;
        return errno_error(t);
    }
    return 0;
}

static int buffer_write(gp_thread *t, gp_file *f, const char *data, gp_ssize n) {
    if (n > WBUF_SIZE) {
        if (flush_wbuf(t, f) < 0) return -1;
        int err;
        write_all(f->fd, data, n, &err);
        if (err) {
            errno = err;
            return errno_error(t);
        }
        return 0;
    }
    gp_obj *self = &f->base;
    int full, nomem = 0, flush = 0;
    do {
        /* A flush runs without the lock: another thread may have filled
           the buffer again by the time it returns. */
        gp_obj_lock(self);
        full = f->wlen + n > WBUF_SIZE;
        if (!full) {
            if (!f->wbuf) f->wbuf = gp_mem_alloc(WBUF_SIZE);
            if (!f->wbuf) {
                nomem = 1;
            } else {
                memcpy(f->wbuf + f->wlen, data, (size_t)n);
                f->wlen += n;
                flush = f->line_buffering == 2 ||
                        (f->line_buffering == 1 && memchr(data, '\n', (size_t)n));
            }
        }
        gp_obj_unlock(self);
        if (full && flush_wbuf(t, f) < 0) return -1;
    } while (full);
    if (nomem) {
        gp_err_nomemory(t);
        return -1;
    }
    return flush ? flush_wbuf(t, f) : 0;
}

static gp_ssize pending_writes(gp_file *f) {
    gp_obj_lock(&f->base);
    gp_ssize n = f->wlen;
    gp_obj_unlock(&f->base);
    return n;
}

/* A text file and its .buffer write to one descriptor through two
   buffers, which play the parts of CPython's pending text and binary
   buffer: text reaches the binary layer only when it is flushed (or
   written through), so a text write or flush first pushes out what the
   binary twin holds, while a binary write leaves pending text where it is.
   The bytes reach the descriptor in the order CPython's do. */
/* Give back bytes read ahead but not consumed: the descriptor moves back
   to where the reader is, so that a write (or the text layer above) goes
   on from there, as CPython's buffered binary files do.  Text files keep
   their read-ahead, as CPython's text layer does (a write after a read
   lands after what the text layer has taken in).  A descriptor that
   cannot seek (a pipe, a terminal) keeps it too. */
static void drop_readahead(gp_file *f) {
    gp_obj *self = &f->base;
    gp_obj_lock(self);
    gp_ssize ahead = f->rlen - f->rpos;
    if (ahead > 0 && lseek(f->fd, -(off_t)ahead, SEEK_CUR) >= 0) {
        f->rpos = f->rlen = 0;
        f->at_eof = 0;
        f->pending_cr = 0;
    }
    gp_obj_unlock(self);
}

static int sync_twin(gp_thread *t, gp_file *f) {
    gp_file *other = (gp_file *)f->twin;
    if (!other || is_closed(other)) return 0;
    if (other->binary) drop_readahead(other);
    if (!pending_writes(other)) return 0;
    return flush_wbuf(t, other);
}

/* Before reading, anything written must reach the descriptor. */
static int prepare_read(gp_thread *t, gp_file *f) {
    if (check_readable(t, f) < 0) return -1;
    if (sync_twin(t, f) < 0) return -1;
    if (pending_writes(f) && flush_wbuf(t, f) < 0) return -1;
    /* Reading stdin flushes stdout first, as an interactive prompt needs. */
    if (f->fd == 0) gp_sys_flush(t);
    return 0;
}

/* Append raw bytes to the read buffer; text files translate newlines.
   Called with the object lock held. */
static int append_raw_locked(gp_thread *t, gp_file *f, const char *data, gp_ssize n) {
    if (f->rpos > 0 && f->rpos == f->rlen) f->rpos = f->rlen = 0;
    if (f->rlen + n + 1 > f->rcap) {
        if (f->rpos > 0) {
            memmove(f->rbuf, f->rbuf + f->rpos, (size_t)(f->rlen - f->rpos));
            f->rlen -= f->rpos;
            f->rpos = 0;
        }
        if (f->rlen + n + 1 > f->rcap) {
            gp_ssize cap = f->rcap ? f->rcap : RBUF_CHUNK;
            while (cap < f->rlen + n + 1) cap *= 2;
            char *nb = gp_mem_realloc(f->rbuf, (size_t)cap);
            if (!nb) {
                gp_err_nomemory(t);
                return -1;
            }
            f->rbuf = nb;
            f->rcap = cap;
        }
    }
    char *out = f->rbuf + f->rlen;
    if (f->binary || f->newline != NL_UNIVERSAL) {
        memcpy(out, data, (size_t)n);
        f->rlen += n;
        return 0;
    }
    gp_ssize j = 0;
    for (gp_ssize i = 0; i < n; i++) {
        char c = data[i];
        if (f->pending_cr) {
            f->pending_cr = 0;
            if (c == '\n') continue;
        }
        if (c == '\r') {
            out[j++] = '\n';
            f->pending_cr = 1;
        } else {
            out[j++] = c;
        }
    }
    f->rlen += j;
    return 0;
}

/* Read one more chunk from the descriptor; returns 0 at end of file. */
static int fill(gp_thread *t, gp_file *f) {
    gp_obj_lock(&f->base);
    int eof = f->at_eof;
    gp_obj_unlock(&f->base);
    if (eof) return 0;
    char chunk[RBUF_CHUNK];
    ssize_t n;
    /* A signal interrupts the read: its Python handler runs (PEP 475), and
       Ctrl-C or a handler that raises ends the read with that exception. */
    for (;;) {
        GP_BEGIN_ALLOW_THREADS
        n = read(f->fd, chunk, sizeof chunk);
        GP_END_ALLOW_THREADS
        if (n >= 0 || errno != EINTR) break;
        if (gp_signal_check(t) < 0 || gp_signals_check(t) < 0) return -1;
    }
    if (n < 0) return errno_error(t);
    if (n == 0) {
        /* A tty may give more after an end-of-file; a file will not. */
        if (!isatty(f->fd)) {
            gp_obj_lock(&f->base);
            f->at_eof = 1;
            gp_obj_unlock(&f->base);
        }
        return 0;
    }
    gp_obj_lock(&f->base);
    int r = append_raw_locked(t, f, chunk, n);
    gp_obj_unlock(&f->base);
    return r < 0 ? -1 : 1;
}

/* Turn bytes taken from the read buffer into the object read() returns. */
static gp_obj *make_result(gp_thread *t, gp_file *f, gp_obj *raw) {
    if (!raw || f->binary) return raw;
    gp_obj *r = gp_str_decode(t, gp_bytes_data(raw), gp_bytes_size(raw), gp_str_utf8(f->encoding),
                              f->errors ? gp_str_utf8(f->errors) : "strict");
    gp_decref(raw);
    return r;
}

static int is_utf8(gp_file *f) {
    const char *e = gp_str_utf8(f->encoding);
    return strcmp(e, "utf-8") == 0 || strcmp(e, "UTF-8") == 0 || strcmp(e, "utf8") == 0;
}

/* Bytes that make up `chars` characters from the read buffer, or -1 if the
   buffer does not hold that many yet. */
static gp_ssize bytes_for_chars(gp_file *f, gp_ssize chars) {
    if (f->binary || !is_utf8(f)) {
        gp_ssize avail = f->rlen - f->rpos;
        return avail >= chars ? chars : -1;
    }
    gp_ssize i = f->rpos, seen = 0;
    while (i < f->rlen) {
        unsigned char c = (unsigned char)f->rbuf[i];
        gp_ssize len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (c >= 0x80 && c < 0xC0) len = 1;
        if (seen == chars) return i - f->rpos;
        if (i + len > f->rlen) return -1;
        i += len;
        seen++;
    }
    return seen == chars ? i - f->rpos : -1;
}

/* The next n bytes of the read buffer, consumed, as bytes (decode them
   with make_result once the lock is dropped). */
static gp_obj *take_locked(gp_thread *t, gp_file *f, gp_ssize n) {
    gp_obj *r = gp_bytes_new(t, n ? f->rbuf + f->rpos : "", n);
    if (r) f->rpos += n;
    return r;
}

static gp_obj *file_read(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_file *f = (gp_file *)self;
    if (gp_args_count(t, "read", nargs, 0, 1) < 0) return NULL;
    gp_ssize size = -1;
    if (nargs == 1 && args[0] != GP_NONE && gp_number_as_ssize(t, args[0], &gp_exc_OverflowError, &size) < 0)
        return NULL;
    if (prepare_read(t, f) < 0) return NULL;
    gp_obj *raw;
    if (size < 0) {
        int r;
        while ((r = fill(t, f)) > 0) {}
        if (r < 0) return NULL;
        gp_obj_lock(self);
        raw = take_locked(t, f, f->rlen - f->rpos);
        gp_obj_unlock(self);
        return make_result(t, f, raw);
    }
    for (;;) {
        gp_obj_lock(self);
        gp_ssize nbytes = bytes_for_chars(f, size);
        raw = nbytes >= 0 ? take_locked(t, f, nbytes) : NULL;
        gp_obj_unlock(self);
        if (nbytes >= 0) return make_result(t, f, raw);
        int r = fill(t, f);
        if (r < 0) return NULL;
        if (r == 0) break;
    }
    gp_obj_lock(self);
    raw = take_locked(t, f, f->rlen - f->rpos);
    gp_obj_unlock(self);
    return make_result(t, f, raw);
}

/* readinto(b) of binary files: fill a writable buffer from the read
   buffer and the descriptor until it is full or the file ends.  The buffer
   is held meanwhile, so a bytearray cannot be resized under it. */
static gp_obj *file_readinto(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kw) {
    gp_file *f = (gp_file *)self;
    if (gp_args_no_kw(t, "readinto", kw) < 0 || gp_args_count(t, "readinto", nargs, 1, 1) < 0)
        return NULL;
    if (!f->binary) return gp_err_format(t, unsupported_type(t), "readinto");
    gp_buffer view;
    if (!gp_buffer_check(args[0]) || gp_buffer_get(t, args[0], &view, GP_BUF_WRITABLE) < 0) {
        gp_err_clear(t);
        return gp_err_format(t, &gp_exc_TypeError,
                             "readinto() argument must be read-write bytes-like object, not %T",
                             args[0]);
    }
    gp_obj *r = NULL;
    if (prepare_read(t, f) < 0) goto done;
    for (;;) {
        gp_obj_lock(self);
        int enough = f->rlen - f->rpos >= view.len;
        gp_obj_unlock(self);
        if (enough) break;
        int got = fill(t, f);
        if (got < 0) goto done;
        if (got == 0) break;
    }
    gp_obj_lock(self);
    gp_ssize n = f->rlen - f->rpos;
    if (n > view.len) n = view.len;
    memcpy(view.buf, f->rbuf + f->rpos, (size_t)n);
    f->rpos += n;
    gp_obj_unlock(self);
    r = gp_int_from_ssize(t, n);
done:
    gp_buffer_release(&view);
    return r;
}

/* Where the line starting at the reader's position ends (just past its
   line ending), or -1 if the buffer does not show it yet. */
static gp_ssize find_eol(gp_file *f) {
    const char *p = f->rbuf + f->rpos;
    gp_ssize n = f->rlen - f->rpos;
    char nl = f->binary || f->newline == NL_UNIVERSAL || f->newline == NL_LF ? '\n' : '\r';
    if (f->newline != NL_UNTRANSLATED || f->binary) {
        for (gp_ssize i = 0; i < n; i++) {
            if (p[i] != nl) continue;
            if (f->newline == NL_CRLF && !f->binary) {
                if (i + 1 == n) return -1;
                if (p[i + 1] != '\n') continue;
                return i + 2;
            }
            return i + 1;
        }
        return -1;
    }
    /* newline='': any of \n, \r, \r\n ends a line and is kept as it is. */
    for (gp_ssize i = 0; i < n; i++) {
        if (p[i] == '\n') return i + 1;
        if (p[i] == '\r') {
            if (i + 1 < n) return p[i + 1] == '\n' ? i + 2 : i + 1;
            return f->at_eof ? i + 1 : -1;
        }
    }
    return -1;
}

static gp_obj *readline_impl(gp_thread *t, gp_file *f, gp_ssize limit) {
    if (prepare_read(t, f) < 0) return NULL;
    gp_obj *self = &f->base, *raw;
    for (;;) {
        gp_obj_lock(self);
        gp_ssize n = find_eol(f);
        if (n >= 0 && limit >= 0 && n > limit) n = limit;
        if (n < 0 && limit >= 0 && f->rlen - f->rpos >= limit) n = limit;
        raw = n >= 0 ? take_locked(t, f, n) : NULL;
        gp_obj_unlock(self);
        if (n >= 0) return make_result(t, f, raw);
        int r = fill(t, f);
        if (r < 0) return NULL;
        if (r == 0) break;
    }
    gp_obj_lock(self);
    gp_ssize n = find_eol(f);
    raw = take_locked(t, f, n >= 0 ? n : f->rlen - f->rpos);
    gp_obj_unlock(self);
    return make_result(t, f, raw);
}

static gp_obj *file_readline(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kw) {
    if (gp_args_count(t, "readline", nargs, 0, 1) < 0) return NULL;
    gp_ssize limit = -1;
    if (nargs == 1 && args[0] != GP_NONE && gp_number_as_ssize(t, args[0], &gp_exc_OverflowError, &limit) < 0)
        return NULL;
    return readline_impl(t, (gp_file *)self, limit);
}

static gp_obj *file_readlines(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kw) {
    gp_obj *lines = gp_list_new(t, 0);
    while (lines) {
        gp_obj *line = readline_impl(t, (gp_file *)self, -1);
        if (!line) {
            gp_clear(&lines);
            break;
        }
        int empty = gp_obj_truthy(t, line) == 0;
        if (empty) {
            gp_decref(line);
            break;
        }
        if (gp_list_append_steal(t, lines, line) < 0) gp_clear(&lines);
    }
    return lines;
}

static gp_obj *file_iternext(gp_thread *t, gp_obj *self) {
    gp_obj *line = readline_impl(t, (gp_file *)self, -1);
    if (!line) return NULL;
    int nonempty = gp_obj_truthy(t, line);
    if (nonempty <= 0) {
        gp_decref(line);
        return NULL;
    }
    return line;
}

static gp_obj *file_iter(gp_thread *t, gp_obj *self) {
    if (check_open(t, (gp_file *)self) < 0) return NULL;
    return gp_newref(self);
}

static gp_obj *write_impl(gp_thread *t, gp_file *f, gp_obj *data) {
    if (check_writable(t, f) < 0) return NULL;
    if (!f->is_twin && sync_twin(t, f) < 0) return NULL;
    if (f->binary) {
        drop_readahead(f);
    } else {
        /* CPython's text layer forgets what it had decoded ahead when it
           writes: the write lands, and reading goes on, after it. */
        gp_obj_lock(&f->base);
        f->rpos = f->rlen = 0;
        f->at_eof = 0;
        f->pending_cr = 0;
        gp_obj_unlock(&f->base);
    }
    if (f->binary) {
        /* The buffer is held over the write, which may release the GIL. */
        gp_buffer view;
        if (gp_str_check(data) || !gp_buffer_check(data))
            return gp_err_format(t, &gp_exc_TypeError, "a bytes-like object is required, not '%T'", data);
        if (gp_buffer_get(t, data, &view, GP_BUF_SIMPLE) < 0) return NULL;
        int rc = buffer_write(t, f, view.buf, view.len);
        gp_ssize n = view.len;
        gp_buffer_release(&view);
        return rc < 0 ? NULL : gp_int_from_ssize(t, n);
    }
    if (!gp_str_check(data))
        return gp_err_format(t, &gp_exc_TypeError, "write() argument must be str, not %T", data);
    if (f->newline == NL_CR || f->newline == NL_CRLF) {
        /* Written text ends its lines with the chosen line ending. */
        const char *p = gp_str_utf8(data), *end = p + gp_str_size(data);
        const char *eol = f->newline == NL_CR ? "\r" : "\r\n";
        while (p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            const char *stop = nl ? nl : end;
            gp_obj *part = gp_str_new(t, p, stop - p);
            gp_obj *b = part ? gp_str_encode(t, part, gp_str_utf8(f->encoding),
                                             f->errors ? gp_str_utf8(f->errors) : "strict")
                             : NULL;
            gp_xdecref(part);
            if (!b) return NULL;
            int rc = buffer_write(t, f, gp_bytes_data(b), gp_bytes_size(b));
            gp_decref(b);
            if (rc < 0 || (nl && buffer_write(t, f, eol, (gp_ssize)strlen(eol)) < 0)) return NULL;
            p = nl ? nl + 1 : end;
        }
    } else if (is_utf8(f) && !f->errors) {
        if (buffer_write(t, f, gp_str_utf8(data), gp_str_size(data)) < 0) return NULL;
    } else {
        gp_obj *b = gp_str_encode(t, data, gp_str_utf8(f->encoding),
                                  f->errors ? gp_str_utf8(f->errors) : "strict");
        if (!b) return NULL;
        int rc = buffer_write(t, f, gp_bytes_data(b), gp_bytes_size(b));
        gp_decref(b);
        if (rc < 0) return NULL;
    }
    return gp_int_from_ssize(t, gp_str_len(data));
}

static gp_obj *file_write(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "write", nargs, 1, 1) < 0) return NULL;
    return write_impl(t, (gp_file *)self, args[0]);
}

static gp_obj *file_writelines(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                               gp_obj *kw) {
    if (gp_args_count(t, "writelines", nargs, 1, 1) < 0) return NULL;
    gp_obj *it = gp_obj_getiter(t, args[0]);
    if (!it) return NULL;
    gp_obj *item;
    while ((item = gp_iter_next(t, it))) {
        gp_obj *r = write_impl(t, (gp_file *)self, item);
        gp_decref(item);
        if (!r) break;
        gp_decref(r);
    }
    gp_decref(it);
    return t->exc ? NULL : GP_NONE;
}

static gp_obj *file_flush(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_file *f = (gp_file *)self;
    if (check_open(t, f) < 0) return NULL;
    if ((!f->is_twin && sync_twin(t, f) < 0) || flush_wbuf(t, f) < 0) return NULL;
    return GP_NONE;
}

/* Only the thread that marks the file closed closes the descriptor.  A
   text file and its .buffer close together, as the buffer of a CPython
   text file is the file underneath it. */
static int close_impl(gp_thread *t, gp_file *f) {
    if (is_closed(f)) return 0;
    if (f->is_twin && f->twin) {
        gp_file *owner = (gp_file *)f->twin;
        int rc = flush_wbuf(t, f);
        __atomic_store_n(&f->closed, 1, __ATOMIC_RELEASE);
        int orc = close_impl(t, owner);
        return rc < 0 ? rc : orc;
    }
    int rc = sync_twin(t, f);
    if (rc == 0) rc = flush_wbuf(t, f);
    if (f->twin) __atomic_store_n(&((gp_file *)f->twin)->closed, 1, __ATOMIC_RELEASE);
    char was = 0;
    if (!__atomic_compare_exchange_n(&f->closed, &was, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
        return rc;
    if (f->closefd && close(f->fd) < 0 && rc == 0) rc = errno_error(t);
    return rc;
}

static gp_obj *file_close(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (close_impl(t, (gp_file *)self) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *file_enter(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (check_open(t, (gp_file *)self) < 0) return NULL;
    return gp_newref(self);
}

static gp_obj *file_exit(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return file_close(t, self, NULL, 0, NULL);
}

static gp_obj *file_fileno(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_file *f = (gp_file *)self;
    if (check_open(t, f) < 0) return NULL;
    return gp_int_from_ssize(t, f->fd);
}

static gp_obj *file_isatty(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_file *f = (gp_file *)self;
    if (check_open(t, f) < 0) return NULL;
    return gp_bool_from(isatty(f->fd));
}

static gp_obj *file_readable(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_file *f = (gp_file *)self;
    if (check_open(t, f) < 0) return NULL;
    return gp_bool_from(f->readable);
}

static gp_obj *file_writable(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_file *f = (gp_file *)self;
    if (check_open(t, f) < 0) return NULL;
    return gp_bool_from(f->writable);
}

static gp_obj *file_seekable(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_file *f = (gp_file *)self;
    if (check_open(t, f) < 0) return NULL;
    return gp_bool_from(lseek(f->fd, 0, SEEK_CUR) >= 0);
}

static gp_obj *file_seek(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_file *f = (gp_file *)self;
    if (gp_args_count(t, "seek", nargs, 1, 2) < 0 || check_open(t, f) < 0) return NULL;
    gp_ssize off, whence = 0;
    if (gp_number_as_ssize(t, args[0], &gp_exc_OverflowError, &off) < 0) return NULL;
    if (nargs == 2 && gp_number_as_ssize(t, args[1], &gp_exc_OverflowError, &whence) < 0) return NULL;
    /* Both layers' output goes out before the position moves. */
    if (sync_twin(t, f) < 0 || flush_wbuf(t, f) < 0) return NULL;
    /* Relative seeks count from where the reader is, not the descriptor. */
    gp_obj_lock(self);
    if (whence == SEEK_CUR) off -= f->rlen - f->rpos;
    f->rpos = f->rlen = 0;
    f->at_eof = 0;
    f->pending_cr = 0;
    gp_obj_unlock(self);
    off_t pos = lseek(f->fd, (off_t)off, (int)whence);
    if (pos < 0) {
        errno_error(t);
        return NULL;
    }
    return gp_int_from_i64(t, pos);
}

static gp_obj *file_tell(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_file *f = (gp_file *)self;
    if (check_open(t, f) < 0 || sync_twin(t, f) < 0) return NULL;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) {
        errno_error(t);
        return NULL;
    }
    gp_obj_lock(self);
    int64_t here = (int64_t)pos + f->wlen - (f->rlen - f->rpos);
    gp_obj_unlock(self);
    return gp_int_from_i64(t, here);
}

static gp_obj *file_truncate(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_file *f = (gp_file *)self;
    if (gp_args_count(t, "truncate", nargs, 0, 1) < 0 || check_writable(t, f) < 0) return NULL;
    if (sync_twin(t, f) < 0 || flush_wbuf(t, f) < 0) return NULL;
    gp_ssize size;
    if (nargs == 1 && args[0] != GP_NONE) {
        if (gp_number_as_ssize(t, args[0], &gp_exc_OverflowError, &size) < 0) return NULL;
    } else {
        size = (gp_ssize)lseek(f->fd, 0, SEEK_CUR);
    }
    if (ftruncate(f->fd, (off_t)size) < 0) {
        errno_error(t);
        return NULL;
    }
    return gp_int_from_ssize(t, size);
}

static gp_obj *file_get_closed(gp_thread *t, gp_obj *self, void *c) {
    return gp_bool_from(is_closed((gp_file *)self));
}

static gp_obj *file_get_name(gp_thread *t, gp_obj *self, void *c) {
    return gp_newref(((gp_file *)self)->name);
}

static gp_obj *file_get_mode(gp_thread *t, gp_obj *self, void *c) {
    return gp_newref(((gp_file *)self)->mode);
}

static gp_obj *file_get_encoding(gp_thread *t, gp_obj *self, void *c) {
    gp_file *f = (gp_file *)self;
    if (!f->encoding) return gp_err_format(t, &gp_exc_AttributeError, "'%T' object has no attribute 'encoding'", self);
    return gp_newref(f->encoding);
}

static gp_obj *file_get_errors(gp_thread *t, gp_obj *self, void *c) {
    gp_file *f = (gp_file *)self;
    if (f->binary) return gp_err_format(t, &gp_exc_AttributeError, "'%T' object has no attribute 'errors'", self);
    return f->errors ? gp_newref(f->errors) : gp_str_from_cstr(t, "strict");
}

static gp_obj *file_get_line_buffering(gp_thread *t, gp_obj *self, void *c) {
    return gp_bool_from(((gp_file *)self)->line_buffering != 0);
}

static gp_obj *new_file(gp_thread *t, int fd, int readable, int writable, int binary,
                        gp_obj *name, const char *mode, const char *encoding, gp_obj *errors);

/* The mode of a text file's binary twin, as the raw file of a CPython
   text file reports it: "rb", "wb", "ab", "xb" or "rb+" ("ab+", "xb+"). */
static void twin_mode(gp_file *f, char *out) {
    const char *m = gp_str_utf8(f->mode);
    char base = strchr(m, 'x') ? 'x' : strchr(m, 'a') ? 'a' : strchr(m, 'w') ? 'w' : 'r';
    int plus = strchr(m, '+') != NULL;
    if (plus && base == 'w') base = 'r';
    snprintf(out, 4, "%cb%s", base, plus ? "+" : "");
}

/* text.buffer: the binary file under a text file, made on first use. */
static gp_obj *file_get_buffer(gp_thread *t, gp_obj *self, void *c) {
    gp_file *f = (gp_file *)self;
    gp_obj_lock(self);
    gp_obj *twin = f->twin ? gp_newref(f->twin) : NULL;
    gp_obj_unlock(self);
    if (twin) return twin;
    char mode[4];
    twin_mode(f, mode);
    gp_obj *fresh = new_file(t, f->fd, f->readable, f->writable, 1, f->name, mode, NULL, NULL);
    if (!fresh) return NULL;
    gp_file *b = (gp_file *)fresh;
    b->closefd = 0;
    /* Under a write-through text file (python -u) the binary layer is
       unbuffered too, as CPython's raw file is. */
    b->line_buffering = f->line_buffering == 2 ? 2 : 0;
    b->appending = f->appending;
    b->seekable = f->seekable;
    b->is_twin = 1;
    b->twin = self;
    b->closed = is_closed(f);
    gp_obj_lock(self);
    if (!f->twin) f->twin = gp_newref(fresh);
    twin = gp_newref(f->twin);
    gp_obj_unlock(self);
    /* Another thread may have made one first: this one goes unused. */
    if (twin != fresh) b->twin = NULL;
    gp_decref(fresh);
    return twin;
}

/* reconfigure(*, encoding, errors, newline, line_buffering, write_through):
   what is written after it is encoded, translated and flushed the new
   way; pending output is flushed first. */
static gp_obj *file_reconfigure(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kw) {
    static const char *const names[] = {"encoding", "errors", "newline", "line_buffering", "write_through",
                                        NULL};
    static const gp_argspec spec = {"reconfigure", names, 0, 0};
    gp_obj *a[5];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    gp_file *f = (gp_file *)self;
    for (int i = 0; i < 2; i++)
        if (a[i] && a[i] != GP_NONE && !gp_str_check(a[i]))
            return gp_err_format(t, &gp_exc_TypeError, "reconfigure() argument '%s' must be str or None, not %T",
                                 names[i], a[i]);
    int newline = f->newline;
    if (a[2] && a[2] != GP_NONE) {
        if (!gp_str_check(a[2]))
            return gp_err_format(t, &gp_exc_TypeError, "reconfigure() argument 'newline' must be str or None, not %T",
                                 a[2]);
        const char *nl = gp_str_utf8(a[2]);
        if (strcmp(nl, "") == 0) newline = NL_UNTRANSLATED;
        else if (strcmp(nl, "\n") == 0) newline = NL_LF;
        else if (strcmp(nl, "\r") == 0) newline = NL_CR;
        else if (strcmp(nl, "\r\n") == 0) newline = NL_CRLF;
        else return gp_err_format(t, &gp_exc_ValueError, "illegal newline value: %S", a[2]);
    } else if (a[2] == GP_NONE) {
        newline = NL_UNIVERSAL;
    }
    int lb = f->line_buffering == 1, wt = f->line_buffering == 2;
    if (a[3] && a[3] != GP_NONE && (lb = gp_obj_truthy(t, a[3])) < 0) return NULL;
    if (a[4] && a[4] != GP_NONE && (wt = gp_obj_truthy(t, a[4])) < 0) return NULL;
    if (check_open(t, f) < 0 || sync_twin(t, f) < 0 || flush_wbuf(t, f) < 0) return NULL;
    if (a[0] && a[0] != GP_NONE) {
        gp_obj *old = f->encoding;
        f->encoding = gp_newref(a[0]);
        gp_decref(old);
        if (!a[1] || a[1] == GP_NONE) gp_clear(&f->errors);
    }
    if (a[1] && a[1] != GP_NONE) {
        gp_obj *old = f->errors;
        f->errors = gp_newref(a[1]);
        gp_xdecref(old);
    }
    f->newline = (char)newline;
    f->line_buffering = (char)(wt ? 2 : lb ? 1 : 0);
    return GP_NONE;
}

static gp_obj *file_repr(gp_thread *t, gp_obj *self) {
    gp_file *f = (gp_file *)self;
    if (f->binary) return gp_str_from_format(t, "<%s name=%R>", gp_typeof(self)->name, f->name);
    return gp_str_from_format(t, "<%s name=%R mode=%R encoding=%R>", gp_typeof(self)->name, f->name,
                              f->mode, f->encoding);
}

static void file_dealloc(gp_obj *self) {
    gp_file *f = (gp_file *)self;
    if (!f->closed) {
        gp_thread *t = gp_thread_current();
        gp_obj *saved = gp_err_fetch(t);
        if (close_impl(t, f) < 0) gp_err_clear(t);
        gp_err_restore_steal(t, saved);
    }
    if (f->twin && !f->is_twin) {
        gp_file *twin = (gp_file *)f->twin;
        twin->twin = NULL;
        gp_decref(f->twin);
    }
    gp_xdecref(f->name);
    gp_xdecref(f->mode);
    gp_xdecref(f->encoding);
    gp_xdecref(f->errors);
    gp_xdecref(f->dict);
    gp_mem_free(f->wbuf);
    gp_mem_free(f->rbuf);
    gp_obj_free(self);
}

static const gp_method_def file_methods[] = {
    {"read", file_read, 0, NULL},
    {"readline", file_readline, 0, NULL},
    {"readlines", file_readlines, 0, NULL},
    {"readinto", file_readinto, 0, NULL},
    {"write", file_write, 0, NULL},
    {"writelines", file_writelines, 0, NULL},
    {"flush", file_flush, 0, NULL},
    {"close", file_close, 0, NULL},
    {"fileno", file_fileno, 0, NULL},
    {"isatty", file_isatty, 0, NULL},
    {"readable", file_readable, 0, NULL},
    {"writable", file_writable, 0, NULL},
    {"seekable", file_seekable, 0, NULL},
    {"seek", file_seek, 0, NULL},
    {"tell", file_tell, 0, NULL},
    {"truncate", file_truncate, 0, NULL},
    {"__enter__", file_enter, 0, NULL},
    {"__exit__", file_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const gp_getset_def file_getset[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"name", file_get_name, NULL, NULL, NULL},
    {"mode", file_get_mode, NULL, NULL, NULL},
    {"encoding", file_get_encoding, NULL, NULL, NULL},
    {"errors", file_get_errors, NULL, NULL, NULL},
    {"line_buffering", file_get_line_buffering, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* Text files add their binary twin and reconfigure(). */
static gp_method_def text_methods[sizeof file_methods / sizeof file_methods[0] + 1];
static gp_getset_def text_getset[sizeof file_getset / sizeof file_getset[0] + 1];

static void make_text_tables(void) {
    size_t n = 0;
    for (; file_methods[n].name; n++) text_methods[n] = file_methods[n];
    text_methods[n] = (gp_method_def){"reconfigure", file_reconfigure, 0,
                                      "Reconfigure the text stream with new parameters."};
    n = 0;
    for (; file_getset[n].name; n++) text_getset[n] = file_getset[n];
    text_getset[n] = (gp_getset_def){"buffer", file_get_buffer, NULL, NULL, NULL};
}

#define FILE_TYPE_WITH(cname, pyname, meths, gets)                                           \
    gp_type cname = {GP_TYPE_HEAD,                                                           \
                     .name = pyname,                                                         \
                     .basicsize = sizeof(gp_file),                                           \
                     .flags = GP_TPFLAGS_BASETYPE,                                           \
                     .dealloc = file_dealloc,                                                \
                     .repr = file_repr,                                                      \
                     .iter = file_iter,                                                      \
                     .iternext = file_iternext,                                              \
                     .methods = meths,                                                       \
                     .getset = gets,                                                         \
                     .dictoffset = offsetof(gp_file, dict)}
#define FILE_TYPE(cname, pyname) FILE_TYPE_WITH(cname, pyname, file_methods, file_getset)

FILE_TYPE_WITH(gp_textio_type, "_io.TextIOWrapper", text_methods, text_getset);
FILE_TYPE(gp_bufreader_type, "_io.BufferedReader");
FILE_TYPE(gp_bufwriter_type, "_io.BufferedWriter");
FILE_TYPE(gp_bufrandom_type, "_io.BufferedRandom");

static gp_obj *new_file(gp_thread *t, int fd, int readable, int writable, int binary,
                        gp_obj *name, const char *mode, const char *encoding, gp_obj *errors) {
    gp_type *type = !binary ? &gp_textio_type
                    : readable && writable ? &gp_bufrandom_type
                    : readable ? &gp_bufreader_type
                               : &gp_bufwriter_type;
    gp_file *f = (gp_file *)gp_obj_alloc(t, type, 0);
    if (!f) return NULL;
    f->fd = fd;
    f->readable = (char)readable;
    f->writable = (char)writable;
    f->binary = (char)binary;
    f->closefd = 1;
    f->name = gp_newref(name);
    f->mode = gp_str_from_cstr(t, mode);
    if (!binary) {
        f->encoding = gp_str_from_cstr(t, encoding ? encoding : "UTF-8");
        f->errors = errors && errors != GP_NONE ? gp_newref(errors) : NULL;
    }
    if (!f->mode || (!binary && !f->encoding)) {
        gp_decref((gp_obj *)f);
        return NULL;
    }
    return (gp_obj *)f;
}

gp_obj *gp_io_open_fd(gp_thread *t, int fd, const char *mode, const char *name, int line_buffering) {
    gp_obj *n = gp_str_from_cstr(t, name);
    if (!n) return NULL;
    int reading = strchr(mode, 'r') != NULL;
    gp_obj *errors = fd == 2 ? gp_str_from_cstr(t, "backslashreplace") : NULL;
    gp_obj *f = new_file(t, fd, reading, !reading, strchr(mode, 'b') != NULL, n, mode, "utf-8", errors);
    gp_decref(n);
    gp_xdecref(errors);
    if (!f) return NULL;
    ((gp_file *)f)->line_buffering = (char)line_buffering;
    /* The standard streams outlive their file objects: never close them. */
    ((gp_file *)f)->closefd = 0;
    return f;
}

gp_obj *gp_io_open(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener", NULL};
    static const gp_argspec spec = {"open", names, 1, -1};
    gp_obj *a[8];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    const char *mode = "r";
    if (a[1]) {
        if (!gp_str_check(a[1]))
            return gp_err_format(t, &gp_exc_TypeError, "open() argument 'mode' must be str, not %T", a[1]);
        mode = gp_str_utf8(a[1]);
    }
    int r = 0, w = 0, x = 0, ap = 0, plus = 0, bin = 0, text = 0;
    for (const char *p = mode; *p; p++) {
        int *flag = *p == 'r' ? &r : *p == 'w' ? &w : *p == 'x' ? &x : *p == 'a' ? &ap
                  : *p == '+' ? &plus : *p == 'b' ? &bin : *p == 't' ? &text : NULL;
        if (!flag || *flag) return gp_err_format(t, &gp_exc_ValueError, "invalid mode: '%s'", mode);
        *flag = 1;
    }
    if (r + w + x + ap != 1)
        return gp_err_format(t, &gp_exc_ValueError,
                             "must have exactly one of create/read/write/append mode");
    if (bin && text)
        return gp_err_format(t, &gp_exc_ValueError, "can't have text and binary mode at once");
    gp_obj *encoding = a[3] && a[3] != GP_NONE ? a[3] : NULL;
    if (bin && encoding)
        return gp_err_format(t, &gp_exc_ValueError, "binary mode doesn't take an encoding argument");
    if (bin && a[4] && a[4] != GP_NONE)
        return gp_err_format(t, &gp_exc_ValueError, "binary mode doesn't take an errors argument");
    if (encoding && !gp_str_check(encoding))
        return gp_err_format(t, &gp_exc_TypeError, "open() argument 'encoding' must be str or None, not %T", encoding);

    int newline = NL_UNIVERSAL;
    if (a[5] && a[5] != GP_NONE) {
        if (!gp_str_check(a[5]))
            return gp_err_format(t, &gp_exc_TypeError, "open() argument 'newline' must be str or None, not %T", a[5]);
        const char *nl = gp_str_utf8(a[5]);
        if (strcmp(nl, "") == 0) newline = NL_UNTRANSLATED;
        else if (strcmp(nl, "\n") == 0) newline = NL_LF;
        else if (strcmp(nl, "\r") == 0) newline = NL_CR;
        else if (strcmp(nl, "\r\n") == 0) newline = NL_CRLF;
        else return gp_err_format(t, &gp_exc_ValueError, "illegal newline value: %S", a[5]);
        if (bin) return gp_err_format(t, &gp_exc_ValueError, "binary mode doesn't take a newline argument");
    }
    gp_obj *file = a[0];
    int fd;
    int closefd = a[6] ? gp_obj_truthy(t, a[6]) : 1;
    if (closefd < 0) return NULL;
    if (gp_int_check(file) && !gp_bool_check(file)) {
        gp_ssize v;
        if (gp_int_as_ssize(t, file, &v) < 0) return NULL;
        fd = (int)v;
    } else {
        const char *path;
        gp_ssize plen;
        if (gp_str_check(file)) {
            path = gp_str_utf8(file);
            plen = gp_str_size(file);
        } else if (gp_bytes_check(file)) {
            path = gp_bytes_data(file);
            plen = gp_bytes_size(file);
        } else {
            return gp_err_format(t, &gp_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
        }
        if ((gp_ssize)strlen(path) != plen)
            return gp_err_format(t, &gp_exc_ValueError, "embedded null byte");
        if (!closefd) return gp_err_format(t, &gp_exc_ValueError, "Cannot use closefd=False with file name");
        int flags = O_CLOEXEC;
        if (plus) flags |= O_RDWR;
        else if (r) flags |= O_RDONLY;
        else flags |= O_WRONLY;
        if (w) flags |= O_CREAT | O_TRUNC;
        if (x) flags |= O_CREAT | O_EXCL;
        if (ap) flags |= O_CREAT | O_APPEND;
        do {
            fd = open(path, flags, 0666);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0) return gp_err_from_errno(t, &gp_exc_OSError, file);
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            errno = EISDIR;
            return gp_err_from_errno(t, &gp_exc_OSError, file);
        }
    }
    char norm[8];
    snprintf(norm, sizeof norm, "%s%s%s", r ? "r" : w ? "w" : x ? "x" : "a", plus ? "+" : "",
             bin ? "b" : "");
    gp_obj *f = new_file(t, fd, r || plus, w || x || ap || plus, bin, file, bin ? norm : mode,
                         encoding ? gp_str_utf8(encoding) : "UTF-8", a[4]);
    if (!f) {
        if (closefd) close(fd);
        return NULL;
    }
    ((gp_file *)f)->closefd = (char)closefd;
    ((gp_file *)f)->appending = (char)ap;
    ((gp_file *)f)->newline = (char)newline;
    if (a[2]) {
        gp_ssize buffering;
        if (gp_number_as_ssize(t, a[2], &gp_exc_OverflowError, &buffering) < 0) {
            gp_decref(f);
            return NULL;
        }
        if (buffering == 0 && !bin) {
            gp_decref(f);
            return gp_err_format(t, &gp_exc_ValueError, "can't have unbuffered text I/O");
        }
        if (buffering == 0) ((gp_file *)f)->line_buffering = 2;
        else if (buffering == 1 && !bin) ((gp_file *)f)->line_buffering = 1;
    }
    if (ap) lseek(fd, 0, SEEK_END);
    return f;
}

static gp_obj *io_open(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return gp_io_open(t, args, nargs, kw);
}

static const gp_method_def io_functions[] = {
    {"open", io_open, 0, "Open file and return a stream."},
    {NULL, NULL, 0, NULL},
};

/* The _io module: open() and the file types.  The io module of the
   standard library builds on it. */
gp_obj *gp_mod_io_init(gp_thread *t) {
    gp_type *types[] = {&gp_textio_type, &gp_bufreader_type, &gp_bufwriter_type, &gp_bufrandom_type};
    const char *names[] = {"TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom"};
    gp_obj *m = gp_module_new(t, "_io");
    if (!m || gp_module_add_functions(t, m, io_functions) < 0) goto error;
    for (int i = 0; i < 4; i++)
        if (gp_type_ready(t, types[i]) < 0 || gp_module_add_object(t, m, names[i], (gp_obj *)types[i]) < 0)
            goto error;
    gp_obj *u = gp_sys_get_borrow(t, "_io_UnsupportedOperation");
    if (u && gp_module_add_object(t, m, "UnsupportedOperation", u) < 0) goto error;
    if (gp_module_add_int(t, m, "DEFAULT_BUFFER_SIZE", WBUF_SIZE) < 0) goto error;
    return m;
error:
    gp_xdecref(m);
    return NULL;
}

int gp_io_init_types(gp_thread *t, gp_obj *sysmod) {
    gp_type *types[] = {&gp_textio_type, &gp_bufreader_type, &gp_bufwriter_type, &gp_bufrandom_type};
    make_text_tables();
    for (int i = 0; i < 4; i++)
        if (gp_type_ready(t, types[i]) < 0) return -1;
    return make_unsupported_type(t, sysmod);
}
