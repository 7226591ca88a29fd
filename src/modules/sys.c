/* The sys module. */
#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gil.h"

gp_obj *gp_sys_get_borrow(gp_thread *t, const char *name) {
    gp_obj *d = t->interp->sysdict;
    return d ? gp_dict_get_str_borrow(t, d, name) : NULL;
}

int gp_file_write_obj(gp_thread *t, gp_obj *file, gp_obj *str) {
    gp_obj *r = gp_call_method(t, file, "write", &str, 1);
    if (!r) return -1;
    gp_decref(r);
    return 0;
}

/* Write C text to sys.<name>, or to the C stream when sys is not usable. */
static int write_std(gp_thread *t, const char *name, FILE *fallback, const char *s) {
    gp_obj *f = gp_sys_get_borrow(t, name);
    if (f && f != GP_NONE) {
        gp_obj *str = gp_str_decode(t, s, (gp_ssize)strlen(s), "utf-8", "replace");
        if (str) {
            int rc = gp_file_write_obj(t, f, str);
            gp_decref(str);
            if (rc == 0) return 0;
        }
        gp_err_clear(t);
    }
    fputs(s, fallback);
    return 0;
}

int gp_sys_write_stdout(gp_thread *t, const char *s) { return write_std(t, "stdout", stdout, s); }
int gp_sys_write_stderr(gp_thread *t, const char *s) { return write_std(t, "stderr", stderr, s); }

static int flush_one(gp_thread *t, const char *name) {
    gp_obj *f = gp_sys_get_borrow(t, name);
    if (!f || f == GP_NONE) return 0;
    gp_obj *saved = gp_err_fetch(t);
    gp_obj *r = gp_call_method(t, f, "flush", NULL, 0);
    int rc = r ? 0 : -1;
    gp_xdecref(r);
    if (!r) gp_err_clear(t);
    gp_err_restore_steal(t, saved);
    return rc;
}

int gp_sys_flush(gp_thread *t) {
    int rc = flush_one(t, "stdout");
    flush_one(t, "stderr");
    return rc;
}

static gp_obj *none(void) { return GP_NONE; }

static gp_obj *s_exit(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "exit", kw) < 0 || gp_args_count(t, "exit", nargs, 0, 1) < 0) return NULL;
    gp_err_set(t, &gp_exc_SystemExit, nargs ? args[0] : NULL);
    return NULL;
}

static gp_obj *s_getrecursionlimit(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                   gp_obj *kw) {
    if (gp_args_no_kw(t, "getrecursionlimit", kw) < 0 ||
        gp_args_count(t, "getrecursionlimit", nargs, 0, 0) < 0)
        return NULL;
    return gp_int_from_ssize(t, t->interp->recursion_limit);
}

static gp_obj *s_setrecursionlimit(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                   gp_obj *kw) {
    if (gp_args_no_kw(t, "setrecursionlimit", kw) < 0 ||
        gp_args_count(t, "setrecursionlimit", nargs, 1, 1) < 0)
        return NULL;
    if (!gp_int_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer",
                             args[0]);
    gp_ssize v;
    if (gp_int_as_ssize(t, args[0], &v) < 0) return NULL;
    if (v < 1) return gp_err_format(t, &gp_exc_ValueError, "recursion limit must be greater or equal than 1");
    if (v > INT_MAX) return gp_err_format(t, &gp_exc_OverflowError, "Python int too large to convert to C int");
    if (v <= t->py_depth)
        return gp_err_format(t, &gp_exc_RecursionError,
                             "cannot set the recursion limit to %zd at the recursion depth %d: the limit is too low",
                             v, t->py_depth);
    t->interp->recursion_limit = (int)v;
    return none();
}

static gp_obj *s_getrefcount(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "getrefcount", kw) < 0 || gp_args_count(t, "getrefcount", nargs, 1, 1) < 0)
        return NULL;
    return gp_int_from_ssize(t, gp_refcnt(args[0]));
}

static gp_obj *s_intern(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "intern", kw) < 0 || gp_args_count(t, "intern", nargs, 1, 1) < 0) return NULL;
    if (!gp_str_check_exact(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "intern() argument must be str, not %T", args[0]);
    gp_obj *s = gp_newref(args[0]);
    if (gp_str_intern_inplace(t, &s) < 0) {
        gp_decref(s);
        return NULL;
    }
    return s;
}

static gp_obj *s_is_gil_enabled(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kw) {
    if (gp_args_no_kw(t, "_is_gil_enabled", kw) < 0 || gp_args_count(t, "_is_gil_enabled", nargs, 0, 0) < 0)
        return NULL;
    return gp_bool_from(t->interp->gil_enabled);
}

static gp_obj *s_is_finalizing(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kw) {
    if (gp_args_no_kw(t, "is_finalizing", kw) < 0 || gp_args_count(t, "is_finalizing", nargs, 0, 0) < 0)
        return NULL;
    return gp_bool_from(gp_gil_is_finalizing(t->interp));
}

