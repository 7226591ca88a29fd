/* The object protocols: every operation on "any object" goes through the
   type's slots here, with Python's dispatch rules (reflected operands,
   subclass priority, NotImplemented) and CPython's error messages. */
#include "objects/typeobj_impl.h"

/* The type's tp_name as CPython's messages show it: "collections.deque"
   for a static type of a module, the bare name for a class. */
static const char *tname(gp_obj *o) { return gp_typeof(o)->name; }

/* --------------------------------------------------------- repr, str, ... */

gp_obj *gp_obj_repr(gp_thread *t, gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    if (!tp->repr) return gp_obj_generic_repr(t, o);
    if (gp_enter_recursive(t, " while getting the repr of an object") < 0) return NULL;
    gp_obj *r = tp->repr(t, o);
    gp_leave_recursive(t);
    if (r && !gp_str_check(r)) {
        gp_err_format(t, &gp_exc_TypeError, "__repr__ returned non-string (type %s)", tname(r));
        gp_decref(r);
        return NULL;
    }
    return r;
}

gp_obj *gp_obj_str(gp_thread *t, gp_obj *o) {
    if (gp_str_check_exact(o)) return gp_newref(o);
    gp_type *tp = gp_typeof(o);
    if (!tp->str) return gp_obj_repr(t, o);
    if (gp_enter_recursive(t, " while getting the str of an object") < 0) return NULL;
    gp_obj *r = tp->str(t, o);
    gp_leave_recursive(t);
    if (r && !gp_str_check(r)) {
        gp_err_format(t, &gp_exc_TypeError, "__str__ returned non-string (type %s)", tname(r));
        gp_decref(r);
        return NULL;
    }
    return r;
}

gp_obj *gp_obj_ascii(gp_thread *t, gp_obj *o) {
    gp_obj *r = gp_obj_repr(t, o);
    if (!r || ((gp_str *)r)->ascii) return r;
    gp_obj *e = gp_str_escape_ascii(t, r);
    gp_decref(r);
    return e;
}

gp_obj *gp_obj_format(gp_thread *t, gp_obj *o, gp_obj *spec) {
    gp_obj *empty = NULL;
    if (!spec) {
        empty = gp_str_new(t, "", 0);
        if (!empty) return NULL;
        spec = empty;
    }
    if (gp_str_size(spec) == 0 && gp_str_check_exact(o)) {
        gp_xdecref(empty);
        return gp_newref(o);
    }
    GP_ID(s_format, "__format__");
    gp_obj *meth = gp_obj_lookup_special(t, o, s_format);
    gp_obj *r = NULL;
    if (!meth) {
        if (!t->exc)
            gp_err_format(t, &gp_exc_TypeError, "Type %s doesn't define __format__", tname(o));
    } else {
        r = gp_call1(t, meth, spec);
        gp_decref(meth);
        if (r && !gp_str_check(r)) {
            gp_err_format(t, &gp_exc_TypeError, "__format__ must return a str, not %s", tname(r));
            gp_decref(r);
            r = NULL;
        }
    }
    gp_xdecref(empty);
    return r;
}

gp_hash gp_obj_hash(gp_thread *t, gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    if (!tp->hash) return gp_hash_not_implemented(t, o);
    return tp->hash(t, o);
}

int gp_obj_truthy(gp_thread *t, gp_obj *o) {
    if (o == GP_TRUE) return 1;
    if (o == GP_FALSE || o == GP_NONE) return 0;
    if (gp_is_small(o)) return gp_small_value(o) != 0;
    gp_type *tp = o->ob_type;
    if (tp->as_number && tp->as_number->bool_) return tp->as_number->bool_(t, o);
    gp_ssize n;
    if (tp->as_mapping && tp->as_mapping->length)
        n = tp->as_mapping->length(t, o);
    else if (tp->as_sequence && tp->as_sequence->length)
        n = tp->as_sequence->length(t, o);
    else
        return 1;
    if (n < 0) return -1;
    return n > 0;
}

int gp_obj_not(gp_thread *t, gp_obj *o) {
    int r = gp_obj_truthy(t, o);
    return r < 0 ? r : !r;
}

/* ---------------------------------------------------------- comparison */

static const int swapped_op[] = {GP_GT, GP_GE, GP_EQ, GP_NE, GP_LT, GP_LE};
static const char *const op_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

/* A NotImplemented result needs no decref (immortal, objects/typeobj.h). */
static gp_obj *do_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    gp_type *ta = gp_typeof(a), *tb = gp_typeof(b);
    int checked_reverse = 0;
    gp_obj *r;
    if (ta != tb && tb->richcompare && gp_type_is_subtype(tb, ta)) {
        checked_reverse = 1;
        r = tb->richcompare(t, b, a, swapped_op[op]);
        if (r != GP_NOTIMPLEMENTED) return r;
    }
    if (ta->richcompare) {
        r = ta->richcompare(t, a, b, op);
        if (r != GP_NOTIMPLEMENTED) return r;
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(t, b, a, swapped_op[op]);
        if (r != GP_NOTIMPLEMENTED) return r;
    }
    switch (op) {
    case GP_EQ: return gp_bool_from(a == b);
    case GP_NE: return gp_bool_from(a != b);
    default:
        return gp_err_format(t, &gp_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                             op_symbols[op], ta->name, tb->name);
    }
}

gp_obj *gp_obj_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if (gp_enter_recursive(t, " in comparison") < 0) return NULL;
    gp_obj *r = do_richcompare(t, a, b, op);
    gp_leave_recursive(t);
    return r;
}

int gp_obj_richcompare_bool(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if (a == b) {
        if (op == GP_EQ) return 1;
        if (op == GP_NE) return 0;
    }
    gp_obj *r = gp_obj_richcompare(t, a, b, op);
    if (!r) return -1;
    if (r == GP_TRUE) return 1;
    if (r == GP_FALSE) return 0;
    int v = gp_obj_truthy(t, r);
    gp_decref(r);
    return v;
}

