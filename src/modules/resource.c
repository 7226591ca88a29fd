/* The _resource module under lib/resource.py: getrusage, getrlimit,
   setrlimit, getpagesize and the RUSAGE_* / RLIMIT_* constants of the
   platform.  getrusage returns a plain 16-tuple that resource.py turns
   into struct_rusage. */
/* RUSAGE_THREAD is a GNU extension. */
#define _GNU_SOURCE
#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

#include "gilpy_core.h"

static gp_obj *m_getrusage(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kw) {
    if (gp_args_no_kw(t, "getrusage", kw) < 0 || gp_args_count(t, "getrusage", nargs, 1, 1) < 0)
        return NULL;
    gp_ssize who;
    if (!gp_int_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError,
                             "'%s' object cannot be interpreted as an integer",
                             gp_type_name(gp_typeof(args[0])));
    if (gp_int_as_ssize(t, args[0], &who) < 0) return NULL;
    struct rusage ru;
    if (getrusage((int)who, &ru) < 0) {
        if (errno == EINVAL) return gp_err_format(t, &gp_exc_ValueError, "invalid who parameter");
        return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    }
    long fields[14] = {ru.ru_maxrss, ru.ru_ixrss,    ru.ru_idrss,   ru.ru_isrss,   ru.ru_minflt,
                       ru.ru_majflt, ru.ru_nswap,    ru.ru_inblock, ru.ru_oublock, ru.ru_msgsnd,
                       ru.ru_msgrcv, ru.ru_nsignals, ru.ru_nvcsw,   ru.ru_nivcsw};
    gp_obj *tup = gp_tuple_new(t, 16);
    if (!tup) return NULL;
    gp_obj **items = gp_tuple_items(tup);
    items[0] = gp_float_new(t, (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6);
    items[1] = gp_float_new(t, (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec * 1e-6);
    for (int i = 0; i < 14; i++)
        items[2 + i] = gp_int_from_i64(t, fields[i]);
    for (int i = 0; i < 16; i++) {
        if (!items[i]) {
            gp_decref(tup);
            return NULL;
        }
    }
    return tup;
}

static gp_obj *limit_obj(gp_thread *t, rlim_t v) {
    if (v == RLIM_INFINITY) return gp_int_from_i64(t, -1);
    return gp_int_from_u64(t, (uint64_t)v);
}

static int limit_arg(gp_thread *t, gp_obj *o, rlim_t *out) {
    int64_t v;
    if (!gp_int_check(o)) {
        gp_err_format(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      gp_type_name(gp_typeof(o)));
        return -1;
    }
    if (gp_int_as_i64(t, o, &v) < 0) return -1;
    *out = v < 0 ? RLIM_INFINITY : (rlim_t)v;
    return 0;
}

static int resource_arg(gp_thread *t, gp_obj *o, int *out) {
    gp_ssize r;
    if (!gp_int_check(o)) {
        gp_err_format(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      gp_type_name(gp_typeof(o)));
        return -1;
    }
    if (gp_int_as_ssize(t, o, &r) < 0) return -1;
    if (r < 0 || r >= RLIM_NLIMITS) {
        gp_err_set_str(t, &gp_exc_ValueError, "invalid resource specified");
        return -1;
    }
    *out = (int)r;
    return 0;
}

static gp_obj *m_getrlimit(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kw) {
    if (gp_args_no_kw(t, "getrlimit", kw) < 0 || gp_args_count(t, "getrlimit", nargs, 1, 1) < 0)
        return NULL;
    int res;
    if (resource_arg(t, args[0], &res) < 0) return NULL;
    struct rlimit rl;
    if (getrlimit(res, &rl) < 0) return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    gp_obj *a = limit_obj(t, rl.rlim_cur), *b = limit_obj(t, rl.rlim_max), *r = NULL;
    if (a && b) r = gp_tuple_pack(t, 2, a, b);
    gp_xdecref(a);
    gp_xdecref(b);
    return r;
}

static gp_obj *m_setrlimit(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kw) {
    if (gp_args_no_kw(t, "setrlimit", kw) < 0 || gp_args_count(t, "setrlimit", nargs, 2, 2) < 0)
        return NULL;
    int res;
    if (resource_arg(t, args[0], &res) < 0) return NULL;
    gp_obj *lim = gp_seq_tuple(t, args[1]);
    if (!lim) {
        if (gp_err_matches(t, &gp_exc_TypeError)) {
            gp_err_clear(t);
            gp_err_set_str(t, &gp_exc_TypeError, "expected a tuple of 2 integers");
        }
        return NULL;
    }
    struct rlimit rl;
    int bad = gp_tuple_size(lim) != 2;
    if (bad) gp_err_set_str(t, &gp_exc_ValueError, "expected a tuple of 2 integers");
    if (!bad && (limit_arg(t, gp_tuple_get_borrow(lim, 0), &rl.rlim_cur) < 0 ||
                 limit_arg(t, gp_tuple_get_borrow(lim, 1), &rl.rlim_max) < 0))
        bad = 1;
    gp_decref(lim);
    if (bad) return NULL;
    if (setrlimit(res, &rl) < 0) {
        if (errno == EINVAL)
            return gp_err_format(t, &gp_exc_ValueError, "current limit exceeds maximum limit");
        if (errno == EPERM)
            return gp_err_format(t, &gp_exc_ValueError, "not allowed to raise maximum limit");
        return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    }
    return GP_NONE;
}

static gp_obj *m_getpagesize(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kw) {
    if (gp_args_no_kw(t, "getpagesize", kw) < 0 || gp_args_count(t, "getpagesize", nargs, 0, 0) < 0)
        return NULL;
    return gp_int_from_i64(t, sysconf(_SC_PAGESIZE));
}

static const gp_method_def resource_functions[] = {
    {"getrusage", m_getrusage, 0,
     "Resource usage of this process or of its children, as a 16-tuple."},
    {"getrlimit", m_getrlimit, 0, "(soft, hard) limits of a resource."},
    {"setrlimit", m_setrlimit, 0, "Set the (soft, hard) limits of a resource."},
    {"getpagesize", m_getpagesize, 0, "The size of a memory page in bytes."},
    {NULL, NULL, 0, NULL},
};

static const struct {
    const char *name;
    long value;
} resource_constants[] = {
    {"RUSAGE_SELF", RUSAGE_SELF},
    {"RUSAGE_CHILDREN", RUSAGE_CHILDREN},
    {"RUSAGE_THREAD", RUSAGE_THREAD},
    {"RLIMIT_CPU", RLIMIT_CPU},
    {"RLIMIT_FSIZE", RLIMIT_FSIZE},
    {"RLIMIT_DATA", RLIMIT_DATA},
    {"RLIMIT_STACK", RLIMIT_STACK},
    {"RLIMIT_CORE", RLIMIT_CORE},
    {"RLIMIT_RSS", RLIMIT_RSS},
    {"RLIMIT_NPROC", RLIMIT_NPROC},
    {"RLIMIT_NOFILE", RLIMIT_NOFILE},
    {"RLIMIT_OFILE", RLIMIT_NOFILE},
    {"RLIMIT_MEMLOCK", RLIMIT_MEMLOCK},
    {"RLIMIT_AS", RLIMIT_AS},
    {"RLIMIT_LOCKS", RLIMIT_LOCKS},
    {"RLIMIT_SIGPENDING", RLIMIT_SIGPENDING},
    {"RLIMIT_MSGQUEUE", RLIMIT_MSGQUEUE},
    {"RLIMIT_NICE", RLIMIT_NICE},
    {"RLIMIT_RTPRIO", RLIMIT_RTPRIO},
    {"RLIMIT_RTTIME", RLIMIT_RTTIME},
    {"RLIM_INFINITY", -1},
};

gp_obj *gp_mod_resource_init(gp_thread *t) {
    gp_obj *m = gp_module_new(t, "_resource");
    if (!m) return NULL;
    if (gp_module_add_functions(t, m, resource_functions) < 0) goto error;
    for (size_t i = 0; i < sizeof resource_constants / sizeof resource_constants[0]; i++)
        if (gp_module_add_int(t, m, resource_constants[i].name, resource_constants[i].value) < 0)
            goto error;
    return m;
error:
    gp_decref(m);
    return NULL;
}
