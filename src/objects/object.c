/* object, the root of every class, with the generic attribute protocol and
   instance dicts; and the three singletons None, NotImplemented and
   Ellipsis with their types. */
#include "objects/typeobj_impl.h"
#include "runtime/gc.h"
#include "runtime/qsbr.h"

gp_obj *gp_id(gp_thread *t, const char *s) { return gp_str_intern_cstr_borrow(t, s); }

/* Pointers are aligned, so the low bits carry nothing: rotate them away the
   way CPython does, so identity hashes spread over the table. */
gp_hash gp_hash_pointer(const void *p) {
    uintptr_t y = (uintptr_t)p;
    y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
    gp_hash h = (gp_hash)y;
    return h == -1 ? -2 : h;
}

gp_hash gp_hash_not_implemented(gp_thread *t, gp_obj *o) {
    gp_err_format(t, &gp_exc_TypeError, "unhashable type: '%s'", gp_typeof(o)->name);
    return -1;
}

/* ------------------------------------------------------------ instance dict */

gp_obj **gp_obj_dictptr(gp_obj *o) {
    if (gp_is_small(o)) return NULL;
    gp_type *tp = o->ob_type;
    gp_ssize off = tp->dictoffset;
    if (off == 0) return NULL;
    if (off < 0) {
        /* Var-sized instances keep the dict pointer in the last aligned word
           of the allocation, after their items. */
        gp_ssize n = ((gp_varobj *)o)->size;
        if (n < 0) n = -n;
        uintptr_t end = (uintptr_t)o + (uintptr_t)tp->basicsize + (uintptr_t)(n * tp->itemsize);
        end &= ~(uintptr_t)7;
        return (gp_obj **)(end + (uintptr_t)off);
    }
    return (gp_obj **)((char *)o + off);
}

