/* The _functools module: reduce, partial, cmp_to_key and the wrapper behind
   functools.lru_cache, which functools.py imports over its own Python
   versions as CPython's does. */
#include <stddef.h>

#include "gilpy_core.h"
#include "runtime/objlock.h"

gp_type gp_partial_type, gp_keywrapper_type, gp_lru_wrapper_type, gp_lru_node_type;

/* __dict__ of partial and lru_cache wrapper instances, made on first use. */
static const gp_getset_def inst_dict_getset[] = {
    {"__dict__", gp_obj_dict_get, gp_obj_dict_set, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ----------------------------------------------------------------- reduce */

static gp_obj *m_reduce(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (gp_args_no_kw(t, "reduce", kwnames) < 0) return NULL;
    if (nargs < 2 || nargs > 3)
        return gp_err_format(t, &gp_exc_TypeError,
                             nargs < 2 ? "reduce expected at least 2 arguments, got %zd"
                                       : "reduce expected at most 3 arguments, got %zd",
                             nargs);
    gp_obj *it = gp_obj_getiter(t, args[1]);
    if (!it) {
        if (gp_err_matches(t, &gp_exc_TypeError)) {
            gp_err_clear(t);
            gp_err_set_str(t, &gp_exc_TypeError, "reduce() arg 2 must support iteration");
        }
        return NULL;
    }
    gp_obj *acc = nargs == 3 ? gp_newref(args[2]) : NULL, *v;
    while ((v = gp_iter_next(t, it))) {
        if (!acc) {
            acc = v;
            continue;
        }
        gp_obj *next = gp_call2(t, args[0], acc, v);
        gp_decref(v);
        gp_decref(acc);
        acc = next;
        if (!acc) break;
    }
    gp_decref(it);
    if (gp_err_occurred(t)) {
        gp_xdecref(acc);
        return NULL;
    }
    if (!acc)
        gp_err_set_str(t, &gp_exc_TypeError, "reduce() of empty iterable with no initial value");
    return acc;
}

/* ---------------------------------------------------------------- partial */

typedef struct {
    gp_obj base;
    gp_obj *func;
    gp_obj *args; /* tuple */
    gp_obj *kw;   /* dict */
    gp_obj *dict; /* the instance __dict__, NULL until used */
} partial_obj;

#define P(o) ((partial_obj *)(o))

static gp_obj *partial_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    if (nargs < 1)
        return gp_err_format(t, &gp_exc_TypeError, "type 'partial' takes at least one argument");
    gp_obj *func = args[0];
    if (!gp_callable_check(func))
        return gp_err_format(t, &gp_exc_TypeError, "the first argument must be callable");
    gp_obj *inner_args = NULL, *inner_kw = NULL;
    /* A partial of a plain partial (built by this __new__, no instance
       attributes) is flattened into one. */
    if (!gp_is_small(func) && gp_typeof(func)->new_ == partial_new && !P(func)->dict) {
        inner_args = P(func)->args;
        inner_kw = P(func)->kw;
        func = P(func)->func;
    }
    partial_obj *p = (partial_obj *)gp_obj_alloc(t, type, 0);
    if (!p) return NULL;
    p->func = gp_newref(func);
    gp_ssize ni = inner_args ? gp_tuple_size(inner_args) : 0;
    p->args = gp_tuple_new(t, ni + nargs - 1);
    p->kw = inner_kw ? gp_dict_copy(t, inner_kw) : gp_dict_new(t);
    gp_gc_track((gp_obj *)p);
    if (!p->args || !p->kw) goto error;
    for (gp_ssize i = 0; i < ni; i++)
        gp_tuple_items(p->args)[i] = gp_newref(gp_tuple_get_borrow(inner_args, i));
    for (gp_ssize i = 1; i < nargs; i++)
        gp_tuple_items(p->args)[ni + i - 1] = gp_newref(args[i]);
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    for (gp_ssize i = 0; i < nkw; i++)
        if (gp_dict_set(t, p->kw, gp_tuple_get_borrow(kwnames, i), args[nargs + i]) < 0) goto error;
    return (gp_obj *)p;
error:
    gp_decref((gp_obj *)p);
    return NULL;
}

static void partial_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_xdecref(P(o)->func);
    gp_xdecref(P(o)->args);
    gp_xdecref(P(o)->kw);
    gp_xdecref(P(o)->dict);
    gp_obj_free(o);
}

