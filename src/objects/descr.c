/* Descriptors and built-in functions: method, class-method, slot-wrapper,
   member and getset descriptors of static types; bound slot wrappers
   (method-wrapper); builtin_function_or_method; mappingproxy; and the
   Python-level descriptors property, staticmethod, classmethod and super. */
#include "objects/typeobj_impl.h"
#include "runtime/qsbr.h"

/* ---------------------------------------------------- common descriptor */

typedef struct {
    gp_obj base;
    gp_type *type; /* the class that defines it (__objclass__) */
    gp_obj *name;  /* interned str */
    union {
        const gp_method_def *method;
        const gp_member_def *member;
        const gp_getset_def *getset;
        const gp_slotdef *slot;
    } d;
    void *wrapped; /* slot wrappers: the C function */
} descr_obj;

static gp_obj *descr_alloc(gp_thread *t, gp_type *dtype, gp_type *type, const char *name) {
    descr_obj *d = (descr_obj *)gp_obj_alloc(t, dtype, 0);
    if (!d) return NULL;
    d->type = type;
    d->name = gp_newref(gp_id(t, name));
    return (gp_obj *)d;
}

static void descr_dealloc(gp_obj *o) {
    descr_obj *d = (descr_obj *)o;
    gp_xdecref(d->name);
    gp_obj_free(o);
}

static gp_obj *descr_get_name(gp_thread *t, gp_obj *self, void *c) {
    return gp_newref(((descr_obj *)self)->name);
}

static gp_obj *descr_get_qualname(gp_thread *t, gp_obj *self, void *c) {
    descr_obj *d = (descr_obj *)self;
    gp_obj *tq = gp_type_qualname_obj(t, d->type);
    if (!tq) return NULL;
    gp_obj *r = gp_str_from_format(t, "%U.%U", tq, d->name);
    gp_decref(tq);
    return r;
}

static gp_obj *descr_get_objclass(gp_thread *t, gp_obj *self, void *c) {
    return gp_newref((gp_obj *)((descr_obj *)self)->type);
}

static gp_obj *descr_get_text_signature(gp_thread *t, gp_obj *self, void *c) { return GP_NONE; }

static gp_obj *doc_from_cstr(gp_thread *t, const char *doc) {
    if (!doc) return GP_NONE;
    return gp_str_from_cstr(t, doc);
}

static gp_obj *method_get_doc(gp_thread *t, gp_obj *self, void *c) {
    return doc_from_cstr(t, ((descr_obj *)self)->d.method->doc);
}
static gp_obj *member_get_doc(gp_thread *t, gp_obj *self, void *c) {
    return doc_from_cstr(t, ((descr_obj *)self)->d.member->doc);
}
static gp_obj *getset_get_doc(gp_thread *t, gp_obj *self, void *c) {
    return doc_from_cstr(t, ((descr_obj *)self)->d.getset->doc);
}
static gp_obj *wrapper_get_doc(gp_thread *t, gp_obj *self, void *c) {
    return doc_from_cstr(t, ((descr_obj *)self)->d.slot->doc);
}

