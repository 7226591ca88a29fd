/* Python functions and bound methods. */
#include "vm/frame.h"
#include "runtime/qsbr.h"

gp_obj *gp_function_new(gp_thread *t, gp_obj *code, gp_obj *globals, gp_obj *qualname) {
    gp_obj *builtins = gp_frame_builtins_for(t, globals);
    if (!builtins) return NULL;
    gp_obj *fn = gp_function_new_in(t, code, globals, builtins, qualname);
    gp_decref(builtins);
    return fn;
}

gp_obj *gp_function_new_in(gp_thread *t, gp_obj *code, gp_obj *globals, gp_obj *builtins,
                           gp_obj *qualname) {
    static gp_name_cache s_name;
    gp_code *co = (gp_code *)code;
    gp_function *fn = (gp_function *)gp_obj_alloc(t, &gp_function_type, 0);
    if (!fn) return NULL;
    fn->code = gp_newref(code);
    fn->globals = gp_newref(globals);
    fn->builtins = gp_newref(builtins);
    fn->name = gp_newref(co->name);
    fn->qualname = gp_newref(qualname ? qualname : co->qualname);
    /* The compiler puts the docstring first among the constants, and None
       there when there is none. */
    gp_obj *doc = GP_NONE;
    if (gp_tuple_size(co->consts) > 0) {
        gp_obj *c0 = gp_tuple_get_borrow(co->consts, 0);
        if (gp_str_check(c0)) doc = c0;
    }
    fn->doc = gp_newref(doc);
    gp_obj *modname = NULL;
    if (gp_dict_check(globals)) {
        modname = gp_dict_get_borrow(t, globals, gp_vm_name(t, &s_name, "__name__"));
        if (!modname && t->exc) {
            gp_decref((gp_obj *)fn);
            return NULL;
        }
    }
    fn->module = gp_xnewref(modname);
    /* Nested functions often capture variables: they stay counted, so
       that they and what they hold go promptly. */
    if (!(co->flags & GP_CO_NESTED)) gp_set_deferred((gp_obj *)fn);
    gp_gc_track((gp_obj *)fn);
    return (gp_obj *)fn;
}

static void function_dealloc(gp_obj *o) {
    gp_function *fn = (gp_function *)o;
    gp_gc_untrack(o);
    gp_clear(&fn->code);
    gp_clear(&fn->globals);
    gp_clear(&fn->builtins);
    gp_clear(&fn->name);
    gp_clear(&fn->qualname);
    gp_clear(&fn->module);
    gp_clear(&fn->doc);
    gp_clear(&fn->defaults);
    gp_clear(&fn->kwdefaults);
    gp_clear(&fn->annotations);
    gp_clear(&fn->closure);
    gp_clear(&fn->dict);
    gp_obj_free(o);
}

static int function_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_function *fn = (gp_function *)o;
    gp_obj *fields[] = {fn->code,     fn->globals,    fn->builtins,    fn->name,
                        fn->qualname, fn->module,     fn->doc,         fn->defaults,
                        fn->kwdefaults, fn->annotations, fn->closure, fn->dict};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (fields[i]) {
            int r = visit(fields[i], arg);
            if (r) return r;
        }
    }
    return 0;
}

static int function_clear(gp_obj *o) {
    gp_function *fn = (gp_function *)o;
    gp_clear(&fn->defaults);
    gp_clear(&fn->kwdefaults);
    gp_clear(&fn->annotations);
    gp_clear(&fn->closure);
    gp_clear(&fn->dict);
    gp_clear(&fn->module);
    gp_clear(&fn->doc);
    return 0;
}

static gp_obj *function_repr(gp_thread *t, gp_obj *o) {
    return gp_str_from_format(t, "<function %U at %p>", ((gp_function *)o)->qualname, o);
}

/* Functions are descriptors: looked up through an instance they bind to it. */
static gp_obj *function_descr_get(gp_thread *t, gp_obj *descr, gp_obj *obj, gp_obj *type) {
    if (!obj || obj == GP_NONE) return gp_newref(descr);
    return gp_method_new(t, descr, obj);
}

