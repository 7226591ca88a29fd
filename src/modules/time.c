/* The time module: clocks and sleep. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <time.h>

#include "gilpy_core.h"
#include "runtime/gil.h"

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
    /* A signal interrupts the sleep: its Python handler runs at once (PEP
       475), and Ctrl-C or a handler that raises ends the sleep with that
       exception; otherwise the sleep goes on to the same deadline. */
    for (;;) {
        int rc;
        GP_BEGIN_ALLOW_THREADS
        rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        GP_END_ALLOW_THREADS
        if (rc != EINTR) break;
        if (gp_signal_check(t) < 0 || gp_signals_check(t) < 0) return NULL;
    }
    return GP_NONE;
}

/* ------------------------------------------------------------ struct_time */

/* time.struct_time is a tuple subclass with named fields; it is defined in
   Python, run once when the module is made. */
static const char struct_time_src[] =
    "_names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',\n"
    "          'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff')\n"
    "class struct_time(tuple):\n"
    "    n_sequence_fields = 9\n"
    "    n_fields = 11\n"
    "    n_unnamed_fields = 0\n"
    "    __match_args__ = _names[:9]\n"
    "    def __new__(cls, seq, dict=None):\n"
    "        seq = tuple(seq)\n"
    "        n = len(seq)\n"
    "        if n < 9:\n"
    "            raise TypeError('time.struct_time() takes an at least 9-sequence '\n"
    "                            '(%d-sequence given)' % n)\n"
    "        if n > 11:\n"
    "            raise TypeError('time.struct_time() takes an at most 11-sequence '\n"
    "                            '(%d-sequence given)' % n)\n"
    "        self = tuple.__new__(cls, seq[:9])\n"
    "        self._extra = seq[9:] + (None,) * (11 - n)\n"
    "        return self\n"
    "    def __repr__(self):\n"
    "        return 'time.struct_time(' + ', '.join(\n"
    "            '%s=%r' % (k, v) for k, v in zip(_names, self)) + ')'\n"
    "    def __reduce__(self):\n"
    "        return (struct_time, (tuple(self) + self._extra,))\n"
    "def _field(i):\n"
    "    if i < 9:\n"
    "        return property(lambda self: self[i])\n"
    "    return property(lambda self: self._extra[i - 9])\n"
    "for _i, _n in enumerate(_names):\n"
    "    setattr(struct_time, _n, _field(_i))\n"
    "struct_time.__module__ = 'time'\n"
    "def strptime(string, format='%a %b %d %H:%M:%S %Y'):\n"
    "    'Parse a string to a time tuple according to a format specification.'\n"
    "    import datetime\n"
    "    if not isinstance(format, str):\n"
    "        raise TypeError('strptime() argument 1 must be str, not %s' % type(format).__name__)\n"
    "    y, mo, d, h, mi, s, us, tz = datetime._strptime(string, format)\n"
    "    day = datetime.date(y, mo, d)\n"
    "    yday = day.toordinal() - datetime.date(y, 1, 1).toordinal() + 1\n"
    "    zone = gmtoff = None\n"
    "    if tz is not None:\n"
    "        gmtoff = int(tz.utcoffset(None).total_seconds())\n"
    "        zone = tz.tzname(None)\n"
    "    return struct_time((y, mo, d, h, mi, s, day.weekday(), yday, -1, zone, gmtoff))\n"
    "strptime.__module__ = 'time'\n";

static gp_obj *make_struct_time_type(gp_thread *t) {
    gp_obj *ns = gp_dict_new(t);
    gp_obj *fname = gp_str_from_cstr(t, "<time>");
    gp_obj *code = NULL, *r = NULL, *type = NULL;
    if (!ns || !fname || gp_dict_set_str(t, ns, "__builtins__", t->interp->builtins_mod) < 0)
        goto done;
    gp_obj *modname = gp_str_from_cstr(t, "time");
    if (!modname || gp_dict_set_str(t, ns, "__name__", modname) < 0) {
        gp_xdecref(modname);
        goto done;
    }
    gp_decref(modname);
    code = gp_compile(t, struct_time_src, (gp_ssize)sizeof struct_time_src - 1, fname,
                      GP_COMPILE_EXEC, 0, NULL);
    if (!code) goto done;
    r = gp_eval_code(t, code, ns, ns);
    if (!r) goto done;
    type = gp_dict_get_str_borrow(t, ns, "struct_time");
    gp_xincref(type);
done:
    gp_xdecref(ns);
    gp_xdecref(fname);
    gp_xdecref(code);
    gp_xdecref(r);
    return type;
}

