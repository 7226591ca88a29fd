/* The embedding half of the C API: creating and finalizing an interpreter,
   running code in __main__, importing, calling, globals and errors. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gil.h"
#include "capi/capi.h"
#include "gilpy.h"

/* A file that only the standard library directory holds. */
#define STDLIB_MARKER "threading.py"

static int is_stdlib_dir(const char *dir) {
    char probe[PATH_MAX + 32];
    int n = snprintf(probe, sizeof probe, "%s/%s", dir, STDLIB_MARKER);
    return n > 0 && (size_t)n < sizeof probe && access(probe, R_OK) == 0;
}

/* The standard library for an embedded interpreter.  The interpreter
   itself looks beside /proc/self/exe, which is the embedding program here,
   so the directory is searched again: the option, $GILPY_HOME, then beside
   the object that holds this code (PREFIX/lib/libgilpy.so gives
   PREFIX/lib/gilpy; a program linked statically in PREFIX/bin gives
   PREFIX/lib/gilpy; one in the build directory gives lib/). */
static int find_home(const char *opt, char *out, size_t size) {
    const char *env = getenv("GILPY_HOME");
    const char *given[2] = {opt, env && *env ? env : NULL};
    for (int i = 0; i < 2; i++)
        if (given[i] && is_stdlib_dir(given[i]) && realpath(given[i], out)) return 1;
    Dl_info info;
    if (!dladdr((void *)find_home, &info) || !info.dli_fname) return 0;
    char self[PATH_MAX];
    if (!realpath(info.dli_fname, self)) return 0;
    char *slash = strrchr(self, '/');
    if (!slash) return 0;
    *slash = '\0';
    static const char *const rel[] = {"/gilpy", "/../lib/gilpy", "/../lib"};
    for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
        char cand[PATH_MAX + 32];
        int n = snprintf(cand, sizeof cand, "%s%s", self, rel[i]);
        if (n > 0 && (size_t)n < sizeof cand && is_stdlib_dir(cand) && realpath(cand, out) && strlen(out) < size) return 1;
    }
    return 0;
}

/* The interpreter put the library directory it guessed from the program's
   location last on sys.path.  For an embedding program that guess is a
   directory such as /usr/lib: drop it unless it holds the standard library. */
static int drop_guessed_stdlib(gp_thread *t, gp_obj *path) {
    gp_ssize n = gp_list_size(path);
    if (n < 2) return 0;
    gp_obj *last = gp_list_get_borrow(path, n - 1);
    if (!gp_str_check(last) || is_stdlib_dir(gp_str_utf8(last))) return 0;
    char exe[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len <= 0) return 0;
    exe[len] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash) return 0;
    *slash = '\0';
    char cand[PATH_MAX + 32], real[PATH_MAX];
    int k = snprintf(cand, sizeof cand, "%s/../lib", exe);
    if (k < 0 || (size_t)k >= sizeof cand || !realpath(cand, real) ||
        strcmp(real, gp_str_utf8(last)) != 0)
        return 0;
    gp_obj *start = gp_int_from_ssize(t, n - 1);
    if (!start) return -1;
    int r = gp_obj_delitem(t, path, start);
    gp_decref(start);
    return r;
}

/* sys.path: the option's directories first, then the standard library
   unless it is there already. */
static int setup_path(gp_thread *t, const gilpy_options *opts) {
    gp_obj *path = gp_sys_get_borrow(t, "path");
    if (!path || !gp_list_check(path)) {
        gp_err_set_str(t, &gp_exc_RuntimeError, "sys.path is not a list");
        return -1;
    }
    if (drop_guessed_stdlib(t, path) < 0) return -1;
    /* The first directory is already sys.path[0] (gp_config.path0). */
    if (opts && opts->path && opts->path[0]) {
        gp_ssize at = 1;
        for (const char *const *p = opts->path + 1; *p; p++) {
            gp_obj *s = gp_str_from_cstr(t, *p);
            if (!s) return -1;
            int r = gp_list_insert(t, path, at++, s);
            gp_decref(s);
            if (r < 0) return -1;
        }
    }
    char home[PATH_MAX];
    if (!find_home(opts ? opts->home : NULL, home, sizeof home)) return 0;
    gp_obj *s = gp_str_from_cstr(t, home);
    if (!s) return -1;
    int present = gp_seq_contains(t, path, s);
    int r = present < 0 ? -1 : present ? 0 : gp_list_append(t, path, s);
    gp_decref(s);
    return r;
}