static gp_obj *s_get_int_max_str_digits(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                         gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "get_int_max_str_digits", kw) < 0 ||
        gp_args_count(t, "get_int_max_str_digits", nargs, 0, 0) < 0)
        return NULL;
    return gp_int_from_i64(t, gp_int_get_max_str_digits(t));
}

static gp_obj *s_set_int_max_str_digits(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                         gp_ssize nargs, gp_obj *kw) {
    static const char *const names[] = {"maxdigits", NULL};
    static const gp_argspec spec = {"set_int_max_str_digits", names, 1, -1};
    gp_obj *out[1];
    if (gp_args_bind(t, &spec, args, nargs, kw, out) < 0) return NULL;
    gp_ssize n;
    if (gp_number_as_ssize(t, out[0], &gp_exc_OverflowError, &n) < 0) return NULL;
    if (gp_int_set_max_str_digits(t, n) < 0) return NULL;
    return none();
}

static gp_obj *s_getswitchinterval(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                   gp_obj *kw) {
    if (gp_args_count(t, "getswitchinterval", nargs, 0, 0) < 0) return NULL;
    return gp_float_new(t, gp_gil_get_switch_interval(t->interp));
}

static gp_obj *s_setswitchinterval(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                   gp_obj *kw) {
    if (gp_args_count(t, "setswitchinterval", nargs, 1, 1) < 0) return NULL;
    double d;
    if (gp_number_as_double(t, args[0], &d) < 0) return NULL;
    if (d <= 0.0) return gp_err_format(t, &gp_exc_ValueError, "switch interval must be strictly positive");
    gp_gil_set_switch_interval(t->interp, d);
    return none();
}

static gp_obj *s_exc_info(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "exc_info", nargs, 0, 0) < 0) return NULL;
    gp_exc_item *e = t->exc_info;
    while (e && (!e->exc || e->exc == GP_NONE)) e = e->prev;
    if (!e) return gp_tuple_pack(t, 3, GP_NONE, GP_NONE, GP_NONE);
    gp_obj *tb = gp_exc_get_traceback_borrow(e->exc);
    return gp_tuple_pack(t, 3, (gp_obj *)gp_typeof(e->exc), e->exc, tb ? tb : GP_NONE);
}

static gp_obj *s_exception(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "exception", nargs, 0, 0) < 0) return NULL;
    gp_exc_item *e = t->exc_info;
    while (e && (!e->exc || e->exc == GP_NONE)) e = e->prev;
    return gp_newref(e ? e->exc : GP_NONE);
}

static gp_obj *s_getframe(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "_getframe", nargs, 0, 1) < 0) return NULL;
    gp_ssize depth = 0;
    if (nargs && gp_number_as_ssize(t, args[0], &gp_exc_OverflowError, &depth) < 0) return NULL;
    struct gp_frame *f = t->frame;
    while (f && depth-- > 0) f = gp_frame_back(f);
    if (!f) return gp_err_format(t, &gp_exc_ValueError, "call stack is not deep enough");
    return gp_frame_object(t, f);
}

static gp_obj *s_getsizeof(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "getsizeof", nargs, 1, 2) < 0) return NULL;
    gp_obj *r = gp_call_method(t, args[0], "__sizeof__", NULL, 0);
    if (!r) {
        if (nargs == 2 && gp_err_matches(t, &gp_exc_TypeError)) {
            gp_err_clear(t);
            return gp_newref(args[1]);
        }
        return NULL;
    }
    return r;
}

static gp_obj *s_displayhook(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "displayhook", nargs, 1, 1) < 0) return NULL;
    gp_obj *v = args[0];
    if (v == GP_NONE) return none();
    if (gp_dict_set_str(t, t->interp->builtins, "_", GP_NONE) < 0) return NULL;
    gp_obj *r = gp_obj_repr(t, v);
    if (!r) return NULL;
    gp_obj *out = gp_sys_get_borrow(t, "stdout");
    if (!out || out == GP_NONE) {
        gp_decref(r);
        return gp_err_format(t, &gp_exc_RuntimeError, "lost sys.stdout");
    }
    int rc = gp_file_write_obj(t, out, r);
    gp_decref(r);
    gp_obj *nl = rc < 0 ? NULL : gp_str_from_cstr(t, "\n");
    if (!nl || gp_file_write_obj(t, out, nl) < 0) {
        gp_xdecref(nl);
        return NULL;
    }
    gp_decref(nl);
    if (gp_dict_set_str(t, t->interp->builtins, "_", v) < 0) return NULL;
    return none();
}

static gp_obj *s_excepthook(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "excepthook", nargs, 3, 3) < 0) return NULL;
    if (args[2] != GP_NONE) gp_exc_set_traceback(args[1], args[2]);
    gp_err_restore_steal(t, gp_newref(args[1]));
    gp_err_print(t);
    return none();
}

static gp_obj *s_getdefaultencoding(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                    gp_obj *kw) {
    return gp_str_from_cstr(t, "utf-8");
}