static const gp_getset_def method_descr_getset[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {"__text_signature__", descr_get_text_signature, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const gp_getset_def member_descr_getset[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", member_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const gp_getset_def getset_descr_getset[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", getset_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const gp_getset_def wrapper_descr_getset[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", wrapper_get_doc, NULL, NULL, NULL},
    {"__text_signature__", descr_get_text_signature, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* The TypeError for an object that is not a d->type. */
static __attribute__((noinline, cold)) int descr_mismatch(gp_thread *t, descr_obj *d, gp_obj *obj,
                                                           const char *kind) {
    gp_err_format(t, &gp_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", d->name,
                  gp_type_name(d->type), gp_type_name(gp_typeof(obj)));
    return -1;
}

/* Is obj acceptable as self for a descriptor of type d->type?  Every
   attribute read or write through a descriptor asks, so the test is
   inline and the error out of line. */
static inline int descr_check(gp_thread *t, descr_obj *d, gp_obj *obj, const char *kind) {
    if (gp_typeof(obj) == d->type || gp_type_is_subtype(gp_typeof(obj), d->type)) return 0;
    return descr_mismatch(t, d, obj, kind);
}

/* ------------------------------------------------------ method_descriptor */

gp_obj *gp_method_descr_new(gp_thread *t, gp_type *type, const gp_method_def *def) {
    descr_obj *d = (descr_obj *)descr_alloc(t, &gp_method_descr_type, type, def->name);
    if (d) d->d.method = def;
    return (gp_obj *)d;
}

static gp_obj *method_descr_call(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    descr_obj *d = (descr_obj *)self;
    if (nargs < 1) {
        gp_obj *qn = descr_get_qualname(t, self, NULL);
        if (!qn) return NULL;
        gp_err_format(t, &gp_exc_TypeError, "unbound method %U() needs an argument", qn);
        gp_decref(qn);
        return NULL;
    }
    if (descr_check(t, d, args[0], "method") < 0) return NULL;
    return d->d.method->fn(t, args[0], args + 1, nargs - 1, kw);
}

static gp_obj *method_descr_get(gp_thread *t, gp_obj *self, gp_obj *obj, gp_obj *type) {
    descr_obj *d = (descr_obj *)self;
    if (!obj) return gp_newref(self);
    if (descr_check(t, d, obj, "method") < 0) return NULL;
    return gp_cfunction_new(t, d->d.method, obj, NULL);
}

static gp_obj *method_descr_repr(gp_thread *t, gp_obj *self) {
    descr_obj *d = (descr_obj *)self;
    return gp_str_from_format(t, "<method '%U' of '%s' objects>", d->name, gp_type_name(d->type));
}

gp_type gp_method_descr_type = {
    GP_TYPE_HEAD,
    .name = "method_descriptor",
    .basicsize = sizeof(descr_obj),
    .flags = GP_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getset = method_descr_getset,
};

/* ------------------------------------------------- classmethod_descriptor */

gp_obj *gp_classmethod_descr_new(gp_thread *t, gp_type *type, const gp_method_def *def) {
    descr_obj *d = (descr_obj *)descr_alloc(t, &gp_classmethod_descr_type, type, def->name);
    if (d) d->d.method = def;
    return (gp_obj *)d;
}

static gp_obj *classmethod_descr_get(gp_thread *t, gp_obj *self, gp_obj *obj, gp_obj *type) {
    descr_obj *d = (descr_obj *)self;
    if (!type) type = (gp_obj *)gp_typeof(obj);
    if (!gp_type_check(type))
        return gp_err_format(t, &gp_exc_TypeError, "descriptor '%U' for type '%s' needs a type, not a '%s' as arg 2",
                             d->name, gp_type_name(d->type), gp_type_name(gp_typeof(type)));
    if (!gp_type_is_subtype((gp_type *)type, d->type))
        return gp_err_format(t, &gp_exc_TypeError, "descriptor '%U' requires a subtype of '%s' but received '%s'",
                             d->name, gp_type_name(d->type), gp_type_name((gp_type *)type));
    return gp_cfunction_new(t, d->d.method, type, NULL);
}

static gp_obj *classmethod_descr_call(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                      gp_obj *kw) {
    descr_obj *d = (descr_obj *)self;
    if (nargs < 1)
        return gp_err_format(t, &gp_exc_TypeError, "descriptor '%U' of '%s' object needs an argument", d->name,
                             gp_type_name(d->type));
    gp_obj *bound = classmethod_descr_get(t, self, NULL, args[0]);
    if (!bound) return NULL;
    gp_obj *r = gp_call(t, bound, args + 1, nargs - 1, kw);
    gp_decref(bound);
    return r;
}

gp_type gp_classmethod_descr_type = {
    GP_TYPE_HEAD,
    .name = "classmethod_descriptor",
    .basicsize = sizeof(descr_obj),
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .getset = method_descr_getset,
};

/* ----------------------------------------------------- wrapper_descriptor */

gp_obj *gp_wrapper_descr_new(gp_thread *t, gp_type *type, const gp_slotdef *sd, void *wrapped) {
    descr_obj *d = (descr_obj *)descr_alloc(t, &gp_wrapper_descr_type, type, sd->name);
    if (!d) return NULL;
    d->d.slot = sd;
    d->wrapped = wrapped;
    return (gp_obj *)d;
}

const gp_slotdef *gp_wrapper_descr_slotdef(gp_obj *d) { return ((descr_obj *)d)->d.slot; }
void *gp_wrapper_descr_wrapped(gp_obj *d) { return ((descr_obj *)d)->wrapped; }

static gp_obj *wrapper_call_bound(gp_thread *t, descr_obj *d, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                  gp_obj *kw) {
    if (kw && gp_tuple_size(kw) > 0 && !d->d.slot->kw)
        return gp_err_format(t, &gp_exc_TypeError, "wrapper %U() takes no keyword arguments", d->name);
    return d->d.slot->wrap(t, self, args, nargs, kw, d->wrapped, d->d.slot);
}

static gp_obj *wrapper_descr_call(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    descr_obj *d = (descr_obj *)self;
    if (nargs < 1)
        return gp_err_format(t, &gp_exc_TypeError, "descriptor '%U' of '%s' object needs an argument", d->name,
                             gp_type_name(d->type));
    if (!gp_type_is_subtype(gp_typeof(args[0]), d->type))
        return gp_err_format(t, &gp_exc_TypeError, "descriptor '%U' requires a '%s' object but received a '%s'",
                             d->name, gp_type_name(d->type), gp_type_name(gp_typeof(args[0])));
    return wrapper_call_bound(t, d, args[0], args + 1, nargs - 1, kw);
}

typedef struct {
    gp_obj base;
    descr_obj *descr;
    gp_obj *self;
} method_wrapper;

static gp_obj *wrapper_descr_get(gp_thread *t, gp_obj *self, gp_obj *obj, gp_obj *type) {
    descr_obj *d = (descr_obj *)self;
    if (!obj) return gp_newref(self);
    if (!gp_type_is_subtype(gp_typeof(obj), d->type))
        return gp_err_format(t, &gp_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                             d->name, gp_type_name(d->type), gp_type_name(gp_typeof(obj)));
    method_wrapper *w = (method_wrapper *)gp_obj_alloc(t, &gp_method_wrapper_type, 0);
    if (!w) return NULL;
    w->descr = (descr_obj *)gp_newref(self);
    w->self = gp_newref(obj);
    return (gp_obj *)w;
}

static gp_obj *wrapper_descr_repr(gp_thread *t, gp_obj *self) {
    descr_obj *d = (descr_obj *)self;
    return gp_str_from_format(t, "<slot wrapper '%U' of '%s' objects>", d->name, gp_type_name(d->type));
}

gp_type gp_wrapper_descr_type = {
    GP_TYPE_HEAD,
    .name = "wrapper_descriptor",
    .basicsize = sizeof(descr_obj),
    .flags = GP_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = descr_dealloc,
    .repr = wrapper_descr_repr,
    .call = wrapper_descr_call,
    .descr_get = wrapper_descr_get,
    .getset = wrapper_descr_getset,
};

/* --------------------------------------------------------- method-wrapper */

static void mw_dealloc(gp_obj *o) {
    method_wrapper *w = (method_wrapper *)o;
    gp_decref((gp_obj *)w->descr);
    gp_decref(w->self);
    gp_obj_free(o);
}

static gp_obj *mw_call(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    method_wrapper *w = (method_wrapper *)self;
    return wrapper_call_bound(t, w->descr, w->self, args, nargs, kw);
}

static gp_obj *mw_repr(gp_thread *t, gp_obj *self) {
    method_wrapper *w = (method_wrapper *)self;
    return gp_str_from_format(t, "<method-wrapper '%U' of %s object at %p>", w->descr->name,
                              gp_type_name(gp_typeof(w->self)), (void *)w->self);
}

static gp_obj *mw_get_self(gp_thread *t, gp_obj *self, void *c) { return gp_newref(((method_wrapper *)self)->self); }
static gp_obj *mw_get_name(gp_thread *t, gp_obj *self, void *c) {
    return gp_newref(((method_wrapper *)self)->descr->name);
}
static gp_obj *mw_get_qualname(gp_thread *t, gp_obj *self, void *c) {
    return descr_get_qualname(t, (gp_obj *)((method_wrapper *)self)->descr, NULL);
}
static gp_obj *mw_get_objclass(gp_thread *t, gp_obj *self, void *c) {
    return gp_newref((gp_obj *)((method_wrapper *)self)->descr->type);
}
static gp_obj *mw_get_doc(gp_thread *t, gp_obj *self, void *c) {
    return wrapper_get_doc(t, (gp_obj *)((method_wrapper *)self)->descr, NULL);
}

static gp_obj *mw_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if ((op != GP_EQ && op != GP_NE) || gp_typeof(b) != &gp_method_wrapper_type) return GP_NOTIMPLEMENTED;
    method_wrapper *x = (method_wrapper *)a, *y = (method_wrapper *)b;
    int eq = x->descr == y->descr && x->self == y->self;
    return gp_bool_from(op == GP_EQ ? eq : !eq);
}

static gp_hash mw_hash(gp_thread *t, gp_obj *o) {
    method_wrapper *w = (method_wrapper *)o;
    return gp_hash_pointer(w->self) ^ gp_hash_pointer(w->descr);
}

static const gp_getset_def mw_getset[] = {
    {"__self__", mw_get_self, NULL, NULL, NULL},
    {"__name__", mw_get_name, NULL, NULL, NULL},
    {"__qualname__", mw_get_qualname, NULL, NULL, NULL},
    {"__objclass__", mw_get_objclass, NULL, NULL, NULL},
    {"__doc__", mw_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

gp_type gp_method_wrapper_type = {
    GP_TYPE_HEAD,
    .name = "method-wrapper",
    .basicsize = sizeof(method_wrapper),
    .dealloc = mw_dealloc,
    .repr = mw_repr,
    .call = mw_call,
    .richcompare = mw_richcompare,
    .hash = mw_hash,
    .getset = mw_getset,
};

/* ------------------------------------------------------- member_descriptor */

gp_obj *gp_member_descr_new(gp_thread *t, gp_type *type, const gp_member_def *def) {
    descr_obj *d = (descr_obj *)descr_alloc(t, &gp_member_descr_type, type, def->name);
    if (d) d->d.member = def;
    return (gp_obj *)d;
}

/* Object slots (__slots__ and the like) take no lock once threads run:
   a read is a load and an incref, a write an atomic exchange.  What a
   write replaces must outlive any read that loaded it just before, so a
   write releases the old value at once only while no thread but the
   owner has read or written the object; after that (GP_OBJ_SHARED) it
   releases it once every thread has passed a quiescent state
   (runtime/qsbr.h).  A thread that is not the owner marks the object
   before its first access.  The mark and the owner's exchange are each
   followed by a load of the other's location, all sequentially
   consistent, so at least one side sees the other: the writer sees the
   mark and defers, or the reader loads the new value. */
static inline void note_foreign(gp_obj *o) {
#ifdef GP_FREE_THREADED
    if ((__atomic_load_n(&o->ob_flags, __ATOMIC_RELAXED) & GP_OBJ_SHARED) == 0 && gp_ref_owner(o) != gp_tid())
        __atomic_fetch_or(&o->ob_flags, (uint8_t)GP_OBJ_SHARED, __ATOMIC_SEQ_CST);
#else
    (void)o;
#endif
}

static inline int is_shared(gp_obj *o) {
#ifdef GP_FREE_THREADED
    return (__atomic_load_n(&o->ob_flags, __ATOMIC_SEQ_CST) & GP_OBJ_SHARED) != 0;
#else
    (void)o;
    return 0;
#endif
}

static inline gp_obj *slot_ref(gp_obj *o, gp_obj **slot) {
    if (gp_is_threaded()) note_foreign(o);
    gp_obj *v = __atomic_load_n(slot, __ATOMIC_SEQ_CST);
    if (v) gp_incref(v);
    return v;
}

/* Store v (NULL: delete) into a slot; 1 if deleting found it empty. */
static inline int slot_store(gp_thread *t, gp_obj *o, gp_obj **slot, gp_obj *v, int must_exist) {
    gp_obj *old;
    if (gp_is_threaded()) {
        note_foreign(o);
        old = __atomic_exchange_n(slot, gp_xnewref(v), __ATOMIC_SEQ_CST);
    } else {
        old = *slot;
        *slot = gp_xnewref(v);
    }
    if (!old) return !v && must_exist;
    if (gp_is_threaded() && is_shared(o)) gp_qsbr_defer_decref(t, old);
    else gp_decref(old);
    return 0;
}

gp_obj *gp_member_get(gp_thread *t, gp_obj *o, const gp_member_def *m) {
    char *p = (char *)o + m->offset;
    switch (m->type) {
    case GP_MEMBER_OBJECT: {
        gp_obj *v = slot_ref(o, (gp_obj **)p);
        return v ? v : GP_NONE;
    }
    case GP_MEMBER_OBJECT_EX: {
        gp_obj *v = slot_ref(o, (gp_obj **)p);
        if (!v) {
            gp_err_format(t, &gp_exc_AttributeError, "'%s' object has no attribute '%s'",
                          gp_type_name(gp_typeof(o)), m->name);
            return NULL;
        }
        return v;
    }
    case GP_MEMBER_INT: return gp_int_from_ssize(t, *(int *)p);
    case GP_MEMBER_SSIZE: return gp_int_from_ssize(t, *(gp_ssize *)p);
    case GP_MEMBER_BOOL: return gp_bool_from(*(char *)p != 0);
    case GP_MEMBER_DOUBLE: return gp_float_new(t, *(double *)p);
    }
    return gp_err_bad_internal_call(t, "member get");
}

int gp_member_set(gp_thread *t, gp_obj *o, const gp_member_def *m, gp_obj *v) {
    char *p = (char *)o + m->offset;
    if (m->flags & GP_MEMBER_READONLY) {
        gp_err_format(t, &gp_exc_AttributeError, "readonly attribute");
        return -1;
    }
    switch (m->type) {
    case GP_MEMBER_OBJECT:
    case GP_MEMBER_OBJECT_EX: {
        if (slot_store(t, o, (gp_obj **)p, v, m->type == GP_MEMBER_OBJECT_EX)) {
            gp_err_format(t, &gp_exc_AttributeError, "'%s' object has no attribute '%s'", gp_type_name(gp_typeof(o)),
                          m->name);
            return -1;
        }
        return 0;
    }
    default:
        break;
    }
    if (!v) {
        gp_err_format(t, &gp_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    switch (m->type) {
    case GP_MEMBER_INT:
    case GP_MEMBER_SSIZE: {
        if (!gp_int_check(v)) {
            gp_err_format(t, &gp_exc_TypeError, "attribute value type must be int");
            return -1;
        }
        gp_ssize n;
        if (gp_int_as_ssize(t, v, &n) < 0) return -1;
        if (m->type == GP_MEMBER_INT)
            *(int *)p = (int)n;
        else
            *(gp_ssize *)p = n;
        return 0;
    }
    case GP_MEMBER_BOOL:
        if (!gp_bool_check(v)) {
            gp_err_format(t, &gp_exc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)p = v == GP_TRUE;
        return 0;
    case GP_MEMBER_DOUBLE: {
        double x;
        if (gp_number_as_double(t, v, &x) < 0) return -1;
        *(double *)p = x;
        return 0;
    }
    }
    gp_err_bad_internal_call(t, "member set");
    return -1;
}

static gp_obj *member_descr_get(gp_thread *t, gp_obj *self, gp_obj *obj, gp_obj *type) {
    descr_obj *d = (descr_obj *)self;
    if (!obj) return gp_newref(self);
    if (descr_check(t, d, obj, "member") < 0) return NULL;
    return gp_member_get(t, obj, d->d.member);
}

static int member_descr_set(gp_thread *t, gp_obj *self, gp_obj *obj, gp_obj *v) {
    descr_obj *d = (descr_obj *)self;
    if (descr_check(t, d, obj, "member") < 0) return -1;
    return gp_member_set(t, obj, d->d.member, v);
}

static gp_obj *member_descr_repr(gp_thread *t, gp_obj *self) {
    descr_obj *d = (descr_obj *)self;
    return gp_str_from_format(t, "<member '%U' of '%s' objects>", d->name, gp_type_name(d->type));
}

gp_type gp_member_descr_type = {
    GP_TYPE_HEAD,
    .name = "member_descriptor",
    .basicsize = sizeof(descr_obj),
    .dealloc = descr_dealloc,
    .repr = member_descr_repr,
    .descr_get = member_descr_get,
    .descr_set = member_descr_set,
    .getset = member_descr_getset,
};

/* ------------------------------------------------------- getset_descriptor */

gp_obj *gp_getset_descr_new(gp_thread *t, gp_type *type, const gp_getset_def *def) {
    descr_obj *d = (descr_obj *)descr_alloc(t, &gp_getset_descr_type, type, def->name);
    if (d) d->d.getset = def;
    return (gp_obj *)d;
}

static gp_obj *getset_descr_get(gp_thread *t, gp_obj *self, gp_obj *obj, gp_obj *type) {
    descr_obj *d = (descr_obj *)self;
    if (!obj) return gp_newref(self);
    if (descr_check(t, d, obj, "attribute") < 0) return NULL;
    if (!d->d.getset->get)
        return gp_err_format(t, &gp_exc_AttributeError, "attribute '%U' of '%s' objects is not readable", d->name,
                             gp_type_name(d->type));
    return d->d.getset->get(t, obj, d->d.getset->closure);
}

static int getset_descr_set(gp_thread *t, gp_obj *self, gp_obj *obj, gp_obj *v) {
    descr_obj *d = (descr_obj *)self;
    if (descr_check(t, d, obj, "attribute") < 0) return -1;
    if (!d->d.getset->set) {
        gp_err_format(t, &gp_exc_AttributeError, "attribute '%U' of '%s' objects is not writable", d->name,
                      gp_type_name(d->type));
        return -1;
    }
    return d->d.getset->set(t, obj, v, d->d.getset->closure);
}

static gp_obj *getset_descr_repr(gp_thread *t, gp_obj *self) {
    descr_obj *d = (descr_obj *)self;
    return gp_str_from_format(t, "<attribute '%U' of '%s' objects>", d->name, gp_type_name(d->type));
}

gp_type gp_getset_descr_type = {
    GP_TYPE_HEAD,
    .name = "getset_descriptor",
    .basicsize = sizeof(descr_obj),
    .dealloc = descr_dealloc,
    .repr = getset_descr_repr,
    .descr_get = getset_descr_get,
    .descr_set = getset_descr_set,
    .getset = getset_descr_getset,
};

/* ------------------------------------------- builtin_function_or_method */

typedef struct {
    gp_obj base;
    const gp_method_def *def;
    gp_obj *self;   /* NULL for plain functions */
    gp_obj *module; /* module object or its name, or NULL */
} cfunction;

gp_obj *gp_cfunction_new(gp_thread *t, const gp_method_def *def, gp_obj *self, gp_obj *module) {
    cfunction *f = (cfunction *)gp_obj_alloc(t, &gp_cfunction_type, 0);
    if (!f) return NULL;
    f->def = def;
    f->self = gp_xnewref(self);
    f->module = gp_xnewref(module);
    return (gp_obj *)f;
}

static void cfunction_dealloc(gp_obj *o) {
    cfunction *f = (cfunction *)o;
    gp_xdecref(f->self);
    gp_xdecref(f->module);
    gp_obj_free(o);
}

static gp_obj *cfunction_call(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    cfunction *f = (cfunction *)self;
    return f->def->fn(t, f->self, args, nargs, kw);
}

/* Module functions print as functions; anything bound to an object as a
   method of it. */
static int cfunction_is_method(cfunction *f) {
    return f->self && gp_typeof(f->self) != &gp_module_type && !gp_type_is_subtype(gp_typeof(f->self), &gp_module_type);
}

static gp_obj *cfunction_repr(gp_thread *t, gp_obj *self) {
    cfunction *f = (cfunction *)self;
    if (!cfunction_is_method(f)) return gp_str_from_format(t, "<built-in function %s>", f->def->name);
    return gp_str_from_format(t, "<built-in method %s of %s object at %p>", f->def->name,
                              gp_type_name(gp_typeof(f->self)), (void *)f->self);
}

static gp_obj *cfunction_get_name(gp_thread *t, gp_obj *self, void *c) {
    return gp_str_from_cstr(t, ((cfunction *)self)->def->name);
}

static gp_obj *cfunction_get_qualname(gp_thread *t, gp_obj *self, void *c) {
    cfunction *f = (cfunction *)self;
    if (!cfunction_is_method(f)) return gp_str_from_cstr(t, f->def->name);
    gp_type *owner = gp_type_check(f->self) ? (gp_type *)f->self : gp_typeof(f->self);
    gp_obj *qn = gp_type_qualname_obj(t, owner);
    if (!qn) return NULL;
    gp_obj *r = gp_str_from_format(t, "%U.%s", qn, f->def->name);
    gp_decref(qn);
    return r;
}

static gp_obj *cfunction_get_self(gp_thread *t, gp_obj *self, void *c) {
    cfunction *f = (cfunction *)self;
    return gp_newref(f->self ? f->self : GP_NONE);
}

static gp_obj *cfunction_get_module(gp_thread *t, gp_obj *self, void *c) {
    cfunction *f = (cfunction *)self;
    if (!f->module) {
        if (f->self && gp_type_is_subtype(gp_typeof(f->self), &gp_module_type))
            return gp_obj_getattr_cstr(t, f->self, "__name__");
        return GP_NONE;
    }
    if (gp_type_is_subtype(gp_typeof(f->module), &gp_module_type))
        return gp_obj_getattr_cstr(t, f->module, "__name__");
    return gp_newref(f->module);
}

static int cfunction_set_module(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    gp_setref_steal(&((cfunction *)self)->module, gp_xnewref(v));
    return 0;
}

static gp_obj *cfunction_get_doc(gp_thread *t, gp_obj *self, void *c) {
    return doc_from_cstr(t, ((cfunction *)self)->def->doc);
}

static gp_obj *cfunction_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if ((op != GP_EQ && op != GP_NE) || gp_typeof(b) != &gp_cfunction_type) return GP_NOTIMPLEMENTED;
    cfunction *x = (cfunction *)a, *y = (cfunction *)b;
    int eq = x->def == y->def && x->self == y->self;
    return gp_bool_from(op == GP_EQ ? eq : !eq);
}

static gp_hash cfunction_hash(gp_thread *t, gp_obj *o) {
    cfunction *f = (cfunction *)o;
    gp_hash h = gp_hash_pointer(f->def) ^ (f->self ? gp_hash_pointer(f->self) : 0);
    return h == -1 ? -2 : h;
}

static gp_obj *cfunction_reduce(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return cfunction_get_qualname(t, self, NULL);
}

static const gp_method_def cfunction_methods[] = {
    {"__reduce__", cfunction_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const gp_getset_def cfunction_getset[] = {
    {"__name__", cfunction_get_name, NULL, NULL, NULL},
    {"__qualname__", cfunction_get_qualname, NULL, NULL, NULL},
    {"__self__", cfunction_get_self, NULL, NULL, NULL},
    {"__module__", cfunction_get_module, cfunction_set_module, NULL, NULL},
    {"__doc__", cfunction_get_doc, NULL, NULL, NULL},
    {"__text_signature__", descr_get_text_signature, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

gp_type gp_cfunction_type = {
    GP_TYPE_HEAD,
    .name = "builtin_function_or_method",
    .basicsize = sizeof(cfunction),
    .dealloc = cfunction_dealloc,
    .repr = cfunction_repr,
    .call = cfunction_call,
    .richcompare = cfunction_richcompare,
    .hash = cfunction_hash,
    .methods = cfunction_methods,
    .getset = cfunction_getset,
};

/* T.__new__ for static types: a built-in method bound to T that checks the
   class it is asked to create. */
static gp_obj *tp_new_wrapper(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_type *type = (gp_type *)self;
    if (nargs < 1)
        return gp_err_format(t, &gp_exc_TypeError, "%s.__new__(): not enough arguments", gp_type_name(type));
    gp_obj *arg0 = args[0];
    if (!gp_type_check(arg0))
        return gp_err_format(t, &gp_exc_TypeError, "%s.__new__(X): X is not a type object (%s)", gp_type_name(type),
                             gp_type_name(gp_typeof(arg0)));
    gp_type *sub = (gp_type *)arg0;
    if (!gp_type_is_subtype(sub, type))
        return gp_err_format(t, &gp_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", gp_type_name(type),
                             gp_type_name(sub), gp_type_name(sub), gp_type_name(type));
    /* The C constructor of sub's nearest static base must be this one, or the
       instance would miss fields that base initialises. */
    gp_type *staticbase = sub;
    while (staticbase && staticbase->new_ == gp_slot_tp_new) staticbase = staticbase->tp_base;
    if (staticbase && staticbase->new_ != type->new_)
        return gp_err_format(t, &gp_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", gp_type_name(type),
                             gp_type_name(sub), gp_type_name(staticbase));
    if (!type->new_) return gp_err_format(t, &gp_exc_TypeError, "cannot create '%s' instances", sub->name);
    return type->new_(t, sub, args + 1, nargs - 1, kw);
}

static const gp_method_def tp_new_def = {"__new__", tp_new_wrapper, 0,
                                         "Create and return a new object.  See help(type) for accurate signature."};

gp_obj *gp_builtin_new_wrapper(gp_thread *t, gp_type *type) {
    return gp_cfunction_new(t, &tp_new_def, (gp_obj *)type, NULL);
}

int gp_is_builtin_new_wrapper(gp_obj *o, gp_type **type) {
    if (gp_typeof(o) == &gp_staticmethod_type) return 0;
    if (gp_typeof(o) != &gp_cfunction_type || ((cfunction *)o)->def != &tp_new_def) return 0;
    *type = (gp_type *)((cfunction *)o)->self;
    return 1;
}

/* ---------------------------------------------------------- mappingproxy */

typedef struct {
    gp_obj base;
    gp_obj *mapping;
} mappingproxy;

gp_obj *gp_mappingproxy_new(gp_thread *t, gp_obj *mapping) {
    mappingproxy *p = (mappingproxy *)gp_obj_alloc(t, &gp_mappingproxy_type, 0);
    if (!p) return NULL;
    p->mapping = gp_newref(mapping);
    return (gp_obj *)p;
}

static gp_obj *mp_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    static const char *const names[] = {"mapping", NULL};
    static const gp_argspec spec = {"mappingproxy", names, 1, 1};
    gp_obj *m;
    if (gp_args_bind(t, &spec, args, nargs, kw, &m) < 0) return NULL;
    gp_type *mt = gp_typeof(m);
    if (!mt->as_mapping || !mt->as_mapping->subscript || gp_list_check(m) || gp_tuple_check(m))
        return gp_err_format(t, &gp_exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                             gp_type_name(mt));
    return gp_mappingproxy_new(t, m);
}

static void mp_dealloc(gp_obj *o) {
    gp_decref(((mappingproxy *)o)->mapping);
    gp_obj_free(o);
}

static gp_obj *mp_repr(gp_thread *t, gp_obj *o) {
    return gp_str_from_format(t, "mappingproxy(%R)", ((mappingproxy *)o)->mapping);
}
static gp_obj *mp_str(gp_thread *t, gp_obj *o) { return gp_obj_str(t, ((mappingproxy *)o)->mapping); }
static gp_ssize mp_len(gp_thread *t, gp_obj *o) { return gp_obj_len(t, ((mappingproxy *)o)->mapping); }
static gp_obj *mp_getitem(gp_thread *t, gp_obj *o, gp_obj *k) { return gp_obj_getitem(t, ((mappingproxy *)o)->mapping, k); }
static int mp_contains(gp_thread *t, gp_obj *o, gp_obj *k) { return gp_seq_contains(t, ((mappingproxy *)o)->mapping, k); }
static gp_obj *mp_iter(gp_thread *t, gp_obj *o) { return gp_obj_getiter(t, ((mappingproxy *)o)->mapping); }
static gp_obj *mp_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    return gp_obj_richcompare(t, ((mappingproxy *)a)->mapping, b, op);
}

static gp_obj *mp_forward(gp_thread *t, gp_obj *self, const char *name, gp_obj *const *args, gp_ssize nargs) {
    return gp_call_method(t, ((mappingproxy *)self)->mapping, name, args, nargs);
}
static gp_obj *mp_keys(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return mp_forward(t, self, "keys", args, nargs);
}
static gp_obj *mp_values(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return mp_forward(t, self, "values", args, nargs);
}
static gp_obj *mp_items(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return mp_forward(t, self, "items", args, nargs);
}
static gp_obj *mp_get(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "get", nargs, 1, 2) < 0) return NULL;
    return mp_forward(t, self, "get", args, nargs);
}
static gp_obj *mp_copy(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return mp_forward(t, self, "copy", args, nargs);
}

static const gp_method_def mp_methods[] = {
    {"keys", mp_keys, 0, NULL},     {"values", mp_values, 0, NULL}, {"items", mp_items, 0, NULL},
    {"get", mp_get, 0, NULL},       {"copy", mp_copy, 0, NULL},     {NULL, NULL, 0, NULL},
};

static gp_mapping_methods mp_as_mapping = {.length = mp_len, .subscript = mp_getitem};
static gp_sequence_methods mp_as_sequence = {.contains = mp_contains};

gp_type gp_mappingproxy_type = {
    GP_TYPE_HEAD,
    .name = "mappingproxy",
    .basicsize = sizeof(mappingproxy),
    .flags = GP_TPFLAGS_MAPPING,
    .dealloc = mp_dealloc,
    .repr = mp_repr,
    .str = mp_str,
    .iter = mp_iter,
    .richcompare = mp_richcompare,
    .new_ = mp_new,
    .as_mapping = &mp_as_mapping,
    .as_sequence = &mp_as_sequence,
    .methods = mp_methods,
};

/* --------------------------------------------------------------- property */

typedef struct {
    gp_obj base;
    gp_obj *dict; /* for subclasses and attributes set on the property */
    gp_obj *fget, *fset, *fdel, *doc;
    gp_obj *name;
    int getter_doc; /* the doc came from fget */
} property;

static gp_obj *none_to_null(gp_obj *o) { return o == GP_NONE ? NULL : o; }

static int property_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    static const gp_argspec spec = {"property", names, 0, -1};
    gp_obj *a[4];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return -1;
    property *p = (property *)self;
    gp_setref_steal(&p->fget, gp_xnewref(a[0] ? none_to_null(a[0]) : NULL));
    gp_setref_steal(&p->fset, gp_xnewref(a[1] ? none_to_null(a[1]) : NULL));
    gp_setref_steal(&p->fdel, gp_xnewref(a[2] ? none_to_null(a[2]) : NULL));
    gp_setref_steal(&p->doc, gp_xnewref(a[3] ? none_to_null(a[3]) : NULL));
    p->getter_doc = 0;
    if (!p->doc && p->fget) {
        gp_obj *d = NULL;
        GP_ID(s_doc, "__doc__");
        if (gp_obj_lookup_attr(t, p->fget, s_doc, &d) < 0) return -1;
        if (d && d != GP_NONE) {
            p->doc = d;
            p->getter_doc = 1;
        } else {
            gp_xdecref(d);
        }
    }
    /* A subclass stores the doc in its instance dict, where __doc__ is looked
       up for it. */
    if (gp_typeof(self) != &gp_property_type && p->doc) {
        gp_obj **dp = gp_obj_dictptr(self);
        if (dp) {
            if (!*dp && !(*dp = gp_dict_new(t))) return -1;
            if (gp_dict_set_str(t, *dp, "__doc__", p->doc) < 0) return -1;
        }
    }
    return 0;
}

static gp_obj *property_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_obj *o = gp_obj_alloc(t, type, 0);
    if (o && (type->flags & GP_TPFLAGS_HAVE_GC)) gp_gc_track(o);
    return o;
}

static void property_dealloc(gp_obj *o) {
    property *p = (property *)o;
    gp_clear(&p->dict);
    gp_clear(&p->fget);
    gp_clear(&p->fset);
    gp_clear(&p->fdel);
    gp_clear(&p->doc);
    gp_clear(&p->name);
    gp_obj_free(o);
}

static int property_error(gp_thread *t, property *p, gp_obj *obj, const char *what) {
    if (p->name)
        gp_err_format(t, &gp_exc_AttributeError, "property %R of '%s' object has no %s", p->name,
                      gp_type_name(gp_typeof(obj)), what);
    else
        gp_err_format(t, &gp_exc_AttributeError, "property of '%s' object has no %s", gp_type_name(gp_typeof(obj)),
                      what);
    return -1;
}

static gp_obj *property_get(gp_thread *t, gp_obj *self, gp_obj *obj, gp_obj *type) {
    property *p = (property *)self;
    if (!obj || obj == GP_NONE) return gp_newref(self);
    if (!p->fget) {
        property_error(t, p, obj, "getter");
        return NULL;
    }
    return gp_call1(t, p->fget, obj);
}

static int property_set(gp_thread *t, gp_obj *self, gp_obj *obj, gp_obj *v) {
    property *p = (property *)self;
    gp_obj *f = v ? p->fset : p->fdel;
    if (!f) return property_error(t, p, obj, v ? "setter" : "deleter");
    gp_obj *r = v ? gp_call2(t, f, obj, v) : gp_call1(t, f, obj);
    if (!r) return -1;
    gp_decref(r);
    return 0;
}

/* getter/setter/deleter: a copy of the property with one function replaced,
   made through the property's own class so that subclasses survive. */
static gp_obj *property_copy(gp_thread *t, gp_obj *self, gp_obj *fget, gp_obj *fset, gp_obj *fdel) {
    property *p = (property *)self;
    gp_obj *doc = (p->getter_doc && fget != p->fget) ? GP_NONE : (p->doc ? p->doc : GP_NONE);
    gp_obj *args[4] = {fget ? fget : GP_NONE, fset ? fset : GP_NONE, fdel ? fdel : GP_NONE, doc};
    gp_obj *np = gp_call(t, (gp_obj *)gp_typeof(self), args, 4, NULL);
    if (np && gp_type_is_subtype(gp_typeof(np), &gp_property_type) && p->name)
        gp_setref_steal(&((property *)np)->name, gp_newref(p->name));
    return np;
}

static gp_obj *property_getter(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "getter", nargs, 1, 1) < 0) return NULL;
    property *p = (property *)self;
    return property_copy(t, self, args[0], p->fset, p->fdel);
}

static gp_obj *property_setter(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "setter", nargs, 1, 1) < 0) return NULL;
    property *p = (property *)self;
    return property_copy(t, self, p->fget, args[0], p->fdel);
}

static gp_obj *property_deleter(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "deleter", nargs, 1, 1) < 0) return NULL;
    property *p = (property *)self;
    return property_copy(t, self, p->fget, p->fset, args[0]);
}

