/* types.GenericAlias: what list[int] and dict[str, int] evaluate to.  It
   remembers the origin class and the arguments, prints as written,
   and calls and subclasses like the origin. */
#include "objects/typeobj_impl.h"

typedef struct {
    gp_obj base;
    gp_obj *origin;
    gp_obj *args; /* tuple */
} generic_alias;

gp_obj *gp_generic_alias_new(gp_thread *t, gp_obj *origin, gp_obj *args) {
    generic_alias *g = (generic_alias *)gp_obj_alloc(t, &gp_generic_alias_type, 0);
    if (!g) return NULL;
    g->origin = gp_newref(origin);
    g->args = gp_tuple_check(args) ? gp_newref(args) : gp_tuple_pack(t, 1, args);
    if (!g->args) {
        gp_decref((gp_obj *)g);
        return NULL;
    }
    return (gp_obj *)g;
}

gp_obj *gp_class_getitem(gp_thread *t, gp_obj *cls, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "__class_getitem__", nargs, 1, 1) < 0) return NULL;
    return gp_generic_alias_new(t, cls, args[0]);
}

static void ga_dealloc(gp_obj *o) {
    generic_alias *g = (generic_alias *)o;
    gp_xdecref(g->origin);
    gp_xdecref(g->args);
    gp_obj_free(o);
}

/* One argument as typing prints it: classes by qualified name, ... as
   "...", lists of arguments in brackets, anything else by repr. */
static int append_arg(gp_thread *t, gp_strbuf *b, gp_obj *a) {
    if (a == GP_ELLIPSIS) {
        gp_strbuf_append_cstr(b, "...");
        return 0;
    }
    if (gp_list_check(a)) {
        gp_strbuf_append_char(b, '[');
        for (gp_ssize i = 0; i < gp_list_size(a); i++) {
            if (i) gp_strbuf_append_cstr(b, ", ");
            if (append_arg(t, b, gp_list_get_borrow(a, i)) < 0) return -1;
        }
        gp_strbuf_append_char(b, ']');
        return 0;
    }
    if (gp_type_check(a)) {
        gp_type *tp = (gp_type *)a;
        gp_obj *mod = gp_type_module_obj(t, tp);
        if (!mod) return -1;
        gp_obj *qn = gp_type_qualname_obj(t, tp);
        if (!qn) {
            gp_decref(mod);
            return -1;
        }
        if (gp_str_check(mod) && !gp_str_eq_cstr(mod, "builtins")) {
            gp_strbuf_append(b, gp_str_utf8(mod), gp_str_size(mod));
            gp_strbuf_append_char(b, '.');
        }
        gp_strbuf_append(b, gp_str_utf8(qn), gp_str_size(qn));
        gp_decref(mod);
        gp_decref(qn);
        return 0;
    }
    return gp_strbuf_append_repr(t, b, a);
}

static gp_obj *ga_repr(gp_thread *t, gp_obj *o) {
    generic_alias *g = (generic_alias *)o;
    gp_strbuf b;
    gp_strbuf_init(&b);
    if (append_arg(t, &b, g->origin) < 0) goto error;
    gp_strbuf_append_char(&b, '[');
    gp_ssize n = gp_tuple_size(g->args);
    if (n == 0) gp_strbuf_append_cstr(&b, "()");
    for (gp_ssize i = 0; i < n; i++) {
        if (i) gp_strbuf_append_cstr(&b, ", ");
        if (append_arg(t, &b, gp_tuple_get_borrow(g->args, i)) < 0) goto error;
    }
    gp_strbuf_append_char(&b, ']');
    return gp_strbuf_finish(t, &b);
error:
    gp_strbuf_free(&b);
    return NULL;
}

static gp_obj *ga_call(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    generic_alias *g = (generic_alias *)self;
    gp_obj *r = gp_call(t, g->origin, args, nargs, kw);
    if (r && !gp_is_small(r)) {
        /* CPython records the alias on the instance when it can. */
        gp_obj *saved = gp_err_fetch(t);
        if (gp_obj_setattr_cstr(t, r, "__orig_class__", self) < 0) gp_err_clear(t);
        gp_err_restore_steal(t, saved);
    }
    return r;
}