/* A RuntimeWarning through the warnings module, as C code in CPython
   issues one (attributed to the calling Python frame). */
static int runtime_warning(gp_thread *t, gp_obj *msg) {
    gp_obj *w = gp_import_module(t, "warnings");
    if (!w) return -1;
    gp_obj *args[2] = {msg, (gp_obj *)&gp_exc_RuntimeWarning};
    gp_obj *r = gp_call_method(t, w, "warn", args, 2);
    gp_decref(w);
    if (!r) return -1;
    gp_decref(r);
    return 0;
}

/* The default sys.breakpointhook (PEP 553): $PYTHONBREAKPOINT names the
   callable to run as "module.name" (a bare name is a builtin); unset or
   empty means pdb.set_trace, "0" turns breakpoint() off.  A callable that
   cannot be imported is skipped with a RuntimeWarning, which is what
   happens with the default, since there is no pdb module. */
static gp_obj *s_breakpointhook(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kw) {
    const char *env = getenv("PYTHONBREAKPOINT");
    if (!env || !*env) env = "pdb.set_trace";
    else if (strcmp(env, "0") == 0) return none();
    const char *dot = strrchr(env, '.');
    gp_obj *modname = dot ? gp_str_new(t, env, dot - env) : gp_str_from_cstr(t, "builtins");
    if (!modname) return NULL;
    gp_obj *mod = gp_import_module(t, gp_str_utf8(modname));
    gp_decref(modname);
    gp_obj *hook = mod ? gp_obj_getattr_cstr(t, mod, dot ? dot + 1 : env) : NULL;
    gp_xdecref(mod);
    if (!hook) {
        if (!gp_err_matches(t, &gp_exc_ImportError) && !gp_err_matches(t, &gp_exc_AttributeError))
            return NULL;
        gp_err_clear(t);
        gp_obj *msg =
            gp_str_from_format(t, "Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"", env);
        if (!msg) return NULL;
        int rc = runtime_warning(t, msg);
        gp_decref(msg);
        return rc < 0 ? NULL : none();
    }
    gp_obj *r = gp_call(t, hook, args, nargs, kw);
    gp_decref(hook);
    return r;
}

static gp_obj *unraisable_args_type;

/* The default sys.unraisablehook: prints the record's object and
   exception as "Exception ignored in: ..." with the traceback. */
static gp_obj *s_unraisablehook(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "unraisablehook", kw) < 0 || gp_args_count(t, "unraisablehook", nargs, 1, 1) < 0)
        return NULL;
    gp_obj *argtype = unraisable_args_type;
    if (!argtype || gp_typeof(args[0]) != (gp_type *)argtype)
        return gp_err_format(t, &gp_exc_TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
    gp_obj *rec = args[0];
    gp_obj *exc = gp_tuple_get_borrow(rec, 1);
    gp_err_print_unraisable(t, exc, gp_tuple_get_borrow(rec, 3), gp_tuple_get_borrow(rec, 4));
    return none();
}

/* File names that are not valid UTF-8 decode with surrogate escapes. */
static gp_obj *s_getfilesystemencodeerrors(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                           gp_obj *kw) {
    if (gp_args_no_kw(t, "getfilesystemencodeerrors", kw) < 0 ||
        gp_args_count(t, "getfilesystemencodeerrors", nargs, 0, 0) < 0)
        return NULL;
    return gp_str_from_cstr(t, "surrogateescape");
}

/* call_tracing(func, args): func(*args); there is no tracing to keep on. */
static gp_obj *s_call_tracing(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "call_tracing", kw) < 0 || gp_args_count(t, "call_tracing", nargs, 2, 2) < 0) return NULL;
    if (!gp_tuple_check(args[1]))
        return gp_err_format(t, &gp_exc_TypeError, "call_tracing() argument 2 must be tuple, not %s",
                             gp_type_name(gp_typeof(args[1])));
    return gp_call_tuple_dict(t, args[0], args[1], NULL);
}