/* time.strptime is defined beside struct_time (it parses with datetime's
   parser, imported on first use); it is found through the globals of
   struct_time's __new__. */
static int add_strptime(gp_thread *t, gp_obj *m, gp_obj *st) {
    gp_obj *fn = gp_obj_getattr_cstr(t, st, "__new__");
    if (!fn) return -1;
    gp_obj *globals = gp_obj_getattr_cstr(t, fn, "__globals__");
    gp_decref(fn);
    if (!globals) return -1;
    gp_obj *sp = gp_dict_get_str_borrow(t, globals, "strptime");
    int r = sp ? gp_module_add_object(t, m, "strptime", sp) : -1;
    if (!sp && !gp_err_occurred(t)) gp_err_set_str(t, &gp_exc_RuntimeError, "time.strptime missing");
    gp_decref(globals);
    return r;
}

static gp_obj *struct_time_type(gp_thread *t, gp_obj *module) {
    return gp_dict_get_str_borrow(t, gp_module_dict_borrow(module), "struct_time");
}

static gp_obj *tm_to_struct_time(gp_thread *t, gp_obj *module, const struct tm *tm) {
    gp_obj *zone = tm->tm_zone ? gp_str_from_cstr(t, tm->tm_zone) : GP_NONE;
    if (!zone) return NULL;
    gp_obj *items[11] = {
        gp_small_new(tm->tm_year + 1900), gp_small_new(tm->tm_mon + 1), gp_small_new(tm->tm_mday),
        gp_small_new(tm->tm_hour),        gp_small_new(tm->tm_min),     gp_small_new(tm->tm_sec),
        gp_small_new((tm->tm_wday + 6) % 7), gp_small_new(tm->tm_yday + 1), gp_small_new(tm->tm_isdst),
        zone,                             gp_small_new(tm->tm_gmtoff)};
    gp_obj *tup = gp_tuple_from_array(t, items, 11);
    gp_decref(zone);
    if (!tup) return NULL;
    gp_obj *type = struct_time_type(t, module);
    gp_obj *r = type ? gp_call1(t, type, tup) : NULL;
    gp_decref(tup);
    return r;
}

