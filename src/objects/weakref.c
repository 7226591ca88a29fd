/* Weak references (weakref.ref) and the _weakref module.  The table that
   maps an object to its references is described in objects/weakref.h. */
#include <sched.h>

#include "objects/weakref.h"

/* ----------------------------------------------------------------- table */

static inline size_t ideal_slot(const gp_weak_table *tab, const gp_obj *o) {
    uint64_t h = (uint64_t)(uintptr_t)o * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 32) & (tab->cap - 1);
}

/* The slot holding o, or the empty slot where it would go. */
static size_t find_slot(const gp_weak_table *tab, const gp_obj *o) {
    size_t i = ideal_slot(tab, o);
    while (tab->keys[i] && tab->keys[i] != o) i = (i + 1) & (tab->cap - 1);
    return i;
}

static gp_weakref *table_get(const gp_weak_table *tab, const gp_obj *o) {
    if (!tab->cap) return NULL;
    size_t i = find_slot(tab, o);
    return tab->keys[i] ? tab->heads[i] : NULL;
}

static int table_grow(gp_weak_table *tab) {
    size_t ncap = tab->cap ? tab->cap * 2 : 64;
    gp_obj **keys = gp_mem_calloc(ncap, sizeof *keys);
    gp_weakref **heads = gp_mem_calloc(ncap, sizeof *heads);
    if (!keys || !heads) {
        gp_mem_free(keys);
        gp_mem_free(heads);
        return -1;
    }
    gp_weak_table old = *tab;
    tab->keys = keys;
    tab->heads = heads;
    tab->cap = ncap;
    for (size_t i = 0; i < old.cap; i++) {
        if (!old.keys[i]) continue;
        size_t j = find_slot(tab, old.keys[i]);
        tab->keys[j] = old.keys[i];
        tab->heads[j] = old.heads[i];
    }
    gp_mem_free(old.keys);
    gp_mem_free(old.heads);
    return 0;
}

/* Remove the entry at slot i, shifting later entries of the same probe run
   back so that lookups never need tombstones. */
static void table_delete_at(gp_weak_table *tab, size_t i) {
    size_t mask = tab->cap - 1;
    tab->keys[i] = NULL;
    tab->heads[i] = NULL;
    tab->used--;
    size_t j = i;
    for (;;) {
        j = (j + 1) & mask;
        if (!tab->keys[j]) return;
        size_t k = ideal_slot(tab, tab->keys[j]);
        /* Entry j may fill the hole at i unless its ideal slot lies
           cyclically in (i, j]. */
        int stays = (i <= j) ? (i < k && k <= j) : (i < k || k <= j);
        if (stays) continue;
        tab->keys[i] = tab->keys[j];
        tab->heads[i] = tab->heads[j];
        tab->keys[j] = NULL;
        tab->heads[j] = NULL;
        i = j;
    }
}

/* Set o's list head (NULL removes the entry).  -1 when out of memory. */
static int table_set(gp_weak_table *tab, gp_obj *o, gp_weakref *head) {
    if (!head) {
        if (!tab->cap) return 0;
        size_t i = find_slot(tab, o);
        if (tab->keys[i]) table_delete_at(tab, i);
        return 0;
    }
    if ((tab->used + 1) * 4 > tab->cap * 3 && table_grow(tab) < 0) return -1;
    size_t i = find_slot(tab, o);
    if (!tab->keys[i]) {
        tab->keys[i] = o;
        tab->used++;
    }
    tab->heads[i] = head;
    return 0;
}

/* ------------------------------------------------------------ ref lists */

static inline int is_basic_ref(const gp_weakref *r) {
    return r->base.ob_type == &gp_weakref_type && r->callback == NULL;
}

/* The weak-reference table's spin lock is taken only once a second thread
   runs without the GIL (gp_is_threaded() turns on while the only thread
   starts another, never inside a table operation): a single thread pays no
   atomic operation for it. */
static inline void table_lock(gp_weak_table *tab) {
    if (gp_is_threaded()) gp_spin_lock(&tab->lock);
}

static inline void table_unlock(gp_weak_table *tab) {
    if (gp_is_threaded()) gp_spin_unlock(&tab->lock);
}