static gp_obj *ga_getattro(gp_thread *t, gp_obj *self, gp_obj *name) {
    generic_alias *g = (generic_alias *)self;
    static const char *const own[] = {"__origin__", "__args__", "__parameters__", "__mro_entries__",
                                      "__reduce__", "__class__", "__repr__", "__eq__", "__hash__",
                                      "__getitem__", "__call__", "__getattribute__", NULL};
    if (gp_str_check(name)) {
        const char *s = gp_str_utf8(name);
        int is_own = 0;
        for (int i = 0; own[i]; i++)
            if (strcmp(s, own[i]) == 0) is_own = 1;
        if (!is_own && !(s[0] == '_' && s[1] == '_')) return gp_obj_getattr(t, g->origin, name);
    }
    return gp_obj_generic_getattr(t, self, name);
}

static gp_obj *ga_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if ((op != GP_EQ && op != GP_NE) || gp_typeof(b) != &gp_generic_alias_type) return GP_NOTIMPLEMENTED;
    generic_alias *x = (generic_alias *)a, *y = (generic_alias *)b;
    int eq = gp_obj_eq(t, x->origin, y->origin);
    if (eq > 0) eq = gp_obj_eq(t, x->args, y->args);
    if (eq < 0) return NULL;
    return gp_bool_from(op == GP_EQ ? eq : !eq);
}

static gp_hash ga_hash(gp_thread *t, gp_obj *o) {
    generic_alias *g = (generic_alias *)o;
    gp_hash h1 = gp_obj_hash(t, g->origin);
    if (h1 == -1) return -1;
    gp_hash h2 = gp_obj_hash(t, g->args);
    if (h2 == -1) return -1;
    gp_hash h = h1 ^ h2;
    return h == -1 ? -2 : h;
}

static gp_obj *ga_mro_entries(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return gp_tuple_pack(t, 1, ((generic_alias *)self)->origin);
}

static gp_obj *ga_instancecheck(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return gp_err_format(t, &gp_exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static gp_obj *ga_subclasscheck(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return gp_err_format(t, &gp_exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static gp_obj *ga_get_parameters(gp_thread *t, gp_obj *self, void *c) { return gp_tuple_new(t, 0); }

static const gp_method_def ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 0, NULL},
    {"__instancecheck__", ga_instancecheck, 0, NULL},
    {"__subclasscheck__", ga_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const gp_member_def ga_members[] = {
    {"__origin__", GP_MEMBER_OBJECT, offsetof(generic_alias, origin), GP_MEMBER_READONLY, NULL},
    {"__args__", GP_MEMBER_OBJECT, offsetof(generic_alias, args), GP_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static const gp_getset_def ga_getset[] = {
    {"__parameters__", ga_get_parameters, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static gp_obj *ga_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "GenericAlias", kw) < 0 || gp_args_count(t, "GenericAlias", nargs, 2, 2) < 0) return NULL;
    return gp_generic_alias_new(t, args[0], args[1]);
}

static gp_number_methods ga_as_number = {.or_ = gp_union_or};

gp_type gp_generic_alias_type = {
    GP_TYPE_HEAD,
    .name = "types.GenericAlias",
    .basicsize = sizeof(generic_alias),
    .dealloc = ga_dealloc,
    .repr = ga_repr,
    .call = ga_call,
    .getattro = ga_getattro,
    .richcompare = ga_richcompare,
    .hash = ga_hash,
    .new_ = ga_new,
    .as_number = &ga_as_number,
    .methods = ga_methods,
    .members = ga_members,
    .getset = ga_getset,
};

/* ------------------------------------------------------ types.UnionType */

/* int | str: the union of classes written with |, usable in isinstance()
   and annotations. */
typedef struct {
    gp_obj base;
    gp_obj *args; /* tuple of distinct members, None stored as NoneType */
} union_obj;

static int union_member_ok(gp_obj *o) {
    return o == GP_NONE || gp_type_check(o) || gp_typeof(o) == &gp_generic_alias_type ||
           gp_typeof(o) == &gp_union_type;
}

static int add_union_member(gp_thread *t, gp_obj *list, gp_obj *o) {
    if (gp_typeof(o) == &gp_union_type) {
        gp_obj *args = ((union_obj *)o)->args;
        for (gp_ssize i = 0; i < gp_tuple_size(args); i++)
            if (add_union_member(t, list, gp_tuple_get_borrow(args, i)) < 0) return -1;
        return 0;
    }
    if (o == GP_NONE) o = (gp_obj *)&gp_none_type;
    int have = gp_seq_contains(t, list, o);
    if (have != 0) return have < 0 ? -1 : 0;
    return gp_list_append(t, list, o);
}

/* a | b for classes: a union, or NotImplemented for other operands. */
gp_obj *gp_union_or(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!union_member_ok(a) || !union_member_ok(b)) return GP_NOTIMPLEMENTED;
    gp_obj *list = gp_list_new(t, 0);
    if (!list) return NULL;
    if (add_union_member(t, list, a) < 0 || add_union_member(t, list, b) < 0) {
        gp_decref(list);
        return NULL;
    }
    if (gp_list_size(list) == 1) {
        gp_obj *only = gp_newref(gp_list_get_borrow(list, 0));
        gp_decref(list);
        return only;
    }
    union_obj *u = (union_obj *)gp_obj_alloc(t, &gp_union_type, 0);
    if (!u) {
        gp_decref(list);
        return NULL;
    }
    u->args = gp_list_as_tuple(t, list);
    gp_decref(list);
    if (!u->args) {
        gp_decref((gp_obj *)u);
        return NULL;
    }
    return (gp_obj *)u;
}

static void union_dealloc(gp_obj *o) {
    gp_xdecref(((union_obj *)o)->args);
    gp_obj_free(o);
}

static gp_obj *union_repr(gp_thread *t, gp_obj *o) {
    gp_obj *args = ((union_obj *)o)->args;
    gp_strbuf b;
    gp_strbuf_init(&b);
    for (gp_ssize i = 0; i < gp_tuple_size(args); i++) {
        gp_obj *a = gp_tuple_get_borrow(args, i);
        if (i) gp_strbuf_append_cstr(&b, " | ");
        if (a == (gp_obj *)&gp_none_type) {
            gp_strbuf_append_cstr(&b, "None");
        } else if (append_arg(t, &b, a) < 0) {
            gp_strbuf_free(&b);
            return NULL;
        }
    }
    return gp_strbuf_finish(t, &b);
}

static gp_obj *union_check(gp_thread *t, gp_obj *self, gp_obj *o, int subclass) {
    gp_obj *args = ((union_obj *)self)->args;
    for (gp_ssize i = 0; i < gp_tuple_size(args); i++) {
        gp_obj *a = gp_tuple_get_borrow(args, i);
        if (gp_typeof(a) == &gp_generic_alias_type)
            return gp_err_format(t, &gp_exc_TypeError, "%s() argument 2 cannot contain a parameterized generic",
                                 subclass ? "issubclass" : "isinstance");
    }
    int r = subclass ? gp_obj_issubclass(t, o, args) : gp_obj_isinstance(t, o, args);
    if (r < 0) return NULL;
    return gp_bool_from(r);
}

static gp_obj *union_instancecheck(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "__instancecheck__", nargs, 1, 1) < 0) return NULL;
    return union_check(t, self, args[0], 0);
}

static gp_obj *union_subclasscheck(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "__subclasscheck__", nargs, 1, 1) < 0) return NULL;
    return union_check(t, self, args[0], 1);
}

