/* The import system: sys.modules first, then the modules written in C,
   then .py files and packages along sys.path (or a package's __path__). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "capi/capi.h"
#include "runtime/gil.h"

char *gp_read_file(gp_thread *t, const char *path, gp_ssize *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        gp_obj *name = gp_str_from_cstr(t, path);
        gp_err_from_errno(t, &gp_exc_OSError, name);
        gp_xdecref(name);
        return NULL;
    }
    size_t cap = 8192, n = 0;
    char *buf = gp_mem_alloc(cap);
    while (buf) {
        if (n + 1 >= cap) {
            char *nb = gp_mem_realloc(buf, cap *= 2);
            if (!nb) {
                gp_mem_free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        if (got == 0) break;
        n += got;
    }
    fclose(f);
    if (!buf) {
        gp_err_nomemory(t);
        return NULL;
    }
    buf[n] = '\0';
    *len = (gp_ssize)n;
    return buf;
}

static int is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Search the directories of `snap` (a tuple of str) for `last` as a package
   (last/__init__.py), a native module (last.so, when with_native is set)
   or a module (last.py). */
static int find_in_tuple(gp_thread *t, gp_obj *snap, const char *last, gp_obj **path,
                         int *is_package, int with_native) {
    gp_ssize n = gp_tuple_size(snap);
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *dir = gp_tuple_get_borrow(snap, i);
        if (!gp_str_check(dir)) continue;
        const char *d = gp_str_utf8(dir);
        /* Module files get absolute paths, whatever the path entry. */
        char cwd[2048];
        if (d[0] != '/' && getcwd(cwd, sizeof cwd)) {
            if (!*d || strcmp(d, ".") == 0) d = cwd;
            else {
                size_t cl = strlen(cwd);
                snprintf(cwd + cl, sizeof cwd - cl, "/%s", d);
                d = cwd;
            }
        }
        const char *sep = "/";
        char buf[4096];
        snprintf(buf, sizeof buf, "%s%s%s/__init__.py", d, sep, last);
        if (is_file(buf)) {
            *is_package = 1;
            *path = gp_str_from_cstr(t, buf);
            return *path ? 1 : -1;
        }
        snprintf(buf, sizeof buf, "%s%s%s%s", d, sep, last, GP_CAPI_EXT_SUFFIX);
        if (with_native && is_file(buf)) {
            *is_package = 0;
            *path = gp_str_from_cstr(t, buf);
            return *path ? 1 : -1;
        }
        snprintf(buf, sizeof buf, "%s%s%s.py", d, sep, last);
        if (is_file(buf)) {
            *is_package = 0;
            *path = gp_str_from_cstr(t, buf);
            return *path ? 1 : -1;
        }
    }
    return 0;
}

static int find_in_dirs(gp_thread *t, gp_obj *dirs, const char *last, gp_obj **path,
                        int *is_package, int with_native) {
    if (!gp_list_check(dirs)) return 0;
    /* sys.path is shared by every thread: walk a snapshot of it. */
    gp_obj *snap = gp_list_as_tuple(t, dirs);
    if (!snap) return -1;
    int r = find_in_tuple(t, snap, last, path, is_package, with_native);
    gp_decref(snap);
    return r;
}

/* The directories to search for a submodule of `parent`, or sys.path. */
static gp_obj *search_path(gp_thread *t, gp_obj *parent) {
    if (!parent) {
        gp_obj *p = gp_sys_get_borrow(t, "path");
        return p ? gp_newref(p) : gp_list_new(t, 0);
    }
    gp_obj *p = NULL;
    int r = gp_obj_lookup_attr(t, parent, gp_str_intern_cstr_borrow(t, "__path__"), &p);
    if (r < 0) return NULL;
    return r ? p : gp_list_new(t, 0);
}

/* ------------------------------------------------------------ module locks

   Two threads importing the same module must get one module object whose
   body ran once.  A module is put in sys.modules before its body runs (so
   that circular imports see it), so finding it there is not enough: while
   a thread imports a module it holds that module's lock, and another
   thread that finds the module in sys.modules, or wants to load it, waits
   for the lock first.  The owner itself passes (a circular import sees the
   partly run module, as in CPython).

   Deadlock: thread A holds the lock of module a and waits for b's, while
   B holds b's and waits for a's (a and b import each other, started from
   two threads).  Before waiting, a thread follows the chain "lock ->
   owner -> lock that owner waits for -> ..."; if it comes back to itself,
   waiting would never end, so it does not wait and uses the partly run
   module, which is what CPython's _ModuleLock arrangement also comes to
   for this case.

   The records live in a list under one mutex, held only for short table
   work; a waiting thread is detached (it may be waiting for a thread that
   runs a module body). */