static void set_has_weakrefs(gp_obj *o, int on) {
    if (!gp_gc_is_gc(o)) return;
    gp_gc_head *g = GP_GC_HEAD(o);
    if (on)
        gp_gc_flags_set(g, GP_GC_HAS_WEAKREFS);
    else
        gp_gc_flags_clear(g, GP_GC_HAS_WEAKREFS);
}

/* Insert r into its referent's list, after `prev` (NULL: at the head).
   Table locked. */
static int list_insert(gp_weak_table *tab, gp_weakref *r, gp_weakref *prev) {
    gp_obj *o = r->referent;
    if (!prev) {
        gp_weakref *head = table_get(tab, o);
        if (table_set(tab, o, r) < 0) return -1;
        r->prev = NULL;
        r->next = head;
        if (head) head->prev = r;
        set_has_weakrefs(o, 1);
        return 0;
    }
    r->prev = prev;
    r->next = prev->next;
    if (prev->next) prev->next->prev = r;
    prev->next = r;
    return 0;
}

/* Take r out of its referent's list and forget the referent.  Table
   locked. */
static void list_unlink(gp_weak_table *tab, gp_weakref *r) {
    gp_obj *o = r->referent;
    if (!o) return;
    if (r->prev) {
        r->prev->next = r->next;
    } else {
        table_set(tab, o, r->next);
        if (!r->next) set_has_weakrefs(o, 0);
    }
    if (r->next) r->next->prev = r->prev;
    r->prev = r->next = NULL;
    r->referent = NULL;
}

/* Detach the whole list of o and hand back its head.  Table locked. */
static gp_weakref *list_take(gp_weak_table *tab, gp_obj *o) {
    gp_weakref *head = table_get(tab, o);
    if (head) table_set(tab, o, NULL);
    set_has_weakrefs(o, 0);
    return head;
}

void gp_weakref_unlink(gp_interp *in, gp_obj *ref) {
    gp_weak_table *tab = gp_gc_weak_table(in);
    table_lock(tab);
    list_unlink(tab, (gp_weakref *)ref);
    table_unlock(tab);
}

/* ------------------------------------------------------------ callbacks */

void gp_weakref_run_callback_steal(gp_thread *t, gp_obj *ref, gp_obj *callback) {
    gp_obj *r = gp_call(t, callback, &ref, 1, NULL);
    if (r)
        gp_decref(r);
    else
        gp_err_write_unraisable(t, callback);
    gp_decref(callback);
    gp_decref(ref);
}

/* Room for one more pair in the pending array (NULL or on the heap
   when it has to grow). */
static int reserve_pending(gp_obj ***pending, size_t n, size_t *cap) {
    if (n + 2 <= *cap) return 0;
    size_t ncap = *cap ? *cap * 2 : 16;
    gp_obj **p = gp_mem_realloc(*pending, ncap * sizeof *p);
    if (!p) return -1;
    *pending = p;
    *cap = ncap;
    return 0;
}

/* Detach every reference in the list starting at head: their referent
   becomes NULL.  Each one with a callback, unless it is garbage itself
   (skip_unreachable), hands its callback over to the pending array
   together with a new reference to itself.  Table locked: a reference
   dying in another thread waits in gp_weakref_unlink for the lock, so it
   is still there to detach (and then unlinks nothing), and gp_try_incref
   decides whether it dies or runs its callback. */
static int detach_list(gp_weakref *head, int skip_unreachable, gp_obj ***pending, size_t *n,
                       size_t *cap) {
    int rc = 0;
    gp_weakref *r = head;
    while (r) {
        gp_weakref *next = r->next;
        r->referent = NULL;
        r->prev = r->next = NULL;
        gp_obj *cb = r->callback;
        int trash = skip_unreachable && gp_gc_is_gc((gp_obj *)r) &&
                    (GP_GC_HEAD((gp_obj *)r)->gc_refs & GP_GC_UNREACHABLE);
        if (cb && !trash) {
            /* Out of memory: the callback stays with the reference and
               is dropped, not run, when the reference dies. */
            if (reserve_pending(pending, *n, cap) < 0) {
                rc = -1;
            } else if (gp_try_incref((gp_obj *)r)) {
                r->callback = NULL;
                (*pending)[(*n)++] = (gp_obj *)r;
                (*pending)[(*n)++] = cb;
            }
        }
        r = next;
    }
    return rc;
}