/* The seconds argument of gmtime/localtime/ctime: None or absent is now. */
static int seconds_arg(gp_thread *t, gp_obj *const *args, gp_ssize nargs, time_t *out) {
    if (nargs == 0 || args[0] == GP_NONE) {
        *out = time(NULL);
        return 0;
    }
    double d;
    if (gp_float_check(args[0])) {
        if (gp_number_as_double(t, args[0], &d) < 0) return -1;
        if (isnan(d)) {
            gp_err_set_str(t, &gp_exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        *out = (time_t)floor(d);
        return 0;
    }
    gp_ssize v;
    if (gp_number_as_ssize(t, args[0], &gp_exc_OverflowError, &v) < 0) return -1;
    *out = (time_t)v;
    return 0;
}

static gp_obj *convert_time(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kw, const char *name, int local) {
    if (gp_args_no_kw(t, name, kw) < 0 || gp_args_count(t, name, nargs, 0, 1) < 0) return NULL;
    time_t secs;
    if (seconds_arg(t, args, nargs, &secs) < 0) return NULL;
    struct tm tm;
    if (!(local ? localtime_r(&secs, &tm) : gmtime_r(&secs, &tm)))
        return gp_err_format(t, &gp_exc_OverflowError, "timestamp out of range for platform time_t");
    return tm_to_struct_time(t, self, &tm);
}

static gp_obj *t_gmtime(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return convert_time(t, self, args, nargs, kw, "gmtime", 0);
}
static gp_obj *t_localtime(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return convert_time(t, self, args, nargs, kw, "localtime", 1);
}

/* A struct_time or 9-tuple as a struct tm, with CPython's range checks. */
static int tuple_to_tm(gp_thread *t, const char *fname, gp_obj *o, struct tm *tm) {
    if (!gp_tuple_check(o) || gp_tuple_size(o) < 9) {
        gp_err_format(t, &gp_exc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    gp_ssize v[9];
    for (int i = 0; i < 9; i++)
        if (gp_number_as_ssize(t, gp_tuple_items(o)[i], &gp_exc_OverflowError, &v[i]) < 0) return -1;
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(v[0] - 1900);
    tm->tm_mon = (int)(v[1] - 1);
    tm->tm_mday = (int)v[2];
    tm->tm_hour = (int)v[3];
    tm->tm_min = (int)v[4];
    tm->tm_sec = (int)v[5];
    tm->tm_wday = (int)((v[6] + 1) % 7);
    tm->tm_yday = (int)(v[7] - 1);
    tm->tm_isdst = (int)v[8];
    /* Zero stands for "unknown" in month, day and day of the year. */
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11) goto range;
    if (tm->tm_mday == 0) tm->tm_mday = 1;
    else if (tm->tm_mday < 0 || tm->tm_mday > 31) goto range;
    if (tm->tm_hour < 0 || tm->tm_hour > 23 || tm->tm_min < 0 || tm->tm_min > 59 ||
        tm->tm_sec < 0 || tm->tm_sec > 61)
        goto range;
    if (tm->tm_wday < 0) goto range;
    if (tm->tm_yday == -1) tm->tm_yday = 0;
    else if (tm->tm_yday < 0 || tm->tm_yday > 365) goto range;
    if (tm->tm_isdst < -1) tm->tm_isdst = -1;
    else if (tm->tm_isdst > 1) tm->tm_isdst = 1;
    return 0;
range:
    gp_err_format(t, &gp_exc_ValueError,
                  tm->tm_mon < 0 || tm->tm_mon > 11 ? "month out of range"
                  : tm->tm_mday < 0 || tm->tm_mday > 31 ? "day of month out of range"
                  : tm->tm_hour < 0 || tm->tm_hour > 23 ? "hour out of range"
                  : tm->tm_min < 0 || tm->tm_min > 59 ? "minute out of range"
                  : tm->tm_sec < 0 || tm->tm_sec > 61 ? "seconds out of range"
                  : tm->tm_wday < 0 ? "day of week out of range"
                  : "day of year out of range");
    return -1;
}

/* The time argument of strftime/asctime: a tuple, or now in local time. */
static int time_arg(gp_thread *t, const char *fname, gp_obj *const *args, gp_ssize nargs, int at,
                    struct tm *tm) {
    if (nargs > at && args[at] != GP_NONE) return tuple_to_tm(t, fname, args[at], tm);
    time_t now = time(NULL);
    localtime_r(&now, tm);
    return 0;
}

static gp_obj *t_strftime(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "strftime", kw) < 0 || gp_args_count(t, "strftime", nargs, 1, 2) < 0)
        return NULL;
    if (!gp_str_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
    struct tm tm;
    if (time_arg(t, "strftime", args, nargs, 1, &tm) < 0) return NULL;
    const char *fmt = gp_str_utf8(args[0]);
    if (!*fmt) return gp_str_from_cstr(t, "");
    /* strftime gives 0 both for "too small" and for an empty result: grow
       the buffer a few times before believing the empty one. */
    for (size_t size = 256; size <= ((size_t)256 << 10); size *= 4) {
        char *buf = gp_mem_alloc(size);
        if (!buf) return gp_err_nomemory(t);
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0 || size >= ((size_t)256 << 8)) {
            gp_obj *r = gp_str_new(t, buf, (gp_ssize)n);
            gp_mem_free(buf);
            return r;
        }
        gp_mem_free(buf);
    }
    return gp_str_from_cstr(t, "");
}

static gp_obj *format_asctime(gp_thread *t, const struct tm *tm) {
    static const char wday[][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", wday[tm->tm_wday % 7], mon[tm->tm_mon % 12],
             tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_year + 1900);
    return gp_str_from_cstr(t, buf);
}

static gp_obj *t_asctime(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "asctime", kw) < 0 || gp_args_count(t, "asctime", nargs, 0, 1) < 0)
        return NULL;
    struct tm tm;
    if (time_arg(t, "asctime", args, nargs, 0, &tm) < 0) return NULL;
    return format_asctime(t, &tm);
}