typedef struct modlock {
    struct modlock *next;
    char *name;
    gp_thread *owner; /* NULL once released */
    int waiters;
} modlock;

typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t cond;
    modlock *locks;
    _Atomic int count; /* records in `locks`: none is the common case */
} import_locks;

static import_locks *locks_of(gp_interp *in) {
    import_locks *L = in->import_locks;
    if (L) return L;
    /* Made by the main thread at start-up (gp_import_init). */
    return NULL;
}

int gp_import_init(gp_interp *in) {
    import_locks *L = calloc(1, sizeof *L);
    if (!L) return -1;
    pthread_mutex_init(&L->mu, NULL);
    pthread_cond_init(&L->cond, NULL);
    in->import_locks = L;
    return 0;
}

static modlock *find_lock(import_locks *L, const char *name) {
    for (modlock *l = L->locks; l; l = l->next)
        if (strcmp(l->name, name) == 0) return l;
    return NULL;
}

static void free_lock(import_locks *L, modlock *l) {
    for (modlock **p = &L->locks; *p; p = &(*p)->next)
        if (*p == l) {
            *p = l->next;
            break;
        }
    atomic_fetch_sub(&L->count, 1);
    free(l->name);
    free(l);
}

/* Would t waiting for l close a cycle of waits?  Bounded by the number of
   records, so a cycle among other threads cannot trap the walk. */
static int would_deadlock(import_locks *L, modlock *l, gp_thread *t) {
    int limit = atomic_load(&L->count) + 1;
    while (l && l->owner && limit-- > 0) {
        if (l->owner == t) return 1;
        l = l->owner->import_waiting;
    }
    return 0;
}

/* Take the lock of module `name`.  1: taken (release it with
   module_lock_release); 0: not taken, because t already holds it or
   waiting would deadlock; -1: out of memory. */
static int module_lock_acquire(gp_thread *t, const char *name) {
    import_locks *L = locks_of(t->interp);
    pthread_mutex_lock(&L->mu);
    for (;;) {
        modlock *l = find_lock(L, name);
        if (!l || !l->owner) {
            if (!l) {
                l = calloc(1, sizeof *l);
                char *copy = l ? strdup(name) : NULL;
                if (!copy) {
                    free(l);
                    pthread_mutex_unlock(&L->mu);
                    gp_err_nomemory(t);
                    return -1;
                }
                l->name = copy;
                l->next = L->locks;
                L->locks = l;
                atomic_fetch_add(&L->count, 1);
            }
            l->owner = t;
            pthread_mutex_unlock(&L->mu);
            return 1;
        }
        if (l->owner == t || would_deadlock(L, l, t)) {
            pthread_mutex_unlock(&L->mu);
            return 0;
        }
        l->waiters++;
        t->import_waiting = l;
        pthread_mutex_unlock(&L->mu);
        GP_BEGIN_ALLOW_THREADS
        pthread_mutex_lock(&L->mu);
        while (l->owner) pthread_cond_wait(&L->cond, &L->mu);
        t->import_waiting = NULL;
        if (--l->waiters == 0 && !l->owner) free_lock(L, l);
        pthread_mutex_unlock(&L->mu);
        GP_END_ALLOW_THREADS
        pthread_mutex_lock(&L->mu);
    }
}

static void module_lock_release(gp_thread *t, const char *name) {
    import_locks *L = locks_of(t->interp);
    pthread_mutex_lock(&L->mu);
    modlock *l = find_lock(L, name);
    if (l && l->owner == t) {
        l->owner = NULL;
        if (l->waiters == 0) free_lock(L, l);
        else pthread_cond_broadcast(&L->cond);
    }
    pthread_mutex_unlock(&L->mu);
}

/* Is another thread importing `name` right now? */
static int imported_elsewhere(gp_thread *t, const char *name) {
    import_locks *L = locks_of(t->interp);
    if (atomic_load_explicit(&L->count, memory_order_acquire) == 0) return 0;
    pthread_mutex_lock(&L->mu);
    modlock *l = find_lock(L, name);
    int r = l && l->owner && l->owner != t;
    pthread_mutex_unlock(&L->mu);
    return r;
}