static const gp_method_def sys_functions[] = {
    {"breakpointhook", s_breakpointhook, 0, "Call the debugger named by $PYTHONBREAKPOINT (pdb.set_trace by default)."},
    {"exit", s_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", s_getrecursionlimit, 0, "Return the current value of the recursion limit."},
    {"setrecursionlimit", s_setrecursionlimit, 0, "Set the maximum depth of the Python interpreter stack to n."},
    {"getrefcount", s_getrefcount, 0, "Return the reference count of object."},
    {"intern", s_intern, 0, "``Intern'' the given string."},
    {"_is_gil_enabled", s_is_gil_enabled, 0, "Return True if the GIL is currently enabled."},
    {"get_int_max_str_digits", s_get_int_max_str_digits, 0, "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", s_set_int_max_str_digits, 0, "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"is_finalizing", s_is_finalizing, 0, "Return True if Python is exiting."},
    {"getswitchinterval", s_getswitchinterval, 0, "Return the current thread switch interval."},
    {"setswitchinterval", s_setswitchinterval, 0, "Set the ideal thread switching delay."},
    {"exc_info", s_exc_info, 0, "Return current exception information: (type, value, traceback)."},
    {"exception", s_exception, 0, "Return the current exception."},
    {"_getframe", s_getframe, 0, "Return a frame object from the call stack."},
    {"getsizeof", s_getsizeof, 0, "Return the size of object in bytes."},
    {"displayhook", s_displayhook, 0, "Print an object to sys.stdout and also save it in builtins._"},
    {"excepthook", s_excepthook, 0, "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"getdefaultencoding", s_getdefaultencoding, 0, "Return the current default encoding."},
    {"getfilesystemencoding", s_getdefaultencoding, 0, "Return the filesystem encoding."},
    {"getfilesystemencodeerrors", s_getfilesystemencodeerrors, 0,
     "Return the error mode used Unicode to OS filename conversion."},
    {"call_tracing", s_call_tracing, 0, "Call func(*args), while tracing is enabled."},
    {"unraisablehook", s_unraisablehook, 0, "Handle an unraisable exception."},
    {NULL, NULL, 0, NULL},
};

/* The getter of one named field: self is the field's index. */
static gp_obj *field_getter(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kw) {
    if (gp_args_count(t, "field", nargs, 1, 1) < 0) return NULL;
    return gp_obj_getitem(t, args[0], self);
}

static const gp_method_def field_getter_def = {"field", field_getter, 0, NULL};

/* repr() of a record: "sys.float_info(max=..., dig=15, ...)", the field
   names read from the class's __match_args__. */
static gp_obj *seq_repr(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "__repr__", nargs, 0, 0) < 0) return NULL;
    gp_obj *type = (gp_obj *)gp_typeof(self);
    gp_obj *mod = gp_obj_getattr_cstr(t, type, "__module__");
    gp_obj *name = mod ? gp_obj_getattr_cstr(t, type, "__name__") : NULL;
    gp_obj *fields = name ? gp_obj_getattr_cstr(t, type, "__match_args__") : NULL;
    gp_obj *r = NULL;
    if (!fields) goto done;
    gp_strbuf b;
    gp_strbuf_init(&b);
    if (gp_strbuf_append_str(t, &b, mod) < 0) goto fail;
    gp_strbuf_append_char(&b, '.');
    if (gp_strbuf_append_str(t, &b, name) < 0) goto fail;
    gp_strbuf_append_char(&b, '(');
    gp_ssize n = gp_tuple_size(fields);
    for (gp_ssize i = 0; i < n && i < gp_tuple_size(self); i++) {
        if (i) gp_strbuf_append_cstr(&b, ", ");
        if (gp_strbuf_append_str(t, &b, gp_tuple_get_borrow(fields, i)) < 0) goto fail;
        gp_strbuf_append_char(&b, '=');
        if (gp_strbuf_append_repr(t, &b, gp_tuple_get_borrow(self, i)) < 0) goto fail;
    }
    gp_strbuf_append_char(&b, ')');
    r = gp_strbuf_finish(t, &b);
    goto done;
fail:
    gp_strbuf_free(&b);
done:
    gp_xdecref(mod);
    gp_xdecref(name);
    gp_xdecref(fields);
    return r;
}

static const gp_method_def seq_repr_def = {"__repr__", seq_repr, 0, "Return repr(self)."};

/* A read-only record such as sys.version_info, as a tuple subclass made at
   start-up with named fields.  `name` is "module.Name", as CPython's
   struct sequence types are named. */
static gp_obj *struct_seq(gp_thread *t, const char *name, const char *const *fields, gp_obj **values,
                          int n) {
    const char *dot = strrchr(name, '.');
    gp_obj *ns = gp_dict_new(t);
    gp_obj *bases = ns ? gp_tuple_pack(t, 1, (gp_obj *)&gp_tuple_type) : NULL;
    gp_obj *type = NULL, *tup = NULL, *inst = NULL, *modname = NULL, *names = NULL;
    if (!bases) goto done;
    gp_obj *slots = gp_tuple_new(t, 0);
    if (!slots || gp_dict_set_str(t, ns, "__slots__", slots) < 0) {
        gp_xdecref(slots);
        goto done;
    }
    gp_decref(slots);
    modname = gp_str_new(t, name, dot ? dot - name : 0);
    names = gp_tuple_new(t, n);
    if (!modname || !names || gp_dict_set_str(t, ns, "__module__", modname) < 0) goto done;
    for (int i = 0; i < n; i++) {
        gp_obj *f = gp_str_from_cstr(t, fields[i]);
        if (!f) goto done;
        gp_tuple_items(names)[i] = f;
    }
    if (gp_dict_set_str(t, ns, "__match_args__", names) < 0) goto done;
    static const char *const counts[] = {"n_sequence_fields", "n_fields", "n_unnamed_fields"};
    for (int i = 0; i < 3; i++)
        if (gp_dict_set_str(t, ns, counts[i], gp_small_new(i == 2 ? 0 : n)) < 0) goto done;
    type = gp_type_new_heap(t, &gp_type_type, dot ? dot + 1 : name, bases, ns);
    if (!type) goto done;
    gp_obj *repr = gp_method_descr_new(t, (gp_type *)type, &seq_repr_def);
    int rrc = repr ? gp_obj_setattr_cstr(t, type, "__repr__", repr) : -1;
    gp_xdecref(repr);
    if (rrc < 0) goto done;
    tup = gp_tuple_from_array(t, values, n);
    if (!tup) goto done;
    inst = gp_call1(t, type, tup);
    if (!inst) goto done;
    /* Field names become class-level properties reading the item. */
    for (int i = 0; i < n; i++) {
        gp_obj *getter = gp_cfunction_new(t, &field_getter_def, gp_small_new(i), NULL);
        gp_obj *prop = getter ? gp_call1(t, (gp_obj *)&gp_property_type, getter) : NULL;
        gp_xdecref(getter);
        int rc = prop ? gp_obj_setattr_cstr(t, type, fields[i], prop) : -1;
        gp_xdecref(prop);
        if (rc < 0) {
            gp_clear(&inst);
            goto done;
        }
    }
done:
    gp_xdecref(ns);
    gp_xdecref(bases);
    gp_xdecref(type);
    gp_xdecref(tup);
    gp_xdecref(modname);
    gp_xdecref(names);
    return inst;
}

static int add_version_info(gp_thread *t, gp_obj *m) {
    static const char *const fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
    gp_obj *rel = gp_str_from_cstr(t, "final");
    if (!rel) return -1;
    gp_obj *vals[5] = {gp_small_new(GP_PY_MAJOR), gp_small_new(GP_PY_MINOR), gp_small_new(GP_PY_MICRO),
                       rel, gp_small_new(0)};
    gp_obj *vi = struct_seq(t, "sys.version_info", fields, vals, 5);
    gp_decref(rel);
    if (!vi) return -1;
    int rc = gp_module_add_object(t, m, "version_info", vi);
    gp_decref(vi);
    return rc;
}

/* types.SimpleNamespace is made here, because sys.implementation is one
   and sys exists before any module can be imported; lib/types.py takes
   the class from type(sys.implementation). */

static gp_type *namespace_type;

static gp_obj *ns_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (nargs > 0) return gp_err_format(t, &gp_exc_TypeError, "no positional arguments expected");
    gp_ssize nkw = kw ? gp_tuple_size(kw) : 0;
    for (gp_ssize i = 0; i < nkw; i++)
        if (gp_obj_setattr(t, self, gp_tuple_get_borrow(kw, i), args[i]) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *ns_dict(gp_thread *t, gp_obj *self) { return gp_obj_getattr_cstr(t, self, "__dict__"); }

static gp_obj *ns_repr(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "__repr__", nargs, 0, 0) < 0) return NULL;
    gp_obj *name = gp_typeof(self) == namespace_type
                       ? gp_str_from_cstr(t, "namespace")
                       : gp_obj_getattr_cstr(t, (gp_obj *)gp_typeof(self), "__name__");
    if (!name) return NULL;
    int entered = gp_containers_repr_enter(t, self);
    if (entered != 0) {
        gp_obj *r = entered > 0 ? gp_str_from_format(t, "%U(...)", name) : NULL;
        gp_decref(name);
        return r;
    }
    gp_obj *r = NULL, *dict = ns_dict(t, self);
    gp_strbuf b;
    gp_strbuf_init(&b);
    if (!dict || gp_strbuf_append_str(t, &b, name) < 0) goto fail;
    gp_strbuf_append_char(&b, '(');
    gp_ssize pos = 0;
    gp_obj *k, *v;
    int first = 1;
    while (gp_dict_next_ref(dict, &pos, &k, &v)) {
        int rc = 0;
        if (!first) gp_strbuf_append_cstr(&b, ", ");
        first = 0;
        if (gp_str_check(k)) rc = gp_strbuf_append_str(t, &b, k);
        else rc = gp_strbuf_append_repr(t, &b, k);
        if (rc == 0) {
            gp_strbuf_append_char(&b, '=');
            rc = gp_strbuf_append_repr(t, &b, v);
        }
        gp_decref(k);
        gp_decref(v);
        if (rc < 0) goto fail;
    }
    gp_strbuf_append_char(&b, ')');
    r = gp_strbuf_finish(t, &b);
    goto done;
fail:
    gp_strbuf_free(&b);
done:
    gp_containers_repr_leave(t, self);
    gp_xdecref(dict);
    gp_decref(name);
    return r;
}