static int partial_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_obj *fields[] = {P(o)->func, P(o)->args, P(o)->kw, P(o)->dict};
    for (int i = 0; i < 4; i++) {
        if (fields[i] && !gp_is_small(fields[i])) {
            int r = visit(fields[i], arg);
            if (r) return r;
        }
    }
    return 0;
}

static int partial_clear(gp_obj *o) {
    gp_clear(&P(o)->func);
    gp_clear(&P(o)->args);
    gp_clear(&P(o)->kw);
    gp_clear(&P(o)->dict);
    return 0;
}

/* func(*self.args, *args, **{**self.keywords, **kwargs}) */
static gp_obj *partial_call(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    partial_obj *p = P(self);
    if (!p->func) return gp_err_format(t, &gp_exc_TypeError, "partial object is not initialised");
    gp_ssize np = gp_tuple_size(p->args), nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    if (gp_dict_size(p->kw) == 0) {
        if (np == 0) return gp_call(t, p->func, args, nargs, kwnames);
        gp_obj *small[8], **all = small;
        gp_ssize n = np + nargs + nkw;
        if (n > 8) {
            all = gp_mem_alloc((size_t)n * sizeof(gp_obj *));
            if (!all) return gp_err_nomemory(t);
        }
        memcpy(all, gp_tuple_items(p->args), (size_t)np * sizeof(gp_obj *));
        memcpy(all + np, args, (size_t)(nargs + nkw) * sizeof(gp_obj *));
        gp_obj *r = gp_call(t, p->func, all, np + nargs, kwnames);
        if (all != small) gp_mem_free(all);
        return r;
    }
    gp_obj *pos = NULL, *kw = NULL, *r = NULL;
    pos = gp_tuple_new(t, np + nargs);
    if (!pos) return NULL;
    for (gp_ssize i = 0; i < np; i++)
        gp_tuple_items(pos)[i] = gp_newref(gp_tuple_get_borrow(p->args, i));
    for (gp_ssize i = 0; i < nargs; i++)
        gp_tuple_items(pos)[np + i] = gp_newref(args[i]);
    kw = gp_dict_copy(t, p->kw);
    if (!kw) goto done;
    for (gp_ssize i = 0; i < nkw; i++)
        if (gp_dict_set(t, kw, gp_tuple_get_borrow(kwnames, i), args[nargs + i]) < 0) goto done;
    r = gp_call_tuple_dict(t, p->func, pos, kw);
done:
    gp_decref(pos);
    gp_xdecref(kw);
    return r;
}