void gp_import_after_fork(gp_thread *t) {
    import_locks *L = locks_of(t->interp);
    if (!L) return;
    pthread_mutex_init(&L->mu, NULL);
    pthread_cond_init(&L->cond, NULL);
    /* Imports of the threads that did not survive never finish: forget
       them (the child sees their partly run modules, as after a failed
       import elsewhere it would see none). */
    modlock *l = L->locks;
    while (l) {
        modlock *next = l->next;
        if (l->owner != t) free_lock(L, l);
        else l->waiters = 0;
        l = next;
    }
    t->import_waiting = NULL;
}

static gp_obj *modules_get(gp_thread *t, const char *name) {
    return gp_dict_get_str_borrow(t, t->interp->modules, name);
}

static void *no_module(gp_thread *t, const char *name) {
    gp_obj *msg = gp_str_from_format(t, "No module named '%s'", name);
    gp_obj *nm = gp_str_from_cstr(t, name);
    if (msg && nm) {
        gp_obj *exc = gp_exc_new(t, &gp_exc_ModuleNotFoundError, &msg, 1);
        if (exc) {
            gp_obj_setattr_cstr(t, exc, "name", nm);
            gp_err_raise_steal(t, exc);
        }
    }
    gp_xdecref(msg);
    gp_xdecref(nm);
    return NULL;
}

static gp_obj *init_builtin(gp_thread *t, const char *name) {
    for (const gp_builtin_module *b = gp_builtin_modules; b->name; b++) {
        if (strcmp(b->name, name) != 0) continue;
        gp_obj *m = b->init(t);
        if (!m) return NULL;
        if (gp_dict_set_str(t, t->interp->modules, name, m) < 0) {
            gp_decref(m);
            return NULL;
        }
        return m;
    }
    return NULL;
}

/* Run the source at `path` as module `name`.  The module is in
   sys.modules while it runs (so circular imports see it) and removed again
   if it fails. */
static gp_obj *load_source(gp_thread *t, const char *name, gp_obj *path, int is_package) {
    gp_obj *m = gp_module_new(t, name);
    if (!m) return NULL;
    gp_obj *d = gp_module_dict_borrow(m);
    gp_obj *code = NULL;
    char *src = NULL;
    const char *dot = strrchr(name, '.');
    gp_obj *pkg = is_package ? gp_str_from_cstr(t, name)
                             : gp_str_new(t, name, dot ? (gp_ssize)(dot - name) : 0);
    if (!pkg || gp_dict_set_str(t, d, "__file__", path) < 0 ||
        gp_dict_set_str(t, d, "__package__", pkg) < 0 ||
        gp_dict_set_str(t, d, "__builtins__", t->interp->builtins_mod) < 0)
        goto error;
    if (is_package) {
        const char *p = gp_str_utf8(path);
        const char *slash = strrchr(p, '/');
        gp_obj *dir = gp_str_new(t, p, slash ? (gp_ssize)(slash - p) : 0);
        gp_obj *lst = dir ? gp_list_new(t, 0) : NULL;
        if (!lst || gp_list_append_steal(t, lst, dir) < 0 ||
            gp_dict_set_str(t, d, "__path__", lst) < 0) {
            gp_xdecref(lst);
            goto error;
        }
        gp_decref(lst);
    }
    if (gp_dict_set_str(t, t->interp->modules, name, m) < 0) goto error;
    gp_ssize len;
    src = gp_read_file(t, gp_str_utf8(path), &len);
    if (!src) goto unregister;
    code = gp_compile(t, src, len, path, GP_COMPILE_EXEC, 0, NULL);
    gp_mem_free(src);
    if (!code) goto unregister;
    gp_obj *r = gp_eval_code(t, code, d, d);
    gp_decref(code);
    if (!r) goto unregister;
    gp_decref(r);
    gp_decref(pkg);
    gp_decref(m);
    /* A module may replace itself in sys.modules while it runs. */
    m = modules_get(t, name);
    if (!m) return no_module(t, name);
    return gp_newref(m);

unregister: {
    gp_obj *exc = gp_err_fetch(t);
    gp_obj *key = gp_str_from_cstr(t, name);
    if (key && gp_dict_contains(t, t->interp->modules, key) > 0)
        gp_dict_del(t, t->interp->modules, key);
    gp_xdecref(key);
    gp_err_restore_steal(t, exc);
}
error:
    gp_xdecref(pkg);
    gp_decref(m);
    return NULL;
}

static gp_obj *existing_module(gp_thread *t, const char *name, gp_obj *m) {
    if (m == GP_NONE)
        return gp_err_format(t, &gp_exc_ModuleNotFoundError,
                             "import of %s halted; None in sys.modules", name);
    return gp_newref(m);
}

