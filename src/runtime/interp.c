/* Interpreter start-up and shut-down, and running a program as __main__. */
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gc.h"
#include "runtime/gil.h"
#include "runtime/qsbr.h"

/* The SipHash key: random, unless GILPY_HASHSEED (or PYTHONHASHSEED) fixes
   it; 0 gives the zero key so that runs are reproducible. */
static void init_hash_key(gp_interp *in) {
    const char *seed = getenv("GILPY_HASHSEED");
    if (!seed || !*seed) seed = getenv("PYTHONHASHSEED");
    if (seed && *seed && strcmp(seed, "random") != 0) {
        unsigned long long v = strtoull(seed, NULL, 10);
        in->hash_key[0] = v * 0x9E3779B97F4A7C15ull;
        in->hash_key[1] = v ? (v ^ 0xC2B2AE3D27D4EB4Full) * 0x165667B19E3779F9ull : 0;
        return;
    }
    int fd = open("/dev/urandom", O_RDONLY);
    if (fd >= 0) {
        ssize_t got = read(fd, in->hash_key, sizeof in->hash_key);
        close(fd);
        if (got == (ssize_t)sizeof in->hash_key) return;
    }
    in->hash_key[0] = (uint64_t)getpid() * 0x9E3779B97F4A7C15ull;
    in->hash_key[1] = (uint64_t)(uintptr_t)in;
}

/* Whether the GIL is on: always in the GIL build; in the free-threaded
   build as -X gil / GILPY_GIL say, GP_FT_GIL_DEFAULT when they say
   nothing. */
static int gil_wanted(const gp_config *cfg) {
#ifdef GP_FREE_THREADED
    return cfg->gil < 0 ? GP_FT_GIL_DEFAULT : cfg->gil != 0;
#else
    (void)cfg;
    return 1;
#endif
}

static int has_xoption(const gp_config *cfg, const char *name) {
    for (const char **x = cfg->xoptions; x && *x; x++)
        if (strcmp(*x, name) == 0) return 1;
    return 0;
}

/* The directory of standard modules written in Python: lib/ beside the
   build directory that holds the binary. */
static gp_obj *stdlib_dir(gp_thread *t) {
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return NULL;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash) return NULL;
    *slash = '\0';
    /* Installed layout first (PREFIX/bin/gilpy with PREFIX/lib/gilpy):
       PREFIX/lib exists there too but holds libraries, not modules.  Then
       the source tree's layout, build/gilpy with lib/. */
    char path[PATH_MAX + 16];
    snprintf(path, sizeof path, "%s/../lib/gilpy", exe);
    char real[PATH_MAX];
    if (!realpath(path, real)) {
        snprintf(path, sizeof path, "%s/../lib", exe);
        if (!realpath(path, real)) return NULL;
    }
    return gp_str_from_cstr(t, real);
}

static int init_sys_path(gp_thread *t, const gp_config *cfg, gp_obj *path) {
    gp_obj *s = gp_str_from_cstr(t, cfg->path0 ? cfg->path0 : "");
    if (!s || gp_list_append_steal(t, path, s) < 0) return -1;
    const char *env = getenv("PYTHONPATH");
    if (env && *env) {
        const char *p = env;
        while (*p) {
            const char *colon = strchr(p, ':');
            size_t len = colon ? (size_t)(colon - p) : strlen(p);
            if (len) {
                gp_obj *item = gp_str_new(t, p, (gp_ssize)len);
                if (!item || gp_list_append_steal(t, path, item) < 0) return -1;
            }
            if (!colon) break;
            p = colon + 1;
        }
    }
    gp_obj *lib = stdlib_dir(t);
    if (lib && gp_list_append_steal(t, path, lib) < 0) return -1;
    return 0;
}

