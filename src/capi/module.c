/* Native modules through the C API: module objects from a static
   definition, modules registered as built-ins, NAME.so files found on
   sys.path, and the argument parser of their functions. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gilpy_core.h"
#include "runtime/gil.h"
#include "capi/capi.h"
#include "gilpy.h"

/* A table of gilpy_function is handed to the interpreter as it is: it must
   have the layout of gp_method_def, whose function type has the same
   parameters (gilpy_obj and gilpy_thread are the interpreter's own types
   under their public names). */
_Static_assert(sizeof(gilpy_function) == sizeof(gp_method_def), "gilpy_function layout");
_Static_assert(offsetof(gilpy_function, name) == offsetof(gp_method_def, name), "name");
_Static_assert(offsetof(gilpy_function, fn) == offsetof(gp_method_def, fn), "fn");
_Static_assert(offsetof(gilpy_function, flags) == offsetof(gp_method_def, flags), "flags");
_Static_assert(offsetof(gilpy_function, doc) == offsetof(gp_method_def, doc), "doc");
_Static_assert(sizeof(intptr_t) == sizeof(gp_ssize), "intptr_t is gp_ssize");

/* The definitions registered as built-in modules (interp->capi). */
typedef struct {
    const gilpy_module_def **defs;
    int n, cap;
} capi_state;

static int add_constants(gp_thread *t, gp_obj *m, const gilpy_constant *c) {
    for (; c && c->name; c++) {
        int r;
        switch (c->kind) {
        case GILPY_CONST_INT: r = gp_module_add_int(t, m, c->name, c->i); break;
        case GILPY_CONST_STR: r = gp_module_add_str(t, m, c->name, c->s ? c->s : ""); break;
        case GILPY_CONST_FLOAT: {
            gp_obj *f = gp_float_new(t, c->d);
            r = f ? gp_module_add_object(t, m, c->name, f) : -1;
            gp_xdecref(f);
            break;
        }
        default:
            gp_err_format(t, &gp_exc_SystemError, "constant '%s' has an unknown kind %d", c->name,
                          c->kind);
            return -1;
        }
        if (r < 0) return -1;
    }
    return 0;
}

/* The module object for def under the name it is imported as. */
static gp_obj *module_from_def(gp_thread *t, const gilpy_module_def *def, const char *name) {
    if (def->api_version != GILPY_API_VERSION)
        return gp_err_format(t, &gp_exc_ImportError,
                             "module %s was built for C API version %d, not %d", name,
                             def->api_version, GILPY_API_VERSION);
    for (const gilpy_function *f = def->functions; f && f->name; f++)
        if (f->flags != 0 || !f->fn)
            return gp_err_format(t, &gp_exc_SystemError, "bad function entry '%s' in module %s",
                                 f->name, name);
    gp_obj *m = gp_module_new(t, name);
    if (!m) return NULL;
    if (def->doc && gp_module_add_str(t, m, "__doc__", def->doc) < 0) goto error;
    if (def->functions &&
        gp_module_add_functions(t, m, (const gp_method_def *)(const void *)def->functions) < 0)
        goto error;
    if (add_constants(t, m, def->constants) < 0) goto error;
    if (def->exec && def->exec(t, m) < 0) {
        if (!t->exc)
            gp_err_format(t, &gp_exc_SystemError,
                          "execution of module %s failed without setting an exception", name);
        goto error;
    }
    if (t->exc) {
        gp_err_format(t, &gp_exc_SystemError,
                      "execution of module %s raised unreported exception", name);
        goto error;
    }
    return m;
error:
    gp_decref(m);
    return NULL;
}

gilpy_obj *gilpy_module_new(gilpy_thread *t, const gilpy_module_def *def) {
    return module_from_def(t, def, def->name);
}

int gilpy_module_add(gilpy_thread *t, gilpy_obj *module, const char *name, gilpy_obj *v) {
    if (!gp_type_check_exact(module, &gp_module_type)) {
        gp_err_format(t, &gp_exc_TypeError, "expected a module, not %T", module);
        return -1;
    }
    return gp_module_add_object(t, module, name, v);
}

/* A module that does not declare GILPY_MOD_GIL_NOT_USED turns the GIL of
   the free-threaded build back on, with the warning free-threaded CPython
   gives; in the GIL build the GIL is always on and nothing happens. */
static int check_gil_declaration(gp_thread *t, const gilpy_module_def *def, const char *name) {
    if (def->flags & GILPY_MOD_GIL_NOT_USED) return 0;
    int r = gp_gil_enable_for_module(t);
    if (r <= 0) return r;
    gp_obj *msg = gp_str_from_format(
        t,
        "The global interpreter lock (GIL) has been enabled to load module '%s', which has "
        "not declared that it can run safely without the GIL. To override this behavior and "
        "keep the GIL disabled (at your own risk), run with GILPY_GIL=0 or -X gil=0.",
        name);
    if (!msg) return -1;
    gp_obj *warnings = gp_import_module(t, "warnings");
    gp_obj *res = NULL;
    if (warnings) {
        gp_obj *args[2] = {msg, (gp_obj *)&gp_exc_RuntimeWarning};
        gp_obj *warn = gp_obj_getattr_cstr(t, warnings, "warn");
        res = warn ? gp_call(t, warn, args, 2, NULL) : NULL;
        gp_xdecref(warn);
        gp_decref(warnings);
    }
    if (!res && !gp_err_matches(t, &gp_exc_Warning)) {
        /* Without the warnings module the message still reaches stderr. */
        gp_err_clear(t);
        fprintf(stderr, "<frozen importlib._bootstrap>:0: RuntimeWarning: %s\n", gp_str_utf8(msg));
    }
    gp_decref(msg);
    if (!res) return t->exc ? -1 : 0;
    gp_decref(res);
    return 0;
}