static gp_obj *ns_eq(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "__eq__", nargs, 1, 1) < 0) return NULL;
    if (!gp_type_is_subtype(gp_typeof(args[0]), namespace_type)) return GP_NOTIMPLEMENTED;
    gp_obj *a = ns_dict(t, self);
    gp_obj *b = a ? ns_dict(t, args[0]) : NULL;
    gp_obj *r = b ? gp_obj_richcompare(t, a, b, GP_EQ) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    return r;
}

static gp_obj *ns_reduce(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "__reduce__", nargs, 0, 0) < 0) return NULL;
    gp_obj *dict = ns_dict(t, self);
    gp_obj *empty = dict ? gp_tuple_new(t, 0) : NULL;
    gp_obj *r = empty ? gp_tuple_pack(t, 3, (gp_obj *)gp_typeof(self), empty, dict) : NULL;
    gp_xdecref(dict);
    gp_xdecref(empty);
    return r;
}

static const gp_method_def ns_methods[] = {
    {"__init__", ns_init, 0, "Initialize self.  See help(type(self)) for accurate signature."},
    {"__repr__", ns_repr, 0, "Return repr(self)."},
    {"__eq__", ns_eq, 0, "Return self==value."},
    {"__reduce__", ns_reduce, 0, "Return state information for pickling"},
    {NULL, NULL, 0, NULL},
};

