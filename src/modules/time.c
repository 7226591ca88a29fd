/* The time module: clocks and sleep. */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "gilpy_core.h"

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static gp_obj *as_seconds(gp_thread *t, int64_t ns) { return gp_float_new(t, (double)ns * 1e-9); }

#define NO_ARGS(name)                                                                   \
    if (gp_args_no_kw(t, name, kw) < 0 || gp_args_count(t, name, nargs, 0, 0) < 0) return NULL

static gp_obj *t_time(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    NO_ARGS("time");
    return as_seconds(t, clock_ns(CLOCK_REALTIME));
}
static gp_obj *t_time_ns(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    NO_ARGS("time_ns");
    return gp_int_from_i64(t, clock_ns(CLOCK_REALTIME));
}
static gp_obj *t_monotonic(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    NO_ARGS("monotonic");
    return as_seconds(t, clock_ns(CLOCK_MONOTONIC));
}
static gp_obj *t_monotonic_ns(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    NO_ARGS("monotonic_ns");
    return gp_int_from_i64(t, clock_ns(CLOCK_MONOTONIC));
}
static gp_obj *t_process_time(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    NO_ARGS("process_time");
    return as_seconds(t, clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}
static gp_obj *t_process_time_ns(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                 gp_obj *kw) {
    NO_ARGS("process_time_ns");
    return gp_int_from_i64(t, clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}
static gp_obj *t_thread_time(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    NO_ARGS("thread_time");
    return as_seconds(t, clock_ns(CLOCK_THREAD_CPUTIME_ID));
}

static gp_obj *t_sleep(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "sleep", kw) < 0 || gp_args_count(t, "sleep", nargs, 1, 1) < 0) return NULL;
    double secs;
    if (!gp_int_check(args[0]) && !gp_float_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    if (gp_number_as_double(t, args[0], &secs) < 0) return NULL;
    if (isnan(secs)) return gp_err_format(t, &gp_exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0) return gp_err_format(t, &gp_exc_ValueError, "sleep length must be non-negative");
    /* Sleep to an absolute deadline so that signals do not stretch it. */
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    double whole = floor(secs);
    deadline.tv_sec += (time_t)whole;
    deadline.tv_nsec += (long)((secs - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000;
    }
    int rc;
    do {
        rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
    } while (rc == EINTR);
    return gp_newref(GP_NONE);
}

static const gp_method_def time_functions[] = {
    {"time", t_time, 0, "Return the current time in seconds since the Epoch."},
    {"time_ns", t_time_ns, 0, "Return the current time in nanoseconds since the Epoch."},
    {"monotonic", t_monotonic, 0, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", t_monotonic_ns, 0, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", t_monotonic, 0, "Performance counter for benchmarking."},
    {"perf_counter_ns", t_monotonic_ns, 0, "Performance counter for benchmarking as nanoseconds."},
    {"process_time", t_process_time, 0, "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", t_process_time_ns, 0, "Process time for profiling as nanoseconds."},
    {"thread_time", t_thread_time, 0, "Thread time for profiling."},
    {"sleep", t_sleep, 0, "Delay execution for a given number of seconds."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_time_init(gp_thread *t) {
    gp_obj *m = gp_module_new(t, "time");
    if (!m || gp_module_add_functions(t, m, time_functions) < 0) {
        gp_xdecref(m);
        return NULL;
    }
    return m;
}
