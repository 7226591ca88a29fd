/* type: readying static types, creating classes (type.__new__), the MRO,
   attribute lookup along it, and the attributes of type objects.
   The dunder-method slot machinery lives in slots.c. */
#include "objects/typeobj_impl.h"
#include "runtime/gc.h"
#include "runtime/qsbr.h"

#include <stdlib.h>

/* Version tags invalidate attribute caches: each change to a type or a base
   gives the type (and its subclasses) a fresh tag.  Taken atomically,
   since classes may change in several threads at once.  When the tags run
   out they are 0 (not cached) until the cache can be emptied, which only a
   single running thread can do safely (gp_type_modified). */
static uint32_t next_version_tag = 1;

static inline uint32_t take_version_tag(void) {
    uint32_t v = __atomic_load_n(&next_version_tag, __ATOMIC_RELAXED);
    while (v != 0 && !__atomic_compare_exchange_n(&next_version_tag, &v, v + 1, 0, __ATOMIC_RELAXED,
                                                  __ATOMIC_RELAXED)) {
    }
    return v;
}

/* ----------------------------------------------------------------- names */

const char *gp_type_name(gp_type *type) {
    if (type->flags & GP_TPFLAGS_HEAPTYPE) return type->name;
    const char *dot = strrchr(type->name, '.');
    return dot ? dot + 1 : type->name;
}

static gp_obj *type_name_obj(gp_thread *t, gp_type *type) {
    gp_obj *name = __atomic_load_n(&type->name_obj, __ATOMIC_ACQUIRE);
    if (!name) {
        /* Made on first use; threads asking at once keep the first one
           stored. */
        gp_obj *fresh = gp_str_from_cstr(t, gp_type_name(type));
        if (!fresh) return NULL;
        if (__atomic_compare_exchange_n(&type->name_obj, &name, fresh, 0, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE))
            name = fresh;
        else
            gp_decref(fresh);
    }
    return gp_newref(name);
}

gp_obj *gp_type_qualname_obj(gp_thread *t, gp_type *type) {
    if ((type->flags & GP_TPFLAGS_HEAPTYPE) && type->qualname) return gp_newref(type->qualname);
    return type_name_obj(t, type);
}

gp_obj *gp_type_module_obj(gp_thread *t, gp_type *type) {
    if (type->flags & GP_TPFLAGS_HEAPTYPE) {
        GP_ID(s_module, "__module__");
        gp_obj *m = type->dict ? gp_dict_get_borrow(t, type->dict, s_module) : NULL;
        if (m) return gp_newref(m);
        if (t->exc) return NULL;
        return gp_err_format(t, &gp_exc_AttributeError, "__module__");
    }
    const char *dot = strrchr(type->name, '.');
    if (dot) return gp_str_new(t, type->name, dot - type->name);
    return gp_newref(gp_id(t, "builtins"));
}

gp_obj *gp_type_repr(gp_thread *t, gp_obj *o) {
    gp_type *type = (gp_type *)o;
    gp_obj *mod = gp_type_module_obj(t, type);
    if (!mod) gp_err_clear(t);
    gp_obj *qn = gp_type_qualname_obj(t, type);
    if (!qn) {
        gp_xdecref(mod);
        return NULL;
    }
    gp_obj *r;
    if (mod && gp_str_check(mod) && !gp_str_eq_cstr(mod, "builtins"))
        r = gp_str_from_format(t, "<class '%U.%U'>", mod, qn);
    else
        r = gp_str_from_format(t, "<class '%U'>", qn);
    gp_xdecref(mod);
    gp_decref(qn);
    return r;
}

/* ---------------------------------------------------------------- subtype */

int gp_type_is_subtype(gp_type *a, gp_type *b) {
    if (a == b) return 1;
    gp_obj *mro = a->mro;
    if (mro) {
        gp_ssize n = gp_tuple_size(mro);
        gp_obj **items = gp_tuple_items(mro);
        for (gp_ssize i = 0; i < n; i++)
            if (items[i] == (gp_obj *)b) return 1;
        return 0;
    }
    for (a = a->tp_base; a; a = a->tp_base)
        if (a == b) return 1;
    return b == &gp_object_type;
}

/* The base that decides the instance layout: walk up while a class adds
   nothing (no slots, no dict of its own) to the memory of its base. */
static int extra_ivars(gp_type *type, gp_type *base) {
    gp_ssize t_size = type->basicsize, b_size = base->basicsize;
    if (type->itemsize || base->itemsize) return t_size != b_size || type->itemsize != base->itemsize;
    if (type->dictoffset && base->dictoffset == 0 && type->dictoffset + (gp_ssize)sizeof(gp_obj *) == t_size)
        t_size -= sizeof(gp_obj *);
    return t_size != b_size;
}

gp_type *gp_type_solid_base(gp_type *type) {
    gp_type *base = type->tp_base ? gp_type_solid_base(type->tp_base) : &gp_object_type;
    if (type->tp_base && extra_ivars(type, type->tp_base)) return type;
    return type->tp_base ? base : type;
}

/* ------------------------------------------------------------------ lookup */

/* A small direct-mapped cache of (version tag, name) -> descriptor, as
   CPython keeps.  Entries hold borrowed pointers: a change of a class
   stores into its dict first and then gives the class (and its
   subclasses) a new tag, so an entry made with an old tag never matches
   again.

   Threads share the cache.  In the free-threaded build each entry is a
   sequence lock: a writer makes `seq` odd (by compare-and-swap, giving up
   if another writer has it), stores the fields, and makes it even again; a
   reader copies the fields between two reads of `seq` and uses the copy
   only if `seq` was even and unchanged.  The borrowed value of a hit stays
   valid until the reader's next quiescent state, because class dicts
   release replaced values only after every thread has passed one
   (objects/dict.c, runtime/qsbr.h). */
#define MCACHE_BITS 12
#define MCACHE_SIZE (1u << MCACHE_BITS)
typedef struct {
    _Atomic uint32_t seq;
    uint32_t version;
    gp_obj *name;
    gp_obj *value;
} mcache_entry;
static mcache_entry mcache[MCACHE_SIZE];

/* The value cached for (version, name), or NULL with *hit 0. */
static inline gp_obj *mcache_get(mcache_entry *e, uint32_t version, gp_obj *name, int *hit) {
#ifdef GP_FREE_THREADED
    /* Acquire loads keep the second read of seq after the fields (plain
       moves on x86, and understood by ThreadSanitizer, unlike a fence). */
    uint32_t s = atomic_load_explicit(&e->seq, memory_order_acquire);
    uint32_t v = __atomic_load_n(&e->version, __ATOMIC_ACQUIRE);
    gp_obj *n = __atomic_load_n(&e->name, __ATOMIC_ACQUIRE);
    gp_obj *value = __atomic_load_n(&e->value, __ATOMIC_ACQUIRE);
    *hit = !(s & 1) && v == version && n == name &&
           atomic_load_explicit(&e->seq, memory_order_relaxed) == s;
    return *hit ? value : NULL;
#else
    *hit = e->version == version && e->name == name;
    return *hit ? e->value : NULL;
#endif
}

static inline void mcache_put(mcache_entry *e, uint32_t version, gp_obj *name, gp_obj *value) {
#ifdef GP_FREE_THREADED
    uint32_t s = atomic_load_explicit(&e->seq, memory_order_relaxed);
    if ((s & 1) || !atomic_compare_exchange_strong_explicit(&e->seq, &s, s + 1, memory_order_acquire,
                                                            memory_order_relaxed))
        return;
    /* Release stores: a reader that loads one of them (acquire) then sees
       seq odd or changed. */
    __atomic_store_n(&e->version, version, __ATOMIC_RELEASE);
    __atomic_store_n(&e->name, name, __ATOMIC_RELEASE);
    __atomic_store_n(&e->value, value, __ATOMIC_RELEASE);
    atomic_store_explicit(&e->seq, s + 2, memory_order_release);
#else
    e->version = version;
    e->name = name;
    e->value = value;
#endif
}

static inline unsigned mcache_index(uint32_t version, gp_obj *name) {
    uintptr_t h = ((uintptr_t)name >> 4) ^ ((uintptr_t)version * 2654435761u);
    return (unsigned)(h & (MCACHE_SIZE - 1));
}

/* The value of name along type's MRO, borrowed; NULL with or without an
   exception.  With other threads running it stays valid until this
   thread's next quiescent state: class dicts release what they unlink
   only after every thread has passed one (objects/dict.c), and so does a
   __bases__ assignment with the MRO tuple it replaces (set_mro), which is
   why the tuple is read without a reference. */