/* Find and run module `name`; called with its lock held (or passed). */
static gp_obj *load_module(gp_thread *t, const char *name, gp_obj *parent) {
    gp_obj *m;
    if (!parent) {
        m = init_builtin(t, name);
        if (m || t->exc) return m;
        m = gp_capi_import_registered(t, name);
        if (m || t->exc) return m;
    }
    gp_obj *dirs = search_path(t, parent);
    if (!dirs) return NULL;
    const char *dot = strrchr(name, '.');
    const char *last = dot ? dot + 1 : name;
    gp_obj *path = NULL;
    int is_package = 0;
    int found = find_in_dirs(t, dirs, last, &path, &is_package, 1);
    gp_decref(dirs);
    if (found < 0) return NULL;
    if (!found) return no_module(t, name);
    if (gp_capi_is_extension_path(gp_str_utf8(path)))
        m = gp_capi_load_extension(t, name, gp_str_utf8(path));
    else
        m = load_source(t, name, path, is_package);
    gp_decref(path);
    if (m && parent && gp_obj_setattr_cstr(t, parent, last, m) < 0) gp_clear(&m);
    return m;
}

/* Import the single module `name` whose parent package (if any) is already
   imported as `parent`. */
static gp_obj *import_one(gp_thread *t, const char *name, gp_obj *parent) {
    gp_obj *m = modules_get(t, name);
    if (m && !imported_elsewhere(t, name)) return existing_module(t, name, m);
    if (!m && t->exc) return NULL;
    int held = module_lock_acquire(t, name);
    if (held < 0) return NULL;
    /* Another thread may have finished it while we waited. */
    m = modules_get(t, name);
    if (m) m = existing_module(t, name, m);
    else if (!t->exc) m = load_module(t, name, parent);
    if (held) module_lock_release(t, name);
    return m;
}

/* Import every prefix of a dotted name; returns the last module. */
static gp_obj *import_dotted(gp_thread *t, const char *name) {
    gp_obj *parent = NULL;
    size_t n = strlen(name);
    char *buf = gp_mem_alloc(n + 1);
    if (!buf) return gp_err_nomemory(t);
    for (size_t i = 0; i <= n; i++) {
        if (name[i] != '.' && name[i] != '\0') continue;
        memcpy(buf, name, i);
        buf[i] = '\0';
        gp_obj *m = import_one(t, buf, parent);
        gp_xdecref(parent);
        if (!m) {
            gp_mem_free(buf);
            return NULL;
        }
        parent = m;
    }
    gp_mem_free(buf);
    return parent;
}

int gp_import_find_source(gp_thread *t, const char *name, gp_obj **path, int *is_package) {
    const char *dot = strrchr(name, '.');
    gp_obj *parent = NULL;
    if (dot) {
        char *pname = strndup(name, (size_t)(dot - name));
        parent = modules_get(t, pname);
        free(pname);
    }
    gp_obj *dirs = search_path(t, parent);
    if (!dirs) return -1;
    int r = find_in_dirs(t, dirs, dot ? dot + 1 : name, path, is_package, 0);
    gp_decref(dirs);
    return r;
}

/* The absolute name for a relative import of `name` at `level` from the
   module whose globals are given, as importlib resolves it. */
static gp_obj *resolve_name(gp_thread *t, gp_obj *name, gp_obj *globals, int level) {
    gp_obj *package = globals ? gp_dict_get_str_borrow(t, globals, "__package__") : NULL;
    gp_obj *pkg = NULL;
    if (package && package != GP_NONE) {
        pkg = gp_newref(package);
    } else {
        gp_obj *modname = globals ? gp_dict_get_str_borrow(t, globals, "__name__") : NULL;
        if (!modname || !gp_str_check(modname)) goto no_parent;
        if (globals && gp_dict_get_str_borrow(t, globals, "__path__")) {
            pkg = gp_newref(modname);
        } else {
            const char *s = gp_str_utf8(modname);
            const char *dot = strrchr(s, '.');
            pkg = gp_str_new(t, s, dot ? (gp_ssize)(dot - s) : 0);
            if (!pkg) return NULL;
        }
    }
    if (gp_str_size(pkg) == 0) {
        gp_decref(pkg);
        goto no_parent;
    }
    const char *p = gp_str_utf8(pkg);
    gp_ssize end = gp_str_size(pkg);
    for (int i = 1; i < level; i++) {
        while (end > 0 && p[end - 1] != '.') end--;
        if (end == 0) {
            gp_decref(pkg);
            return gp_err_format(t, &gp_exc_ImportError,
                                 "attempted relative import beyond top-level package");
        }
        end--;
    }
    gp_obj *r = gp_str_size(name) ? gp_str_from_format(t, "%.*s.%U", (int)end, p, name)
                                  : gp_str_new(t, p, end);
    gp_decref(pkg);
    return r;
no_parent:
    return gp_err_format(t, &gp_exc_ImportError,
                         "attempted relative import with no known parent package");
}