static gp_obj *make_namespace_type(gp_thread *t) {
    gp_obj *ns = gp_dict_new(t);
    gp_obj *bases = ns ? gp_tuple_pack(t, 1, (gp_obj *)&gp_object_type) : NULL;
    gp_obj *mod = bases ? gp_str_from_cstr(t, "types") : NULL;
    gp_obj *doc = mod ? gp_str_from_cstr(t, "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)")
                      : NULL;
    gp_obj *type = NULL;
    if (!doc || gp_dict_set_str(t, ns, "__module__", mod) < 0 || gp_dict_set_str(t, ns, "__doc__", doc) < 0 ||
        gp_dict_set_str(t, ns, "__hash__", GP_NONE) < 0)
        goto done;
    type = gp_type_new_heap(t, &gp_type_type, "SimpleNamespace", bases, ns);
    for (const gp_method_def *d = ns_methods; type && d->name; d++) {
        gp_obj *m = gp_method_descr_new(t, (gp_type *)type, d);
        int rc = m ? gp_obj_setattr_cstr(t, type, d->name, m) : -1;
        gp_xdecref(m);
        if (rc < 0) gp_clear(&type);
    }
done:
    gp_xdecref(ns);
    gp_xdecref(bases);
    gp_xdecref(mod);
    gp_xdecref(doc);
    return type;
}

/* The type of the record sys.unraisablehook receives
   (UnraisableHookArgs, which 3.11 does not name in sys), made from a first
   record with None fields and kept for the life of the process. */

gp_obj *gp_sys_unraisable_args_type(void) { return unraisable_args_type; }