static gp_obj *find_in_mro(gp_thread *t, gp_type *type, gp_obj *name) {
    gp_obj *mro = __atomic_load_n(&type->mro, __ATOMIC_ACQUIRE);
    if (!mro) {
        if (!(type->flags & GP_TPFLAGS_READY) && gp_type_ready(t, type) < 0) return NULL;
        mro = type->mro;
        if (!mro) {
            for (gp_type *b = type; b; b = b->tp_base) {
                if (!b->dict) continue;
                gp_obj *v = gp_dict_get_borrow(t, b->dict, name);
                if (v || t->exc) return v;
            }
            return NULL;
        }
    }
    gp_ssize n = gp_tuple_size(mro);
    gp_obj **items = gp_tuple_items(mro);
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *d = ((gp_type *)items[i])->dict;
        if (!d) continue;
        gp_obj *v = gp_dict_get_borrow(t, d, name);
        if (v) return v;
        if (t->exc) return NULL;
    }
    return NULL;
}

gp_obj *gp_type_lookup_ref(gp_thread *t, gp_type *type, gp_obj *name) {
    return gp_xnewref(gp_type_lookup_borrow(t, type, name));
}

/* Borrowed: valid until this thread's next quiescent state (see
   find_in_mro); callers that keep it use gp_type_lookup_ref. */
gp_obj *gp_type_lookup_borrow(gp_thread *t, gp_type *type, gp_obj *name) {
    uint32_t ver = __atomic_load_n(&type->version_tag, __ATOMIC_ACQUIRE);
    mcache_entry *e = ver && gp_str_check_exact(name) && ((gp_str *)name)->interned
                          ? &mcache[mcache_index(ver, name)]
                          : NULL;
    if (e) {
        int hit;
        gp_obj *v = mcache_get(e, ver, name, &hit);
        if (hit) return v;
    }
    /* Callers may look up while an exception is pending (to decorate it):
       keep it out of the way so that "not found" stays distinguishable. */
    gp_obj *saved = t->exc ? gp_err_fetch(t) : NULL;
    gp_obj *v = find_in_mro(t, type, name);
    if (t->exc) {
        gp_err_clear(t);
        e = NULL;
    }
    if (saved) gp_err_restore_steal(t, saved);
    /* Cached with the tag read before the lookup: if the class changed
       meanwhile the entry never matches. */
    if (e) mcache_put(e, ver, name, v);
    return v;
}

/* A class is about to store into its dict.  Until gp_type_modified gives
   it and its subclasses new tags, tag 0 keeps every cache away from them,
   so that a thread that has seen the new value in the dict cannot then
   find the old one in a cache under a tag still current (the release
   store comes before the dict's own release store of the value). */
static void invalidate_tags(gp_type *type, int depth) {
    if (depth > 1000) return;
    __atomic_store_n(&type->version_tag, 0, __ATOMIC_RELEASE);
    gp_obj *subs = __atomic_load_n(&type->subclasses, __ATOMIC_ACQUIRE);
    if (!subs) return;
    gp_ssize pos = 0;
    gp_obj *k, *v;
    while (gp_dict_next(subs, &pos, &k, &v)) invalidate_tags((gp_type *)(uintptr_t)(gp_small_value(v) << 1), depth + 1);
}

void gp_type_modified(gp_type *type) {
    /* Other threads read version tags (attribute caches) while a class
       changes.  The callers change the dict first; the release store pairs
       with the acquire load of lookups, so a lookup that sees the new tag
       sees the new dict too. */
    uint32_t tag = take_version_tag();
    if (tag == 0 && !gp_is_threaded()) {
        /* Out of tags: with no other thread reading the cache it can be
           emptied and the tags reused. */
        memset(mcache, 0, sizeof mcache);
        __atomic_store_n(&next_version_tag, 1, __ATOMIC_RELAXED);
        tag = take_version_tag();
    }
    __atomic_store_n(&type->version_tag, tag, __ATOMIC_RELEASE);
    gp_obj *subs = __atomic_load_n(&type->subclasses, __ATOMIC_ACQUIRE);
    if (subs) {
        gp_ssize pos = 0;
        gp_obj *k, *v;
        while (gp_dict_next(subs, &pos, &k, &v)) {
            gp_ssize addr = gp_small_value(v) << 1;
            gp_type_modified((gp_type *)addr);
        }
    }
}

/* Subclasses are recorded by address (a tagged int of the address halved),
   without a reference, so that classes can die; the subclass removes itself
   when it is freed. */
void gp_type_add_subclass(gp_thread *t, gp_type *base, gp_type *sub) {
    gp_obj *subs = __atomic_load_n(&base->subclasses, __ATOMIC_ACQUIRE);
    if (!subs) {
        /* Two threads may subclass the same class at once: the first dict
           stored wins. */
        gp_obj *fresh = gp_dict_new(t);
        if (!fresh) {
            gp_err_clear(t);
            return;
        }
        if (__atomic_compare_exchange_n(&base->subclasses, &subs, fresh, 0, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE))
            subs = fresh;
        else
            gp_decref(fresh);
    }
    gp_obj *key = gp_small_new((intptr_t)((uintptr_t)sub >> 1));
    if (gp_dict_set(t, subs, key, key) < 0) gp_err_clear(t);
}

static void remove_subclass(gp_type *base, gp_type *sub) {
    gp_obj *subs = __atomic_load_n(&base->subclasses, __ATOMIC_ACQUIRE);
    if (!subs) return;
    gp_thread *t = gp_thread_current();
    gp_obj *key = gp_small_new((intptr_t)((uintptr_t)sub >> 1));
    gp_obj *old = NULL;
    gp_obj *saved = gp_err_fetch(t);
    if (gp_dict_pop(t, subs, key, &old) < 0) gp_err_clear(t);
    gp_err_restore_steal(t, saved);
}

/* ---------------------------------------------------------------------- MRO */

static int tail_contains(gp_obj *list, gp_ssize start, gp_obj *o) {
    gp_ssize n = gp_list_size(list);
    for (gp_ssize i = start + 1; i < n; i++)
        if (gp_list_get_borrow(list, i) == o) return 1;
    return 0;
}

