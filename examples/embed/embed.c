/* A C program that embeds gilpy: it exposes a C function to Python as the
   built-in module `host`, runs a script, calls back into the functions the
   script defined, reads and sets globals, and shows how an error comes
   back with its traceback.

   Build it against an installed gilpy:
       cc embed.c $(pkg-config --cflags --libs gilpy) -o embed
   or in the source tree with `make build/embed_example`. */
#include <stdio.h>
#include <string.h>

#include "gilpy.h"

/* host.scale(values, factor=2.0, *, label=None) -> list of floats
   A C function called from Python: it reads a list, builds a new one. */
static gilpy_obj *host_scale(gilpy_thread *t, gilpy_obj *self, gilpy_obj *const *args,
                             intptr_t nargs, gilpy_obj *kwnames) {
    static const char *const kwlist[] = {"values", "factor", "label", NULL};
    gilpy_obj *values;
    double factor = 2.0;
    const char *label = NULL;
    if (gilpy_parse_args(t, args, nargs, kwnames, "O|d$z:scale", kwlist, &values, &factor,
                         &label) < 0)
        return NULL;
    intptr_t n = gilpy_len(t, values);
    if (n < 0) return NULL;
    gilpy_obj *out = gilpy_list_new(t);
    if (!out) return NULL;
    for (intptr_t i = 0; i < n; i++) {
        gilpy_obj *item = gilpy_getitem_index(t, values, i);
        double v;
        int bad = !item || gilpy_float_value(t, item, &v) < 0;
        gilpy_xdecref(item);
        if (bad || gilpy_list_append_steal(t, out, gilpy_float_new(t, v * factor)) < 0) {
            gilpy_decref(out);
            return NULL;
        }
    }
    if (label) printf("[host] scaled %ld values for %s\n", (long)n, label);
    return out;
}

static const gilpy_function host_functions[] = {
    {"scale", host_scale, 0, "scale(values, factor=2.0, *, label=None)"},
    {NULL, NULL, 0, NULL},
};

static const gilpy_constant host_constants[] = {
    GILPY_STR_CONSTANT("NAME", "embed example"),
    {NULL, 0, 0, 0.0, NULL},
};

static const gilpy_module_def host_def = {
    .api_version = GILPY_API_VERSION,
    .name = "host",
    .doc = "Functions of the program that embeds gilpy.",
    .functions = host_functions,
    .constants = host_constants,
    .flags = GILPY_MOD_GIL_NOT_USED,
};

static const char script[] =
    "import host\n"
    "def summarize(values, *, unit='m'):\n"
    "    doubled = host.scale(values, label='summarize')\n"
    "    return {'count': len(doubled), 'total': sum(doubled), 'unit': unit}\n"
    "def fail(x):\n"
    "    return 1 / x\n"
    "greeting = 'hello from ' + host.NAME\n";

/* Print the exception being raised, formatted as Python prints it. */
static void show_error(gilpy_thread *t) {
    gilpy_obj *exc = gilpy_error_fetch(t);
    gilpy_obj *text = exc ? gilpy_exception_format(t, exc) : NULL;
    if (text) printf("%s", gilpy_str_value(t, text, NULL));
    gilpy_xdecref(text);
    gilpy_xdecref(exc);
}

int main(int argc, char **argv) {
    const gilpy_module_def *builtins[] = {&host_def, NULL};
    gilpy_options opts = {0};
    opts.argc = argc;
    opts.argv = argv;
    opts.modules = builtins;
    opts.gil = -1;
    gilpy_thread *t = gilpy_create(&opts);
    if (!t) return 1;
    int status = 1;
    gilpy_obj *summarize = NULL, *values = NULL, *kwargs = NULL, *unit = NULL, *result = NULL;
    gilpy_obj *greeting = NULL, *fail = NULL, *zero = NULL;

    if (gilpy_run_string(t, script, "<embedded script>") < 0) goto error;

    /* Read a global the script set. */
    greeting = gilpy_get_global(t, "greeting");
    if (!greeting) goto error;
    printf("greeting: %s\n", gilpy_str_value(t, greeting, NULL));

    /* Call back into Python with positional and keyword arguments. */
    summarize = gilpy_get_global(t, "summarize");
    values = gilpy_list_new(t);
    kwargs = gilpy_dict_new(t);
    unit = gilpy_str_new(t, "km");
    if (!summarize || !values || !kwargs || !unit) goto error;
    for (int i = 1; i <= 4; i++)
        if (gilpy_list_append_steal(t, values, gilpy_float_new(t, i * 1.5)) < 0) goto error;
    if (gilpy_setitem_str(t, kwargs, "unit", unit) < 0) goto error;
    result = gilpy_call(t, summarize, &values, 1, kwargs);
    if (!result) goto error;
    gilpy_obj *count, *total, *u;
    int64_t c;
    double tot;
    if (gilpy_dict_get_str(t, result, "count", &count) <= 0) goto error;
    if (gilpy_dict_get_str(t, result, "total", &total) <= 0) goto error;
    if (gilpy_dict_get_str(t, result, "unit", &u) <= 0) goto error;
    int bad = gilpy_int_value(t, count, &c) < 0 || gilpy_float_value(t, total, &tot) < 0;
    if (!bad) printf("summary: count=%lld total=%.1f unit=%s\n", (long long)c, tot,
                     gilpy_str_value(t, u, NULL));
    gilpy_decref(count);
    gilpy_decref(total);
    gilpy_decref(u);
    if (bad) goto error;

    /* Set a global from C and evaluate an expression that uses it. */
    gilpy_obj *limit = gilpy_int_new(t, 40);
    if (!limit || gilpy_set_global(t, "limit", limit) < 0) goto error;
    gilpy_decref(limit);
    gilpy_obj *ev = gilpy_eval(t, "[n for n in range(limit) if n % 13 == 0]");
    if (!ev) goto error;
    gilpy_obj *r = gilpy_repr(t, ev);
    gilpy_decref(ev);
    if (!r) goto error;
    printf("eval: %s\n", gilpy_str_value(t, r, NULL));
    gilpy_decref(r);

    /* An error comes back as a status and a fetchable exception. */
    fail = gilpy_get_global(t, "fail");
    zero = gilpy_int_new(t, 0);
    if (!fail || !zero) goto error;
    gilpy_obj *none = gilpy_call(t, fail, &zero, 1, NULL);
    if (none || !gilpy_error_matches(t, "ZeroDivisionError")) goto error;
    printf("caught:\n");
    show_error(t);
    status = 0;
    goto done;

error:
    printf("unexpected error:\n");
    show_error(t);
done:
    gilpy_xdecref(summarize);
    gilpy_xdecref(values);
    gilpy_xdecref(kwargs);
    gilpy_xdecref(unit);
    gilpy_xdecref(result);
    gilpy_xdecref(greeting);
    gilpy_xdecref(fail);
    gilpy_xdecref(zero);
    int fin = gilpy_finalize(t);
    return status ? status : fin;
}
