/* More of the posix module: ownership, file system statistics, process
   groups and sessions, descriptor flags, CPU affinity and system limits.
   The functions join posix.c's table (gp_posix_more_functions); os.py
   wraps the tuples of statvfs and times in their named result types. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gil.h"

#define POSIX_ARGS gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw

static int ints(gp_thread *t, const char *fname, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                int n, int *out) {
    if (gp_args_no_kw(t, fname, kw) < 0 || gp_args_count(t, fname, nargs, n, n) < 0) return -1;
    for (int i = 0; i < n; i++)
        if (gp_posix_int_arg(t, args[i], &out[i]) < 0) return -1;
    return 0;
}

/* A path (str, bytes or os.PathLike) as a new bytes object holding its
   file system name. */
static gp_obj *path_bytes(gp_thread *t, gp_obj *o) {
    gp_obj *p = NULL;
    if (gp_str_check(o) || gp_bytes_check(o)) {
        p = gp_newref(o);
    } else {
        gp_obj *m = gp_obj_lookup_special(t, o, gp_str_intern_cstr_borrow(t, "__fspath__"));
        if (m) {
            p = gp_call0(t, m);
            gp_decref(m);
            if (!p) return NULL;
        } else if (!gp_err_occurred(t)) {
            return gp_err_format(t, &gp_exc_TypeError,
                                 "expected str, bytes or os.PathLike object, not %s",
                                 gp_type_name(gp_typeof(o)));
        } else {
            return NULL;
        }
        if (!gp_str_check(p) && !gp_bytes_check(p)) {
            gp_decref(p);
            return gp_err_format(t, &gp_exc_TypeError,
                                 "expected str, bytes or os.PathLike object, not %s",
                                 gp_type_name(gp_typeof(o)));
        }
    }
    gp_obj *b = gp_bytes_check(p) ? gp_newref(p) : gp_bytes_new(t, gp_str_utf8(p), gp_str_size(p));
    gp_decref(p);
    if (b && (gp_ssize)strlen(gp_bytes_data(b)) != gp_bytes_size(b)) {
        gp_decref(b);
        return gp_err_format(t, &gp_exc_ValueError, "embedded null byte");
    }
    return b;
}

static gp_obj *error(gp_thread *t, gp_obj *filename) {
    return gp_err_from_errno(t, &gp_exc_OSError, filename);
}

static gp_obj *none_or_error(gp_thread *t, int rc, gp_obj *filename) {
    if (rc < 0) return error(t, filename);
    return GP_NONE;
}

/* chown(path, uid, gid) and lchown: a path or, for chown, a descriptor. */
static gp_obj *do_chown(gp_thread *t, const char *fname, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kw, int follow) {
    static const char *const names[] = {"path", "uid", "gid", "dir_fd", "follow_symlinks", NULL};
    gp_argspec spec = {fname, names, 3, 3};
    gp_obj *a[5];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    int uid, gid;
    if (gp_posix_int_arg(t, a[1], &uid) < 0 || gp_posix_int_arg(t, a[2], &gid) < 0) return NULL;
    if (a[4] && a[4] == GP_FALSE) follow = 0;
    if (gp_int_check(a[0])) {
        int fd;
        if (gp_posix_int_arg(t, a[0], &fd) < 0) return NULL;
        return none_or_error(t, fchown(fd, (uid_t)uid, (gid_t)gid), NULL);
    }
    gp_obj *b = path_bytes(t, a[0]);
    if (!b) return NULL;
    int rc = follow ? chown(gp_bytes_data(b), (uid_t)uid, (gid_t)gid)
                    : lchown(gp_bytes_data(b), (uid_t)uid, (gid_t)gid);
    gp_decref(b);
    return none_or_error(t, rc, a[0]);
}

static gp_obj *p_chown(POSIX_ARGS) { return do_chown(t, "chown", args, nargs, kw, 1); }
static gp_obj *p_lchown(POSIX_ARGS) { return do_chown(t, "lchown", args, nargs, kw, 0); }

static gp_obj *p_fchown(POSIX_ARGS) {
    int v[3];
    if (ints(t, "fchown", args, nargs, kw, 3, v) < 0) return NULL;
    return none_or_error(t, fchown(v[0], (uid_t)v[1], (gid_t)v[2]), NULL);
}