/* Build the module and put it in sys.modules under name. */
static gp_obj *install_module(gp_thread *t, const gilpy_module_def *def, const char *name,
                              const char *path) {
    if (check_gil_declaration(t, def, name) < 0) return NULL;
    gp_obj *m = module_from_def(t, def, name);
    if (!m) return NULL;
    if (path) {
        gp_obj *p = gp_str_from_cstr(t, path);
        if (!p || gp_module_add_object(t, m, "__file__", p) < 0) {
            gp_xdecref(p);
            goto error;
        }
        gp_decref(p);
    }
    if (gp_dict_set_str(t, t->interp->modules, name, m) < 0) goto error;
    return m;
error:
    gp_decref(m);
    return NULL;
}

int gilpy_register_module(gilpy_thread *t, const gilpy_module_def *def) {
    if (!def || !def->name) {
        gp_err_set_str(t, &gp_exc_SystemError, "a module definition needs a name");
        return -1;
    }
    capi_state *st = t->interp->capi;
    if (!st) {
        st = calloc(1, sizeof *st);
        if (!st) {
            gp_err_nomemory(t);
            return -1;
        }
        t->interp->capi = st;
    }
    if (st->n == st->cap) {
        int cap = st->cap ? st->cap * 2 : 8;
        const gilpy_module_def **defs = realloc(st->defs, (size_t)cap * sizeof *defs);
        if (!defs) {
            gp_err_nomemory(t);
            return -1;
        }
        st->defs = defs;
        st->cap = cap;
    }
    st->defs[st->n++] = def;
    return 0;
}

gp_obj *gp_capi_import_registered(gp_thread *t, const char *name) {
    capi_state *st = t->interp->capi;
    /* The latest registration of a name wins. */
    for (int i = st ? st->n - 1 : -1; i >= 0; i--)
        if (strcmp(st->defs[i]->name, name) == 0) return install_module(t, st->defs[i], name, NULL);
    return NULL;
}

int gp_capi_is_extension_path(const char *path) {
    size_t n = strlen(path), k = strlen(GP_CAPI_EXT_SUFFIX);
    return n > k && strcmp(path + n - k, GP_CAPI_EXT_SUFFIX) == 0;
}

static void *import_error(gp_thread *t, const char *name, const char *path, const char *msg) {
    gp_obj *text = gp_str_from_cstr(t, msg);
    gp_obj *exc = text ? gp_exc_new(t, &gp_exc_ImportError, &text, 1) : NULL;
    gp_xdecref(text);
    if (!exc) return NULL;
    gp_obj *n = gp_str_from_cstr(t, name);
    gp_obj *p = gp_str_from_cstr(t, path);
    if (n && p && gp_obj_setattr_cstr(t, exc, "name", n) == 0 &&
        gp_obj_setattr_cstr(t, exc, "path", p) == 0)
        gp_err_raise_steal(t, exc);
    else
        gp_decref(exc);
    gp_xdecref(n);
    gp_xdecref(p);
    return NULL;
}

gp_obj *gp_capi_load_extension(gp_thread *t, const char *name, const char *path) {
    /* Symbols stay local to each module; what a module needs from gilpy
       resolves against the interpreter, which exports its symbols.  The
       handle is never closed: functions of the module may live on in
       objects until the process ends. */
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *err = dlerror();
        return import_error(t, name, path, err ? err : "dlopen failed");
    }
    const char *dot = strrchr(name, '.');
    const char *last = dot ? dot + 1 : name;
    char sym[256];
    int len = snprintf(sym, sizeof sym, "gilpy_init_%s", last);
    if (len < 0 || (size_t)len >= sizeof sym) return import_error(t, name, path, "module name too long");
    const gilpy_module_def *(*init)(void) = NULL;
    *(void **)&init = dlsym(handle, sym);
    if (!init) {
        char msg[300];
        if (snprintf(msg, sizeof msg, "dynamic module does not define module export function (%s)",
                     sym) < 0)
            msg[0] = '\0';
        return import_error(t, name, path, msg);
    }
    const gilpy_module_def *def = init();
    if (!def)
        return gp_err_format(t, &gp_exc_SystemError,
                             "initialization of %s failed without returning a module definition",
                             last);
    return install_module(t, def, name, path);
}

/* ------------------------------------------------------ argument parsing */

/* The most parameters one format may describe. */
#define MAX_PARAMS 32

