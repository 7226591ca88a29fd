/* Module objects: a namespace dict with __name__, __doc__ and friends,
   PEP 562's module __getattr__ and __dir__, and helpers that fill modules
   written in C. */
#include "objects/typeobj_impl.h"

static int module_init_dict(gp_thread *t, gp_obj *dict, gp_obj *name, gp_obj *doc) {
    if (gp_dict_set_str(t, dict, "__name__", name) < 0) return -1;
    if (gp_dict_set_str(t, dict, "__doc__", doc) < 0) return -1;
    if (gp_dict_set_str(t, dict, "__package__", GP_NONE) < 0) return -1;
    if (gp_dict_set_str(t, dict, "__loader__", GP_NONE) < 0) return -1;
    if (gp_dict_set_str(t, dict, "__spec__", GP_NONE) < 0) return -1;
    return 0;
}

static gp_obj *module_alloc(gp_thread *t, gp_type *type) {
    gp_module *m = (gp_module *)gp_obj_alloc(t, type, 0);
    if (!m) return NULL;
    m->dict = gp_dict_new(t);
    if (!m->dict) {
        gp_decref((gp_obj *)m);
        return NULL;
    }
    gp_set_deferred((gp_obj *)m);
    gp_set_deferred(m->dict);
    gp_dict_share(m->dict);
    if (type->flags & GP_TPFLAGS_HAVE_GC) gp_gc_track((gp_obj *)m);
    return (gp_obj *)m;
}

gp_obj *gp_module_new_obj(gp_thread *t, gp_obj *name) {
    gp_obj *m = module_alloc(t, &gp_module_type);
    if (!m) return NULL;
    if (module_init_dict(t, ((gp_module *)m)->dict, name, GP_NONE) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}

gp_obj *gp_module_new(gp_thread *t, const char *name) {
    gp_obj *n = gp_str_from_cstr(t, name);
    if (!n) return NULL;
    gp_obj *m = gp_module_new_obj(t, n);
    gp_decref(n);
    return m;
}

int gp_module_add_functions(gp_thread *t, gp_obj *m, const gp_method_def *defs) {
    gp_obj *modname = gp_dict_get_str_borrow(t, gp_module_dict_borrow(m), "__name__");
    for (; defs->name; defs++) {
        gp_obj *f = gp_cfunction_new(t, defs, m, modname);
        if (!f) return -1;
        gp_set_deferred(f);
        int r = gp_dict_set(t, gp_module_dict_borrow(m), gp_id(t, defs->name), f);
        gp_decref(f);
        if (r < 0) return -1;
    }
    return 0;
}

int gp_module_add_object(gp_thread *t, gp_obj *m, const char *name, gp_obj *v) {
    return gp_dict_set(t, gp_module_dict_borrow(m), gp_id(t, name), v);
}

int gp_module_add_int(gp_thread *t, gp_obj *m, const char *name, int64_t v) {
    gp_obj *o = gp_int_from_i64(t, v);
    if (!o) return -1;
    int r = gp_module_add_object(t, m, name, o);
    gp_decref(o);
    return r;
}

int gp_module_add_str(gp_thread *t, gp_obj *m, const char *name, const char *v) {
    gp_obj *o = gp_str_from_cstr(t, v);
    if (!o) return -1;
    int r = gp_module_add_object(t, m, name, o);
    gp_decref(o);
    return r;
}

static void module_dealloc(gp_obj *o) {
    gp_module *m = (gp_module *)o;
    if (o->ob_type->flags & GP_TPFLAGS_HAVE_GC) gp_gc_untrack(o);
    gp_clear(&m->dict);
    gp_obj_free(o);
}

static int module_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_module *m = (gp_module *)o;
    if (m->dict) return visit(m->dict, arg);
    return 0;
}

/* Empties the namespace rather than dropping it, so that a module the
   collector cleared but something still reaches keeps a valid __dict__. */
static int module_clear(gp_obj *o) {
    gp_module *m = (gp_module *)o;
    if (m->dict) gp_dict_clear(m->dict);
    return 0;
}

static gp_obj *module_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return module_alloc(t, type);
}

static int module_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    static const char *const names[] = {"name", "doc", NULL};
    static const gp_argspec spec = {"module", names, 1, -1};
    gp_obj *a[2];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return -1;
    if (!gp_str_check(a[0])) {
        gp_err_format(t, &gp_exc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                      gp_type_name(gp_typeof(a[0])));
        return -1;
    }
    gp_module *m = (gp_module *)self;
    if (!m->dict && !(m->dict = gp_dict_new(t))) return -1;
    return module_init_dict(t, m->dict, a[0], a[1] ? a[1] : GP_NONE);
}