static gp_obj *p_fchmod(POSIX_ARGS) {
    int v[2];
    if (ints(t, "fchmod", args, nargs, kw, 2, v) < 0) return NULL;
    return none_or_error(t, fchmod(v[0], (mode_t)v[1]), NULL);
}

static gp_obj *p_fchdir(POSIX_ARGS) {
    int fd;
    if (ints(t, "fchdir", args, nargs, kw, 1, &fd) < 0) return NULL;
    return none_or_error(t, fchdir(fd), NULL);
}

static gp_obj *p_fdatasync(POSIX_ARGS) {
    int fd;
    if (ints(t, "fdatasync", args, nargs, kw, 1, &fd) < 0) return NULL;
    int rc;
    GP_BEGIN_ALLOW_THREADS
    rc = fdatasync(fd);
    GP_END_ALLOW_THREADS
    return none_or_error(t, rc, NULL);
}

static gp_obj *p_sync(POSIX_ARGS) {
    if (gp_args_no_kw(t, "sync", kw) < 0 || gp_args_count(t, "sync", nargs, 0, 0) < 0) return NULL;
    GP_BEGIN_ALLOW_THREADS
    sync();
    GP_END_ALLOW_THREADS
    return GP_NONE;
}

/* statvfs(path or fd) -> the 11 fields of os.statvfs_result, in order. */
static gp_obj *p_statvfs(POSIX_ARGS) {
    if (gp_args_no_kw(t, "statvfs", kw) < 0 || gp_args_count(t, "statvfs", nargs, 1, 1) < 0)
        return NULL;
    struct statvfs st;
    int rc;
    if (gp_int_check(args[0])) {
        int fd;
        if (gp_posix_int_arg(t, args[0], &fd) < 0) return NULL;
        rc = fstatvfs(fd, &st);
    } else {
        gp_obj *b = path_bytes(t, args[0]);
        if (!b) return NULL;
        GP_BEGIN_ALLOW_THREADS
        rc = statvfs(gp_bytes_data(b), &st);
        GP_END_ALLOW_THREADS
        gp_decref(b);
    }
    if (rc < 0) return error(t, gp_int_check(args[0]) ? NULL : args[0]);
    uint64_t f[11] = {st.f_bsize, st.f_frsize, st.f_blocks, st.f_bfree,   st.f_bavail, st.f_files,
                      st.f_ffree, st.f_favail, st.f_flag,   st.f_namemax, st.f_fsid};
    gp_obj *tup = gp_tuple_new(t, 11);
    if (!tup) return NULL;
    for (int i = 0; i < 11; i++) {
        gp_obj *v = gp_int_from_u64(t, f[i]);
        if (!v) {
            for (int j = i; j < 11; j++)
                gp_tuple_items(tup)[j] = GP_NONE;
            gp_decref(tup);
            return NULL;
        }
        gp_tuple_items(tup)[i] = v;
    }
    return tup;
}

static gp_obj *p_truncate(POSIX_ARGS) {
    if (gp_args_no_kw(t, "truncate", kw) < 0 || gp_args_count(t, "truncate", nargs, 2, 2) < 0)
        return NULL;
    int64_t len;
    if (!gp_int_check(args[1]))
        return gp_err_format(t, &gp_exc_TypeError,
                             "'%s' object cannot be interpreted as an integer",
                             gp_type_name(gp_typeof(args[1])));
    if (gp_int_as_i64(t, args[1], &len) < 0) return NULL;
    if (gp_int_check(args[0])) {
        int fd;
        if (gp_posix_int_arg(t, args[0], &fd) < 0) return NULL;
        return none_or_error(t, ftruncate(fd, (off_t)len), NULL);
    }
    gp_obj *b = path_bytes(t, args[0]);
    if (!b) return NULL;
    int rc = truncate(gp_bytes_data(b), (off_t)len);
    gp_decref(b);
    return none_or_error(t, rc, args[0]);
}

static gp_obj *p_mkfifo(POSIX_ARGS) {
    static const char *const names[] = {"path", "mode", "dir_fd", NULL};
    static const gp_argspec spec = {"mkfifo", names, 1, 2};
    gp_obj *a[3];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    int mode = 0666;
    if (a[1] && gp_posix_int_arg(t, a[1], &mode) < 0) return NULL;
    gp_obj *b = path_bytes(t, a[0]);
    if (!b) return NULL;
    int rc = mkfifo(gp_bytes_data(b), (mode_t)mode);
    gp_decref(b);
    return none_or_error(t, rc, a[0]);
}