static void *bad_arg(gp_thread *t, const char *fname, const char *pname, int pos,
                     const char *expected, gp_obj *v) {
    if (pname && *pname)
        return gp_err_format(t, &gp_exc_TypeError, "%s() argument '%s' must be %s, not %T", fname,
                             pname, expected, v);
    return gp_err_format(t, &gp_exc_TypeError, "%s() argument %d must be %s, not %T", fname, pos,
                         expected, v);
}

/* An integer argument as an int64_t: ints and objects with __index__. */
static int arg_i64(gp_thread *t, gp_obj *v, int64_t *out) {
    if (gp_float_check(v)) {
        gp_err_format(t, &gp_exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    return gilpy_int_value(t, v, out);
}

/* Store one argument v in the variable(s) of code c; -1 with TypeError or
   OverflowError. */
static int convert(gp_thread *t, char c, gp_obj *v, va_list *ap, const char *fname,
                   const char *pname, int pos) {
    switch (c) {
    case 'O': *va_arg(*ap, gp_obj **) = v; return 0;
    case 'p': {
        int *out = va_arg(*ap, int *);
        int b = gp_obj_truthy(t, v);
        if (b < 0) return -1;
        *out = b;
        return 0;
    }
    case 'i': case 'L': case 'n': {
        void *out = va_arg(*ap, void *);
        int64_t x;
        if (arg_i64(t, v, &x) < 0) return -1;
        if (c == 'i') {
            if (x > INT32_MAX || x < INT32_MIN) {
                gp_err_format(t, &gp_exc_OverflowError, "signed integer is %s than %s",
                              x > 0 ? "greater" : "less", x > 0 ? "maximum" : "minimum");
                return -1;
            }
            *(int *)out = (int)x;
        } else if (c == 'L') {
            *(int64_t *)out = x;
        } else {
            *(intptr_t *)out = (intptr_t)x;
        }
        return 0;
    }
    case 'd': {
        double *out = va_arg(*ap, double *);
        if (!gp_float_check(v) && !gp_int_check(v)) {
            bad_arg(t, fname, pname, pos, "real number", v);
            return -1;
        }
        return gilpy_float_value(t, v, out);
    }
    case 's': case 'z': {
        const char **out = va_arg(*ap, const char **);
        if (c == 'z' && v == GP_NONE) {
            *out = NULL;
            return 0;
        }
        if (!gp_str_check(v)) {
            bad_arg(t, fname, pname, pos, c == 'z' ? "str or None" : "str", v);
            return -1;
        }
        if (strlen(gp_str_utf8(v)) != (size_t)gp_str_size(v)) {
            gp_err_set_str(t, &gp_exc_ValueError, "embedded null character");
            return -1;
        }
        *out = gp_str_utf8(v);
        return 0;
    }
    case 'y': {
        const char **out = va_arg(*ap, const char **);
        intptr_t *len = va_arg(*ap, intptr_t *);
        if (!gp_bytes_check(v)) {
            bad_arg(t, fname, pname, pos, "bytes", v);
            return -1;
        }
        *out = gp_bytes_data(v);
        *len = gp_bytes_size(v);
        return 0;
    }
    default:
        gp_err_format(t, &gp_exc_SystemError, "%s(): bad format code '%c'", fname, c);
        return -1;
    }
}

/* Skip the variables of an omitted optional argument. */
static void skip(char c, va_list *ap) {
    (void)va_arg(*ap, void *);
    if (c == 'y') (void)va_arg(*ap, void *);
}

int gilpy_parse_args(gilpy_thread *t, gilpy_obj *const *args, intptr_t nargs, gilpy_obj *kwnames,
                     const char *format, const char *const *kwlist, ...) {
    char codes[MAX_PARAMS];
    const char *names[MAX_PARAMS + 1];
    int n = 0, required = -1, maxpos = -1;
    const char *fname = "function";
    for (const char *f = format; *f; f++) {
        if (*f == '|') required = n;
        else if (*f == '$') {
            /* Keyword-only parameters are optional, as in CPython's parser. */
            maxpos = n;
            if (required < 0) required = n;
        }
        else if (*f == ':') {
            fname = f + 1;
            break;
        } else {
            if (n == MAX_PARAMS || !strchr("OpiLndszy", *f)) {
                gp_err_format(t, &gp_exc_SystemError, "bad argument format \"%s\"", format);
                return -1;
            }
            names[n] = kwlist ? kwlist[n] : "";
            if (!names[n]) {
                gp_err_format(t, &gp_exc_SystemError, "argument format \"%s\" has more codes than "
                              "names", format);
                return -1;
            }
            codes[n++] = *f;
        }
    }
    names[n] = NULL;
    if (required < 0) required = n;
    gp_argspec spec = {fname, names, required, maxpos};
    gp_obj *vals[MAX_PARAMS];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, vals) < 0) return -1;
    va_list ap;
    va_start(ap, kwlist);
    int rc = 0;
    for (int i = 0; i < n; i++) {
        if (!vals[i]) {
            skip(codes[i], &ap);
            continue;
        }
        if (convert(t, codes[i], vals[i], &ap, fname, names[i], i + 1) < 0) {
            rc = -1;
            break;
        }
    }
    va_end(ap);
    return rc;
}