static gp_obj *partial_repr(gp_thread *t, gp_obj *self) {
    int k = gp_containers_repr_enter(t, self);
    if (k != 0) return k > 0 ? gp_str_from_cstr(t, "...") : NULL;
    partial_obj *p = P(self);
    gp_obj *res = NULL;
    gp_strbuf b;
    gp_strbuf_init(&b);
    /* CPython 3.11 names the type by its tp_name: "functools.partial", or
       the bare name of a subclass. */
    gp_strbuf_append_cstr(&b, gp_typeof(self)->name);
    gp_strbuf_append_char(&b, '(');
    if (gp_strbuf_append_repr(t, &b, p->func ? p->func : GP_NONE) < 0) goto error;
    /* Hold the containers: an item's repr may change them. */
    gp_obj *args = p->args ? gp_newref(p->args) : NULL;
    for (gp_ssize i = 0; args && i < gp_tuple_size(args); i++) {
        gp_strbuf_append(&b, ", ", 2);
        if (gp_strbuf_append_repr(t, &b, gp_tuple_get_borrow(args, i)) < 0) {
            gp_decref(args);
            goto error;
        }
    }
    gp_xdecref(args);
    gp_obj *items = p->kw ? gp_dict_items_list(t, p->kw) : NULL;
    if (p->kw && !items) goto error;
    for (gp_ssize i = 0; items && i < gp_list_size(items); i++) {
        gp_obj *pair = gp_list_get_borrow(items, i);
        gp_strbuf_append(&b, ", ", 2);
        if (gp_strbuf_append_str(t, &b, gp_tuple_get_borrow(pair, 0)) < 0) {
            gp_decref(items);
            goto error;
        }
        gp_strbuf_append_char(&b, '=');
        if (gp_strbuf_append_repr(t, &b, gp_tuple_get_borrow(pair, 1)) < 0) {
            gp_decref(items);
            goto error;
        }
    }
    gp_xdecref(items);
    gp_strbuf_append_char(&b, ')');
    res = gp_strbuf_finish(t, &b);
    goto done;
error:
    gp_strbuf_free(&b);
done:
    gp_containers_repr_leave(t, self);
    return res;
}

static gp_obj *partial_reduce(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    partial_obj *p = P(self);
    gp_obj *kw = p->kw && gp_dict_size(p->kw) ? p->kw : GP_NONE;
    gp_obj *dict = p->dict && gp_dict_size(p->dict) ? p->dict : GP_NONE;
    gp_obj *ctor = gp_tuple_pack(t, 1, p->func);
    if (!ctor) return NULL;
    gp_obj *state = gp_tuple_pack(t, 4, p->func, p->args, kw, dict);
    if (!state) {
        gp_decref(ctor);
        return NULL;
    }
    gp_obj *r = gp_tuple_pack(t, 3, (gp_obj *)gp_typeof(self), ctor, state);
    gp_decref(ctor);
    gp_decref(state);
    return r;
}

static gp_obj *partial_setstate(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kwnames) {
    if (gp_args_no_kw(t, "__setstate__", kwnames) < 0 ||
        gp_args_count(t, "__setstate__", nargs, 1, 1) < 0)
        return NULL;
    gp_obj *state = args[0];
    if (!gp_tuple_check(state) || gp_tuple_size(state) != 4)
        return gp_err_format(t, &gp_exc_TypeError, "invalid partial state");
    gp_obj *func = gp_tuple_get_borrow(state, 0), *fargs = gp_tuple_get_borrow(state, 1);
    gp_obj *kw = gp_tuple_get_borrow(state, 2), *dict = gp_tuple_get_borrow(state, 3);
    if (!gp_callable_check(func) || !gp_tuple_check(fargs) ||
        (kw != GP_NONE && !gp_dict_check(kw)) || (dict != GP_NONE && !gp_dict_check(dict)))
        return gp_err_format(t, &gp_exc_TypeError, "invalid partial state");
    gp_obj *newargs = gp_tuple_check_exact(fargs)
                          ? gp_newref(fargs)
                          : gp_tuple_from_array(t, gp_tuple_items(fargs), gp_tuple_size(fargs));
    if (!newargs) return NULL;
    gp_obj *newkw = kw == GP_NONE             ? gp_dict_new(t)
                    : gp_dict_check_exact(kw) ? gp_newref(kw)
                                              : gp_dict_copy(t, kw);
    if (!newkw) {
        gp_decref(newargs);
        return NULL;
    }
    partial_obj *p = P(self);
    gp_setref_steal(&p->func, gp_newref(func));
    gp_setref_steal(&p->args, newargs);
    gp_setref_steal(&p->kw, newkw);
    gp_setref_steal(&p->dict, dict == GP_NONE ? NULL : gp_newref(dict));
    return GP_NONE;
}

