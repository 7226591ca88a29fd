/* The bridge between C slots and dunder methods, both ways.

   - Static types: gp_type_ready puts a slot wrapper (`int.__add__`,
     `list.__len__`) in the type's dict for every slot the type fills, so that
     Python code can call the C function by name.
   - Heap types: for every slot whose dunder method is defined in Python
     somewhere along the MRO, the slot gets a dispatcher here that looks the
     method up on the type and calls it.  When the method found is a slot
     wrapper of the same slot, the wrapped C function is used directly, so a
     subclass of list that does not override __len__ keeps list's length.

   The table below lists each dunder once per slot it can fill. */
#include "objects/typeobj_impl.h"
#include "runtime/gc.h"

/* ------------------------------------------------------------- dispatch */

/* Find a special method on the type of self.  *unbound is set when the
   result is a plain function to be called with self prepended. */
static gp_obj *lookup_method(gp_thread *t, gp_obj *self, gp_obj *name, int *unbound) {
    gp_type *tp = gp_typeof(self);
    gp_obj *res = gp_type_lookup_ref(t, tp, name);
    if (!res) return NULL;
    gp_type *rt = gp_typeof(res);
    if (rt->flags & GP_TPFLAGS_METHOD_DESCRIPTOR) {
        *unbound = 1;
        return res;
    }
    *unbound = 0;
    if (rt->descr_get) {
        gp_obj *r = rt->descr_get(t, res, self, (gp_obj *)tp);
        gp_decref(res);
        return r;
    }
    return res;
}

static gp_obj *call_unbound(gp_thread *t, int unbound, gp_obj *func, gp_obj *self, gp_obj *const *args,
                            gp_ssize nargs, gp_obj *kwnames) {
    if (!unbound) return gp_call(t, func, args, nargs, kwnames);
    gp_ssize total = nargs + (kwnames ? gp_tuple_size(kwnames) : 0);
    gp_obj *small[8];
    gp_obj **stack = small;
    if (total + 1 > 8) {
        stack = gp_mem_alloc(sizeof(gp_obj *) * (size_t)(total + 1));
        if (!stack) return gp_err_nomemory(t);
    }
    stack[0] = self;
    for (gp_ssize i = 0; i < total; i++) stack[i + 1] = args[i];
    gp_obj *r = gp_call(t, func, stack, nargs + 1, kwnames);
    if (stack != small) gp_mem_free(stack);
    return r;
}

/* The interned str for a dunder name.  Every name passed here is a string
   literal or comes from a static table, so its address identifies it: a
   small per-thread cache keyed by that address spares hashing the text and
   probing the intern table on each operator call on an instance.  Interned
   strings live as long as the interpreter. */
#define DUNDER_CACHE_SIZE 128
static _Thread_local struct {
    const char *cname;
    gp_obj *name;
} dunder_cache[DUNDER_CACHE_SIZE];

static gp_obj *dunder(gp_thread *t, const char *cname) {
    unsigned i = (unsigned)(((uintptr_t)cname >> 3) ^ ((uintptr_t)cname >> 10)) & (DUNDER_CACHE_SIZE - 1);
    if (dunder_cache[i].cname == cname) return dunder_cache[i].name;
    gp_obj *name = gp_id(t, cname);
    if (name) {
        dunder_cache[i].cname = cname;
        dunder_cache[i].name = name;
    }
    return name;
}

/* Call self.<name>(*args) looked up on the type; AttributeError if absent. */
static gp_obj *call_method(gp_thread *t, gp_obj *self, const char *cname, gp_obj *const *args, gp_ssize nargs) {
    gp_obj *name = dunder(t, cname);
    int unbound = 0;
    gp_obj *f = lookup_method(t, self, name, &unbound);
    if (!f) {
        if (!t->exc) gp_err_set(t, &gp_exc_AttributeError, name);
        return NULL;
    }
    gp_obj *r = call_unbound(t, unbound, f, self, args, nargs, NULL);
    gp_decref(f);
    return r;
}

/* Like call_method, but a missing method gives NotImplemented. */
static gp_obj *call_maybe(gp_thread *t, gp_obj *self, const char *cname, gp_obj *const *args, gp_ssize nargs) {
    gp_obj *name = dunder(t, cname);
    int unbound = 0;
    gp_obj *f = lookup_method(t, self, name, &unbound);
    if (!f) {
        if (t->exc) return NULL;
        return GP_NOTIMPLEMENTED;
    }
    gp_obj *r = call_unbound(t, unbound, f, self, args, nargs, NULL);
    gp_decref(f);
    return r;
}

/* -------------------------------------------------------- binary operators */

typedef struct {
    const char *name, *rname;
    size_t offset; /* in gp_number_methods */
    gp_binaryfunc self_fn;
} binop_info;

static void *nb_slot(gp_type *tp, size_t offset) {
    if (!tp->as_number) return NULL;
    return *(void **)((char *)tp->as_number + offset);
}

static int method_is_overloaded(gp_thread *t, gp_type *left, gp_type *right, const char *cname) {
    gp_obj *name = dunder(t, cname);
    gp_obj *b = gp_type_lookup_borrow(t, right, name);
    if (!b) return 0;
    gp_obj *a = gp_type_lookup_borrow(t, left, name);
    return a != b;
}

/* a <op> b for heap types: a.__op__(b), or b.__rop__(a) (first when b's
   class is a subclass of a's that overrides it), as Python specifies. */
static gp_obj *binop(gp_thread *t, gp_obj *a, gp_obj *b, const binop_info *bi) {
    gp_type *ta = gp_typeof(a), *tb = gp_typeof(b);
    int do_other = ta != tb && nb_slot(tb, bi->offset) == (void *)bi->self_fn && bi->rname &&
                   gp_type_lookup_borrow(t, tb, dunder(t, bi->rname)) != NULL;
    if (nb_slot(ta, bi->offset) == (void *)bi->self_fn) {
        if (do_other && gp_type_is_subtype(tb, ta) && method_is_overloaded(t, ta, tb, bi->rname)) {
            gp_obj *r = call_maybe(t, b, bi->rname, &a, 1);
            if (r != GP_NOTIMPLEMENTED) return r;
            gp_decref(r);
            do_other = 0;
        }
        gp_obj *r = call_maybe(t, a, bi->name, &b, 1);
        if (r != GP_NOTIMPLEMENTED || ta == tb) return r;
        gp_decref(r);
    }
    if (do_other) return call_maybe(t, b, bi->rname, &a, 1);
    return GP_NOTIMPLEMENTED;
}