static gp_obj *p_getloadavg(POSIX_ARGS) {
    if (gp_args_no_kw(t, "getloadavg", kw) < 0 || gp_args_count(t, "getloadavg", nargs, 0, 0) < 0)
        return NULL;
    double l[3];
    if (getloadavg(l, 3) != 3)
        return gp_err_format(t, &gp_exc_OSError, "Load averages are unobtainable");
    gp_obj *a = gp_float_new(t, l[0]), *b = gp_float_new(t, l[1]), *c = gp_float_new(t, l[2]),
           *r = NULL;
    if (a && b && c) r = gp_tuple_pack(t, 3, a, b, c);
    gp_xdecref(a);
    gp_xdecref(b);
    gp_xdecref(c);
    return r;
}

/* times() -> (user, system, children_user, children_system, elapsed). */
static gp_obj *p_times(POSIX_ARGS) {
    if (gp_args_no_kw(t, "times", kw) < 0 || gp_args_count(t, "times", nargs, 0, 0) < 0)
        return NULL;
    struct tms tm;
    clock_t c = times(&tm);
    if (c == (clock_t)-1) return error(t, NULL);
    double tick = (double)sysconf(_SC_CLK_TCK);
    double v[5] = {tm.tms_utime / tick, tm.tms_stime / tick, tm.tms_cutime / tick,
                   tm.tms_cstime / tick, c / tick};
    gp_obj *tup = gp_tuple_new(t, 5);
    if (!tup) return NULL;
    for (int i = 0; i < 5; i++)
        gp_tuple_items(tup)[i] = gp_float_new(t, v[i]);
    for (int i = 0; i < 5; i++) {
        if (!gp_tuple_items(tup)[i]) {
            gp_decref(tup);
            return NULL;
        }
    }
    return tup;
}

static gp_obj *p_sched_getaffinity(POSIX_ARGS) {
    int pid;
    if (ints(t, "sched_getaffinity", args, nargs, kw, 1, &pid) < 0) return NULL;
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(pid, sizeof set, &set) < 0) return error(t, NULL);
    gp_obj *res = gp_set_new(t, NULL);
    if (!res) return NULL;
    for (int cpu = 0; cpu < CPU_SETSIZE; cpu++) {
        if (!CPU_ISSET(cpu, &set)) continue;
        if (gp_set_add(t, res, gp_small_new(cpu)) < 0) {
            gp_decref(res);
            return NULL;
        }
    }
    return res;
}

static gp_obj *p_sched_yield(POSIX_ARGS) {
    if (gp_args_no_kw(t, "sched_yield", kw) < 0 || gp_args_count(t, "sched_yield", nargs, 0, 0) < 0)
        return NULL;
    GP_BEGIN_ALLOW_THREADS
    sched_yield();
    GP_END_ALLOW_THREADS
    return GP_NONE;
}

static gp_obj *fd_flag(gp_thread *t, const char *fname, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kw, int cmd_get, int cmd_set, int bit, int inverted) {
    int setting = cmd_set != 0;
    if (gp_args_no_kw(t, fname, kw) < 0 ||
        gp_args_count(t, fname, nargs, 1 + setting, 1 + setting) < 0)
        return NULL;
    int fd;
    if (gp_posix_int_arg(t, args[0], &fd) < 0) return NULL;
    int flags = fcntl(fd, cmd_get);
    if (flags < 0) return error(t, NULL);
    if (!setting) return gp_bool_from(((flags & bit) != 0) != inverted);
    int on = gp_obj_truthy(t, args[1]);
    if (on < 0) return NULL;
    if (on != inverted)
        flags |= bit;
    else
        flags &= ~bit;
    return none_or_error(t, fcntl(fd, cmd_set, flags), NULL);
}

static gp_obj *p_get_blocking(POSIX_ARGS) {
    return fd_flag(t, "get_blocking", args, nargs, kw, F_GETFL, 0, O_NONBLOCK, 1);
}
static gp_obj *p_set_blocking(POSIX_ARGS) {
    return fd_flag(t, "set_blocking", args, nargs, kw, F_GETFL, F_SETFL, O_NONBLOCK, 1);
}
static gp_obj *p_get_inheritable(POSIX_ARGS) {
    return fd_flag(t, "get_inheritable", args, nargs, kw, F_GETFD, 0, FD_CLOEXEC, 1);
}
static gp_obj *p_set_inheritable(POSIX_ARGS) {
    return fd_flag(t, "set_inheritable", args, nargs, kw, F_GETFD, F_SETFD, FD_CLOEXEC, 1);
}