static const gp_method_def partial_methods[] = {
    {"__reduce__", partial_reduce, 0, NULL},
    {"__setstate__", partial_setstate, 0, NULL},
    {"__class_getitem__", gp_class_getitem, GP_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const gp_member_def partial_members[] = {
    {"func", GP_MEMBER_OBJECT, offsetof(partial_obj, func), GP_MEMBER_READONLY,
     "function object to use in future partial calls"},
    {"args", GP_MEMBER_OBJECT, offsetof(partial_obj, args), GP_MEMBER_READONLY,
     "tuple of arguments to future partial calls"},
    {"keywords", GP_MEMBER_OBJECT, offsetof(partial_obj, kw), GP_MEMBER_READONLY,
     "dictionary of keyword arguments to future partial calls"},
    {NULL, 0, 0, 0, NULL},
};

gp_type gp_partial_type = {
    GP_TYPE_HEAD,
    .name = "functools.partial",
    .basicsize = sizeof(partial_obj),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC,
    .dealloc = partial_dealloc,
    .repr = partial_repr,
    .call = partial_call,
    .new_ = partial_new,
    .traverse = partial_traverse,
    .clear = partial_clear,
    .methods = partial_methods,
    .members = partial_members,
    .getset = inst_dict_getset,
    .dictoffset = offsetof(partial_obj, dict),
    .weaklistoffset = 1, /* weakly referenceable */
    .doc = "partial(func, *args, **keywords) - new function with partial application\n"
           "    of the given arguments and keywords.\n",
};

/* ------------------------------------------------------------- cmp_to_key */

typedef struct {
    gp_obj base;
    gp_obj *cmp;
    gp_obj *object; /* NULL in the wrapper cmp_to_key returns */
} keywrapper_obj;

#define K(o) ((keywrapper_obj *)(o))

static gp_obj *new_keywrapper(gp_thread *t, gp_obj *cmp, gp_obj *object) {
    keywrapper_obj *k = (keywrapper_obj *)gp_obj_alloc(t, &gp_keywrapper_type, 0);
    if (!k) return NULL;
    k->cmp = gp_newref(cmp);
    k->object = gp_xnewref(object);
    gp_gc_track((gp_obj *)k);
    return (gp_obj *)k;
}

static void keywrapper_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_xdecref(K(o)->cmp);
    gp_xdecref(K(o)->object);
    gp_obj_free(o);
}

static int keywrapper_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    if (K(o)->cmp && !gp_is_small(K(o)->cmp)) {
        int r = visit(K(o)->cmp, arg);
        if (r) return r;
    }
    if (K(o)->object && !gp_is_small(K(o)->object)) return visit(K(o)->object, arg);
    return 0;
}

static int keywrapper_clear(gp_obj *o) {
    gp_clear(&K(o)->cmp);
    gp_clear(&K(o)->object);
    return 0;
}

static gp_obj *keywrapper_call(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                               gp_obj *kwnames) {
    static const char *const names[] = {"obj", NULL};
    static const gp_argspec spec = {"K", names, 1, -1};
    gp_obj *a[1];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    return new_keywrapper(t, K(self)->cmp, a[0]);
}

static gp_obj *keywrapper_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if (gp_typeof(b) != &gp_keywrapper_type)
        return gp_err_format(t, &gp_exc_TypeError, "other argument must be K instance");
    if (!K(a)->object || !K(b)->object) return gp_err_format(t, &gp_exc_AttributeError, "object");
    gp_obj *r = gp_call2(t, K(a)->cmp, K(a)->object, K(b)->object);
    if (!r) return NULL;
    gp_obj *res = gp_obj_richcompare(t, r, gp_small_new(0), op);
    gp_decref(r);
    return res;
}

static const gp_member_def keywrapper_members[] = {
    {"obj", GP_MEMBER_OBJECT, offsetof(keywrapper_obj, object), 0,
     "Value wrapped by a key function."},
    {NULL, 0, 0, 0, NULL},
};

gp_type gp_keywrapper_type = {
    GP_TYPE_HEAD,
    .name = "functools.KeyWrapper",
    .basicsize = sizeof(keywrapper_obj),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = keywrapper_dealloc,
    .call = keywrapper_call,
    .richcompare = keywrapper_richcompare,
    .traverse = keywrapper_traverse,
    .clear = keywrapper_clear,
    .members = keywrapper_members,
};