int gp_obj_eq(gp_thread *t, gp_obj *a, gp_obj *b) { return gp_obj_richcompare_bool(t, a, b, GP_EQ); }

/* The exact int, str, float and bytes values compare by their contents
   alone; the rest may run code. */
int gp_obj_eq_quick(gp_obj *x, gp_obj *v) {
    if (x == v) return 1;
    gp_type *tp = gp_typeof(x);
    if (tp != gp_typeof(v)) return -1;
    if (tp == &gp_int_type) {
        /* Equal tagged values are the same word. */
        if (gp_is_small(x) && gp_is_small(v)) return 0;
        if (gp_is_small(x)) return mpz_cmp_si(((gp_bigint *)v)->z, gp_small_value(x)) == 0;
        if (gp_is_small(v)) return mpz_cmp_si(((gp_bigint *)x)->z, gp_small_value(v)) == 0;
        return mpz_cmp(((gp_bigint *)x)->z, ((gp_bigint *)v)->z) == 0;
    }
    if (tp == &gp_str_type) return gp_str_eq(x, v);
    if (tp == &gp_float_type) return gp_float_value(x) == gp_float_value(v);
    if (tp == &gp_bytes_type) {
        gp_ssize n = gp_bytes_size(x);
        return n == gp_bytes_size(v) && memcmp(gp_bytes_data(x), gp_bytes_data(v), (size_t)n) == 0;
    }
    return -1;
}

/* ----------------------------------------------------------- attributes */

gp_obj *gp_obj_getattr(gp_thread *t, gp_obj *o, gp_obj *name) {
    gp_type *tp = gp_typeof(o);
    if (!gp_str_check(name))
        return gp_err_format(t, &gp_exc_TypeError, "attribute name must be string, not '%s'", tname(name));
    if (tp->getattro) return tp->getattro(t, o, name);
    return gp_obj_generic_getattr(t, o, name);
}

gp_obj *gp_obj_getattr_cstr(gp_thread *t, gp_obj *o, const char *name) {
    gp_obj *n = gp_str_intern_cstr_borrow(t, name);
    if (!n) return NULL;
    return gp_obj_getattr(t, o, n);
}

int gp_obj_lookup_attr(gp_thread *t, gp_obj *o, gp_obj *name, gp_obj **out) {
    *out = gp_obj_getattr(t, o, name);
    if (*out) return 1;
    if (gp_err_matches(t, &gp_exc_AttributeError)) {
        gp_err_clear(t);
        return 0;
    }
    return -1;
}

int gp_obj_setattr(gp_thread *t, gp_obj *o, gp_obj *name, gp_obj *v) {
    gp_type *tp = gp_typeof(o);
    if (!gp_str_check(name)) {
        gp_err_format(t, &gp_exc_TypeError, "attribute name must be string, not '%s'", tname(name));
        return -1;
    }
    if (tp->setattro) return tp->setattro(t, o, name, v);
    if (tp->getattro)
        gp_err_format(t, &gp_exc_TypeError, "'%s' object has only read-only attributes (%s .%U)", gp_type_name(tp),
                      v ? "assign to" : "del", name);
    else
        gp_err_format(t, &gp_exc_TypeError, "'%s' object has no attributes (%s .%U)", gp_type_name(tp),
                      v ? "assign to" : "del", name);
    return -1;
}

int gp_obj_setattr_cstr(gp_thread *t, gp_obj *o, const char *name, gp_obj *v) {
    gp_obj *n = gp_str_intern_cstr_borrow(t, name);
    if (!n) return -1;
    return gp_obj_setattr(t, o, n, v);
}

int gp_obj_delattr(gp_thread *t, gp_obj *o, gp_obj *name) { return gp_obj_setattr(t, o, name, NULL); }

int gp_obj_hasattr(gp_thread *t, gp_obj *o, gp_obj *name) {
    gp_obj *v;
    int r = gp_obj_lookup_attr(t, o, name, &v);
    if (r > 0) gp_decref(v);
    return r;
}

gp_obj *gp_obj_lookup_special(gp_thread *t, gp_obj *o, gp_obj *name) {
    gp_type *tp = gp_typeof(o);
    gp_obj *d = gp_type_lookup_ref(t, tp, name);
    if (!d) return NULL;
    gp_descrgetfunc get = gp_typeof(d)->descr_get;
    if (!get) return d;
    gp_obj *r = get(t, d, o, (gp_obj *)tp);
    gp_decref(d);
    return r;
}

int gp_obj_get_method(gp_thread *t, gp_obj *o, gp_obj *name, gp_obj **out) {
    gp_type *tp = gp_typeof(o);
    *out = NULL;
    if (tp->getattro != gp_obj_generic_getattr || !gp_str_check(name)) {
        *out = gp_obj_getattr(t, o, name);
        return *out ? 0 : -1;
    }
    gp_obj *descr = gp_type_lookup_ref(t, tp, name);
    gp_descrgetfunc get = NULL;
    int meth_found = 0;
    if (descr) {
        gp_type *dt = gp_typeof(descr);
        if (dt->flags & GP_TPFLAGS_METHOD_DESCRIPTOR) {
            meth_found = 1;
        } else {
            get = dt->descr_get;
            if (get && dt->descr_set) {
                *out = get(t, descr, o, (gp_obj *)tp);
                gp_decref(descr);
                return *out ? 0 : -1;
            }
        }
    }
    gp_obj **dp = gp_obj_dictptr(o);
    gp_obj *d = dp ? *dp : NULL;
    if (d) {
        gp_obj *v = gp_dict_get_ref(t, d, name);
        if (v || t->exc) {
            gp_xdecref(descr);
            *out = v;
            return v ? 0 : -1;
        }
    }
    if (meth_found) {
        *out = descr;
        return 1;
    }
    if (get) {
        *out = get(t, descr, o, (gp_obj *)tp);
        gp_decref(descr);
        return *out ? 0 : -1;
    }
    if (descr) {
        *out = descr;
        return 0;
    }
    *out = gp_obj_generic_getattr(t, o, name);
    return *out ? 0 : -1;
}