static gp_obj *slot_nb_add(gp_thread *t, gp_obj *a, gp_obj *b);
static gp_obj *slot_nb_sub(gp_thread *t, gp_obj *a, gp_obj *b);
static gp_obj *slot_nb_mul(gp_thread *t, gp_obj *a, gp_obj *b);
static gp_obj *slot_nb_mod(gp_thread *t, gp_obj *a, gp_obj *b);
static gp_obj *slot_nb_divmod(gp_thread *t, gp_obj *a, gp_obj *b);
static gp_obj *slot_nb_lshift(gp_thread *t, gp_obj *a, gp_obj *b);
static gp_obj *slot_nb_rshift(gp_thread *t, gp_obj *a, gp_obj *b);
static gp_obj *slot_nb_and(gp_thread *t, gp_obj *a, gp_obj *b);
static gp_obj *slot_nb_xor(gp_thread *t, gp_obj *a, gp_obj *b);
static gp_obj *slot_nb_or(gp_thread *t, gp_obj *a, gp_obj *b);
static gp_obj *slot_nb_floordiv(gp_thread *t, gp_obj *a, gp_obj *b);
static gp_obj *slot_nb_truediv(gp_thread *t, gp_obj *a, gp_obj *b);
static gp_obj *slot_nb_matmul(gp_thread *t, gp_obj *a, gp_obj *b);
static gp_obj *slot_nb_pow_binary(gp_thread *t, gp_obj *a, gp_obj *b);

#define NBOFF(f) offsetof(gp_number_methods, f)
static const binop_info bi_add = {"__add__", "__radd__", NBOFF(add), slot_nb_add};
static const binop_info bi_sub = {"__sub__", "__rsub__", NBOFF(subtract), slot_nb_sub};
static const binop_info bi_mul = {"__mul__", "__rmul__", NBOFF(multiply), slot_nb_mul};
static const binop_info bi_mod = {"__mod__", "__rmod__", NBOFF(remainder), slot_nb_mod};
static const binop_info bi_divmod = {"__divmod__", "__rdivmod__", NBOFF(divmod), slot_nb_divmod};
static const binop_info bi_lshift = {"__lshift__", "__rlshift__", NBOFF(lshift), slot_nb_lshift};
static const binop_info bi_rshift = {"__rshift__", "__rrshift__", NBOFF(rshift), slot_nb_rshift};
static const binop_info bi_and = {"__and__", "__rand__", NBOFF(and_), slot_nb_and};
static const binop_info bi_xor = {"__xor__", "__rxor__", NBOFF(xor_), slot_nb_xor};
static const binop_info bi_or = {"__or__", "__ror__", NBOFF(or_), slot_nb_or};
static const binop_info bi_floordiv = {"__floordiv__", "__rfloordiv__", NBOFF(floor_divide), slot_nb_floordiv};
static const binop_info bi_truediv = {"__truediv__", "__rtruediv__", NBOFF(true_divide), slot_nb_truediv};
static const binop_info bi_matmul = {"__matmul__", "__rmatmul__", NBOFF(matrix_multiply), slot_nb_matmul};
static const binop_info bi_pow = {"__pow__", "__rpow__", NBOFF(power), slot_nb_pow_binary};

static gp_obj *slot_nb_add(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, &bi_add); }
static gp_obj *slot_nb_sub(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, &bi_sub); }
static gp_obj *slot_nb_mul(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, &bi_mul); }
static gp_obj *slot_nb_mod(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, &bi_mod); }
static gp_obj *slot_nb_divmod(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, &bi_divmod); }
static gp_obj *slot_nb_lshift(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, &bi_lshift); }
static gp_obj *slot_nb_rshift(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, &bi_rshift); }
static gp_obj *slot_nb_and(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, &bi_and); }
static gp_obj *slot_nb_xor(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, &bi_xor); }
static gp_obj *slot_nb_or(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, &bi_or); }
static gp_obj *slot_nb_floordiv(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, &bi_floordiv); }
static gp_obj *slot_nb_truediv(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, &bi_truediv); }
static gp_obj *slot_nb_matmul(gp_thread *t, gp_obj *a, gp_obj *b) { return binop(t, a, b, &bi_matmul); }

/* The power slot is ternary; only the two-argument form has a reflected
   method. */
static gp_obj *slot_nb_power(gp_thread *t, gp_obj *a, gp_obj *b, gp_obj *mod);
static gp_obj *slot_nb_pow_binary(gp_thread *t, gp_obj *a, gp_obj *b) { return slot_nb_power(t, a, b, GP_NONE); }

static gp_obj *slot_nb_power(gp_thread *t, gp_obj *a, gp_obj *b, gp_obj *mod) {
    if (mod == GP_NONE || !mod) {
        gp_type *ta = gp_typeof(a), *tb = gp_typeof(b);
        int do_other = ta != tb && nb_slot(tb, bi_pow.offset) == (void *)slot_nb_power &&
                       gp_type_lookup_borrow(t, tb, dunder(t, "__rpow__")) != NULL;
        if (nb_slot(ta, bi_pow.offset) == (void *)slot_nb_power) {
            if (do_other && gp_type_is_subtype(tb, ta) && method_is_overloaded(t, ta, tb, "__rpow__")) {
                gp_obj *r = call_maybe(t, b, "__rpow__", &a, 1);
                if (r != GP_NOTIMPLEMENTED) return r;
                gp_decref(r);
                do_other = 0;
            }
            gp_obj *r = call_maybe(t, a, "__pow__", &b, 1);
            if (r != GP_NOTIMPLEMENTED || ta == tb) return r;
            gp_decref(r);
        }
        if (do_other) return call_maybe(t, b, "__rpow__", &a, 1);
        return GP_NOTIMPLEMENTED;
    }
    if (nb_slot(gp_typeof(a), bi_pow.offset) == (void *)slot_nb_power) {
        gp_obj *args[2] = {b, mod};
        return call_maybe(t, a, "__pow__", args, 2);
    }
    return GP_NOTIMPLEMENTED;
}

