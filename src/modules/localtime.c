/* The _localtime module: conversions between seconds since the Epoch and
   broken-down calendar time in the local zone or UTC, for datetime.
   Results are plain tuples: (year, month, day, hour, minute, second,
   weekday with Monday 0, day of year from 1, isdst, utc offset in
   seconds, zone name). */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "gilpy_core.h"

static gp_obj *tm_tuple(gp_thread *t, const struct tm *tm) {
    gp_obj *v[11];
    v[0] = gp_int_from_i64(t, (int64_t)tm->tm_year + 1900);
    v[1] = gp_int_from_i64(t, tm->tm_mon + 1);
    v[2] = gp_int_from_i64(t, tm->tm_mday);
    v[3] = gp_int_from_i64(t, tm->tm_hour);
    v[4] = gp_int_from_i64(t, tm->tm_min);
    v[5] = gp_int_from_i64(t, tm->tm_sec);
    v[6] = gp_int_from_i64(t, (tm->tm_wday + 6) % 7);
    v[7] = gp_int_from_i64(t, tm->tm_yday + 1);
    v[8] = gp_int_from_i64(t, tm->tm_isdst);
    v[9] = gp_int_from_i64(t, tm->tm_gmtoff);
    v[10] = gp_str_from_cstr(t, tm->tm_zone ? tm->tm_zone : "");
    gp_obj *tup = gp_tuple_new(t, 11);
    int bad = !tup;
    for (int i = 0; i < 11; i++) bad |= !v[i];
    if (bad) {
        for (int i = 0; i < 11; i++) gp_xdecref(v[i]);
        gp_xdecref(tup);
        return NULL;
    }
    for (int i = 0; i < 11; i++) gp_tuple_items(tup)[i] = v[i];
    return tup;
}

static int seconds_arg(gp_thread *t, gp_obj *const *args, gp_ssize nargs, time_t *out) {
    if (nargs == 0 || args[0] == GP_NONE) {
        *out = time(NULL);
        return 0;
    }
    double d;
    if (gp_number_as_double(t, args[0], &d) < 0) return -1;
    if (!isfinite(d) || d > 1e18 || d < -1e18) {
        gp_err_format(t, &gp_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)floor(d);
    return 0;
}

static gp_obj *lt_localtime(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "localtime", kw) < 0 || gp_args_count(t, "localtime", nargs, 0, 1) < 0) return NULL;
    time_t s;
    struct tm tm;
    if (seconds_arg(t, args, nargs, &s) < 0) return NULL;
    errno = 0;
    if (!localtime_r(&s, &tm)) return gp_err_from_errno(t, &gp_exc_OverflowError, NULL);
    return tm_tuple(t, &tm);
}

static gp_obj *lt_gmtime(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "gmtime", kw) < 0 || gp_args_count(t, "gmtime", nargs, 0, 1) < 0) return NULL;
    time_t s;
    struct tm tm;
    if (seconds_arg(t, args, nargs, &s) < 0) return NULL;
    errno = 0;
    if (!gmtime_r(&s, &tm)) return gp_err_from_errno(t, &gp_exc_OverflowError, NULL);
    return tm_tuple(t, &tm);
}

/* mktime((year, month, day, hour, minute, second, wday, yday, isdst)) in
   the local zone, as a float. */
static gp_obj *lt_mktime(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "mktime", kw) < 0 || gp_args_count(t, "mktime", nargs, 1, 1) < 0) return NULL;
    gp_obj *tup = args[0];
    if (!gp_tuple_check(tup) || gp_tuple_size(tup) < 9)
        return gp_err_format(t, &gp_exc_TypeError, "mktime(): illegal time tuple argument");
    int64_t f[9];
    for (int i = 0; i < 9; i++)
        if (gp_int_as_i64(t, gp_tuple_get_borrow(tup, i), &f[i]) < 0) return NULL;
    struct tm tm = {0};
    tm.tm_year = (int)(f[0] - 1900);
    tm.tm_mon = (int)(f[1] - 1);
    tm.tm_mday = (int)f[2];
    tm.tm_hour = (int)f[3];
    tm.tm_min = (int)f[4];
    tm.tm_sec = (int)f[5];
    tm.tm_isdst = (int)f[8];
    tm.tm_wday = -1;
    time_t r = mktime(&tm);
    if (r == (time_t)-1 && tm.tm_wday == -1) return gp_err_format(t, &gp_exc_OverflowError, "mktime argument out of range");
    return gp_float_new(t, (double)r);
}

static const gp_method_def lt_functions[] = {
    {"localtime", lt_localtime, 0, "Broken-down local time of a timestamp."},
    {"gmtime", lt_gmtime, 0, "Broken-down UTC time of a timestamp."},
    {"mktime", lt_mktime, 0, "Timestamp of a broken-down local time."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_localtime_init(gp_thread *t) {
    tzset();
    gp_obj *m = gp_module_new(t, "_localtime");
    if (!m || gp_module_add_functions(t, m, lt_functions) < 0) {
        gp_xdecref(m);
        return NULL;
    }
    return m;
}