static gp_obj *m_cmp_to_key(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    static const char *const names[] = {"mycmp", NULL};
    static const gp_argspec spec = {"cmp_to_key", names, 1, -1};
    gp_obj *a[1];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    return new_keywrapper(t, a[0], NULL);
}

/* ------------------------------------------------------------ lru_cache */

/* A bounded cache keeps its entries on a circular doubly linked list
   through a root, least recently used first; the dict maps each key to its
   node.  Nodes are not tracked by the collector: the wrapper's traverse
   visits their keys and results, as CPython does.  Every node in the dict
   is on the list and every node on the list is in the dict, except for a
   moment inside one call; the list changes only under the wrapper's object
   lock, and the dict is never touched while it is held. */
typedef struct lru_link {
    struct lru_link *prev, *next;
} lru_link;

typedef struct {
    gp_obj base;
    lru_link link; /* prev NULL when off the list */
    gp_obj *owner; /* the wrapper (borrowed) while on its list */
    gp_obj *key;
    gp_obj *result;
} lru_node;

typedef struct {
    gp_obj base;
    gp_obj *func;
    gp_obj *cache;     /* dict: key -> result (unbounded) or key -> node */
    gp_obj *info_type; /* the CacheInfo named tuple */
    gp_obj *dict;      /* instance __dict__ (__wrapped__, cache_parameters ...) */
    gp_obj *kwd_mark;  /* separates positional and keyword arguments in keys */
    gp_ssize maxsize;  /* -1: unbounded */
    gp_ssize hits, misses;
    int typed;
    lru_link root;
} lru_obj;

#define W(o) ((lru_obj *)(o))
#define NODE(l) ((lru_node *)((char *)(l)-offsetof(lru_node, link)))

/* A link is taken off with its prev stored atomically: a dying node looks
   at it before it takes the owner's lock (see lru_node_dealloc). */
static void unlink_locked(lru_link *l) {
    l->prev->next = l->next;
    l->next->prev = l->prev;
    l->next = NULL;
    __atomic_store_n(&l->prev, NULL, __ATOMIC_RELAXED);
}

static void append_locked(lru_obj *w, lru_link *l) {
    __atomic_store_n(&l->prev, w->root.prev, __ATOMIC_RELAXED);
    l->next = &w->root;
    w->root.prev->next = l;
    w->root.prev = l;
}

/* The list holds a reference to every node on it, so a node dies only
   off the list; the test stays as a guard, made again under the owner's
   lock. */
static void lru_node_dealloc(gp_obj *o) {
    lru_node *n = (lru_node *)o;
    if (__atomic_load_n(&n->link.prev, __ATOMIC_RELAXED)) {
        gp_obj *owner = n->owner;
        gp_obj_lock(owner);
        if (n->link.prev) unlink_locked(&n->link);
        gp_obj_unlock(owner);
    }
    gp_xdecref(n->key);
    gp_xdecref(n->result);
    gp_obj_free(o);
}

gp_type gp_lru_node_type = {
    GP_TYPE_HEAD,
    .name = "functools._lru_list_elem",
    .basicsize = sizeof(lru_node),
    .dealloc = lru_node_dealloc,
};

/* The cache key of a call, as functools._make_key builds it: the lone int
   or str argument itself, else a tuple of the arguments, a marker (one
   object per cache) and the keyword pairs, then the argument types when
   typed. */