int gp_weakref_detach_for_gc(gp_interp *in, gp_obj *o, gp_obj ***pending, size_t *n, size_t *cap) {
    gp_weak_table *tab = gp_gc_weak_table(in);
    table_lock(tab);
    int rc = detach_list(list_take(tab, o), 1, pending, n, cap);
    table_unlock(tab);
    return rc;
}

void gp_weakref_clear_refs(gp_obj *o) {
    gp_thread *t = gp_thread_current();
    if (!t || !t->interp->gc) return;
    gp_weak_table *tab = gp_gc_weak_table(t->interp);
    gp_obj *local[16];
    gp_obj **pending = NULL;
    size_t n = 0, cap = 0;
    table_lock(tab);
    gp_weakref *head = list_take(tab, o);
    if (!head) {
        table_unlock(tab);
        return;
    }
    /* Most objects have few references: their pairs fit in the array on
       the stack, which then never grows; long lists use the heap. */
    size_t count = 0;
    for (gp_weakref *r = head; r; r = r->next) count++;
    if (count * 2 <= sizeof local / sizeof *local) {
        pending = local;
        cap = sizeof local / sizeof *local;
    }
    detach_list(head, 0, &pending, &n, &cap);
    table_unlock(tab);
    if (n) {
        /* The object may die while an exception propagates: callbacks run
           with it put aside. */
        gp_obj *saved = gp_err_fetch(t);
        for (size_t i = 0; i + 1 < n; i += 2) gp_weakref_run_callback_steal(t, pending[i], pending[i + 1]);
        gp_err_restore_steal(t, saved);
    }
    if (pending != local) gp_mem_free(pending);
}

/* ------------------------------------------------------------- support */

/* Which objects can be weakly referenced, as in CPython: instances of
   classes (unless __slots__ leaves out __weakref__, or the class derives
   from int, tuple or bytes), types, functions, bound methods, generators,
   sets, frozensets and modules.  Only objects with a gc head (and static
   types, which never die) qualify here. */
static int heap_type_weakrefable(const gp_type *type) {
    static const uint32_t varsized = GP_TPFLAGS_INT_SUBCLASS | GP_TPFLAGS_TUPLE_SUBCLASS |
                                     GP_TPFLAGS_BYTES_SUBCLASS;
    if (type->flags & varsized) return 0;
    for (const gp_type *tp = type; tp && (tp->flags & GP_TPFLAGS_HEAPTYPE); tp = tp->tp_base) {
        gp_obj *slots = NULL;
        if (tp->dict && gp_dict_check(tp->dict)) {
            gp_thread *t = gp_thread_current();
            slots = gp_dict_get_str_borrow(t, tp->dict, "__slots__");
            if (!slots && t->exc) gp_err_clear(t);
        }
        if (!slots) return 1;
        if (gp_str_check(slots)) {
            if (strcmp(gp_str_utf8(slots), "__weakref__") == 0) return 1;
            continue;
        }
        if (gp_tuple_check(slots) || gp_list_check(slots)) {
            gp_ssize n = gp_tuple_check(slots) ? gp_tuple_size(slots) : gp_list_size(slots);
            for (gp_ssize i = 0; i < n; i++) {
                gp_obj *s = gp_tuple_check(slots) ? gp_tuple_get_borrow(slots, i) : gp_list_get_borrow(slots, i);
                if (gp_str_check(s) && strcmp(gp_str_utf8(s), "__weakref__") == 0) return 1;
            }
        }
    }
    for (const gp_type *tp = type; tp; tp = tp->tp_base)
        if (!(tp->flags & GP_TPFLAGS_HEAPTYPE)) return gp_weakref_supported(tp);
    return 0;
}

/* A static type opts in as in CPython, with a non-zero weaklistoffset;
   the references themselves live in the table, so only that matters. */