/* ------------------------------------------------- isinstance, issubclass */

static int recursive_isinstance(gp_thread *t, gp_obj *o, gp_obj *cls) {
    if (gp_type_check(cls)) {
        if (gp_type_is_subtype(gp_typeof(o), (gp_type *)cls)) return 1;
        gp_obj *c = NULL;
        GP_ID(s_class, "__class__");
        if (gp_obj_lookup_attr(t, o, s_class, &c) < 0) return -1;
        int r = 0;
        if (c && c != (gp_obj *)gp_typeof(o) && gp_type_check(c)) r = gp_type_is_subtype((gp_type *)c, (gp_type *)cls);
        gp_xdecref(c);
        return r;
    }
    gp_err_format(t, &gp_exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

/* Call a class's __instancecheck__/__subclasscheck__ (reference stolen)
   and give the truth of its answer, -1 on error. */
static int call_check_hook(gp_thread *t, gp_obj *checker, gp_obj *arg, const char *where) {
    if (gp_enter_recursive(t, where) < 0) {
        gp_decref(checker);
        return -1;
    }
    gp_obj *r = gp_call1(t, checker, arg);
    gp_leave_recursive(t);
    gp_decref(checker);
    if (!r) return -1;
    int v = gp_obj_truthy(t, r);
    gp_decref(r);
    return v;
}

int gp_obj_isinstance(gp_thread *t, gp_obj *o, gp_obj *cls) {
    if ((gp_obj *)gp_typeof(o) == cls) return 1;
    if (gp_type_check(cls) && gp_typeof(cls) == &gp_type_type) return recursive_isinstance(t, o, cls);
    if (gp_tuple_check(cls)) {
        if (gp_enter_recursive(t, " in __instancecheck__") < 0) return -1;
        int r = 0;
        for (gp_ssize i = 0; i < gp_tuple_size(cls) && r == 0; i++) r = gp_obj_isinstance(t, o, gp_tuple_get_borrow(cls, i));
        gp_leave_recursive(t);
        return r;
    }
    GP_ID(s_check, "__instancecheck__");
    gp_obj *checker = gp_obj_lookup_special(t, cls, s_check);
    if (checker) return call_check_hook(t, checker, o, " in __instancecheck__");
    if (t->exc) return -1;
    return recursive_isinstance(t, o, cls);
}

int gp_obj_issubclass(gp_thread *t, gp_obj *derived, gp_obj *cls) {
    if (gp_type_check(cls) && gp_typeof(cls) == &gp_type_type) {
        if (derived == cls) return 1;
        if (!gp_type_check(derived)) {
            gp_err_format(t, &gp_exc_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return gp_type_is_subtype((gp_type *)derived, (gp_type *)cls);
    }
    if (gp_tuple_check(cls)) {
        if (gp_enter_recursive(t, " in __subclasscheck__") < 0) return -1;
        int r = 0;
        for (gp_ssize i = 0; i < gp_tuple_size(cls) && r == 0; i++)
            r = gp_obj_issubclass(t, derived, gp_tuple_get_borrow(cls, i));
        gp_leave_recursive(t);
        return r;
    }
    GP_ID(s_check, "__subclasscheck__");
    gp_obj *checker = gp_obj_lookup_special(t, cls, s_check);
    if (checker) return call_check_hook(t, checker, derived, " in __subclasscheck__");
    if (t->exc) return -1;
    if (!gp_type_check(derived)) {
        gp_err_format(t, &gp_exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    gp_err_format(t, &gp_exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

gp_obj *gp_obj_type(gp_obj *o) { return gp_newref((gp_obj *)gp_typeof(o)); }

gp_obj *gp_obj_dir(gp_thread *t, gp_obj *o) {
    GP_ID(s_dir, "__dir__");
    gp_obj *f = gp_obj_lookup_special(t, o, s_dir);
    if (!f) {
        if (!t->exc) gp_err_format(t, &gp_exc_TypeError, "object does not provide __dir__");
        return NULL;
    }
    gp_obj *r = gp_call0(t, f);
    gp_decref(f);
    if (!r) return NULL;
    gp_obj *l = gp_seq_list(t, r);
    gp_decref(r);
    if (!l) return NULL;
    if (gp_list_sort(t, l, NULL, 0) < 0) {
        gp_decref(l);
        return NULL;
    }
    return l;
}

/* ---------------------------------------------------------------- calls */

gp_obj *gp_call(gp_thread *t, gp_obj *callable, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    gp_callfunc f = gp_typeof(callable)->call;
    if (!f) return gp_err_format(t, &gp_exc_TypeError, "'%s' object is not callable", tname(callable));
    if (kwnames && gp_tuple_size(kwnames) == 0) kwnames = NULL;
    return f(t, callable, args, nargs, kwnames);
}

gp_obj *gp_call0(gp_thread *t, gp_obj *callable) { return gp_call(t, callable, NULL, 0, NULL); }
gp_obj *gp_call1(gp_thread *t, gp_obj *callable, gp_obj *a) { return gp_call(t, callable, &a, 1, NULL); }
gp_obj *gp_call2(gp_thread *t, gp_obj *callable, gp_obj *a, gp_obj *b) {
    gp_obj *args[2] = {a, b};
    return gp_call(t, callable, args, 2, NULL);
}

static gp_obj *call_tuple_dict(gp_thread *t, gp_obj *callable, gp_obj *args, gp_obj *kwargs);

/* Another thread may change kwargs while its entries are copied out
   (borrowed): call with a private copy then. */
gp_obj *gp_call_tuple_dict(gp_thread *t, gp_obj *callable, gp_obj *args, gp_obj *kwargs) {
    if (!kwargs || !gp_is_threaded()) return call_tuple_dict(t, callable, args, kwargs);
    gp_obj *own = gp_dict_copy(t, kwargs);
    if (!own) return NULL;
    gp_obj *r = call_tuple_dict(t, callable, args, own);
    gp_decref(own);
    return r;
}

static gp_obj *call_tuple_dict(gp_thread *t, gp_obj *callable, gp_obj *args, gp_obj *kwargs) {
    gp_ssize nargs = args ? gp_tuple_size(args) : 0;
    gp_ssize nkw = kwargs ? gp_dict_size(kwargs) : 0;
    if (nkw == 0) return gp_call(t, callable, args ? gp_tuple_items(args) : NULL, nargs, NULL);
    gp_obj **stack = gp_mem_alloc(sizeof(gp_obj *) * (size_t)(nargs + nkw));
    if (!stack) return gp_err_nomemory(t);
    gp_obj *kwnames = gp_tuple_new(t, nkw);
    if (!kwnames) {
        gp_mem_free(stack);
        return NULL;
    }
    for (gp_ssize i = 0; i < nargs; i++) stack[i] = gp_tuple_get_borrow(args, i);
    gp_ssize pos = 0, i = 0;
    gp_obj *k, *v;
    while (gp_dict_next(kwargs, &pos, &k, &v) && i < nkw) {
        if (!gp_str_check(k)) {
            gp_decref(kwnames);
            gp_mem_free(stack);
            return gp_err_format(t, &gp_exc_TypeError, "keywords must be strings");
        }
        gp_tuple_items(kwnames)[i] = gp_newref(k);
        stack[nargs + i] = v;
        i++;
    }
    gp_obj *r = gp_call(t, callable, stack, nargs, kwnames);
    gp_decref(kwnames);
    gp_mem_free(stack);
    return r;
}

gp_obj *gp_call_method(gp_thread *t, gp_obj *o, const char *name, gp_obj *const *args, gp_ssize nargs) {
    gp_obj *n = gp_str_intern_cstr_borrow(t, name);
    if (!n) return NULL;
    gp_obj *m;
    int unbound = gp_obj_get_method(t, o, n, &m);
    if (unbound < 0) return NULL;
    gp_obj *r;
    if (unbound) {
        gp_obj *small[8];
        gp_obj **stack = small;
        if (nargs + 1 > 8 && !(stack = gp_mem_alloc(sizeof(gp_obj *) * (size_t)(nargs + 1)))) {
            gp_decref(m);
            return gp_err_nomemory(t);
        }
        stack[0] = o;
        for (gp_ssize i = 0; i < nargs; i++) stack[i + 1] = args[i];
        r = gp_call(t, m, stack, nargs + 1, NULL);
        if (stack != small) gp_mem_free(stack);
    } else {
        r = gp_call(t, m, args, nargs, NULL);
    }
    gp_decref(m);
    return r;
}

int gp_callable_check(gp_obj *o) { return gp_typeof(o)->call != NULL; }

/* ------------------------------------------------------------ iteration */

static int has_getitem(gp_type *tp) {
    if (tp->as_sequence && tp->as_sequence->item) return 1;
    return tp->as_mapping && tp->as_mapping->subscript && !gp_type_is_subtype(tp, &gp_dict_type);
}

gp_obj *gp_obj_getiter(gp_thread *t, gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    if (tp->iter) {
        gp_obj *it = tp->iter(t, o);
        if (it && !gp_iter_check(it)) {
            gp_err_format(t, &gp_exc_TypeError, "iter() returned non-iterator of type '%s'", tname(it));
            gp_decref(it);
            return NULL;
        }
        return it;
    }
    if (has_getitem(tp)) return gp_seqiter_new(t, o);
    return gp_err_format(t, &gp_exc_TypeError, "'%s' object is not iterable", gp_type_name(tp));
}

gp_obj *gp_iter_next(gp_thread *t, gp_obj *it) {
    gp_unaryfunc f = gp_typeof(it)->iternext;
    if (!f) return gp_err_format(t, &gp_exc_TypeError, "'%s' object is not an iterator", tname(it));
    return f(t, it);
}

int gp_iter_check(gp_obj *o) { return gp_typeof(o)->iternext != NULL; }

/* ----------------------------------------------------------- containers */

gp_ssize gp_obj_len(gp_thread *t, gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    if (tp->as_sequence && tp->as_sequence->length) return tp->as_sequence->length(t, o);
    if (tp->as_mapping && tp->as_mapping->length) return tp->as_mapping->length(t, o);
    gp_err_format(t, &gp_exc_TypeError, "object of type '%s' has no len()", gp_type_name(tp));
    return -1;
}

static int is_index(gp_obj *o) {
    return gp_int_check(o) || (gp_typeof(o)->as_number && gp_typeof(o)->as_number->index);
}

gp_obj *gp_obj_getitem(gp_thread *t, gp_obj *o, gp_obj *key) {
    gp_type *tp = gp_typeof(o);
    if (tp->as_mapping && tp->as_mapping->subscript) return tp->as_mapping->subscript(t, o, key);
    if (tp->as_sequence && tp->as_sequence->item) {
        if (!is_index(key))
            return gp_err_format(t, &gp_exc_TypeError, "sequence index must be integer, not '%s'", tname(key));
        gp_ssize i;
        if (gp_number_as_ssize(t, key, &gp_exc_IndexError, &i) < 0) return NULL;
        return tp->as_sequence->item(t, o, i);
    }
    if (gp_type_check(o)) {
        if (o == (gp_obj *)&gp_type_type) return gp_generic_alias_new(t, o, key);
        GP_ID(s_cgi, "__class_getitem__");
        gp_obj *f = NULL;
        if (gp_obj_lookup_attr(t, o, s_cgi, &f) < 0) return NULL;
        if (f) {
            gp_obj *r = gp_call1(t, f, key);
            gp_decref(f);
            return r;
        }
        return gp_err_format(t, &gp_exc_TypeError, "type '%s' is not subscriptable", gp_type_name((gp_type *)o));
    }
    return gp_err_format(t, &gp_exc_TypeError, "'%s' object is not subscriptable", gp_type_name(tp));
}

int gp_obj_setitem(gp_thread *t, gp_obj *o, gp_obj *key, gp_obj *v) {
    gp_type *tp = gp_typeof(o);
    if (tp->as_mapping && tp->as_mapping->ass_subscript) return tp->as_mapping->ass_subscript(t, o, key, v);
    if (tp->as_sequence && tp->as_sequence->ass_item) {
        if (!is_index(key)) {
            gp_err_format(t, &gp_exc_TypeError, "sequence index must be integer, not '%s'", tname(key));
            return -1;
        }
        gp_ssize i;
        if (gp_number_as_ssize(t, key, &gp_exc_IndexError, &i) < 0) return -1;
        return tp->as_sequence->ass_item(t, o, i, v);
    }
    if (v)
        gp_err_format(t, &gp_exc_TypeError, "'%s' object does not support item assignment", gp_type_name(tp));
    else
        gp_err_format(t, &gp_exc_TypeError, "'%s' object doesn't support item deletion", gp_type_name(tp));
    return -1;
}

int gp_obj_delitem(gp_thread *t, gp_obj *o, gp_obj *key) { return gp_obj_setitem(t, o, key, NULL); }

int gp_seq_contains(gp_thread *t, gp_obj *container, gp_obj *item) {
    gp_type *tp = gp_typeof(container);
    if (tp->as_sequence && tp->as_sequence->contains) return tp->as_sequence->contains(t, container, item);
    if (!tp->iter && !has_getitem(tp)) {
        gp_err_format(t, &gp_exc_TypeError, "argument of type '%s' is not iterable", gp_type_name(tp));
        return -1;
    }
    gp_obj *it = gp_obj_getiter(t, container);
    if (!it) return -1;
    int found = 0;
    for (;;) {
        gp_obj *x = gp_iter_next(t, it);
        if (!x) {
            if (t->exc) found = -1;
            break;
        }
        int eq = gp_obj_richcompare_bool(t, x, item, GP_EQ);
        gp_decref(x);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    gp_decref(it);
    return found;
}

gp_obj *gp_seq_list(gp_thread *t, gp_obj *o) {
    gp_obj *l = gp_list_new(t, 0);
    if (!l) return NULL;
    if (gp_list_extend(t, l, o) < 0) {
        gp_decref(l);
        return NULL;
    }
    return l;
}

gp_obj *gp_seq_tuple(gp_thread *t, gp_obj *o) {
    if (gp_tuple_check_exact(o)) return gp_newref(o);
    if (gp_list_check(o)) return gp_list_as_tuple(t, o);
    return gp_tuple_from_iterable(t, o);
}

gp_ssize gp_obj_length_hint(gp_thread *t, gp_obj *o, gp_ssize dflt) {
    gp_type *tp = gp_typeof(o);
    if ((tp->as_sequence && tp->as_sequence->length) || (tp->as_mapping && tp->as_mapping->length)) {
        gp_ssize n = gp_obj_len(t, o);
        if (n >= 0) return n;
        if (!gp_err_matches(t, &gp_exc_TypeError)) return -1;
        gp_err_clear(t);
    }
    GP_ID(s_hint, "__length_hint__");
    gp_obj *f = gp_obj_lookup_special(t, o, s_hint);
    if (!f) return t->exc ? -1 : dflt;
    gp_obj *r = gp_call0(t, f);
    gp_decref(f);
    if (!r) {
        if (gp_err_matches(t, &gp_exc_TypeError)) {
            gp_err_clear(t);
            return dflt;
        }
        return -1;
    }
    if (r == GP_NOTIMPLEMENTED) {
        gp_decref(r);
        return dflt;
    }
    if (!gp_int_check(r)) {
        gp_err_format(t, &gp_exc_TypeError, "__length_hint__ must be an integer, not %s", tname(r));
        gp_decref(r);
        return -1;
    }
    gp_ssize n;
    int ok = gp_int_as_ssize(t, r, &n);
    gp_decref(r);
    if (ok < 0) return -1;
    if (n < 0) {
        gp_err_format(t, &gp_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

/* -------------------------------------------------------------- numbers */

#define NB_OFF(f) offsetof(gp_number_methods, f)

static void *nb_slot(gp_type *tp, size_t off) {
    if (!tp->as_number) return NULL;
    return *(void **)((char *)tp->as_number + off);
}

static gp_obj *binary_op1(gp_thread *t, gp_obj *a, gp_obj *b, size_t off) {
    gp_type *ta = gp_typeof(a), *tb = gp_typeof(b);
    gp_binaryfunc slota = (gp_binaryfunc)nb_slot(ta, off);
    gp_binaryfunc slotb = ta != tb ? (gp_binaryfunc)nb_slot(tb, off) : NULL;
    if (slotb == slota) slotb = NULL;
    gp_obj *x;
    if (slota) {
        if (slotb && gp_type_is_subtype(tb, ta)) {
            x = slotb(t, a, b);
            if (x != GP_NOTIMPLEMENTED) return x;
            gp_decref(x);
            slotb = NULL;
        }
        x = slota(t, a, b);
        if (x != GP_NOTIMPLEMENTED) return x;
        gp_decref(x);
    }
    if (slotb) return slotb(t, a, b);
    return GP_NOTIMPLEMENTED;
}

static gp_obj *binop_error(gp_thread *t, gp_obj *a, gp_obj *b, const char *sym) {
    if (strcmp(sym, ">>") == 0 &&
        gp_typeof(a) == &gp_cfunction_type) {
        gp_obj *name = gp_obj_getattr_cstr(t, a, "__name__");
        if (name && gp_str_eq_cstr(name, "print")) {
            gp_decref(name);
            return gp_err_format(t, &gp_exc_TypeError,
                                 "unsupported operand type(s) for %s: '%s' and '%s'. Did you mean \"print(<message>, "
                                 "file=<output_stream>)\"?",
                                 sym, tname(a), tname(b));
        }
        gp_xdecref(name);
        gp_err_clear(t);
    }
    return gp_err_format(t, &gp_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, tname(a),
                         tname(b));
}

static gp_obj *binary_op(gp_thread *t, gp_obj *a, gp_obj *b, size_t off, const char *sym) {
    gp_obj *r = binary_op1(t, a, b, off);
    if (r != GP_NOTIMPLEMENTED) return r;
    gp_decref(r);
    return binop_error(t, a, b, sym);
}

static gp_obj *sequence_repeat(gp_thread *t, gp_ssizeargfunc repeat, gp_obj *seq, gp_obj *n) {
    if (!is_index(n))
        return gp_err_format(t, &gp_exc_TypeError, "can't multiply sequence by non-int of type '%s'", tname(n));
    gp_ssize count;
    if (gp_number_as_ssize(t, n, &gp_exc_OverflowError, &count) < 0) return NULL;
    return repeat(t, seq, count);
}

gp_obj *gp_number_add(gp_thread *t, gp_obj *a, gp_obj *b) {
    gp_obj *r = binary_op1(t, a, b, NB_OFF(add));
    if (r != GP_NOTIMPLEMENTED) return r;
    gp_decref(r);
    gp_type *ta = gp_typeof(a);
    if (ta->as_sequence && ta->as_sequence->concat) return ta->as_sequence->concat(t, a, b);
    return binop_error(t, a, b, "+");
}

gp_obj *gp_number_mul(gp_thread *t, gp_obj *a, gp_obj *b) {
    gp_obj *r = binary_op1(t, a, b, NB_OFF(multiply));
    if (r != GP_NOTIMPLEMENTED) return r;
    gp_decref(r);
    gp_type *ta = gp_typeof(a), *tb = gp_typeof(b);
    if (ta->as_sequence && ta->as_sequence->repeat) return sequence_repeat(t, ta->as_sequence->repeat, a, b);
    if (tb->as_sequence && tb->as_sequence->repeat) return sequence_repeat(t, tb->as_sequence->repeat, b, a);
    return binop_error(t, a, b, "*");
}

gp_obj *gp_number_sub(gp_thread *t, gp_obj *a, gp_obj *b) { return binary_op(t, a, b, NB_OFF(subtract), "-"); }
gp_obj *gp_number_matmul(gp_thread *t, gp_obj *a, gp_obj *b) {
    return binary_op(t, a, b, NB_OFF(matrix_multiply), "@");
}
gp_obj *gp_number_truediv(gp_thread *t, gp_obj *a, gp_obj *b) {
    return binary_op(t, a, b, NB_OFF(true_divide), "/");
}
gp_obj *gp_number_floordiv(gp_thread *t, gp_obj *a, gp_obj *b) {
    return binary_op(t, a, b, NB_OFF(floor_divide), "//");
}
gp_obj *gp_number_mod(gp_thread *t, gp_obj *a, gp_obj *b) { return binary_op(t, a, b, NB_OFF(remainder), "%"); }
gp_obj *gp_number_divmod(gp_thread *t, gp_obj *a, gp_obj *b) {
    return binary_op(t, a, b, NB_OFF(divmod), "divmod()");
}
gp_obj *gp_number_lshift(gp_thread *t, gp_obj *a, gp_obj *b) { return binary_op(t, a, b, NB_OFF(lshift), "<<"); }
gp_obj *gp_number_rshift(gp_thread *t, gp_obj *a, gp_obj *b) { return binary_op(t, a, b, NB_OFF(rshift), ">>"); }
gp_obj *gp_number_and(gp_thread *t, gp_obj *a, gp_obj *b) { return binary_op(t, a, b, NB_OFF(and_), "&"); }
gp_obj *gp_number_or(gp_thread *t, gp_obj *a, gp_obj *b) { return binary_op(t, a, b, NB_OFF(or_), "|"); }
gp_obj *gp_number_xor(gp_thread *t, gp_obj *a, gp_obj *b) { return binary_op(t, a, b, NB_OFF(xor_), "^"); }

/* Ternary power: a's slot, then b's (b first for a subclass), then mod's. */
static gp_obj *ternary_op(gp_thread *t, gp_obj *a, gp_obj *b, gp_obj *c, size_t off, const char *sym) {
    gp_type *ta = gp_typeof(a), *tb = gp_typeof(b);
    gp_ternaryfunc slota = (gp_ternaryfunc)nb_slot(ta, off);
    gp_ternaryfunc slotb = ta != tb ? (gp_ternaryfunc)nb_slot(tb, off) : NULL;
    if (slotb == slota) slotb = NULL;
    gp_obj *x;
    if (slota) {
        if (slotb && gp_type_is_subtype(tb, ta)) {
            x = slotb(t, a, b, c);
            if (x != GP_NOTIMPLEMENTED) return x;
            gp_decref(x);
            slotb = NULL;
        }
        x = slota(t, a, b, c);
        if (x != GP_NOTIMPLEMENTED) return x;
        gp_decref(x);
    }
    if (slotb) {
        x = slotb(t, a, b, c);
        if (x != GP_NOTIMPLEMENTED) return x;
        gp_decref(x);
    }
    if (c != GP_NONE) {
        gp_ternaryfunc slotc = (gp_ternaryfunc)nb_slot(gp_typeof(c), off);
        if (slotc && slotc != slota && slotc != slotb) {
            x = slotc(t, a, b, c);
            if (x != GP_NOTIMPLEMENTED) return x;
            gp_decref(x);
        }
        return gp_err_format(t, &gp_exc_TypeError, "unsupported operand type(s) for %s: '%s', '%s', '%s'",
                             sym, tname(a), tname(b), tname(c));
    }
    return gp_err_format(t, &gp_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, tname(a),
                         tname(b));
}

gp_obj *gp_number_pow(gp_thread *t, gp_obj *a, gp_obj *b, gp_obj *mod) {
    return ternary_op(t, a, b, mod ? mod : GP_NONE, NB_OFF(power), "** or pow()");
}

static gp_obj *inplace_op1(gp_thread *t, gp_obj *a, gp_obj *b, size_t ioff, size_t off) {
    gp_binaryfunc islot = (gp_binaryfunc)nb_slot(gp_typeof(a), ioff);
    if (islot) {
        gp_obj *x = islot(t, a, b);
        if (x != GP_NOTIMPLEMENTED) return x;
        gp_decref(x);
    }
    return binary_op1(t, a, b, off);
}

static gp_obj *inplace_op(gp_thread *t, gp_obj *a, gp_obj *b, size_t ioff, size_t off, const char *sym) {
    gp_obj *r = inplace_op1(t, a, b, ioff, off);
    if (r != GP_NOTIMPLEMENTED) return r;
    gp_decref(r);
    return binop_error(t, a, b, sym);
}

gp_obj *gp_number_iadd(gp_thread *t, gp_obj *a, gp_obj *b) {
    gp_obj *r = inplace_op1(t, a, b, NB_OFF(inplace_add), NB_OFF(add));
    if (r != GP_NOTIMPLEMENTED) return r;
    gp_decref(r);
    gp_sequence_methods *sq = gp_typeof(a)->as_sequence;
    if (sq && sq->inplace_concat) return sq->inplace_concat(t, a, b);
    if (sq && sq->concat) return sq->concat(t, a, b);
    return binop_error(t, a, b, "+=");
}

gp_obj *gp_number_imul(gp_thread *t, gp_obj *a, gp_obj *b) {
    gp_obj *r = inplace_op1(t, a, b, NB_OFF(inplace_multiply), NB_OFF(multiply));
    if (r != GP_NOTIMPLEMENTED) return r;
    gp_decref(r);
    gp_sequence_methods *sq = gp_typeof(a)->as_sequence, *sqb = gp_typeof(b)->as_sequence;
    if (sq && sq->inplace_repeat) return sequence_repeat(t, sq->inplace_repeat, a, b);
    if (sq && sq->repeat) return sequence_repeat(t, sq->repeat, a, b);
    if (sqb && sqb->repeat) return sequence_repeat(t, sqb->repeat, b, a);
    return binop_error(t, a, b, "*=");
}

gp_obj *gp_number_isub(gp_thread *t, gp_obj *a, gp_obj *b) {
    return inplace_op(t, a, b, NB_OFF(inplace_subtract), NB_OFF(subtract), "-=");
}
gp_obj *gp_number_imatmul(gp_thread *t, gp_obj *a, gp_obj *b) {
    return inplace_op(t, a, b, NB_OFF(inplace_matrix_multiply), NB_OFF(matrix_multiply), "@=");
}
gp_obj *gp_number_itruediv(gp_thread *t, gp_obj *a, gp_obj *b) {
    return inplace_op(t, a, b, NB_OFF(inplace_true_divide), NB_OFF(true_divide), "/=");
}
gp_obj *gp_number_ifloordiv(gp_thread *t, gp_obj *a, gp_obj *b) {
    return inplace_op(t, a, b, NB_OFF(inplace_floor_divide), NB_OFF(floor_divide), "//=");
}
gp_obj *gp_number_imod(gp_thread *t, gp_obj *a, gp_obj *b) {
    return inplace_op(t, a, b, NB_OFF(inplace_remainder), NB_OFF(remainder), "%=");
}
gp_obj *gp_number_ilshift(gp_thread *t, gp_obj *a, gp_obj *b) {
    return inplace_op(t, a, b, NB_OFF(inplace_lshift), NB_OFF(lshift), "<<=");
}
gp_obj *gp_number_irshift(gp_thread *t, gp_obj *a, gp_obj *b) {
    return inplace_op(t, a, b, NB_OFF(inplace_rshift), NB_OFF(rshift), ">>=");
}
gp_obj *gp_number_iand(gp_thread *t, gp_obj *a, gp_obj *b) {
    return inplace_op(t, a, b, NB_OFF(inplace_and), NB_OFF(and_), "&=");
}
gp_obj *gp_number_ior(gp_thread *t, gp_obj *a, gp_obj *b) {
    return inplace_op(t, a, b, NB_OFF(inplace_or), NB_OFF(or_), "|=");
}
gp_obj *gp_number_ixor(gp_thread *t, gp_obj *a, gp_obj *b) {
    return inplace_op(t, a, b, NB_OFF(inplace_xor), NB_OFF(xor_), "^=");
}

gp_obj *gp_number_ipow(gp_thread *t, gp_obj *a, gp_obj *b) {
    gp_ternaryfunc islot = (gp_ternaryfunc)nb_slot(gp_typeof(a), NB_OFF(inplace_power));
    if (islot) {
        gp_obj *x = islot(t, a, b, GP_NONE);
        if (x != GP_NOTIMPLEMENTED) return x;
        gp_decref(x);
    }
    return ternary_op(t, a, b, GP_NONE, NB_OFF(power), "**=");
}

static gp_obj *unary_op(gp_thread *t, gp_obj *a, size_t off, const char *what) {
    gp_unaryfunc f = (gp_unaryfunc)nb_slot(gp_typeof(a), off);
    if (f) return f(t, a);
    return gp_err_format(t, &gp_exc_TypeError, "bad operand type for %s: '%s'", what, tname(a));
}

gp_obj *gp_number_neg(gp_thread *t, gp_obj *a) { return unary_op(t, a, NB_OFF(negative), "unary -"); }
gp_obj *gp_number_pos(gp_thread *t, gp_obj *a) { return unary_op(t, a, NB_OFF(positive), "unary +"); }
gp_obj *gp_number_abs(gp_thread *t, gp_obj *a) { return unary_op(t, a, NB_OFF(absolute), "abs()"); }
gp_obj *gp_number_invert(gp_thread *t, gp_obj *a) { return unary_op(t, a, NB_OFF(invert), "unary ~"); }

gp_obj *gp_number_index(gp_thread *t, gp_obj *o) {
    if (gp_int_check_exact(o)) return gp_newref(o);
    if (gp_int_check(o)) return gp_int_exact(t, o);
    gp_unaryfunc f = (gp_unaryfunc)nb_slot(gp_typeof(o), NB_OFF(index));
    if (!f)
        return gp_err_format(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer", tname(o));
    gp_obj *r = f(t, o);
    if (!r || gp_int_check_exact(r)) return r;
    if (!gp_int_check(r)) {
        gp_err_format(t, &gp_exc_TypeError, "__index__ returned non-int (type %s)", tname(r));
        gp_decref(r);
        return NULL;
    }
    gp_obj *e = gp_int_exact(t, r);
    gp_decref(r);
    return e;
}

int gp_number_as_ssize(gp_thread *t, gp_obj *o, gp_type *exc, gp_ssize *out) {
    if (gp_is_small(o)) {
        *out = gp_small_value(o);
        return 0;
    }
    gp_obj *i = gp_number_index(t, o);
    if (!i) return -1;
    if (gp_int_as_ssize(t, i, out) == 0) {
        gp_decref(i);
        return 0;
    }
    if (!gp_err_matches(t, &gp_exc_OverflowError)) {
        gp_decref(i);
        return -1;
    }
    gp_err_clear(t);
    int sign = gp_int_sign(i);
    gp_decref(i);
    if (!exc) {
        *out = sign < 0 ? INTPTR_MIN : INTPTR_MAX;
        return 0;
    }
    gp_err_format(t, exc, "cannot fit '%s' into an index-sized integer", tname(o));
    return -1;
}

gp_obj *gp_number_long(gp_thread *t, gp_obj *o) {
    if (gp_int_check_exact(o)) return gp_newref(o);
    return gp_call1(t, (gp_obj *)&gp_int_type, o);
}

gp_obj *gp_number_float(gp_thread *t, gp_obj *o) {
    if (gp_float_check_exact(o)) return gp_newref(o);
    return gp_call1(t, (gp_obj *)&gp_float_type, o);
}

/* ------------------------------------------------------ argument parsing */

int gp_args_bind(gp_thread *t, const gp_argspec *spec, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames,
                 gp_obj **out) {
    int nparams = 0;
    while (spec->names[nparams]) nparams++;
    int maxpos = spec->maxpos < 0 ? nparams : spec->maxpos;
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    if (nargs > maxpos) {
        if (maxpos == nparams)
            gp_err_format(t, &gp_exc_TypeError, "%s() takes at most %d argument%s (%zd given)", spec->fname, nparams,
                          nparams == 1 ? "" : "s", nargs + nkw);
        else
            gp_err_format(t, &gp_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                          spec->fname, spec->required == maxpos ? "exactly" : "at most", maxpos,
                          maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (int i = 0; i < nparams; i++) out[i] = i < nargs ? args[i] : NULL;
    /* Missing positional-only arguments are reported before keywords. */
    for (int i = (int)nargs; i < spec->required; i++)
        if (!spec->names[i][0]) {
            gp_err_format(t, &gp_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                          spec->fname, spec->required == maxpos ? "exactly" : "at least", i + 1,
                          i == 0 ? "" : "s", nargs);
            return -1;
        }
    for (gp_ssize k = 0; k < nkw; k++) {
        gp_obj *key = gp_tuple_get_borrow(kwnames, k);
        int idx = -1;
        for (int i = 0; i < nparams; i++)
            if (spec->names[i][0] && gp_str_eq_cstr(key, spec->names[i])) {
                idx = i;
                break;
            }
        if (idx < 0) {
            gp_err_format(t, &gp_exc_TypeError, "'%U' is an invalid keyword argument for %s()", key, spec->fname);
            return -1;
        }
        if (out[idx]) {
            gp_err_format(t, &gp_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                          spec->fname, spec->names[idx], idx + 1);
            return -1;
        }
        out[idx] = args[nargs + k];
    }
    for (int i = 0; i < spec->required; i++) {
        if (out[i]) continue;
        if (spec->names[i][0])
            gp_err_format(t, &gp_exc_TypeError, "%s() missing required argument '%s' (pos %d)", spec->fname,
                          spec->names[i], i + 1);
        else
            gp_err_format(t, &gp_exc_TypeError, "%s() takes at least %d positional argument%s (%zd given)",
                          spec->fname, spec->required, spec->required == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int gp_args_no_kw(gp_thread *t, const char *fname, gp_obj *kwnames) {
    if (kwnames && gp_tuple_size(kwnames) > 0) {
        gp_err_format(t, &gp_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int gp_args_count(gp_thread *t, const char *fname, gp_ssize nargs, gp_ssize min, gp_ssize max) {
    if (nargs >= min && nargs <= max) return 0;
    if (max == 0)
        gp_err_format(t, &gp_exc_TypeError, "%s() takes no arguments (%zd given)", fname, nargs);
    else if (min == 1 && max == 1)
        gp_err_format(t, &gp_exc_TypeError, "%s() takes exactly one argument (%zd given)", fname, nargs);
    else if (min == max)
        gp_err_format(t, &gp_exc_TypeError, "%s expected %zd argument%s, got %zd", fname, min, min == 1 ? "" : "s",
                      nargs);
    else if (nargs < min)
        gp_err_format(t, &gp_exc_TypeError, "%s expected at least %zd argument%s, got %zd", fname, min,
                      min == 1 ? "" : "s", nargs);
    else
        gp_err_format(t, &gp_exc_TypeError, "%s expected at most %zd argument%s, got %zd", fname, max,
                      max == 1 ? "" : "s", nargs);
    return -1;
}