static gp_obj *make_key(gp_thread *t, lru_obj *w, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    if (nkw == 0 && !w->typed) {
        if (nargs == 1) {
            gp_type *tp = gp_typeof(args[0]);
            if (tp == &gp_int_type || tp == &gp_str_type) return gp_newref(args[0]);
        }
        return gp_tuple_from_array(t, args, nargs);
    }
    gp_ssize n = nargs + (nkw ? 1 + 2 * nkw : 0) + (w->typed ? nargs + nkw : 0);
    gp_obj *key = gp_tuple_new(t, n);
    if (!key) return NULL;
    gp_obj **out = gp_tuple_items(key);
    for (gp_ssize i = 0; i < nargs; i++)
        *out++ = gp_newref(args[i]);
    if (nkw) {
        *out++ = gp_newref(w->kwd_mark);
        for (gp_ssize i = 0; i < nkw; i++) {
            *out++ = gp_newref(gp_tuple_get_borrow(kwnames, i));
            *out++ = gp_newref(args[nargs + i]);
        }
    }
    if (w->typed) {
        for (gp_ssize i = 0; i < nargs + nkw; i++)
            *out++ = gp_obj_type(args[i]);
    }
    return key;
}

static gp_obj *lru_call(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    lru_obj *w = W(self);
    if (w->maxsize == 0) {
        __atomic_fetch_add(&w->misses, 1, __ATOMIC_RELAXED);
        return gp_call(t, w->func, args, nargs, kwnames);
    }
    gp_obj *key = make_key(t, w, args, nargs, kwnames), *res = NULL;
    if (!key) return NULL;
    gp_hash hash = gp_obj_hash(t, key);
    if (hash == -1 && gp_err_occurred(t)) goto done;
    /* A new reference: another thread may evict the entry or clear the
       cache while this one uses it. */
    gp_obj *found = gp_dict_get_hash_ref(t, w->cache, key, hash);
    if (found) {
        __atomic_fetch_add(&w->hits, 1, __ATOMIC_RELAXED);
        if (w->maxsize < 0) {
            res = found;
        } else {
            lru_node *n = (lru_node *)found;
            gp_obj_lock(self);
            if (n->link.prev) {
                unlink_locked(&n->link);
                append_locked(w, &n->link);
            }
            gp_obj_unlock(self);
            res = gp_newref(n->result);
            gp_decref(found);
        }
        goto done;
    }
    if (gp_err_occurred(t)) goto done;
    __atomic_fetch_add(&w->misses, 1, __ATOMIC_RELAXED);
    res = gp_call(t, w->func, args, nargs, kwnames);
    if (!res) goto done;
    if (w->maxsize < 0) {
        if (gp_dict_set_hash(t, w->cache, key, hash, res) < 0) gp_clear(&res);
        goto done;
    }
    /* The call (or another thread) may have cached the same key
       meanwhile. */
    found = gp_dict_get_hash_ref(t, w->cache, key, hash);
    if (found || gp_err_occurred(t)) {
        if (!found) gp_clear(&res);
        gp_xdecref(found);
        goto done;
    }
    gp_obj *evicted = NULL;
    if (gp_dict_size(w->cache) >= w->maxsize) {
        gp_obj_lock(self);
        lru_link *oldest = w->root.next;
        lru_node *old = oldest != &w->root ? NODE(oldest) : NULL;
        /* The list's reference to the node passes to this thread. */
        if (old) unlink_locked(oldest);
        gp_obj_unlock(self);
        if (old) {
            evicted = (gp_obj *)old;
            gp_obj *gone = NULL;
            if (gp_dict_pop(t, w->cache, old->key, &gone) < 0) {
                gp_decref(evicted);
                gp_clear(&res);
                goto done;
            }
            gp_xdecref(gone);
        }
    }
    lru_node *n = (lru_node *)gp_obj_alloc(t, &gp_lru_node_type, 0);
    if (!n) {
        gp_xdecref(evicted);
        gp_clear(&res);
        goto done;
    }
    n->key = gp_newref(key);
    n->result = gp_newref(res);
    if (gp_dict_set_hash(t, w->cache, key, hash, (gp_obj *)n) < 0) {
        gp_decref((gp_obj *)n);
        gp_xdecref(evicted);
        gp_clear(&res);
        goto done;
    }
    gp_obj_lock(self);
    n->owner = self;
    gp_incref((gp_obj *)n); /* the list's reference */
    append_locked(w, &n->link);
    gp_obj_unlock(self);
    gp_decref((gp_obj *)n);
    gp_xdecref(evicted);
done:
    gp_decref(key);
    return res;
}