int gp_weakref_supported(const gp_type *type) {
    if (type->flags & GP_TPFLAGS_HEAPTYPE) return heap_type_weakrefable(type);
    if (type->weaklistoffset) return 1;
    if (type->flags & GP_TPFLAGS_TYPE_SUBCLASS) return 1;
    return type == &gp_function_type || type == &gp_method_type || type == &gp_generator_type ||
           type == &gp_set_type || type == &gp_frozenset_type || type == &gp_module_type ||
           type == &gp_memoryview_type;
}

/* Static type objects have no gc head and never die: their references
   never need clearing, but still live in the table for getweakrefs(). */
static int can_refer_to(gp_obj *o) {
    if (gp_is_small(o) || !gp_weakref_supported(o->ob_type)) return 0;
    return gp_gc_is_gc(o) || gp_type_check(o);
}

/* ------------------------------------------------------------- the type */

static int is_proxy_type(const gp_type *tp) {
    return tp == &gp_weakproxy_type || tp == &gp_weakcallableproxy_type;
}

static inline int is_basic_proxy(const gp_weakref *r) {
    return is_proxy_type(r->base.ob_type) && r->callback == NULL;
}

/* The shared reference and the shared proxy (those without callback) at
   the front of a list, either NULL when absent. */
static void list_basics(gp_weakref *head, gp_weakref **ref, gp_weakref **proxy) {
    *ref = *proxy = NULL;
    if (head && is_basic_ref(head)) {
        *ref = head;
        head = head->next;
    }
    if (head && is_basic_proxy(head)) *proxy = head;
}

/* A new reference or proxy of `type` to o.  As in CPython, references and
   proxies without callback are made once per referent and shared; the
   others go behind them, newest first. */
static gp_obj *new_ref(gp_thread *t, gp_type *type, gp_obj *o, gp_obj *callback) {
    if (callback == GP_NONE) callback = NULL;
    if (!can_refer_to(o))
        return gp_err_format(t, &gp_exc_TypeError, "cannot create weak reference to '%s' object",
                             gp_typeof(o)->name);
    gp_weak_table *tab = gp_gc_weak_table(t->interp);
    int proxy = is_proxy_type(type);
    int plain = (type == &gp_weakref_type || proxy) && !callback;
    gp_weakref *bref, *bproxy, *b;
    if (plain) {
        /* Every plain weakref.ref(o) (or proxy) without callback is the
           same object. */
        table_lock(tab);
        list_basics(table_get(tab, o), &bref, &bproxy);
        b = proxy ? bproxy : bref;
        if (b && !gp_try_incref((gp_obj *)b)) b = NULL;
        table_unlock(tab);
        if (b) return (gp_obj *)b;
    }
    gp_weakref *r = (gp_weakref *)gp_obj_alloc(t, type, 0);
    if (!r) return NULL;
    gp_ref_mark_weakref(o);
    /* A reference is found through the table too (shared references,
       callbacks at the referent's death): those take it with
       gp_try_incref, which needs the mark. */
    gp_ref_mark_weakref((gp_obj *)r);
    r->referent = o;
    r->callback = gp_xnewref(callback);
    r->hash = -1;
    table_lock(tab);
    list_basics(table_get(tab, o), &bref, &bproxy);
    int rc;
    if (plain) {
        b = proxy ? bproxy : bref;
        if (b && gp_try_incref((gp_obj *)b)) {
            /* Another thread made it meanwhile. */
            table_unlock(tab);
            r->referent = NULL;
            gp_decref((gp_obj *)r);
            return (gp_obj *)b;
        }
        rc = list_insert(tab, r, proxy ? bref : NULL);
    } else {
        rc = list_insert(tab, r, bproxy ? bproxy : bref);
    }
    table_unlock(tab);
    if (rc < 0) {
        r->referent = NULL;
        gp_decref((gp_obj *)r);
        return gp_err_nomemory(t);
    }
    gp_gc_track((gp_obj *)r);
    return (gp_obj *)r;
}

gp_obj *gp_weakref_new_of_type(gp_thread *t, gp_type *type, gp_obj *o, gp_obj *callback) {
    return new_ref(t, type, o, callback);
}

gp_obj *gp_weakref_new(gp_thread *t, gp_obj *o, gp_obj *callback) {
    return new_ref(t, &gp_weakref_type, o, callback);
}