static gp_obj *union_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if ((op != GP_EQ && op != GP_NE) || gp_typeof(b) != &gp_union_type) return GP_NOTIMPLEMENTED;
    gp_obj *sa = gp_frozenset_new(t, ((union_obj *)a)->args);
    gp_obj *sb = sa ? gp_frozenset_new(t, ((union_obj *)b)->args) : NULL;
    gp_obj *r = sb ? gp_obj_richcompare(t, sa, sb, op) : NULL;
    gp_xdecref(sa);
    gp_xdecref(sb);
    return r;
}

static gp_hash union_hash(gp_thread *t, gp_obj *o) {
    gp_obj *s = gp_frozenset_new(t, ((union_obj *)o)->args);
    if (!s) return -1;
    gp_hash h = gp_obj_hash(t, s);
    gp_decref(s);
    return h;
}

static gp_obj *union_get_parameters(gp_thread *t, gp_obj *self, void *c) { return gp_tuple_new(t, 0); }

static const gp_method_def union_methods[] = {
    {"__instancecheck__", union_instancecheck, 0, NULL},
    {"__subclasscheck__", union_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const gp_member_def union_members[] = {
    {"__args__", GP_MEMBER_OBJECT, offsetof(union_obj, args), GP_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static const gp_getset_def union_getset[] = {
    {"__parameters__", union_get_parameters, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static gp_number_methods union_as_number = {.or_ = gp_union_or};

gp_type gp_union_type = {
    GP_TYPE_HEAD,
    .name = "types.UnionType",
    .basicsize = sizeof(union_obj),
    .dealloc = union_dealloc,
    .repr = union_repr,
    .richcompare = union_richcompare,
    .hash = union_hash,
    .as_number = &union_as_number,
    .methods = union_methods,
    .members = union_members,
    .getset = union_getset,
};