/* The attributes below are read without a lock, by their getters and by
   the eval loop when it calls the function, while another thread may set
   them: a setter exchanges the pointer atomically and releases the old
   value through QSBR, so that a reader that loaded it can still take its
   reference. */
static gp_obj *load_field(gp_obj **field) { return __atomic_load_n(field, __ATOMIC_ACQUIRE); }

static void replace_field(gp_thread *t, gp_obj **field, gp_obj *v) {
    gp_obj *old = __atomic_exchange_n(field, gp_xnewref(v), __ATOMIC_ACQ_REL);
    if (old) gp_qsbr_defer_decref(t, old);
}

static gp_obj *none_if_null(gp_obj *v) { return gp_newref(v ? v : GP_NONE); }

static gp_obj *fn_get_code(gp_thread *t, gp_obj *o, void *c) {
    return gp_newref(load_field(&((gp_function *)o)->code));
}

static int fn_set_code(gp_thread *t, gp_obj *o, gp_obj *v, void *c) {
    gp_function *fn = (gp_function *)o;
    if (!v || gp_typeof(v) != &gp_code_type) {
        gp_err_set_str(t, &gp_exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    gp_ssize nfree = gp_tuple_size(((gp_code *)v)->freevars);
    gp_ssize nclosure = fn->closure ? gp_tuple_size(fn->closure) : 0;
    if (nfree != nclosure) {
        gp_err_format(t, &gp_exc_ValueError, "%U() requires a code object with %zd free vars, not %zd",
                      fn->name, nclosure, nfree);
        return -1;
    }
    replace_field(t, &fn->code, v);
    return 0;
}

static gp_obj *fn_get_defaults(gp_thread *t, gp_obj *o, void *c) {
    return none_if_null(load_field(&((gp_function *)o)->defaults));
}

static int fn_set_defaults(gp_thread *t, gp_obj *o, gp_obj *v, void *c) {
    if (v == GP_NONE) v = NULL;
    if (v && !gp_tuple_check(v)) {
        gp_err_set_str(t, &gp_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    replace_field(t, &((gp_function *)o)->defaults, v);
    return 0;
}

static gp_obj *fn_get_kwdefaults(gp_thread *t, gp_obj *o, void *c) {
    return none_if_null(load_field(&((gp_function *)o)->kwdefaults));
}

static int fn_set_kwdefaults(gp_thread *t, gp_obj *o, gp_obj *v, void *c) {
    if (v == GP_NONE) v = NULL;
    if (v && !gp_dict_check(v)) {
        gp_err_set_str(t, &gp_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    replace_field(t, &((gp_function *)o)->kwdefaults, v);
    return 0;
}

static gp_obj *fn_get_annotations(gp_thread *t, gp_obj *o, void *c) {
    /* Made on first use by compare-and-swap, as an instance __dict__. */
    return gp_obj_dict_ref(t, &((gp_function *)o)->annotations, 1);
}

static int fn_set_annotations(gp_thread *t, gp_obj *o, gp_obj *v, void *c) {
    if (v == GP_NONE) v = NULL;
    if (v && !gp_dict_check(v)) {
        gp_err_set_str(t, &gp_exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    replace_field(t, &((gp_function *)o)->annotations, v);
    return 0;
}

static gp_obj *fn_get_closure(gp_thread *t, gp_obj *o, void *c) {
    return none_if_null(((gp_function *)o)->closure);
}

static gp_obj *fn_get_name(gp_thread *t, gp_obj *o, void *c) {
    return gp_newref(load_field(&((gp_function *)o)->name));
}

static int fn_set_name(gp_thread *t, gp_obj *o, gp_obj *v, void *c) {
    if (!v || !gp_str_check(v)) {
        gp_err_set_str(t, &gp_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    replace_field(t, &((gp_function *)o)->name, v);
    return 0;
}

static gp_obj *fn_get_qualname(gp_thread *t, gp_obj *o, void *c) {
    return gp_newref(load_field(&((gp_function *)o)->qualname));
}

static int fn_set_qualname(gp_thread *t, gp_obj *o, gp_obj *v, void *c) {
    if (!v || !gp_str_check(v)) {
        gp_err_set_str(t, &gp_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    replace_field(t, &((gp_function *)o)->qualname, v);
    return 0;
}

static gp_obj *fn_get_dict(gp_thread *t, gp_obj *o, void *c) {
    return gp_obj_dict_ref(t, &((gp_function *)o)->dict, 1);
}

static int fn_set_dict(gp_thread *t, gp_obj *o, gp_obj *v, void *c) {
    return gp_obj_dict_assign(t, o, &((gp_function *)o)->dict, v);
}

static const gp_getset_def function_getset[] = {
    {"__code__", fn_get_code, fn_set_code, NULL, NULL},
    {"__defaults__", fn_get_defaults, fn_set_defaults, NULL, NULL},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults, NULL, NULL},
    {"__annotations__", fn_get_annotations, fn_set_annotations, NULL, NULL},
    {"__closure__", fn_get_closure, NULL, NULL, NULL},
    {"__name__", fn_get_name, fn_set_name, NULL, NULL},
    {"__qualname__", fn_get_qualname, fn_set_qualname, NULL, NULL},
    {"__dict__", fn_get_dict, fn_set_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const gp_member_def function_members[] = {
    {"__globals__", GP_MEMBER_OBJECT, offsetof(gp_function, globals), GP_MEMBER_READONLY, NULL},
    {"__builtins__", GP_MEMBER_OBJECT, offsetof(gp_function, builtins), GP_MEMBER_READONLY, NULL},
    {"__module__", GP_MEMBER_OBJECT, offsetof(gp_function, module), 0, NULL},
    {"__doc__", GP_MEMBER_OBJECT, offsetof(gp_function, doc), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

gp_type gp_function_type = {
    GP_TYPE_HEAD,
    .name = "function",
    .basicsize = sizeof(gp_function),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_METHOD_DESCRIPTOR | GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = function_dealloc,
    .repr = function_repr,
    .call = gp_call_function,
    .descr_get = function_descr_get,
    .getattro = gp_obj_generic_getattr,
    .setattro = gp_obj_generic_setattr,
    .traverse = function_traverse,
    .clear = function_clear,
    .getset = function_getset,
    .members = function_members,
    .dictoffset = offsetof(gp_function, dict),
};

/* ------------------------------------------------------------ bound methods */

gp_obj *gp_method_new(gp_thread *t, gp_obj *func, gp_obj *self) {
    gp_method *m = (gp_method *)gp_obj_alloc(t, &gp_method_type, 0);
    if (!m) return NULL;
    m->func = gp_newref(func);
    m->self = gp_newref(self);
    gp_gc_track((gp_obj *)m);
    return (gp_obj *)m;
}

/* method(function, instance), as types.MethodType. */
static gp_obj *method_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    if (gp_args_no_kw(t, "method", kwnames) < 0 || gp_args_count(t, "method", nargs, 2, 2) < 0)
        return NULL;
    if (!gp_callable_check(args[0])) {
        gp_err_set_str(t, &gp_exc_TypeError, "first argument must be callable");
        return NULL;
    }
    if (args[1] == GP_NONE) {
        gp_err_set_str(t, &gp_exc_TypeError, "instance must not be None");
        return NULL;
    }
    return gp_method_new(t, args[0], args[1]);
}

static void method_dealloc(gp_obj *o) {
    gp_method *m = (gp_method *)o;
    gp_gc_untrack(o);
    gp_clear(&m->func);
    gp_clear(&m->self);
    gp_obj_free(o);
}

static int method_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_method *m = (gp_method *)o;
    int r = m->func ? visit(m->func, arg) : 0;
    if (!r && m->self) r = visit(m->self, arg);
    return r;
}

/* Prepend self to the arguments.  Short argument lists are copied to the C
   stack; long ones to the heap. */
static gp_obj *method_call(gp_thread *t, gp_obj *callable, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    gp_method *m = (gp_method *)callable;
    gp_ssize total = nargs + (kwnames ? gp_tuple_size(kwnames) : 0);
    gp_obj *small[8];
    gp_obj **buf = small;
    if (total + 1 > (gp_ssize)(sizeof small / sizeof small[0])) {
        buf = gp_mem_alloc(sizeof(gp_obj *) * (size_t)(total + 1));
        if (!buf) return gp_err_nomemory(t);
    }
    buf[0] = m->self;
    if (total) memcpy(buf + 1, args, sizeof(gp_obj *) * (size_t)total);
    gp_obj *func = m->func;
    gp_incref(func);
    gp_obj *r;
    if (gp_function_check(func))
        r = gp_call_function(t, func, buf, nargs + 1, kwnames);
    else
        r = gp_call(t, func, buf, nargs + 1, kwnames);
    gp_decref(func);
    if (buf != small) gp_mem_free(buf);
    return r;
}

/* Attributes of the method type itself first, then those of the function. */
static gp_obj *method_getattro(gp_thread *t, gp_obj *o, gp_obj *name) {
    gp_type *tp = gp_typeof(o);
    gp_obj *d = gp_type_lookup_borrow(t, tp, name);
    if (d) {
        gp_descrgetfunc get = gp_typeof(d)->descr_get;
        if (get) return get(t, d, o, (gp_obj *)tp);
        return gp_newref(d);
    }
    if (t->exc) return NULL;
    return gp_obj_getattr(t, ((gp_method *)o)->func, name);
}

static gp_obj *method_get_doc(gp_thread *t, gp_obj *o, void *c) {
    return gp_obj_getattr_cstr(t, ((gp_method *)o)->func, "__doc__");
}

static gp_obj *method_repr(gp_thread *t, gp_obj *o) {
    static gp_name_cache s_qualname, s_name;
    gp_method *m = (gp_method *)o;
    gp_obj *fname = NULL;
    int r = gp_obj_lookup_attr(t, m->func, gp_vm_name(t, &s_qualname, "__qualname__"), &fname);
    if (r == 0) r = gp_obj_lookup_attr(t, m->func, gp_vm_name(t, &s_name, "__name__"), &fname);
    if (r < 0) return NULL;
    gp_obj *res;
    if (fname && gp_str_check(fname))
        res = gp_str_from_format(t, "<bound method %U of %R>", fname, m->self);
    else
        res = gp_str_from_format(t, "<bound method ? of %R>", m->self);
    gp_xdecref(fname);
    return res;
}

static gp_obj *method_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if ((op != GP_EQ && op != GP_NE) || gp_typeof(a) != &gp_method_type ||
        gp_typeof(b) != &gp_method_type)
        return GP_NOTIMPLEMENTED;
    gp_method *x = (gp_method *)a, *y = (gp_method *)b;
    int eq = 0;
    if (x->self == y->self) {
        eq = gp_obj_eq(t, x->func, y->func);
        if (eq < 0) return NULL;
    }
    if (op == GP_NE) eq = !eq;
    return gp_bool_from(eq);
}

static gp_hash pointer_hash(const void *p) {
    uintptr_t v = (uintptr_t)p;
    v = (v >> 4) | (v << (8 * sizeof(uintptr_t) - 4));
    gp_hash h = (gp_hash)v;
    return h == -1 ? -2 : h;
}

static gp_hash method_hash(gp_thread *t, gp_obj *o) {
    gp_method *m = (gp_method *)o;
    gp_hash y = gp_obj_hash(t, m->func);
    if (y == -1) return -1;
    gp_hash h = pointer_hash(m->self) ^ y;
    return h == -1 ? -2 : h;
}

static const gp_member_def method_members[] = {
    {"__func__", GP_MEMBER_OBJECT, offsetof(gp_method, func), GP_MEMBER_READONLY, NULL},
    {"__self__", GP_MEMBER_OBJECT, offsetof(gp_method, self), GP_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static const gp_getset_def method_getset[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

gp_type gp_method_type = {
    GP_TYPE_HEAD,
    .name = "method",
    .basicsize = sizeof(gp_method),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .call = method_call,
    .new_ = method_new,
    .getattro = method_getattro,
    .setattro = gp_obj_generic_setattr,
    .traverse = method_traverse,
    .members = method_members,
    .getset = method_getset,
};