gp_obj *gp_weakref_get_borrow(gp_obj *ref) { return ((gp_weakref *)ref)->referent; }

/* The referent as a new reference, or NULL once it died.  In the
   free-threaded build the referent may be dying in another thread, whose
   dealloc waits for the table lock to unlink it: gp_try_incref decides
   against the owner's last decref which of the two wins. */
gp_obj *gp_weakref_referent_new(gp_thread *t, gp_weakref *r) {
    gp_weak_table *tab = gp_gc_weak_table(t->interp);
    table_lock(tab);
    gp_obj *o = r->referent;
    if (o && !gp_try_incref(o)) o = NULL;
    table_unlock(tab);
    return o;
}

/* A reference in the list whose count already reached zero is being freed
   by another thread, which waits for the table lock to unlink it: it is
   passed over, as it is no longer there for anyone. */
gp_obj *gp_weakref_first(gp_thread *t, gp_obj *o) {
    gp_weak_table *tab = gp_gc_weak_table(t->interp);
    table_lock(tab);
    gp_weakref *r = table_get(tab, o);
    while (r && !gp_try_incref((gp_obj *)r)) r = r->next;
    table_unlock(tab);
    return r ? (gp_obj *)r : GP_NONE;
}

static gp_obj *ref_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (nargs < 1)
        return gp_err_format(t, &gp_exc_TypeError, "__new__ expected at least 1 argument, got %zd", nargs);
    if (nargs > 2)
        return gp_err_format(t, &gp_exc_TypeError, "__new__ expected at most 2 arguments, got %zd", nargs);
    return new_ref(t, type, args[0], nargs > 1 ? args[1] : NULL);
}

static int ref_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (kw && gp_tuple_size(kw) > 0) {
        gp_err_format(t, &gp_exc_TypeError, "ref() takes no keyword arguments");
        return -1;
    }
    if (nargs < 1) {
        gp_err_format(t, &gp_exc_TypeError, "__init__ expected at least 1 argument, got %zd", nargs);
        return -1;
    }
    if (nargs > 2) {
        gp_err_format(t, &gp_exc_TypeError, "__init__ expected at most 2 arguments, got %zd", nargs);
        return -1;
    }
    return 0;
}

void gp_weakref_dealloc(gp_obj *o) {
    gp_weakref *r = (gp_weakref *)o;
    if (r->referent) {
        gp_thread *t = gp_thread_current();
        gp_weak_table *tab = gp_gc_weak_table(t->interp);
        table_lock(tab);
#ifdef GP_FREE_THREADED
        /* gp_weakref_first hands out the references in the list under the
           table lock, skipping those whose count is zero; but it may have
           read the count just before it fell to zero here and taken a
           reference since.  Then this one lives on, ownerless, until that
           reference goes. */
        if ((atomic_load_explicit(&o->ob_ref_shared, memory_order_acquire) >> GP_REF_SHARED_SHIFT) > 0 &&
            gp_ref_merge_explicit(o, 0) > 0) {
            table_unlock(tab);
            return;
        }
#endif
        list_unlink(tab, r);
        table_unlock(tab);
    }
    gp_gc_untrack(o);
    gp_clear(&r->callback);
    gp_obj_free(o);
}

int gp_weakref_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_weakref *r = (gp_weakref *)o;
    return r->callback ? visit(r->callback, arg) : 0;
}

int gp_weakref_tp_clear(gp_obj *o) {
    gp_weakref *r = (gp_weakref *)o;
    if (r->referent) {
        gp_thread *t = gp_thread_current();
        gp_weak_table *tab = gp_gc_weak_table(t->interp);
        table_lock(tab);
        list_unlink(tab, r);
        table_unlock(tab);
    }
    gp_clear(&r->callback);
    return 0;
}

static gp_obj *ref_call(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (kw && gp_tuple_size(kw) > 0)
        return gp_err_format(t, &gp_exc_TypeError, "weakref() takes no keyword arguments");
    if (nargs != 0)
        return gp_err_format(t, &gp_exc_TypeError, "weakref() takes exactly 0 arguments (%zd given)", nargs);
    gp_obj *o = gp_weakref_referent_new(t, (gp_weakref *)self);
    return o ? o : GP_NONE;
}