gilpy_thread *gilpy_create(const gilpy_options *opts) {
    static char *const default_argv[] = {"", NULL};
    gp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.argc = opts && opts->argc > 0 ? opts->argc : 1;
    cfg.argv = opts && opts->argc > 0 ? opts->argv : (char **)default_argv;
    cfg.program = cfg.argv[0][0] ? cfg.argv[0] : "gilpy";
    cfg.unbuffered = opts ? opts->unbuffered : 0;
    cfg.gil = opts ? opts->gil : -1;
    cfg.path0 = opts && opts->path && opts->path[0] ? opts->path[0] : "";
    gp_thread *t = gp_runtime_start(&cfg);
    if (!t) return NULL;
    if (setup_path(t, opts) < 0) goto fatal;
    for (const gilpy_module_def *const *m = opts ? opts->modules : NULL; m && *m; m++)
        if (gilpy_register_module(t, *m) < 0) goto fatal;
    return t;
fatal:
    gp_err_print(t);
    return NULL;
}

int gilpy_finalize(gilpy_thread *t) { return gp_runtime_finalize(t); }

gilpy_interp *gilpy_interp_of(gilpy_thread *t) { return t->interp; }

gilpy_thread *gilpy_current(void) { return gp_thread_current(); }

/* __main__ from sys.modules, made on first use; borrowed. */
static gp_obj *main_dict(gp_thread *t) {
    gp_obj *m = gp_dict_get_str_borrow(t, t->interp->modules, "__main__");
    if (m && gp_type_check_exact(m, &gp_module_type)) return gp_module_dict_borrow(m);
    if (t->exc) return NULL;
    m = gp_module_new(t, "__main__");
    if (!m) return NULL;
    gp_obj *d = gp_module_dict_borrow(m);
    int r = gp_dict_set_str(t, d, "__builtins__", t->interp->builtins_mod) < 0 ||
            gp_dict_set_str(t, t->interp->modules, "__main__", m) < 0;
    /* sys.modules keeps the module alive. */
    gp_decref(m);
    return r ? NULL : d;
}

static gp_obj *run_in_main(gp_thread *t, const char *src, gp_ssize len, const char *filename,
                           int mode) {
    gp_obj *d = main_dict(t);
    if (!d) return NULL;
    gp_obj *fname = gp_str_from_cstr(t, filename ? filename : "<string>");
    if (!fname) return NULL;
    gp_obj *code = gp_compile(t, src, len, fname, mode, 0, NULL);
    gp_decref(fname);
    if (!code) return NULL;
    gp_obj *r = gp_eval_code(t, code, d, d);
    gp_decref(code);
    return r;
}

int gilpy_run_string(gilpy_thread *t, const char *src, const char *filename) {
    gp_obj *r = run_in_main(t, src, (gp_ssize)strlen(src), filename, GP_COMPILE_EXEC);
    if (!r) return -1;
    gp_decref(r);
    return 0;
}

int gilpy_run_file(gilpy_thread *t, const char *path) {
    gp_ssize len;
    char *src = gp_read_file(t, path, &len);
    if (!src) return -1;
    gp_obj *d = main_dict(t);
    gp_obj *file = d ? gp_str_from_cstr(t, path) : NULL;
    int rc = -1;
    if (file && gp_dict_set_str(t, d, "__file__", file) == 0) {
        gp_obj *r = run_in_main(t, src, len, path, GP_COMPILE_EXEC);
        if (r) {
            gp_decref(r);
            rc = 0;
        }
    }
    gp_xdecref(file);
    gp_mem_free(src);
    return rc;
}

gilpy_obj *gilpy_eval(gilpy_thread *t, const char *expr) {
    return run_in_main(t, expr, (gp_ssize)strlen(expr), "<string>", GP_COMPILE_EVAL);
}

gilpy_obj *gilpy_import(gilpy_thread *t, const char *name) { return gp_import_module(t, name); }