/* Take every node off the list (they stay in the dict, which is cleared
   next and frees them). */
/* Empty the list.  The nodes are chained through their next fields (their
   prev is cleared, so nobody links them again) and the list's references
   to them are dropped after the unlock. */
static void lru_unlink_all(gp_obj *self) {
    lru_obj *w = W(self);
    gp_obj_lock(self);
    lru_link *l = w->root.next, *chain = NULL;
    while (l && l != &w->root) {
        lru_link *next = l->next;
        l->next = chain;
        chain = l;
        __atomic_store_n(&l->prev, NULL, __ATOMIC_RELAXED);
        l = next;
    }
    w->root.prev = w->root.next = &w->root;
    gp_obj_unlock(self);
    while (chain) {
        lru_link *next = chain->next;
        chain->next = NULL;
        gp_decref((gp_obj *)NODE(chain));
        chain = next;
    }
}

static gp_obj *lru_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    static const char *const names[] = {"user_function", "maxsize", "typed", "cache_info_type",
                                        NULL};
    static const gp_argspec spec = {"_lru_cache_wrapper", names, 4, -1};
    gp_obj *a[4];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    if (!gp_callable_check(a[0]))
        return gp_err_format(t, &gp_exc_TypeError, "the first argument must be callable");
    gp_ssize maxsize = -1;
    if (a[1] != GP_NONE) {
        if (!gp_int_check(a[1]))
            return gp_err_format(t, &gp_exc_TypeError, "maxsize should be integer or None");
        if (gp_number_as_ssize(t, a[1], &gp_exc_OverflowError, &maxsize) < 0) return NULL;
        if (maxsize < 0) maxsize = 0;
    }
    int typed = gp_obj_truthy(t, a[2]);
    if (typed < 0) return NULL;
    lru_obj *w = (lru_obj *)gp_obj_alloc(t, type, 0);
    if (!w) return NULL;
    w->root.prev = w->root.next = &w->root;
    w->func = gp_newref(a[0]);
    w->info_type = gp_newref(a[3]);
    w->maxsize = maxsize;
    w->typed = typed;
    w->cache = gp_dict_new(t);
    w->kwd_mark = gp_call0(t, (gp_obj *)&gp_object_type);
    gp_gc_track((gp_obj *)w);
    if (!w->cache || !w->kwd_mark) {
        gp_decref((gp_obj *)w);
        return NULL;
    }
    return (gp_obj *)w;
}

static void lru_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    lru_unlink_all(o);
    gp_xdecref(W(o)->cache);
    gp_xdecref(W(o)->func);
    gp_xdecref(W(o)->info_type);
    gp_xdecref(W(o)->dict);
    gp_xdecref(W(o)->kwd_mark);
    gp_obj_free(o);
}

static int lru_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    lru_obj *w = W(o);
    gp_obj *fields[] = {w->func, w->cache, w->info_type, w->dict};
    for (int i = 0; i < 4; i++) {
        if (fields[i] && !gp_is_small(fields[i])) {
            int r = visit(fields[i], arg);
            if (r) return r;
        }
    }
    for (lru_link *l = w->root.next; l && l != &w->root; l = l->next) {
        lru_node *n = NODE(l);
        if (!gp_is_small(n->key)) {
            int r = visit(n->key, arg);
            if (r) return r;
        }
        if (!gp_is_small(n->result)) {
            int r = visit(n->result, arg);
            if (r) return r;
        }
    }
    return 0;
}

static int lru_clear(gp_obj *o) {
    lru_unlink_all(o);
    gp_clear(&W(o)->cache);
    gp_clear(&W(o)->func);
    gp_clear(&W(o)->info_type);
    gp_clear(&W(o)->dict);
    return 0;
}

static gp_obj *lru_get(gp_thread *t, gp_obj *self, gp_obj *obj, gp_obj *type) {
    if (!obj || obj == GP_NONE) return gp_newref(self);
    return gp_method_new(t, self, obj);
}