static int add_unraisable_args(gp_thread *t, gp_obj *m) {
    static const char *const fields[] = {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"};
    gp_obj *vals[5] = {GP_NONE, GP_NONE, GP_NONE, GP_NONE, GP_NONE};
    if (unraisable_args_type) return 0;
    gp_obj *proto = struct_seq(t, "sys.UnraisableHookArgs", fields, vals, 5);
    if (!proto) return -1;
    unraisable_args_type = gp_newref((gp_obj *)gp_typeof(proto));
    gp_decref(proto);
    return 0;
}

/* sys.implementation: name, cache_tag, version and hexversion. */
static int add_implementation(gp_thread *t, gp_obj *m) {
    gp_obj *type = make_namespace_type(t);
    if (!type) return -1;
    namespace_type = (gp_type *)type; /* kept alive by the module's reference below */
    gp_obj *impl = gp_call0(t, type);
    gp_decref(type);
    if (!impl) return -1;
    gp_obj *vi = gp_dict_get_str_borrow(t, gp_module_dict_borrow(m), "version_info");
    gp_obj *name = gp_str_from_cstr(t, "gilpy");
    gp_obj *tag = gp_str_from_cstr(t, "gilpy-311");
    gp_obj *hex = gp_small_new((GP_PY_MAJOR << 24) | (GP_PY_MINOR << 16) | (GP_PY_MICRO << 8) | 0xf0);
    int rc = -1;
    if (name && tag && gp_obj_setattr_cstr(t, impl, "name", name) == 0 &&
        gp_obj_setattr_cstr(t, impl, "cache_tag", tag) == 0 &&
        gp_obj_setattr_cstr(t, impl, "version", vi ? vi : GP_NONE) == 0 &&
        gp_obj_setattr_cstr(t, impl, "hexversion", hex) == 0)
        rc = gp_module_add_object(t, m, "implementation", impl);
    gp_xdecref(name);
    gp_xdecref(tag);
    gp_decref(impl);
    return rc;
}

/* A record of small ints and strings: values given as C strings are made
   into str objects, NULL ones are None. */
static int add_record(gp_thread *t, gp_obj *m, const char *attr, const char *tpname,
                      const char *const *fields, gp_obj **vals, int n) {
    gp_obj *rec = struct_seq(t, tpname, fields, vals, n);
    if (!rec) return -1;
    int rc = gp_module_add_object(t, m, attr, rec);
    gp_decref(rec);
    return rc;
}

static int add_int_hash_thread_info(gp_thread *t, gp_obj *m) {
    static const char *const int_fields[] = {"bits_per_digit", "sizeof_digit",
                                             "default_max_str_digits",
                                             "str_digits_check_threshold"};
    gp_obj *ivals[4] = {gp_small_new(30), gp_small_new(4), gp_small_new(4300), gp_small_new(640)};
    if (add_record(t, m, "int_info", "sys.int_info", int_fields, ivals, 4) < 0) return -1;

    static const char *const hash_fields[] = {"width", "modulus", "inf", "nan", "imag",
                                              "algorithm", "hash_bits", "seed_bits", "cutoff"};
    gp_obj *alg = gp_str_from_cstr(t, "siphash13");
    if (!alg) return -1;
    gp_obj *hvals[9] = {gp_small_new(64), gp_small_new(((intptr_t)1 << 61) - 1),
                        gp_small_new(314159), gp_small_new(0), gp_small_new(1000003), alg,
                        gp_small_new(64), gp_small_new(128), gp_small_new(0)};
    int rc = add_record(t, m, "hash_info", "sys.hash_info", hash_fields, hvals, 9);
    gp_decref(alg);
    if (rc < 0) return -1;

    static const char *const thread_fields[] = {"name", "lock", "version"};
    gp_obj *name = gp_str_from_cstr(t, "pthread");
    gp_obj *lock = gp_str_from_cstr(t, "mutex+cond");
    gp_obj *tvals[3] = {name, lock, GP_NONE};
    rc = name && lock ? add_record(t, m, "thread_info", "sys.thread_info", thread_fields, tvals, 3) : -1;
    gp_xdecref(name);
    gp_xdecref(lock);
    if (rc < 0) return -1;
    return gp_module_add_str(t, m, "float_repr_style", "short");
}

static int add_float_info(gp_thread *t, gp_obj *m) {
    static const char *const fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                         "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"};
    gp_obj *vals[11] = {gp_float_new(t, DBL_MAX), gp_small_new(DBL_MAX_EXP), gp_small_new(DBL_MAX_10_EXP),
                        gp_float_new(t, DBL_MIN), gp_small_new(DBL_MIN_EXP), gp_small_new(DBL_MIN_10_EXP),
                        gp_small_new(DBL_DIG), gp_small_new(DBL_MANT_DIG), gp_float_new(t, DBL_EPSILON),
                        gp_small_new(FLT_RADIX), gp_small_new(1)};
    gp_obj *fi = NULL;
    if (vals[0] && vals[3] && vals[8]) fi = struct_seq(t, "sys.float_info", fields, vals, 11);
    gp_xdecref(vals[0]);
    gp_xdecref(vals[3]);
    gp_xdecref(vals[8]);
    if (!fi) return -1;
    int rc = gp_module_add_object(t, m, "float_info", fi);
    gp_decref(fi);
    return rc;
}