static gp_obj *int_result(gp_thread *t, long r) {
    if (r < 0) return error(t, NULL);
    return gp_int_from_i64(t, r);
}

static gp_obj *p_getpgid(POSIX_ARGS) {
    int pid;
    if (ints(t, "getpgid", args, nargs, kw, 1, &pid) < 0) return NULL;
    return int_result(t, getpgid(pid));
}
static gp_obj *p_getsid(POSIX_ARGS) {
    int pid;
    if (ints(t, "getsid", args, nargs, kw, 1, &pid) < 0) return NULL;
    return int_result(t, getsid(pid));
}
static gp_obj *p_getpgrp(POSIX_ARGS) {
    if (gp_args_no_kw(t, "getpgrp", kw) < 0 || gp_args_count(t, "getpgrp", nargs, 0, 0) < 0)
        return NULL;
    return gp_int_from_i64(t, getpgrp());
}
static gp_obj *p_setpgid(POSIX_ARGS) {
    int v[2];
    if (ints(t, "setpgid", args, nargs, kw, 2, v) < 0) return NULL;
    return none_or_error(t, setpgid(v[0], v[1]), NULL);
}
static gp_obj *p_setsid(POSIX_ARGS) {
    if (gp_args_no_kw(t, "setsid", kw) < 0 || gp_args_count(t, "setsid", nargs, 0, 0) < 0)
        return NULL;
    return none_or_error(t, setsid() < 0 ? -1 : 0, NULL);
}
static gp_obj *p_killpg(POSIX_ARGS) {
    int v[2];
    if (ints(t, "killpg", args, nargs, kw, 2, v) < 0) return NULL;
    return none_or_error(t, killpg(v[0], v[1]), NULL);
}
static gp_obj *p_nice(POSIX_ARGS) {
    int inc;
    if (ints(t, "nice", args, nargs, kw, 1, &inc) < 0) return NULL;
    errno = 0;
    int r = nice(inc);
    if (r == -1 && errno != 0) return error(t, NULL);
    return gp_int_from_i64(t, r);
}

/* wait() -> (pid, status), waiting with the GIL released. */
static gp_obj *p_wait(POSIX_ARGS) {
    if (gp_args_no_kw(t, "wait", kw) < 0 || gp_args_count(t, "wait", nargs, 0, 0) < 0) return NULL;
    int status = 0;
    pid_t r;
    do {
        GP_BEGIN_ALLOW_THREADS
        r = wait(&status);
        GP_END_ALLOW_THREADS
    } while (r < 0 && errno == EINTR && gp_signal_check(t) == 0);
    if (r < 0) return gp_err_occurred(t) ? NULL : error(t, NULL);
    gp_obj *a = gp_int_from_i64(t, r), *b = gp_int_from_i64(t, status), *res = NULL;
    if (a && b) res = gp_tuple_pack(t, 2, a, b);
    gp_xdecref(a);
    gp_xdecref(b);
    return res;
}

static gp_obj *p_getgroups(POSIX_ARGS) {
    if (gp_args_no_kw(t, "getgroups", kw) < 0 || gp_args_count(t, "getgroups", nargs, 0, 0) < 0)
        return NULL;
    int n = getgroups(0, NULL);
    if (n < 0) return error(t, NULL);
    gid_t *g = gp_mem_alloc((size_t)(n ? n : 1) * sizeof(gid_t));
    if (!g) return gp_err_nomemory(t);
    n = getgroups(n, g);
    if (n < 0) {
        gp_mem_free(g);
        return error(t, NULL);
    }
    gp_obj *list = gp_list_new(t, 0);
    for (int i = 0; list && i < n; i++) {
        gp_obj *v = gp_int_from_i64(t, g[i]);
        if (!v || gp_list_append_steal(t, list, v) < 0) gp_clear(&list);
    }
    gp_mem_free(g);
    return list;
}

static gp_obj *p_getlogin(POSIX_ARGS) {
    if (gp_args_no_kw(t, "getlogin", kw) < 0 || gp_args_count(t, "getlogin", nargs, 0, 0) < 0)
        return NULL;
    const char *name = getlogin();
    if (!name) {
        if (errno == 0) errno = ENOTTY;
        return error(t, NULL);
    }
    return gp_str_from_cstr(t, name);
}