static gp_hash ref_hash(gp_thread *t, gp_obj *self) {
    gp_weakref *r = (gp_weakref *)self;
    if (r->hash != -1) return r->hash;
    gp_obj *o = gp_weakref_referent_new(t, r);
    if (!o) {
        gp_err_format(t, &gp_exc_TypeError, "weak object has gone away");
        return -1;
    }
    gp_hash h = gp_obj_hash(t, o);
    gp_decref(o);
    if (h != -1) r->hash = h;
    return h;
}

/* Two references are equal when their referents are; once either died,
   only a reference equals itself. */
static gp_obj *ref_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if ((op != GP_EQ && op != GP_NE) || !gp_weakref_check(a) || !gp_weakref_check(b))
        return GP_NOTIMPLEMENTED;
    gp_obj *oa = gp_weakref_referent_new(t, (gp_weakref *)a);
    gp_obj *ob = gp_weakref_referent_new(t, (gp_weakref *)b);
    gp_obj *res;
    if (!oa || !ob) {
        int eq = a == b;
        res = gp_newref((eq == (op == GP_EQ)) ? GP_TRUE : GP_FALSE);
    } else {
        res = gp_obj_richcompare(t, oa, ob, op);
    }
    gp_xdecref(oa);
    gp_xdecref(ob);
    return res;
}

static gp_obj *ref_repr(gp_thread *t, gp_obj *self) {
    gp_obj *o = gp_weakref_referent_new(t, (gp_weakref *)self);
    if (!o) return gp_str_from_format(t, "<weakref at %p; dead>", (void *)self);
    gp_obj *name = NULL;
    static gp_obj *s_name;
    if (!s_name) s_name = gp_str_intern_cstr_borrow(t, "__name__");
    if (gp_obj_lookup_attr(t, o, s_name, &name) < 0) {
        gp_decref(o);
        return NULL;
    }
    gp_obj *r;
    if (name && gp_str_check(name))
        r = gp_str_from_format(t, "<weakref at %p; to '%s' at %p (%U)>", (void *)self,
                               gp_type_name(gp_typeof(o)), (void *)o, name);
    else
        r = gp_str_from_format(t, "<weakref at %p; to '%s' at %p>", (void *)self,
                               gp_type_name(gp_typeof(o)), (void *)o);
    gp_xdecref(name);
    gp_decref(o);
    return r;
}

static gp_obj *ref_get_callback(gp_thread *t, gp_obj *self, void *c) {
    gp_obj *cb = ((gp_weakref *)self)->callback;
    return gp_newref(cb ? cb : GP_NONE);
}

