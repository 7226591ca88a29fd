/* Still more of the posix module: process credentials (set*uid, set*gid,
   getres*id, setgroups), scheduling priority, device numbers, pipe2,
   chroot, ctermid and sendfile.  The functions join posix.c's table
   (gp_posix_id_functions) and their constants its module dict
   (gp_posix_id_constants). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gil.h"

#define POSIX_ARGS gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw

/* n int arguments, positional only. */
static int ints(gp_thread *t, const char *fname, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, int n,
                int *out) {
    if (gp_args_no_kw(t, fname, kw) < 0 || gp_args_count(t, fname, nargs, n, n) < 0) return -1;
    for (int i = 0; i < n; i++)
        if (gp_posix_int_arg(t, args[i], &out[i]) < 0) return -1;
    return 0;
}

static gp_obj *error(gp_thread *t) { return gp_err_from_errno(t, &gp_exc_OSError, NULL); }

static gp_obj *none_or_error(gp_thread *t, int rc) {
    if (rc < 0) return error(t);
    return GP_NONE;
}

/* One id argument: -1 (as in setreuid(-1, uid)) means "leave as it is". */
#define ONE_ID(pyname, call, idtype)                             \
    static gp_obj *p_##pyname(POSIX_ARGS) {                      \
        int v;                                                   \
        if (ints(t, #pyname, args, nargs, kw, 1, &v) < 0) return NULL; \
        return none_or_error(t, call((idtype)v));                \
    }

ONE_ID(setuid, setuid, uid_t)
ONE_ID(setgid, setgid, gid_t)
ONE_ID(seteuid, seteuid, uid_t)
ONE_ID(setegid, setegid, gid_t)

static gp_obj *p_setreuid(POSIX_ARGS) {
    int v[2];
    if (ints(t, "setreuid", args, nargs, kw, 2, v) < 0) return NULL;
    return none_or_error(t, setreuid((uid_t)v[0], (uid_t)v[1]));
}

static gp_obj *p_setregid(POSIX_ARGS) {
    int v[2];
    if (ints(t, "setregid", args, nargs, kw, 2, v) < 0) return NULL;
    return none_or_error(t, setregid((gid_t)v[0], (gid_t)v[1]));
}

static gp_obj *p_setresuid(POSIX_ARGS) {
    int v[3];
    if (ints(t, "setresuid", args, nargs, kw, 3, v) < 0) return NULL;
    return none_or_error(t, setresuid((uid_t)v[0], (uid_t)v[1], (uid_t)v[2]));
}

static gp_obj *p_setresgid(POSIX_ARGS) {
    int v[3];
    if (ints(t, "setresgid", args, nargs, kw, 3, v) < 0) return NULL;
    return none_or_error(t, setresgid((gid_t)v[0], (gid_t)v[1], (gid_t)v[2]));
}

static gp_obj *three_ids(gp_thread *t, unsigned long a, unsigned long b, unsigned long c) {
    gp_obj *x = gp_int_from_u64(t, a);
    gp_obj *y = x ? gp_int_from_u64(t, b) : NULL;
    gp_obj *z = y ? gp_int_from_u64(t, c) : NULL;
    gp_obj *r = z ? gp_tuple_pack(t, 3, x, y, z) : NULL;
    gp_xdecref(x);
    gp_xdecref(y);
    gp_xdecref(z);
    return r;
}

static gp_obj *p_getresuid(POSIX_ARGS) {
    if (gp_args_no_kw(t, "getresuid", kw) < 0 || gp_args_count(t, "getresuid", nargs, 0, 0) < 0) return NULL;
    uid_t r, e, s;
    if (getresuid(&r, &e, &s) < 0) return error(t);
    return three_ids(t, r, e, s);
}

static gp_obj *p_getresgid(POSIX_ARGS) {
    if (gp_args_no_kw(t, "getresgid", kw) < 0 || gp_args_count(t, "getresgid", nargs, 0, 0) < 0) return NULL;
    gid_t r, e, s;
    if (getresgid(&r, &e, &s) < 0) return error(t);
    return three_ids(t, r, e, s);
}

/* setgroups(groups): any iterable of group ids. */
static gp_obj *p_setgroups(POSIX_ARGS) {
    if (gp_args_no_kw(t, "setgroups", kw) < 0 || gp_args_count(t, "setgroups", nargs, 1, 1) < 0) return NULL;
    gp_obj *seq = gp_seq_tuple(t, args[0]);
    if (!seq) {
        if (gp_err_matches(t, &gp_exc_TypeError)) {
            gp_err_clear(t);
            gp_err_set_str(t, &gp_exc_TypeError, "setgroups argument must be a sequence");
        }
        return NULL;
    }
    gp_ssize n = gp_tuple_size(seq);
    gid_t *groups = gp_mem_alloc(n ? (size_t)n * sizeof(gid_t) : 1);
    if (!groups) {
        gp_decref(seq);
        return gp_err_nomemory(t);
    }
    for (gp_ssize i = 0; i < n; i++) {
        int g;
        if (gp_posix_int_arg(t, gp_tuple_get_borrow(seq, i), &g) < 0) {
            gp_mem_free(groups);
            gp_decref(seq);
            return NULL;
        }
        groups[i] = (gid_t)g;
    }
    gp_decref(seq);
    int rc = setgroups((size_t)n, groups);
    gp_mem_free(groups);
    return none_or_error(t, rc);
}

/* getpriority(which, who) / setpriority(which, who, priority) with the
   PRIO_ constants; -1 is a valid priority, so errno tells failure. */
static gp_obj *p_getpriority(POSIX_ARGS) {
    int v[2];
    if (ints(t, "getpriority", args, nargs, kw, 2, v) < 0) return NULL;
    errno = 0;
    int r = getpriority(v[0], (id_t)v[1]);
    if (r == -1 && errno != 0) return error(t);
    return gp_int_from_ssize(t, r);
}

static gp_obj *p_setpriority(POSIX_ARGS) {
    int v[3];
    if (ints(t, "setpriority", args, nargs, kw, 3, v) < 0) return NULL;
    return none_or_error(t, setpriority(v[0], (id_t)v[1], v[2]));
}

/* Device numbers. */
static int dev_arg(gp_thread *t, gp_obj *o, uint64_t *out) {
    gp_obj *i = gp_number_index(t, o);
    if (!i) return -1;
    int rc = gp_int_as_u64(t, i, out);
    gp_decref(i);
    return rc;
}

static gp_obj *p_major(POSIX_ARGS) {
    uint64_t d;
    if (gp_args_no_kw(t, "major", kw) < 0 || gp_args_count(t, "major", nargs, 1, 1) < 0 ||
        dev_arg(t, args[0], &d) < 0)
        return NULL;
    return gp_int_from_u64(t, major((dev_t)d));
}

static gp_obj *p_minor(POSIX_ARGS) {
    uint64_t d;
    if (gp_args_no_kw(t, "minor", kw) < 0 || gp_args_count(t, "minor", nargs, 1, 1) < 0 ||
        dev_arg(t, args[0], &d) < 0)
        return NULL;
    return gp_int_from_u64(t, minor((dev_t)d));
}

static gp_obj *p_makedev(POSIX_ARGS) {
    uint64_t a, b;
    if (gp_args_no_kw(t, "makedev", kw) < 0 || gp_args_count(t, "makedev", nargs, 2, 2) < 0 ||
        dev_arg(t, args[0], &a) < 0 || dev_arg(t, args[1], &b) < 0)
        return NULL;
    return gp_int_from_u64(t, makedev((unsigned)a, (unsigned)b));
}

/* pipe2(flags) -> (read_fd, write_fd) */
static gp_obj *p_pipe2(POSIX_ARGS) {
    int flags;
    if (ints(t, "pipe2", args, nargs, kw, 1, &flags) < 0) return NULL;
    return gp_posix_pipe(t, flags);
}

static gp_obj *p_chroot(POSIX_ARGS) {
    if (gp_args_no_kw(t, "chroot", kw) < 0 || gp_args_count(t, "chroot", nargs, 1, 1) < 0) return NULL;
    gp_obj *path = args[0];
    if (!gp_str_check(path) && !gp_bytes_check(path))
        return gp_err_format(t, &gp_exc_TypeError, "chroot: path should be string, bytes or os.PathLike, not %s",
                             gp_type_name(gp_typeof(path)));
    const char *p = gp_str_check(path) ? gp_str_utf8(path) : gp_bytes_data(path);
    if (chroot(p) < 0) return gp_err_from_errno(t, &gp_exc_OSError, path);
    return GP_NONE;
}

static gp_obj *p_ctermid(POSIX_ARGS) {
    if (gp_args_no_kw(t, "ctermid", kw) < 0 || gp_args_count(t, "ctermid", nargs, 0, 0) < 0) return NULL;
    char buf[L_ctermid];
    if (!ctermid(buf)) return error(t);
    return gp_str_from_cstr(t, buf);
}

/* sendfile(out_fd, in_fd, offset, count) -> bytes sent, with the GIL
   released; offset None sends from in_fd's position. */
static gp_obj *p_sendfile(POSIX_ARGS) {
    static const char *const names[] = {"out_fd", "in_fd", "offset", "count", NULL};
    static const gp_argspec spec = {"sendfile", names, 4, 4};
    gp_obj *a[4];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    int out_fd, in_fd;
    gp_ssize count;
    int64_t off = 0;
    if (gp_posix_int_arg(t, a[0], &out_fd) < 0 || gp_posix_int_arg(t, a[1], &in_fd) < 0 ||
        gp_number_as_ssize(t, a[3], &gp_exc_OverflowError, &count) < 0)
        return NULL;
    int use_off = a[2] != GP_NONE;
    if (use_off && gp_int_as_i64(t, a[2], &off) < 0) return NULL;
    ssize_t sent;
    do {
        off_t o = (off_t)off;
        GP_BEGIN_ALLOW_THREADS
        sent = sendfile(out_fd, in_fd, use_off ? &o : NULL, (size_t)count);
        GP_END_ALLOW_THREADS
    } while (sent < 0 && errno == EINTR && gp_signal_check(t) == 0);
    if (sent < 0) return gp_err_occurred(t) ? NULL : error(t);
    return gp_int_from_i64(t, sent);
}

const gp_method_def gp_posix_id_functions[] = {
    {"setuid", p_setuid, 0, "Set the current process's user id."},
    {"setgid", p_setgid, 0, "Set the current process's group id."},
    {"seteuid", p_seteuid, 0, "Set the current process's effective user id."},
    {"setegid", p_setegid, 0, "Set the current process's effective group id."},
    {"setreuid", p_setreuid, 0, "Set the current process's real and effective user ids."},
    {"setregid", p_setregid, 0, "Set the current process's real and effective group ids."},
    {"setresuid", p_setresuid, 0, "Set the current process's real, effective, and saved user ids."},
    {"setresgid", p_setresgid, 0, "Set the current process's real, effective, and saved group ids."},
    {"getresuid", p_getresuid, 0, "Return a tuple of the current process's real, effective, and saved user ids."},
    {"getresgid", p_getresgid, 0, "Return a tuple of the current process's real, effective, and saved group ids."},
    {"setgroups", p_setgroups, 0, "Set the groups of the current process to list."},
    {"getpriority", p_getpriority, 0, "Return program scheduling priority."},
    {"setpriority", p_setpriority, 0, "Set program scheduling priority."},
    {"major", p_major, 0, "Extracts a device major number from a raw device number."},
    {"minor", p_minor, 0, "Extracts a device minor number from a raw device number."},
    {"makedev", p_makedev, 0, "Composes a raw device number from the major and minor device numbers."},
    {"pipe2", p_pipe2, 0, "Create a pipe with flags set atomically."},
    {"chroot", p_chroot, 0, "Change root directory to path."},
    {"ctermid", p_ctermid, 0, "Return the name of the controlling terminal for this process."},
    {"sendfile", p_sendfile, 0, "Copy count bytes from file descriptor in_fd to file descriptor out_fd."},
    {NULL, NULL, 0, NULL},
};

int gp_posix_id_constants(gp_thread *t, gp_obj *m) {
    if (gp_module_add_int(t, m, "PRIO_PROCESS", PRIO_PROCESS) < 0 ||
        gp_module_add_int(t, m, "PRIO_PGRP", PRIO_PGRP) < 0 || gp_module_add_int(t, m, "PRIO_USER", PRIO_USER) < 0 ||
        gp_module_add_int(t, m, "O_DSYNC", O_DSYNC) < 0 || gp_module_add_int(t, m, "O_NDELAY", O_NDELAY) < 0 ||
        gp_module_add_int(t, m, "O_ASYNC", O_ASYNC) < 0 || gp_module_add_int(t, m, "O_NOATIME", O_NOATIME) < 0 ||
        gp_module_add_int(t, m, "O_PATH", O_PATH) < 0 || gp_module_add_int(t, m, "O_TMPFILE", O_TMPFILE) < 0 ||
        gp_module_add_int(t, m, "O_DIRECT", O_DIRECT) < 0 || gp_module_add_int(t, m, "O_RSYNC", O_RSYNC) < 0)
        return -1;
    return 0;
}