static gp_obj *slot_nb_iadd(gp_thread *t, gp_obj *a, gp_obj *b) { return call_maybe(t, a, "__iadd__", &b, 1); }
static gp_obj *slot_nb_isub(gp_thread *t, gp_obj *a, gp_obj *b) { return call_maybe(t, a, "__isub__", &b, 1); }
static gp_obj *slot_nb_imul(gp_thread *t, gp_obj *a, gp_obj *b) { return call_maybe(t, a, "__imul__", &b, 1); }
static gp_obj *slot_nb_imod(gp_thread *t, gp_obj *a, gp_obj *b) { return call_maybe(t, a, "__imod__", &b, 1); }
static gp_obj *slot_nb_ipow(gp_thread *t, gp_obj *a, gp_obj *b, gp_obj *m) {
    return call_maybe(t, a, "__ipow__", &b, 1);
}
static gp_obj *slot_nb_ilshift(gp_thread *t, gp_obj *a, gp_obj *b) { return call_maybe(t, a, "__ilshift__", &b, 1); }
static gp_obj *slot_nb_irshift(gp_thread *t, gp_obj *a, gp_obj *b) { return call_maybe(t, a, "__irshift__", &b, 1); }
static gp_obj *slot_nb_iand(gp_thread *t, gp_obj *a, gp_obj *b) { return call_maybe(t, a, "__iand__", &b, 1); }
static gp_obj *slot_nb_ixor(gp_thread *t, gp_obj *a, gp_obj *b) { return call_maybe(t, a, "__ixor__", &b, 1); }
static gp_obj *slot_nb_ior(gp_thread *t, gp_obj *a, gp_obj *b) { return call_maybe(t, a, "__ior__", &b, 1); }
static gp_obj *slot_nb_ifloordiv(gp_thread *t, gp_obj *a, gp_obj *b) {
    return call_maybe(t, a, "__ifloordiv__", &b, 1);
}
static gp_obj *slot_nb_itruediv(gp_thread *t, gp_obj *a, gp_obj *b) {
    return call_maybe(t, a, "__itruediv__", &b, 1);
}
static gp_obj *slot_nb_imatmul(gp_thread *t, gp_obj *a, gp_obj *b) {
    return call_maybe(t, a, "__imatmul__", &b, 1);
}

static gp_obj *slot_nb_neg(gp_thread *t, gp_obj *a) { return call_method(t, a, "__neg__", NULL, 0); }
static gp_obj *slot_nb_pos(gp_thread *t, gp_obj *a) { return call_method(t, a, "__pos__", NULL, 0); }
static gp_obj *slot_nb_abs(gp_thread *t, gp_obj *a) { return call_method(t, a, "__abs__", NULL, 0); }
static gp_obj *slot_nb_invert(gp_thread *t, gp_obj *a) { return call_method(t, a, "__invert__", NULL, 0); }
static gp_obj *slot_nb_int(gp_thread *t, gp_obj *a) { return call_method(t, a, "__int__", NULL, 0); }
static gp_obj *slot_nb_float(gp_thread *t, gp_obj *a) { return call_method(t, a, "__float__", NULL, 0); }
static gp_obj *slot_nb_index(gp_thread *t, gp_obj *a) { return call_method(t, a, "__index__", NULL, 0); }

static int slot_nb_bool(gp_thread *t, gp_obj *a) {
    gp_obj *r = call_method(t, a, "__bool__", NULL, 0);
    if (!r) return -1;
    if (r == GP_TRUE || r == GP_FALSE) {
        int v = r == GP_TRUE;
        gp_decref(r);
        return v;
    }
    gp_err_format(t, &gp_exc_TypeError, "__bool__ should return bool, returned %s", gp_type_name(gp_typeof(r)));
    gp_decref(r);
    return -1;
}

/* ------------------------------------------------------- type-level slots */

static gp_obj *slot_tp_repr(gp_thread *t, gp_obj *a) { return call_method(t, a, "__repr__", NULL, 0); }
static gp_obj *slot_tp_str(gp_thread *t, gp_obj *a) { return call_method(t, a, "__str__", NULL, 0); }

static gp_hash slot_tp_hash(gp_thread *t, gp_obj *a) {
    gp_obj *r = call_method(t, a, "__hash__", NULL, 0);
    if (!r) return -1;
    if (!gp_int_check(r)) {
        gp_decref(r);
        gp_err_format(t, &gp_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    gp_ssize h;
    if (gp_int_as_ssize(t, r, &h) < 0) {
        gp_err_clear(t);
        h = gp_int_hash(r);
    }
    gp_decref(r);
    return h == -1 ? -2 : h;
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static gp_obj *slot_tp_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    return call_maybe(t, a, cmp_names[op], &b, 1);
}

/* __getattribute__ (generic unless overridden), then __getattr__ when that
   raised AttributeError. */
static gp_obj *slot_tp_getattr_hook(gp_thread *t, gp_obj *o, gp_obj *name) {
    gp_type *tp = gp_typeof(o);
    GP_ID(s_getattr, "__getattr__");
    GP_ID(s_getattribute, "__getattribute__");
    gp_obj *getattr = gp_type_lookup_borrow(t, tp, s_getattr);
    gp_obj *getattribute = gp_type_lookup_borrow(t, tp, s_getattribute);
    gp_obj *r;
    if (getattribute && gp_typeof(getattribute) == &gp_wrapper_descr_type &&
        gp_wrapper_descr_wrapped(getattribute) == (void *)gp_obj_generic_getattr)
        r = gp_obj_generic_getattr(t, o, name);
    else
        r = call_method(t, o, "__getattribute__", &name, 1);
    if (r || !getattr || !gp_err_matches(t, &gp_exc_AttributeError)) return r;
    gp_err_clear(t);
    gp_incref(getattr);
    gp_obj *args[2] = {o, name};
    gp_descrgetfunc get = gp_typeof(getattr)->descr_get;
    if (gp_typeof(getattr)->flags & GP_TPFLAGS_METHOD_DESCRIPTOR) {
        r = gp_call(t, getattr, args, 2, NULL);
    } else if (get) {
        gp_obj *bound = get(t, getattr, o, (gp_obj *)tp);
        r = bound ? gp_call1(t, bound, name) : NULL;
        gp_xdecref(bound);
    } else {
        r = gp_call(t, getattr, args, 2, NULL);
    }
    gp_decref(getattr);
    return r;
}

static int slot_tp_setattro(gp_thread *t, gp_obj *o, gp_obj *name, gp_obj *v) {
    gp_obj *r;
    if (v) {
        gp_obj *args[2] = {name, v};
        r = call_method(t, o, "__setattr__", args, 2);
    } else {
        r = call_method(t, o, "__delattr__", &name, 1);
    }
    if (!r) return -1;
    gp_decref(r);
    return 0;
}

static gp_obj *slot_tp_call(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    GP_ID(s_call, "__call__");
    int unbound = 0;
    gp_obj *f = lookup_method(t, self, s_call, &unbound);
    if (!f) {
        if (!t->exc)
            gp_err_format(t, &gp_exc_TypeError, "'%s' object is not callable", gp_type_name(gp_typeof(self)));
        return NULL;
    }
    gp_obj *r = call_unbound(t, unbound, f, self, args, nargs, kwnames);
    gp_decref(f);
    return r;
}

static gp_obj *slot_tp_iter(gp_thread *t, gp_obj *self) {
    GP_ID(s_iter, "__iter__");
    gp_obj *f = gp_type_lookup_borrow(t, gp_typeof(self), s_iter);
    if (f == GP_NONE)
        return gp_err_format(t, &gp_exc_TypeError, "'%s' object is not iterable", gp_type_name(gp_typeof(self)));
    return call_method(t, self, "__iter__", NULL, 0);
}

/* The iterator protocol ends with NULL and no exception: a StopIteration
   raised by __next__ is swallowed here. */
static gp_obj *slot_tp_iternext(gp_thread *t, gp_obj *self) {
    gp_obj *r = call_method(t, self, "__next__", NULL, 0);
    if (!r && gp_err_matches(t, &gp_exc_StopIteration)) gp_err_clear(t);
    return r;
}

static gp_obj *slot_tp_descr_get(gp_thread *t, gp_obj *self, gp_obj *obj, gp_obj *type) {
    gp_obj *args[2] = {obj ? obj : GP_NONE, type ? type : GP_NONE};
    return call_method(t, self, "__get__", args, 2);
}

static int slot_tp_descr_set(gp_thread *t, gp_obj *self, gp_obj *obj, gp_obj *v) {
    gp_obj *r;
    if (v) {
        gp_obj *args[2] = {obj, v};
        r = call_method(t, self, "__set__", args, 2);
    } else {
        r = call_method(t, self, "__delete__", &obj, 1);
    }
    if (!r) return -1;
    gp_decref(r);
    return 0;
}

static int slot_tp_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    GP_ID(s_init, "__init__");
    int unbound = 0;
    gp_obj *f = lookup_method(t, self, s_init, &unbound);
    if (!f) {
        if (!t->exc) gp_err_set(t, &gp_exc_AttributeError, s_init);
        return -1;
    }
    gp_obj *r = call_unbound(t, unbound, f, self, args, nargs, kwnames);
    gp_decref(f);
    if (!r) return -1;
    if (r != GP_NONE) {
        gp_err_format(t, &gp_exc_TypeError, "__init__() should return None, not '%s'", gp_type_name(gp_typeof(r)));
        gp_decref(r);
        return -1;
    }
    gp_decref(r);
    return 0;
}

gp_obj *gp_slot_tp_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    GP_ID(s_new, "__new__");
    gp_obj *f = gp_obj_getattr(t, (gp_obj *)type, s_new);
    if (!f) return NULL;
    gp_obj *r = call_unbound(t, 1, f, (gp_obj *)type, args, nargs, kwnames);
    gp_decref(f);
    return r;
}