static int mro_error(gp_thread *t, gp_obj **seqs, gp_ssize *heads, gp_ssize nseq) {
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_strbuf_append_cstr(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
    int first = 1;
    /* Name each distinct class still waiting at the head of a sequence. */
    for (gp_ssize i = 0; i < nseq; i++) {
        if (heads[i] >= gp_list_size(seqs[i])) continue;
        gp_obj *c = gp_list_get_borrow(seqs[i], heads[i]);
        int seen = 0;
        for (gp_ssize j = 0; j < i; j++)
            if (heads[j] < gp_list_size(seqs[j]) && gp_list_get_borrow(seqs[j], heads[j]) == c) seen = 1;
        if (seen) continue;
        if (!first) gp_strbuf_append_cstr(&b, ", ");
        first = 0;
        gp_strbuf_append_cstr(&b, gp_type_name((gp_type *)c));
    }
    gp_obj *msg = gp_strbuf_finish(t, &b);
    if (!msg) return -1;
    gp_err_set(t, &gp_exc_TypeError, msg);
    gp_decref(msg);
    return -1;
}

/* C3 linearisation of type and its bases. */
static gp_obj *compute_mro(gp_thread *t, gp_type *type) {
    gp_obj *bases = type->bases;
    gp_ssize nb = gp_tuple_size(bases);
    if (nb == 1) {
        gp_type *b = (gp_type *)gp_tuple_get_borrow(bases, 0);
        gp_obj *bm = b->mro;
        gp_ssize n = gp_tuple_size(bm);
        gp_obj *r = gp_tuple_new(t, n + 1);
        if (!r) return NULL;
        gp_tuple_items(r)[0] = gp_newref((gp_obj *)type);
        for (gp_ssize i = 0; i < n; i++) gp_tuple_items(r)[i + 1] = gp_newref(gp_tuple_get_borrow(bm, i));
        return r;
    }
    for (gp_ssize i = 0; i < nb; i++)
        for (gp_ssize j = i + 1; j < nb; j++)
            if (gp_tuple_get_borrow(bases, i) == gp_tuple_get_borrow(bases, j))
                return gp_err_format(t, &gp_exc_TypeError, "duplicate base class %s",
                                     gp_type_name((gp_type *)gp_tuple_get_borrow(bases, i)));
    gp_ssize nseq = nb + 1;
    gp_obj **seqs = gp_mem_calloc(nseq, sizeof(gp_obj *));
    gp_ssize *heads = gp_mem_calloc(nseq, sizeof(gp_ssize));
    gp_obj *result = NULL;
    if (!seqs || !heads) {
        gp_err_nomemory(t);
        goto error;
    }
    for (gp_ssize i = 0; i < nb; i++) {
        gp_type *b = (gp_type *)gp_tuple_get_borrow(bases, i);
        seqs[i] = gp_list_from_array(t, gp_tuple_items(b->mro), gp_tuple_size(b->mro));
        if (!seqs[i]) goto error;
    }
    seqs[nb] = gp_list_from_array(t, gp_tuple_items(bases), nb);
    if (!seqs[nb]) goto error;
    result = gp_list_new(t, 0);
    if (!result || gp_list_append(t, result, (gp_obj *)type) < 0) goto error;
    for (;;) {
        int empty = 1, found = 0;
        for (gp_ssize i = 0; i < nseq; i++) {
            if (heads[i] >= gp_list_size(seqs[i])) continue;
            empty = 0;
            gp_obj *cand = gp_list_get_borrow(seqs[i], heads[i]);
            int in_tail = 0;
            for (gp_ssize j = 0; j < nseq && !in_tail; j++)
                if (heads[j] < gp_list_size(seqs[j]) && tail_contains(seqs[j], heads[j], cand)) in_tail = 1;
            if (in_tail) continue;
            if (gp_list_append(t, result, cand) < 0) goto error;
            for (gp_ssize j = 0; j < nseq; j++)
                if (heads[j] < gp_list_size(seqs[j]) && gp_list_get_borrow(seqs[j], heads[j]) == cand) heads[j]++;
            found = 1;
            break;
        }
        if (empty) break;
        if (!found) {
            mro_error(t, seqs, heads, nseq);
            goto error;
        }
    }
    {
        gp_obj *tup = gp_list_as_tuple(t, result);
        gp_decref(result);
        result = tup;
    }
    goto done;
error:
    gp_xdecref(result);
    result = NULL;
done:
    if (seqs)
        for (gp_ssize i = 0; i < nseq; i++) gp_xdecref(seqs[i]);
    gp_mem_free(seqs);
    gp_mem_free(heads);
    return result;
}

/* Classes whose metaclass overrides mro() get their MRO from it. */
static gp_obj *mro_for(gp_thread *t, gp_type *type) {
    gp_type *meta = gp_typeof((gp_obj *)type);
    if (meta != &gp_type_type) {
        GP_ID(s_mro, "mro");
        gp_obj *m = gp_type_lookup_borrow(t, meta, s_mro);
        gp_obj *base_m = gp_type_lookup_borrow(t, &gp_type_type, s_mro);
        if (m && m != base_m) {
            gp_obj *r = gp_call_method(t, (gp_obj *)type, "mro", NULL, 0);
            if (!r) return NULL;
            gp_obj *tup = gp_seq_tuple(t, r);
            gp_decref(r);
            return tup;
        }
    }
    return compute_mro(t, type);
}

/* ---------------------------------------------------------------- readying */

#define SUBCLASS_FLAGS                                                                              \
    (GP_TPFLAGS_INT_SUBCLASS | GP_TPFLAGS_LIST_SUBCLASS | GP_TPFLAGS_TUPLE_SUBCLASS |                \
     GP_TPFLAGS_BYTES_SUBCLASS | GP_TPFLAGS_STR_SUBCLASS | GP_TPFLAGS_DICT_SUBCLASS |                \
     GP_TPFLAGS_BASE_EXC_SUBCLASS | GP_TPFLAGS_TYPE_SUBCLASS)

#define COPY(f) \
    if (!type->f) type->f = base->f

static void inherit_number(gp_number_methods *d, const gp_number_methods *s) {
    void **dp = (void **)d;
    void *const *sp = (void *const *)s;
    for (size_t i = 0; i < sizeof(gp_number_methods) / sizeof(void *); i++)
        if (!dp[i]) dp[i] = sp[i];
}

static void inherit_sequence(gp_sequence_methods *d, const gp_sequence_methods *s) {
    void **dp = (void **)d;
    void *const *sp = (void *const *)s;
    for (size_t i = 0; i < sizeof(gp_sequence_methods) / sizeof(void *); i++)
        if (!dp[i]) dp[i] = sp[i];
}

static void inherit_mapping(gp_mapping_methods *d, const gp_mapping_methods *s) {
    void **dp = (void **)d;
    void *const *sp = (void *const *)s;
    for (size_t i = 0; i < sizeof(gp_mapping_methods) / sizeof(void *); i++)
        if (!dp[i]) dp[i] = sp[i];
}

/* Copy the slots a static type leaves NULL from its base.  hash and
   richcompare go together: a type that defines equality but no hash is
   unhashable. */
static void inherit_slots(gp_type *type, gp_type *base) {
    type->flags |= base->flags & SUBCLASS_FLAGS;
    if (!type->basicsize) type->basicsize = base->basicsize;
    if (!type->itemsize) type->itemsize = base->itemsize;
    if (!type->dictoffset) type->dictoffset = base->dictoffset;
    COPY(dealloc);
    COPY(repr);
    COPY(str);
    if (!type->richcompare && !type->hash) {
        type->richcompare = base->richcompare;
        type->hash = base->hash;
    }
    COPY(getattro);
    COPY(setattro);
    COPY(call);
    COPY(iter);
    COPY(iternext);
    COPY(descr_get);
    COPY(descr_set);
    COPY(init);
    COPY(traverse);
    COPY(clear);
    COPY(finalize);
    COPY(as_buffer);
    if (base->as_number) {
        if (!type->as_number)
            type->as_number = base->as_number;
        else if (type->as_number != base->as_number)
            inherit_number(type->as_number, base->as_number);
    }
    if (base->as_sequence) {
        if (!type->as_sequence)
            type->as_sequence = base->as_sequence;
        else if (type->as_sequence != base->as_sequence)
            inherit_sequence(type->as_sequence, base->as_sequence);
    }
    if (base->as_mapping) {
        if (!type->as_mapping)
            type->as_mapping = base->as_mapping;
        else if (type->as_mapping != base->as_mapping)
            inherit_mapping(type->as_mapping, base->as_mapping);
    }
}

static int add_methods(gp_thread *t, gp_type *type) {
    for (const gp_method_def *m = type->methods; m && m->name; m++) {
        gp_obj *name = gp_id(t, m->name);
        if (!name) return -1;
        if (!(m->flags & GP_METH_COEXIST)) {
            gp_obj *have = gp_dict_get_borrow(t, type->dict, name);
            if (have) continue;
        }
        gp_obj *d;
        if (m->flags & GP_METH_CLASS)
            d = gp_classmethod_descr_new(t, type, m);
        else if (m->flags & GP_METH_STATIC) {
            gp_obj *f = gp_cfunction_new(t, m, NULL, NULL);
            if (!f) return -1;
            d = gp_staticmethod_new(t, f);
            gp_decref(f);
        } else
            d = gp_method_descr_new(t, type, m);
        if (!d) return -1;
        int r = gp_dict_set(t, type->dict, name, d);
        gp_decref(d);
        if (r < 0) return -1;
    }
    return 0;
}

static int add_members(gp_thread *t, gp_type *type, const gp_member_def *members) {
    for (const gp_member_def *m = members; m && m->name; m++) {
        gp_obj *name = gp_id(t, m->name);
        if (gp_dict_get_borrow(t, type->dict, name)) continue;
        gp_obj *d = gp_member_descr_new(t, type, m);
        if (!d) return -1;
        int r = gp_dict_set(t, type->dict, name, d);
        gp_decref(d);
        if (r < 0) return -1;
    }
    return 0;
}

static int add_getsets(gp_thread *t, gp_type *type, const gp_getset_def *gs) {
    for (; gs && gs->name; gs++) {
        gp_obj *name = gp_id(t, gs->name);
        if (gp_dict_get_borrow(t, type->dict, name)) continue;
        gp_obj *d = gp_getset_descr_new(t, type, gs);
        if (!d) return -1;
        int r = gp_dict_set(t, type->dict, name, d);
        gp_decref(d);
        if (r < 0) return -1;
    }
    return 0;
}

int gp_type_ready(gp_thread *t, gp_type *type) {
    if (type->flags & (GP_TPFLAGS_READY | GP_TPFLAGS_READYING)) return 0;
    type->flags |= GP_TPFLAGS_READYING;
    if (!t) t = gp_thread_current();
    gp_type *base = type->tp_base;
    if (!base && type != &gp_object_type) base = type->tp_base = &gp_object_type;
    if (base && !(base->flags & GP_TPFLAGS_READY) && gp_type_ready(t, base) < 0) goto error;
    if (!type->bases) {
        type->bases = base ? gp_tuple_pack(t, 1, (gp_obj *)base) : gp_tuple_new(t, 0);
        if (!type->bases) goto error;
    }
    if (!type->dict) {
        type->dict = gp_dict_new(t);
        if (!type->dict) goto error;
        gp_dict_share(type->dict);
    }
    if (!type->mro) {
        if (base) {
            type->mro = compute_mro(t, type);
        } else {
            type->mro = gp_tuple_pack(t, 1, (gp_obj *)type);
        }
        if (!type->mro) goto error;
    }
    /* A type's own slots get wrappers before anything is inherited, so that
       only what the type itself implements shows in its __dict__. */
    if (add_methods(t, type) < 0) goto error;
    if (gp_slots_add_wrappers(t, type) < 0) goto error;
    if (add_members(t, type, type->members) < 0) goto error;
    if (add_getsets(t, type, type->getset) < 0) goto error;
    {
        GP_ID(s_doc, "__doc__");
        if (!gp_dict_get_borrow(t, type->dict, s_doc)) {
            gp_obj *doc = type->doc ? gp_str_from_cstr(t, type->doc) : GP_NONE;
            if (!doc || gp_dict_set(t, type->dict, s_doc, doc) < 0) {
                gp_xdecref(doc);
                goto error;
            }
            gp_decref(doc);
        }
        GP_ID(s_hash, "__hash__");
        if (type->richcompare && !type->hash && !gp_dict_get_borrow(t, type->dict, s_hash)) {
            if (gp_dict_set(t, type->dict, s_hash, GP_NONE) < 0) goto error;
            type->hash = gp_hash_not_implemented;
        }
    }
    /* Static types whose base is object and that give no constructor cannot
       be instantiated from Python; others inherit their base's. */
    if (type->new_) {
        GP_ID(s_new, "__new__");
        if (!gp_dict_get_borrow(t, type->dict, s_new)) {
            gp_obj *w = gp_builtin_new_wrapper(t, type);
            if (!w || gp_dict_set(t, type->dict, s_new, w) < 0) {
                gp_xdecref(w);
                goto error;
            }
            gp_decref(w);
        }
    } else if (base && base != &gp_object_type) {
        type->new_ = base->new_;
    }
    if (base) {
        inherit_slots(type, base);
        gp_type_add_subclass(t, base, type);
    }
    if (!type->version_tag) __atomic_store_n(&type->version_tag, take_version_tag(), __ATOMIC_RELAXED);
#ifdef GP_FREE_THREADED
    if (!(type->flags & GP_TPFLAGS_HEAPTYPE)) {
        /* A built-in class lives as long as the process, and so does what
           its dict holds.  Every thread takes references to those (method
           descriptors, slot wrappers) all the time: counted, they would be
           atomic adds on shared cache lines. */
        gp_ssize pos = 0;
        gp_obj *k, *v;
        while (gp_dict_next(type->dict, &pos, &k, &v)) {
            gp_set_immortal(k);
            gp_set_immortal(v);
        }
        gp_set_immortal(type->dict);
        gp_set_immortal((gp_obj *)type);
    }
#endif
    type->flags = (type->flags & ~GP_TPFLAGS_READYING) | GP_TPFLAGS_READY;
    return 0;
error:
    type->flags &= ~GP_TPFLAGS_READYING;
    return -1;
}

/* ------------------------------------------------------------ type(...) */

static gp_obj *type_new(gp_thread *t, gp_type *meta, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames);

gp_obj *gp_type_call(gp_thread *t, gp_obj *callable, gp_obj *const *args, gp_ssize nargs,
                     gp_obj *kwnames) {
    gp_type *type = (gp_type *)callable;
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    if (type == &gp_type_type && nargs == 1 && nkw == 0) return gp_newref((gp_obj *)gp_typeof(args[0]));
    if (!type->new_)
        return gp_err_format(t, &gp_exc_TypeError, "cannot create '%s' instances", type->name);
    gp_obj *obj = type->new_(t, type, args, nargs, kwnames);
    if (!obj) return NULL;
    if (type == &gp_type_type && nargs == 1 && nkw == 0) return obj;
    gp_type *ot = gp_typeof(obj);
    if (ot != type && !gp_type_is_subtype(ot, type)) return obj;
    type = ot;
    /* Instances of classes are containers for the collector even when
       their static base (int, str...) does not track its own instances. */
    if ((type->flags & GP_TPFLAGS_HEAPTYPE) && !gp_gc_is_tracked(obj)) gp_gc_track(obj);
    if (type->init && type->init(t, obj, args, nargs, kwnames) < 0) {
        gp_decref(obj);
        return NULL;
    }
    return obj;
}

static int type_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    if (nargs == 1 && nkw != 0) {
        gp_err_format(t, &gp_exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        gp_err_format(t, &gp_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* The most derived metaclass among meta and the bases' metaclasses. */
static gp_type *calculate_metaclass(gp_thread *t, gp_type *meta, gp_obj *bases) {
    gp_type *winner = meta;
    gp_ssize n = gp_tuple_size(bases);
    for (gp_ssize i = 0; i < n; i++) {
        gp_type *bt = gp_typeof(gp_tuple_get_borrow(bases, i));
        if (gp_type_is_subtype(winner, bt)) continue;
        if (gp_type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        gp_err_format(t, &gp_exc_TypeError,
                      "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                      "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

static gp_type *best_base(gp_thread *t, gp_obj *bases) {
    gp_type *base = NULL, *winner = NULL;
    gp_ssize n = gp_tuple_size(bases);
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *b = gp_tuple_get_borrow(bases, i);
        if (!gp_type_check(b)) {
            gp_err_format(t, &gp_exc_TypeError, "bases must be types");
            return NULL;
        }
        gp_type *bt = (gp_type *)b;
        if (!(bt->flags & GP_TPFLAGS_READY) && gp_type_ready(t, bt) < 0) return NULL;
        if (!(bt->flags & GP_TPFLAGS_BASETYPE)) {
            gp_err_format(t, &gp_exc_TypeError, "type '%s' is not an acceptable base type", gp_type_name(bt));
            return NULL;
        }
        gp_type *cand = gp_type_solid_base(bt);
        if (!winner) {
            winner = cand;
            base = bt;
        } else if (gp_type_is_subtype(winner, cand)) {
            /* keep the current winner */
        } else if (gp_type_is_subtype(cand, winner)) {
            winner = cand;
            base = bt;
        } else {
            gp_err_format(t, &gp_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

/* Private names in __slots__ are mangled like attribute names in the class
   body: __x becomes _Class__x (leading underscores of the class stripped). */
static gp_obj *mangle(gp_thread *t, const char *cls, gp_obj *name) {
    const char *s = gp_str_utf8(name);
    gp_ssize n = gp_str_size(name);
    if (n < 3 || s[0] != '_' || s[1] != '_' || (s[n - 1] == '_' && s[n - 2] == '_'))
        return gp_newref(name);
    while (*cls == '_') cls++;
    if (!*cls) return gp_newref(name);
    return gp_str_from_format(t, "_%s%U", cls, name);
}

static int is_identifier(gp_obj *s) {
    const unsigned char *p = (const unsigned char *)gp_str_utf8(s);
    gp_ssize n = gp_str_size(s);
    if (n == 0 || (p[0] >= '0' && p[0] <= '9')) return 0;
    for (gp_ssize i = 0; i < n; i++) {
        unsigned c = p[i];
        if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80))
            return 0;
    }
    return 1;
}

static void heaptype_dealloc(gp_obj *o);

/* Wrap plain functions the way a class body expects: __new__ is a static
   method, __init_subclass__ and __class_getitem__ are class methods. */
static int wrap_implicit(gp_thread *t, gp_obj *ns, const char *key, int classmethod) {
    gp_obj *name = gp_id(t, key);
    gp_obj *v = gp_dict_get_borrow(t, ns, name);
    if (!v || gp_typeof(v) != &gp_function_type) return 0;
    gp_obj *w = classmethod ? gp_classmethod_new(t, v) : gp_staticmethod_new(t, v);
    if (!w) return -1;
    int r = gp_dict_set(t, ns, name, w);
    gp_decref(w);
    return r;
}

static int call_set_names(gp_thread *t, gp_type *type) {
    gp_obj *items = gp_dict_items_list(t, type->dict);
    if (!items) return -1;
    GP_ID(s_set_name, "__set_name__");
    gp_ssize n = gp_list_size(items);
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *kv = gp_list_get_borrow(items, i);
        gp_obj *key = gp_tuple_get_borrow(kv, 0), *val = gp_tuple_get_borrow(kv, 1);
        gp_obj *f = gp_obj_lookup_special(t, val, s_set_name);
        if (!f) {
            if (t->exc) goto error;
            continue;
        }
        gp_obj *r = gp_call2(t, f, (gp_obj *)type, key);
        gp_decref(f);
        if (!r) goto error;
        gp_decref(r);
    }
    gp_decref(items);
    return 0;
error:
    gp_decref(items);
    return -1;
}

static int call_init_subclass(gp_thread *t, gp_type *type, gp_obj *const *kwvalues, gp_obj *kwnames) {
    GP_ID(s_init_subclass, "__init_subclass__");
    gp_obj *mro = type->mro;
    gp_ssize n = gp_tuple_size(mro);
    for (gp_ssize i = 1; i < n; i++) {
        gp_type *b = (gp_type *)gp_tuple_get_borrow(mro, i);
        gp_obj *f = b->dict ? gp_dict_get_borrow(t, b->dict, s_init_subclass) : NULL;
        if (!f) continue;
        gp_obj *bound;
        gp_descrgetfunc get = gp_typeof(f)->descr_get;
        if (get)
            bound = get(t, f, (gp_obj *)type, (gp_obj *)type);
        else
            bound = gp_newref(f);
        if (!bound) return -1;
        gp_obj *r = gp_call(t, bound, kwvalues, 0, kwnames);
        gp_decref(bound);
        if (!r) return -1;
        gp_decref(r);
        return 0;
    }
    return 0;
}

/* The descriptors a class is made with (methods, properties, slots,
   class and static methods) are read by every thread that uses the class,
   each read taking a reference.  Like the class itself they are marked
   for deferred counting (runtime/refcount.h), so that those references do
   not meet on one shared count. */
static void defer_descriptors(gp_type *type) {
    gp_set_deferred(type->dict);
    gp_ssize pos = 0;
    gp_obj *k, *v;
    while (gp_dict_next(type->dict, &pos, &k, &v)) {
        gp_type *vt = gp_typeof(v);
        if (vt == &gp_function_type || vt == &gp_property_type || vt == &gp_classmethod_type ||
            vt == &gp_staticmethod_type || vt == &gp_member_descr_type || vt == &gp_getset_descr_type ||
            vt == &gp_method_descr_type)
            gp_set_deferred(v);
    }
}

static gp_obj *type_new(gp_thread *t, gp_type *meta, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    if (meta == &gp_type_type && nargs == 1 && nkw == 0) return gp_newref((gp_obj *)gp_typeof(args[0]));
    if (nargs != 3) return gp_err_format(t, &gp_exc_TypeError, "type() takes 1 or 3 arguments");
    gp_obj *name = args[0], *bases = args[1], *orig_ns = args[2];
    if (!gp_str_check(name))
        return gp_err_format(t, &gp_exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                             gp_type_name(gp_typeof(name)));
    if (!gp_tuple_check(bases))
        return gp_err_format(t, &gp_exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                             gp_type_name(gp_typeof(bases)));
    if (!gp_dict_check(orig_ns))
        return gp_err_format(t, &gp_exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                             gp_type_name(gp_typeof(orig_ns)));
    gp_type *winner = calculate_metaclass(t, meta, bases);
    if (!winner) return NULL;
    if (winner != meta && winner->new_ != type_new) return winner->new_(t, winner, args, nargs, kwnames);
    meta = winner;

    gp_obj *ns = NULL, *slots = NULL, *slot_names = NULL;
    gp_heaptype *ht = NULL;
    gp_type *type = NULL;
    int own_bases = 0;
    if (gp_tuple_size(bases) == 0) {
        bases = gp_tuple_pack(t, 1, (gp_obj *)&gp_object_type);
        if (!bases) return NULL;
        own_bases = 1;
    } else {
        gp_incref(bases);
        own_bases = 1;
    }
    gp_type *base = best_base(t, bases);
    if (!base) goto error;
    ns = gp_dict_copy(t, orig_ns);
    if (!ns) goto error;

    /* __slots__: the names, checked and mangled, decide the layout. */
    int add_dict = 0;
    gp_ssize nslots = 0;
    GP_ID(s_slots, "__slots__");
    GP_ID(s_dict, "__dict__");
    GP_ID(s_weakref, "__weakref__");
    slots = gp_dict_get_borrow(t, ns, s_slots);
    if (!slots) {
        if (t->exc) goto error;
        add_dict = base->dictoffset == 0;
    } else {
        if (gp_str_check(slots))
            slots = gp_tuple_pack(t, 1, slots);
        else
            slots = gp_seq_tuple(t, slots);
        if (!slots) goto error;
        gp_ssize n = gp_tuple_size(slots);
        slot_names = gp_list_new(t, 0);
        if (!slot_names) goto error;
        for (gp_ssize i = 0; i < n; i++) {
            gp_obj *s = gp_tuple_get_borrow(slots, i);
            if (!gp_str_check(s)) {
                gp_err_format(t, &gp_exc_TypeError, "__slots__ items must be strings, not '%s'",
                              gp_type_name(gp_typeof(s)));
                goto error;
            }
            if (!is_identifier(s)) {
                gp_err_format(t, &gp_exc_TypeError, "__slots__ must be identifiers");
                goto error;
            }
            if (gp_str_eq(s, s_dict)) {
                if (base->dictoffset || add_dict) {
                    gp_err_format(t, &gp_exc_TypeError, "__dict__ slot disallowed: we already got one");
                    goto error;
                }
                add_dict = 1;
                continue;
            }
            if (gp_str_eq(s, s_weakref)) continue;
            gp_obj *m = mangle(t, gp_str_utf8(name), s);
            if (!m) goto error;
            if (gp_str_intern_inplace(t, &m) < 0) {
                gp_decref(m);
                goto error;
            }
            int dup = gp_seq_contains(t, slot_names, m);
            if (dup) {
                if (dup > 0)
                    gp_err_format(t, &gp_exc_TypeError, "__slots__ items must be unique");
                gp_decref(m);
                goto error;
            }
            if (gp_dict_get_borrow(t, ns, m)) {
                gp_err_format(t, &gp_exc_ValueError, "%R in __slots__ conflicts with class variable", s);
                gp_decref(m);
                goto error;
            }
            if (gp_list_append_steal(t, slot_names, m) < 0) goto error;
        }
        nslots = gp_list_size(slot_names);
        if (nslots > 0 && base->itemsize != 0) {
            gp_err_format(t, &gp_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                          gp_type_name(base));
            goto error;
        }
        if (gp_list_sort(t, slot_names, NULL, 0) < 0) goto error;
    }

    ht = (gp_heaptype *)gp_obj_alloc(t, meta, 0);
    if (!ht) goto error;
    gp_set_deferred((gp_obj *)ht);
    type = &ht->type;
    type->flags = GP_TPFLAGS_HEAPTYPE | GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC | (base->flags & SUBCLASS_FLAGS);
    ht->name_utf8 = gp_mem_strdup(gp_str_utf8(name));
    if (!ht->name_utf8) {
        gp_err_nomemory(t);
        goto error;
    }
    type->name = ht->name_utf8;
    type->name_obj = gp_newref(name);
    type->tp_base = base;
    gp_incref((gp_obj *)base);
    type->bases = bases;
    bases = NULL;
    own_bases = 0;
    type->dict = ns;
    gp_dict_share(ns);
    ns = NULL;
    type->as_number = &ht->as_number;
    type->as_sequence = &ht->as_sequence;
    type->as_mapping = &ht->as_mapping;
    type->dealloc = gp_subtype_dealloc;
    type->doc = NULL;

    /* The layout: the base's memory, then the slots, then the dict pointer
       (for var-sized bases the dict goes after the items, see
       gp_obj_dictptr). */
    type->basicsize = base->basicsize;
    type->itemsize = base->itemsize;
    type->dictoffset = base->dictoffset;
    if (nslots) {
        type->basicsize = (type->basicsize + 7) & ~(gp_ssize)7;
        ht->slot_members = gp_mem_calloc((size_t)nslots + 1, sizeof(gp_member_def));
        if (!ht->slot_members) {
            gp_err_nomemory(t);
            goto error;
        }
        for (gp_ssize i = 0; i < nslots; i++) {
            gp_member_def *m = &ht->slot_members[i];
            m->name = gp_str_utf8(gp_list_get_borrow(slot_names, i));
            m->type = GP_MEMBER_OBJECT_EX;
            m->offset = type->basicsize;
            type->basicsize += sizeof(gp_obj *);
        }
        type->slots = gp_list_as_tuple(t, slot_names);
        if (!type->slots) goto error;
    }
    if (add_dict) {
        if (type->itemsize) {
            type->dictoffset = -(gp_ssize)sizeof(gp_obj *);
            type->basicsize += 2 * sizeof(gp_obj *);
        } else {
            type->basicsize = (type->basicsize + 7) & ~(gp_ssize)7;
            type->dictoffset = type->basicsize;
            type->basicsize += sizeof(gp_obj *);
        }
    }

    {
        GP_ID(s_qualname, "__qualname__");
        GP_ID(s_module, "__module__");
        GP_ID(s_classcell, "__classcell__");
        GP_ID(s_name, "__name__");
        gp_obj *qn = NULL;
        int r = gp_dict_pop(t, type->dict, s_qualname, &qn);
        if (r < 0) goto error;
        if (qn && !gp_str_check(qn)) {
            gp_err_format(t, &gp_exc_TypeError, "type __qualname__ must be a str, not %s",
                          gp_type_name(gp_typeof(qn)));
            gp_decref(qn);
            goto error;
        }
        type->qualname = qn ? qn : gp_newref(name);
        if (!gp_dict_get_borrow(t, type->dict, s_module)) {
            gp_obj *g = gp_vm_globals_borrow(t);
            gp_obj *modname = g ? gp_dict_get_borrow(t, g, s_name) : NULL;
            if (modname && gp_dict_set(t, type->dict, s_module, modname) < 0) goto error;
        }
        gp_obj *cell = NULL;
        if (gp_dict_pop(t, type->dict, s_classcell, &cell) < 0) goto error;
        if (cell) {
            if (!gp_cell_check(cell)) {
                gp_err_format(t, &gp_exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                              (gp_obj *)gp_typeof(cell));
                gp_decref(cell);
                goto error;
            }
            gp_cell_set(cell, (gp_obj *)type);
            gp_decref(cell);
        }
    }
    if (wrap_implicit(t, type->dict, "__new__", 0) < 0 || wrap_implicit(t, type->dict, "__init_subclass__", 1) < 0 ||
        wrap_implicit(t, type->dict, "__class_getitem__", 1) < 0)
        goto error;
    if (ht->slot_members && add_members(t, type, ht->slot_members) < 0) goto error;
    if (add_dict && base->dictoffset == 0 && add_getsets(t, type, gp_subtype_dict_getset) < 0) goto error;
    {
        /* Defining __eq__ without __hash__ makes instances unhashable. */
        GP_ID(s_doc, "__doc__");
        GP_ID(s_eq, "__eq__");
        GP_ID(s_hash, "__hash__");
        if (gp_dict_get_borrow(t, type->dict, s_eq) && !gp_dict_get_borrow(t, type->dict, s_hash) &&
            gp_dict_set(t, type->dict, s_hash, GP_NONE) < 0)
            goto error;
        if (!gp_dict_get_borrow(t, type->dict, s_doc) && gp_dict_set(t, type->dict, s_doc, GP_NONE) < 0)
            goto error;
    }

    type->mro = mro_for(t, type);
    if (!type->mro) goto error;
    inherit_slots(type, base);
    type->dealloc = gp_subtype_dealloc;
    type->traverse = gp_subtype_traverse;
    type->clear = gp_subtype_clear;
    type->new_ = base->new_;
    gp_slots_fixup(t, type);
    defer_descriptors(type);
    __atomic_store_n(&type->version_tag, take_version_tag(), __ATOMIC_RELAXED);
    type->flags |= GP_TPFLAGS_READY;
    for (gp_ssize i = 0; i < gp_tuple_size(type->bases); i++)
        gp_type_add_subclass(t, (gp_type *)gp_tuple_get_borrow(type->bases, i), type);

    gp_gc_track((gp_obj *)type);

    gp_xdecref(slots);
    gp_xdecref(slot_names);
    if (call_set_names(t, type) < 0 || call_init_subclass(t, type, args + nargs, kwnames) < 0) {
        gp_decref((gp_obj *)type);
        return NULL;
    }
    return (gp_obj *)type;
error:
    if (own_bases) gp_xdecref(bases);
    gp_xdecref(ns);
    gp_xdecref(slots);
    gp_xdecref(slot_names);
    if (type) gp_decref((gp_obj *)type);
    return NULL;
}

gp_obj *gp_type_new_heap(gp_thread *t, gp_type *meta, const char *name, gp_obj *bases, gp_obj *dict) {
    gp_obj *args[3];
    args[0] = gp_str_from_cstr(t, name);
    if (!args[0]) return NULL;
    args[1] = bases;
    args[2] = dict;
    gp_obj *r = gp_type_call(t, (gp_obj *)meta, args, 3, NULL);
    gp_decref(args[0]);
    return r;
}

static void heaptype_dealloc(gp_obj *o) {
    gp_heaptype *ht = (gp_heaptype *)o;
    gp_type *type = &ht->type;
    gp_gc_untrack(o);
    if (type->bases)
        for (gp_ssize i = 0; i < gp_tuple_size(type->bases); i++)
            remove_subclass((gp_type *)gp_tuple_get_borrow(type->bases, i), type);
    __atomic_store_n(&type->version_tag, 0, __ATOMIC_RELAXED);
    gp_clear(&type->bases);
    gp_clear(&type->mro);
    gp_clear(&type->dict);
    gp_clear(&type->subclasses);
    gp_clear(&type->name_obj);
    gp_clear(&type->qualname);
    gp_clear(&type->slots);
    if (type->tp_base) gp_decref((gp_obj *)type->tp_base);
    gp_mem_free(ht->slot_members);
    gp_mem_free(ht->name_utf8);
    gp_obj_free(o);
}

static void type_dealloc(gp_obj *o) {
    if (((gp_type *)o)->flags & GP_TPFLAGS_HEAPTYPE) heaptype_dealloc(o);
}

/* Only heap types are in the collector's lists (static types carry no gc
   head); a class is always in a cycle with its own __mro__. */
static int type_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_type *type = (gp_type *)o;
    if (!(type->flags & GP_TPFLAGS_HEAPTYPE)) return 0;
    gp_obj *fields[] = {type->dict, type->mro, type->bases, (gp_obj *)type->tp_base};
    for (int i = 0; i < 4; i++)
        if (fields[i] && visit(fields[i], arg)) return 1;
    return 0;
}

/* Empties the namespace and drops the MRO, which breaks the cycles a class
   is part of; lookups on a cleared class fall back to its bases' dicts. */
static int type_clear(gp_obj *o) {
    gp_type *type = (gp_type *)o;
    if (!(type->flags & GP_TPFLAGS_HEAPTYPE)) return 0;
    gp_type_modified(type);
    if (type->dict) gp_dict_clear(type->dict);
    gp_clear(&type->mro);
    return 0;
}

/* ------------------------------------------------------- type attributes */

static gp_obj *type_getattro(gp_thread *t, gp_obj *o, gp_obj *name) {
    if (!gp_str_check(name))
        return gp_err_format(t, &gp_exc_TypeError, "attribute name must be string, not '%s'",
                             gp_type_name(gp_typeof(name)));
    gp_type *type = (gp_type *)o;
    gp_type *meta = gp_typeof(o);
    gp_obj *meta_attr = gp_type_lookup_ref(t, meta, name);
    gp_descrgetfunc meta_get = NULL;
    if (meta_attr) {
        meta_get = gp_typeof(meta_attr)->descr_get;
        if (meta_get && gp_typeof(meta_attr)->descr_set) {
            gp_obj *r = meta_get(t, meta_attr, o, (gp_obj *)meta);
            gp_decref(meta_attr);
            return r;
        }
    }
    gp_obj *attr = gp_type_lookup_ref(t, type, name);
    if (attr) {
        gp_xdecref(meta_attr);
        gp_descrgetfunc get = gp_typeof(attr)->descr_get;
        if (get) {
            gp_obj *r = get(t, attr, NULL, o);
            gp_decref(attr);
            return r;
        }
        return attr;
    }
    if (meta_get) {
        gp_obj *r = meta_get(t, meta_attr, o, (gp_obj *)meta);
        gp_decref(meta_attr);
        return r;
    }
    if (meta_attr) return meta_attr;
    gp_err_format(t, &gp_exc_AttributeError, "type object '%s' has no attribute '%U'", type->name, name);
    gp_exc_set_attribute_error_info(t, name, o);
    return NULL;
}

static int type_setattro(gp_thread *t, gp_obj *o, gp_obj *name, gp_obj *v) {
    gp_type *type = (gp_type *)o;
    if (!(type->flags & GP_TPFLAGS_HEAPTYPE) || (type->flags & GP_TPFLAGS_IMMUTABLETYPE)) {
        gp_err_format(t, &gp_exc_TypeError, "cannot set %R attribute of immutable type '%s'", name,
                      gp_type_name(type));
        return -1;
    }
    if (!gp_str_check(name)) {
        gp_err_format(t, &gp_exc_TypeError, "attribute name must be string, not '%s'",
                      gp_type_name(gp_typeof(name)));
        return -1;
    }
    gp_obj *interned = gp_newref(name);
    if (gp_str_intern_inplace(t, &interned) < 0) {
        gp_decref(interned);
        return -1;
    }
    /* Data descriptors on the metaclass (__name__, __doc__, ...) win. */
    gp_obj *meta_attr = gp_type_lookup_borrow(t, gp_typeof(o), interned);
    int r;
    if (meta_attr && gp_typeof(meta_attr)->descr_set) {
        r = gp_typeof(meta_attr)->descr_set(t, meta_attr, o, v);
    } else if (v) {
        invalidate_tags(type, 0);
        r = gp_dict_set(t, type->dict, interned, v);
    } else {
        invalidate_tags(type, 0);
        gp_obj *old = NULL;
        r = gp_dict_pop(t, type->dict, interned, &old);
        if (r == 0) {
            gp_err_format(t, &gp_exc_AttributeError, "type object '%s' has no attribute '%U'", type->name, name);
            r = -1;
        } else if (r > 0) {
            gp_decref(old);
            r = 0;
        }
    }
    /* New tags even after a failure: the dict may have changed anyway,
       and the tags are 0 since invalidate_tags. */
    gp_type_modified(type);
    if (r == 0 && gp_slots_is_dunder_slot(interned)) gp_slots_update(t, type, interned);
    gp_decref(interned);
    return r;
}

static gp_obj *type_get_name(gp_thread *t, gp_obj *self, void *c) { return type_name_obj(t, (gp_type *)self); }

static int check_heap_set(gp_thread *t, gp_type *type, gp_obj *v, const char *what) {
    if (!(type->flags & GP_TPFLAGS_HEAPTYPE)) {
        gp_err_format(t, &gp_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", what,
                      gp_type_name(type));
        return -1;
    }
    if (!v) {
        gp_err_format(t, &gp_exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", what,
                      gp_type_name(type));
        return -1;
    }
    return 0;
}

static int type_set_name(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    gp_type *type = (gp_type *)self;
    if (check_heap_set(t, type, v, "__name__") < 0) return -1;
    if (!gp_str_check(v)) {
        gp_err_format(t, &gp_exc_TypeError, "can only assign string to %s.__name__, not '%s'", gp_type_name(type),
                      gp_type_name(gp_typeof(v)));
        return -1;
    }
    gp_heaptype *ht = (gp_heaptype *)type;
    char *copy = gp_mem_strdup(gp_str_utf8(v));
    if (!copy) {
        gp_err_nomemory(t);
        return -1;
    }
    /* Other threads may be reading the old name (error messages, reprs). */
    char *oldname = ht->name_utf8;
    ht->name_utf8 = copy;
    type->name = copy;
    gp_qsbr_defer_free(t, oldname);
    /* Other threads read name_obj without a reference (type_name_obj). */
    gp_obj *old = __atomic_exchange_n(&type->name_obj, gp_newref(v), __ATOMIC_ACQ_REL);
    if (old) gp_qsbr_defer_decref(t, old);
    return 0;
}

static gp_obj *type_get_qualname(gp_thread *t, gp_obj *self, void *c) {
    return gp_type_qualname_obj(t, (gp_type *)self);
}

static int type_set_qualname(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    gp_type *type = (gp_type *)self;
    if (check_heap_set(t, type, v, "__qualname__") < 0) return -1;
    if (!gp_str_check(v)) {
        gp_err_format(t, &gp_exc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                      gp_type_name(type), gp_type_name(gp_typeof(v)));
        return -1;
    }
    gp_setref_steal(&type->qualname, gp_newref(v));
    return 0;
}

static gp_obj *type_get_module(gp_thread *t, gp_obj *self, void *c) {
    return gp_type_module_obj(t, (gp_type *)self);
}

static int type_set_module(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    gp_type *type = (gp_type *)self;
    if (check_heap_set(t, type, v, "__module__") < 0) return -1;
    int r = gp_dict_set_str(t, type->dict, "__module__", v);
    gp_type_modified(type);
    return r;
}

/* Replace type's MRO (taking the reference to mro).  Lookups in other
   threads read it without a reference (find_in_mro), so the old tuple
   is released once every thread has passed a quiescent state. */
static void set_mro(gp_thread *t, gp_type *type, gp_obj *mro) {
    gp_obj *old = type->mro;
    __atomic_store_n(&type->mro, mro, __ATOMIC_RELEASE);
    if (old) gp_qsbr_defer_decref(t, old);
}

/* Recomputes the MRO of type and of every class below it after a change of
   __bases__; on failure the MROs already replaced stay (as in CPython, the
   classes below keep working with their new, valid orders). */
static int remro_subtree(gp_thread *t, gp_type *type, int depth) {
    if (depth > 1000) return 0;
    gp_obj *mro = mro_for(t, type);
    if (!mro) return -1;
    set_mro(t, type, mro);
    gp_type_modified(type);
    gp_obj *subs = __atomic_load_n(&type->subclasses, __ATOMIC_ACQUIRE);
    if (!subs) return 0;
    gp_ssize pos = 0;
    gp_obj *k, *v;
    while (gp_dict_next(subs, &pos, &k, &v))
        if (remro_subtree(t, (gp_type *)(uintptr_t)(gp_small_value(v) << 1), depth + 1) < 0) return -1;
    return 0;
}

/* C.__bases__ = (...): allowed for classes when the new bases give the
   instances the same memory layout; the MROs are recomputed below C. */
static int type_set_bases(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    gp_type *type = (gp_type *)self;
    if (check_heap_set(t, type, v, "__bases__") < 0) return -1;
    if (!gp_tuple_check(v)) {
        gp_err_format(t, &gp_exc_TypeError, "can only assign tuple to %s.__bases__, not %s", gp_type_name(type),
                      gp_type_name(gp_typeof(v)));
        return -1;
    }
    gp_ssize n = gp_tuple_size(v);
    if (n == 0) {
        gp_err_format(t, &gp_exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                      gp_type_name(type));
        return -1;
    }
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *b = gp_tuple_get_borrow(v, i);
        if (!gp_type_check(b)) {
            gp_err_format(t, &gp_exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
                          gp_type_name(type), gp_type_name(gp_typeof(b)));
            return -1;
        }
        if (gp_type_is_subtype((gp_type *)b, type)) {
            gp_err_format(t, &gp_exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    gp_type *new_base = best_base(t, v);
    if (!new_base) return -1;
    gp_type *old_base = type->tp_base;
    if (gp_type_solid_base(new_base) != gp_type_solid_base(old_base) ||
        new_base->dictoffset != old_base->dictoffset || new_base->itemsize != old_base->itemsize) {
        gp_err_format(t, &gp_exc_TypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                      gp_type_name(new_base), gp_type_name(old_base));
        return -1;
    }
    gp_obj *old_bases = type->bases;
    gp_obj *old_mro = gp_newref(type->mro);
    type->bases = gp_newref(v);
    type->tp_base = new_base;
    gp_incref((gp_obj *)new_base);
    if (remro_subtree(t, type, 0) < 0) {
        gp_decref((gp_obj *)new_base);
        gp_decref(type->bases);
        type->bases = old_bases;
        type->tp_base = old_base;
        set_mro(t, type, old_mro);
        gp_type_modified(type);
        return -1;
    }
    for (gp_ssize i = 0; i < gp_tuple_size(old_bases); i++)
        remove_subclass((gp_type *)gp_tuple_get_borrow(old_bases, i), type);
    for (gp_ssize i = 0; i < n; i++) gp_type_add_subclass(t, (gp_type *)gp_tuple_get_borrow(v, i), type);
    gp_decref(old_bases);
    gp_decref(old_mro);
    gp_decref((gp_obj *)old_base);
    /* Slots inherited from the old bases are derived again from the new
       MRO, for this class and those below it. */
    gp_slots_update(t, type, NULL);
    return 0;
}

static gp_obj *type_get_bases(gp_thread *t, gp_obj *self, void *c) {
    gp_type *type = (gp_type *)self;
    if (!type->bases) return gp_tuple_new(t, 0);
    return gp_newref(type->bases);
}

static gp_obj *type_get_base(gp_thread *t, gp_obj *self, void *c) {
    gp_type *type = (gp_type *)self;
    return gp_newref(type->tp_base ? (gp_obj *)type->tp_base : GP_NONE);
}

static gp_obj *type_get_mro(gp_thread *t, gp_obj *self, void *c) {
    gp_type *type = (gp_type *)self;
    if (!type->mro) return GP_NONE;
    return gp_newref(type->mro);
}

static gp_obj *type_get_dict(gp_thread *t, gp_obj *self, void *c) {
    gp_type *type = (gp_type *)self;
    if (!type->dict) return GP_NONE;
    return gp_mappingproxy_new(t, type->dict);
}

static gp_obj *type_get_doc(gp_thread *t, gp_obj *self, void *c) {
    gp_type *type = (gp_type *)self;
    if (!(type->flags & GP_TPFLAGS_HEAPTYPE) && type->doc) return gp_str_from_cstr(t, type->doc);
    gp_obj *d = type->dict ? gp_dict_get_str_borrow(t, type->dict, "__doc__") : NULL;
    if (!d) return GP_NONE;
    gp_descrgetfunc get = gp_typeof(d)->descr_get;
    if (get) return get(t, d, NULL, self);
    return gp_newref(d);
}

static int type_set_doc(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    gp_type *type = (gp_type *)self;
    if (check_heap_set(t, type, v, "__doc__") < 0) return -1;
    int r = gp_dict_set_str(t, type->dict, "__doc__", v);
    gp_type_modified(type);
    return r;
}

static gp_obj *type_get_abstract(gp_thread *t, gp_obj *self, void *c) {
    gp_type *type = (gp_type *)self;
    gp_obj *v = NULL;
    if (type != &gp_type_type && type->dict) v = gp_dict_get_str_borrow(t, type->dict, "__abstractmethods__");
    if (!v) return gp_err_format(t, &gp_exc_AttributeError, "__abstractmethods__");
    return gp_newref(v);
}

static int type_set_abstract(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    gp_type *type = (gp_type *)self;
    int abstract = 0;
    if (v) {
        abstract = gp_obj_truthy(t, v);
        if (abstract < 0) return -1;
        if (gp_dict_set_str(t, type->dict, "__abstractmethods__", v) < 0) return -1;
    } else {
        gp_obj *old = NULL;
        int r = gp_dict_pop(t, type->dict, gp_id(t, "__abstractmethods__"), &old);
        if (r < 0) return -1;
        if (r == 0) {
            gp_err_format(t, &gp_exc_AttributeError, "__abstractmethods__");
            return -1;
        }
        gp_decref(old);
    }
    gp_type_modified(type);
    if (abstract)
        type->flags |= GP_TPFLAGS_IS_ABSTRACT;
    else
        type->flags &= ~GP_TPFLAGS_IS_ABSTRACT;
    return 0;
}

static gp_obj *type_get_annotations(gp_thread *t, gp_obj *self, void *c) {
    gp_type *type = (gp_type *)self;
    if (!(type->flags & GP_TPFLAGS_HEAPTYPE))
        return gp_err_format(t, &gp_exc_AttributeError, "type object '%s' has no attribute '__annotations__'",
                             gp_type_name(type));
    gp_obj *a = gp_dict_get_str_borrow(t, type->dict, "__annotations__");
    if (a) {
        gp_descrgetfunc get = gp_typeof(a)->descr_get;
        if (get) return get(t, a, NULL, self);
        return gp_newref(a);
    }
    a = gp_dict_new(t);
    if (!a) return NULL;
    if (gp_dict_set_str(t, type->dict, "__annotations__", a) < 0) {
        gp_decref(a);
        return NULL;
    }
    return a;
}

static int type_set_annotations(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    gp_type *type = (gp_type *)self;
    if (!(type->flags & GP_TPFLAGS_HEAPTYPE)) {
        gp_err_format(t, &gp_exc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'",
                      gp_type_name(type));
        return -1;
    }
    if (v) {
        int r = gp_dict_set_str(t, type->dict, "__annotations__", v);
        gp_type_modified(type);
        return r;
    }
    gp_obj *old = NULL;
    int r = gp_dict_pop(t, type->dict, gp_id(t, "__annotations__"), &old);
    gp_type_modified(type);
    if (r < 0) return -1;
    if (r == 0) {
        gp_err_format(t, &gp_exc_AttributeError, "__annotations__");
        return -1;
    }
    gp_decref(old);
    return 0;
}

static gp_obj *type_get_text_signature(gp_thread *t, gp_obj *self, void *c) { return GP_NONE; }

static const gp_getset_def type_getset[] = {
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__abstractmethods__", type_get_abstract, type_set_abstract, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__text_signature__", type_get_text_signature, NULL, NULL, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static gp_obj *type_mro_method(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "mro", nargs, 0, 0) < 0) return NULL;
    gp_obj *tup = compute_mro(t, (gp_type *)self);
    if (!tup) return NULL;
    gp_obj *l = gp_list_from_array(t, gp_tuple_items(tup), gp_tuple_size(tup));
    gp_decref(tup);
    return l;
}

static gp_obj *type_subclasses(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_type *type = (gp_type *)self;
    gp_obj *l = gp_list_new(t, 0);
    gp_obj *subs = __atomic_load_n(&type->subclasses, __ATOMIC_ACQUIRE);
    if (!l || !subs) return l;
    gp_ssize pos = 0;
    gp_obj *k, *v;
    while (gp_dict_next(subs, &pos, &k, &v)) {
        gp_obj *sub = (gp_obj *)(uintptr_t)(gp_small_value(v) << 1);
        if (gp_list_append(t, l, sub) < 0) {
            gp_decref(l);
            return NULL;
        }
    }
    return l;
}

static gp_obj *type_instancecheck(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "__instancecheck__", nargs, 1, 1) < 0) return NULL;
    gp_type *type = (gp_type *)self;
    gp_obj *inst = args[0];
    if (gp_type_is_subtype(gp_typeof(inst), type)) return GP_TRUE;
    /* An object may claim another class through __class__ (proxies). */
    gp_obj *cls = NULL;
    GP_ID(s_class, "__class__");
    if (gp_obj_lookup_attr(t, inst, s_class, &cls) < 0) return NULL;
    int r = 0;
    if (cls && cls != (gp_obj *)gp_typeof(inst) && gp_type_check(cls)) r = gp_type_is_subtype((gp_type *)cls, type);
    gp_xdecref(cls);
    return gp_bool_from(r);
}

static gp_obj *type_subclasscheck(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_count(t, "__subclasscheck__", nargs, 1, 1) < 0) return NULL;
    if (!gp_type_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "issubclass() arg 1 must be a class");
    return gp_bool_from(gp_type_is_subtype((gp_type *)args[0], (gp_type *)self));
}

static gp_obj *type_prepare(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return gp_dict_new(t);
}

/* dir(cls): the names in the class and its bases. */
int gp_type_merge_dir(gp_thread *t, gp_obj *dict, gp_type *type) {
    gp_obj *mro = type->mro;
    if (!mro) return 0;
    for (gp_ssize i = gp_tuple_size(mro) - 1; i >= 0; i--) {
        gp_type *b = (gp_type *)gp_tuple_get_borrow(mro, i);
        if (!b->dict) continue;
        gp_ssize pos = 0;
        gp_obj *k, *v;
        while (gp_dict_next(b->dict, &pos, &k, &v))
            if (gp_dict_set(t, dict, k, GP_NONE) < 0) return -1;
    }
    return 0;
}

static gp_obj *type_dir(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_obj *d = gp_dict_new(t);
    if (!d) return NULL;
    if (gp_type_merge_dir(t, d, (gp_type *)self) < 0) {
        gp_decref(d);
        return NULL;
    }
    gp_obj *l = gp_dict_keys_list(t, d);
    gp_decref(d);
    return l;
}

static gp_obj *type_sizeof(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    gp_type *type = (gp_type *)self;
    return gp_int_from_ssize(t, (type->flags & GP_TPFLAGS_HEAPTYPE) ? (gp_ssize)sizeof(gp_heaptype)
                                                                    : (gp_ssize)sizeof(gp_type));
}

/* int | str: types.UnionType is not provided; typing's Union is the
   supported spelling. */
static const gp_method_def type_methods[] = {
    {"mro", type_mro_method, 0, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses, 0, "Return a list of immediate subclasses."},
    {"__instancecheck__", type_instancecheck, 0, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, 0, "Check if a class is a subclass."},
    {"__prepare__", type_prepare, GP_METH_CLASS, "Create the namespace for the class statement"},
    {"__dir__", type_dir, 0, "Specialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof, 0, "Return memory consumption of the type object."},
    {NULL, NULL, 0, NULL},
};

static gp_number_methods type_as_number = {.or_ = gp_union_or};

gp_type gp_type_type = {
    GP_TYPE_HEAD,
    .name = "type",
    .basicsize = sizeof(gp_heaptype),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_TYPE_SUBCLASS | GP_TPFLAGS_HAVE_GC,
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
    .repr = gp_type_repr,
    .hash = NULL,
    .getattro = type_getattro,
    .setattro = type_setattro,
    .call = gp_type_call,
    .as_number = &type_as_number,
    .new_ = type_new,
    .init = type_init,
    .methods = type_methods,
    .getset = type_getset,
    .dictoffset = offsetof(gp_type, dict),
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
};

/* ------------------------------------------------------------------- init */

static gp_type *const core_types[] = {
    &gp_object_type,
    &gp_type_type,
    &gp_none_type,
    &gp_notimplemented_type,
    &gp_ellipsis_type,
    &gp_cfunction_type,
    &gp_method_descr_type,
    &gp_classmethod_descr_type,
    &gp_wrapper_descr_type,
    &gp_method_wrapper_type,
    &gp_member_descr_type,
    &gp_getset_descr_type,
    &gp_mappingproxy_type,
    &gp_property_type,
    &gp_staticmethod_type,
    &gp_classmethod_type,
    &gp_super_type,
    &gp_module_type,
    &gp_traceback_type,
    &gp_generic_alias_type,
    &gp_union_type,
};

int gp_types_init(gp_thread *t) {
    /* type's hash must be identity; object's is inherited through the
       normal rules, which a type that defines no richcompare gets. */
    for (size_t i = 0; i < sizeof core_types / sizeof core_types[0]; i++)
        if (gp_type_ready(t, core_types[i]) < 0) return -1;
    if (gp_exceptions_init(t) < 0) return -1;
    return 0;
}