gp_obj *gp_obj_dict_ref(gp_thread *t, gp_obj **dp, int create) {
    gp_obj *d = __atomic_load_n(dp, __ATOMIC_ACQUIRE);
    if (d) {
        gp_incref(d);
        return d;
    }
    if (!create) return NULL;
    /* Two threads may create the dict at once: the first one stored wins,
       and the other one uses it. */
    gp_obj *fresh = gp_dict_new(t);
    if (!fresh) return NULL;
    gp_obj *expected = NULL;
    if (__atomic_compare_exchange_n(dp, &expected, fresh, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        gp_incref(fresh);
        return fresh;
    }
    gp_decref(fresh);
    gp_incref(expected);
    return expected;
}

void gp_obj_dict_replace(gp_thread *t, gp_obj *owner, gp_obj **dp, gp_obj *v) {
    gp_xincref(v);
    gp_obj_lock(owner);
    gp_obj *old = __atomic_exchange_n(dp, v, __ATOMIC_ACQ_REL);
    gp_obj_unlock(owner);
    if (old) gp_qsbr_defer_decref(t, old);
}

/* __dict__ of built-in types with a dict slot (dictoffset): made on first
   use, replaced only with a dict, never deleted. */
gp_obj *gp_obj_dict_get(gp_thread *t, gp_obj *self, void *closure) {
    return gp_obj_dict_ref(t, gp_obj_dictptr(self), 1);
}

int gp_obj_dict_assign(gp_thread *t, gp_obj *owner, gp_obj **dp, gp_obj *v) {
    if (!v) {
        gp_err_set_str(t, &gp_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!gp_dict_check(v)) {
        gp_err_format(t, &gp_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      gp_type_name(gp_typeof(v)));
        return -1;
    }
    gp_obj_dict_replace(t, owner, dp, v);
    return 0;
}

int gp_obj_dict_set(gp_thread *t, gp_obj *self, gp_obj *v, void *closure) {
    return gp_obj_dict_assign(t, self, gp_obj_dictptr(self), v);
}

static gp_obj *subtype_dict_get(gp_thread *t, gp_obj *self, void *closure) {
    gp_obj **dp = gp_obj_dictptr(self);
    if (!dp) return gp_err_format(t, &gp_exc_AttributeError, "This object has no __dict__");
    return gp_obj_dict_ref(t, dp, 1);
}

static int subtype_dict_set(gp_thread *t, gp_obj *self, gp_obj *v, void *closure) {
    gp_obj **dp = gp_obj_dictptr(self);
    if (!dp) {
        gp_err_format(t, &gp_exc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (v && !gp_dict_check(v)) {
        gp_err_format(t, &gp_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      gp_type_name(gp_typeof(v)));
        return -1;
    }
    gp_obj_dict_replace(t, self, dp, v);
    return 0;
}

/* Weak references are not supported; the attribute exists so that class
   dicts look as in CPython. */
static gp_obj *subtype_weakref_get(gp_thread *t, gp_obj *self, void *closure) {
    return gp_weakref_first(t, self);
}

const gp_getset_def gp_subtype_dict_getset[] = {
    {"__dict__", subtype_dict_get, subtype_dict_set, "dictionary for instance variables", NULL},
    {"__weakref__", subtype_weakref_get, NULL, "list of weak references to the object", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ------------------------------------------------------- generic attributes */

/* The message names the type as CPython's tp_name does: "module.Name" for
   the types written in C that live in a module (collections.deque). */
static gp_obj *no_attribute(gp_thread *t, gp_obj *o, gp_obj *name) {
    gp_err_format(t, &gp_exc_AttributeError, "'%s' object has no attribute '%U'", gp_typeof(o)->name, name);
    gp_exc_set_attribute_error_info(t, name, o);
    return NULL;
}

static int check_name(gp_thread *t, gp_obj *name) {
    if (!gp_str_check(name)) {
        gp_err_format(t, &gp_exc_TypeError, "attribute name must be string, not '%s'",
                      gp_type_name(gp_typeof(name)));
        return -1;
    }
    return 0;
}

gp_obj *gp_obj_generic_getattr(gp_thread *t, gp_obj *o, gp_obj *name) {
    if (check_name(t, name) < 0) return NULL;
    gp_type *tp = gp_typeof(o);
    /* New references throughout: another thread may replace the class
       attribute or delete the instance attribute meanwhile. */
    gp_obj *descr = gp_type_lookup_ref(t, tp, name);
    gp_descrgetfunc get = NULL;
    if (descr) {
        gp_type *dt = gp_typeof(descr);
        get = dt->descr_get;
        if (get && dt->descr_set) {
            gp_obj *r = get(t, descr, o, (gp_obj *)tp);
            gp_decref(descr);
            return r;
        }
    }
    gp_obj **dp = gp_obj_dictptr(o);
    gp_obj *d = dp ? gp_obj_dict_ref(t, dp, 0) : NULL;
    if (d) {
        gp_obj *v = gp_dict_get_ref(t, d, name);
        gp_decref(d);
        if (v || t->exc) {
            gp_xdecref(descr);
            return v;
        }
    }
    if (get) {
        gp_obj *r = get(t, descr, o, (gp_obj *)tp);
        gp_decref(descr);
        return r;
    }
    if (descr) return descr;
    return no_attribute(t, o, name);
}

int gp_obj_generic_setattr(gp_thread *t, gp_obj *o, gp_obj *name, gp_obj *v) {
    if (check_name(t, name) < 0) return -1;
    gp_type *tp = gp_typeof(o);
    gp_obj *descr = gp_type_lookup_ref(t, tp, name);
    if (descr) {
        gp_descrsetfunc set = gp_typeof(descr)->descr_set;
        int r = set ? set(t, descr, o, v) : 0;
        gp_decref(descr);
        if (set) return r;
    }
    gp_obj **dp = gp_obj_dictptr(o);
    if (!dp) {
        if (descr)
            gp_err_format(t, &gp_exc_AttributeError, "'%s' object attribute '%U' is read-only",
                          gp_type_name(tp), name);
        else
            no_attribute(t, o, name);
        return -1;
    }
    if (!v) {
        gp_obj *d = gp_obj_dict_ref(t, dp, 0);
        if (d) {
            int r = gp_dict_pop(t, d, name, &v);
            gp_decref(d);
            if (r < 0) return -1;
            if (r == 1) {
                gp_decref(v);
                return 0;
            }
        }
        no_attribute(t, o, name);
        return -1;
    }
    return gp_obj_dict_store(t, o, dp, name, v);
}

int gp_obj_dict_store(gp_thread *t, gp_obj *o, gp_obj **dp, gp_obj *name, gp_obj *v) {
    gp_obj *d = gp_obj_dict_ref(t, dp, 1);
    if (!d) return -1;
    if (!gp_is_threaded() || !gp_str_check_exact(name)) {
        int r = gp_dict_set(t, d, name, v);
        gp_decref(d);
        return r;
    }
    /* The store and a replacement of __dict__ by another thread both take
       the owner's lock, so that the attribute never lands in a dict just
       taken off the object.  The replaced value is dropped after the
       unlock (no destructor under a lock); an exact str name runs no code
       in the store. */
    gp_obj *old = NULL;
    gp_obj_lock(o);
    gp_obj *cur = __atomic_load_n(dp, __ATOMIC_ACQUIRE);
    int r = cur ? gp_dict_set_swap(t, cur, name, v, &old) : 1;
    gp_obj_unlock(o);
    gp_xdecref(old);
    gp_decref(d);
    /* __dict__ deleted meanwhile: start again with a new one. */
    if (r == 1) return gp_obj_dict_store(t, o, dp, name, v);
    return r;
}

gp_obj *gp_obj_generic_repr(gp_thread *t, gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    gp_obj *mod = gp_type_module_obj(t, tp);
    if (!mod) {
        gp_err_clear(t);
    } else if (gp_str_check(mod) && !gp_str_eq_cstr(mod, "builtins")) {
        gp_obj *qn = gp_type_qualname_obj(t, tp);
        if (!qn) {
            gp_decref(mod);
            return NULL;
        }
        gp_obj *r = gp_str_from_format(t, "<%U.%U object at %p>", mod, qn, (void *)o);
        gp_decref(mod);
        gp_decref(qn);
        return r;
    }
    gp_xdecref(mod);
    return gp_str_from_format(t, "<%s object at %p>", gp_type_name(tp), (void *)o);
}

/* ------------------------------------------------------------------- object */

static int excess_args(gp_ssize nargs, gp_obj *kwnames) {
    return nargs > 0 || (kwnames && gp_tuple_size(kwnames) > 0);
}

static int object_abstract_error(gp_thread *t, gp_type *type) {
    GP_ID(s_abstract, "__abstractmethods__");
    gp_obj *am = NULL;
    if (gp_obj_lookup_attr(t, (gp_obj *)type, s_abstract, &am) <= 0) return t->exc ? -1 : 0;
    gp_obj *sorted = gp_seq_list(t, am);
    gp_decref(am);
    if (!sorted) return -1;
    if (gp_list_sort(t, sorted, NULL, 0) < 0) {
        gp_decref(sorted);
        return -1;
    }
    gp_obj *sep = gp_str_from_cstr(t, ", ");
    gp_obj *joined = sep ? gp_str_join(t, sep, sorted) : NULL;
    gp_xdecref(sep);
    gp_ssize n = gp_list_size(sorted);
    gp_decref(sorted);
    if (!joined) return -1;
    gp_err_format(t, &gp_exc_TypeError,
                  "Can't instantiate abstract class %s with abstract method%s %U",
                  gp_type_name(type), n > 1 ? "s" : "", joined);
    gp_decref(joined);
    return -1;
}

gp_obj *gp_object_new_impl(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    if (excess_args(nargs, kwnames)) {
        if (type->new_ != gp_object_new_impl)
            return gp_err_format(t, &gp_exc_TypeError,
                                 "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->init == gp_object_init_impl)
            return gp_err_format(t, &gp_exc_TypeError, "%s() takes no arguments", gp_type_name(type));
    }
    if (type->flags & GP_TPFLAGS_IS_ABSTRACT) {
        object_abstract_error(t, type);
        if (t->exc) return NULL;
    }
    gp_obj *o = gp_obj_alloc(t, type, 0);
    if (!o) return NULL;
    if (type->flags & GP_TPFLAGS_HAVE_GC) gp_gc_track(o);
    return o;
}

int gp_object_init_impl(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (excess_args(nargs, kwnames)) {
        gp_type *type = gp_typeof(self);
        if (type->init != gp_object_init_impl) {
            gp_err_format(t, &gp_exc_TypeError,
                          "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->new_ == gp_object_new_impl) {
            gp_err_format(t, &gp_exc_TypeError, "%s() takes no arguments", gp_type_name(type));
            return -1;
        }
    }
    return 0;
}

static void object_dealloc(gp_obj *o) { gp_obj_free(o); }

static gp_obj *object_str(gp_thread *t, gp_obj *o) {
    gp_unaryfunc repr = gp_typeof(o)->repr;
    if (!repr) return gp_obj_generic_repr(t, o);
    return repr(t, o);
}

static gp_hash object_hash(gp_thread *t, gp_obj *o) { return gp_hash_pointer(o); }

/* == compares identity; != inverts whatever == of the type says, so that a
   class defining only __eq__ gets a consistent !=. */
gp_obj *gp_object_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    switch (op) {
    case GP_EQ:
        return a == b ? GP_TRUE : GP_NOTIMPLEMENTED;
    case GP_NE: {
        gp_richcmpfunc f = gp_typeof(a)->richcompare;
        if (!f) return GP_NOTIMPLEMENTED;
        gp_obj *r = f(t, a, b, GP_EQ);
        if (!r || r == GP_NOTIMPLEMENTED) return r;
        int v = gp_obj_truthy(t, r);
        gp_decref(r);
        if (v < 0) return NULL;
        return gp_bool_from(!v);
    }
    default:
        return GP_NOTIMPLEMENTED;
    }
}

static gp_obj *object_get_class(gp_thread *t, gp_obj *self, void *closure) {
    return gp_newref((gp_obj *)gp_typeof(self));
}

static int same_slots(gp_type *a, gp_type *b) {
    gp_obj *sa = a->slots, *sb = b->slots;
    if (!sa && !sb) return 1;
    if (!sa || !sb) return 0;
    return gp_obj_richcompare_bool(gp_thread_current(), sa, sb, GP_EQ) == 1;
}

/* Two classes can swap instances when their instance memory looks the same:
   the same solid base, the same __slots__ and the same dict placement. */
static int compatible_layout(gp_type *a, gp_type *b) {
    while (a->tp_base && a->basicsize == a->tp_base->basicsize && a->dictoffset == a->tp_base->dictoffset &&
           !a->slots)
        a = a->tp_base;
    while (b->tp_base && b->basicsize == b->tp_base->basicsize && b->dictoffset == b->tp_base->dictoffset &&
           !b->slots)
        b = b->tp_base;
    if (a == b) return 1;
    if (a->basicsize != b->basicsize || a->itemsize != b->itemsize || a->dictoffset != b->dictoffset)
        return 0;
    if (!a->tp_base || !b->tp_base) return 0;
    return same_slots(a, b) && compatible_layout(a->tp_base, b->tp_base);
}

static int object_set_class(gp_thread *t, gp_obj *self, gp_obj *v, void *closure) {
    if (!v) {
        gp_err_format(t, &gp_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!gp_type_check(v)) {
        gp_err_format(t, &gp_exc_TypeError, "__class__ must be set to a class, not '%s' object",
                      gp_type_name(gp_typeof(v)));
        return -1;
    }
    gp_type *newt = (gp_type *)v, *oldt = gp_typeof(self);
    int old_ok = (oldt->flags & GP_TPFLAGS_HEAPTYPE) || gp_type_is_subtype(oldt, &gp_module_type);
    int new_ok = (newt->flags & GP_TPFLAGS_HEAPTYPE) || gp_type_is_subtype(newt, &gp_module_type);
    if (!old_ok || !new_ok || gp_is_small(self)) {
        gp_err_format(t, &gp_exc_TypeError,
                      "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!compatible_layout(newt, oldt) || (newt->flags & GP_TPFLAGS_HAVE_GC) != (oldt->flags & GP_TPFLAGS_HAVE_GC)) {
        gp_err_format(t, &gp_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                      gp_type_name(newt), gp_type_name(oldt));
        return -1;
    }
    if (newt->flags & GP_TPFLAGS_HEAPTYPE) gp_incref(v);
    self->ob_type = newt;
    if (oldt->flags & GP_TPFLAGS_HEAPTYPE) gp_decref((gp_obj *)oldt);
    return 0;
}

static gp_obj *object_dir(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "__dir__", nargs, 0, 0) < 0) return NULL;
    gp_obj *d = NULL;
    gp_obj *result = NULL;
    gp_obj **dp = gp_obj_dictptr(self);
    if (dp && *dp && gp_dict_check(*dp))
        d = gp_dict_copy(t, *dp);
    else
        d = gp_dict_new(t);
    if (!d) return NULL;
    gp_obj *cls = NULL;
    GP_ID(s_class, "__class__");
    if (gp_obj_lookup_attr(t, self, s_class, &cls) < 0) goto error;
    if (cls && gp_type_check(cls) && gp_type_merge_dir(t, d, (gp_type *)cls) < 0) goto error;
    result = gp_dict_keys_list(t, d);
error:
    gp_xdecref(cls);
    gp_decref(d);
    return result;
}

static gp_obj *object_format(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "__format__", nargs, 1, 1) < 0) return NULL;
    gp_obj *spec = args[0];
    if (!gp_str_check(spec))
        return gp_err_format(t, &gp_exc_TypeError, "__format__() argument must be str, not %s",
                             gp_type_name(gp_typeof(spec)));
    if (gp_str_len(spec) > 0)
        return gp_err_format(t, &gp_exc_TypeError, "unsupported format string passed to %s.__format__",
                             gp_type_name(gp_typeof(self)));
    return gp_obj_str(t, self);
}

static gp_obj *object_init_subclass(gp_thread *t, gp_obj *cls, gp_obj *const *args, gp_ssize nargs,
                                   gp_obj *kw) {
    if (nargs > 0)
        return gp_err_format(t, &gp_exc_TypeError, "%s.__init_subclass__() takes no arguments (%zd given)",
                             gp_type_name((gp_type *)cls), nargs);
    if (kw && gp_tuple_size(kw) > 0)
        return gp_err_format(t, &gp_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                             gp_type_name((gp_type *)cls));
    return GP_NONE;
}

static gp_obj *object_subclasshook(gp_thread *t, gp_obj *cls, gp_obj *const *args, gp_ssize nargs,
                                  gp_obj *kw) {
    return GP_NOTIMPLEMENTED;
}

static gp_obj *object_sizeof(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_type *tp = gp_typeof(self);
    gp_ssize size = tp->basicsize;
    if (tp->itemsize && !gp_is_small(self)) {
        gp_ssize n = ((gp_varobj *)self)->size;
        size += (n < 0 ? -n : n) * tp->itemsize;
    }
    return gp_int_from_ssize(t, size);
}

/* copy and pickle: object.__reduce_ex__ describes an instance as
   (copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems). */
static gp_obj *newobj_fn(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (nargs < 1 || !gp_type_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "copyreg.__newobj__() needs a class as first argument");
    gp_obj *new_ = gp_obj_getattr_cstr(t, args[0], "__new__");
    if (!new_) return NULL;
    gp_obj *r = gp_call(t, new_, args, nargs, kw);
    gp_decref(new_);
    return r;
}

static const gp_method_def newobj_def = {"__newobj__", newobj_fn, 0, NULL};

/* The default __getstate__: the instance dict (None when empty), paired
   with a dict of the filled __slots__ when the class has any. */
static gp_obj *object_getstate(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_obj **dp = gp_obj_dictptr(self);
    gp_obj *state = (dp && *dp && gp_dict_size(*dp) > 0) ? gp_dict_copy(t, *dp) : GP_NONE;
    if (!state) return NULL;
    gp_obj *slots = NULL;
    for (gp_type *tp = gp_typeof(self); tp && (tp->flags & GP_TPFLAGS_HEAPTYPE); tp = tp->tp_base) {
        gp_heaptype *ht = (gp_heaptype *)tp;
        for (gp_member_def *m = ht->slot_members; m && m->name; m++) {
            gp_obj *v = *(gp_obj **)((char *)self + m->offset);
            if (!v) continue;
            if (!slots && !(slots = gp_dict_new(t))) goto error;
            if (gp_dict_set_str(t, slots, m->name, v) < 0) goto error;
        }
    }
    if (!slots) return state;
    gp_obj *r = gp_tuple_pack(t, 2, state, slots);
    gp_decref(state);
    gp_decref(slots);
    return r;
error:
    gp_decref(state);
    gp_xdecref(slots);
    return NULL;
}

static gp_obj *reduce_newobj(gp_thread *t, gp_obj *self) {
    gp_obj *fn = NULL, *newargs = NULL, *state = NULL, *listitems = NULL, *dictitems = NULL, *r = NULL;
    gp_obj *cls = (gp_obj *)gp_typeof(self);
    gp_obj *getnewargs = NULL;
    if (gp_obj_lookup_attr(t, self, gp_id(t, "__getnewargs__"), &getnewargs) < 0) return NULL;
    gp_obj *extra = NULL;
    if (getnewargs) {
        extra = gp_call0(t, getnewargs);
        gp_decref(getnewargs);
        if (!extra) return NULL;
        if (!gp_tuple_check(extra)) {
            gp_err_format(t, &gp_exc_TypeError, "__getnewargs__ should return a tuple, not '%s'",
                          gp_type_name(gp_typeof(extra)));
            gp_decref(extra);
            return NULL;
        }
    }
    gp_ssize n = extra ? gp_tuple_size(extra) : 0;
    newargs = gp_tuple_new(t, n + 1);
    if (!newargs) goto done;
    gp_tuple_items(newargs)[0] = gp_newref(cls);
    for (gp_ssize i = 0; i < n; i++) gp_tuple_items(newargs)[i + 1] = gp_newref(gp_tuple_get_borrow(extra, i));
    fn = gp_cfunction_new(t, &newobj_def, NULL, gp_id(t, "copyreg"));
    if (!fn) goto done;
    state = gp_call_method(t, self, "__getstate__", NULL, 0);
    if (!state) goto done;
    if (gp_list_check(self)) {
        listitems = gp_obj_getiter(t, self);
        if (!listitems) goto done;
    }
    if (gp_dict_check(self)) {
        gp_obj *items = gp_call_method(t, self, "items", NULL, 0);
        if (!items) goto done;
        dictitems = gp_obj_getiter(t, items);
        gp_decref(items);
        if (!dictitems) goto done;
    }
    r = gp_tuple_pack(t, 5, fn, newargs, state, listitems ? listitems : GP_NONE, dictitems ? dictitems : GP_NONE);
done:
    gp_xdecref(extra);
    gp_xdecref(fn);
    gp_xdecref(newargs);
    gp_xdecref(state);
    gp_xdecref(listitems);
    gp_xdecref(dictitems);
    return r;
}

static gp_obj *object_reduce(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return reduce_newobj(t, self);
}

static gp_obj *object_reduce_ex(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kw) {
    if (gp_args_count(t, "__reduce_ex__", nargs, 1, 1) < 0) return NULL;
    GP_ID(s_reduce, "__reduce__");
    gp_obj *own = gp_type_lookup_borrow(t, gp_typeof(self), s_reduce);
    gp_obj *base = gp_type_lookup_borrow(t, &gp_object_type, s_reduce);
    if (own && own != base) return gp_call_method(t, self, "__reduce__", NULL, 0);
    return reduce_newobj(t, self);
}

static const gp_method_def object_methods[] = {
    {"__dir__", object_dir, 0, "Default dir() implementation."},
    {"__format__", object_format, 0, "Default object formatter."},
    {"__init_subclass__", object_init_subclass, GP_METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", object_subclasshook, GP_METH_CLASS, "Abstract classes can override this to customize issubclass()."},
    {"__sizeof__", object_sizeof, 0, "Size of object in memory, in bytes."},
    {"__reduce_ex__", object_reduce_ex, 0, "Helper for pickle."},
    {"__reduce__", object_reduce, 0, "Helper for pickle."},
    {"__getstate__", object_getstate, 0, "Helper for pickle."},
    {NULL, NULL, 0, NULL},
};

static const gp_getset_def object_getset[] = {
    {"__class__", object_get_class, object_set_class, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

gp_type gp_object_type = {
    GP_TYPE_HEAD,
    .name = "object",
    .basicsize = sizeof(gp_obj),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = object_dealloc,
    .repr = gp_obj_generic_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = gp_object_richcompare,
    .getattro = gp_obj_generic_getattr,
    .setattro = gp_obj_generic_setattr,
    .new_ = gp_object_new_impl,
    .init = gp_object_init_impl,
    .methods = object_methods,
    .getset = object_getset,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n"
           "instance that has no instance attributes and cannot be given any.\n",
};

/* ------------------------------------------------ None, NotImplemented, ... */

static void singleton_dealloc(gp_obj *o) {}

static gp_obj *none_repr(gp_thread *t, gp_obj *o) { return gp_newref(gp_id(t, "None")); }
static int none_bool(gp_thread *t, gp_obj *o) { return 0; }

static gp_obj *none_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (excess_args(nargs, kw)) return gp_err_format(t, &gp_exc_TypeError, "NoneType takes no arguments");
    return GP_NONE;
}

static gp_number_methods none_as_number = {.bool_ = none_bool};

gp_type gp_none_type = {
    GP_TYPE_HEAD,
    .name = "NoneType",
    .basicsize = sizeof(gp_obj),
    .dealloc = singleton_dealloc,
    .repr = none_repr,
    .hash = object_hash,
    .new_ = none_new,
    .as_number = &none_as_number,
};

static gp_obj *notimpl_repr(gp_thread *t, gp_obj *o) { return gp_newref(gp_id(t, "NotImplemented")); }

static gp_obj *notimpl_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (excess_args(nargs, kw))
        return gp_err_format(t, &gp_exc_TypeError, "NotImplementedType takes no arguments");
    return GP_NOTIMPLEMENTED;
}

static gp_obj *singleton_reduce(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return gp_obj_repr(t, self);
}

static const gp_method_def singleton_methods[] = {
    {"__reduce__", singleton_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_notimplemented_type = {
    GP_TYPE_HEAD,
    .name = "NotImplementedType",
    .basicsize = sizeof(gp_obj),
    .dealloc = singleton_dealloc,
    .repr = notimpl_repr,
    .new_ = notimpl_new,
    .methods = singleton_methods,
};

static gp_obj *ellipsis_repr(gp_thread *t, gp_obj *o) { return gp_newref(gp_id(t, "Ellipsis")); }

static gp_obj *ellipsis_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (excess_args(nargs, kw)) return gp_err_format(t, &gp_exc_TypeError, "EllipsisType takes no arguments");
    return gp_newref(GP_ELLIPSIS);
}

gp_type gp_ellipsis_type = {
    GP_TYPE_HEAD,
    .name = "ellipsis",
    .basicsize = sizeof(gp_obj),
    .dealloc = singleton_dealloc,
    .repr = ellipsis_repr,
    .new_ = ellipsis_new,
    .methods = singleton_methods,
};

gp_obj gp_none_obj = GP_STATIC_HEAD(&gp_none_type);
gp_obj gp_notimplemented_obj = GP_STATIC_HEAD(&gp_notimplemented_type);
gp_obj gp_ellipsis_obj = GP_STATIC_HEAD(&gp_ellipsis_type);

/* The singletons are immortal from the start; this hands them to the
   free-threaded build's list of immortals that still have an owner. */
__attribute__((constructor)) static void remember_singletons(void) {
    gp_set_immortal(&gp_none_obj);
    gp_set_immortal(&gp_notimplemented_obj);
    gp_set_immortal(&gp_ellipsis_obj);
    gp_set_immortal(GP_TRUE);
    gp_set_immortal(GP_FALSE);
}