static gp_obj *lru_cache_info(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    if (gp_args_no_kw(t, "cache_info", kwnames) < 0 ||
        gp_args_count(t, "cache_info", nargs, 0, 0) < 0)
        return NULL;
    lru_obj *w = W(self);
    gp_obj *v[4] = {gp_int_from_ssize(t, __atomic_load_n(&w->hits, __ATOMIC_RELAXED)),
                    gp_int_from_ssize(t, __atomic_load_n(&w->misses, __ATOMIC_RELAXED)),
                    w->maxsize < 0 ? GP_NONE : gp_int_from_ssize(t, w->maxsize),
                    gp_int_from_ssize(t, w->cache ? gp_dict_size(w->cache) : 0)};
    gp_obj *r = NULL;
    if (v[0] && v[1] && v[2] && v[3]) r = gp_call(t, w->info_type, v, 4, NULL);
    for (int i = 0; i < 4; i++)
        gp_xdecref(v[i]);
    return r;
}

static gp_obj *lru_cache_clear(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                               gp_obj *kwnames) {
    if (gp_args_no_kw(t, "cache_clear", kwnames) < 0 ||
        gp_args_count(t, "cache_clear", nargs, 0, 0) < 0)
        return NULL;
    lru_obj *w = W(self);
    lru_unlink_all(self);
    __atomic_store_n(&w->hits, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&w->misses, 0, __ATOMIC_RELAXED);
    if (w->cache) gp_dict_clear(w->cache);
    return GP_NONE;
}

static gp_obj *lru_reduce(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    return gp_obj_getattr_cstr(t, self, "__qualname__");
}

static gp_obj *lru_copy(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    return gp_newref(self);
}

static const gp_method_def lru_methods[] = {
    {"cache_info", lru_cache_info, 0, "Report cache statistics"},
    {"cache_clear", lru_cache_clear, 0, "Clear the cache and cache statistics"},
    {"__reduce__", lru_reduce, 0, NULL},
    {"__copy__", lru_copy, 0, NULL},
    {"__deepcopy__", lru_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_lru_wrapper_type = {
    GP_TYPE_HEAD,
    .name = "functools._lru_cache_wrapper",
    .basicsize = sizeof(lru_obj),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = lru_dealloc,
    .call = lru_call,
    .descr_get = lru_get,
    .new_ = lru_new,
    .traverse = lru_traverse,
    .clear = lru_clear,
    .methods = lru_methods,
    .getset = inst_dict_getset,
    .dictoffset = offsetof(lru_obj, dict),
    .weaklistoffset = 1, /* weakly referenceable */
    .doc = "Create a cached callable that wraps another function.",
};

/* ----------------------------------------------------------------- module */

static const gp_method_def functools_functions[] = {
    {"reduce", m_reduce, 0,
     "reduce(function, iterable[, initial]) -> value\n\n"
     "Apply a function of two arguments cumulatively to the items of a sequence\n"
     "or iterable, from left to right, so as to reduce the iterable to a single\n"
     "value."},
    {"cmp_to_key", m_cmp_to_key, 0, "Convert a cmp= function into a key= function."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_functools_init(gp_thread *t) {
    gp_type *types[] = {&gp_partial_type, &gp_keywrapper_type, &gp_lru_wrapper_type,
                        &gp_lru_node_type};
    for (int i = 0; i < 4; i++)
        if (gp_type_ready(t, types[i]) < 0) return NULL;
    gp_obj *m = gp_module_new(t, "_functools");
    if (!m) return NULL;
    if (gp_module_add_functions(t, m, functools_functions) < 0 ||
        gp_module_add_object(t, m, "partial", (gp_obj *)&gp_partial_type) < 0 ||
        gp_module_add_object(t, m, "KeyWrapper", (gp_obj *)&gp_keywrapper_type) < 0 ||
        gp_module_add_object(t, m, "_lru_cache_wrapper", (gp_obj *)&gp_lru_wrapper_type) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