static gp_obj *p_ttyname(POSIX_ARGS) {
    int fd;
    if (ints(t, "ttyname", args, nargs, kw, 1, &fd) < 0) return NULL;
    const char *name = ttyname(fd);
    if (!name) return error(t, NULL);
    return gp_str_from_cstr(t, name);
}

static gp_obj *p_abort(POSIX_ARGS) {
    abort();
    return NULL;
}

/* The names sysconf() knows, as CPython's os.sysconf_names lists them
   (those of everyday use). */
static const struct {
    const char *name;
    int value;
} sysconf_table[] = {
    {"SC_ARG_MAX", _SC_ARG_MAX},
    {"SC_CHILD_MAX", _SC_CHILD_MAX},
    {"SC_CLK_TCK", _SC_CLK_TCK},
    {"SC_NGROUPS_MAX", _SC_NGROUPS_MAX},
    {"SC_OPEN_MAX", _SC_OPEN_MAX},
    {"SC_PAGESIZE", _SC_PAGESIZE},
    {"SC_PAGE_SIZE", _SC_PAGE_SIZE},
    {"SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF},
    {"SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN},
    {"SC_PHYS_PAGES", _SC_PHYS_PAGES},
    {"SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES},
    {"SC_LINE_MAX", _SC_LINE_MAX},
    {"SC_HOST_NAME_MAX", _SC_HOST_NAME_MAX},
    {"SC_LOGIN_NAME_MAX", _SC_LOGIN_NAME_MAX},
    {"SC_IOV_MAX", _SC_IOV_MAX},
    {"SC_THREAD_STACK_MIN", _SC_THREAD_STACK_MIN},
    {"SC_SEM_NSEMS_MAX", _SC_SEM_NSEMS_MAX},
    {"SC_MINSIGSTKSZ", _SC_MINSIGSTKSZ},
};

static gp_obj *p_sysconf(POSIX_ARGS) {
    if (gp_args_no_kw(t, "sysconf", kw) < 0 || gp_args_count(t, "sysconf", nargs, 1, 1) < 0)
        return NULL;
    int name = -1;
    if (gp_str_check(args[0])) {
        for (size_t i = 0; i < sizeof sysconf_table / sizeof sysconf_table[0]; i++)
            if (gp_str_eq_cstr(args[0], sysconf_table[i].name)) name = sysconf_table[i].value;
        if (name < 0)
            return gp_err_format(t, &gp_exc_ValueError, "unrecognized configuration name");
    } else if (gp_int_check(args[0])) {
        if (gp_posix_int_arg(t, args[0], &name) < 0) return NULL;
    } else {
        return gp_err_format(t, &gp_exc_TypeError,
                             "configuration names must be strings or integers");
    }
    errno = 0;
    long v = sysconf(name);
    if (v == -1 && errno != 0) return error(t, NULL);
    return gp_int_from_i64(t, v);
}

static gp_obj *p_sysconf_names(POSIX_ARGS) {
    gp_obj *d = gp_dict_new(t);
    for (size_t i = 0; d && i < sizeof sysconf_table / sizeof sysconf_table[0]; i++) {
        gp_obj *v = gp_int_from_i64(t, sysconf_table[i].value);
        if (!v || gp_dict_set_str(t, d, sysconf_table[i].name, v) < 0) gp_clear(&d);
        gp_xdecref(v);
    }
    return d;
}

static gp_obj *p_pread(POSIX_ARGS) {
    if (gp_args_no_kw(t, "pread", kw) < 0 || gp_args_count(t, "pread", nargs, 3, 3) < 0)
        return NULL;
    int fd;
    gp_ssize n;
    int64_t off;
    if (gp_posix_int_arg(t, args[0], &fd) < 0 ||
        gp_number_as_ssize(t, args[1], &gp_exc_OverflowError, &n) < 0 ||
        gp_int_as_i64(t, args[2], &off) < 0)
        return NULL;
    if (n < 0) return gp_err_format(t, &gp_exc_ValueError, "negative buffersize in pread");
    char *buf = gp_mem_alloc((size_t)n + 1);
    if (!buf) return gp_err_nomemory(t);
    ssize_t got;
    do {
        GP_BEGIN_ALLOW_THREADS
        got = pread(fd, buf, (size_t)n, (off_t)off);
        GP_END_ALLOW_THREADS
    } while (got < 0 && errno == EINTR && gp_signal_check(t) == 0);
    gp_obj *r = got < 0 ? (gp_err_occurred(t) ? NULL : error(t, NULL)) : gp_bytes_new(t, buf, got);
    gp_mem_free(buf);
    return r;
}

static gp_obj *p_pwrite(POSIX_ARGS) {
    if (gp_args_no_kw(t, "pwrite", kw) < 0 || gp_args_count(t, "pwrite", nargs, 3, 3) < 0)
        return NULL;
    int fd;
    int64_t off;
    const char *data;
    gp_ssize n;
    if (gp_posix_int_arg(t, args[0], &fd) < 0 || gp_bytes_like(t, args[1], &data, &n) < 0 ||
        gp_int_as_i64(t, args[2], &off) < 0)
        return NULL;
    ssize_t put;
    do {
        GP_BEGIN_ALLOW_THREADS
        put = pwrite(fd, data, (size_t)n, (off_t)off);
        GP_END_ALLOW_THREADS
    } while (put < 0 && errno == EINTR && gp_signal_check(t) == 0);
    if (put < 0) return gp_err_occurred(t) ? NULL : error(t, NULL);
    return gp_int_from_i64(t, put);
}

const gp_method_def gp_posix_more_functions[] = {
    {"chown", p_chown, 0, "Change the owner and group id of path to the numeric uid and gid."},
    {"lchown", p_lchown, 0, "Change the owner and group id of path, not following symbolic links."},
    {"fchown", p_fchown, 0,
     "Change the owner and group id of the file given by file descriptor fd."},
    {"fchmod", p_fchmod, 0,
     "Change the access permissions of the file given by file descriptor fd."},
    {"fchdir", p_fchdir, 0, "Change to the directory of the given file descriptor."},
    {"fdatasync", p_fdatasync, 0, "Force write of fd to disk without forcing update of metadata."},
    {"sync", p_sync, 0, "Force write of everything to disk."},
    {"statvfs", p_statvfs, 0, "Perform a statvfs system call on the given path."},
    {"truncate", p_truncate, 0, "Truncate a file, specified by path, to a specific length."},
    {"mkfifo", p_mkfifo, 0, "Create a \"fifo\" (a POSIX named pipe)."},
    {"getloadavg", p_getloadavg, 0, "Return average recent system load information."},
    {"_times", p_times, 0, "The five figures of os.times()."},
    {"sched_getaffinity", p_sched_getaffinity, 0,
     "Return the affinity of the process identified by pid."},
    {"sched_yield", p_sched_yield, 0, "Voluntarily relinquish the CPU."},
    {"get_blocking", p_get_blocking, 0, "Get the blocking mode of the file descriptor."},
    {"set_blocking", p_set_blocking, 0, "Set the blocking mode of the specified file descriptor."},
    {"get_inheritable", p_get_inheritable, 0,
     "Get the close-on-exe flag of the specified file descriptor."},
    {"set_inheritable", p_set_inheritable, 0,
     "Set the inheritable flag of the specified file descriptor."},
    {"getpgid", p_getpgid, 0, "Call the system call getpgid(), and return the result."},
    {"getsid", p_getsid, 0, "Call the system call getsid(pid) and return the result."},
    {"getpgrp", p_getpgrp, 0, "Return the current process group id."},
    {"setpgid", p_setpgid, 0, "Call the system call setpgid(pid, pgrp)."},
    {"setsid", p_setsid, 0, "Call the system call setsid()."},
    {"killpg", p_killpg, 0, "Kill a process group with a signal."},
    {"nice", p_nice, 0, "Add increment to the priority of process and return the new priority."},
    {"wait", p_wait, 0, "Wait for completion of a child process."},
    {"getgroups", p_getgroups, 0, "Return list of supplemental group IDs for the process."},
    {"getlogin", p_getlogin, 0, "Return the actual login name."},
    {"ttyname", p_ttyname, 0, "Return the name of the terminal device connected to 'fd'."},
    {"abort", p_abort, 0, "Abort the interpreter immediately."},
    {"sysconf", p_sysconf, 0, "Return an integer-valued system configuration variable."},
    {"_sysconf_names", p_sysconf_names, 0, "The names sysconf() knows."},
    {"pread", p_pread, 0,
     "Read a number of bytes from a file descriptor starting at a particular offset."},
    {"pwrite", p_pwrite, 0, "Write bytes to a file descriptor starting at a particular offset."},
    {NULL, NULL, 0, NULL},
};