static gp_obj *t_ctime(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "ctime", kw) < 0 || gp_args_count(t, "ctime", nargs, 0, 1) < 0) return NULL;
    time_t secs;
    if (seconds_arg(t, args, nargs, &secs) < 0) return NULL;
    struct tm tm;
    if (!localtime_r(&secs, &tm))
        return gp_err_format(t, &gp_exc_OverflowError, "timestamp out of range for platform time_t");
    return format_asctime(t, &tm);
}

static gp_obj *t_mktime(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "mktime", kw) < 0 || gp_args_count(t, "mktime", nargs, 1, 1) < 0) return NULL;
    struct tm tm;
    if (tuple_to_tm(t, "mktime", args[0], &tm) < 0) return NULL;
    tm.tm_wday = -1;
    time_t r = mktime(&tm);
    if (r == (time_t)-1 && tm.tm_wday == -1)
        return gp_err_format(t, &gp_exc_OverflowError, "mktime argument out of range");
    return gp_float_new(t, (double)r);
}

static gp_obj *t_thread_time_ns(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kw) {
    NO_ARGS("thread_time_ns");
    return gp_int_from_i64(t, clock_ns(CLOCK_THREAD_CPUTIME_ID));
}

static int clock_arg(gp_thread *t, const char *name, gp_obj *const *args, gp_ssize nargs,
                     gp_obj *kw, clockid_t *id) {
    gp_ssize v;
    if (gp_args_no_kw(t, name, kw) < 0 || gp_args_count(t, name, nargs, 1, 1) < 0 ||
        gp_number_as_ssize(t, args[0], &gp_exc_OverflowError, &v) < 0)
        return -1;
    *id = (clockid_t)v;
    struct timespec ts;
    if (clock_gettime(*id, &ts) < 0) {
        gp_err_from_errno(t, &gp_exc_OSError, NULL);
        return -1;
    }
    return 0;
}

static gp_obj *t_clock_gettime(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                               gp_obj *kw) {
    clockid_t id;
    if (clock_arg(t, "clock_gettime", args, nargs, kw, &id) < 0) return NULL;
    return as_seconds(t, clock_ns(id));
}

static gp_obj *t_clock_gettime_ns(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                  gp_obj *kw) {
    clockid_t id;
    if (clock_arg(t, "clock_gettime_ns", args, nargs, kw, &id) < 0) return NULL;
    return gp_int_from_i64(t, clock_ns(id));
}