static int add_flags(gp_thread *t, gp_obj *m) {
    static const char *const fields[] = {
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
        "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
        "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};
    enum { N = sizeof fields / sizeof fields[0] };
    gp_obj *vals[N];
    for (int i = 0; i < N; i++) vals[i] = gp_small_new(0);
    vals[2] = gp_small_new(t->interp->interactive);
    vals[4] = gp_small_new(1);
    vals[11] = gp_small_new(1);
    vals[14] = gp_small_new(1);
    vals[17] = gp_small_new(-1);
    gp_obj *flags = struct_seq(t, "sys.flags", fields, vals, N);
    if (!flags) return -1;
    int rc = gp_module_add_object(t, m, "flags", flags);
    gp_decref(flags);
    return rc;
}

static int add_stream(gp_thread *t, gp_obj *m, const char *name, const char *dunder, int fd,
                      const char *mode) {
    int line_buffering = isatty(fd) || fd == 2;
    if (t->interp->unbuffered && fd != 0) line_buffering = 2; /* write through */
    const char *names[] = {"<stdin>", "<stdout>", "<stderr>"};
    gp_obj *f = gp_io_open_fd(t, fd, mode, names[fd], line_buffering);
    if (!f) return -1;
    int rc = gp_module_add_object(t, m, name, f);
    if (rc == 0) rc = gp_module_add_object(t, m, dunder, f);
    gp_decref(f);
    return rc;
}

gp_obj *gp_mod_sys_init(gp_thread *t) {
    gp_interp *in = t->interp;
    gp_obj *m = gp_module_new(t, "sys");
    if (!m || gp_module_add_functions(t, m, sys_functions) < 0) goto error;
    gp_obj *path = gp_list_new(t, 0);
    if (!path || gp_module_add_object(t, m, "path", path) < 0) {
        gp_xdecref(path);
        goto error;
    }
    gp_decref(path);
    char version[128];
    snprintf(version, sizeof version, "%d.%d.%d (gilpy %s)", GP_PY_MAJOR, GP_PY_MINOR, GP_PY_MICRO,
             GP_VERSION);
    gp_obj *lists[] = {gp_list_new(t, 0), gp_list_new(t, 0), gp_list_new(t, 0), gp_dict_new(t)};
    const char *list_names[] = {"meta_path", "path_hooks", "warnoptions", "path_importer_cache"};
    for (int i = 0; i < 4; i++) {
        if (!lists[i] || gp_module_add_object(t, m, list_names[i], lists[i]) < 0) goto error;
        gp_decref(lists[i]);
    }
    gp_obj *names = gp_list_new(t, 0);
    if (!names) goto error;
    for (const gp_builtin_module *b = gp_builtin_modules; b->name; b++) {
        gp_obj *s = gp_str_from_cstr(t, b->name);
        if (!s || gp_list_append_steal(t, names, s) < 0) goto error;
    }
    gp_obj *bmn = gp_list_as_tuple(t, names);
    gp_decref(names);
    if (!bmn || gp_module_add_object(t, m, "builtin_module_names", bmn) < 0) goto error;
    gp_decref(bmn);
    const char *exe = in->program ? in->program : "gilpy";
    char real[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", real, sizeof real - 1);
    if (n > 0) {
        real[n] = '\0';
        exe = real;
    }
    if (gp_module_add_object(t, m, "modules", in->modules) < 0 ||
        gp_module_add_object(t, m, "argv", in->argv) < 0 ||
        gp_module_add_object(t, m, "orig_argv", in->argv) < 0 ||
        gp_module_add_object(t, m, "_xoptions", in->xoptions) < 0 ||
        gp_module_add_int(t, m, "maxsize", INTPTR_MAX) < 0 ||
        gp_module_add_int(t, m, "maxunicode", 0x10FFFF) < 0 ||
        gp_module_add_int(t, m, "hexversion", (GP_PY_MAJOR << 24) | (GP_PY_MINOR << 16) | (GP_PY_MICRO << 8) | 0xf0) < 0 ||
        gp_module_add_int(t, m, "api_version", 1013) < 0 ||
        gp_module_add_str(t, m, "version", version) < 0 ||
        gp_module_add_str(t, m, "platform", "linux") < 0 ||
        gp_module_add_str(t, m, "byteorder", "little") < 0 ||
        gp_module_add_str(t, m, "executable", exe) < 0 ||
        gp_module_add_str(t, m, "prefix", "/usr/local") < 0 ||
        gp_module_add_str(t, m, "exec_prefix", "/usr/local") < 0 ||
        /* Outside a virtual environment the base prefixes are the prefixes. */
        gp_module_add_str(t, m, "base_prefix", "/usr/local") < 0 ||
        gp_module_add_str(t, m, "base_exec_prefix", "/usr/local") < 0 ||
        gp_module_add_str(t, m, "platlibdir", "lib") < 0 ||
        gp_module_add_str(t, m, "abiflags", "") < 0 ||
        gp_module_add_object(t, m, "pycache_prefix", GP_NONE) < 0 ||
        gp_module_add_str(t, m, "copyright", "Copyright (c) gilpy authors.") < 0 ||
        gp_module_add_object(t, m, "dont_write_bytecode", GP_TRUE) < 0)
        goto error;
    /* sys.__displayhook__ and friends keep the originals. */
    gp_obj *d = gp_module_dict_borrow(m);
    gp_obj *dh = gp_dict_get_str_borrow(t, d, "displayhook");
    gp_obj *eh = gp_dict_get_str_borrow(t, d, "excepthook");
    gp_obj *bh = gp_dict_get_str_borrow(t, d, "breakpointhook");
    gp_obj *uh = gp_dict_get_str_borrow(t, d, "unraisablehook");
    if ((bh && gp_dict_set_str(t, d, "__breakpointhook__", bh) < 0) ||
        (uh && gp_dict_set_str(t, d, "__unraisablehook__", uh) < 0) ||
        (dh && gp_dict_set_str(t, d, "__displayhook__", dh) < 0) ||
        (eh && gp_dict_set_str(t, d, "__excepthook__", eh) < 0))
        goto error;
    if (gp_io_init_types(t, m) < 0) goto error;
    if (add_stream(t, m, "stdin", "__stdin__", 0, "r") < 0 ||
        add_stream(t, m, "stdout", "__stdout__", 1, "w") < 0 ||
        add_stream(t, m, "stderr", "__stderr__", 2, "w") < 0)
        goto error;
    in->sys_mod = m;
    in->sysdict = d;
    if (add_version_info(t, m) < 0 || add_implementation(t, m) < 0 || add_unraisable_args(t, m) < 0 || add_float_info(t, m) < 0 ||
        add_int_hash_thread_info(t, m) < 0 ||
        add_flags(t, m) < 0)
        goto error;
    return m;
error:
    gp_xdecref(m);
    return NULL;
}
