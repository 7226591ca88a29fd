/* The eval loop: runs the bytecode of a frame.

   Calls from Python code to Python functions do not recurse on the C
   stack: the callee's frame is pushed and run by the same invocation of
   the loop, and its return pops back into the caller.  Generators, and
   Python functions called from C code, start a new invocation.

   Exceptions travel as one object (see vm/opcodes.h).  When an instruction
   fails, `error` records the frame's line in the traceback, then
   `exception_unwind` looks for a handler in the block stack; with none left
   the frame is exited and the exception continues in the caller. */
#define _GNU_SOURCE
#include <pthread.h>

#include "runtime/gc.h"
#include "runtime/gil.h"
#include "runtime/objlock.h"
#include "runtime/qsbr.h"
#include "vm/frame.h"
#include "vm/match.h"

#if defined(__GNUC__) && !defined(GP_NO_COMPUTED_GOTO)
#define GP_USE_COMPUTED_GOTO 1
#else
#define GP_USE_COMPUTED_GOTO 0
#endif

/* Inline list and tuple access bypasses the containers' locks: only the
   absence of any other running thread makes it safe.  The free-threaded
   build uses it while its GIL is enabled, and without the GIL until a
   second thread starts (gp_is_threaded()); from then on the general,
   locked paths run.  The global and attribute caches work in both cases,
   with sequence locks once threads run (see global_cache_get). */
#ifdef GP_FREE_THREADED
#define GIL_HELD(t) (!gp_is_threaded() || (t)->interp->gil_enabled)
#else
#define GIL_HELD(t) 1
#endif

#define COLD __attribute__((noinline, cold))