gp_thread *gp_runtime_start(const gp_config *cfg) {
    gp_interp *in = calloc(1, sizeof *in);
    if (!in) return NULL;
    gp_pstate_init(in);
    if (gp_import_init(in) < 0) return NULL;
    in->gil_option = cfg->gil;
    if (gp_gil_init(in, gil_wanted(cfg), has_xoption(cfg, "gilstats")) < 0) return NULL;
    gp_thread *t = gp_threadstate_new(in, 0);
    if (!t) return NULL;
    in->main_thread = t;
    gp_thread_attach(t);
    in->recursion_limit = GP_DEFAULT_RECURSION_LIMIT;
    in->int_max_str_digits = 4300;
    in->unbuffered = cfg->unbuffered;
    in->interactive = cfg->interactive;
    in->program = cfg->program;
    init_hash_key(in);
    if (!cfg->interactive) gp_signals_init(in);

    if (gp_types_init(t) < 0 || gp_numbers_init(t) < 0 || gp_strings_init(t) < 0 ||
        gp_containers_init(t) < 0 || gp_vm_init(t) < 0)
        goto fatal;

    in->modules = gp_dict_new(t);
    if (in->modules) gp_dict_share(in->modules);
    in->argv = gp_list_new(t, 0);
    in->xoptions = gp_dict_new(t);
    if (!in->modules || !in->argv || !in->xoptions) goto fatal;
    for (int i = 0; i < cfg->argc; i++) {
        gp_obj *a = gp_str_decode(t, cfg->argv[i], (gp_ssize)strlen(cfg->argv[i]), "utf-8",
                                  "surrogateescape");
        if (!a || gp_list_append_steal(t, in->argv, a) < 0) goto fatal;
    }
    for (const char **x = cfg->xoptions; x && *x; x++) {
        const char *eq = strchr(*x, '=');
        gp_obj *k = eq ? gp_str_new(t, *x, eq - *x) : gp_str_from_cstr(t, *x);
        gp_obj *v = eq ? gp_str_from_cstr(t, eq + 1) : GP_TRUE;
        if (!k || !v || gp_dict_set(t, in->xoptions, k, v) < 0) goto fatal;
        gp_decref(k);
        gp_decref(v);
    }

    in->builtins_mod = gp_mod_builtins_init(t);
    if (!in->builtins_mod) goto fatal;
    in->builtins = gp_module_dict_borrow(in->builtins_mod);
    if (gp_dict_set_str(t, in->modules, "builtins", in->builtins_mod) < 0) goto fatal;

    in->sys_mod = gp_mod_sys_init(t);
    if (!in->sys_mod) goto fatal;
    in->sysdict = gp_module_dict_borrow(in->sys_mod);
    if (gp_dict_set_str(t, in->modules, "sys", in->sys_mod) < 0) goto fatal;
    gp_obj *path = gp_dict_get_str_borrow(t, in->sysdict, "path");
    if (!path || init_sys_path(t, cfg, path) < 0) goto fatal;
    return t;

fatal:
    if (t->exc) gp_err_print(t);
    return NULL;
}

/* A fresh __main__ module registered in sys.modules; package is its
   __package__ when run with -m (NULL otherwise). */
static gp_obj *main_module(gp_thread *t, const char *file, const char *package) {
    gp_obj *m = gp_module_new(t, "__main__");
    if (!m) return NULL;
    gp_obj *d = gp_module_dict_borrow(m);
    if (gp_dict_set_str(t, d, "__builtins__", t->interp->builtins_mod) < 0 ||
        gp_dict_set_str(t, t->interp->modules, "__main__", m) < 0)
        goto error;
    if (file) {
        gp_obj *f = gp_str_from_cstr(t, file);
        if (!f || gp_dict_set_str(t, d, "__file__", f) < 0) { gp_xdecref(f); goto error; }
        gp_decref(f);
    }
    if (package) {
        gp_obj *p = gp_str_from_cstr(t, package);
        if (!p || gp_dict_set_str(t, d, "__package__", p) < 0) { gp_xdecref(p); goto error; }
        gp_decref(p);
    }
    return m;
error:
    gp_decref(m);
    return NULL;
}

/* Compile and run source as the __main__ module. */
static int run_main_source(gp_thread *t, const char *src, gp_ssize len, const char *filename,
                           const char *file_attr, const char *package) {
    gp_obj *fname = gp_str_from_cstr(t, filename);
    if (!fname) return -1;
    gp_obj *code = gp_compile(t, src, len, fname, GP_COMPILE_EXEC, 0, NULL);
    gp_decref(fname);
    if (!code) return -1;
    gp_obj *m = main_module(t, file_attr, package);
    if (!m) { gp_decref(code); return -1; }
    gp_obj *d = gp_module_dict_borrow(m);
    gp_obj *r = gp_eval_code(t, code, d, d);
    gp_decref(code);
    gp_decref(m);
    if (!r) return -1;
    gp_decref(r);
    return 0;
}

static int run_file_in_package(gp_thread *t, const char *path, const char *package) {
    gp_ssize len;
    char *src = gp_read_file(t, path, &len);
    if (!src) return -1;
    int rc = run_main_source(t, src, len, path, path, package);
    gp_mem_free(src);
    return rc;
}

int gp_run_file(gp_thread *t, const char *path) { return run_file_in_package(t, path, NULL); }

int gp_run_string(gp_thread *t, const char *src, const char *filename) {
    return run_main_source(t, src, (gp_ssize)strlen(src), filename, NULL, NULL);
}

int gp_run_module(gp_thread *t, const char *name) {
    gp_obj *path = NULL;
    int is_pkg = 0;
    /* Import the parent packages first, as runpy does. */
    const char *dot = strrchr(name, '.');
    if (dot) {
        char *parent = strndup(name, (size_t)(dot - name));
        gp_obj *pm = gp_import_module(t, parent);
        free(parent);
        if (!pm) return -1;
        gp_decref(pm);
    }
    int found = gp_import_find_source(t, name, &path, &is_pkg);
    if (found < 0) return -1;
    if (found == 0) {
        gp_err_format(t, &gp_exc_ModuleNotFoundError, "No module named %s", name);
        return -1;
    }
    if (is_pkg) {
        gp_decref(path);
        char sub[512];
        snprintf(sub, sizeof sub, "%s.__main__", name);
        return gp_run_module(t, sub);
    }
    /* sys.argv[0] becomes the module's path; relative imports in the module
       resolve against its package, as runpy arranges. */
    gp_obj *argv = t->interp->argv;
    if (gp_list_size(argv) > 0) gp_list_set_steal(argv, 0, gp_newref(path));
    char *package = strndup(name, dot ? (size_t)(dot - name) : 0);
    int rc = package ? run_file_in_package(t, gp_str_utf8(path), package) : -1;
    if (!package) gp_err_nomemory(t);
    free(package);
    gp_decref(path);
    return rc;
}

