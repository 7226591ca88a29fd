/* The built-in exception classes.  Every class of error.h's list is a
   static type with the shared gp_exc layout; the few that carry more state
   (StopIteration, SystemExit, ImportError, OSError, SyntaxError, the
   Unicode errors, NameError, AttributeError) extend it and get their own
   __init__ and __str__ in gp_exceptions_init. */
#include <errno.h>

#include "objects/typeobj_impl.h"

typedef struct {
    gp_exc base;
    gp_obj *value;
} stopiteration_exc;

typedef struct {
    gp_exc base;
    gp_obj *code;
} systemexit_exc;

typedef struct {
    gp_exc base;
    gp_obj *msg, *name, *path;
} import_exc;

typedef struct {
    gp_exc base;
    gp_obj *myerrno, *strerror, *filename, *filename2;
    gp_ssize written;
} os_exc;

typedef struct {
    gp_exc base;
    gp_obj *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset, *print_file_and_line;
} syntax_exc;

typedef struct {
    gp_exc base;
    gp_obj *encoding, *object, *start, *end, *reason;
} unicode_exc;

typedef struct {
    gp_exc base;
    gp_obj *name;
} name_exc;

typedef struct {
    gp_exc base;
    gp_obj *name, *obj;
} attribute_exc;

/* ------------------------------------------------------- BaseException */

static gp_obj *exc_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_exc *e = (gp_exc *)gp_obj_alloc(t, type, 0);
    if (!e) return NULL;
    e->args = gp_tuple_from_array(t, args, nargs);
    if (!e->args) {
        gp_decref((gp_obj *)e);
        return NULL;
    }
    if (type->flags & GP_TPFLAGS_HAVE_GC) gp_gc_track((gp_obj *)e);
    return (gp_obj *)e;
}

static int no_keywords(gp_thread *t, gp_obj *self, gp_obj *kw) {
    if (kw && gp_tuple_size(kw) > 0) {
        gp_err_format(t, &gp_exc_TypeError, "%s() takes no keyword arguments", gp_type_name(gp_typeof(self)));
        return -1;
    }
    return 0;
}

static int set_args(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs) {
    gp_obj *tup = gp_tuple_from_array(t, args, nargs);
    if (!tup) return -1;
    gp_setref_steal(&((gp_exc *)self)->args, tup);
    return 0;
}

static int exc_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (no_keywords(t, self, kw) < 0) return -1;
    return set_args(t, self, args, nargs);
}

/* The layouts differ only in how many object fields follow gp_exc: every
   extension is a run of gp_obj pointers (OSError's count is a plain word
   after them), so one dealloc clears them all by the type's size. */
static gp_ssize extra_object_fields(gp_type *type) {
    while (type->flags & GP_TPFLAGS_HEAPTYPE) type = type->tp_base;
    gp_ssize extra = type->basicsize - (gp_ssize)sizeof(gp_exc);
    if (gp_type_is_subtype(type, &gp_exc_OSError)) extra -= sizeof(gp_ssize);
    return extra > 0 ? extra / (gp_ssize)sizeof(gp_obj *) : 0;
}

static void exc_dealloc(gp_obj *o) {
    gp_exc *e = (gp_exc *)o;
    if (o->ob_type->flags & GP_TPFLAGS_HAVE_GC) gp_gc_untrack(o);
    gp_obj **extra = (gp_obj **)((char *)o + sizeof(gp_exc));
    gp_ssize n = extra_object_fields(o->ob_type);
    for (gp_ssize i = 0; i < n; i++) gp_clear(&extra[i]);
    gp_clear(&e->dict);
    gp_clear(&e->args);
    gp_clear(&e->traceback);
    gp_clear(&e->context);
    gp_clear(&e->cause);
    gp_obj_free(o);
}

static int exc_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_exc *e = (gp_exc *)o;
    gp_obj *fields[] = {e->dict, e->args, e->traceback, e->context, e->cause};
    for (int i = 0; i < 5; i++)
        if (fields[i] && visit(fields[i], arg)) return 1;
    gp_obj **extra = (gp_obj **)((char *)o + sizeof(gp_exc));
    gp_ssize n = extra_object_fields(o->ob_type);
    for (gp_ssize i = 0; i < n; i++)
        if (extra[i] && visit(extra[i], arg)) return 1;
    return 0;
}

/* Drops every reference so that the collector can break a cycle such as
   exception -> traceback -> frame -> local variable -> exception. */
static int exc_clear(gp_obj *o) {
    gp_exc *e = (gp_exc *)o;
    gp_obj **extra = (gp_obj **)((char *)o + sizeof(gp_exc));
    gp_ssize n = extra_object_fields(o->ob_type);
    for (gp_ssize i = 0; i < n; i++) gp_clear(&extra[i]);
    gp_clear(&e->dict);
    gp_clear(&e->args);
    gp_clear(&e->traceback);
    gp_clear(&e->context);
    gp_clear(&e->cause);
    return 0;
}

static gp_obj *exc_str(gp_thread *t, gp_obj *self) {
    gp_obj *args = ((gp_exc *)self)->args;
    gp_ssize n = args ? gp_tuple_size(args) : 0;
    if (n == 0) return gp_str_from_cstr(t, "");
    if (n == 1) return gp_obj_str(t, gp_tuple_get_borrow(args, 0));
    return gp_obj_str(t, args);
}

static gp_obj *exc_repr(gp_thread *t, gp_obj *self) {
    gp_obj *args = ((gp_exc *)self)->args;
    gp_ssize n = args ? gp_tuple_size(args) : 0;
    const char *name = gp_type_name(gp_typeof(self));
    if (n == 1) return gp_str_from_format(t, "%s(%R)", name, gp_tuple_get_borrow(args, 0));
    if (n == 0) return gp_str_from_format(t, "%s()", name);
    return gp_str_from_format(t, "%s%R", name, args);
}

static gp_obj *exc_get_args(gp_thread *t, gp_obj *self, void *c) {
    gp_obj *a = ((gp_exc *)self)->args;
    return a ? gp_newref(a) : gp_tuple_new(t, 0);
}

static int exc_set_args(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    if (!v) {
        gp_err_format(t, &gp_exc_TypeError, "args may not be deleted");
        return -1;
    }
    gp_obj *tup = gp_seq_tuple(t, v);
    if (!tup) return -1;
    gp_setref_steal(&((gp_exc *)self)->args, tup);
    return 0;
}

static gp_obj *exc_get_tb(gp_thread *t, gp_obj *self, void *c) {
    gp_obj *tb = ((gp_exc *)self)->traceback;
    return gp_newref(tb ? tb : GP_NONE);
}

