/* Argument checking for the methods of str, bytes and bytearray, with the
   messages CPython gives for each of its checking styles. */
#include "objects/strimpl.h"

static int no_keywords(gp_thread *t, const char *qualname, gp_obj *kwnames) {
    if (kwnames && gp_tuple_size(kwnames) > 0) {
        gp_err_format(t, &gp_exc_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    return 0;
}

int gp_strarg_none(gp_thread *t, const char *qualname, gp_ssize nargs, gp_obj *kwnames) {
    if (no_keywords(t, qualname, kwnames) < 0) return -1;
    if (nargs != 0) {
        gp_err_format(t, &gp_exc_TypeError, "%s() takes no arguments (%zd given)", qualname, nargs);
        return -1;
    }
    return 0;
}

int gp_strarg_one(gp_thread *t, const char *qualname, gp_ssize nargs, gp_obj *kwnames) {
    if (no_keywords(t, qualname, kwnames) < 0) return -1;
    if (nargs != 1) {
        gp_err_format(t, &gp_exc_TypeError, "%s() takes exactly one argument (%zd given)", qualname,
                      nargs);
        return -1;
    }
    return 0;
}

int gp_strarg_clinic(gp_thread *t, const char *name, const char *qualname, gp_ssize nargs,
                     gp_obj *kwnames, gp_ssize min, gp_ssize max) {
    if (no_keywords(t, qualname, kwnames) < 0) return -1;
    if (nargs < min) {
        if (min == max)
            gp_err_format(t, &gp_exc_TypeError, "%s expected %zd argument%s, got %zd", name, min,
                          min == 1 ? "" : "s", nargs);
        else
            gp_err_format(t, &gp_exc_TypeError, "%s expected at least %zd argument%s, got %zd",
                          name, min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        if (min == max)
            gp_err_format(t, &gp_exc_TypeError, "%s expected %zd argument%s, got %zd", name, max,
                          max == 1 ? "" : "s", nargs);
        else
            gp_err_format(t, &gp_exc_TypeError, "%s expected at most %zd argument%s, got %zd", name,
                          max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int gp_strarg_old(gp_thread *t, const char *name, const char *qualname, gp_ssize nargs,
                  gp_obj *kwnames, gp_ssize min, gp_ssize max) {
    if (no_keywords(t, qualname, kwnames) < 0) return -1;
    if (nargs < min) {
        gp_err_format(t, &gp_exc_TypeError, "%s() takes at least %zd argument%s (%zd given)", name,
                      min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        gp_err_format(t, &gp_exc_TypeError, "%s() takes at most %zd argument%s (%zd given)", name,
                      max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int gp_strarg_parse(gp_thread *t, const char *fname, const char *const *names, gp_ssize min,
                    gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames, gp_obj **out) {
    gp_ssize nnames = 0, posonly = 0;
    while (names[nnames])
        nnames++;
    while (posonly < nnames && names[posonly][0] == 0)
        posonly++;
    for (gp_ssize i = 0; i < nnames; i++)
        out[i] = NULL;
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    if (nargs + nkw > nnames) {
        /* "keyword" when only keywords were given, as CPython says. */
        gp_err_format(t, &gp_exc_TypeError, "%s() takes at most %zd %sargument%s (%zd given)",
                      fname, nnames, nargs == 0 ? "keyword " : "", nnames == 1 ? "" : "s",
                      nargs + nkw);
        return -1;
    }
    gp_ssize minpos = min < posonly ? min : posonly;
    if (nargs < minpos) {
        gp_err_format(t, &gp_exc_TypeError,
                      "%s() takes at least %zd positional argument%s (%zd given)", fname, minpos,
                      minpos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (gp_ssize i = 0; i < nargs; i++)
        out[i] = args[i];
    for (gp_ssize k = 0; k < nkw; k++) {
        gp_obj *key = gp_tuple_get_borrow(kwnames, k);
        gp_ssize j = posonly;
        for (; j < nnames; j++)
            if (gp_str_eq_cstr(key, names[j])) break;
        if (j == nnames) {
            gp_err_format(t, &gp_exc_TypeError, "'%U' is an invalid keyword argument for %s()", key,
                          fname);
            return -1;
        }
        if (out[j]) {
            gp_err_format(t, &gp_exc_TypeError,
                          "argument for %s() given by name ('%s') and position (%zd)", fname,
                          names[j], j + 1);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    for (gp_ssize i = 0; i < min; i++) {
        if (!out[i]) {
            gp_err_format(t, &gp_exc_TypeError, "%s() missing required argument '%s' (pos %zd)",
                          fname, names[i], i + 1);
            return -1;
        }
    }
    return 0;
}

int gp_strarg_ssize(gp_thread *t, gp_obj *o, gp_ssize *out) {
    if (gp_is_small(o)) {
        *out = gp_small_value(o);
        return 0;
    }
    gp_type *tp = gp_typeof(o);
    if (gp_float_check(o) || !tp->as_number || !tp->as_number->index) {
        gp_err_format(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      gp_type_name(tp));
        return -1;
    }
    if (gp_number_as_ssize(t, o, &gp_exc_OverflowError, out) < 0) {
        /* Sizes given to str methods are C ssize_t arguments, and say so. */
        if (gp_err_matches(t, &gp_exc_OverflowError)) {
            gp_err_clear(t);
            gp_err_set_str(t, &gp_exc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return -1;
    }
    return 0;
}

int gp_strarg_slice_index(gp_thread *t, gp_obj *o, gp_ssize *out) {
    if (gp_is_small(o)) {
        *out = gp_small_value(o);
        return 0;
    }
    gp_type *tp = gp_typeof(o);
    if (!tp->as_number || !tp->as_number->index) {
        gp_err_set_str(t, &gp_exc_TypeError,
                       "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return gp_number_as_ssize(t, o, NULL, out);
}

void gp_strarg_adjust(gp_ssize *start, gp_ssize *end, gp_ssize len) {
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}