static void slot_tp_finalize(gp_thread *t, gp_obj *self) {
    gp_obj *saved = gp_err_fetch(t);
    GP_ID(s_del, "__del__");
    int unbound = 0;
    gp_obj *f = lookup_method(t, self, s_del, &unbound);
    if (f) {
        gp_obj *r = call_unbound(t, unbound, f, self, NULL, 0, NULL);
        gp_decref(f);
        if (r)
            gp_decref(r);
        else
            gp_err_write_unraisable(t, f);
    } else if (t->exc) {
        gp_err_clear(t);
    }
    gp_err_restore_steal(t, saved);
}

/* ---------------------------------------------------- containers (heap) */

static gp_ssize slot_length(gp_thread *t, gp_obj *self) {
    gp_obj *r = call_method(t, self, "__len__", NULL, 0);
    if (!r) return -1;
    gp_obj *i = gp_number_index(t, r);
    gp_decref(r);
    if (!i) return -1;
    if (gp_int_sign(i) < 0) {
        gp_decref(i);
        gp_err_format(t, &gp_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    gp_ssize n;
    int ok = gp_int_as_ssize(t, i, &n);
    gp_decref(i);
    if (ok < 0) {
        if (gp_err_matches(t, &gp_exc_OverflowError)) {
            gp_err_clear(t);
            gp_err_format(t, &gp_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    return n;
}

static gp_obj *slot_mp_subscript(gp_thread *t, gp_obj *self, gp_obj *key) {
    return call_method(t, self, "__getitem__", &key, 1);
}

static int slot_mp_ass_subscript(gp_thread *t, gp_obj *self, gp_obj *key, gp_obj *v) {
    gp_obj *r;
    if (v) {
        gp_obj *args[2] = {key, v};
        r = call_method(t, self, "__setitem__", args, 2);
    } else {
        r = call_method(t, self, "__delitem__", &key, 1);
    }
    if (!r) return -1;
    gp_decref(r);
    return 0;
}

static int slot_sq_contains(gp_thread *t, gp_obj *self, gp_obj *v) {
    GP_ID(s_contains, "__contains__");
    gp_obj *f = gp_type_lookup_borrow(t, gp_typeof(self), s_contains);
    if (f == GP_NONE) {
        gp_err_format(t, &gp_exc_TypeError, "'%s' object is not a container", gp_type_name(gp_typeof(self)));
        return -1;
    }
    gp_obj *r = call_method(t, self, "__contains__", &v, 1);
    if (!r) return -1;
    int b = gp_obj_truthy(t, r);
    gp_decref(r);
    return b;
}

/* ----------------------------------------------------------- wrappers */

static int check_args(gp_thread *t, gp_ssize nargs, gp_ssize n) {
    if (nargs == n) return 0;
    gp_err_format(t, &gp_exc_TypeError, "expected %zd argument%s, got %zd", n, n == 1 ? "" : "s", nargs);
    return -1;
}

static gp_obj *wrap_unary(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, void *w,
                          const gp_slotdef *sd) {
    if (check_args(t, nargs, 0) < 0) return NULL;
    return ((gp_unaryfunc)w)(t, self);
}

static gp_obj *wrap_binary_l(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                             void *w, const gp_slotdef *sd) {
    if (check_args(t, nargs, 1) < 0) return NULL;
    return ((gp_binaryfunc)w)(t, self, args[0]);
}

static gp_obj *wrap_binary_r(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                             void *w, const gp_slotdef *sd) {
    if (check_args(t, nargs, 1) < 0) return NULL;
    return ((gp_binaryfunc)w)(t, args[0], self);
}

static gp_obj *wrap_ternary(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, void *w,
                            const gp_slotdef *sd) {
    if (nargs < 1 || nargs > 2) {
        gp_err_format(t, &gp_exc_TypeError, "expected 1 or 2 arguments, got %zd", nargs);
        return NULL;
    }
    return ((gp_ternaryfunc)w)(t, self, args[0], nargs == 2 ? args[1] : GP_NONE);
}

static gp_obj *wrap_ternary_r(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                              void *w, const gp_slotdef *sd) {
    if (nargs < 1 || nargs > 2) {
        gp_err_format(t, &gp_exc_TypeError, "expected 1 or 2 arguments, got %zd", nargs);
        return NULL;
    }
    return ((gp_ternaryfunc)w)(t, args[0], self, nargs == 2 ? args[1] : GP_NONE);
}

static gp_obj *wrap_inquiry(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, void *w,
                            const gp_slotdef *sd) {
    if (check_args(t, nargs, 0) < 0) return NULL;
    int r = ((gp_inquiry)w)(t, self);
    if (r < 0) return NULL;
    return gp_bool_from(r);
}

static gp_obj *wrap_len(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, void *w,
                        const gp_slotdef *sd) {
    if (check_args(t, nargs, 0) < 0) return NULL;
    gp_ssize r = ((gp_lenfunc)w)(t, self);
    if (r < 0) return NULL;
    return gp_int_from_ssize(t, r);
}

static gp_obj *wrap_hash(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, void *w,
                         const gp_slotdef *sd) {
    if (check_args(t, nargs, 0) < 0) return NULL;
    gp_hash h = ((gp_hashfunc)w)(t, self);
    if (h == -1 && t->exc) return NULL;
    return gp_int_from_i64(t, h);
}

static gp_obj *wrap_richcmp(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, void *w,
                            const gp_slotdef *sd) {
    if (check_args(t, nargs, 1) < 0) return NULL;
    return ((gp_richcmpfunc)w)(t, self, args[0], sd->op);
}

static gp_obj *wrap_call(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, void *w,
                         const gp_slotdef *sd) {
    return ((gp_callfunc)w)(t, self, args, nargs, kw);
}

static gp_obj *wrap_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, void *w,
                         const gp_slotdef *sd) {
    if (((gp_initfunc)w)(t, self, args, nargs, kw) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *wrap_next(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, void *w,
                         const gp_slotdef *sd) {
    if (check_args(t, nargs, 0) < 0) return NULL;
    gp_obj *r = ((gp_unaryfunc)w)(t, self);
    if (!r && !t->exc) gp_err_set(t, &gp_exc_StopIteration, NULL);
    return r;
}

static gp_obj *wrap_descr_get(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                              void *w, const gp_slotdef *sd) {
    if (nargs < 1 || nargs > 2) {
        gp_err_format(t, &gp_exc_TypeError, "expected 1 or 2 arguments, got %zd", nargs);
        return NULL;
    }
    gp_obj *obj = args[0] == GP_NONE ? NULL : args[0];
    gp_obj *type = nargs == 2 && args[1] != GP_NONE ? args[1] : NULL;
    if (!obj && !type) return gp_err_format(t, &gp_exc_TypeError, "__get__(None, None) is invalid");
    return ((gp_descrgetfunc)w)(t, self, obj, type);
}

static gp_obj *wrap_descr_set(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                              void *w, const gp_slotdef *sd) {
    if (check_args(t, nargs, 2) < 0) return NULL;
    if (((gp_descrsetfunc)w)(t, self, args[0], args[1]) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *wrap_descr_delete(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                                 void *w, const gp_slotdef *sd) {
    if (check_args(t, nargs, 1) < 0) return NULL;
    if (((gp_descrsetfunc)w)(t, self, args[0], NULL) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *wrap_getattr(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, void *w,
                            const gp_slotdef *sd) {
    if (check_args(t, nargs, 1) < 0) return NULL;
    return ((gp_getattrfunc)w)(t, self, args[0]);
}

static gp_obj *wrap_setattr(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, void *w,
                            const gp_slotdef *sd) {
    if (check_args(t, nargs, 2) < 0) return NULL;
    if (((gp_setattrfunc)w)(t, self, args[0], args[1]) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *wrap_delattr(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, void *w,
                            const gp_slotdef *sd) {
    if (check_args(t, nargs, 1) < 0) return NULL;
    if (((gp_setattrfunc)w)(t, self, args[0], NULL) < 0) return NULL;
    return GP_NONE;
}

static int index_arg(gp_thread *t, gp_obj *o, gp_ssize *out) {
    return gp_number_as_ssize(t, o, &gp_exc_OverflowError, out);
}

static gp_obj *wrap_sq_item(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, void *w,
                            const gp_slotdef *sd) {
    if (check_args(t, nargs, 1) < 0) return NULL;
    gp_ssize i;
    if (index_arg(t, args[0], &i) < 0) return NULL;
    return ((gp_ssizeargfunc)w)(t, self, i);
}

static gp_obj *wrap_sq_repeat(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                              void *w, const gp_slotdef *sd) {
    if (check_args(t, nargs, 1) < 0) return NULL;
    if (!gp_int_check(args[0]) && !(gp_typeof(args[0])->as_number && gp_typeof(args[0])->as_number->index))
        return GP_NOTIMPLEMENTED;
    gp_ssize n;
    if (index_arg(t, args[0], &n) < 0) return NULL;
    return ((gp_ssizeargfunc)w)(t, self, n);
}

static gp_obj *wrap_sq_setitem(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                               void *w, const gp_slotdef *sd) {
    if (check_args(t, nargs, 2) < 0) return NULL;
    gp_ssize i;
    if (index_arg(t, args[0], &i) < 0) return NULL;
    if (((gp_ssizeobjargproc)w)(t, self, i, args[1]) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *wrap_sq_delitem(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                               void *w, const gp_slotdef *sd) {
    if (check_args(t, nargs, 1) < 0) return NULL;
    gp_ssize i;
    if (index_arg(t, args[0], &i) < 0) return NULL;
    if (((gp_ssizeobjargproc)w)(t, self, i, NULL) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *wrap_objobjargproc(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                                  void *w, const gp_slotdef *sd) {
    if (check_args(t, nargs, 2) < 0) return NULL;
    if (((gp_objobjargproc)w)(t, self, args[0], args[1]) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *wrap_delitem(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw, void *w,
                            const gp_slotdef *sd) {
    if (check_args(t, nargs, 1) < 0) return NULL;
    if (((gp_objobjargproc)w)(t, self, args[0], NULL) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *wrap_objobjproc(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                               void *w, const gp_slotdef *sd) {
    if (check_args(t, nargs, 1) < 0) return NULL;
    int r = ((gp_objobjproc)w)(t, self, args[0]);
    if (r < 0) return NULL;
    return gp_bool_from(r);
}

/* -------------------------------------------------------------- the table */

enum { T_TYPE, T_NUM, T_SEQ, T_MAP };
#define TPOFF(f) T_TYPE, offsetof(gp_type, f)
#define NB(f) T_NUM, offsetof(gp_number_methods, f)
#define SQ(f) T_SEQ, offsetof(gp_sequence_methods, f)
#define MP(f) T_MAP, offsetof(gp_mapping_methods, f)

static const gp_slotdef slotdefs[] = {
    {"__getattribute__", TPOFF(getattro), (void *)slot_tp_getattr_hook, wrap_getattr, 0, 0, "Return getattr(self, name)."},
    {"__getattr__", TPOFF(getattro), (void *)slot_tp_getattr_hook, NULL, 0, 0, NULL},
    {"__setattr__", TPOFF(setattro), (void *)slot_tp_setattro, wrap_setattr, 0, 0, "Implement setattr(self, name, value)."},
    {"__delattr__", TPOFF(setattro), (void *)slot_tp_setattro, wrap_delattr, 0, 0, "Implement delattr(self, name)."},
    {"__repr__", TPOFF(repr), (void *)slot_tp_repr, wrap_unary, 0, 0, "Return repr(self)."},
    {"__hash__", TPOFF(hash), (void *)slot_tp_hash, wrap_hash, 0, 0, "Return hash(self)."},
    {"__call__", TPOFF(call), (void *)slot_tp_call, wrap_call, 0, 1, "Call self as a function."},
    {"__str__", TPOFF(str), (void *)slot_tp_str, wrap_unary, 0, 0, "Return str(self)."},
    {"__lt__", TPOFF(richcompare), (void *)slot_tp_richcompare, wrap_richcmp, GP_LT, 0, "Return self<value."},
    {"__le__", TPOFF(richcompare), (void *)slot_tp_richcompare, wrap_richcmp, GP_LE, 0, "Return self<=value."},
    {"__eq__", TPOFF(richcompare), (void *)slot_tp_richcompare, wrap_richcmp, GP_EQ, 0, "Return self==value."},
    {"__ne__", TPOFF(richcompare), (void *)slot_tp_richcompare, wrap_richcmp, GP_NE, 0, "Return self!=value."},
    {"__gt__", TPOFF(richcompare), (void *)slot_tp_richcompare, wrap_richcmp, GP_GT, 0, "Return self>value."},
    {"__ge__", TPOFF(richcompare), (void *)slot_tp_richcompare, wrap_richcmp, GP_GE, 0, "Return self>=value."},
    {"__iter__", TPOFF(iter), (void *)slot_tp_iter, wrap_unary, 0, 0, "Implement iter(self)."},
    {"__next__", TPOFF(iternext), (void *)slot_tp_iternext, wrap_next, 0, 0, "Implement next(self)."},
    {"__get__", TPOFF(descr_get), (void *)slot_tp_descr_get, wrap_descr_get, 0, 0, "Return an attribute of instance, which is of type owner."},
    {"__set__", TPOFF(descr_set), (void *)slot_tp_descr_set, wrap_descr_set, 0, 0, "Set an attribute of instance to value."},
    {"__delete__", TPOFF(descr_set), (void *)slot_tp_descr_set, wrap_descr_delete, 0, 0, "Delete an attribute of instance."},
    {"__init__", TPOFF(init), (void *)slot_tp_init, wrap_init, 0, 1, "Initialize self.  See help(type(self)) for accurate signature."},
    {"__del__", TPOFF(finalize), (void *)slot_tp_finalize, NULL, 0, 0, NULL},

    {"__add__", NB(add), (void *)slot_nb_add, wrap_binary_l, 0, 0, "Return self+value."},
    {"__radd__", NB(add), (void *)slot_nb_add, wrap_binary_r, 0, 0, "Return value+self."},
    {"__sub__", NB(subtract), (void *)slot_nb_sub, wrap_binary_l, 0, 0, "Return self-value."},
    {"__rsub__", NB(subtract), (void *)slot_nb_sub, wrap_binary_r, 0, 0, "Return value-self."},
    {"__mul__", NB(multiply), (void *)slot_nb_mul, wrap_binary_l, 0, 0, "Return self*value."},
    {"__rmul__", NB(multiply), (void *)slot_nb_mul, wrap_binary_r, 0, 0, "Return value*self."},
    {"__mod__", NB(remainder), (void *)slot_nb_mod, wrap_binary_l, 0, 0, "Return self%value."},
    {"__rmod__", NB(remainder), (void *)slot_nb_mod, wrap_binary_r, 0, 0, "Return value%self."},
    {"__divmod__", NB(divmod), (void *)slot_nb_divmod, wrap_binary_l, 0, 0, "Return divmod(self, value)."},
    {"__rdivmod__", NB(divmod), (void *)slot_nb_divmod, wrap_binary_r, 0, 0, "Return divmod(value, self)."},
    {"__pow__", NB(power), (void *)slot_nb_power, wrap_ternary, 0, 0, "Return pow(self, value, mod)."},
    {"__rpow__", NB(power), (void *)slot_nb_power, wrap_ternary_r, 0, 0, "Return pow(value, self, mod)."},
    {"__neg__", NB(negative), (void *)slot_nb_neg, wrap_unary, 0, 0, "-self"},
    {"__pos__", NB(positive), (void *)slot_nb_pos, wrap_unary, 0, 0, "+self"},
    {"__abs__", NB(absolute), (void *)slot_nb_abs, wrap_unary, 0, 0, "abs(self)"},
    {"__bool__", NB(bool_), (void *)slot_nb_bool, wrap_inquiry, 0, 0, "True if self else False"},
    {"__invert__", NB(invert), (void *)slot_nb_invert, wrap_unary, 0, 0, "~self"},
    {"__lshift__", NB(lshift), (void *)slot_nb_lshift, wrap_binary_l, 0, 0, "Return self<<value."},
    {"__rlshift__", NB(lshift), (void *)slot_nb_lshift, wrap_binary_r, 0, 0, "Return value<<self."},
    {"__rshift__", NB(rshift), (void *)slot_nb_rshift, wrap_binary_l, 0, 0, "Return self>>value."},
    {"__rrshift__", NB(rshift), (void *)slot_nb_rshift, wrap_binary_r, 0, 0, "Return value>>self."},
    {"__and__", NB(and_), (void *)slot_nb_and, wrap_binary_l, 0, 0, "Return self&value."},
    {"__rand__", NB(and_), (void *)slot_nb_and, wrap_binary_r, 0, 0, "Return value&self."},
    {"__xor__", NB(xor_), (void *)slot_nb_xor, wrap_binary_l, 0, 0, "Return self^value."},
    {"__rxor__", NB(xor_), (void *)slot_nb_xor, wrap_binary_r, 0, 0, "Return value^self."},
    {"__or__", NB(or_), (void *)slot_nb_or, wrap_binary_l, 0, 0, "Return self|value."},
    {"__ror__", NB(or_), (void *)slot_nb_or, wrap_binary_r, 0, 0, "Return value|self."},
    {"__int__", NB(int_), (void *)slot_nb_int, wrap_unary, 0, 0, "int(self)"},
    {"__float__", NB(float_), (void *)slot_nb_float, wrap_unary, 0, 0, "float(self)"},
    {"__iadd__", NB(inplace_add), (void *)slot_nb_iadd, wrap_binary_l, 0, 0, "Return self+=value."},
    {"__isub__", NB(inplace_subtract), (void *)slot_nb_isub, wrap_binary_l, 0, 0, "Return self-=value."},
    {"__imul__", NB(inplace_multiply), (void *)slot_nb_imul, wrap_binary_l, 0, 0, "Return self*=value."},
    {"__imod__", NB(inplace_remainder), (void *)slot_nb_imod, wrap_binary_l, 0, 0, "Return self%=value."},
    {"__ipow__", NB(inplace_power), (void *)slot_nb_ipow, wrap_ternary, 0, 0, "Return self**=value."},
    {"__ilshift__", NB(inplace_lshift), (void *)slot_nb_ilshift, wrap_binary_l, 0, 0, "Return self<<=value."},
    {"__irshift__", NB(inplace_rshift), (void *)slot_nb_irshift, wrap_binary_l, 0, 0, "Return self>>=value."},
    {"__iand__", NB(inplace_and), (void *)slot_nb_iand, wrap_binary_l, 0, 0, "Return self&=value."},
    {"__ixor__", NB(inplace_xor), (void *)slot_nb_ixor, wrap_binary_l, 0, 0, "Return self^=value."},
    {"__ior__", NB(inplace_or), (void *)slot_nb_ior, wrap_binary_l, 0, 0, "Return self|=value."},
    {"__floordiv__", NB(floor_divide), (void *)slot_nb_floordiv, wrap_binary_l, 0, 0, "Return self//value."},
    {"__rfloordiv__", NB(floor_divide), (void *)slot_nb_floordiv, wrap_binary_r, 0, 0, "Return value//self."},
    {"__truediv__", NB(true_divide), (void *)slot_nb_truediv, wrap_binary_l, 0, 0, "Return self/value."},
    {"__rtruediv__", NB(true_divide), (void *)slot_nb_truediv, wrap_binary_r, 0, 0, "Return value/self."},
    {"__ifloordiv__", NB(inplace_floor_divide), (void *)slot_nb_ifloordiv, wrap_binary_l, 0, 0, "Return self//=value."},
    {"__itruediv__", NB(inplace_true_divide), (void *)slot_nb_itruediv, wrap_binary_l, 0, 0, "Return self/=value."},
    {"__index__", NB(index), (void *)slot_nb_index, wrap_unary, 0, 0, "Return self converted to an integer, if self is suitable for use as an index into a list."},
    {"__matmul__", NB(matrix_multiply), (void *)slot_nb_matmul, wrap_binary_l, 0, 0, "Return self@value."},
    {"__rmatmul__", NB(matrix_multiply), (void *)slot_nb_matmul, wrap_binary_r, 0, 0, "Return value@self."},
    {"__imatmul__", NB(inplace_matrix_multiply), (void *)slot_nb_imatmul, wrap_binary_l, 0, 0, "Return self@=value."},

    {"__len__", MP(length), (void *)slot_length, wrap_len, 0, 0, "Return len(self)."},
    {"__getitem__", MP(subscript), (void *)slot_mp_subscript, wrap_binary_l, 0, 0, "Return self[key]."},
    {"__setitem__", MP(ass_subscript), (void *)slot_mp_ass_subscript, wrap_objobjargproc, 0, 0, "Set self[key] to value."},
    {"__delitem__", MP(ass_subscript), (void *)slot_mp_ass_subscript, wrap_delitem, 0, 0, "Delete self[key]."},

    {"__len__", SQ(length), (void *)slot_length, wrap_len, 0, 0, "Return len(self)."},
    {"__add__", SQ(concat), NULL, wrap_binary_l, 0, 0, "Return self+value."},
    {"__mul__", SQ(repeat), NULL, wrap_sq_repeat, 0, 0, "Return self*value."},
    {"__rmul__", SQ(repeat), NULL, wrap_sq_repeat, 0, 0, "Return value*self."},
    {"__getitem__", SQ(item), NULL, wrap_sq_item, 0, 0, "Return self[key]."},
    {"__setitem__", SQ(ass_item), NULL, wrap_sq_setitem, 0, 0, "Set self[key] to value."},
    {"__delitem__", SQ(ass_item), NULL, wrap_sq_delitem, 0, 0, "Delete self[key]."},
    {"__contains__", SQ(contains), (void *)slot_sq_contains, wrap_objobjproc, 0, 0, "Return key in self."},
    {"__iadd__", SQ(inplace_concat), NULL, wrap_binary_l, 0, 0, "Implement self+=value."},
    {"__imul__", SQ(inplace_repeat), NULL, wrap_sq_repeat, 0, 0, "Implement self*=value."},
    {NULL, 0, 0, NULL, NULL, 0, 0, NULL},
};

static void **slot_ptr(gp_type *type, const gp_slotdef *sd) {
    char *base;
    switch (sd->table) {
    case T_TYPE: base = (char *)type; break;
    case T_NUM: base = (char *)type->as_number; break;
    case T_SEQ: base = (char *)type->as_sequence; break;
    default: base = (char *)type->as_mapping; break;
    }
    if (!base) return NULL;
    return (void **)(base + sd->offset);
}

int gp_slots_add_wrappers(gp_thread *t, gp_type *type) {
    for (const gp_slotdef *sd = slotdefs; sd->name; sd++) {
        if (!sd->wrap) continue;
        void **p = slot_ptr(type, sd);
        if (!p || !*p) continue;
        if (sd->table == T_TYPE && sd->offset == offsetof(gp_type, hash) && *p == (void *)gp_hash_not_implemented)
            continue;
        gp_obj *name = gp_id(t, sd->name);
        if (gp_dict_get_borrow(t, type->dict, name)) continue;
        gp_obj *d = gp_wrapper_descr_new(t, type, sd, *p);
        if (!d) return -1;
        int r = gp_dict_set(t, type->dict, name, d);
        gp_decref(d);
        if (r < 0) return -1;
    }
    return 0;
}

static int same_slot(const gp_slotdef *a, const gp_slotdef *b) {
    return a->table == b->table && a->offset == b->offset;
}

/* Decide one slot of a heap type from the dunders found along its MRO. */
static void *fixup_one(gp_thread *t, gp_type *type, const gp_slotdef *first) {
    void *specific = NULL, *generic = NULL;
    int use_generic = 0, any = 0;
    for (const gp_slotdef *sd = first; sd->name; sd++) {
        if (!same_slot(sd, first)) continue;
        gp_obj *descr = gp_type_lookup_borrow(t, type, gp_id(t, sd->name));
        if (!descr) continue;
        any = 1;
        if (sd->dispatcher) generic = sd->dispatcher;
        if (gp_typeof(descr) == &gp_wrapper_descr_type && same_slot(gp_wrapper_descr_slotdef(descr), first)) {
            void *w = gp_wrapper_descr_wrapped(descr);
            if (specific && specific != w) use_generic = 1;
            specific = w;
        } else if (descr == GP_NONE && first->table == T_TYPE && first->offset == offsetof(gp_type, hash)) {
            specific = (void *)gp_hash_not_implemented;
        } else {
            use_generic = 1;
        }
    }
    return !any ? NULL : use_generic ? generic : specific;
}

static void fixup_new(gp_thread *t, gp_type *type) {
    GP_ID(s_new, "__new__");
    gp_obj *descr = gp_type_lookup_borrow(t, type, s_new);
    gp_type *owner;
    gp_newfunc new_ = type->new_;
    if (descr && gp_is_builtin_new_wrapper(descr, &owner))
        new_ = owner->new_;
    else if (descr)
        new_ = gp_slot_tp_new;
    if (type->new_ != new_) type->new_ = new_;
}

/* Other threads read the slots of a class while it changes (a __bases__
   assignment or a dunder set on it fixes every slot again): only the slots
   whose value changes are stored, and each once, so that a program that
   does not change what a class does races on nothing. */
void gp_slots_fixup(gp_thread *t, gp_type *type) {
    GP_ID(s_getattr, "__getattr__");
    int getattr_hook = gp_type_lookup_borrow(t, type, s_getattr) != NULL;
    for (const gp_slotdef *sd = slotdefs; sd->name; sd++) {
        int seen = 0;
        for (const gp_slotdef *prev = slotdefs; prev < sd; prev++)
            if (same_slot(prev, sd)) seen = 1;
        void **p = slot_ptr(type, sd);
        if (seen || !p) continue;
        void *slot = fixup_one(t, type, sd);
        if (p == (void **)&type->getattro) {
            /* A class with __getattr__ needs the hook even when
               __getattribute__ is object's. */
            if (getattr_hook) slot = (void *)slot_tp_getattr_hook;
            else if (!slot) slot = (void *)gp_obj_generic_getattr;
        } else if (p == (void **)&type->setattro && !slot) {
            slot = (void *)gp_obj_generic_setattr;
        }
        if (*p != slot) *p = slot;
    }
    fixup_new(t, type);
    if (!type->getattro) type->getattro = gp_obj_generic_getattr;
    if (!type->setattro) type->setattro = gp_obj_generic_setattr;
}

int gp_slots_is_dunder_slot(gp_obj *name) {
    const char *s = gp_str_utf8(name);
    gp_ssize n = gp_str_size(name);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

static void update_subtree(gp_thread *t, gp_type *type, int depth) {
    if (!(type->flags & GP_TPFLAGS_HEAPTYPE) || depth > 1000) return;
    gp_slots_fixup(t, type);
    if (!type->subclasses) return;
    gp_ssize pos = 0;
    gp_obj *k, *v;
    while (gp_dict_next(type->subclasses, &pos, &k, &v))
        update_subtree(t, (gp_type *)(uintptr_t)(gp_small_value(v) << 1), depth + 1);
}

void gp_slots_update(gp_thread *t, gp_type *type, gp_obj *name) { update_subtree(t, type, 0); }

/* ------------------------------------------------------- instance dealloc */

/* Run __del__ with the object briefly alive again.  Returns 1 when the
   finalizer stored the object somewhere (resurrection): it must not be
   freed then. */
static int run_finalizer(gp_obj *o) {
    gp_thread *t = gp_thread_current();
    gp_obj_init_header(o, o->ob_type);
    o->ob_type->finalize(t, o);
    return !gp_decref_keep(o);
}

/* The first static type in the chain of solid bases: it owns the memory
   layout below the fields that heap classes add. */
static gp_type *static_base(gp_type *type) {
    while (type->flags & GP_TPFLAGS_HEAPTYPE) type = type->tp_base;
    return type;
}

/* Does the instance __dict__ pointer belong to a heap class (not to the
   static base, which releases its own)? */
static int heap_owns_dict(gp_type *type, gp_type *base) {
    return type->dictoffset && type->dictoffset != base->dictoffset;
}

int gp_subtype_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_type *type = o->ob_type;
    /* gp_obj_alloc took a reference to the heap type for the instance. */
    if (visit((gp_obj *)type, arg)) return 1;
    gp_type *base = type;
    for (; base->flags & GP_TPFLAGS_HEAPTYPE; base = base->tp_base) {
        gp_heaptype *ht = (gp_heaptype *)base;
        for (gp_member_def *m = ht->slot_members; m && m->name; m++) {
            gp_obj *v = *(gp_obj **)((char *)o + m->offset);
            if (v && visit(v, arg)) return 1;
        }
    }
    if (heap_owns_dict(type, base)) {
        gp_obj **dp = gp_obj_dictptr(o);
        if (dp && *dp && visit(*dp, arg)) return 1;
    }
    return base->traverse ? base->traverse(o, visit, arg) : 0;
}

/* Drops the slots and the __dict__ that heap classes added; base is the
   static base below them. */
static void clear_added(gp_obj *o, gp_type *base) {
    gp_type *type = o->ob_type;
    for (gp_type *h = type; h->flags & GP_TPFLAGS_HEAPTYPE; h = h->tp_base) {
        gp_heaptype *ht = (gp_heaptype *)h;
        for (gp_member_def *m = ht->slot_members; m && m->name; m++)
            gp_clear((gp_obj **)((char *)o + m->offset));
    }
    if (heap_owns_dict(type, base)) {
        gp_obj **dp = gp_obj_dictptr(o);
        if (dp) gp_clear(dp);
    }
}

int gp_subtype_clear(gp_obj *o) {
    gp_type *base = static_base(o->ob_type);
    clear_added(o, base);
    return base->clear ? base->clear(o) : 0;
}

void gp_subtype_dealloc(gp_obj *o) {
    gp_type *type = o->ob_type;
    /* Out of the collector's lists first: with a count of zero the object
       would look like garbage to a collection started by code that runs
       from here (a finalizer, a weakref callback, another dealloc). */
    int tracked = gp_gc_is_tracked(o);
    if (tracked) gp_gc_untrack(o);
    /* A finalizer runs at most once (PEP 442), even when the collector
       already ran it on this object as part of a cycle.  The object is
       alive again while it runs, so it is tracked again meanwhile. */
    if (type->finalize == slot_tp_finalize && !gp_gc_is_finalized(o)) {
        gp_gc_set_finalized(o);
        if (tracked) gp_gc_track(o);
        if (run_finalizer(o)) return;
        if (tracked) gp_gc_untrack(o);
    }
    gp_weakref_clear_refs_if_any(o);
    /* Release what the heap classes added (slots, dict), then let the first
       static base release its own fields and free the memory. */
    gp_type *base = static_base(type);
    clear_added(o, base);
    base->dealloc(o);
}