int gp_vm_handle_breaker(gp_thread *t) {
    uint32_t bits = atomic_load_explicit(&t->eval_breaker, memory_order_acquire);
    if (bits & GP_BREAK_GIL_DROP) gp_gil_handle_drop_request(t);
    if (bits & GP_BREAK_STOP_WORLD) gp_thread_park(t);
    if (bits & GP_BREAK_REF_MERGE) gp_ref_merge_queue(t);
    if (bits & GP_BREAK_GC) gp_gc_collect_due(t);
    if (bits & GP_BREAK_QSBR) gp_qsbr_handle(t);
    if ((bits & GP_BREAK_SIGNAL) && gp_signal_run_pending(t) < 0) return -1;
    if (bits & GP_BREAK_ASYNC_EXC) {
        atomic_fetch_and_explicit(&t->eval_breaker, ~(uint32_t)GP_BREAK_ASYNC_EXC,
                                  memory_order_acq_rel);
        gp_obj *exc = t->async_exc;
        t->async_exc = NULL;
        if (exc) {
            if (gp_type_check(exc))
                gp_err_set(t, (gp_type *)exc, NULL);
            else
                gp_err_raise_steal(t, gp_newref(exc));
            gp_decref(exc);
            return -1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------ error helpers */

/* NameError carries the missing name, which tracebacks use for their
   "Did you mean" hints. */
static void set_name_attr(gp_thread *t, gp_obj *name) {
    gp_obj *exc = gp_err_fetch(t);
    if (!exc) return;
    if (gp_obj_setattr_cstr(t, exc, "name", name) < 0) gp_err_clear(t);
    gp_err_restore_steal(t, exc);
}

static COLD void name_error(gp_thread *t, gp_obj *name) {
    gp_err_format(t, &gp_exc_NameError, "name '%U' is not defined", name);
    set_name_attr(t, name);
}

static COLD void unbound_local_error(gp_thread *t, gp_code *co, int oparg) {
    gp_obj *name = gp_tuple_get_borrow(co->varnames, oparg);
    gp_err_format(t, &gp_exc_UnboundLocalError,
                  "cannot access local variable '%U' where it is not associated with a value", name);
}

static COLD void unbound_deref_error(gp_thread *t, gp_code *co, int oparg) {
    int ncells = gp_code_extra_of(co)->ncells;
    gp_obj *name;
    if (oparg < ncells) {
        name = gp_tuple_get_borrow(co->cellvars, oparg);
        gp_err_format(t, &gp_exc_UnboundLocalError,
                      "cannot access local variable '%U' where it is not associated with a value",
                      name);
        return;
    } else {
        name = gp_tuple_get_borrow(co->freevars, oparg - ncells);
        gp_err_format(t, &gp_exc_NameError,
                      "cannot access free variable '%U' where it is not associated with a value in "
                      "enclosing scope",
                      name);
    }
    set_name_attr(t, name);
}

static COLD int recursion_error(gp_thread *t) {
    if (t->recursion_headroom) return t->py_depth > t->interp->recursion_limit + 50;
    t->recursion_headroom++;
    gp_err_set_str(t, &gp_exc_RecursionError, "maximum recursion depth exceeded");
    t->recursion_headroom--;
    return 1;
}

/* Python code called from C (a __getattr__, a sort key) nests C frames,
   and a raised recursion limit could let them overflow the C stack.  Each
   thread learns where its stack ends and every eval-loop invocation checks
   that a reserve is left.  Cached per thread: 0 until computed. */
static _Thread_local uintptr_t stack_floor;

static COLD void compute_stack_floor(void) {
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        if (pthread_attr_getstack(&attr, &addr, &size) != 0) size = 0;
        pthread_attr_destroy(&attr);
    }
    size_t reserve = size / 4;
    if (reserve > (size_t)1 << 20) reserve = (size_t)1 << 20;
    stack_floor = size ? (uintptr_t)addr + reserve : 1;
}

static COLD int stack_exhausted(gp_thread *t) {
    if (!stack_floor) {
        compute_stack_floor();
        if ((uintptr_t)__builtin_frame_address(0) >= stack_floor) return 0;
    }
    gp_err_set_str(t, &gp_exc_RecursionError, "maximum recursion depth exceeded");
    return 1;
}

static int is_iterable(gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    return tp->iter || (tp->as_sequence && tp->as_sequence->item);
}

/* The exception being handled, looking through generators that handle
   none. */
static gp_obj *topmost_exc(gp_thread *t) {
    for (gp_exc_item *it = t->exc_info; it; it = it->prev)
        if (it->exc && it->exc != GP_NONE) return it->exc;
    return NULL;
}

/* ------------------------------------------------------------ raise */

static int is_exc_class(gp_obj *o) {
    return gp_type_check(o) && gp_type_is_subtype((gp_type *)o, &gp_exc_BaseException);
}

static int is_exc_instance(gp_obj *o) {
    return !gp_is_small(o) && GP_FAST_CHECK(o, GP_TPFLAGS_BASE_EXC_SUBCLASS);
}

/* An exception instance from a class or instance (for raise and causes).
   Steals o. */
static gp_obj *instantiate_exc(gp_thread *t, gp_obj *o, const char *not_exc_msg) {
    if (is_exc_class(o)) {
        gp_obj *v = gp_call0(t, o);
        if (v && !is_exc_instance(v)) {
            gp_err_format(t, &gp_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %s", o,
                          gp_type_name(gp_typeof(v)));
            gp_clear(&v);
        }
        gp_decref(o);
        return v;
    }
    if (is_exc_instance(o)) return o;
    gp_decref(o);
    gp_err_set_str(t, &gp_exc_TypeError, not_exc_msg);
    return NULL;
}

/* RAISE_VARARGS.  Steals exc and cause.  Returns 1 for a bare `raise`,
   which re-raises without a new traceback entry, 0 otherwise; either way
   an exception is set. */
static COLD int do_raise(gp_thread *t, gp_obj *exc, gp_obj *cause) {
    if (!exc) {
        gp_obj *cur = topmost_exc(t);
        if (!cur) {
            gp_err_set_str(t, &gp_exc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        gp_err_restore_steal(t, gp_newref(cur));
        return 1;
    }
    gp_obj *value = instantiate_exc(t, exc, "exceptions must derive from BaseException");
    if (!value) {
        gp_xdecref(cause);
        return 0;
    }
    if (cause) {
        gp_obj *fixed = NULL;
        if (cause == GP_NONE) {
            gp_decref(cause);
        } else {
            fixed = instantiate_exc(t, cause, "exception causes must derive from BaseException");
            if (!fixed) {
                gp_decref(value);
                return 0;
            }
        }
        gp_exc_set_cause_steal(value, fixed);
        ((gp_exc *)value)->suppress_context = 1;
    }
    gp_err_raise_steal(t, value);
    return 0;
}

/* `except X:` accepts only exception classes or tuples of them. */
static int check_except_type(gp_thread *t, gp_obj *right) {
    if (gp_tuple_check(right)) {
        for (gp_ssize i = 0; i < gp_tuple_size(right); i++) {
            if (!is_exc_class(gp_tuple_get_borrow(right, i))) goto bad;
        }
        return 0;
    }
    if (is_exc_class(right)) return 0;
bad:
    gp_err_set_str(t, &gp_exc_TypeError,
                   "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

/* ------------------------------------------------------------ names */

/* locals[name] for a mapping that may not be a dict: 1 found, 0 absent. */
static int mapping_get(gp_thread *t, gp_obj *map, gp_obj *name, gp_obj **out) {
    if (gp_dict_check_exact(map)) {
        gp_obj *v = gp_dict_get_ref(t, map, name);
        if (v) {
            *out = v;
            return 1;
        }
        return t->exc ? -1 : 0;
    }
    gp_obj *v = gp_obj_getitem(t, map, name);
    if (v) {
        *out = v;
        return 1;
    }
    if (gp_err_matches(t, &gp_exc_KeyError)) {
        gp_err_clear(t);
        return 0;
    }
    return -1;
}

static gp_obj *load_global(gp_thread *t, gp_frame *f, gp_obj *name) {
    gp_obj *v;
    int r = mapping_get(t, f->globals, name, &v);
    if (r == 0) r = mapping_get(t, f->builtins, name, &v);
    if (r > 0) return v;
    if (r == 0) name_error(t, name);
    return NULL;
}

static gp_obj *load_name(gp_thread *t, gp_frame *f, gp_obj *name) {
    if (!f->locals) {
        gp_err_format(t, &gp_exc_SystemError, "no locals when loading %R", name);
        return NULL;
    }
    gp_obj *v;
    int r = mapping_get(t, f->locals, name, &v);
    if (r != 0) return r > 0 ? v : NULL;
    return load_global(t, f, name);
}

static int store_name(gp_thread *t, gp_frame *f, gp_obj *name, gp_obj *v) {
    if (!f->locals) {
        gp_err_format(t, &gp_exc_SystemError, "no locals found when storing %R", name);
        return -1;
    }
    if (gp_dict_check_exact(f->locals)) return gp_dict_set(t, f->locals, name, v);
    return gp_obj_setitem(t, f->locals, name, v);
}

static int delete_from(gp_thread *t, gp_obj *map, gp_obj *name) {
    int r = gp_dict_check_exact(map) ? gp_dict_del(t, map, name) : gp_obj_delitem(t, map, name);
    if (r < 0 && gp_err_matches(t, &gp_exc_KeyError)) {
        gp_err_clear(t);
        name_error(t, name);
    }
    return r;
}

/* gp_cell_get_ref and gp_cell_swap_steal (vm/cell.c) for the DEREF
   instructions: one thread reads and writes the cell inline, without the
   two tests of the lock that a second thread makes necessary. */
static inline gp_obj *cell_ref(gp_obj *cell) {
    if (gp_is_threaded()) return gp_cell_get_ref(cell);
    return gp_xnewref(((gp_cell *)cell)->ref);
}

static inline gp_obj *cell_swap_steal(gp_obj *cell, gp_obj *value) {
    if (gp_is_threaded()) return gp_cell_swap_steal(cell, value);
    gp_obj *old = ((gp_cell *)cell)->ref;
    ((gp_cell *)cell)->ref = value;
    return old;
}

static gp_obj *load_classderef(gp_thread *t, gp_frame *f, int oparg) {
    gp_code *co = f->code;
    int ncells = gp_code_extra_of(co)->ncells;
    gp_obj *name = oparg < ncells ? gp_tuple_get_borrow(co->cellvars, oparg)
                                  : gp_tuple_get_borrow(co->freevars, oparg - ncells);
    if (f->locals) {
        gp_obj *v;
        int r = mapping_get(t, f->locals, name, &v);
        if (r != 0) return r > 0 ? v : NULL;
    }
    gp_obj *cell = f->localsplus[co->nlocals + oparg];
    gp_obj *v = cell_ref(cell);
    if (!v) {
        unbound_deref_error(t, co, oparg);
        return NULL;
    }
    return v;
}

static int setup_annotations(gp_thread *t, gp_frame *f) {
    static gp_name_cache s_ann;
    gp_obj *name = gp_vm_name(t, &s_ann, "__annotations__");
    if (!f->locals) {
        gp_err_set_str(t, &gp_exc_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    gp_obj *v;
    int r = mapping_get(t, f->locals, name, &v);
    if (r < 0) return -1;
    if (r > 0) {
        gp_decref(v);
        return 0;
    }
    gp_obj *d = gp_dict_new(t);
    if (!d) return -1;
    r = store_name(t, f, name, d);
    gp_decref(d);
    return r;
}

/* ------------------------------------------------------------ imports */

static gp_obj *import_name(gp_thread *t, gp_frame *f, gp_obj *name, gp_obj *fromlist,
                           gp_obj *level) {
    static gp_name_cache c_import, s_name;
    gp_obj *s_import = gp_vm_name(t, &c_import, "__import__");
    gp_obj *imp = gp_dict_get_borrow(t, f->builtins, s_import);
    if (!imp) {
        if (!t->exc) gp_err_set_str(t, &gp_exc_ImportError, "__import__ not found");
        return NULL;
    }
    /* The built-in __import__ is called directly; a replacement gets the
       full argument list. */
    if (gp_typeof(imp) == &gp_cfunction_type) {
        gp_obj *fname = NULL;
        int r = gp_obj_lookup_attr(t, imp, gp_vm_name(t, &s_name, "__name__"), &fname);
        if (r < 0) return NULL;
        int is_default = r > 0 && gp_str_check(fname) && gp_str_eq(fname, s_import);
        gp_xdecref(fname);
        if (is_default) {
            gp_ssize lvl = 0;
            if (gp_int_as_ssize(t, level, &lvl) < 0) return NULL;
            return gp_import_name(t, name, f->globals, fromlist, (int)lvl);
        }
    }
    gp_obj *args[5] = {name, f->globals, f->locals ? f->locals : GP_NONE, fromlist, level};
    return gp_call(t, imp, args, 5, NULL);
}

static int is_initializing(gp_thread *t, gp_obj *mod) {
    gp_obj *spec = NULL, *flag = NULL;
    int res = 0;
    if (gp_obj_lookup_attr(t, mod, gp_str_intern_cstr_borrow(t, "__spec__"), &spec) > 0 &&
        gp_obj_lookup_attr(t, spec, gp_str_intern_cstr_borrow(t, "_initializing"), &flag) > 0)
        res = gp_obj_truthy(t, flag) > 0;
    gp_xdecref(spec);
    gp_xdecref(flag);
    if (t->exc) gp_err_clear(t);
    return res;
}

static COLD gp_obj *import_from(gp_thread *t, gp_obj *v, gp_obj *name) {
    static gp_name_cache s_name, s_file;
    gp_obj *x = NULL;
    int r = gp_obj_lookup_attr(t, v, name, &x);
    if (r != 0) return r > 0 ? x : NULL;
    /* A submodule imported as a side effect may not be an attribute yet
       (circular imports): look for it in sys.modules. */
    gp_obj *pkgname = NULL, *pkgpath = NULL;
    r = gp_obj_lookup_attr(t, v, gp_vm_name(t, &s_name, "__name__"), &pkgname);
    if (r < 0) return NULL;
    if (pkgname && gp_str_check(pkgname)) {
        gp_obj *full = gp_str_from_format(t, "%U.%U", pkgname, name);
        if (!full) goto error;
        gp_obj *mods = t->interp->modules;
        gp_obj *m = mods ? gp_dict_get_borrow(t, mods, full) : NULL;
        gp_decref(full);
        if (m) {
            gp_decref(pkgname);
            return gp_newref(m);
        }
        if (t->exc) goto error;
    } else {
        gp_clear(&pkgname);
    }
    if (gp_obj_lookup_attr(t, v, gp_vm_name(t, &s_file, "__file__"), &pkgpath) < 0) goto error;
    gp_obj *shown = pkgname ? gp_newref(pkgname) : gp_str_from_cstr(t, "<unknown module name>");
    if (!shown) goto error;
    if (!pkgpath || !gp_str_check(pkgpath)) {
        gp_err_format(t, &gp_exc_ImportError, "cannot import name %R from %R (unknown location)", name,
                      shown);
    } else if (is_initializing(t, v)) {
        gp_err_format(t, &gp_exc_ImportError,
                      "cannot import name %R from partially initialized module %R (most likely due "
                      "to a circular import) (%S)",
                      name, shown, pkgpath);
    } else {
        gp_err_format(t, &gp_exc_ImportError, "cannot import name %R from %R (%S)", name, shown,
                      pkgpath);
    }
    gp_decref(shown);
    /* ImportError carries the module name and path as attributes. */
    gp_obj *exc = gp_err_fetch(t);
    if (exc) {
        if (pkgname && gp_obj_setattr_cstr(t, exc, "name", pkgname) < 0) gp_err_clear(t);
        if (pkgpath && gp_obj_setattr_cstr(t, exc, "path", pkgpath) < 0) gp_err_clear(t);
        gp_err_restore_steal(t, exc);
    }
error:
    gp_xdecref(pkgname);
    gp_xdecref(pkgpath);
    return NULL;
}

static COLD int import_star(gp_thread *t, gp_frame *f, gp_obj *from) {
    static gp_name_cache s_all, s_dict, s_name;
    if (!f->locals) {
        gp_err_set_str(t, &gp_exc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    gp_obj *all = NULL, *it = NULL, *name = NULL;
    int skip_private = 0, r = gp_obj_lookup_attr(t, from, gp_vm_name(t, &s_all, "__all__"), &all);
    if (r < 0) return -1;
    if (r == 0) {
        gp_obj *dict = NULL;
        r = gp_obj_lookup_attr(t, from, gp_vm_name(t, &s_dict, "__dict__"), &dict);
        if (r <= 0) {
            if (r == 0)
                gp_err_set_str(t, &gp_exc_ImportError,
                               "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = gp_dict_check(dict) ? gp_dict_keys_list(t, dict) : gp_seq_list(t, dict);
        gp_decref(dict);
        if (!all) return -1;
        skip_private = 1;
    }
    it = gp_obj_getiter(t, all);
    if (!it) goto error;
    while ((name = gp_iter_next(t, it)) != NULL) {
        if (!gp_str_check(name)) {
            gp_obj *modname = gp_obj_getattr(t, from, gp_vm_name(t, &s_name, "__name__"));
            if (modname && gp_str_check(modname))
                gp_err_format(t, &gp_exc_TypeError, "%s in %U.%s must be str, not %s",
                              skip_private ? "Key" : "Item", modname,
                              skip_private ? "__dict__" : "__all__", gp_type_name(gp_typeof(name)));
            gp_xdecref(modname);
            goto error;
        }
        if (skip_private && gp_str_utf8(name)[0] == '_') {
            gp_decref(name);
            continue;
        }
        gp_obj *value = gp_obj_getattr(t, from, name);
        if (!value) goto error;
        r = store_name(t, f, name, value);
        gp_decref(value);
        if (r < 0) goto error;
        gp_decref(name);
    }
    if (t->exc) goto error;
    gp_decref(it);
    gp_decref(all);
    return 0;
error:
    gp_xdecref(name);
    gp_xdecref(it);
    gp_xdecref(all);
    return -1;
}

/* ------------------------------------------------------------ misc opcodes */

static COLD int print_expr(gp_thread *t, gp_obj *v) {
    gp_obj *hook = gp_sys_get_borrow(t, "displayhook");
    if (hook) {
        gp_obj *r = gp_call1(t, hook, v);
        if (!r) return -1;
        gp_decref(r);
        return 0;
    }
    if (t->exc) return -1;
    if (v == GP_NONE) return 0;
    gp_obj *b = t->interp->builtins;
    if (b && gp_dict_set_str(t, b, "_", GP_NONE) < 0) return -1;
    gp_obj *repr = gp_obj_repr(t, v);
    if (!repr) return -1;
    int r = gp_sys_write_stdout(t, gp_str_utf8(repr));
    gp_decref(repr);
    if (r < 0 || gp_sys_write_stdout(t, "\n") < 0) return -1;
    return b ? gp_dict_set_str(t, b, "_", v) : 0;
}

/* UNPACK_SEQUENCE / UNPACK_EX over any iterable: the items go below *sp
   downwards, so the first ends on top.  argcntafter is -1 without a
   starred target. */
static COLD int unpack_iterable(gp_thread *t, gp_obj *v, int argcnt, int argcntafter, gp_obj **sp) {
    gp_obj *it = gp_obj_getiter(t, v);
    int i = 0;
    if (!it) {
        if (gp_err_matches(t, &gp_exc_TypeError) && !is_iterable(v)) {
            gp_err_clear(t);
            gp_err_format(t, &gp_exc_TypeError, "cannot unpack non-iterable %s object",
                          gp_type_name(gp_typeof(v)));
        }
        return -1;
    }
    for (; i < argcnt; i++) {
        gp_obj *w = gp_iter_next(t, it);
        if (!w) {
            if (!t->exc) {
                if (argcntafter == -1)
                    gp_err_format(t, &gp_exc_ValueError,
                                  "not enough values to unpack (expected %d, got %d)", argcnt, i);
                else
                    gp_err_format(t, &gp_exc_ValueError,
                                  "not enough values to unpack (expected at least %d, got %d)",
                                  argcnt + argcntafter, i);
            }
            goto error;
        }
        *--sp = w;
    }
    if (argcntafter == -1) {
        gp_obj *w = gp_iter_next(t, it);
        if (!w) {
            if (t->exc) goto error;
            gp_decref(it);
            return 0;
        }
        gp_decref(w);
        gp_err_format(t, &gp_exc_ValueError, "too many values to unpack (expected %d)", argcnt);
        goto error;
    }
    gp_obj *l = gp_seq_list(t, it);
    if (!l) goto error;
    *--sp = l;
    i++;
    gp_ssize ll = gp_list_size(l);
    if (ll < argcntafter) {
        gp_err_format(t, &gp_exc_ValueError,
                      "not enough values to unpack (expected at least %d, got %zd)",
                      argcnt + argcntafter, (gp_ssize)argcnt + ll);
        goto error;
    }
    /* The trailing targets take the list's last items; their references
       move to the stack as the list shrinks. */
    for (int j = argcntafter; j > 0; j--, i++) *--sp = gp_list_get_borrow(l, ll - j);
    ((gp_list *)l)->size = ll - argcntafter;
    gp_decref(it);
    return 0;
error:
    for (; i > 0; i--, sp++) gp_decref(*sp);
    gp_decref(it);
    return -1;
}

static gp_obj *build_string(gp_thread *t, gp_obj **items, int n) {
    gp_strbuf b;
    gp_strbuf_init(&b);
    for (int i = 0; i < n; i++) gp_strbuf_append(&b, gp_str_utf8(items[i]), gp_str_size(items[i]));
    return gp_strbuf_finish(t, &b);
}

static gp_obj *format_value(gp_thread *t, gp_obj *value, int which, gp_obj *spec) {
    gp_obj *conv = NULL;
    switch (which) {
    case GP_FVC_STR: conv = gp_obj_str(t, value); break;
    case GP_FVC_REPR: conv = gp_obj_repr(t, value); break;
    case GP_FVC_ASCII: conv = gp_obj_ascii(t, value); break;
    default: conv = gp_newref(value); break;
    }
    if (!conv) return NULL;
    if (!spec && gp_str_check_exact(conv)) return conv;
    gp_obj *res = gp_obj_format(t, conv, spec);
    gp_decref(conv);
    return res;
}

static gp_obj *make_function(gp_thread *t, gp_frame *f, gp_obj *code, gp_obj *qualname, int flags,
                             gp_obj **extras) {
    gp_function *fn = (gp_function *)gp_function_new_in(t, code, f->globals, f->builtins, qualname);
    if (!fn) return NULL;
    int k = 0;
    if (flags & GP_MF_DEFAULTS) fn->defaults = gp_newref(extras[k++]);
    if (flags & GP_MF_KWDEFAULTS) fn->kwdefaults = gp_newref(extras[k++]);
    if (flags & GP_MF_ANNOTATIONS) {
        gp_obj *ann = extras[k++];
        if (gp_tuple_check(ann)) {
            /* Annotations may come as a flat (name, value, ...) tuple. */
            gp_obj *d = gp_dict_new(t);
            if (!d) goto error;
            fn->annotations = d;
            for (gp_ssize i = 0; i + 1 < gp_tuple_size(ann); i += 2)
                if (gp_dict_set(t, d, gp_tuple_get_borrow(ann, i), gp_tuple_get_borrow(ann, i + 1)) < 0)
                    goto error;
        } else {
            fn->annotations = gp_newref(ann);
        }
    }
    if (flags & GP_MF_CLOSURE) fn->closure = gp_newref(extras[k++]);
    return (gp_obj *)fn;
error:
    gp_decref((gp_obj *)fn);
    return NULL;
}

/* f(*args, **kwargs): the tuple and the dict become a vector call. */
static gp_obj *call_tuple_dict_impl(gp_thread *t, gp_obj *func, gp_obj *args, gp_obj *kwargs);

/* Another thread may change a dict passed as **kwargs while its entries
   are copied out (borrowed): call with a private copy then. */
static gp_obj *call_tuple_dict(gp_thread *t, gp_obj *func, gp_obj *args, gp_obj *kwargs) {
    if (!kwargs || !gp_is_threaded()) return call_tuple_dict_impl(t, func, args, kwargs);
    gp_obj *own = gp_dict_copy(t, kwargs);
    if (!own) return NULL;
    gp_obj *r = call_tuple_dict_impl(t, func, args, own);
    gp_decref(own);
    return r;
}

static gp_obj *call_tuple_dict_impl(gp_thread *t, gp_obj *func, gp_obj *args, gp_obj *kwargs) {
    gp_ssize na = gp_tuple_size(args);
    gp_ssize nk = kwargs ? gp_dict_size(kwargs) : 0;
    if (nk == 0) return gp_call(t, func, gp_tuple_items(args), na, NULL);
    gp_obj *small[16];
    gp_obj **buf = small;
    if (na + nk > 16) {
        buf = gp_mem_alloc(sizeof(gp_obj *) * (size_t)(na + nk));
        if (!buf) return gp_err_nomemory(t);
    }
    gp_obj *kwnames = gp_tuple_new(t, nk);
    gp_obj *res = NULL;
    if (!kwnames) goto done;
    memcpy(buf, gp_tuple_items(args), sizeof(gp_obj *) * (size_t)na);
    gp_ssize pos = 0, i = 0;
    gp_obj *k, *v;
    while (gp_dict_next(kwargs, &pos, &k, &v)) {
        gp_tuple_items(kwnames)[i] = gp_newref(k);
        buf[na + i] = v;
        i++;
        if (!gp_str_check(k)) {
            for (gp_ssize j = i; j < nk; j++) gp_tuple_items(kwnames)[j] = GP_NONE;
            gp_err_set_str(t, &gp_exc_TypeError, "keywords must be strings");
            goto done;
        }
    }
    res = gp_call(t, func, buf, na, kwnames);
done:
    gp_xdecref(kwnames);
    if (buf != small) gp_mem_free(buf);
    return res;
}

/* {**a} and f(**a, **b): merge a mapping into dict.  func is the callee
   for call sites (duplicate keys are then errors), NULL for displays. */
static COLD int merge_mapping_impl(gp_thread *t, gp_obj *dict, gp_obj *update, gp_obj *func);

/* A dict that other threads may change is merged from a snapshot, so that
   its keys and values are read in one state (a key listed first cannot
   vanish before its value is read). */
static COLD int merge_mapping(gp_thread *t, gp_obj *dict, gp_obj *update, gp_obj *func) {
    if (!gp_is_threaded() || !gp_dict_check_exact(update) || !func)
        return merge_mapping_impl(t, dict, update, func);
    gp_obj *snap = gp_dict_copy(t, update);
    if (!snap) return -1;
    int r = merge_mapping_impl(t, dict, snap, func);
    gp_decref(snap);
    return r;
}

static COLD int merge_mapping_impl(gp_thread *t, gp_obj *dict, gp_obj *update, gp_obj *func) {
    static gp_name_cache s_keys;
    if (!gp_dict_check(update)) {
        int has = gp_obj_hasattr(t, update, gp_vm_name(t, &s_keys, "keys"));
        if (has < 0) return -1;
        if (!has) {
            if (func) {
                gp_obj *fs = gp_call_function_str(t, func);
                if (fs) {
                    gp_err_format(t, &gp_exc_TypeError, "%U argument after ** must be a mapping, not %s",
                                  fs, gp_type_name(gp_typeof(update)));
                    gp_decref(fs);
                }
            } else {
                gp_err_format(t, &gp_exc_TypeError, "'%s' object is not a mapping",
                              gp_type_name(gp_typeof(update)));
            }
            return -1;
        }
    }
    if (!func) return gp_dict_merge(t, dict, update, 1);
    gp_obj *keys = gp_dict_check_exact(update) ? gp_dict_keys_list(t, update) : NULL;
    if (!keys && !t->exc) {
        gp_obj *kview = gp_call_method(t, update, "keys", NULL, 0);
        if (kview) {
            keys = gp_seq_list(t, kview);
            gp_decref(kview);
        }
    }
    if (!keys) return -1;
    for (gp_ssize i = 0; i < gp_list_size(keys); i++) {
        gp_obj *k = gp_list_get_borrow(keys, i);
        int has = gp_dict_contains(t, dict, k);
        if (has < 0) goto error;
        if (has) {
            gp_obj *fs = gp_call_function_str(t, func);
            if (fs) {
                if (gp_str_check(k))
                    gp_err_format(t, &gp_exc_TypeError,
                                  "%U got multiple values for keyword argument '%U'", fs, k);
                else
                    gp_err_format(t, &gp_exc_TypeError, "%U keywords must be strings", fs);
                gp_decref(fs);
            }
            goto error;
        }
        gp_obj *v = gp_obj_getitem(t, update, k);
        if (!v) goto error;
        int r = gp_dict_set(t, dict, k, v);
        gp_decref(v);
        if (r < 0) goto error;
    }
    gp_decref(keys);
    return 0;
error:
    gp_decref(keys);
    return -1;
}

static COLD gp_obj *call_function_ex(gp_thread *t, gp_obj *func, gp_obj *callargs, gp_obj *kwargs) {
    gp_obj *args = NULL, *kw = NULL, *res = NULL;
    if (gp_tuple_check_exact(callargs)) {
        args = gp_newref(callargs);
    } else {
        if (!is_iterable(callargs)) {
            gp_obj *fs = gp_call_function_str(t, func);
            if (fs) {
                gp_err_format(t, &gp_exc_TypeError, "%U argument after * must be an iterable, not %s",
                              fs, gp_type_name(gp_typeof(callargs)));
                gp_decref(fs);
            }
            return NULL;
        }
        args = gp_seq_tuple(t, callargs);
        if (!args) return NULL;
    }
    if (kwargs && !gp_dict_check_exact(kwargs)) {
        kw = gp_dict_new(t);
        if (!kw || merge_mapping(t, kw, kwargs, func) < 0) goto done;
    } else {
        kw = gp_xnewref(kwargs);
    }
    res = call_tuple_dict(t, func, args, kw);
done:
    gp_xdecref(args);
    gp_xdecref(kw);
    return res;
}

static int list_extend(gp_thread *t, gp_obj *list, gp_obj *iterable) {
    if (gp_list_extend(t, list, iterable) == 0) return 0;
    if (gp_err_matches(t, &gp_exc_TypeError) && !is_iterable(iterable)) {
        gp_err_clear(t);
        gp_err_format(t, &gp_exc_TypeError, "Value after * must be an iterable, not %s",
                      gp_type_name(gp_typeof(iterable)));
    }
    return -1;
}

static COLD int setup_with(gp_thread *t, gp_obj *mgr, gp_obj **exit_out, gp_obj **res_out) {
    static gp_name_cache s_enter, s_exit;
    gp_obj *enter = gp_obj_lookup_special(t, mgr, gp_vm_name(t, &s_enter, "__enter__"));
    if (!enter) {
        if (!t->exc)
            gp_err_format(t, &gp_exc_TypeError,
                          "'%s' object does not support the context manager protocol",
                          gp_type_name(gp_typeof(mgr)));
        return -1;
    }
    gp_obj *exit = gp_obj_lookup_special(t, mgr, gp_vm_name(t, &s_exit, "__exit__"));
    if (!exit) {
        if (!t->exc)
            gp_err_format(t, &gp_exc_TypeError,
                          "'%s' object does not support the context manager protocol (missed "
                          "__exit__ method)",
                          gp_type_name(gp_typeof(mgr)));
        gp_decref(enter);
        return -1;
    }
    gp_obj *res = gp_call0(t, enter);
    gp_decref(enter);
    if (!res) {
        gp_decref(exit);
        return -1;
    }
    *exit_out = exit;
    *res_out = res;
    return 0;
}

static gp_obj *with_except_start(gp_thread *t, gp_obj *exit, gp_obj *exc) {
    gp_obj *tb = gp_exc_get_traceback_borrow(exc);
    gp_obj *args[3] = {(gp_obj *)gp_typeof(exc), exc, tb ? tb : GP_NONE};
    return gp_call(t, exit, args, 3, NULL);
}

/* One step of `yield from` to a delegate that is not a generator: 1 the
   delegate yielded *out, 0 it finished with *out, -1 error. */
static int yield_from_other(gp_thread *t, gp_obj *receiver, gp_obj *v, gp_obj **out) {
    static gp_name_cache s_send;
    gp_obj *r;
    if (v == GP_NONE && gp_typeof(receiver)->iternext) {
        r = gp_typeof(receiver)->iternext(t, receiver);
    } else {
        gp_obj *meth = gp_obj_getattr(t, receiver, gp_vm_name(t, &s_send, "send"));
        r = meth ? gp_call1(t, meth, v) : NULL;
        gp_xdecref(meth);
    }
    if (r) {
        *out = r;
        return 1;
    }
    if (!t->exc) {
        *out = GP_NONE;
        return 0;
    }
    if (gp_err_matches(t, &gp_exc_StopIteration)) {
        gp_obj *si = gp_err_fetch(t);
        gp_obj *val = gp_exc_stopiteration_value_borrow(si);
        *out = gp_newref(val ? val : GP_NONE);
        gp_decref(si);
        return 0;
    }
    return -1;
}

/* The same for any delegate; a generator is resumed straight from here. */
static inline int yield_from_step(gp_thread *t, gp_obj *receiver, gp_obj *v, gp_obj **out) {
    if (!gp_is_small(receiver) && receiver->ob_type == &gp_generator_type)
        return gp_generator_send(t, receiver, v, out);
    return yield_from_other(t, receiver, v, out);
}

/* str + str whose result is stored back into the variable holding the
   left operand (`s += x`, `s = s + x`): the variable lets go of it first,
   so the stack holds the only reference and the string can grow in place,
   keeping string-building loops linear.  Consumes left; borrows right. */
static gp_obj *concat_str(gp_thread *t, gp_frame *f, gp_obj *left, gp_obj *right,
                          const uint16_t *next) {
    unsigned w = *next;
    int arg = (int)(w >> 8);
    gp_obj **fast = f->localsplus;
    switch (w & 0xff) {
    case OP_STORE_FAST:
        if (fast[arg] == left) {
            fast[arg] = NULL;
            gp_decref(left);
        }
        break;
    case OP_STORE_DEREF: {
        gp_cell *cell = (gp_cell *)fast[f->code->nlocals + arg];
        if (cell->ref == left) {
            cell->ref = NULL;
            gp_decref(left);
        }
        break;
    }
    case OP_STORE_NAME:
        if (f->locals && gp_dict_check_exact(f->locals)) {
            gp_obj *name = gp_tuple_get_borrow(f->code->names, arg);
            gp_obj *cur = gp_dict_get_borrow(t, f->locals, name);
            if ((cur == left && gp_dict_del(t, f->locals, name) < 0) || (!cur && t->exc)) {
                gp_decref(left);
                return NULL;
            }
        }
        break;
    default:
        break;
    }
    if (gp_str_concat_inplace(t, &left, right) < 0) return NULL;
    return left;
}

/* The global and attribute caches when threads run without the GIL.

   Each cache entry (for attributes: the entries of one name together) is a
   sequence lock.  A writer makes seq odd by compare-and-swap (and gives up
   if another writer holds it: a cache may always skip a fill), stores the
   fields with release stores and makes seq even again.  A reader loads
   seq, copies the fields with acquire loads and loads seq again: a copy
   taken while seq was even and did not change is one writer's whole entry.
   Entries hold borrowed pointers (values of module dicts, descriptors of
   class dicts).  A hit is valid when the versions it was made under still
   hold; since those dicts release what they unlink only after every
   thread has passed a quiescent state (objects/dict.c), a hit stays alive
   until the reader's next eval-breaker check, and the reader takes its
   reference at once.  With the GIL, or before any second thread, the
   fields are read and written plainly. */
#ifdef GP_FREE_THREADED
#define CACHE_LOAD(lv) __atomic_load_n(&(lv), __ATOMIC_ACQUIRE)
#define CACHE_STORE(lv, v) __atomic_store_n(&(lv), (v), __ATOMIC_RELEASE)
#else
#define CACHE_LOAD(lv) (lv)
#define CACHE_STORE(lv, v) ((lv) = (v))
#endif

static inline int cache_write_begin(gp_thread *t, _Atomic uint32_t *seq, uint32_t *s) {
    if (GIL_HELD(t)) return 1;
    *s = atomic_load_explicit(seq, memory_order_relaxed);
    return !(*s & 1) && atomic_compare_exchange_strong_explicit(seq, s, *s + 1, memory_order_acquire,
                                                                memory_order_relaxed);
}

static inline void cache_write_end(gp_thread *t, _Atomic uint32_t *seq, uint32_t s) {
    if (!GIL_HELD(t)) atomic_store_explicit(seq, s + 2, memory_order_release);
}

/* Remember how attribute `name` resolved on type tp, in the first of the
   name's entries (the older ones move down).  Called after the general
   path succeeded; types with their own attribute hooks, without a version
   tag or with var-sized instance dicts are left uncached. */
static void fill_attr_cache(gp_thread *t, gp_code *co, int oparg, gp_type *tp, gp_obj *name) {
    /* The tag is read before the lookup: if the class changes meanwhile,
       the entry never matches. */
    uint32_t version = __atomic_load_n(&tp->version_tag, __ATOMIC_ACQUIRE);
    if (!version || tp->getattro != gp_obj_generic_getattr || tp->dictoffset < 0) return;
    gp_obj *descr = gp_type_lookup_borrow(t, tp, name);
    if (t->exc) {
        gp_err_clear(t);
        return;
    }
    int kind;
    if (!descr)
        kind = tp->dictoffset > 0 ? GP_ATTR_INSTANCE : GP_ATTR_OTHER;
    else if (gp_typeof(descr)->flags & GP_TPFLAGS_METHOD_DESCRIPTOR)
        kind = GP_ATTR_METHOD;
    else if (gp_typeof(descr)->descr_get && gp_typeof(descr)->descr_set)
        kind = GP_ATTR_DATA;
    else
        kind = GP_ATTR_OTHER;
    gp_attr_cache *ac = &gp_code_extra_of(co)->attr_cache[oparg * GP_ATTR_WAYS];
    uint32_t s = 0;
    if (!cache_write_begin(t, &ac->seq, &s)) return;
    for (int i = GP_ATTR_WAYS - 1; i > 0; i--) {
        CACHE_STORE(ac[i].type, CACHE_LOAD(ac[i - 1].type));
        CACHE_STORE(ac[i].version, CACHE_LOAD(ac[i - 1].version));
        CACHE_STORE(ac[i].kind, CACHE_LOAD(ac[i - 1].kind));
        CACHE_STORE(ac[i].descr, CACHE_LOAD(ac[i - 1].descr));
    }
    CACHE_STORE(ac->type, tp);
    CACHE_STORE(ac->version, version);
    CACHE_STORE(ac->kind, kind);
    CACHE_STORE(ac->descr, descr);
    cache_write_end(t, &ac->seq, s);
}

/* The entry for tp at this site, or NULL.  Without the GIL the entry is
   copied into *copy (another thread may overwrite the cache meanwhile). */
static inline gp_attr_cache *attr_cache_hit(gp_thread *t, gp_code *co, int oparg, gp_type *tp,
                                            gp_attr_cache *copy) {
    gp_attr_cache *ac = &gp_code_extra_of(co)->attr_cache[oparg * GP_ATTR_WAYS];
    if (GIL_HELD(t)) {
        for (int i = 0; i < GP_ATTR_WAYS; i++)
            if (ac[i].type == tp && ac[i].version == __atomic_load_n(&tp->version_tag, __ATOMIC_RELAXED))
                return &ac[i];
        return NULL;
    }
    uint32_t version = __atomic_load_n(&tp->version_tag, __ATOMIC_ACQUIRE);
    uint32_t s = atomic_load_explicit(&ac->seq, memory_order_acquire);
    if (s & 1) return NULL;
    for (int i = 0; i < GP_ATTR_WAYS; i++) {
        if (CACHE_LOAD(ac[i].type) != tp || CACHE_LOAD(ac[i].version) != version) continue;
        copy->type = tp;
        copy->version = version;
        copy->kind = CACHE_LOAD(ac[i].kind);
        copy->descr = CACHE_LOAD(ac[i].descr);
        return atomic_load_explicit(&ac->seq, memory_order_relaxed) == s ? copy : NULL;
    }
    return NULL;
}

/* The instance dict of an object whose type has a positive dictoffset. */
static inline gp_obj *instance_dict(gp_obj *o, gp_type *tp) {
    /* Replaced by atomic exchange (gp_obj_dict_replace). */
    return __atomic_load_n((gp_obj **)((char *)o + tp->dictoffset), __ATOMIC_ACQUIRE);
}

/* owner.name for LOAD_ATTR at index oparg, through the site's cache; a new
   reference, or NULL with the exception set.  The caller holds owner. */
static inline __attribute__((always_inline)) gp_obj *load_attr(gp_thread *t, gp_code *co, int oparg,
                                                              gp_obj *name, gp_obj *owner) {
    gp_type *tp = gp_typeof(owner);
    gp_attr_cache copy, *ac = attr_cache_hit(t, co, oparg, tp, &copy);
    if (ac && ac->kind == GP_ATTR_INSTANCE) {
        gp_obj *d = instance_dict(owner, tp);
        if (d) {
            gp_obj *v = gp_dict_get_borrow(t, d, name);
            if (v) return gp_newref(v);
            if (t->exc) return NULL;
        }
    }
    gp_obj *res;
    if (ac && ac->kind == GP_ATTR_DATA) {
        gp_obj *descr = gp_newref(ac->descr);
        res = gp_typeof(descr)->descr_get(t, descr, owner, (gp_obj *)tp);
        gp_decref(descr);
    } else {
        res = gp_obj_getattr(t, owner, name);
    }
    if (res && !ac) fill_attr_cache(t, co, oparg, tp, name);
    return res;
}

/* owner.name = v for STORE_ATTR at index oparg, through the site's cache;
   0, or -1 with the exception set.  The caller holds owner and v. */
static inline __attribute__((always_inline)) int store_attr(gp_thread *t, gp_code *co, int oparg,
                                                           gp_obj *name, gp_obj *owner, gp_obj *v) {
    gp_type *tp = gp_typeof(owner);
    gp_attr_cache copy, *ac = attr_cache_hit(t, co, oparg, tp, &copy);
    if (ac && ac->kind == GP_ATTR_INSTANCE && tp->setattro == gp_obj_generic_setattr) {
        gp_obj *d = instance_dict(owner, tp);
        if (d && gp_dict_check_exact(d)) {
            /* With other threads, under the owner's lock against a
               replacement of __dict__ (gp_obj_dict_store). */
            return GIL_HELD(t) ? gp_dict_set(t, d, name, v)
                               : gp_obj_dict_store(t, owner, (gp_obj **)((char *)owner + tp->dictoffset),
                                                   name, v);
        }
    }
    int r;
    if (ac && ac->kind == GP_ATTR_DATA && tp->setattro == gp_obj_generic_setattr) {
        gp_obj *descr = gp_newref(ac->descr);
        r = gp_typeof(descr)->descr_set(t, descr, owner, v);
        gp_decref(descr);
    } else {
        r = gp_obj_setattr(t, owner, name, v);
    }
    if (r == 0 && !ac && tp->setattro == gp_obj_generic_setattr) fill_attr_cache(t, co, oparg, tp, name);
    return r;
}

/* The value cached for a LOAD_GLOBAL, or NULL. */
static inline gp_obj *global_cache_get(gp_thread *t, gp_global_cache *gc, gp_obj *globals,
                                       uint64_t gver, gp_obj *builtins) {
    if (GIL_HELD(t)) {
        if (gc->globals == globals && gc->globals_version == gver &&
            (gc->builtins_version == 0 || gc->builtins_version == gp_dict_version(builtins)))
            return gc->value;
        return NULL;
    }
    uint32_t s = atomic_load_explicit(&gc->seq, memory_order_acquire);
    if (s & 1) return NULL;
    gp_obj *g = CACHE_LOAD(gc->globals);
    uint64_t gv = CACHE_LOAD(gc->globals_version), bv = CACHE_LOAD(gc->builtins_version);
    gp_obj *v = CACHE_LOAD(gc->value);
    if (atomic_load_explicit(&gc->seq, memory_order_relaxed) != s) return NULL;
    if (g == globals && gv == gver && (bv == 0 || bv == gp_dict_version(builtins))) return v;
    return NULL;
}

static inline void global_cache_put(gp_thread *t, gp_global_cache *gc, gp_obj *globals, uint64_t gver,
                                    uint64_t bver, gp_obj *v) {
    uint32_t s = 0;
    if (!cache_write_begin(t, &gc->seq, &s)) return;
    CACHE_STORE(gc->globals, globals);
    CACHE_STORE(gc->globals_version, gver);
    CACHE_STORE(gc->builtins_version, bver);
    CACHE_STORE(gc->value, v);
    cache_write_end(t, &gc->seq, s);
}

static inline int truth(gp_thread *t, gp_obj *v) {
    if (v == GP_TRUE) return 1;
    if (v == GP_FALSE || v == GP_NONE) return 0;
    if (gp_is_small(v)) return gp_small_value(v) != 0;
    return gp_obj_truthy(t, v);
}

/* truth() of a value whose reference is dropped.  True, False and None
   are immortal and small ints are not counted, so the common conditions
   give nothing back. */
static inline int truth_steal(gp_thread *t, gp_obj *v) {
    if (v == GP_TRUE) return 1;
    if (v == GP_FALSE || v == GP_NONE) return 0;
    if (gp_is_small(v)) return gp_small_value(v) != 0;
    int r = gp_obj_truthy(t, v);
    gp_decref(v);
    return r;
}

/* Python's floor division and modulo on machine integers (b != 0). */
static inline intptr_t floordiv_ints(intptr_t a, intptr_t b) {
    intptr_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}

static inline intptr_t mod_ints(intptr_t a, intptr_t b) {
    intptr_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

static inline int compare_ints(intptr_t a, intptr_t b, int op) {
    switch (op) {
    case GP_LT: return a < b;
    case GP_LE: return a <= b;
    case GP_EQ: return a == b;
    case GP_NE: return a != b;
    case GP_GT: return a > b;
    default: return a >= b;
    }
}

static inline int compare_doubles(double a, double b, int op) {
    switch (op) {
    case GP_LT: return a < b;
    case GP_LE: return a <= b;
    case GP_EQ: return a == b;
    case GP_NE: return a != b;
    case GP_GT: return a > b;
    default: return a >= b;
    }
}

/* ------------------------------------------------------------ the loop */

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define SET_SECOND(v) (sp[-2] = (v))
#define STACK_SHRINK(n) (sp -= (n))
#define STACK_LEVEL() ((int)(sp - f->stack))
#define JUMPTO(x) (ip = first_instr + (x))
#define JUMPBY(x) (ip += (x))
#define INSTR_INDEX() ((int)(ip - first_instr))

#define LOAD_FRAME()                                  \
    do {                                              \
        co = f->code;                                 \
        first_instr = co->code;                       \
        fast = f->localsplus;                         \
        consts = gp_tuple_items(co->consts);          \
        names = gp_tuple_items(co->names);            \
    } while (0)

#define CHECK_BREAKER()                                                            \
    do {                                                                           \
        if (atomic_load_explicit(&t->eval_breaker, memory_order_relaxed) &&       \
            gp_vm_handle_breaker(t) < 0)                                           \
            goto error;                                                            \
    } while (0)

/* Fetch the next instruction; `cur` always marks the one being run. */
#define NEXTOP()                    \
    do {                            \
        f->cur = ip;                \
        word = *ip++;               \
        opcode = word & 0xff;       \
        oparg = word >> 8;          \
    } while (0)

#if GP_USE_COMPUTED_GOTO
#define TARGET(name) \
    case OP_##name:  \
    op_##name:
#define DISPATCH()                  \
    do {                            \
        NEXTOP();                   \
        goto *targets[opcode];      \
    } while (0)
#define DISPATCH_OPCODE() goto *targets[opcode]
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto next_instruction
#define DISPATCH_OPCODE() goto dispatch_opcode
#endif

/* The fast paths of +, - and *, binary or in place: two small ints whose
   result still fits (`ok` computes v and says whether it does), or two
   exact floats.  Each ends the instruction when it applies; otherwise
   control falls through to the next path. */
#define SMALL_INT_FAST(ok)                                                    \
    if (gp_is_small(l) && gp_is_small(r)) {                                   \
        intptr_t v;                                                           \
        if (ok) {                                                             \
            STACK_SHRINK(1);                                                  \
            SET_TOP(gp_small_new(v));                                         \
            DISPATCH();                                                       \
        }                                                                     \
    }
#define FLOAT_FAST(OP)                                                        \
    if (gp_float_check_exact(l) && gp_float_check_exact(r)) {                \
        gp_obj *res = gp_float_new(t, gp_float_value(l) OP gp_float_value(r)); \
        if (!res) goto error;                                                 \
        STACK_SHRINK(1);                                                      \
        gp_decref(l);                                                         \
        gp_decref(r);                                                         \
        SET_TOP(res);                                                         \
        DISPATCH();                                                           \
    }
#define ADD_OK (v = gp_small_value(l) + gp_small_value(r), gp_small_fits(v))
#define SUB_OK (v = gp_small_value(l) - gp_small_value(r), gp_small_fits(v))
#define MUL_OK (!__builtin_mul_overflow(gp_small_value(l), gp_small_value(r), &v) && gp_small_fits(v))
/* |l % r| < |r|: the remainder always fits. */
#define MOD_OK (gp_small_value(r) != 0 && (v = mod_ints(gp_small_value(l), gp_small_value(r)), 1))
#define FLOORDIV_OK \
    (gp_small_value(r) != 0 && (v = floordiv_ints(gp_small_value(l), gp_small_value(r)), gp_small_fits(v)))
/* str + str, for + and +=. */
#define STR_CONCAT_FAST                                                       \
    if (gp_str_check_exact(l) && gp_str_check_exact(r)) {                    \
        STACK_SHRINK(2);                                                      \
        gp_obj *res = concat_str(t, f, l, r, ip);                             \
        gp_decref(r);                                                         \
        if (!res) goto error;                                                 \
        PUSH(res);                                                            \
        DISPATCH();                                                           \
    }

/* The first half of an instruction fused with the next (vm/opcodes.h):
   local `oparg` borrowed into v (nothing else runs in this frame before
   the pair is done), then the second unit becomes the current one and
   its argument oparg. */
#define FUSED_LOCAL(v)                          \
    do {                                        \
        (v) = fast[oparg];                      \
        if (!(v)) {                             \
            unbound_local_error(t, co, oparg);  \
            goto error;                         \
        }                                       \
        f->cur = ip;                            \
        oparg = *ip++ >> 8;                     \
    } while (0)

/* Binary operator without a fast path. */
#define BINARY_GENERIC(fn)                      \
    {                                           \
        gp_obj *r_ = POP(), *l_ = TOP();        \
        gp_obj *res_ = fn(t, l_, r_);           \
        gp_decref(l_);                          \
        gp_decref(r_);                          \
        if (!res_) {                            \
            STACK_SHRINK(1);                    \
            goto error;                         \
        }                                       \
        SET_TOP(res_);                          \
        DISPATCH();                             \
    }

gp_obj *gp_eval_frame(gp_thread *t, gp_frame *f, int throwflag) {
#if GP_USE_COMPUTED_GOTO
    static void *const targets[GP_OPCODE_COUNT] = {
#define GP_OP_TARGET(name, has_arg, effect) [OP_##name] = &&op_##name,
        GP_OPCODES(GP_OP_TARGET)
#undef GP_OP_TARGET
    };
#endif
    gp_frame *const entry = f;
    gp_code *co;
    const uint16_t *first_instr, *ip;
    gp_obj **sp, **fast, **consts, **names;
    unsigned word;
    int opcode, oparg;
    gp_obj *retval = NULL;
    /* Shared by the call instructions. */
    gp_obj *callable, *ckw;
    gp_obj **cargs;
    gp_ssize cnargs;
    int cpop;
    gp_frame *nf;

    /* One comparison covers both "below the floor" and "floor not yet
       known" (0 wraps to the largest value). */
    if ((uintptr_t)__builtin_frame_address(0) - 1 < stack_floor - 1 && stack_exhausted(t))
        return NULL;
    if (++t->py_depth > t->interp->recursion_limit && recursion_error(t)) {
        t->py_depth--;
        return NULL;
    }
    /* The frame borrows its caller (gp_frame_hold_callers); a generator's
       frame, which never counts it, drops it when it suspends or ends. */
    if (f->gen) {
        f->back = t->frame;
    } else if (t->frame != f->back) {
        if (f->back_counted) gp_frame_drop_back(f);
        f->back = t->frame;
    }
    t->frame = f;
    if (f->stacktop) {
        sp = f->stacktop;
        f->stacktop = NULL;
    } else {
        sp = f->stack;
    }
    f->state = GP_FRAME_RUNNING;
    LOAD_FRAME();
    ip = f->cur ? f->cur + 1 : first_instr;
    if (throwflag) goto error;
    CHECK_BREAKER();

#if GP_USE_COMPUTED_GOTO
    DISPATCH();
#else
next_instruction:
    NEXTOP();
dispatch_opcode:
#endif
    switch (opcode) {
    TARGET(NOP) { DISPATCH(); }

    TARGET(POP_TOP) {
        gp_obj *v = POP();
        gp_xdecref(v);
        DISPATCH();
    }

    TARGET(ROT_TWO) {
        gp_obj *top = TOP();
        SET_TOP(SECOND());
        SET_SECOND(top);
        DISPATCH();
    }

    TARGET(ROT_THREE) {
        gp_obj *top = TOP(), *second = SECOND(), *third = THIRD();
        SET_TOP(second);
        SET_SECOND(third);
        sp[-3] = top;
        DISPATCH();
    }

    TARGET(ROT_FOUR) {
        gp_obj *top = TOP();
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = sp[-4];
        sp[-4] = top;
        DISPATCH();
    }

    TARGET(DUP_TOP) {
        gp_obj *top = TOP();
        gp_incref(top);
        PUSH(top);
        DISPATCH();
    }

    TARGET(DUP_TOP_TWO) {
        gp_obj *top = TOP(), *second = SECOND();
        gp_incref(top);
        gp_incref(second);
        PUSH(second);
        PUSH(top);
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        gp_obj *v = TOP();
        gp_obj *res = gp_number_pos(t, v);
        gp_decref(v);
        if (!res) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(res);
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        gp_obj *v = TOP();
        if (gp_is_small(v) && gp_small_fits(-gp_small_value(v))) {
            SET_TOP(gp_small_new(-gp_small_value(v)));
            DISPATCH();
        }
        gp_obj *res = gp_number_neg(t, v);
        gp_decref(v);
        if (!res) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(res);
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        gp_obj *v = TOP();
        int r = truth(t, v);
        gp_decref(v);
        if (r < 0) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(gp_bool_from(!r));
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        gp_obj *v = TOP();
        gp_obj *res = gp_number_invert(t, v);
        gp_decref(v);
        if (!res) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(res);
        DISPATCH();
    }

    TARGET(BINARY_POWER) {
        gp_obj *r = POP(), *l = TOP();
        gp_obj *res = gp_number_pow(t, l, r, GP_NONE);
        gp_decref(l);
        gp_decref(r);
        if (!res) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(res);
        DISPATCH();
    }

    TARGET(BINARY_MULTIPLY) {
        gp_obj *r = TOP(), *l = SECOND();
        SMALL_INT_FAST(MUL_OK)
        FLOAT_FAST(*)
        BINARY_GENERIC(gp_number_mul)
    }

    TARGET(BINARY_MATRIX_MULTIPLY) BINARY_GENERIC(gp_number_matmul)

    TARGET(BINARY_MODULO) {
        gp_obj *r = TOP(), *l = SECOND();
        SMALL_INT_FAST(MOD_OK)
        BINARY_GENERIC(gp_number_mod)
    }

    TARGET(BINARY_ADD) {
        gp_obj *r = TOP(), *l = SECOND();
        SMALL_INT_FAST(ADD_OK)
        FLOAT_FAST(+)
        STR_CONCAT_FAST
        BINARY_GENERIC(gp_number_add)
    }

    TARGET(BINARY_SUBTRACT) {
        gp_obj *r = TOP(), *l = SECOND();
        SMALL_INT_FAST(SUB_OK)
        FLOAT_FAST(-)
        BINARY_GENERIC(gp_number_sub)
    }

    TARGET(BINARY_SUBSCR) {
        gp_obj *sub = TOP(), *container = SECOND();
        if (GIL_HELD(t) && gp_is_small(sub) && !gp_is_small(container)) {
            intptr_t i = gp_small_value(sub);
            if (container->ob_type == &gp_list_type) {
                gp_ssize n = gp_list_size(container);
                if (i < 0) i += n;
                if ((uintptr_t)i < (uintptr_t)n) {
                    gp_obj *v = gp_list_get_borrow(container, i);
                    gp_incref(v);
                    STACK_SHRINK(1);
                    SET_TOP(v);
                    gp_decref(container);
                    DISPATCH();
                }
            } else if (container->ob_type == &gp_tuple_type) {
                gp_ssize n = gp_tuple_size(container);
                if (i < 0) i += n;
                if ((uintptr_t)i < (uintptr_t)n) {
                    gp_obj *v = gp_tuple_get_borrow(container, i);
                    gp_incref(v);
                    STACK_SHRINK(1);
                    SET_TOP(v);
                    gp_decref(container);
                    DISPATCH();
                }
            }
        }
        BINARY_GENERIC(gp_obj_getitem)
    }

    TARGET(BINARY_FLOOR_DIVIDE) {
        gp_obj *r = TOP(), *l = SECOND();
        SMALL_INT_FAST(FLOORDIV_OK)
        BINARY_GENERIC(gp_number_floordiv)
    }

    TARGET(BINARY_TRUE_DIVIDE) {
        gp_obj *r = TOP(), *l = SECOND();
        if (gp_is_small(l) && gp_is_small(r)) {
            /* Below 2**53 both convert exactly, so one rounding gives the
               correctly rounded quotient. */
            intptr_t a = gp_small_value(l), b = gp_small_value(r);
            const intptr_t lim = (intptr_t)1 << 53;
            if (b != 0 && a > -lim && a < lim && b > -lim && b < lim) {
                gp_obj *res = gp_float_new(t, (double)a / (double)b);
                if (!res) goto error;
                STACK_SHRINK(1);
                SET_TOP(res);
                DISPATCH();
            }
        } else if (gp_float_check_exact(l) && gp_float_check_exact(r) && gp_float_value(r) != 0.0) {
            gp_obj *res = gp_float_new(t, gp_float_value(l) / gp_float_value(r));
            if (!res) goto error;
            STACK_SHRINK(1);
            gp_decref(l);
            gp_decref(r);
            SET_TOP(res);
            DISPATCH();
        }
        BINARY_GENERIC(gp_number_truediv)
    }

    TARGET(BINARY_LSHIFT) BINARY_GENERIC(gp_number_lshift)
    TARGET(BINARY_RSHIFT) BINARY_GENERIC(gp_number_rshift)

    TARGET(BINARY_AND) {
        gp_obj *r = TOP(), *l = SECOND();
        if (gp_is_small(l) && gp_is_small(r)) {
            STACK_SHRINK(1);
            SET_TOP(gp_small_new(gp_small_value(l) & gp_small_value(r)));
            DISPATCH();
        }
        BINARY_GENERIC(gp_number_and)
    }

    TARGET(BINARY_XOR) {
        gp_obj *r = TOP(), *l = SECOND();
        if (gp_is_small(l) && gp_is_small(r)) {
            STACK_SHRINK(1);
            SET_TOP(gp_small_new(gp_small_value(l) ^ gp_small_value(r)));
            DISPATCH();
        }
        BINARY_GENERIC(gp_number_xor)
    }

    TARGET(BINARY_OR) {
        gp_obj *r = TOP(), *l = SECOND();
        if (gp_is_small(l) && gp_is_small(r)) {
            STACK_SHRINK(1);
            SET_TOP(gp_small_new(gp_small_value(l) | gp_small_value(r)));
            DISPATCH();
        }
        BINARY_GENERIC(gp_number_or)
    }

    TARGET(INPLACE_POWER) BINARY_GENERIC(gp_number_ipow)
    TARGET(INPLACE_MULTIPLY) {
        gp_obj *r = TOP(), *l = SECOND();
        SMALL_INT_FAST(MUL_OK)
        BINARY_GENERIC(gp_number_imul)
    }
    TARGET(INPLACE_MATRIX_MULTIPLY) BINARY_GENERIC(gp_number_imatmul)
    TARGET(INPLACE_MODULO) {
        gp_obj *r = TOP(), *l = SECOND();
        SMALL_INT_FAST(MOD_OK)
        BINARY_GENERIC(gp_number_imod)
    }

    TARGET(INPLACE_ADD) {
        gp_obj *r = TOP(), *l = SECOND();
        SMALL_INT_FAST(ADD_OK)
        FLOAT_FAST(+)
        STR_CONCAT_FAST
        BINARY_GENERIC(gp_number_iadd)
    }

    TARGET(INPLACE_SUBTRACT) {
        gp_obj *r = TOP(), *l = SECOND();
        SMALL_INT_FAST(SUB_OK)
        FLOAT_FAST(-)
        BINARY_GENERIC(gp_number_isub)
    }

    TARGET(INPLACE_FLOOR_DIVIDE) {
        gp_obj *r = TOP(), *l = SECOND();
        SMALL_INT_FAST(FLOORDIV_OK)
        BINARY_GENERIC(gp_number_ifloordiv)
    }
    TARGET(INPLACE_TRUE_DIVIDE) BINARY_GENERIC(gp_number_itruediv)
    TARGET(INPLACE_LSHIFT) BINARY_GENERIC(gp_number_ilshift)
    TARGET(INPLACE_RSHIFT) BINARY_GENERIC(gp_number_irshift)
    TARGET(INPLACE_AND) BINARY_GENERIC(gp_number_iand)
    TARGET(INPLACE_XOR) BINARY_GENERIC(gp_number_ixor)
    TARGET(INPLACE_OR) BINARY_GENERIC(gp_number_ior)

    TARGET(STORE_SUBSCR) {
        gp_obj *sub = TOP(), *container = SECOND(), *v = THIRD();
        STACK_SHRINK(3);
        if (GIL_HELD(t) && gp_is_small(sub) && !gp_is_small(container) &&
            container->ob_type == &gp_list_type) {
            intptr_t i = gp_small_value(sub);
            gp_ssize n = gp_list_size(container);
            if (i < 0) i += n;
            if ((uintptr_t)i < (uintptr_t)n) {
                gp_obj **items = gp_list_items(container);
                gp_obj *old = items[i];
                items[i] = v;
                gp_xdecref(old);
                gp_decref(container);
                DISPATCH();
            }
        }
        int r = gp_obj_setitem(t, container, sub, v);
        gp_decref(v);
        gp_decref(container);
        gp_decref(sub);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        gp_obj *sub = TOP(), *container = SECOND();
        STACK_SHRINK(2);
        int r = gp_obj_delitem(t, container, sub);
        gp_decref(container);
        gp_decref(sub);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(GET_ITER) {
        gp_obj *v = TOP();
        gp_obj *it = gp_obj_getiter(t, v);
        gp_decref(v);
        if (!it) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(it);
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER) {
        gp_obj *v = TOP();
        if (!gp_is_small(v) && v->ob_type == &gp_generator_type) DISPATCH();
        gp_obj *it = gp_obj_getiter(t, v);
        gp_decref(v);
        if (!it) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(it);
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        gp_obj *v = POP();
        int r = print_expr(t, v);
        gp_decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        static gp_name_cache s_bc;
        gp_obj *bc;
        int r = mapping_get(t, f->builtins, gp_vm_name(t, &s_bc, "__build_class__"), &bc);
        if (r <= 0) {
            if (r == 0) gp_err_set_str(t, &gp_exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }

    TARGET(YIELD_FROM) {
        gp_obj *v = POP(), *receiver = TOP();
        int r = yield_from_step(t, receiver, v, &retval);
        /* Iteration sends None, which is immortal. */
        if (v != GP_NONE) gp_decref(v);
        if (r < 0) goto error;
        if (r == 0) {
            gp_decref(receiver);
            SET_TOP(retval);
            retval = NULL;
            DISPATCH();
        }
        /* Suspend so that resuming runs this YIELD_FROM again with the
           value sent. */
        f->cur = ip - 2;
        f->stacktop = sp;
        f->state = GP_FRAME_SUSPENDED;
        goto exit_frame;
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(gp_newref((gp_obj *)&gp_exc_AssertionError));
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
        while (sp > f->stack) {
            gp_obj *v = POP();
            gp_xdecref(v);
        }
        f->state = GP_FRAME_DONE;
        goto exit_frame;
    }

    TARGET(IMPORT_STAR) {
        gp_obj *from = POP();
        int r = import_star(t, f, from);
        gp_decref(from);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        if (setup_annotations(t, f) < 0) goto error;
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        retval = POP();
        f->stacktop = sp;
        f->state = GP_FRAME_SUSPENDED;
        goto exit_frame;
    }

    TARGET(POP_BLOCK) {
        f->iblock--;
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        if (f->iblock <= 0 || f->blocks[f->iblock - 1].type != GP_BLOCK_EXCEPT_HANDLER) {
            gp_err_set_str(t, &gp_exc_SystemError, "popped block is not an except handler");
            goto error;
        }
        f->iblock--;
        gp_obj *prev = POP();
        gp_obj *old = t->exc_info->exc;
        if (prev == GP_NONE) {
            gp_decref(prev);
            prev = NULL;
        }
        t->exc_info->exc = prev;
        gp_xdecref(old);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        gp_obj *res = with_except_start(t, PEEK(3), TOP());
        if (!res) goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        gp_obj *list = TOP();
        gp_obj *tup = gp_list_as_tuple(t, list);
        gp_decref(list);
        if (!tup) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(tup);
        DISPATCH();
    }

    TARGET(GEN_START) {
        gp_obj *v = POP();
        gp_decref(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        gp_obj *v = POP();
        int r = store_name(t, f, names[oparg], v);
        gp_decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        if (!f->locals) {
            gp_err_format(t, &gp_exc_SystemError, "no locals when deleting %R", names[oparg]);
            goto error;
        }
        if (delete_from(t, f->locals, names[oparg]) < 0) goto error;
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        gp_obj *seq = POP();
        gp_obj **items = NULL;
        gp_ssize n = -1;
        if (GIL_HELD(t) && gp_tuple_check_exact(seq)) {
            n = gp_tuple_size(seq);
            items = gp_tuple_items(seq);
        } else if (GIL_HELD(t) && gp_list_check_exact(seq)) {
            n = gp_list_size(seq);
            items = gp_list_items(seq);
        }
        if (n == oparg) {
            for (int i = oparg - 1; i >= 0; i--) {
                gp_incref(items[i]);
                PUSH(items[i]);
            }
        } else if (n > oparg) {
            gp_err_format(t, &gp_exc_ValueError, "too many values to unpack (expected %d)", oparg);
            gp_decref(seq);
            goto error;
        } else if (n >= 0) {
            gp_err_format(t, &gp_exc_ValueError, "not enough values to unpack (expected %d, got %zd)",
                          oparg, n);
            gp_decref(seq);
            goto error;
        } else {
            if (unpack_iterable(t, seq, oparg, -1, sp + oparg) < 0) {
                gp_decref(seq);
                goto error;
            }
            sp += oparg;
        }
        gp_decref(seq);
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        int before = oparg & 0xff, after = oparg >> 8;
        gp_obj *seq = POP();
        if (unpack_iterable(t, seq, before, after, sp + before + after + 1) < 0) {
            gp_decref(seq);
            goto error;
        }
        sp += before + after + 1;
        gp_decref(seq);
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        gp_obj *it = TOP();
        gp_obj *next = gp_typeof(it)->iternext(t, it);
        if (next) {
            PUSH(next);
            DISPATCH();
        }
        if (t->exc) {
            if (!gp_err_matches(t, &gp_exc_StopIteration)) goto error;
            gp_err_clear(t);
        }
        STACK_SHRINK(1);
        gp_decref(it);
        JUMPBY(oparg);
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        gp_obj *owner = TOP(), *v = SECOND();
        STACK_SHRINK(2);
        int r = store_attr(t, co, oparg, names[oparg], owner, v);
        gp_decref(v);
        gp_decref(owner);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(LOAD_FAST_STORE_ATTR) {
        /* LOAD_FAST a; STORE_ATTR b, with the local borrowed. */
        gp_obj *owner;
        FUSED_LOCAL(owner);
        gp_obj *v = POP();
        int r = store_attr(t, co, oparg, names[oparg], owner, v);
        gp_decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        gp_obj *owner = POP();
        int r = gp_obj_setattr(t, owner, names[oparg], NULL);
        gp_decref(owner);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        gp_obj *v = POP();
        int r = gp_dict_check_exact(f->globals) ? gp_dict_set(t, f->globals, names[oparg], v)
                                                : gp_obj_setitem(t, f->globals, names[oparg], v);
        gp_decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        if (delete_from(t, f->globals, names[oparg]) < 0) goto error;
        DISPATCH();
    }

    TARGET(ROT_N) {
        gp_obj *top = TOP();
        memmove(&sp[-oparg + 1], &sp[-oparg], sizeof(gp_obj *) * (size_t)(oparg - 1));
        sp[-oparg] = top;
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        gp_obj *v = consts[oparg];
        gp_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        gp_obj *v = load_name(t, f, names[oparg]);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        gp_obj *tup = gp_tuple_new(t, oparg);
        if (!tup) goto error;
        gp_obj **items = gp_tuple_items(tup);
        while (--oparg >= 0) items[oparg] = POP();
        PUSH(tup);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        gp_obj *list = gp_list_new(t, oparg);
        if (!list) goto error;
        gp_obj **items = gp_list_items(list);
        while (--oparg >= 0) items[oparg] = POP();
        PUSH(list);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        gp_obj *set = gp_set_new(t, NULL);
        int err = set == NULL;
        for (int i = oparg; i > 0 && !err; i--)
            if (gp_set_add(t, set, PEEK(i)) < 0) err = 1;
        while (--oparg >= 0) {
            gp_obj *v = POP();
            gp_decref(v);
        }
        if (err) {
            gp_xdecref(set);
            goto error;
        }
        PUSH(set);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        gp_obj *map = gp_dict_new(t);
        int err = map == NULL;
        for (int i = oparg; i > 0 && !err; i--)
            if (gp_dict_set(t, map, PEEK(2 * i), PEEK(2 * i - 1)) < 0) err = 1;
        for (int i = 0; i < 2 * oparg; i++) {
            gp_obj *v = POP();
            gp_decref(v);
        }
        if (err) {
            gp_xdecref(map);
            goto error;
        }
        PUSH(map);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        gp_obj *keys = TOP();
        gp_obj *map = gp_dict_new(t);
        int err = map == NULL;
        for (int i = 0; i < oparg && !err; i++)
            if (gp_dict_set(t, map, gp_tuple_get_borrow(keys, i), PEEK(oparg + 1 - i)) < 0) err = 1;
        for (int i = 0; i < oparg + 1; i++) {
            gp_obj *v = POP();
            gp_decref(v);
        }
        if (err) {
            gp_xdecref(map);
            goto error;
        }
        PUSH(map);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        gp_obj *s = build_string(t, sp - oparg, oparg);
        for (int i = 0; i < oparg; i++) {
            gp_obj *v = POP();
            gp_decref(v);
        }
        if (!s) goto error;
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        gp_obj *step = oparg == 3 ? POP() : NULL;
        gp_obj *stop = POP(), *start = TOP();
        gp_obj *slice = gp_slice_new(t, start, stop, step);
        gp_decref(start);
        gp_decref(stop);
        gp_xdecref(step);
        if (!slice) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(slice);
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        gp_obj *owner = TOP();
        gp_obj *res = load_attr(t, co, oparg, names[oparg], owner);
        gp_decref(owner);
        if (!res) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(res);
        DISPATCH();
    }

    TARGET(LOAD_FAST_ATTR) {
        /* LOAD_FAST a; LOAD_ATTR b, with the local borrowed. */
        gp_obj *owner;
        FUSED_LOCAL(owner);
        gp_obj *res = load_attr(t, co, oparg, names[oparg], owner);
        if (!res) goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        gp_obj *r = TOP(), *l = SECOND();
        int res;
        if (gp_is_small(l) && gp_is_small(r)) {
            /* Tagging preserves order, so the words compare as the ints. */
            res = compare_ints((intptr_t)l, (intptr_t)r, oparg);
        } else if (gp_float_check_exact(l) && gp_float_check_exact(r)) {
            res = compare_doubles(gp_float_value(l), gp_float_value(r), oparg);
            gp_decref(l);
            gp_decref(r);
        } else if ((oparg == GP_EQ || oparg == GP_NE) && gp_str_check_exact(l) &&
                   gp_str_check_exact(r)) {
            res = (l == r || gp_str_eq(l, r)) == (oparg == GP_EQ);
            gp_decref(l);
            gp_decref(r);
        } else {
            gp_obj *v = gp_obj_richcompare(t, l, r, oparg);
            gp_decref(l);
            gp_decref(r);
            STACK_SHRINK(1);
            if (!v) {
                STACK_SHRINK(1);
                goto error;
            }
            SET_TOP(v);
            DISPATCH();
        }
        STACK_SHRINK(2);
        /* A comparison feeding a conditional jump jumps at once. */
        word = *ip;
        if ((word & 0xff) == OP_POP_JUMP_IF_FALSE) {
            f->cur = ip++;
            if (!res) {
                JUMPTO(word >> 8);
                if ((int)(word >> 8) <= INSTR_INDEX()) CHECK_BREAKER();
            }
            DISPATCH();
        }
        if ((word & 0xff) == OP_POP_JUMP_IF_TRUE) {
            f->cur = ip++;
            if (res) {
                JUMPTO(word >> 8);
                if ((int)(word >> 8) <= INSTR_INDEX()) CHECK_BREAKER();
            }
            DISPATCH();
        }
        PUSH(gp_bool_from(res));
        DISPATCH();
    }

    TARGET(IS_OP) {
        gp_obj *r = POP(), *l = TOP();
        int res = (l == r) ^ oparg;
        gp_decref(l);
        gp_decref(r);
        SET_TOP(gp_bool_from(res));
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        gp_obj *r = POP(), *l = TOP();
        int res = gp_seq_contains(t, r, l);
        gp_decref(l);
        gp_decref(r);
        if (res < 0) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(gp_bool_from(res ^ oparg));
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        gp_obj *fromlist = POP(), *level = TOP();
        gp_obj *res = import_name(t, f, names[oparg], fromlist, level);
        gp_decref(level);
        gp_decref(fromlist);
        if (!res) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(res);
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        gp_obj *res = import_from(t, TOP(), names[oparg]);
        if (!res) goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(JUMP_FORWARD) {
        JUMPBY(oparg);
        DISPATCH();
    }

    TARGET(JUMP_ABSOLUTE) {
        JUMPTO(oparg);
        CHECK_BREAKER();
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        gp_obj *cond = TOP();
        int r = truth(t, cond);
        if (r < 0) goto error;
        if (!r) {
            JUMPTO(oparg);
        } else {
            STACK_SHRINK(1);
            gp_decref(cond);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        gp_obj *cond = TOP();
        int r = truth(t, cond);
        if (r < 0) goto error;
        if (r) {
            JUMPTO(oparg);
        } else {
            STACK_SHRINK(1);
            gp_decref(cond);
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        int r = truth_steal(t, POP());
        if (r < 0) goto error;
        if (!r) {
            if (oparg <= INSTR_INDEX()) {
                JUMPTO(oparg);
                CHECK_BREAKER();
            } else {
                JUMPTO(oparg);
            }
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        int r = truth_steal(t, POP());
        if (r < 0) goto error;
        if (r) {
            if (oparg <= INSTR_INDEX()) {
                JUMPTO(oparg);
                CHECK_BREAKER();
            } else {
                JUMPTO(oparg);
            }
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_NOT_EXC_MATCH) {
        gp_obj *right = POP(), *left = POP();
        int r = check_except_type(t, right);
        if (r == 0) r = gp_exc_matches(t, left, right);
        gp_decref(right);
        gp_decref(left);
        if (r < 0) goto error;
        if (!r) JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        gp_obj *name = names[oparg];
        if (gp_dict_check_exact(f->globals) && gp_dict_check_exact(f->builtins)) {
            gp_global_cache *gc = &gp_code_extra_of(co)->globals_cache[oparg];
            uint64_t gver = gp_dict_version(f->globals);
            /* A name found in the globals depends only on them; one found
               in the builtins also on the builtins (bver 0 marks the
               former: dict versions are never 0). */
            gp_obj *v = global_cache_get(t, gc, f->globals, gver, f->builtins);
            if (!v) {
                uint64_t bver = 0;
                v = gp_dict_get_borrow(t, f->globals, name);
                if (!v) {
                    if (t->exc) goto error;
                    bver = gp_dict_version(f->builtins);
                    v = gp_dict_get_borrow(t, f->builtins, name);
                    if (!v) {
                        if (!t->exc) name_error(t, name);
                        goto error;
                    }
                }
                /* A lookup may run __eq__ of a key, which may change the
                   dicts: cache only if the versions still hold. */
                if (gp_dict_version(f->globals) == gver &&
                    (bver == 0 || gp_dict_version(f->builtins) == bver))
                    global_cache_put(t, gc, f->globals, gver, bver, v);
            }
            gp_incref(v);
            PUSH(v);
            DISPATCH();
        }
        gp_obj *v = load_global(t, f, name);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(RERAISE) {
        gp_obj *exc = POP();
        gp_err_restore_steal(t, exc);
        goto exception_unwind;
    }

    TARGET(SETUP_FINALLY) {
        if (f->iblock >= GP_MAX_BLOCKS) {
            gp_err_set_str(t, &gp_exc_SystemError, "XXX block stack overflow");
            goto error;
        }
        gp_block *b = &f->blocks[f->iblock++];
        b->type = GP_BLOCK_FINALLY;
        b->handler = INSTR_INDEX() + oparg;
        b->level = STACK_LEVEL();
        DISPATCH();
    }

    TARGET(SETUP_WITH) {
        gp_obj *mgr = TOP(), *exit, *res;
        if (f->iblock >= GP_MAX_BLOCKS) {
            gp_err_set_str(t, &gp_exc_SystemError, "XXX block stack overflow");
            goto error;
        }
        if (setup_with(t, mgr, &exit, &res) < 0) goto error;
        SET_TOP(exit);
        gp_decref(mgr);
        gp_block *b = &f->blocks[f->iblock++];
        b->type = GP_BLOCK_FINALLY;
        b->handler = INSTR_INDEX() + oparg;
        b->level = STACK_LEVEL();
        PUSH(res);
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        gp_obj *v = fast[oparg];
        if (!v) {
            unbound_local_error(t, co, oparg);
            goto error;
        }
        gp_incref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        gp_obj *v = POP();
        gp_obj *old = fast[oparg];
        fast[oparg] = v;
        gp_xdecref(old);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        gp_obj *old = fast[oparg];
        if (!old) {
            unbound_local_error(t, co, oparg);
            goto error;
        }
        fast[oparg] = NULL;
        gp_decref(old);
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        gp_obj *cell = fast[co->nlocals + oparg];
        gp_incref(cell);
        PUSH(cell);
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        gp_obj *v = cell_ref(fast[co->nlocals + oparg]);
        if (!v) {
            unbound_deref_error(t, co, oparg);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        gp_obj *v = load_classderef(t, f, oparg);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        gp_obj *v = POP();
        gp_xdecref(cell_swap_steal(fast[co->nlocals + oparg], v));
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        gp_obj *old = cell_swap_steal(fast[co->nlocals + oparg], NULL);
        if (!old) {
            unbound_deref_error(t, co, oparg);
            goto error;
        }
        gp_decref(old);
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        gp_obj *cause = NULL, *exc = NULL;
        if (oparg == 2) cause = POP();
        if (oparg >= 1) exc = POP();
        if (oparg > 2) {
            gp_err_set_str(t, &gp_exc_SystemError, "bad RAISE_VARARGS oparg");
            goto error;
        }
        if (do_raise(t, exc, cause)) goto exception_unwind;
        goto error;
    }

    TARGET(CALL_FUNCTION) {
        cargs = sp - oparg;
        cnargs = oparg;
        callable = cargs[-1];
        ckw = NULL;
        cpop = oparg + 1;
        goto do_call;
    }

    TARGET(CALL_FUNCTION_KW) {
        ckw = TOP();
        cnargs = oparg - gp_tuple_size(ckw);
        cargs = sp - 1 - oparg;
        callable = cargs[-1];
        cpop = oparg + 2;
        goto do_call;
    }

    TARGET(CALL_METHOD) {
        gp_obj *meth = PEEK(oparg + 2);
        ckw = NULL;
        cpop = oparg + 2;
        if (meth) {
            callable = meth;
            cargs = sp - oparg - 1;
            cnargs = oparg + 1;
        } else {
            callable = PEEK(oparg + 1);
            cargs = sp - oparg;
            cnargs = oparg;
            if (!gp_is_small(callable) && callable->ob_type == &gp_method_type) {
                /* Unpack a bound method into the free slot below it, so that
                   self goes in as the first argument without copying. */
                gp_method *m = (gp_method *)callable;
                sp[-oparg - 2] = gp_newref(m->func);
                sp[-oparg - 1] = gp_newref(m->self);
                gp_decref(callable);
                callable = sp[-oparg - 2];
                cargs = sp - oparg - 1;
                cnargs = oparg + 1;
            }
        }
        goto do_call;
    }

    TARGET(CALL_FUNCTION_EX) {
        gp_obj *kwargs = (oparg & 1) ? POP() : NULL;
        gp_obj *callargs = POP(), *func = TOP();
        gp_obj *res = call_function_ex(t, func, callargs, kwargs);
        gp_decref(func);
        gp_decref(callargs);
        gp_xdecref(kwargs);
        if (!res) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(res);
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        gp_obj *obj = TOP(), *meth = NULL;
        gp_type *tp = gp_typeof(obj);
        gp_attr_cache copy, *ac = attr_cache_hit(t, co, oparg, tp, &copy);
        if (ac && ac->kind == GP_ATTR_METHOD) {
            gp_obj *d = tp->dictoffset > 0 ? instance_dict(obj, tp) : NULL;
            gp_obj *shadow = d ? gp_dict_get_borrow(t, d, names[oparg]) : NULL;
            if (!shadow) {
                if (t->exc) goto error;
                meth = ac->descr;
                gp_incref(meth);
                SET_TOP(meth);
                PUSH(obj);
                DISPATCH();
            }
        }
        int r = gp_obj_get_method(t, obj, names[oparg], &meth);
        if (r < 0) goto error;
        if (r == 1 && !ac)
            fill_attr_cache(t, co, oparg, tp, names[oparg]);
        if (r == 1) {
            SET_TOP(meth);
            PUSH(obj);
        } else {
            SET_TOP(NULL);
            gp_decref(obj);
            PUSH(meth);
        }
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        gp_obj *qualname = POP(), *code = POP();
        int nextra = ((oparg & 1) != 0) + ((oparg & 2) != 0) + ((oparg & 4) != 0) + ((oparg & 8) != 0);
        gp_obj *fn = make_function(t, f, code, qualname, oparg, sp - nextra);
        gp_decref(qualname);
        gp_decref(code);
        for (int i = 0; i < nextra; i++) {
            gp_obj *v = POP();
            gp_decref(v);
        }
        if (!fn) goto error;
        PUSH(fn);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        gp_obj *v = POP();
        if (gp_list_append_steal(t, PEEK(oparg), v) < 0) goto error;
        DISPATCH();
    }

    TARGET(SET_ADD) {
        gp_obj *v = POP();
        int r = gp_set_add(t, PEEK(oparg), v);
        gp_decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        gp_obj *value = POP(), *key = POP();
        int r = gp_dict_set(t, PEEK(oparg), key, value);
        gp_decref(key);
        gp_decref(value);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        gp_obj *iterable = POP();
        int r = list_extend(t, PEEK(oparg), iterable);
        gp_decref(iterable);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        gp_obj *iterable = POP();
        int r = gp_set_update(t, PEEK(oparg), iterable);
        gp_decref(iterable);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        gp_obj *update = POP();
        int r = merge_mapping(t, PEEK(oparg), update, PEEK(oparg + 2));
        gp_decref(update);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        gp_obj *update = POP();
        int r = merge_mapping(t, PEEK(oparg), update, NULL);
        gp_decref(update);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        gp_obj *spec = (oparg & GP_FVS_HAVE_SPEC) ? POP() : NULL;
        gp_obj *value = TOP();
        gp_obj *res = format_value(t, value, oparg & 3, spec);
        gp_decref(value);
        gp_xdecref(spec);
        if (!res) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(res);
        DISPATCH();
    }

    /* ---- pattern matching (the match statement) ---- */

    TARGET(MATCH_MAPPING) {
        int r = gp_match_is_mapping(t, TOP());
        if (r < 0) goto error;
        PUSH(gp_bool_from(r));
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE) {
        int r = gp_match_is_sequence(t, TOP());
        if (r < 0) goto error;
        PUSH(gp_bool_from(r));
        DISPATCH();
    }

    TARGET(GET_LEN) {
        gp_ssize n = gp_obj_len(t, TOP());
        gp_obj *len = n < 0 ? NULL : gp_int_from_ssize(t, n);
        if (!len) goto error;
        PUSH(len);
        DISPATCH();
    }

    TARGET(MATCH_KEYS) {
        gp_obj *values = gp_match_keys(t, SECOND(), TOP());
        if (!values) goto error;
        PUSH(values);
        PUSH(gp_bool_from(values != GP_NONE));
        DISPATCH();
    }

    TARGET(COPY_DICT_WITHOUT_KEYS) {
        gp_obj *keys = TOP();
        gp_obj *rest = gp_match_rest(t, SECOND(), keys);
        if (!rest) goto error;
        gp_decref(keys);
        SET_TOP(rest);
        DISPATCH();
    }

    TARGET(MATCH_CLASS) {
        gp_obj *kwnames = POP(), *cls = TOP(), *subject = SECOND();
        gp_obj *attrs = gp_match_class(t, subject, cls, oparg, kwnames);
        gp_decref(kwnames);
        if (!attrs && gp_err_occurred(t)) goto error;
        gp_decref(cls);
        if (attrs) {
            gp_decref(subject);
            SET_SECOND(attrs);
        }
        SET_TOP(gp_bool_from(attrs != NULL));
        DISPATCH();
    }

    /* ---- end of pattern matching ---- */

    /* ---- except* (exception groups) ---- */

    TARGET(CHECK_EG_MATCH) {
        gp_obj *type = POP(), *exc = TOP(), *match, *rest;
        int r = check_except_type(t, type);
        if (r == 0) r = gp_exc_check_except_star_type(t, type);
        if (r == 0) r = gp_exc_group_match(t, exc, type, &match, &rest);
        gp_decref(type);
        if (r < 0) goto error;
        if (r > 0) {
            /* A lone exception wrapped in a group gets this frame's line
               as its traceback. */
            gp_err_restore_steal(t, match);
            gp_traceback_add(t, f, gp_frame_lineno(f));
            match = gp_err_fetch(t);
        }
        if (match != GP_NONE) {
            gp_obj *old = t->exc_info->exc;
            t->exc_info->exc = gp_newref(match);
            gp_xdecref(old);
        }
        gp_decref(exc);
        SET_TOP(rest);
        PUSH(match);
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR) {
        gp_obj *list = POP(), *orig = TOP();
        gp_obj *res = gp_exc_prep_reraise_star(t, orig, list);
        gp_decref(list);
        if (!res) goto error;
        gp_decref(orig);
        SET_TOP(res);
        DISPATCH();
    }

    /* ---- end of except* ---- */

    TARGET(EXTENDED_ARG) {
        int high = oparg;
        f->cur = ip;
        word = *ip++;
        opcode = word & 0xff;
        oparg = (high << 8) | (int)(word >> 8);
        DISPATCH_OPCODE();
    }

    default:
        break;
    }
    gp_err_format(t, &gp_exc_SystemError, "unknown opcode %d", opcode);
    goto error;

do_call:
    /* callable, cargs, cnargs, ckw and cpop (stack slots owned by the call)
       are set.  A plain Python function runs in this same loop. */
    /* __code__ may be replaced by another thread meanwhile: it is loaded
       once here, and the frame is made from that code. */
    gp_code *nco = !gp_is_small(callable) && callable->ob_type == &gp_function_type
                       ? (gp_code *)__atomic_load_n(&((gp_function *)callable)->code, __ATOMIC_ACQUIRE)
                       : NULL;
    if (nco && !(nco->flags & GP_CO_GENERATOR)) {
        if (!ckw && cnargs == nco->argcount && gp_code_extra_of(nco)->simple_args) {
            /* Without keywords the arguments are the top cnargs stack
               slots, right above the function: the new frame takes their
               references over. */
            nf = gp_call_make_frame_steal(t, (gp_function *)callable, nco, cargs, cnargs);
            sp -= cnargs + 1;
            cpop -= (int)cnargs + 1;
        } else {
            nf = gp_call_make_frame_code(t, (gp_function *)callable, nco, cargs, cnargs, ckw, NULL);
        }
        for (int i = 0; i < cpop; i++) {
            gp_obj *v = POP();
            gp_xdecref(v);
        }
        if (!nf) goto error;
        f->stacktop = sp;
        if (++t->py_depth > t->interp->recursion_limit && recursion_error(t)) {
            t->py_depth--;
            f->stacktop = NULL;
            gp_decref((gp_obj *)nf);
            goto error;
        }
        nf->back = f;
        t->frame = nf;
        f = nf;
        LOAD_FRAME();
        sp = f->stack;
        ip = first_instr;
        f->state = GP_FRAME_RUNNING;
        CHECK_BREAKER();
        DISPATCH();
    } else {
        gp_callfunc call = gp_typeof(callable)->call;
        gp_obj *res = call ? call(t, callable, cargs, cnargs, ckw)
                           : gp_call(t, callable, cargs, cnargs, ckw);
        for (int i = 0; i < cpop; i++) {
            gp_obj *v = POP();
            gp_xdecref(v);
        }
        if (!res) goto error;
        PUSH(res);
        DISPATCH();
    }

error:
    if (!t->exc)
        gp_err_set_str(t, &gp_exc_SystemError, "error return without exception set");
    gp_traceback_add(t, f, gp_frame_lineno(f));

exception_unwind:
    while (f->iblock > 0) {
        gp_block *b = &f->blocks[--f->iblock];
        if (b->type == GP_BLOCK_EXCEPT_HANDLER) {
            /* Leaving a handler: what it handled before becomes current. */
            while (STACK_LEVEL() > b->level + 1) {
                gp_obj *v = POP();
                gp_xdecref(v);
            }
            gp_obj *prev = POP();
            gp_obj *old = t->exc_info->exc;
            if (prev == GP_NONE) {
                gp_decref(prev);
                prev = NULL;
            }
            t->exc_info->exc = prev;
            gp_xdecref(old);
            continue;
        }
        while (STACK_LEVEL() > b->level) {
            gp_obj *v = POP();
            gp_xdecref(v);
        }
        int handler = b->handler;
        gp_block *h = &f->blocks[f->iblock++];
        h->type = GP_BLOCK_EXCEPT_HANDLER;
        h->handler = -1;
        h->level = STACK_LEVEL();
        gp_obj *prev = t->exc_info->exc;
        PUSH(prev ? prev : GP_NONE);
        gp_obj *exc = gp_err_fetch(t);
        t->exc_info->exc = gp_newref(exc);
        PUSH(exc);
        JUMPTO(handler);
        DISPATCH();
    }
    while (sp > f->stack) {
        gp_obj *v = POP();
        gp_xdecref(v);
    }
    f->state = GP_FRAME_DONE;
    retval = NULL;

exit_frame:
    /* retval is the result (NULL: an exception is propagating). */
    t->frame = f->back;
    t->py_depth--;
    if (f->gen) f->back = NULL;
    if (f == entry) return retval;
    {
        gp_frame *caller = f->back;
        gp_decref((gp_obj *)f);
        f = caller;
        LOAD_FRAME();
        sp = f->stacktop;
        f->stacktop = NULL;
        ip = f->cur + 1;
        if (!retval) goto error;
        PUSH(retval);
        retval = NULL;
        DISPATCH();
    }
}