static gp_obj *property_set_name(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "__set_name__", nargs, 2, 2) < 0) return NULL;
    gp_setref_steal(&((property *)self)->name, gp_newref(args[1]));
    return GP_NONE;
}

static const gp_method_def property_methods[] = {
    {"getter", property_getter, 0, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, 0, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, 0, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, 0, "Method to set name of a property."},
    {NULL, NULL, 0, NULL},
};

static const gp_member_def property_members[] = {
    {"fget", GP_MEMBER_OBJECT, offsetof(property, fget), GP_MEMBER_READONLY, NULL},
    {"fset", GP_MEMBER_OBJECT, offsetof(property, fset), GP_MEMBER_READONLY, NULL},
    {"fdel", GP_MEMBER_OBJECT, offsetof(property, fdel), GP_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static gp_obj *property_get_doc(gp_thread *t, gp_obj *self, void *c) {
    property *p = (property *)self;
    return gp_newref(p->doc ? p->doc : GP_NONE);
}

static int property_set_doc(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    property *p = (property *)self;
    gp_setref_steal(&p->doc, gp_xnewref(v));
    return 0;
}

static int is_abstract(gp_thread *t, gp_obj *f) {
    if (!f) return 0;
    gp_obj *v = NULL;
    GP_ID(s_abs, "__isabstractmethod__");
    int r = gp_obj_lookup_attr(t, f, s_abs, &v);
    if (r <= 0) return r;
    r = gp_obj_truthy(t, v);
    gp_decref(v);
    return r;
}

static gp_obj *property_get_isabstract(gp_thread *t, gp_obj *self, void *c) {
    property *p = (property *)self;
    gp_obj *fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        int r = is_abstract(t, fs[i]);
        if (r < 0) return NULL;
        if (r) return GP_TRUE;
    }
    return GP_FALSE;
}

static const gp_getset_def property_getset[] = {
    {"__doc__", property_get_doc, property_set_doc, NULL, NULL},
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

gp_type gp_property_type = {
    GP_TYPE_HEAD,
    .name = "property",
    .basicsize = sizeof(property),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = property_dealloc,
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_new,
    .init = property_init,
    .methods = property_methods,
    .members = property_members,
    .getset = property_getset,
    .dictoffset = offsetof(property, dict),
    .doc = "Property attribute.",
};

/* ------------------------------------------------ staticmethod, classmethod */

typedef struct {
    gp_obj base;
    gp_obj *dict;
    gp_obj *callable;
} funcwrap;

static gp_obj *funcwrap_alloc(gp_thread *t, gp_type *type, gp_obj *callable) {
    funcwrap *w = (funcwrap *)gp_obj_alloc(t, type, 0);
    if (!w) return NULL;
    w->callable = gp_xnewref(callable);
    return (gp_obj *)w;
}

gp_obj *gp_staticmethod_new(gp_thread *t, gp_obj *callable) {
    return funcwrap_alloc(t, &gp_staticmethod_type, callable);
}
gp_obj *gp_classmethod_new(gp_thread *t, gp_obj *callable) { return funcwrap_alloc(t, &gp_classmethod_type, callable); }

static void funcwrap_dealloc(gp_obj *o) {
    funcwrap *w = (funcwrap *)o;
    gp_clear(&w->dict);
    gp_clear(&w->callable);
    gp_obj_free(o);
}

static gp_obj *funcwrap_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return funcwrap_alloc(t, type, NULL);
}

/* The wrapper takes over __name__, __doc__ and friends of the function, as
   functools.wraps would, so that introspection sees through it. */
static int copy_function_attrs(gp_thread *t, gp_obj *self, gp_obj *f) {
    static const char *const attrs[] = {"__module__", "__name__", "__qualname__", "__doc__", NULL};
    gp_obj **dp = gp_obj_dictptr(self);
    if (!dp) return 0;
    if (!*dp && !(*dp = gp_dict_new(t))) return -1;
    for (int i = 0; attrs[i]; i++) {
        gp_obj *v = NULL;
        int r = gp_obj_lookup_attr(t, f, gp_id(t, attrs[i]), &v);
        if (r < 0) return -1;
        if (r == 0) continue;
        r = gp_dict_set_str(t, *dp, attrs[i], v);
        gp_decref(v);
        if (r < 0) return -1;
    }
    return 0;
}

/* __wrapped__ reads the function itself, a read-only member as in CPython. */
static const gp_member_def funcwrap_members[] = {
    {"__wrapped__", GP_MEMBER_OBJECT, offsetof(funcwrap, callable), GP_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static int funcwrap_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    const char *name = gp_type_is_subtype(gp_typeof(self), &gp_classmethod_type) ? "classmethod" : "staticmethod";
    if (gp_args_no_kw(t, name, kw) < 0) return -1;
    if (nargs != 1) {
        gp_err_format(t, &gp_exc_TypeError, "%s expected 1 argument, got %zd", name, nargs);
        return -1;
    }
    funcwrap *w = (funcwrap *)self;
    gp_setref_steal(&w->callable, gp_newref(args[0]));
    return copy_function_attrs(t, self, args[0]);
}

static gp_obj *staticmethod_get(gp_thread *t, gp_obj *self, gp_obj *obj, gp_obj *type) {
    funcwrap *w = (funcwrap *)self;
    if (!w->callable) return gp_err_format(t, &gp_exc_RuntimeError, "uninitialized staticmethod object");
    return gp_newref(w->callable);
}

static gp_obj *staticmethod_call(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    funcwrap *w = (funcwrap *)self;
    return gp_call(t, w->callable, args, nargs, kw);
}

static gp_obj *classmethod_get(gp_thread *t, gp_obj *self, gp_obj *obj, gp_obj *type) {
    funcwrap *w = (funcwrap *)self;
    if (!w->callable) return gp_err_format(t, &gp_exc_RuntimeError, "uninitialized classmethod object");
    if (!type) type = (gp_obj *)gp_typeof(obj);
    gp_descrgetfunc get = gp_typeof(w->callable)->descr_get;
    if (get && gp_typeof(w->callable) != &gp_function_type) return get(t, w->callable, type, type);
    return gp_method_new(t, w->callable, type);
}

static gp_obj *funcwrap_repr(gp_thread *t, gp_obj *self) {
    funcwrap *w = (funcwrap *)self;
    return gp_str_from_format(t, "<%s(%R)>", gp_type_name(gp_typeof(self)), w->callable ? w->callable : GP_NONE);
}

static gp_obj *funcwrap_get_func(gp_thread *t, gp_obj *self, void *c) {
    funcwrap *w = (funcwrap *)self;
    return gp_newref(w->callable ? w->callable : GP_NONE);
}

static gp_obj *funcwrap_get_isabstract(gp_thread *t, gp_obj *self, void *c) {
    int r = is_abstract(t, ((funcwrap *)self)->callable);
    if (r < 0) return NULL;
    return gp_bool_from(r);
}

static const gp_getset_def funcwrap_getset[] = {
    {"__func__", funcwrap_get_func, NULL, NULL, NULL},
    {"__isabstractmethod__", funcwrap_get_isabstract, NULL, NULL, NULL},
    {"__dict__", gp_obj_dict_get, gp_obj_dict_set, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

gp_type gp_staticmethod_type = {
    GP_TYPE_HEAD,
    .name = "staticmethod",
    .basicsize = sizeof(funcwrap),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = funcwrap_dealloc,
    .repr = funcwrap_repr,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .new_ = funcwrap_new,
    .init = funcwrap_init,
    .members = funcwrap_members,
    .getset = funcwrap_getset,
    .dictoffset = offsetof(funcwrap, dict),
};

gp_type gp_classmethod_type = {
    GP_TYPE_HEAD,
    .name = "classmethod",
    .basicsize = sizeof(funcwrap),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = funcwrap_dealloc,
    .repr = funcwrap_repr,
    .descr_get = classmethod_get,
    .new_ = funcwrap_new,
    .init = funcwrap_init,
    .members = funcwrap_members,
    .getset = funcwrap_getset,
    .dictoffset = offsetof(funcwrap, dict),
};

/* ------------------------------------------------------------------ super */

typedef struct {
    gp_obj base;
    gp_type *type;     /* the class named in super(type, obj) */
    gp_obj *obj;       /* the instance or class, or NULL (unbound) */
    gp_type *obj_type; /* the class whose MRO is searched */
} super_obj;

static void super_dealloc(gp_obj *o) {
    super_obj *s = (super_obj *)o;
    gp_xdecref((gp_obj *)s->type);
    gp_xdecref(s->obj);
    gp_xdecref((gp_obj *)s->obj_type);
    gp_obj_free(o);
}

static gp_type *supercheck(gp_thread *t, gp_type *type, gp_obj *obj) {
    if (gp_type_check(obj) && gp_type_is_subtype((gp_type *)obj, type)) return (gp_type *)obj;
    if (gp_type_is_subtype(gp_typeof(obj), type)) return gp_typeof(obj);
    gp_obj *cls = NULL;
    GP_ID(s_class, "__class__");
    if (gp_obj_lookup_attr(t, obj, s_class, &cls) < 0) return NULL;
    if (cls && gp_type_check(cls) && gp_type_is_subtype((gp_type *)cls, type)) {
        gp_decref(cls);
        return (gp_type *)cls;
    }
    gp_xdecref(cls);
    gp_err_format(t, &gp_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static gp_obj *super_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_obj *o = gp_obj_alloc(t, type, 0);
    if (o && (type->flags & GP_TPFLAGS_HAVE_GC)) gp_gc_track(o);
    return o;
}

static int super_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "super", kw) < 0) return -1;
    if (nargs > 2) {
        gp_err_format(t, &gp_exc_TypeError, "super() takes at most 2 arguments (%zd given)", nargs);
        return -1;
    }
    gp_obj *type, *obj = NULL;
    if (nargs == 0) {
        if (gp_vm_super_args(t, &type, &obj) < 0) return -1;
    } else {
        type = args[0];
        if (nargs == 2) obj = args[1];
    }
    if (!gp_type_check(type)) {
        gp_err_format(t, &gp_exc_TypeError, "super() argument 1 must be a type, not %s", gp_type_name(gp_typeof(type)));
        return -1;
    }
    if (obj == GP_NONE) obj = NULL;
    gp_type *obj_type = NULL;
    if (obj) {
        obj_type = supercheck(t, (gp_type *)type, obj);
        if (!obj_type) return -1;
    }
    super_obj *s = (super_obj *)self;
    gp_setref_steal((gp_obj **)&s->type, gp_newref(type));
    gp_setref_steal(&s->obj, gp_xnewref(obj));
    gp_setref_steal((gp_obj **)&s->obj_type, gp_xnewref((gp_obj *)obj_type));
    return 0;
}

static gp_obj *super_getattro(gp_thread *t, gp_obj *self, gp_obj *name) {
    super_obj *s = (super_obj *)self;
    GP_ID(s_class, "__class__");
    if (s->obj_type && !(gp_str_check(name) && gp_str_eq(name, s_class))) {
        gp_obj *mro = s->obj_type->mro;
        gp_ssize n = mro ? gp_tuple_size(mro) : 0, i = 0;
        while (i < n && gp_tuple_get_borrow(mro, i) != (gp_obj *)s->type) i++;
        for (i++; i < n; i++) {
            gp_obj *d = ((gp_type *)gp_tuple_get_borrow(mro, i))->dict;
            gp_obj *v = d ? gp_dict_get_borrow(t, d, name) : NULL;
            if (!v) {
                if (t->exc) return NULL;
                continue;
            }
            gp_descrgetfunc get = gp_typeof(v)->descr_get;
            if (!get) return gp_newref(v);
            gp_incref(v);
            gp_obj *r = get(t, v, s->obj == (gp_obj *)s->obj_type ? NULL : s->obj, (gp_obj *)s->obj_type);
            gp_decref(v);
            return r;
        }
    }
    gp_obj *r = gp_obj_generic_getattr(t, self, name);
    if (!r && gp_err_matches(t, &gp_exc_AttributeError)) {
        gp_err_clear(t);
        gp_err_format(t, &gp_exc_AttributeError, "'super' object has no attribute '%U'", name);
    }
    return r;
}

static gp_obj *super_descr_get(gp_thread *t, gp_obj *self, gp_obj *obj, gp_obj *type) {
    super_obj *s = (super_obj *)self;
    if (!obj || obj == GP_NONE || s->obj) return gp_newref(self);
    gp_obj *args[2] = {(gp_obj *)s->type, obj};
    return gp_call(t, (gp_obj *)gp_typeof(self), args, 2, NULL);
}

static gp_obj *super_repr(gp_thread *t, gp_obj *self) {
    super_obj *s = (super_obj *)self;
    if (!s->type) return gp_str_from_format(t, "<super: <class 'NULL'>, NULL>");
    if (s->obj_type)
        return gp_str_from_format(t, "<super: <class '%s'>, <%s object>>", gp_type_name(s->type),
                                  gp_type_name(s->obj_type));
    return gp_str_from_format(t, "<super: <class '%s'>, NULL>", gp_type_name(s->type));
}

static const gp_member_def super_members[] = {
    {"__thisclass__", GP_MEMBER_OBJECT, offsetof(super_obj, type), GP_MEMBER_READONLY, "the class invoking super()"},
    {"__self__", GP_MEMBER_OBJECT, offsetof(super_obj, obj), GP_MEMBER_READONLY, "the instance invoking super(); may be None"},
    {"__self_class__", GP_MEMBER_OBJECT, offsetof(super_obj, obj_type), GP_MEMBER_READONLY, "the type of the instance invoking super(); may be None"},
    {NULL, 0, 0, 0, NULL},
};

gp_type gp_super_type = {
    GP_TYPE_HEAD,
    .name = "super",
    .basicsize = sizeof(super_obj),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattro = super_getattro,
    .descr_get = super_descr_get,
    .new_ = super_new,
    .init = super_init,
    .members = super_members,
};