static const gp_getset_def ref_getset[] = {
    {"__callback__", ref_get_callback, NULL, "the callback called when the referent dies", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const gp_method_def ref_methods[] = {
    {"__class_getitem__", gp_class_getitem, GP_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

gp_type gp_weakref_type = {
    GP_TYPE_HEAD,
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(gp_weakref),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC,
    .dealloc = gp_weakref_dealloc,
    .repr = ref_repr,
    .hash = ref_hash,
    .richcompare = ref_richcompare,
    .call = ref_call,
    .new_ = ref_new,
    .init = ref_init,
    .traverse = gp_weakref_traverse,
    .clear = gp_weakref_tp_clear,
    .getset = ref_getset,
    .methods = ref_methods,
};

/* ------------------------------------------------------- _weakref module */

static gp_obj *w_getweakrefcount(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                 gp_obj *kw) {
    if (gp_args_no_kw(t, "getweakrefcount", kw) < 0 || gp_args_count(t, "getweakrefcount", nargs, 1, 1) < 0)
        return NULL;
    gp_ssize n = 0;
    if (!gp_is_small(args[0])) {
        gp_weak_table *tab = gp_gc_weak_table(t->interp);
        table_lock(tab);
        for (gp_weakref *r = table_get(tab, args[0]); r; r = r->next) n++;
        table_unlock(tab);
    }
    return gp_int_from_ssize(t, n);
}

static gp_obj *w_getweakrefs(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kw) {
    if (gp_args_no_kw(t, "getweakrefs", kw) < 0 || gp_args_count(t, "getweakrefs", nargs, 1, 1) < 0)
        return NULL;
    gp_obj *list = gp_list_new(t, 0);
    if (!list || gp_is_small(args[0])) return list;
    /* Collect the references under the lock, then build the list, which
       allocates. */
    gp_weak_table *tab = gp_gc_weak_table(t->interp);
    table_lock(tab);
    gp_ssize n = 0;
    for (gp_weakref *r = table_get(tab, args[0]); r; r = r->next) n++;
    gp_obj **refs = gp_mem_alloc((size_t)n * sizeof *refs);
    if (!refs) {
        table_unlock(tab);
        gp_decref(list);
        return gp_err_nomemory(t);
    }
    gp_ssize i = 0;
    for (gp_weakref *r = table_get(tab, args[0]); r; r = r->next)
        if (gp_try_incref((gp_obj *)r)) refs[i++] = (gp_obj *)r;
    table_unlock(tab);
    n = i;
    int rc = 0;
    for (i = 0; i < n; i++) {
        if (!rc && gp_list_append(t, list, refs[i]) < 0) rc = -1;
        gp_decref(refs[i]);
    }
    gp_mem_free(refs);
    if (rc < 0) gp_clear(&list);
    return list;
}

/* _remove_dead_weakref(dict, key): delete dict[key] if it is a dead
   weak reference (WeakValueDictionary's cleanup). */
static gp_obj *w_remove_dead_weakref(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                     gp_obj *kw) {
    if (gp_args_no_kw(t, "_remove_dead_weakref", kw) < 0 ||
        gp_args_count(t, "_remove_dead_weakref", nargs, 2, 2) < 0)
        return NULL;
    gp_obj *d = args[0], *key = args[1];
    if (!gp_dict_check(d))
        return gp_err_format(t, &gp_exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                             gp_type_name(gp_typeof(d)));
    gp_obj *v = gp_dict_get_borrow(t, d, key);
    if (!v) {
        if (t->exc) return NULL;
        return GP_NONE;
    }
    if (gp_weakref_check(v) && ((gp_weakref *)v)->referent == NULL) {
        gp_obj *old = NULL;
        if (gp_dict_pop(t, d, key, &old) < 0) return NULL;
        gp_xdecref(old);
    }
    return GP_NONE;
}

/* proxy(object, callback=None): a callable proxy when object is callable. */
static gp_obj *w_proxy(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "proxy", kw) < 0 || gp_args_count(t, "proxy", nargs, 1, 2) < 0) return NULL;
    gp_type *type = gp_callable_check(args[0]) ? &gp_weakcallableproxy_type : &gp_weakproxy_type;
    return new_ref(t, type, args[0], nargs > 1 ? args[1] : NULL);
}

static const gp_method_def weakref_functions[] = {
    {"proxy", w_proxy, 0,
     "Create a proxy object that weakly references 'object'.\n\n"
     "'callback', if given, is called with a reference to the\n"
     "proxy when 'object' is about to be finalized."},
    {"getweakrefcount", w_getweakrefcount, 0, "Return the number of weak references to 'obj'."},
    {"getweakrefs", w_getweakrefs, 0, "Return a list of all weak reference objects pointing to 'obj'."},
    {"_remove_dead_weakref", w_remove_dead_weakref, 0,
     "Atomically remove key from dict if it points to a dead weakref."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_weakref_init(gp_thread *t) {
    if (gp_type_ready(t, &gp_weakref_type) < 0 || gp_type_ready(t, &gp_weakproxy_type) < 0 ||
        gp_type_ready(t, &gp_weakcallableproxy_type) < 0)
        return NULL;
    gp_obj *m = gp_module_new(t, "_weakref");
    if (!m) return NULL;
    if (gp_module_add_functions(t, m, weakref_functions) < 0 ||
        gp_module_add_object(t, m, "ref", (gp_obj *)&gp_weakref_type) < 0 ||
        gp_module_add_object(t, m, "ReferenceType", (gp_obj *)&gp_weakref_type) < 0 ||
        gp_module_add_object(t, m, "ProxyType", (gp_obj *)&gp_weakproxy_type) < 0 ||
        gp_module_add_object(t, m, "CallableProxyType", (gp_obj *)&gp_weakcallableproxy_type) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
