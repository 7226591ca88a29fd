/* The posix module: the operating system calls under the os module
   (lib/os.py).  Paths are str, bytes or os.PathLike objects; a bytes path
   gives bytes results where CPython gives them (listdir, readlink, getcwdb).
   Failures raise OSError or its errno subclass with the path named. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gil.h"

extern char **environ;

#define POSIX_ARGS gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw

/* A path argument converted to a C string.  `obj` owns the bytes or str
   the string points into; `is_bytes` says which kind the caller gave, so
   results can be returned in the same kind. */
typedef struct {
    gp_obj *obj;
    const char *s;
    int is_bytes;
} path_arg;

static void path_release(path_arg *p) {
    gp_xdecref(p->obj);
    p->obj = NULL;
}

/* os.fspath(o): str and bytes pass through; other objects are asked for
   __fspath__, which must give str or bytes. */
static gp_obj *fspath(gp_thread *t, gp_obj *o) {
    if (gp_str_check(o) || gp_bytes_check(o)) return gp_newref(o);
    static gp_obj *name;
    if (!name) name = gp_str_intern_cstr_borrow(t, "__fspath__");
    gp_obj *meth = gp_obj_lookup_special(t, o, name);
    if (!meth) {
        if (gp_err_occurred(t)) return NULL;
        return gp_err_format(t, &gp_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", o);
    }
    gp_obj *r = gp_call0(t, meth);
    gp_decref(meth);
    if (!r) return NULL;
    if (!gp_str_check(r) && !gp_bytes_check(r)) {
        gp_err_format(t, &gp_exc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", o, r);
        gp_decref(r);
        return NULL;
    }
    return r;
}

/* Whether o has __fspath__ (the lookup's reference is dropped at once). */
static int has_fspath(gp_thread *t, gp_obj *o) {
    gp_obj *m = gp_obj_lookup_special(t, o, gp_str_intern_cstr_borrow(t, "__fspath__"));
    if (!m) return 0;
    gp_decref(m);
    return 1;
}

/* The kinds of path a function takes, as its TypeError names them. */
static const char *path_kinds(const char *fname) {
    if (!strcmp(fname, "stat")) return "string, bytes, os.PathLike or integer";
    if (!strcmp(fname, "listdir")) return "string, bytes, os.PathLike, integer or None";
    return "string, bytes or os.PathLike";
}

static int path_conv(gp_thread *t, const char *fname, const char *argname, gp_obj *o, path_arg *p) {
    p->obj = NULL;
    if (!gp_str_check(o) && !gp_bytes_check(o) && !has_fspath(t, o)) {
        if (gp_err_occurred(t)) return -1;
        gp_err_format(t, &gp_exc_TypeError, "%s: %s should be %s, not %T", fname, argname, path_kinds(fname), o);
        return -1;
    }
    gp_obj *v = fspath(t, o);
    if (!v) return -1;
    if (gp_str_check(v)) {
        p->is_bytes = 0;
        p->s = gp_str_utf8(v);
        if ((gp_ssize)strlen(p->s) != gp_str_size(v)) goto embedded;
    } else {
        p->is_bytes = 1;
        p->s = gp_bytes_data(v);
        if ((gp_ssize)strlen(p->s) != gp_bytes_size(v)) goto embedded;
    }
    p->obj = v;
    return 0;
embedded:
    gp_decref(v);
    gp_err_format(t, &gp_exc_ValueError, "%s: embedded null character in %s", fname, argname);
    return -1;
}

static void *posix_error(gp_thread *t, gp_obj *filename) { return gp_err_from_errno(t, &gp_exc_OSError, filename); }

/* OSError naming two paths: "[Errno 2] No such file or directory: 'a' -> 'b'". */
static void *posix_error2(gp_thread *t, gp_obj *f1, gp_obj *f2) {
    int err = errno;
    gp_obj *a[5];
    a[0] = gp_int_from_ssize(t, err);
    a[1] = gp_str_from_cstr(t, strerror(err));
    if (!a[1]) return NULL;
    a[2] = f1;
    a[3] = GP_NONE;
    a[4] = f2;
    gp_obj *exc = gp_call(t, (gp_obj *)&gp_exc_OSError, a, 5, NULL);
    gp_decref(a[1]);
    if (!exc) return NULL;
    gp_err_set(t, gp_typeof(exc), exc);
    gp_decref(exc);
    return NULL;
}

/* An int argument that must fit a C int, with CPython's messages (also
   used by posix_more.c). */
int gp_posix_int_arg(gp_thread *t, gp_obj *o, int *out) {
    if (!gp_int_check(o)) {
        gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    gp_ssize v;
    if (gp_int_as_ssize(t, o, &v) < 0) return -1;
    if (v > 2147483647 || v < -2147483648LL) {
        gp_err_format(t, &gp_exc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static gp_obj *str_or_bytes(gp_thread *t, const char *s, int as_bytes) {
    if (as_bytes) return gp_bytes_new(t, s, (gp_ssize)strlen(s));
    return gp_str_decode(t, s, (gp_ssize)strlen(s), "utf-8", "surrogateescape");
}

/* ------------------------------------------------------------ functions */

static gp_obj *p_fspath(POSIX_ARGS) {
    static const char *const names[] = {"path", NULL};
    static const gp_argspec spec = {"fspath", names, 1, -1};
    gp_obj *a[1];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    return fspath(t, a[0]);
}

static gp_obj *p_getcwd(POSIX_ARGS) {
    if (gp_args_no_kw(t, "getcwd", kw) < 0 || gp_args_count(t, "getcwd", nargs, 0, 0) < 0) return NULL;
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return posix_error(t, NULL);
    return str_or_bytes(t, buf, 0);
}

static gp_obj *p_getcwdb(POSIX_ARGS) {
    if (gp_args_no_kw(t, "getcwdb", kw) < 0 || gp_args_count(t, "getcwdb", nargs, 0, 0) < 0) return NULL;
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return posix_error(t, NULL);
    return gp_bytes_new(t, buf, (gp_ssize)strlen(buf));
}

/* One-path functions: chdir, rmdir, unlink, remove. */
static gp_obj *one_path(gp_thread *t, const char *fname, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                        int (*op)(const char *)) {
    static const char *const names[] = {"path", "dir_fd", NULL};
    gp_argspec spec = {fname, names, 1, 1};
    gp_obj *a[2];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    path_arg p;
    if (path_conv(t, fname, "path", a[0], &p) < 0) return NULL;
    if (op(p.s) < 0) {
        posix_error(t, a[0]);
        path_release(&p);
        return NULL;
    }
    path_release(&p);
    return GP_NONE;
}

static gp_obj *p_chdir(POSIX_ARGS) { return one_path(t, "chdir", args, nargs, kw, chdir); }
static gp_obj *p_rmdir(POSIX_ARGS) { return one_path(t, "rmdir", args, nargs, kw, rmdir); }
static gp_obj *p_unlink(POSIX_ARGS) { return one_path(t, "unlink", args, nargs, kw, unlink); }
static gp_obj *p_remove(POSIX_ARGS) { return one_path(t, "remove", args, nargs, kw, unlink); }

static gp_obj *p_mkdir(POSIX_ARGS) {
    static const char *const names[] = {"path", "mode", "dir_fd", NULL};
    static const gp_argspec spec = {"mkdir", names, 1, 2};
    gp_obj *a[3];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    int mode = 0777;
    if (a[1] && gp_posix_int_arg(t, a[1], &mode) < 0) return NULL;
    path_arg p;
    if (path_conv(t, "mkdir", "path", a[0], &p) < 0) return NULL;
    int rc = mkdir(p.s, (mode_t)mode);
    path_release(&p);
    if (rc < 0) return posix_error(t, a[0]);
    return GP_NONE;
}

static gp_obj *two_paths(gp_thread *t, const char *fname, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                         int (*op)(const char *, const char *)) {
    static const char *const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", NULL};
    gp_argspec spec = {fname, names, 2, 2};
    gp_obj *a[4];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    path_arg p1, p2;
    if (path_conv(t, fname, "src", a[0], &p1) < 0) return NULL;
    if (path_conv(t, fname, "dst", a[1], &p2) < 0) {
        path_release(&p1);
        return NULL;
    }
    int rc = op(p1.s, p2.s);
    path_release(&p1);
    path_release(&p2);
    if (rc < 0) return posix_error2(t, a[0], a[1]);
    return GP_NONE;
}

static gp_obj *p_rename(POSIX_ARGS) { return two_paths(t, "rename", args, nargs, kw, rename); }
static gp_obj *p_replace(POSIX_ARGS) { return two_paths(t, "replace", args, nargs, kw, rename); }
static gp_obj *p_link(POSIX_ARGS) { return two_paths(t, "link", args, nargs, kw, link); }
static gp_obj *p_symlink(POSIX_ARGS) { return two_paths(t, "symlink", args, nargs, kw, symlink); }

static gp_obj *p_listdir(POSIX_ARGS) {
    static const char *const names[] = {"path", NULL};
    static const gp_argspec spec = {"listdir", names, 0, -1};
    gp_obj *a[1];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    path_arg p = {NULL, ".", 0};
    if (a[0] && a[0] != GP_NONE && path_conv(t, "listdir", "path", a[0], &p) < 0) return NULL;
    DIR *d = opendir(p.s);
    if (!d) {
        posix_error(t, a[0] && a[0] != GP_NONE ? a[0] : NULL);
        path_release(&p);
        return NULL;
    }
    gp_obj *list = gp_list_new(t, 0);
    struct dirent *e;
    while (list && (errno = 0, e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        gp_obj *name = str_or_bytes(t, e->d_name, p.is_bytes);
        if (!name || gp_list_append_steal(t, list, name) < 0) gp_setref_steal(&list, NULL);
    }
    closedir(d);
    path_release(&p);
    return list;
}

/* stat results travel as a plain tuple; os.py wraps them in stat_result:
   (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime,
    atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev). */
static gp_obj *stat_tuple(gp_thread *t, const struct stat *st) {
    gp_obj *v[16];
    v[0] = gp_int_from_i64(t, st->st_mode);
    v[1] = gp_int_from_u64(t, st->st_ino);
    v[2] = gp_int_from_u64(t, st->st_dev);
    v[3] = gp_int_from_u64(t, st->st_nlink);
    v[4] = gp_int_from_i64(t, st->st_uid);
    v[5] = gp_int_from_i64(t, st->st_gid);
    v[6] = gp_int_from_i64(t, st->st_size);
    v[7] = gp_float_new(t, (double)st->st_atim.tv_sec + st->st_atim.tv_nsec * 1e-9);
    v[8] = gp_float_new(t, (double)st->st_mtim.tv_sec + st->st_mtim.tv_nsec * 1e-9);
    v[9] = gp_float_new(t, (double)st->st_ctim.tv_sec + st->st_ctim.tv_nsec * 1e-9);
    v[10] = gp_int_from_i64(t, (int64_t)st->st_atim.tv_sec * 1000000000 + st->st_atim.tv_nsec);
    v[11] = gp_int_from_i64(t, (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec);
    v[12] = gp_int_from_i64(t, (int64_t)st->st_ctim.tv_sec * 1000000000 + st->st_ctim.tv_nsec);
    v[13] = gp_int_from_i64(t, st->st_blksize);
    v[14] = gp_int_from_i64(t, st->st_blocks);
    v[15] = gp_int_from_u64(t, st->st_rdev);
    gp_obj *tup = gp_tuple_new(t, 16);
    int failed = 0;
    for (int i = 0; i < 16; i++) failed |= v[i] == NULL;
    if (!tup || failed) {
        for (int i = 0; i < 16; i++) gp_xdecref(v[i]);
        gp_xdecref(tup);
        return NULL;
    }
    for (int i = 0; i < 16; i++) gp_tuple_items(tup)[i] = v[i];
    return tup;
}

static gp_obj *do_stat(gp_thread *t, const char *fname, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                       int follow) {
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks", NULL};
    gp_argspec spec = {fname, names, 1, 1};
    gp_obj *a[3];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    if (a[2]) {
        int f = gp_obj_truthy(t, a[2]);
        if (f < 0) return NULL;
        follow = follow && f;
    }
    struct stat st;
    int rc;
    if (gp_int_check(a[0])) {
        int fd;
        if (gp_posix_int_arg(t, a[0], &fd) < 0) return NULL;
        rc = fstat(fd, &st);
        if (rc < 0) return posix_error(t, NULL);
        return stat_tuple(t, &st);
    }
    path_arg p;
    if (path_conv(t, fname, "path", a[0], &p) < 0) return NULL;
    rc = follow ? stat(p.s, &st) : lstat(p.s, &st);
    path_release(&p);
    if (rc < 0) return posix_error(t, a[0]);
    return stat_tuple(t, &st);
}

static gp_obj *p_stat(POSIX_ARGS) { return do_stat(t, "stat", args, nargs, kw, 1); }
static gp_obj *p_lstat(POSIX_ARGS) { return do_stat(t, "lstat", args, nargs, kw, 0); }

static gp_obj *p_fstat(POSIX_ARGS) {
    if (gp_args_no_kw(t, "fstat", kw) < 0 || gp_args_count(t, "fstat", nargs, 1, 1) < 0) return NULL;
    int fd;
    if (gp_posix_int_arg(t, args[0], &fd) < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) < 0) return posix_error(t, NULL);
    return stat_tuple(t, &st);
}

static gp_obj *p_access(POSIX_ARGS) {
    static const char *const names[] = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks", NULL};
    static const gp_argspec spec = {"access", names, 2, 2};
    gp_obj *a[5];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    int mode;
    if (gp_posix_int_arg(t, a[1], &mode) < 0) return NULL;
    path_arg p;
    if (path_conv(t, "access", "path", a[0], &p) < 0) return NULL;
    int rc = access(p.s, mode);
    path_release(&p);
    return gp_bool_from(rc == 0);
}

static gp_obj *p_chmod(POSIX_ARGS) {
    static const char *const names[] = {"path", "mode", "dir_fd", "follow_symlinks", NULL};
    static const gp_argspec spec = {"chmod", names, 2, 2};
    gp_obj *a[4];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    int mode;
    if (gp_posix_int_arg(t, a[1], &mode) < 0) return NULL;
    path_arg p;
    if (path_conv(t, "chmod", "path", a[0], &p) < 0) return NULL;
    int rc = chmod(p.s, (mode_t)mode);
    path_release(&p);
    if (rc < 0) return posix_error(t, a[0]);
    return GP_NONE;
}

static gp_obj *p_readlink(POSIX_ARGS) {
    static const char *const names[] = {"path", "dir_fd", NULL};
    static const gp_argspec spec = {"readlink", names, 1, 1};
    gp_obj *a[2];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    path_arg p;
    if (path_conv(t, "readlink", "path", a[0], &p) < 0) return NULL;
    char buf[4096];
    ssize_t n = readlink(p.s, buf, sizeof buf - 1);
    int as_bytes = p.is_bytes;
    path_release(&p);
    if (n < 0) return posix_error(t, a[0]);
    buf[n] = 0;
    return str_or_bytes(t, buf, as_bytes);
}

/* utime(path, times=None, *, ns=None): times is (atime, mtime) in seconds. */
static gp_obj *p_utime(POSIX_ARGS) {
    static const char *const names[] = {"path", "times", "ns", "dir_fd", "follow_symlinks", NULL};
    static const gp_argspec spec = {"utime", names, 1, 2};
    gp_obj *a[5];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    struct timespec ts[2];
    struct timespec *tsp = NULL;
    if (a[1] && a[1] != GP_NONE) {
        if (!gp_tuple_check(a[1]) || gp_tuple_size(a[1]) != 2)
            return gp_err_format(t, &gp_exc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
        for (int i = 0; i < 2; i++) {
            double d;
            if (gp_number_as_double(t, gp_tuple_get_borrow(a[1], i), &d) < 0) return NULL;
            double whole = (double)(int64_t)d;
            if (whole > d) whole -= 1;
            ts[i].tv_sec = (time_t)whole;
            ts[i].tv_nsec = (long)((d - whole) * 1e9);
        }
        tsp = ts;
    } else if (a[2] && a[2] != GP_NONE) {
        if (!gp_tuple_check(a[2]) || gp_tuple_size(a[2]) != 2)
            return gp_err_format(t, &gp_exc_TypeError, "utime: 'ns' must be a tuple of two ints");
        for (int i = 0; i < 2; i++) {
            int64_t ns;
            if (gp_int_as_i64(t, gp_tuple_get_borrow(a[2], i), &ns) < 0) return NULL;
            ts[i].tv_sec = (time_t)(ns / 1000000000);
            ts[i].tv_nsec = (long)(ns % 1000000000);
            if (ts[i].tv_nsec < 0) {
                ts[i].tv_nsec += 1000000000;
                ts[i].tv_sec--;
            }
        }
        tsp = ts;
    }
    path_arg p;
    if (path_conv(t, "utime", "path", a[0], &p) < 0) return NULL;
    int rc = utimensat(AT_FDCWD, p.s, tsp, 0);
    path_release(&p);
    if (rc < 0) return posix_error(t, a[0]);
    return GP_NONE;
}

/* ------------------------------------------------------- file descriptors */

static gp_obj *p_open(POSIX_ARGS) {
    static const char *const names[] = {"path", "flags", "mode", "dir_fd", NULL};
    static const gp_argspec spec = {"open", names, 2, 3};
    gp_obj *a[4];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    int flags, mode = 0777;
    if (gp_posix_int_arg(t, a[1], &flags) < 0) return NULL;
    if (a[2] && gp_posix_int_arg(t, a[2], &mode) < 0) return NULL;
    path_arg p;
    if (path_conv(t, "open", "path", a[0], &p) < 0) return NULL;
    int fd;
    /* Opening a FIFO or a device can block. */
    GP_BEGIN_ALLOW_THREADS
    fd = open(p.s, flags | O_CLOEXEC, mode);
    GP_END_ALLOW_THREADS
    path_release(&p);
    if (fd < 0) return posix_error(t, a[0]);
    return gp_int_from_ssize(t, fd);
}

static gp_obj *p_close(POSIX_ARGS) {
    static const char *const names[] = {"fd", NULL};
    static const gp_argspec spec = {"close", names, 1, -1};
    gp_obj *a[1];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    int fd;
    if (gp_posix_int_arg(t, a[0], &fd) < 0) return NULL;
    if (close(fd) < 0) return posix_error(t, NULL);
    return GP_NONE;
}

static gp_obj *p_closerange(POSIX_ARGS) {
    if (gp_args_no_kw(t, "closerange", kw) < 0 || gp_args_count(t, "closerange", nargs, 2, 2) < 0) return NULL;
    int lo, hi;
    if (gp_posix_int_arg(t, args[0], &lo) < 0 || gp_posix_int_arg(t, args[1], &hi) < 0) return NULL;
    for (int fd = lo; fd < hi; fd++) close(fd);
    return GP_NONE;
}

/* PEP 475: a blocking call that a signal interrupted runs the Python
   signal handlers and is retried, unless a handler raised or Ctrl-C is
   waiting for the main thread; then -1 with the exception set. */
static int after_eintr(gp_thread *t) {
    if (gp_signal_check(t) < 0 || gp_signals_check(t) < 0) return -1;
    return 0;
}

static gp_obj *p_read(POSIX_ARGS) {
    if (gp_args_no_kw(t, "read", kw) < 0 || gp_args_count(t, "read", nargs, 2, 2) < 0) return NULL;
    int fd;
    gp_ssize n;
    if (gp_posix_int_arg(t, args[0], &fd) < 0) return NULL;
    if (!gp_int_check(args[1]))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[1]);
    if (gp_int_as_ssize(t, args[1], &n) < 0) return NULL;
    if (n < 0) {
        errno = EINVAL;
        return posix_error(t, NULL);
    }
    char *buf = gp_mem_alloc((size_t)n + 1);
    if (!buf) return gp_err_nomemory(t);
    ssize_t got;
    /* Blocking: other threads run meanwhile. */
    for (;;) {
        GP_BEGIN_ALLOW_THREADS
        got = read(fd, buf, (size_t)n);
        GP_END_ALLOW_THREADS
        if (got >= 0 || errno != EINTR) break;
        if (after_eintr(t) < 0) {
            gp_mem_free(buf);
            return NULL;
        }
    }
    if (got < 0) {
        gp_mem_free(buf);
        return posix_error(t, NULL);
    }
    gp_obj *r = gp_bytes_new(t, buf, got);
    gp_mem_free(buf);
    return r;
}

static gp_obj *p_write(POSIX_ARGS) {
    if (gp_args_no_kw(t, "write", kw) < 0 || gp_args_count(t, "write", nargs, 2, 2) < 0) return NULL;
    int fd;
    if (gp_posix_int_arg(t, args[0], &fd) < 0) return NULL;
    /* Blocking: other threads run meanwhile.  The buffer is held until the
       write is over, so its exporter keeps the memory in place. */
    gp_buffer view;
    if (gp_buffer_get(t, args[1], &view, GP_BUF_SIMPLE) < 0) return NULL;
    ssize_t put;
    for (;;) {
        GP_BEGIN_ALLOW_THREADS
        put = write(fd, view.buf, (size_t)view.len);
        GP_END_ALLOW_THREADS
        if (put >= 0 || errno != EINTR) break;
        if (after_eintr(t) < 0) {
            gp_buffer_release(&view);
            return NULL;
        }
    }
    int err = errno;
    gp_buffer_release(&view);
    errno = err;
    if (put < 0) return posix_error(t, NULL);
    return gp_int_from_ssize(t, put);
}

static gp_obj *p_lseek(POSIX_ARGS) {
    if (gp_args_no_kw(t, "lseek", kw) < 0 || gp_args_count(t, "lseek", nargs, 3, 3) < 0) return NULL;
    int fd, how;
    int64_t pos;
    if (gp_posix_int_arg(t, args[0], &fd) < 0 || gp_int_as_i64(t, args[1], &pos) < 0 || gp_posix_int_arg(t, args[2], &how) < 0)
        return NULL;
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0) return posix_error(t, NULL);
    return gp_int_from_i64(t, r);
}

static gp_obj *p_fsync(POSIX_ARGS) {
    if (gp_args_no_kw(t, "fsync", kw) < 0 || gp_args_count(t, "fsync", nargs, 1, 1) < 0) return NULL;
    int fd;
    if (gp_posix_int_arg(t, args[0], &fd) < 0) return NULL;
    int rc;
    GP_BEGIN_ALLOW_THREADS
    rc = fsync(fd);
    GP_END_ALLOW_THREADS
    if (rc < 0) return posix_error(t, NULL);
    return GP_NONE;
}

static gp_obj *p_ftruncate(POSIX_ARGS) {
    if (gp_args_no_kw(t, "ftruncate", kw) < 0 || gp_args_count(t, "ftruncate", nargs, 2, 2) < 0) return NULL;
    int fd;
    int64_t len;
    if (gp_posix_int_arg(t, args[0], &fd) < 0 || gp_int_as_i64(t, args[1], &len) < 0) return NULL;
    if (ftruncate(fd, (off_t)len) < 0) return posix_error(t, NULL);
    return GP_NONE;
}

gp_obj *gp_posix_pipe(gp_thread *t, int flags) {
    int fds[2];
    if (pipe2(fds, flags) < 0) return posix_error(t, NULL);
    gp_obj *a = gp_int_from_ssize(t, fds[0]), *b = gp_int_from_ssize(t, fds[1]);
    gp_obj *r = a && b ? gp_tuple_pack(t, 2, a, b) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    return r;
}

static gp_obj *p_pipe(POSIX_ARGS) {
    if (gp_args_no_kw(t, "pipe", kw) < 0 || gp_args_count(t, "pipe", nargs, 0, 0) < 0) return NULL;
    return gp_posix_pipe(t, O_CLOEXEC);
}

static gp_obj *p_dup(POSIX_ARGS) {
    if (gp_args_no_kw(t, "dup", kw) < 0 || gp_args_count(t, "dup", nargs, 1, 1) < 0) return NULL;
    int fd;
    if (gp_posix_int_arg(t, args[0], &fd) < 0) return NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return posix_error(t, NULL);
    return gp_int_from_ssize(t, r);
}

static gp_obj *p_dup2(POSIX_ARGS) {
    static const char *const names[] = {"fd", "fd2", "inheritable", NULL};
    static const gp_argspec spec = {"dup2", names, 2, 3};
    gp_obj *a[3];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    int fd, fd2;
    if (gp_posix_int_arg(t, a[0], &fd) < 0 || gp_posix_int_arg(t, a[1], &fd2) < 0) return NULL;
    if (dup2(fd, fd2) < 0) return posix_error(t, NULL);
    return gp_int_from_ssize(t, fd2);
}

static gp_obj *p_isatty(POSIX_ARGS) {
    if (gp_args_no_kw(t, "isatty", kw) < 0 || gp_args_count(t, "isatty", nargs, 1, 1) < 0) return NULL;
    int fd;
    if (gp_posix_int_arg(t, args[0], &fd) < 0) return NULL;
    return gp_bool_from(isatty(fd));
}

static gp_obj *p_get_terminal_size(POSIX_ARGS) {
    if (gp_args_no_kw(t, "get_terminal_size", kw) < 0 || gp_args_count(t, "get_terminal_size", nargs, 0, 1) < 0)
        return NULL;
    int fd = 1;
    if (nargs && gp_posix_int_arg(t, args[0], &fd) < 0) return NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return posix_error(t, NULL);
    gp_obj *c = gp_int_from_ssize(t, w.ws_col), *l = gp_int_from_ssize(t, w.ws_row);
    gp_obj *r = c && l ? gp_tuple_pack(t, 2, c, l) : NULL;
    gp_xdecref(c);
    gp_xdecref(l);
    return r;
}

/* ------------------------------------------------------------ processes */

static gp_obj *p_getpid(POSIX_ARGS) { return gp_int_from_i64(t, getpid()); }
static gp_obj *p_getppid(POSIX_ARGS) { return gp_int_from_i64(t, getppid()); }
static gp_obj *p_getuid(POSIX_ARGS) { return gp_int_from_i64(t, getuid()); }
static gp_obj *p_geteuid(POSIX_ARGS) { return gp_int_from_i64(t, geteuid()); }
static gp_obj *p_getgid(POSIX_ARGS) { return gp_int_from_i64(t, getgid()); }
static gp_obj *p_getegid(POSIX_ARGS) { return gp_int_from_i64(t, getegid()); }

static gp_obj *p_cpu_count(POSIX_ARGS) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) return GP_NONE;
    return gp_int_from_i64(t, n);
}

static gp_obj *p_umask(POSIX_ARGS) {
    if (gp_args_no_kw(t, "umask", kw) < 0 || gp_args_count(t, "umask", nargs, 1, 1) < 0) return NULL;
    int mask;
    if (gp_posix_int_arg(t, args[0], &mask) < 0) return NULL;
    return gp_int_from_i64(t, umask((mode_t)mask));
}

static gp_obj *p_kill(POSIX_ARGS) {
    if (gp_args_no_kw(t, "kill", kw) < 0 || gp_args_count(t, "kill", nargs, 2, 2) < 0) return NULL;
    int pid, sig;
    if (gp_posix_int_arg(t, args[0], &pid) < 0 || gp_posix_int_arg(t, args[1], &sig) < 0) return NULL;
    if (kill(pid, sig) < 0) return posix_error(t, NULL);
    return GP_NONE;
}

/* waitpid(pid, options) -> (pid, status), with the GIL released while it
   blocks. */
static gp_obj *wait_for_child(gp_thread *t, int pid, int options) {
    int status = 0;
    pid_t r;
    for (;;) {
        GP_BEGIN_ALLOW_THREADS
        r = waitpid(pid, &status, options);
        GP_END_ALLOW_THREADS
        if (r >= 0 || errno != EINTR) break;
        if (after_eintr(t) < 0) return NULL;
    }
    if (r < 0) return posix_error(t, NULL);
    gp_obj *a = gp_int_from_i64(t, r), *b = gp_int_from_i64(t, status);
    gp_obj *res = a && b ? gp_tuple_pack(t, 2, a, b) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    return res;
}

static gp_obj *p_fork(POSIX_ARGS) {
    if (gp_args_no_kw(t, "fork", kw) < 0 || gp_args_count(t, "fork", nargs, 0, 0) < 0) return NULL;
    fflush(NULL);
    pid_t pid = gp_runtime_fork(t);
    int saved_errno = errno;
    if (pid == 0) gp_signal_after_fork(t);
    errno = saved_errno;
    if (pid < 0) return posix_error(t, NULL);
    return gp_int_from_i64(t, pid);
}

static gp_obj *p_waitpid(POSIX_ARGS) {
    if (gp_args_no_kw(t, "waitpid", kw) < 0 || gp_args_count(t, "waitpid", nargs, 2, 2) < 0) return NULL;
    int pid, options;
    if (gp_posix_int_arg(t, args[0], &pid) < 0 || gp_posix_int_arg(t, args[1], &options) < 0) return NULL;
    return wait_for_child(t, pid, options);
}

static gp_obj *p_wait(POSIX_ARGS) {
    if (gp_args_no_kw(t, "wait", kw) < 0 || gp_args_count(t, "wait", nargs, 0, 0) < 0) return NULL;
    return wait_for_child(t, -1, 0);
}

static gp_obj *p_system(POSIX_ARGS) {
    static const char *const names[] = {"command", NULL};
    static const gp_argspec spec = {"system", names, 1, -1};
    gp_obj *a[1];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    path_arg p;
    if (path_conv(t, "system", "command", a[0], &p) < 0) return NULL;
    int rc;
    /* Blocking: the child runs while other threads go on. */
    fflush(NULL);
    GP_BEGIN_ALLOW_THREADS
    rc = system(p.s);
    GP_END_ALLOW_THREADS
    path_release(&p);
    return gp_int_from_i64(t, rc);
}

/* _spawn_shell(command, mode): run "/bin/sh -c command" with a pipe to its
   stdout (mode 'r') or from its stdin (mode 'w'); returns (fd, pid), the
   parent's end of the pipe and the child's id, for os.popen. */
static gp_obj *p_spawn_shell(POSIX_ARGS) {
    if (gp_args_no_kw(t, "_spawn_shell", kw) < 0 || gp_args_count(t, "_spawn_shell", nargs, 2, 2) < 0) return NULL;
    path_arg cmd;
    if (path_conv(t, "popen", "cmd", args[0], &cmd) < 0) return NULL;
    int reading = gp_str_check(args[1]) && strchr(gp_str_utf8(args[1]), 'w') == NULL;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) {
        path_release(&cmd);
        return posix_error(t, NULL);
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        path_release(&cmd);
        return posix_error(t, NULL);
    }
    if (pid == 0) {
        /* The child: its stdout (or stdin) becomes the pipe. */
        if (reading) dup2(fds[1], 1);
        else dup2(fds[0], 0);
        execl("/bin/sh", "sh", "-c", cmd.s, (char *)NULL);
        _exit(127);
    }
    path_release(&cmd);
    int mine = reading ? fds[0] : fds[1];
    close(reading ? fds[1] : fds[0]);
    gp_obj *a = gp_int_from_ssize(t, mine), *b = gp_int_from_i64(t, pid);
    gp_obj *r = a && b ? gp_tuple_pack(t, 2, a, b) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    return r;
}

/* Fill a NULL-terminated array of C strings from a list or tuple of str
   or bytes; the strings point into `keep` (a list holding the encoded
   items). */
static char **cstring_array(gp_thread *t, gp_obj *seq, gp_obj *keep) {
    gp_obj *items = gp_seq_tuple(t, seq);
    if (!items) return NULL;
    gp_ssize n = gp_tuple_size(items);
    char **arr = gp_mem_calloc((size_t)n + 1, sizeof(char *));
    if (!arr) {
        gp_decref(items);
        gp_err_nomemory(t);
        return NULL;
    }
    for (gp_ssize k = 0; k < n; k++) {
        path_arg pa;
        if (path_conv(t, "execv", "args", gp_tuple_get_borrow(items, k), &pa) < 0 ||
            gp_list_append_steal(t, keep, pa.obj) < 0) {
            gp_mem_free(arr);
            gp_decref(items);
            return NULL;
        }
        arr[k] = (char *)pa.s;
    }
    gp_decref(items);
    return arr;
}

/* _spawn(args, env, cwd, fd_in, fd_out, fd_err) -> pid: start a program
   (found on PATH when args[0] has no slash) with the given descriptors as
   its standard streams (-1: inherit).  A failure to start it in the child
   comes back to the parent as OSError, through a close-on-exec pipe. */
static gp_obj *p_spawn(POSIX_ARGS) {
    if (gp_args_no_kw(t, "_spawn", kw) < 0 || gp_args_count(t, "_spawn", nargs, 6, 6) < 0) return NULL;
    gp_obj *keep = gp_list_new(t, 0);
    if (!keep) return NULL;
    char **argv = NULL, **envp = NULL;
    gp_obj *result = NULL;
    int fds[3], err_pipe[2] = {-1, -1};
    path_arg cwd = {NULL, NULL, 0};
    argv = cstring_array(t, args[0], keep);
    if (!argv || !argv[0]) {
        if (argv) gp_err_format(t, &gp_exc_ValueError, "args must not be empty");
        goto done;
    }
    if (args[1] != GP_NONE && !(envp = cstring_array(t, args[1], keep))) goto done;
    if (args[2] != GP_NONE && path_conv(t, "_spawn", "cwd", args[2], &cwd) < 0) goto done;
    for (int k = 0; k < 3; k++)
        if (gp_posix_int_arg(t, args[3 + k], &fds[k]) < 0) goto done;
    if (pipe2(err_pipe, O_CLOEXEC) < 0) {
        posix_error(t, NULL);
        goto done;
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        posix_error(t, NULL);
        goto done;
    }
    if (pid == 0) {
        for (int k = 0; k < 3; k++) {
            if (fds[k] >= 0 && fds[k] != k) dup2(fds[k], k);
            else if (fds[k] == k) fcntl(k, F_SETFD, 0);
        }
        if (cwd.s && chdir(cwd.s) < 0) goto child_failed;
        if (envp) {
            if (strchr(argv[0], '/')) execve(argv[0], argv, envp);
            else execvpe(argv[0], argv, envp);
        } else {
            execvp(argv[0], argv);
        }
    child_failed:;
        int e = errno;
        ssize_t unused = write(err_pipe[1], &e, sizeof e);
        (void)unused;
        _exit(255);
    }
    close(err_pipe[1]);
    err_pipe[1] = -1;
    int child_errno = 0;
    ssize_t got;
    do {
        got = read(err_pipe[0], &child_errno, sizeof child_errno);
    } while (got < 0 && errno == EINTR);
    if (got == (ssize_t)sizeof child_errno) {
        int status;
        waitpid(pid, &status, 0);
        errno = child_errno;
        posix_error(t, gp_list_get_borrow(keep, 0));
        goto done;
    }
    result = gp_int_from_i64(t, pid);
done:
    if (err_pipe[0] >= 0) close(err_pipe[0]);
    if (err_pipe[1] >= 0) close(err_pipe[1]);
    path_release(&cwd);
    gp_mem_free(argv);
    gp_mem_free(envp);
    gp_decref(keep);
    return result;
}

/* execv(path, args) and execve(path, args, env): replace the process;
   they return only by raising. */
static gp_obj *do_exec(gp_thread *t, const char *fname, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, int with_env) {
    if (gp_args_no_kw(t, fname, kw) < 0 || gp_args_count(t, fname, nargs, 2 + with_env, 2 + with_env) < 0)
        return NULL;
    if (!gp_list_check(args[1]) && !gp_tuple_check(args[1]))
        return gp_err_format(t, &gp_exc_TypeError, "%s() arg 2 must be a tuple or list", fname);
    path_arg path;
    if (path_conv(t, fname, "path", args[0], &path) < 0) return NULL;
    gp_obj *keep = gp_list_new(t, 0);
    char **argv = keep ? cstring_array(t, args[1], keep) : NULL;
    char **envp = NULL;
    if (argv && !argv[0]) {
        gp_err_format(t, &gp_exc_ValueError, "%s() arg 2 must not be empty", fname);
    } else if (argv && with_env) {
        gp_obj *items = gp_obj_getattr_cstr(t, args[2], "items");
        gp_obj *pairs = items ? gp_call0(t, items) : NULL;
        gp_obj *strs = pairs ? gp_list_new(t, 0) : NULL;
        gp_obj *it = strs ? gp_obj_getiter(t, pairs) : NULL;
        gp_obj *pair;
        while (it && (pair = gp_iter_next(t, it)) != NULL) {
            gp_obj *kv = gp_seq_tuple(t, pair);
            gp_decref(pair);
            gp_obj *line = kv && gp_tuple_size(kv) == 2
                               ? gp_str_from_format(t, "%S=%S", gp_tuple_get_borrow(kv, 0), gp_tuple_get_borrow(kv, 1))
                               : NULL;
            gp_xdecref(kv);
            if (!line || gp_list_append_steal(t, strs, line) < 0) break;
        }
        if (!gp_err_occurred(t) && strs) envp = cstring_array(t, strs, keep);
        gp_xdecref(it);
        gp_xdecref(strs);
        gp_xdecref(pairs);
        gp_xdecref(items);
    }
    if (argv && argv[0] && (!with_env || envp)) {
        fflush(NULL);
        if (with_env) execve(path.s, argv, envp);
        else execv(path.s, argv);
        posix_error(t, NULL);
    }
    gp_mem_free(argv);
    gp_mem_free(envp);
    gp_xdecref(keep);
    path_release(&path);
    return NULL;
}

static gp_obj *p_execv(POSIX_ARGS) { return do_exec(t, "execv", args, nargs, kw, 0); }
static gp_obj *p_execve(POSIX_ARGS) { return do_exec(t, "execve", args, nargs, kw, 1); }

static gp_obj *p_exit(POSIX_ARGS) {
    if (gp_args_no_kw(t, "_exit", kw) < 0 || gp_args_count(t, "_exit", nargs, 1, 1) < 0) return NULL;
    int code;
    if (gp_posix_int_arg(t, args[0], &code) < 0) return NULL;
    _exit(code);
}

/* Status decoding for waitpid()'s result. */
static int status_arg(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, const char *fname, int *st) {
    if (gp_args_no_kw(t, fname, kw) < 0 || gp_args_count(t, fname, nargs, 1, 1) < 0) return -1;
    return gp_posix_int_arg(t, args[0], st);
}
static gp_obj *p_WIFEXITED(POSIX_ARGS) {
    int st;
    if (status_arg(t, args, nargs, kw, "WIFEXITED", &st) < 0) return NULL;
    return gp_bool_from(WIFEXITED(st));
}
static gp_obj *p_WEXITSTATUS(POSIX_ARGS) {
    int st;
    if (status_arg(t, args, nargs, kw, "WEXITSTATUS", &st) < 0) return NULL;
    return gp_int_from_i64(t, WEXITSTATUS(st));
}
static gp_obj *p_WIFSIGNALED(POSIX_ARGS) {
    int st;
    if (status_arg(t, args, nargs, kw, "WIFSIGNALED", &st) < 0) return NULL;
    return gp_bool_from(WIFSIGNALED(st));
}
static gp_obj *p_WTERMSIG(POSIX_ARGS) {
    int st;
    if (status_arg(t, args, nargs, kw, "WTERMSIG", &st) < 0) return NULL;
    return gp_int_from_i64(t, WTERMSIG(st));
}
static gp_obj *p_waitstatus_to_exitcode(POSIX_ARGS) {
    int st;
    if (status_arg(t, args, nargs, kw, "waitstatus_to_exitcode", &st) < 0) return NULL;
    if (WIFEXITED(st)) return gp_int_from_i64(t, WEXITSTATUS(st));
    if (WIFSIGNALED(st)) return gp_int_from_i64(t, -WTERMSIG(st));
    return gp_err_format(t, &gp_exc_ValueError, "invalid wait status: %d", st);
}

/* ---------------------------------------------------------- environment */

static gp_obj *p_putenv(POSIX_ARGS) {
    if (gp_args_no_kw(t, "putenv", kw) < 0 || gp_args_count(t, "putenv", nargs, 2, 2) < 0) return NULL;
    path_arg k, v;
    if (path_conv(t, "putenv", "name", args[0], &k) < 0) return NULL;
    if (path_conv(t, "putenv", "value", args[1], &v) < 0) {
        path_release(&k);
        return NULL;
    }
    int rc = 0;
    if (!*k.s || strchr(k.s, '=')) {
        gp_err_format(t, &gp_exc_ValueError, "illegal environment variable name");
        rc = -2;
    } else {
        rc = setenv(k.s, v.s, 1);
    }
    path_release(&k);
    path_release(&v);
    if (rc == -2) return NULL;
    if (rc < 0) return posix_error(t, NULL);
    return GP_NONE;
}

static gp_obj *p_unsetenv(POSIX_ARGS) {
    if (gp_args_no_kw(t, "unsetenv", kw) < 0 || gp_args_count(t, "unsetenv", nargs, 1, 1) < 0) return NULL;
    path_arg k;
    if (path_conv(t, "unsetenv", "name", args[0], &k) < 0) return NULL;
    int rc = unsetenv(k.s);
    path_release(&k);
    if (rc < 0) return posix_error(t, NULL);
    return GP_NONE;
}

/* A dict copy of the environment at import, str to str. */
static gp_obj *environ_dict(gp_thread *t) {
    gp_obj *d = gp_dict_new(t);
    if (!d) return NULL;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        gp_obj *k = gp_str_decode(t, *e, eq - *e, "utf-8", "surrogateescape");
        gp_obj *v = gp_str_decode(t, eq + 1, (gp_ssize)strlen(eq + 1), "utf-8", "surrogateescape");
        int bad = !k || !v;
        if (!bad && !gp_dict_contains(t, d, k)) bad = gp_dict_set(t, d, k, v) < 0;
        gp_xdecref(k);
        gp_xdecref(v);
        if (bad) {
            gp_decref(d);
            return NULL;
        }
    }
    return d;
}

/* ---------------------------------------------------------------- misc */

static gp_obj *p_strerror(POSIX_ARGS) {
    if (gp_args_no_kw(t, "strerror", kw) < 0 || gp_args_count(t, "strerror", nargs, 1, 1) < 0) return NULL;
    int code;
    if (gp_posix_int_arg(t, args[0], &code) < 0) return NULL;
    return gp_str_from_cstr(t, strerror(code));
}

static gp_obj *p_urandom(POSIX_ARGS) {
    if (gp_args_no_kw(t, "urandom", kw) < 0 || gp_args_count(t, "urandom", nargs, 1, 1) < 0) return NULL;
    gp_ssize n;
    if (!gp_int_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    if (gp_int_as_ssize(t, args[0], &n) < 0) return NULL;
    if (n < 0) return gp_err_format(t, &gp_exc_ValueError, "negative argument not allowed");
    char *buf = gp_mem_alloc((size_t)n + 1);
    if (!buf) return gp_err_nomemory(t);
    gp_ssize done = 0;
    while (done < n) {
        ssize_t got = getrandom(buf + done, (size_t)(n - done), 0);
        if (got < 0) {
            if (errno == EINTR) continue;
            gp_mem_free(buf);
            return posix_error(t, NULL);
        }
        done += got;
    }
    gp_obj *r = gp_bytes_new(t, buf, n);
    gp_mem_free(buf);
    return r;
}

/* uname() as a 5-tuple; os.py names the fields. */
static gp_obj *p_uname(POSIX_ARGS) {
    struct utsname u;
    if (uname(&u) < 0) return posix_error(t, NULL);
    const char *f[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    gp_obj *tup = gp_tuple_new(t, 5);
    if (!tup) return NULL;
    for (int i = 0; i < 5; i++) {
        gp_obj *s = gp_str_from_cstr(t, f[i]);
        if (!s) {
            for (int j = i; j < 5; j++) gp_tuple_items(tup)[j] = GP_NONE;
            gp_decref(tup);
            return NULL;
        }
        gp_tuple_items(tup)[i] = s;
    }
    return tup;
}

static const gp_method_def posix_functions[] = {
    {"fspath", p_fspath, 0, "Return the file system path representation of the object."},
    {"getcwd", p_getcwd, 0, "Return a unicode string representing the current working directory."},
    {"getcwdb", p_getcwdb, 0, "Return a bytes string representing the current working directory."},
    {"chdir", p_chdir, 0, "Change the current working directory to the specified path."},
    {"mkdir", p_mkdir, 0, "Create a directory."},
    {"rmdir", p_rmdir, 0, "Remove a directory."},
    {"unlink", p_unlink, 0, "Remove a file (same as remove())."},
    {"remove", p_remove, 0, "Remove a file (same as unlink())."},
    {"rename", p_rename, 0, "Rename a file or directory."},
    {"replace", p_replace, 0, "Rename a file or directory, overwriting the destination."},
    {"link", p_link, 0, "Create a hard link to a file."},
    {"symlink", p_symlink, 0, "Create a symbolic link pointing to src named dst."},
    {"readlink", p_readlink, 0, "Return a string representing the path to which the symbolic link points."},
    {"listdir", p_listdir, 0, "Return a list containing the names of the files in the directory."},
    {"stat", p_stat, 0, "Perform a stat system call on the given path."},
    {"lstat", p_lstat, 0, "Perform a stat system call on the given path, without following symbolic links."},
    {"fstat", p_fstat, 0, "Perform a stat system call on the given file descriptor."},
    {"access", p_access, 0, "Use the real uid/gid to test for access to a path."},
    {"chmod", p_chmod, 0, "Change the access permissions of a file."},
    {"utime", p_utime, 0, "Set the access and modified time of path."},
    {"open", p_open, 0, "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"close", p_close, 0, "Close a file descriptor."},
    {"closerange", p_closerange, 0, "Closes all file descriptors in [fd_low, fd_high), ignoring errors."},
    {"read", p_read, 0, "Read from a file descriptor.  Returns a bytes object."},
    {"write", p_write, 0, "Write a bytes object to a file descriptor."},
    {"lseek", p_lseek, 0, "Set the position of a file descriptor.  Return the new position."},
    {"fsync", p_fsync, 0, "Force write of fd to disk."},
    {"ftruncate", p_ftruncate, 0, "Truncate a file, specified by file descriptor, to a specific length."},
    {"pipe", p_pipe, 0, "Create a pipe."},
    {"dup", p_dup, 0, "Return a duplicate of a file descriptor."},
    {"dup2", p_dup2, 0, "Duplicate file descriptor."},
    {"isatty", p_isatty, 0, "Return True if the fd is connected to a terminal."},
    {"get_terminal_size", p_get_terminal_size, 0, "Return the size of the terminal window as (columns, lines)."},
    {"getpid", p_getpid, 0, "Return the current process id."},
    {"getppid", p_getppid, 0, "Return the parent's process id."},
    {"getuid", p_getuid, 0, "Return the current process's user id."},
    {"geteuid", p_geteuid, 0, "Return the current process's effective user id."},
    {"getgid", p_getgid, 0, "Return the current process's group id."},
    {"getegid", p_getegid, 0, "Return the current process's effective group id."},
    {"cpu_count", p_cpu_count, 0, "Return the number of CPUs in the system; return None if indeterminable."},
    {"umask", p_umask, 0, "Set the current numeric umask and return the previous umask."},
    {"kill", p_kill, 0, "Kill a process with a signal."},
    {"fork", p_fork, 0, "Fork a child process."},
    {"waitpid", p_waitpid, 0, "Wait for completion of a given child process."},
    {"wait", p_wait, 0, "Wait for completion of a child process."},
    {"system", p_system, 0, "Execute the command in a subshell."},
    {"_spawn_shell", p_spawn_shell, 0, "Run a shell command with a pipe to or from it (for os.popen)."},
    {"_spawn", p_spawn, 0, "Start a program with the given standard streams (for subprocess)."},
    {"execv", p_execv, 0, "Execute an executable path with arguments, replacing current process."},
    {"execve", p_execve, 0, "Execute an executable path with arguments and environment, replacing current process."},
    {"_exit", p_exit, 0, "Exit to the system with specified status, without normal exit processing."},
    {"WIFEXITED", p_WIFEXITED, 0, "Return True if the process returning status exited via the exit() system call."},
    {"WEXITSTATUS", p_WEXITSTATUS, 0, "Return the process return code from status."},
    {"WIFSIGNALED", p_WIFSIGNALED, 0, "Return True if the process returning status was terminated by a signal."},
    {"WTERMSIG", p_WTERMSIG, 0, "Return the signal that terminated the process that provided the status value."},
    {"waitstatus_to_exitcode", p_waitstatus_to_exitcode, 0, "Convert a wait status to an exit code."},
    {"putenv", p_putenv, 0, "Change or add an environment variable."},
    {"unsetenv", p_unsetenv, 0, "Delete an environment variable."},
    {"strerror", p_strerror, 0, "Translate an error code to a message string."},
    {"urandom", p_urandom, 0, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"uname", p_uname, 0, "Return an object identifying the current operating system."},
    {NULL, NULL, 0, NULL},
};

static const struct {
    const char *name;
    long value;
} posix_constants[] = {
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND},
    {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK},
    {"O_NOCTTY", O_NOCTTY}, {"O_CLOEXEC", O_CLOEXEC}, {"O_SYNC", O_SYNC}, {"O_DIRECTORY", O_DIRECTORY},
    {"O_NOFOLLOW", O_NOFOLLOW}, {"O_ACCMODE", O_ACCMODE},
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED},
    {"EX_OK", 0},
    {NULL, 0},
};

gp_obj *gp_mod_posix_init(gp_thread *t) {
    gp_obj *m = gp_module_new(t, "posix");
    if (!m || gp_module_add_functions(t, m, posix_functions) < 0 ||
        gp_module_add_functions(t, m, gp_posix_more_functions) < 0 ||
        gp_module_add_functions(t, m, gp_posix_id_functions) < 0 || gp_posix_id_constants(t, m) < 0)
        goto error;
    for (int i = 0; posix_constants[i].name; i++)
        if (gp_module_add_int(t, m, posix_constants[i].name, posix_constants[i].value) < 0) goto error;
    gp_obj *env = environ_dict(t);
    if (!env) goto error;
    int rc = gp_module_add_object(t, m, "environ", env);
    gp_decref(env);
    if (rc < 0) goto error;
    return m;
error:
    gp_xdecref(m);
    return NULL;
}