static int handle_fromlist(gp_thread *t, gp_obj *m, gp_obj *absname, gp_obj *fromlist, int recursive) {
    gp_obj *path = NULL;
    int r = gp_obj_lookup_attr(t, m, gp_str_intern_cstr_borrow(t, "__path__"), &path);
    if (r <= 0) return r;
    gp_decref(path);
    gp_obj *it = gp_obj_getiter(t, fromlist);
    if (!it) return -1;
    gp_obj *item;
    while ((item = gp_iter_next(t, it))) {
        int rc = 0;
        if (!gp_str_check(item)) {
            /* Names must be str; IMPORT_FROM reports anything else. */
        } else if (gp_str_eq_cstr(item, "*")) {
            gp_obj *all = NULL;
            rc = recursive ? 0 : gp_obj_lookup_attr(t, m, gp_str_intern_cstr_borrow(t, "__all__"), &all);
            if (rc > 0) {
                rc = handle_fromlist(t, m, absname, all, 1);
                gp_decref(all);
            }
        } else if (!gp_obj_hasattr(t, m, item)) {
            gp_obj *sub = gp_str_from_format(t, "%U.%U", absname, item);
            gp_obj *sm = sub ? import_one(t, gp_str_utf8(sub), m) : NULL;
            /* A missing submodule is reported by IMPORT_FROM instead. */
            if (!sm && gp_err_matches(t, &gp_exc_ModuleNotFoundError)) {
                gp_obj *exc = gp_err_fetch(t);
                gp_obj *nm = gp_obj_getattr_cstr(t, exc, "name");
                gp_err_clear(t);
                int missing_is_sub = nm && gp_str_check(nm) && sub && gp_str_eq(nm, sub);
                gp_xdecref(nm);
                if (missing_is_sub) gp_decref(exc);
                else gp_err_restore_steal(t, exc);
            }
            gp_xdecref(sm);
            gp_xdecref(sub);
            rc = t->exc ? -1 : 0;
        }
        gp_decref(item);
        if (rc < 0 || t->exc) break;
    }
    gp_decref(it);
    return t->exc ? -1 : 0;
}

gp_obj *gp_import_name(gp_thread *t, gp_obj *name, gp_obj *globals, gp_obj *fromlist, int level) {
    if (!gp_str_check(name))
        return gp_err_format(t, &gp_exc_TypeError, "module name must be str, not %T", name);
    if (level < 0) return gp_err_format(t, &gp_exc_ValueError, "level must be >= 0");
    if (level == 0 && gp_str_size(name) == 0)
        return gp_err_format(t, &gp_exc_ValueError, "Empty module name");
    gp_obj *absname = level > 0 ? resolve_name(t, name, globals, level) : gp_newref(name);
    if (!absname) return NULL;
    gp_obj *m = import_dotted(t, gp_str_utf8(absname));
    if (!m) goto done;

    int has_from = fromlist && fromlist != GP_NONE && gp_obj_truthy(t, fromlist) > 0;
    if (!has_from) {
        /* `import a.b.c` binds the top-level package a. */
        const char *s = gp_str_utf8(absname);
        const char *dot = strchr(s, '.');
        if (level == 0 && dot) {
            gp_obj *top = gp_str_new(t, s, (gp_ssize)(dot - s));
            gp_obj *tm = top ? gp_dict_get_borrow(t, t->interp->modules, top) : NULL;
            gp_xdecref(top);
            gp_decref(m);
            m = tm ? gp_newref(tm) : NULL;
            if (!m && !t->exc) no_module(t, s);
        }
        goto done;
    }
    /* `from pkg import sub` imports submodules that are not attributes yet;
       `from pkg import *` does so for the names in pkg.__all__. */
    if (handle_fromlist(t, m, absname, fromlist, 0) < 0) gp_clear(&m);
done:
    gp_decref(absname);
    return m;
}

gp_obj *gp_import_module(gp_thread *t, const char *name) { return import_dotted(t, name); }