static int is_builtin_module_name(gp_obj *name) {
    for (const gp_builtin_module *b = gp_builtin_modules; b->name; b++)
        if (gp_str_eq_cstr(name, b->name)) return 1;
    return 0;
}

static gp_obj *module_repr(gp_thread *t, gp_obj *o) {
    gp_obj *d = ((gp_module *)o)->dict;
    gp_obj *name = d ? gp_dict_get_str_borrow(t, d, "__name__") : NULL;
    gp_obj *file = d ? gp_dict_get_str_borrow(t, d, "__file__") : NULL;
    if (!name || !gp_str_check(name)) return gp_str_from_format(t, "<module '?'>");
    if (file && gp_str_check(file)) return gp_str_from_format(t, "<module %R from %R>", name, file);
    if (is_builtin_module_name(name)) return gp_str_from_format(t, "<module %R (built-in)>", name);
    return gp_str_from_format(t, "<module %R>", name);
}

static gp_obj *module_getattro(gp_thread *t, gp_obj *o, gp_obj *name) {
    gp_obj *r = gp_obj_generic_getattr(t, o, name);
    if (r || !gp_err_matches(t, &gp_exc_AttributeError)) return r;
    gp_err_clear(t);
    gp_obj *d = ((gp_module *)o)->dict;
    gp_obj *hook = d ? gp_dict_get_str_borrow(t, d, "__getattr__") : NULL;
    if (hook) {
        gp_incref(hook);
        r = gp_call1(t, hook, name);
        gp_decref(hook);
        return r;
    }
    gp_obj *mname = d ? gp_dict_get_str_borrow(t, d, "__name__") : NULL;
    if (mname && gp_str_check(mname))
        gp_err_format(t, &gp_exc_AttributeError, "module '%U' has no attribute '%U'", mname, name);
    else
        gp_err_format(t, &gp_exc_AttributeError, "module has no attribute '%U'", name);
    gp_exc_set_attribute_error_info(t, name, o);
    return NULL;
}

static gp_obj *module_dir(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_obj *d = ((gp_module *)self)->dict;
    gp_obj *hook = d ? gp_dict_get_str_borrow(t, d, "__dir__") : NULL;
    if (hook) return gp_call0(t, hook);
    if (!d) return gp_list_new(t, 0);
    return gp_dict_keys_list(t, d);
}

static gp_obj *module_get_dict(gp_thread *t, gp_obj *self, void *c) {
    gp_module *m = (gp_module *)self;
    if (!m->dict && !(m->dict = gp_dict_new(t))) return NULL;
    return gp_newref(m->dict);
}

static gp_obj *module_get_annotations(gp_thread *t, gp_obj *self, void *c) {
    gp_obj *d = ((gp_module *)self)->dict;
    gp_obj *a = gp_dict_get_str_borrow(t, d, "__annotations__");
    if (a) return gp_newref(a);
    a = gp_dict_new(t);
    if (a && gp_dict_set_str(t, d, "__annotations__", a) < 0) {
        gp_decref(a);
        return NULL;
    }
    return a;
}

static int module_set_annotations(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    gp_obj *d = ((gp_module *)self)->dict;
    if (v) return gp_dict_set_str(t, d, "__annotations__", v);
    gp_obj *old = NULL;
    int r = gp_dict_pop(t, d, gp_id(t, "__annotations__"), &old);
    if (r < 0) return -1;
    if (r == 0) {
        gp_err_format(t, &gp_exc_AttributeError, "__annotations__");
        return -1;
    }
    gp_decref(old);
    return 0;
}

static const gp_method_def module_methods[] = {
    {"__dir__", module_dir, 0, "__dir__() -> list\nspecialized dir() implementation"},
    {NULL, NULL, 0, NULL},
};

static const gp_getset_def module_getset[] = {
    {"__dict__", module_get_dict, NULL, NULL, NULL},
    {"__annotations__", module_get_annotations, module_set_annotations, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

gp_type gp_module_type = {
    GP_TYPE_HEAD,
    .name = "module",
    .basicsize = sizeof(gp_module),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC,
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattro = module_getattro,
    .setattro = gp_obj_generic_setattr,
    .traverse = module_traverse,
    .clear = module_clear,
    .new_ = module_new,
    .init = module_init,
    .methods = module_methods,
    .getset = module_getset,
    .dictoffset = offsetof(gp_module, dict),
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
};