gilpy_obj *gilpy_call(gilpy_thread *t, gilpy_obj *callable, gilpy_obj *const *args, intptr_t nargs,
                      gilpy_obj *kwargs) {
    if (kwargs && !gp_dict_check(kwargs))
        return gp_err_format(t, &gp_exc_TypeError, "keyword arguments must be a dict, not %T",
                             kwargs);
    if (!kwargs || gp_dict_size(kwargs) == 0) return gp_call(t, callable, args, nargs, NULL);
    gp_obj *tup = gp_tuple_from_array(t, args, nargs);
    if (!tup) return NULL;
    gp_obj *r = gp_call_tuple_dict(t, callable, tup, kwargs);
    gp_decref(tup);
    return r;
}

gilpy_obj *gilpy_call_method(gilpy_thread *t, gilpy_obj *obj, const char *name,
                             gilpy_obj *const *args, intptr_t nargs, gilpy_obj *kwargs) {
    gp_obj *f = gp_obj_getattr_cstr(t, obj, name);
    if (!f) return NULL;
    gp_obj *r = gilpy_call(t, f, args, nargs, kwargs);
    gp_decref(f);
    return r;
}

gilpy_obj *gilpy_globals_borrow(gilpy_thread *t) { return main_dict(t); }

gilpy_obj *gilpy_get_global(gilpy_thread *t, const char *name) {
    gp_obj *d = main_dict(t);
    if (!d) return NULL;
    gp_obj *v = gp_dict_get_str_borrow(t, d, name);
    if (v) return gp_newref(v);
    if (t->exc) return NULL;
    return gp_err_format(t, &gp_exc_NameError, "name '%s' is not defined", name);
}

int gilpy_set_global(gilpy_thread *t, const char *name, gilpy_obj *value) {
    gp_obj *d = main_dict(t);
    return d ? gp_dict_set_str(t, d, name, value) : -1;
}

/* --------------------------------------------------------------- errors */

int gilpy_error_occurred(gilpy_thread *t) { return t->exc != NULL; }

gilpy_obj *gilpy_error_fetch(gilpy_thread *t) { return gp_err_fetch(t); }

void gilpy_error_restore_steal(gilpy_thread *t, gilpy_obj *exc) { gp_err_restore_steal(t, exc); }

void gilpy_error_clear(gilpy_thread *t) { gp_err_clear(t); }

void gilpy_error_print(gilpy_thread *t) { gp_err_print(t); }

/* The built-in exception class called name, borrowed; NULL if there is
   none (no exception set). */
static gp_type *builtin_exc_type(gp_thread *t, const char *name) {
    gp_obj *c = gp_dict_get_str_borrow(t, t->interp->builtins, name);
    if (!c || !gp_type_check(c) || !gp_type_is_subtype((gp_type *)c, &gp_exc_BaseException))
        return NULL;
    return (gp_type *)c;
}

int gilpy_error_matches(gilpy_thread *t, const char *name) {
    if (!t->exc) return 0;
    gp_type *type = builtin_exc_type(t, name);
    return type ? gp_err_matches(t, type) : 0;
}

void *gilpy_error_set(gilpy_thread *t, const char *name, const char *fmt, ...) {
    gp_type *type = builtin_exc_type(t, name);
    if (!type) return gp_err_format(t, &gp_exc_SystemError, "no built-in exception named '%s'", name);
    va_list ap;
    va_start(ap, fmt);
    gp_obj *msg = gp_str_from_vformat(t, fmt, ap);
    va_end(ap);
    if (!msg) return NULL;
    gp_err_set(t, type, msg);
    gp_decref(msg);
    return NULL;
}

gilpy_obj *gilpy_exception_format(gilpy_thread *t, gilpy_obj *exc) {
    return gp_err_format_exception(t, exc);
}

gilpy_obj *gilpy_builtin(gilpy_thread *t, const char *name) {
    gp_obj *v = gp_dict_get_str_borrow(t, t->interp->builtins, name);
    if (v) return gp_newref(v);
    if (t->exc) return NULL;
    return gp_err_format(t, &gp_exc_NameError, "name '%s' is not defined", name);
}