/* timezone, altzone, daylight and tzname, from the C library's view of TZ. */
static int add_zone_info(gp_thread *t, gp_obj *m) {
    tzset();
    gp_obj *std = gp_str_from_cstr(t, tzname[0]);
    gp_obj *dst = gp_str_from_cstr(t, tzname[1]);
    gp_obj *names = std && dst ? gp_tuple_pack(t, 2, std, dst) : NULL;
    gp_xdecref(std);
    gp_xdecref(dst);
    if (!names) return -1;
    int rc = gp_module_add_object(t, m, "tzname", names);
    gp_decref(names);
    if (rc < 0 || gp_module_add_int(t, m, "timezone", timezone) < 0 ||
        gp_module_add_int(t, m, "altzone", daylight ? timezone - 3600 : timezone) < 0 ||
        gp_module_add_int(t, m, "daylight", daylight) < 0 ||
        gp_module_add_int(t, m, "CLOCK_REALTIME", CLOCK_REALTIME) < 0 ||
        gp_module_add_int(t, m, "CLOCK_MONOTONIC", CLOCK_MONOTONIC) < 0 ||
        gp_module_add_int(t, m, "CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID) < 0 ||
        gp_module_add_int(t, m, "CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID) < 0 ||
        gp_module_add_int(t, m, "CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW) < 0 ||
        gp_module_add_int(t, m, "CLOCK_BOOTTIME", CLOCK_BOOTTIME) < 0 ||
        gp_module_add_int(t, m, "CLOCK_TAI", CLOCK_TAI) < 0)
        return -1;
    return 0;
}

static gp_obj *t_clock_getres(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    clockid_t id;
    if (clock_arg(t, "clock_getres", args, nargs, kw, &id) < 0) return NULL;
    struct timespec ts;
    if (clock_getres(id, &ts) < 0) return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    return gp_float_new(t, (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

/* get_clock_info(name): how each clock of this module reads the time, as
   a types.SimpleNamespace (the class of sys.implementation). */
static gp_obj *t_get_clock_info(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kw) {
    if (gp_args_no_kw(t, "get_clock_info", kw) < 0 || gp_args_count(t, "get_clock_info", nargs, 1, 1) < 0)
        return NULL;
    if (!gp_str_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "get_clock_info() argument 1 must be str, not %s",
                             gp_type_name(gp_typeof(args[0])));
    static const struct {
        const char *name, *impl;
        clockid_t id;
        int monotonic, adjustable;
    } clocks[] = {
        {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, 0, 1},
        {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, 1, 0},
        {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, 1, 0},
        {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, 1, 0},
        {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, 1, 0},
    };
    int k = -1;
    for (int i = 0; i < (int)(sizeof clocks / sizeof clocks[0]); i++)
        if (gp_str_eq_cstr(args[0], clocks[i].name)) k = i;
    if (k < 0) return gp_err_format(t, &gp_exc_ValueError, "unknown clock");
    struct timespec ts;
    double res = clock_getres(clocks[k].id, &ts) == 0 ? (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9 : 1e-9;
    gp_obj *impl = gp_sys_get_borrow(t, "implementation");
    if (!impl) return gp_err_format(t, &gp_exc_RuntimeError, "lost sys.implementation");
    gp_obj *ns = gp_call0(t, (gp_obj *)gp_typeof(impl));
    if (!ns) return NULL;
    gp_obj *implname = gp_str_from_cstr(t, clocks[k].impl);
    gp_obj *resolution = implname ? gp_float_new(t, res) : NULL;
    int rc = resolution ? 0 : -1;
    if (rc == 0) rc = gp_obj_setattr_cstr(t, ns, "implementation", implname);
    if (rc == 0) rc = gp_obj_setattr_cstr(t, ns, "monotonic", gp_bool_from(clocks[k].monotonic));
    if (rc == 0) rc = gp_obj_setattr_cstr(t, ns, "adjustable", gp_bool_from(clocks[k].adjustable));
    if (rc == 0) rc = gp_obj_setattr_cstr(t, ns, "resolution", resolution);
    gp_xdecref(implname);
    gp_xdecref(resolution);
    if (rc < 0) gp_clear(&ns);
    return ns;
}

static const gp_method_def time_functions[] = {
    {"gmtime", t_gmtime, 0, "Convert seconds since the Epoch to a time tuple expressing UTC."},
    {"localtime", t_localtime, 0, "Convert seconds since the Epoch to a time tuple expressing local time."},
    {"strftime", t_strftime, 0, "Convert a time tuple to a string according to a format specification."},
    {"asctime", t_asctime, 0, "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."},
    {"ctime", t_ctime, 0, "Convert a time in seconds since the Epoch to a string in local time."},
    {"mktime", t_mktime, 0, "Convert a time tuple in local time to seconds since the Epoch."},
    {"thread_time_ns", t_thread_time_ns, 0, "Thread time for profiling as nanoseconds."},
    {"clock_gettime", t_clock_gettime, 0, "Return the time of the specified clock clk_id."},
    {"clock_getres", t_clock_getres, 0, "Return the resolution (precision) of the specified clock clk_id."},
    {"get_clock_info", t_get_clock_info, 0, "Get information of the specified clock."},
    {"clock_gettime_ns", t_clock_gettime_ns, 0, "Return the time of the specified clock clk_id as nanoseconds."},
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
    gp_obj *st = NULL;
    if (!m || gp_module_add_functions(t, m, time_functions) < 0 || add_zone_info(t, m) < 0 ||
        !(st = make_struct_time_type(t)) || gp_module_add_object(t, m, "struct_time", st) < 0 ||
        add_strptime(t, m, st) < 0) {
        gp_xdecref(st);
        gp_xdecref(m);
        return NULL;
    }
    gp_decref(st);
    return m;
}