static int exc_set_tb(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    if (!v) {
        gp_err_format(t, &gp_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != GP_NONE && gp_typeof(v) != &gp_traceback_type) {
        gp_err_format(t, &gp_exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    gp_exc_set_traceback(self, v);
    return 0;
}

static int is_exception(gp_obj *o) { return !gp_is_small(o) && GP_FAST_CHECK(o, GP_TPFLAGS_BASE_EXC_SUBCLASS); }

static gp_obj *exc_get_context(gp_thread *t, gp_obj *self, void *c) {
    gp_obj *v = ((gp_exc *)self)->context;
    return gp_newref(v ? v : GP_NONE);
}

static int exc_set_context(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    if (!v) {
        gp_err_format(t, &gp_exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v == GP_NONE) {
        gp_exc_set_context_steal(self, NULL);
        return 0;
    }
    if (!is_exception(v)) {
        gp_err_format(t, &gp_exc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    gp_exc_set_context_steal(self, gp_newref(v));
    return 0;
}

static gp_obj *exc_get_cause(gp_thread *t, gp_obj *self, void *c) {
    gp_obj *v = ((gp_exc *)self)->cause;
    return gp_newref(v ? v : GP_NONE);
}

static int exc_set_cause(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    if (!v) {
        gp_err_format(t, &gp_exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v == GP_NONE) {
        gp_exc_set_cause_steal(self, NULL);
        return 0;
    }
    if (!is_exception(v)) {
        gp_err_format(t, &gp_exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    gp_exc_set_cause_steal(self, gp_newref(v));
    return 0;
}

/* Made, read and replaced as an instance __dict__ is (object.c), so that
   threads sharing the exception never drop the same dict twice. */
static gp_obj *exc_get_dict(gp_thread *t, gp_obj *self, void *c) {
    return gp_obj_dict_ref(t, &((gp_exc *)self)->dict, 1);
}

static int exc_set_dict(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    if (!v || !gp_dict_check(v)) {
        gp_err_format(t, &gp_exc_TypeError, "__dict__ must be a dictionary");
        return -1;
    }
    gp_obj_dict_replace(t, self, &((gp_exc *)self)->dict, v);
    return 0;
}

static gp_obj *exc_with_traceback(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "with_traceback", nargs, 1, 1) < 0) return NULL;
    if (exc_set_tb(t, self, args[0], NULL) < 0) return NULL;
    return gp_newref(self);
}

static gp_obj *exc_add_note(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "add_note", nargs, 1, 1) < 0) return NULL;
    gp_obj *note = args[0];
    if (!gp_str_check(note))
        return gp_err_format(t, &gp_exc_TypeError, "note must be a str, not '%s'", gp_type_name(gp_typeof(note)));
    GP_ID(s_notes, "__notes__");
    gp_obj *notes = NULL;
    if (gp_obj_lookup_attr(t, self, s_notes, &notes) < 0) return NULL;
    if (!notes) {
        notes = gp_list_new(t, 0);
        if (!notes) return NULL;
        if (gp_obj_setattr(t, self, s_notes, notes) < 0) {
            gp_decref(notes);
            return NULL;
        }
    }
    if (!gp_list_check(notes)) {
        gp_decref(notes);
        return gp_err_format(t, &gp_exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    int r = gp_list_append(t, notes, note);
    gp_decref(notes);
    if (r < 0) return NULL;
    return GP_NONE;
}

static gp_obj *exc_reduce(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_exc *e = (gp_exc *)self;
    gp_obj *a = e->args ? e->args : GP_NONE;
    if (e->dict && gp_dict_size(e->dict) > 0)
        return gp_tuple_pack(t, 3, (gp_obj *)gp_typeof(self), a, e->dict);
    return gp_tuple_pack(t, 2, (gp_obj *)gp_typeof(self), a);
}

static gp_obj *exc_setstate(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "__setstate__", nargs, 1, 1) < 0) return NULL;
    gp_obj *state = args[0];
    if (state != GP_NONE) {
        if (!gp_dict_check(state)) return gp_err_format(t, &gp_exc_TypeError, "state is not a dictionary");
        gp_ssize pos = 0;
        gp_obj *k, *v;
        while (gp_dict_next(state, &pos, &k, &v))
            if (gp_obj_setattr(t, self, k, v) < 0) return NULL;
    }
    return GP_NONE;
}

static const gp_method_def exc_methods[] = {
    {"with_traceback", exc_with_traceback, 0,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", exc_add_note, 0, "Exception.add_note(note) --\n    add a note to the exception"},
    {"__reduce__", exc_reduce, 0, NULL},
    {"__setstate__", exc_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const gp_member_def exc_members[] = {
    {"__suppress_context__", GP_MEMBER_BOOL, offsetof(gp_exc, suppress_context), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static const gp_getset_def exc_getset[] = {
    {"__dict__", exc_get_dict, exc_set_dict, NULL, NULL},
    {"args", exc_get_args, exc_set_args, NULL, NULL},
    {"__traceback__", exc_get_tb, exc_set_tb, NULL, NULL},
    {"__context__", exc_get_context, exc_set_context, NULL, NULL},
    {"__cause__", exc_get_cause, exc_set_cause, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ------------------------------------------------------------ the types */

#define GP_EXC_FLAGS (GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_BASE_EXC_SUBCLASS)
#define GP_DEFINE_EXC(N, B)                                                           \
    gp_type gp_exc_##N = {                                                            \
        GP_TYPE_HEAD,                                                                 \
        .name = #N,                                                                   \
        .basicsize = sizeof(gp_exc),                                                  \
        .flags = GP_EXC_FLAGS,                                                        \
        .tp_base = &gp_exc_##B,                                                       \
        .dictoffset = offsetof(gp_exc, dict),                                         \
    };
#define gp_exc_object gp_object_type
GP_EXCEPTIONS(GP_DEFINE_EXC)
#undef gp_exc_object
#undef GP_DEFINE_EXC

/* ----------------------------------------------------- KeyError, Stop... */

static gp_obj *keyerror_str(gp_thread *t, gp_obj *self) {
    gp_obj *args = ((gp_exc *)self)->args;
    if (args && gp_tuple_size(args) == 1) return gp_obj_repr(t, gp_tuple_get_borrow(args, 0));
    return exc_str(t, self);
}

static int stopiteration_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (exc_init(t, self, args, nargs, kw) < 0) return -1;
    gp_setref_steal(&((stopiteration_exc *)self)->value, gp_newref(nargs > 0 ? args[0] : GP_NONE));
    return 0;
}

static const gp_member_def stopiteration_members[] = {
    {"value", GP_MEMBER_OBJECT, offsetof(stopiteration_exc, value), 0, "generator return value"},
    {NULL, 0, 0, 0, NULL},
};

static int systemexit_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (exc_init(t, self, args, nargs, kw) < 0) return -1;
    gp_obj *code;
    if (nargs == 0)
        code = GP_NONE;
    else if (nargs == 1)
        code = gp_newref(args[0]);
    else
        code = gp_newref(((gp_exc *)self)->args);
    gp_setref_steal(&((systemexit_exc *)self)->code, code);
    return 0;
}

static const gp_member_def systemexit_members[] = {
    {"code", GP_MEMBER_OBJECT, offsetof(systemexit_exc, code), 0, "exception code"},
    {NULL, 0, 0, 0, NULL},
};

/* Keyword arguments allowed by ImportError, NameError and AttributeError. */
static int take_keywords(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                         const char *const *names, gp_obj **out) {
    gp_ssize nkw = kw ? gp_tuple_size(kw) : 0;
    for (gp_ssize i = 0; i < nkw; i++) {
        gp_obj *k = gp_tuple_get_borrow(kw, i);
        int found = 0;
        for (int j = 0; names[j]; j++)
            if (gp_str_eq_cstr(k, names[j])) {
                out[j] = args[nargs + i];
                found = 1;
            }
        if (!found) {
            gp_err_format(t, &gp_exc_TypeError, "%R is an invalid keyword argument for %s()", k,
                          gp_type_name(gp_typeof(self)));
            return -1;
        }
    }
    return 0;
}

static int importerror_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    static const char *const names[] = {"name", "path", NULL};
    gp_obj *vals[2] = {NULL, NULL};
    if (take_keywords(t, self, args, nargs, kw, names, vals) < 0) return -1;
    if (set_args(t, self, args, nargs) < 0) return -1;
    import_exc *e = (import_exc *)self;
    gp_setref_steal(&e->name, gp_xnewref(vals[0]));
    gp_setref_steal(&e->path, gp_xnewref(vals[1]));
    gp_setref_steal(&e->msg, gp_xnewref(nargs == 1 ? args[0] : NULL));
    return 0;
}

static gp_obj *importerror_str(gp_thread *t, gp_obj *self) {
    import_exc *e = (import_exc *)self;
    if (e->msg && e->msg != GP_NONE) return gp_obj_str(t, e->msg);
    return exc_str(t, self);
}

static const gp_member_def importerror_members[] = {
    {"msg", GP_MEMBER_OBJECT, offsetof(import_exc, msg), 0, "exception message"},
    {"name", GP_MEMBER_OBJECT, offsetof(import_exc, name), 0, "module name"},
    {"path", GP_MEMBER_OBJECT, offsetof(import_exc, path), 0, "module path"},
    {NULL, 0, 0, 0, NULL},
};

static int nameerror_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    static const char *const names[] = {"name", NULL};
    gp_obj *vals[1] = {NULL};
    if (take_keywords(t, self, args, nargs, kw, names, vals) < 0) return -1;
    if (set_args(t, self, args, nargs) < 0) return -1;
    gp_setref_steal(&((name_exc *)self)->name, gp_xnewref(vals[0]));
    return 0;
}

static const gp_member_def nameerror_members[] = {
    {"name", GP_MEMBER_OBJECT, offsetof(name_exc, name), 0, "name"},
    {NULL, 0, 0, 0, NULL},
};

static int attributeerror_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    static const char *const names[] = {"name", "obj", NULL};
    gp_obj *vals[2] = {NULL, NULL};
    if (take_keywords(t, self, args, nargs, kw, names, vals) < 0) return -1;
    if (set_args(t, self, args, nargs) < 0) return -1;
    attribute_exc *e = (attribute_exc *)self;
    gp_setref_steal(&e->name, gp_xnewref(vals[0]));
    gp_setref_steal(&e->obj, gp_xnewref(vals[1]));
    return 0;
}

static const gp_member_def attributeerror_members[] = {
    {"name", GP_MEMBER_OBJECT, offsetof(attribute_exc, name), 0, "attribute name"},
    {"obj", GP_MEMBER_OBJECT, offsetof(attribute_exc, obj), 0, "object"},
    {NULL, 0, 0, 0, NULL},
};

void gp_exc_set_attribute_error_info(gp_thread *t, gp_obj *name, gp_obj *obj) {
    gp_obj *exc = t->exc;
    if (!exc || gp_typeof(exc) != &gp_exc_AttributeError) return;
    attribute_exc *e = (attribute_exc *)exc;
    gp_setref_steal(&e->name, gp_newref(name));
    gp_setref_steal(&e->obj, gp_newref(obj));
}

/* ----------------------------------------------------------------- OSError */

static gp_type *errno_subclass(long code) {
    switch (code) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS: return &gp_exc_BlockingIOError;
    case ECHILD: return &gp_exc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return &gp_exc_BrokenPipeError;
    case ECONNABORTED: return &gp_exc_ConnectionAbortedError;
    case ECONNREFUSED: return &gp_exc_ConnectionRefusedError;
    case ECONNRESET: return &gp_exc_ConnectionResetError;
    case EEXIST: return &gp_exc_FileExistsError;
    case ENOENT: return &gp_exc_FileNotFoundError;
    case EISDIR: return &gp_exc_IsADirectoryError;
    case ENOTDIR: return &gp_exc_NotADirectoryError;
    case EINTR: return &gp_exc_InterruptedError;
    case EACCES:
    case EPERM: return &gp_exc_PermissionError;
    case ESRCH: return &gp_exc_ProcessLookupError;
    case ETIMEDOUT: return &gp_exc_TimeoutError;
    default: return NULL;
    }
}

static gp_obj *oserror_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (type == &gp_exc_OSError && nargs >= 2 && nargs <= 5 && gp_int_check(args[0])) {
        int64_t code;
        if (gp_int_as_i64(t, args[0], &code) < 0)
            gp_err_clear(t);
        else {
            gp_type *sub = errno_subclass((long)code);
            if (sub) type = sub;
        }
    }
    gp_obj *o = exc_new(t, type, args, nargs, kw);
    if (o) ((os_exc *)o)->written = -1;
    return o;
}

static int oserror_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (no_keywords(t, self, kw) < 0) return -1;
    os_exc *e = (os_exc *)self;
    if (set_args(t, self, args, nargs) < 0) return -1;
    if (nargs >= 2 && nargs <= 5) {
        gp_setref_steal(&e->myerrno, gp_newref(args[0]));
        gp_setref_steal(&e->strerror, gp_newref(args[1]));
        if (nargs >= 3 && args[2] != GP_NONE) {
            gp_setref_steal(&e->filename, gp_newref(args[2]));
            if (nargs == 5 && args[4] != GP_NONE) gp_setref_steal(&e->filename2, gp_newref(args[4]));
            /* With a filename the args keep only (errno, strerror). */
            if (set_args(t, self, args, 2) < 0) return -1;
        }
    }
    return 0;
}

static gp_obj *oserror_str(gp_thread *t, gp_obj *self) {
    os_exc *e = (os_exc *)self;
    if (e->filename && e->filename2)
        return gp_str_from_format(t, "[Errno %S] %S: %R -> %R", e->myerrno ? e->myerrno : GP_NONE,
                                  e->strerror ? e->strerror : GP_NONE, e->filename, e->filename2);
    if (e->filename)
        return gp_str_from_format(t, "[Errno %S] %S: %R", e->myerrno ? e->myerrno : GP_NONE,
                                  e->strerror ? e->strerror : GP_NONE, e->filename);
    if (e->myerrno && e->strerror) return gp_str_from_format(t, "[Errno %S] %S", e->myerrno, e->strerror);
    return exc_str(t, self);
}

static gp_obj *oserror_get_written(gp_thread *t, gp_obj *self, void *c) {
    os_exc *e = (os_exc *)self;
    if (e->written < 0) return gp_err_format(t, &gp_exc_AttributeError, "characters_written");
    return gp_int_from_ssize(t, e->written);
}

static int oserror_set_written(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    os_exc *e = (os_exc *)self;
    if (!v) {
        if (e->written < 0) {
            gp_err_format(t, &gp_exc_AttributeError, "characters_written");
            return -1;
        }
        e->written = -1;
        return 0;
    }
    gp_ssize n;
    if (gp_number_as_ssize(t, v, &gp_exc_ValueError, &n) < 0) return -1;
    e->written = n;
    return 0;
}

static const gp_member_def oserror_members[] = {
    {"errno", GP_MEMBER_OBJECT, offsetof(os_exc, myerrno), 0, "POSIX exception code"},
    {"strerror", GP_MEMBER_OBJECT, offsetof(os_exc, strerror), 0, "exception strerror"},
    {"filename", GP_MEMBER_OBJECT, offsetof(os_exc, filename), 0, "exception filename"},
    {"filename2", GP_MEMBER_OBJECT, offsetof(os_exc, filename2), 0, "second exception filename"},
    {NULL, 0, 0, 0, NULL},
};

static const gp_getset_def oserror_getset[] = {
    {"characters_written", oserror_get_written, oserror_set_written, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ------------------------------------------------------------- SyntaxError */

static int syntaxerror_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (no_keywords(t, self, kw) < 0) return -1;
    if (set_args(t, self, args, nargs) < 0) return -1;
    syntax_exc *e = (syntax_exc *)self;
    if (nargs >= 1) gp_setref_steal(&e->msg, gp_newref(args[0]));
    if (nargs == 2) {
        gp_obj *info = gp_seq_tuple(t, args[1]);
        if (!info) return -1;
        gp_ssize n = gp_tuple_size(info);
        if (n < 4 || n > 6) {
            gp_decref(info);
            gp_err_format(t, &gp_exc_IndexError, "tuple index out of range");
            return -1;
        }
        gp_obj **fields[6] = {&e->filename, &e->lineno, &e->offset, &e->text, &e->end_lineno, &e->end_offset};
        for (gp_ssize i = 0; i < n; i++) gp_setref_steal(fields[i], gp_newref(gp_tuple_get_borrow(info, i)));
        gp_decref(info);
    }
    return 0;
}

static gp_obj *syntaxerror_str(gp_thread *t, gp_obj *self) {
    syntax_exc *e = (syntax_exc *)self;
    gp_obj *msg = e->msg ? e->msg : GP_NONE;
    gp_obj *fname = NULL;
    if (e->filename && gp_str_check(e->filename)) {
        const char *s = gp_str_utf8(e->filename);
        const char *slash = strrchr(s, '/');
        fname = gp_str_from_cstr(t, slash ? slash + 1 : s);
        if (!fname) return NULL;
    }
    int have_line = e->lineno && gp_int_check(e->lineno);
    gp_obj *r;
    if (fname && have_line)
        r = gp_str_from_format(t, "%S (%U, line %S)", msg, fname, e->lineno);
    else if (fname)
        r = gp_str_from_format(t, "%S (%U)", msg, fname);
    else if (have_line)
        r = gp_str_from_format(t, "%S (line %S)", msg, e->lineno);
    else
        r = gp_obj_str(t, msg);
    gp_xdecref(fname);
    return r;
}

static const gp_member_def syntaxerror_members[] = {
    {"msg", GP_MEMBER_OBJECT, offsetof(syntax_exc, msg), 0, "exception msg"},
    {"filename", GP_MEMBER_OBJECT, offsetof(syntax_exc, filename), 0, "exception filename"},
    {"lineno", GP_MEMBER_OBJECT, offsetof(syntax_exc, lineno), 0, "exception lineno"},
    {"offset", GP_MEMBER_OBJECT, offsetof(syntax_exc, offset), 0, "exception offset"},
    {"text", GP_MEMBER_OBJECT, offsetof(syntax_exc, text), 0, "exception text"},
    {"end_lineno", GP_MEMBER_OBJECT, offsetof(syntax_exc, end_lineno), 0, "exception end lineno"},
    {"end_offset", GP_MEMBER_OBJECT, offsetof(syntax_exc, end_offset), 0, "exception end offset"},
    {"print_file_and_line", GP_MEMBER_OBJECT, offsetof(syntax_exc, print_file_and_line), 0, "exception print_file_and_line"},
    {NULL, 0, 0, 0, NULL},
};

int gp_exc_is_syntax_error(gp_obj *exc) { return gp_type_is_subtype(gp_typeof(exc), &gp_exc_SyntaxError); }

/* ---------------------------------------------------------- Unicode errors */

static int unicode_init_common(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                               int has_encoding) {
    if (no_keywords(t, self, kw) < 0) return -1;
    if (set_args(t, self, args, nargs) < 0) return -1;
    if (gp_typeof(self) == &gp_exc_UnicodeError || !gp_type_is_subtype(gp_typeof(self), &gp_exc_UnicodeError))
        return 0;
    gp_ssize want = has_encoding ? 5 : 4;
    if (nargs != want) {
        gp_err_format(t, &gp_exc_TypeError, "function takes exactly %zd arguments (%zd given)", want, nargs);
        return -1;
    }
    unicode_exc *e = (unicode_exc *)self;
    gp_ssize i = 0;
    if (has_encoding) gp_setref_steal(&e->encoding, gp_newref(args[i++]));
    gp_setref_steal(&e->object, gp_newref(args[i++]));
    gp_setref_steal(&e->start, gp_newref(args[i++]));
    gp_setref_steal(&e->end, gp_newref(args[i++]));
    gp_setref_steal(&e->reason, gp_newref(args[i++]));
    return 0;
}

static int unicodeerror_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_type *tp = gp_typeof(self);
    int has_encoding = !gp_type_is_subtype(tp, &gp_exc_UnicodeTranslateError);
    return unicode_init_common(t, self, args, nargs, kw, has_encoding);
}

static int unicode_range(gp_thread *t, unicode_exc *e, gp_ssize *start, gp_ssize *end) {
    if (!e->start || !e->end || gp_int_as_ssize(t, e->start, start) < 0 || gp_int_as_ssize(t, e->end, end) < 0) {
        gp_err_clear(t);
        return -1;
    }
    return 0;
}

static gp_obj *escape_char(gp_thread *t, uint32_t c) {
    if (c < 0x100) return gp_str_from_format(t, "\\x%02x", (unsigned)c);
    if (c < 0x10000) return gp_str_from_format(t, "\\u%04x", (unsigned)c);
    return gp_str_from_format(t, "\\U%08x", (unsigned)c);
}

static gp_obj *unicodeerror_str(gp_thread *t, gp_obj *self) {
    unicode_exc *e = (unicode_exc *)self;
    gp_ssize start, end;
    if (!e->object || unicode_range(t, e, &start, &end) < 0) return exc_str(t, self);
    gp_obj *reason = e->reason ? e->reason : GP_NONE;
    gp_type *tp = gp_typeof(self);
    if (gp_type_is_subtype(tp, &gp_exc_UnicodeDecodeError)) {
        const char *data;
        gp_ssize n;
        if (gp_bytes_like(t, e->object, &data, &n) < 0) {
            gp_err_clear(t);
            return exc_str(t, self);
        }
        if (start < n && end == start + 1)
            return gp_str_from_format(t, "%R codec can't decode byte 0x%02x in position %zd: %S", e->encoding, (unsigned)(unsigned char)data[start], start, reason);
        return gp_str_from_format(t, "%R codec can't decode bytes in position %zd-%zd: %S", e->encoding, start,
                                  end - 1, reason);
    }
    const char *verb = gp_type_is_subtype(tp, &gp_exc_UnicodeTranslateError) ? "translate" : "encode";
    if (gp_str_check(e->object) && start < gp_str_len(e->object) && end == start + 1) {
        gp_obj *ch = escape_char(t, gp_str_char_at(e->object, start));
        if (!ch) return NULL;
        gp_obj *r;
        if (e->encoding && verb[0] == 'e')
            r = gp_str_from_format(t, "%R codec can't %s character '%U' in position %zd: %S", e->encoding, verb, ch,
                                   start, reason);
        else
            r = gp_str_from_format(t, "can't %s character '%U' in position %zd: %S", verb, ch, start, reason);
        gp_decref(ch);
        return r;
    }
    if (e->encoding && verb[0] == 'e')
        return gp_str_from_format(t, "%R codec can't %s characters in position %zd-%zd: %S", e->encoding, verb, start,
                                  end - 1, reason);
    return gp_str_from_format(t, "can't %s characters in position %zd-%zd: %S", verb, start, end - 1, reason);
}

static const gp_member_def unicodeerror_members[] = {
    {"encoding", GP_MEMBER_OBJECT, offsetof(unicode_exc, encoding), 0, "exception encoding"},
    {"object", GP_MEMBER_OBJECT, offsetof(unicode_exc, object), 0, "exception object"},
    {"start", GP_MEMBER_OBJECT, offsetof(unicode_exc, start), 0, "exception start"},
    {"end", GP_MEMBER_OBJECT, offsetof(unicode_exc, end), 0, "exception end"},
    {"reason", GP_MEMBER_OBJECT, offsetof(unicode_exc, reason), 0, "exception reason"},
    {NULL, 0, 0, 0, NULL},
};

/* ------------------------------------------------- exception groups */

/* BaseExceptionGroup(message, exceptions) and ExceptionGroup, PEP 654.
   `excs` is always a non-empty tuple of exceptions. */
typedef struct {
    gp_exc base;
    gp_obj *msg, *excs;
} group_exc;

gp_type gp_exc_BaseExceptionGroup = {
    GP_TYPE_HEAD,
    .name = "BaseExceptionGroup",
    .basicsize = sizeof(group_exc),
    .flags = GP_EXC_FLAGS,
    .tp_base = &gp_exc_BaseException,
    .dictoffset = offsetof(gp_exc, dict),
    .doc = "A combination of multiple unrelated exceptions.",
};

/* Its second base, Exception, is set when the types are made ready. */
gp_type gp_exc_ExceptionGroup = {
    GP_TYPE_HEAD,
    .name = "ExceptionGroup",
    .basicsize = sizeof(group_exc),
    .flags = GP_EXC_FLAGS,
    .tp_base = &gp_exc_BaseExceptionGroup,
    .dictoffset = offsetof(gp_exc, dict),
};

int gp_exc_is_group(gp_obj *o) {
    return is_exception(o) && gp_type_is_subtype(gp_typeof(o), &gp_exc_BaseExceptionGroup);
}

gp_obj *gp_exc_group_exceptions_borrow(gp_obj *eg) { return ((group_exc *)eg)->excs; }

gp_obj *gp_exc_group_message_borrow(gp_obj *eg) { return ((group_exc *)eg)->msg; }

static gp_obj *group_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kw) {
    (void)kw;
    if (nargs != 2)
        return gp_err_format(t, &gp_exc_TypeError,
                             "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)",
                             nargs);
    gp_obj *message = args[0], *seq = args[1];
    if (!gp_str_check(message))
        return gp_err_format(t, &gp_exc_TypeError,
                             "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                             gp_type_name(gp_typeof(message)));
    /* A sequence in the sense of PySequence_Check: not a dict, and with
       __getitem__. */
    gp_obj *getitem =
        gp_dict_check(seq)
            ? NULL
            : gp_obj_lookup_special(t, seq, gp_str_intern_cstr_borrow(t, "__getitem__"));
    if (!getitem) {
        if (gp_err_occurred(t)) return NULL;
        return gp_err_format(t, &gp_exc_TypeError,
                             "second argument (exceptions) must be a sequence");
    }
    gp_decref(getitem);
    gp_obj *excs = gp_seq_tuple(t, seq);
    if (!excs) return NULL;
    gp_ssize n = gp_tuple_size(excs);
    if (n == 0) {
        gp_decref(excs);
        return gp_err_format(t, &gp_exc_ValueError,
                             "second argument (exceptions) must be a non-empty sequence");
    }
    int nested_base = 0;
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *e = gp_tuple_get_borrow(excs, i);
        if (!is_exception(e)) {
            gp_decref(excs);
            return gp_err_format(t, &gp_exc_ValueError,
                                 "Item %zd of second argument (exceptions) is not an exception", i);
        }
        if (!gp_type_is_subtype(gp_typeof(e), &gp_exc_Exception)) nested_base = 1;
    }
    gp_type *cls = type;
    if (cls == &gp_exc_ExceptionGroup) {
        if (nested_base) {
            gp_decref(excs);
            return gp_err_format(t, &gp_exc_TypeError,
                                 "Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if (cls == &gp_exc_BaseExceptionGroup) {
        /* Only Exceptions inside: the group is an ExceptionGroup. */
        if (!nested_base) cls = &gp_exc_ExceptionGroup;
    } else if (nested_base && gp_type_is_subtype(cls, &gp_exc_Exception)) {
        gp_decref(excs);
        return gp_err_format(t, &gp_exc_TypeError, "Cannot nest BaseExceptions in '%s'",
                             gp_type_name(cls));
    }
    group_exc *self = (group_exc *)exc_new(t, cls, args, nargs, NULL);
    if (!self) {
        gp_decref(excs);
        return NULL;
    }
    self->msg = gp_newref(message);
    self->excs = excs;
    return (gp_obj *)self;
}

static int group_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (no_keywords(t, self, kw) < 0) return -1;
    return set_args(t, self, args, nargs);
}

static gp_obj *group_str(gp_thread *t, gp_obj *self) {
    group_exc *g = (group_exc *)self;
    gp_ssize n = gp_tuple_size(g->excs);
    gp_obj *msg = gp_obj_str(t, g->msg);
    if (!msg) return NULL;
    gp_obj *r =
        gp_str_from_format(t, "%s (%zd sub-exception%s)", gp_str_utf8(msg), n, n > 1 ? "s" : "");
    gp_decref(msg);
    return r;
}

static gp_obj *group_derive(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kw) {
    if (no_keywords(t, self, kw) < 0) return NULL;
    if (nargs != 1)
        return gp_err_format(t, &gp_exc_TypeError,
                             "derive() takes exactly one argument (%zd given)", nargs);
    gp_obj *pair[2] = {((group_exc *)self)->msg, args[0]};
    return gp_call(t, (gp_obj *)&gp_exc_BaseExceptionGroup, pair, 2, NULL);
}

/* How split() and subgroup() decide what matches. */
typedef enum { MATCH_BY_TYPE, MATCH_PREDICATE, MATCH_INSTANCE_IDS } match_kind;

static int matcher_kind(gp_thread *t, gp_obj *value, match_kind *kind) {
    if (gp_callable_check(value) && !gp_type_check(value)) {
        *kind = MATCH_PREDICATE;
        return 0;
    }
    if (gp_type_check(value) && gp_type_is_subtype((gp_type *)value, &gp_exc_BaseException)) {
        *kind = MATCH_BY_TYPE;
        return 0;
    }
    if (gp_tuple_check_exact(value)) {
        int ok = 1;
        for (gp_ssize i = 0; i < gp_tuple_size(value) && ok; i++) {
            gp_obj *c = gp_tuple_get_borrow(value, i);
            ok = gp_type_check(c) && gp_type_is_subtype((gp_type *)c, &gp_exc_BaseException);
        }
        if (ok) {
            *kind = MATCH_BY_TYPE;
            return 0;
        }
    }
    gp_err_format(t, &gp_exc_TypeError,
                  "expected a function, exception type or tuple of exception types");
    return -1;
}

/* The key of an exception in a set of identities: its address, which
   fits a small int once its alignment bit is dropped. */
static gp_obj *identity_key(gp_obj *o) { return gp_small_new((intptr_t)((uintptr_t)o >> 1)); }

static int leaf_matches(gp_thread *t, gp_obj *exc, match_kind kind, gp_obj *value) {
    switch (kind) {
    case MATCH_BY_TYPE:
        return gp_obj_isinstance(t, exc, value);
    case MATCH_PREDICATE: {
        gp_obj *r = gp_call1(t, value, exc);
        if (!r) return -1;
        int b = gp_obj_truthy(t, r);
        gp_decref(r);
        return b;
    }
    case MATCH_INSTANCE_IDS:
        return gp_set_contains(t, value, identity_key(exc));
    }
    return 0;
}

/* A group like orig (traceback, cause, context, notes) around excs, made
   by orig.derive(); NULL in *out when excs is empty. */
static int group_subset(gp_thread *t, gp_obj *orig, gp_obj *excs, gp_obj **out) {
    *out = NULL;
    if (gp_list_size(excs) == 0) return 0;
    gp_obj *eg = gp_call_method(t, orig, "derive", &excs, 1);
    if (!eg) return -1;
    if (!gp_exc_is_group(eg)) {
        gp_decref(eg);
        gp_err_format(t, &gp_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
        return -1;
    }
    gp_exc *o = (gp_exc *)orig, *e = (gp_exc *)eg;
    gp_exc_set_traceback(eg, o->traceback);
    gp_setref_steal(&e->context, o->context ? gp_newref(o->context) : NULL);
    /* As PyException_SetCause does, this marks the context suppressed. */
    gp_exc_set_cause_steal(eg, o->cause ? gp_newref(o->cause) : NULL);
    gp_obj *notes = NULL;
    int r = gp_obj_lookup_attr(t, orig, gp_str_intern_cstr_borrow(t, "__notes__"), &notes);
    if (r < 0) goto error;
    if (r > 0) {
        /* The parts get their own copies of a notes list; anything that is
           not a sequence is left out. */
        if (gp_list_check(notes) || gp_tuple_check(notes)) {
            gp_obj *copy = gp_seq_list(t, notes);
            gp_decref(notes);
            if (!copy) goto error;
            r = gp_obj_setattr_cstr(t, eg, "__notes__", copy);
            gp_decref(copy);
            if (r < 0) goto error;
        } else {
            gp_decref(notes);
        }
    }
    *out = eg;
    return 0;
error:
    gp_decref(eg);
    return -1;
}

/* Split exc into the part that matches and (with want_rest) the rest;
   either is NULL when empty. */
static int split_recursive(gp_thread *t, gp_obj *exc, match_kind kind, gp_obj *value, int want_rest,
                           gp_obj **match, gp_obj **rest) {
    *match = *rest = NULL;
    int m = leaf_matches(t, exc, kind, value);
    if (m < 0) return -1;
    if (m) {
        *match = gp_newref(exc);
        return 0;
    }
    if (!gp_exc_is_group(exc)) {
        if (want_rest) *rest = gp_newref(exc);
        return 0;
    }
    if (gp_enter_recursive(t, " in exceptiongroup_split_recursive") < 0) return -1;
    int result = -1;
    gp_obj *excs = ((group_exc *)exc)->excs;
    gp_obj *matches = gp_list_new(t, 0), *rests = want_rest ? gp_list_new(t, 0) : NULL;
    if (!matches || (want_rest && !rests)) goto done;
    for (gp_ssize i = 0; i < gp_tuple_size(excs); i++) {
        gp_obj *m1, *r1;
        if (split_recursive(t, gp_tuple_get_borrow(excs, i), kind, value, want_rest, &m1, &r1) < 0)
            goto done;
        if (m1 && gp_list_append_steal(t, matches, m1) < 0) {
            gp_xdecref(r1);
            goto done;
        }
        if (r1 && gp_list_append_steal(t, rests, r1) < 0) goto done;
    }
    if (group_subset(t, exc, matches, match) < 0) goto done;
    if (want_rest && group_subset(t, exc, rests, rest) < 0) {
        gp_clear(match);
        goto done;
    }
    result = 0;
done:
    gp_leave_recursive(t);
    gp_xdecref(matches);
    gp_xdecref(rests);
    return result;
}

static gp_obj *group_split(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kw) {
    if (no_keywords(t, self, kw) < 0) return NULL;
    if (nargs != 1)
        return gp_err_format(t, &gp_exc_TypeError, "split() takes exactly one argument (%zd given)",
                             nargs);
    match_kind kind;
    gp_obj *match, *rest;
    if (matcher_kind(t, args[0], &kind) < 0 ||
        split_recursive(t, self, kind, args[0], 1, &match, &rest) < 0)
        return NULL;
    gp_obj *r = gp_tuple_pack(t, 2, match ? match : GP_NONE, rest ? rest : GP_NONE);
    gp_xdecref(match);
    gp_xdecref(rest);
    return r;
}

static gp_obj *group_subgroup(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kw) {
    if (no_keywords(t, self, kw) < 0) return NULL;
    if (nargs != 1)
        return gp_err_format(t, &gp_exc_TypeError,
                             "subgroup() takes exactly one argument (%zd given)", nargs);
    match_kind kind;
    gp_obj *match, *rest;
    if (matcher_kind(t, args[0], &kind) < 0 ||
        split_recursive(t, self, kind, args[0], 0, &match, &rest) < 0)
        return NULL;
    return match ? match : GP_NONE;
}

int gp_exc_check_except_star_type(gp_thread *t, gp_obj *type) {
    gp_ssize n = gp_tuple_check(type) ? gp_tuple_size(type) : 1;
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *c = gp_tuple_check(type) ? gp_tuple_get_borrow(type, i) : type;
        if (gp_type_check(c) && gp_type_is_subtype((gp_type *)c, &gp_exc_BaseExceptionGroup)) {
            gp_err_format(
                t, &gp_exc_TypeError,
                "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return -1;
        }
    }
    return 0;
}

/* A new group of excs (a tuple or list) with an empty message: an
   ExceptionGroup when every member is an Exception. */
static gp_obj *anonymous_group(gp_thread *t, gp_obj *excs) {
    gp_obj *args[2] = {gp_str_intern_cstr_borrow(t, ""), excs};
    return gp_call(t, (gp_obj *)&gp_exc_BaseExceptionGroup, args, 2, NULL);
}

int gp_exc_group_match(gp_thread *t, gp_obj *exc, gp_obj *type, gp_obj **match, gp_obj **rest) {
    *match = *rest = NULL;
    if (exc == GP_NONE) {
        *match = GP_NONE;
        *rest = GP_NONE;
        return 0;
    }
    int r = gp_obj_isinstance(t, exc, type);
    if (r < 0) return -1;
    if (r) {
        int naked = !gp_exc_is_group(exc);
        if (naked) {
            gp_obj *one = gp_tuple_pack(t, 1, exc);
            *match = one ? anonymous_group(t, one) : NULL;
            gp_xdecref(one);
            if (!*match) return -1;
        } else {
            *match = gp_newref(exc);
        }
        *rest = GP_NONE;
        return naked;
    }
    if (gp_exc_is_group(exc)) {
        if (split_recursive(t, exc, MATCH_BY_TYPE, type, 1, match, rest) < 0) return -1;
        if (!*match) *match = GP_NONE;
        if (!*rest) *rest = GP_NONE;
        return 0;
    }
    *match = GP_NONE;
    *rest = gp_newref(exc);
    return 0;
}

static int collect_leaf_ids(gp_thread *t, gp_obj *e, gp_obj *ids) {
    if (e == GP_NONE) return 0;
    if (!gp_exc_is_group(e)) return gp_set_add(t, ids, identity_key(e));
    if (gp_enter_recursive(t, " in collect_exception_group_leaf_ids") < 0) return -1;
    gp_obj *excs = ((group_exc *)e)->excs;
    int r = 0;
    for (gp_ssize i = 0; i < gp_tuple_size(excs) && r == 0; i++)
        r = collect_leaf_ids(t, gp_tuple_get_borrow(excs, i), ids);
    gp_leave_recursive(t);
    return r;
}

/* A bare `raise` in an except* clause raises the matched group itself, which
   shares the original's traceback, cause, context and notes. */
static int same_metadata(gp_thread *t, gp_obj *a, gp_obj *b) {
    gp_exc *x = (gp_exc *)a, *y = (gp_exc *)b;
    if (x->traceback != y->traceback || x->cause != y->cause || x->context != y->context) return 0;
    gp_obj *na = x->dict ? gp_dict_get_str_borrow(t, x->dict, "__notes__") : NULL;
    gp_obj *nb = y->dict ? gp_dict_get_str_borrow(t, y->dict, "__notes__") : NULL;
    return na == nb;
}

gp_obj *gp_exc_prep_reraise_star(gp_thread *t, gp_obj *orig, gp_obj *excs) {
    gp_ssize n = gp_list_size(excs);
    if (n == 0) return GP_NONE;
    /* A naked exception was wrapped: only one clause can have run. */
    if (!gp_exc_is_group(orig)) return gp_newref(gp_list_get_borrow(excs, 0));
    gp_obj *raised = gp_list_new(t, 0), *reraised = gp_list_new(t, 0), *ids = gp_set_new(t, NULL);
    gp_obj *result = NULL, *kept = NULL, *unused = NULL;
    if (!raised || !reraised || !ids) goto done;
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *e = gp_list_get_borrow(excs, i);
        if (e == GP_NONE) continue;
        if (gp_list_append(t, same_metadata(t, e, orig) ? reraised : raised, e) < 0) goto done;
    }
    /* What was re-raised keeps the original's shape. */
    for (gp_ssize i = 0; i < gp_list_size(reraised); i++)
        if (collect_leaf_ids(t, gp_list_get_borrow(reraised, i), ids) < 0) goto done;
    if (split_recursive(t, orig, MATCH_INSTANCE_IDS, ids, 0, &kept, &unused) < 0) goto done;
    if (gp_list_size(raised) == 0) {
        result = kept ? kept : GP_NONE;
        kept = NULL;
        goto done;
    }
    if (kept && gp_list_append(t, raised, kept) < 0) goto done;
    if (gp_list_size(raised) > 1)
        result = anonymous_group(t, raised);
    else
        result = gp_newref(gp_list_get_borrow(raised, 0));
done:
    gp_xdecref(kept);
    gp_xdecref(unused);
    gp_xdecref(raised);
    gp_xdecref(reraised);
    gp_xdecref(ids);
    return result;
}

static const gp_method_def group_methods[] = {
    {"derive", group_derive, 0, NULL},
    {"split", group_split, 0, NULL},
    {"subgroup", group_subgroup, 0, NULL},
    {"__class_getitem__", gp_class_getitem, GP_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const gp_member_def group_members[] = {
    {"message", GP_MEMBER_OBJECT, offsetof(group_exc, msg), GP_MEMBER_READONLY,
     "exception message"},
    {"exceptions", GP_MEMBER_OBJECT, offsetof(group_exc, excs), GP_MEMBER_READONLY,
     "nested exceptions"},
    {NULL, 0, 0, 0, NULL},
};

static int exception_groups_init(gp_thread *t) {
    gp_type *b = &gp_exc_BaseExceptionGroup, *e = &gp_exc_ExceptionGroup;
    b->new_ = group_new;
    b->init = group_init;
    b->str = group_str;
    b->methods = group_methods;
    b->members = group_members;
    if (gp_type_ready(t, b) < 0) return -1;
    e->bases = gp_tuple_pack(t, 2, (gp_obj *)b, (gp_obj *)&gp_exc_Exception);
    if (!e->bases || gp_type_ready(t, e) < 0) return -1;
    /* Readying registers a type with its solid base only. */
    gp_type_add_subclass(t, &gp_exc_Exception, e);
    return 0;
}

/* ------------------------------------------------------------------- API */

gp_obj *gp_exc_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs) {
    return gp_call(t, (gp_obj *)type, args, nargs, NULL);
}

gp_obj *gp_exc_get_traceback_borrow(gp_obj *exc) { return ((gp_exc *)exc)->traceback; }

void gp_exc_set_traceback(gp_obj *exc, gp_obj *tb) {
    gp_setref_steal(&((gp_exc *)exc)->traceback, (tb && tb != GP_NONE) ? gp_newref(tb) : NULL);
}

void gp_exc_set_context_steal(gp_obj *exc, gp_obj *context) {
    gp_setref_steal(&((gp_exc *)exc)->context, context);
}

void gp_exc_set_cause_steal(gp_obj *exc, gp_obj *cause) {
    gp_exc *e = (gp_exc *)exc;
    gp_setref_steal(&e->cause, cause);
    e->suppress_context = 1;
}

gp_obj *gp_exc_stopiteration_value_borrow(gp_obj *exc) {
    gp_obj *v = ((stopiteration_exc *)exc)->value;
    return v ? v : GP_NONE;
}

/* The exceptions in hierarchy order (each after its base). */
#define GP_LIST_EXC(N, B) &gp_exc_##N,
static gp_type *const all_exceptions[] = {GP_EXCEPTIONS(GP_LIST_EXC)};
#undef GP_LIST_EXC

int gp_exceptions_init(gp_thread *t) {
    gp_type *be = &gp_exc_BaseException;
    be->new_ = exc_new;
    be->init = exc_init;
    be->dealloc = exc_dealloc;
    be->traverse = exc_traverse;
    be->clear = exc_clear;
    be->str = exc_str;
    be->repr = exc_repr;
    be->methods = exc_methods;
    be->members = exc_members;
    be->getset = exc_getset;
    be->doc = "Common base class for all exceptions";
    gp_exc_Exception.doc = "Common base class for all non-exit exceptions.";

    gp_exc_KeyError.str = keyerror_str;
    gp_exc_StopIteration.basicsize = sizeof(stopiteration_exc);
    gp_exc_StopIteration.init = stopiteration_init;
    gp_exc_StopIteration.members = stopiteration_members;
    gp_exc_SystemExit.basicsize = sizeof(systemexit_exc);
    gp_exc_SystemExit.init = systemexit_init;
    gp_exc_SystemExit.members = systemexit_members;
    gp_exc_ImportError.basicsize = sizeof(import_exc);
    gp_exc_ImportError.init = importerror_init;
    gp_exc_ImportError.str = importerror_str;
    gp_exc_ImportError.members = importerror_members;
    gp_exc_NameError.basicsize = sizeof(name_exc);
    gp_exc_NameError.init = nameerror_init;
    gp_exc_NameError.members = nameerror_members;
    gp_exc_AttributeError.basicsize = sizeof(attribute_exc);
    gp_exc_AttributeError.init = attributeerror_init;
    gp_exc_AttributeError.members = attributeerror_members;
    gp_exc_OSError.basicsize = sizeof(os_exc);
    gp_exc_OSError.new_ = oserror_new;
    gp_exc_OSError.init = oserror_init;
    gp_exc_OSError.str = oserror_str;
    gp_exc_OSError.members = oserror_members;
    gp_exc_BlockingIOError.getset = oserror_getset;
    gp_exc_SyntaxError.basicsize = sizeof(syntax_exc);
    gp_exc_SyntaxError.init = syntaxerror_init;
    gp_exc_SyntaxError.str = syntaxerror_str;
    gp_exc_SyntaxError.members = syntaxerror_members;
    gp_exc_UnicodeError.basicsize = sizeof(unicode_exc);
    gp_exc_UnicodeError.init = unicodeerror_init;
    gp_exc_UnicodeError.members = unicodeerror_members;
    gp_exc_UnicodeDecodeError.str = unicodeerror_str;
    gp_exc_UnicodeEncodeError.str = unicodeerror_str;
    gp_exc_UnicodeTranslateError.str = unicodeerror_str;
    /* The subclasses of a class with a larger layout share it. */
    for (size_t i = 0; i < sizeof all_exceptions / sizeof all_exceptions[0]; i++) {
        gp_type *e = all_exceptions[i];
        if (e != be && e->tp_base && e->basicsize < e->tp_base->basicsize) e->basicsize = e->tp_base->basicsize;
    }
    for (size_t i = 0; i < sizeof all_exceptions / sizeof all_exceptions[0]; i++)
        if (gp_type_ready(t, all_exceptions[i]) < 0) return -1;
    return exception_groups_init(t);
}