int gp_handle_uncaught(gp_thread *t) {
    if (!t->exc) return 1;
    if (gp_err_matches(t, &gp_exc_SystemExit)) {
        gp_obj *exc = gp_err_fetch(t);
        gp_obj *code = gp_obj_getattr_cstr(t, exc, "code");
        gp_decref(exc);
        int status = 0;
        if (!code) {
            gp_err_clear(t);
            return 1;
        }
        if (code == GP_NONE) {
            status = 0;
        } else if (gp_int_check(code)) {
            gp_ssize v;
            if (gp_int_as_ssize(t, code, &v) < 0) {
                gp_err_clear(t);
                v = -1;
            }
            status = (int)(v & 0xff);
        } else {
            gp_sys_flush(t);
            gp_obj *s = gp_obj_str(t, code);
            if (s) {
                gp_sys_write_stderr(t, gp_str_utf8(s));
                gp_sys_write_stderr(t, "\n");
                gp_decref(s);
            }
            gp_err_clear(t);
            status = 1;
        }
        gp_decref(code);
        return status;
    }
    /* Interrupted by Ctrl-C: the status a shell shows for SIGINT. */
    int status = gp_err_matches(t, &gp_exc_KeyboardInterrupt) ? 130 : 1;
    gp_sys_flush(t);
    gp_err_print(t);
    return status;
}

/* Wait for the non-daemon threads, as threading._shutdown does, when the
   program imported threading. */
static void join_threads(gp_thread *t) {
    gp_obj *threading = gp_dict_get_str_borrow(t, t->interp->modules, "threading");
    if (!threading) {
        gp_err_clear(t);
        return;
    }
    gp_obj *shutdown = gp_obj_getattr_cstr(t, threading, "_shutdown");
    gp_obj *r = shutdown ? gp_call(t, shutdown, NULL, 0, NULL) : NULL;
    gp_xdecref(shutdown);
    if (!r) {
        if (gp_err_matches(t, &gp_exc_AttributeError)) gp_err_clear(t);
        else gp_err_print(t);
        return;
    }
    gp_decref(r);
}

/* Set the values of a module's namespace to None, as CPython does at exit
   so that the finalizers of objects the module holds run while the
   interpreter still works: first the names with one leading underscore,
   then every name but __builtins__. */
static void clear_module_dict(gp_thread *t, gp_obj *d) {
    for (int pass = 0; pass < 2; pass++) {
        gp_ssize pos = 0;
        gp_obj *key, *value;
        while (gp_dict_next(d, &pos, &key, &value)) {
            if (value == GP_NONE || !gp_str_check(key)) continue;
            const char *k = gp_str_utf8(key);
            if (pass == 0 && !(k[0] == '_' && k[1] != '_')) continue;
            if (pass == 1 && strcmp(k, "__builtins__") == 0) continue;
            gp_obj *name = gp_newref(key);
            if (gp_dict_set(t, d, name, GP_NONE) < 0) gp_err_clear(t);
            gp_decref(name);
        }
    }
}

/* Clear __main__'s namespace, the module whose objects programs expect to
   see finalized at exit. */
static void clear_main_module(gp_thread *t) {
    gp_obj *m = gp_dict_get_str_borrow(t, t->interp->modules, "__main__");
    if (!m || !gp_type_check_exact(m, &gp_module_type)) {
        gp_err_clear(t);
        return;
    }
    gp_incref(m);
    clear_module_dict(t, gp_module_dict_borrow(m));
    if (t->exc) gp_err_write_unraisable(t, NULL);
    gp_decref(m);
}

int gp_runtime_finalize(gp_thread *t) {
    join_threads(t);
    int status = gp_run_atexit(t);
    /* Daemon threads may still run: from here on they never get the GIL
       back (or, without it, never attach again: the world stays stopped),
       so the rest of the shutdown runs alone. */
    gp_gil_begin_finalize(t);
    gp_stop_the_world_forever(t);
    gp_qsbr_release_all(t);
    if (gp_sys_flush(t) < 0 && status == 0) status = 120;
    clear_main_module(t);
    /* Cyclic garbage left at exit is collected so that its finalizers run. */
    gp_gc_fini(t);
    if (gp_sys_flush(t) < 0 && status == 0) status = 120;
    gp_gil_print_stats(t->interp);
    return status;
}
