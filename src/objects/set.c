/* set and frozenset: open-addressing hash tables of (key, hash) entries.

   The probing follows CPython's so that iteration orders match: from
   hash & mask, look at up to LINEAR_PROBES following slots (cheap, same
   cache line), then jump with i = 5*i + 1 + perturb, perturb starting at the
   hash and shifted right 5 bits per jump.  A removed key leaves a dummy
   (key DUMMY, hash -1) so that chains through it stay intact; dummies are
   dropped at the next resize.  Tables are powers of two, at most 60% full
   counting dummies; small sets use the table inside the object.

   All changes go through add_entry, discard_entry, table_resize, clear_all
   and swap_bodies.  Free-threaded build: these and every read of the table
   hold the set's per-object lock (runtime/objlock.h); a comparison that may
   run Python code happens with the lock dropped, on a reference to the
   stored key, and the probe starts over if the table changed meanwhile.
   next_entry hands out new references, so that walking one set while
   another thread changes it never reads a freed key. */
#include "gilpy_core.h"

#define SMALL_SIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct {
    gp_obj *key; /* NULL: never used; DUMMY: removed */
    gp_hash hash;
} setentry;

struct gp_set {
    gp_obj base;
    gp_ssize fill; /* active + dummy entries */
    gp_ssize used; /* active entries */
    size_t mask;   /* table size - 1 */
    setentry *table;
    gp_hash hash;    /* frozenset: cached hash, -1 until computed */
    gp_ssize finger; /* where pop() looks next */
    setentry smalltable[SMALL_SIZE];
};

#define S(o) ((gp_set *)(o))

/* The marker of a removed entry; only its address is used. */
static gp_obj dummy_obj;
#define DUMMY (&dummy_obj)

int gp_set_check(const gp_obj *o) {
    if (gp_is_small(o)) return 0;
    gp_type *tp = o->ob_type;
    return tp == &gp_set_type || tp == &gp_frozenset_type ||
           gp_type_is_subtype(tp, &gp_set_type) || gp_type_is_subtype(tp, &gp_frozenset_type);
}

int gp_anyset_check_exact(const gp_obj *o) {
    return !gp_is_small(o) && (o->ob_type == &gp_set_type || o->ob_type == &gp_frozenset_type);
}

/* set or a subclass of set (not frozenset). */
static int mutable_set_check(gp_obj *o) {
    return !gp_is_small(o) &&
           (o->ob_type == &gp_set_type || gp_type_is_subtype(o->ob_type, &gp_set_type));
}

static inline gp_hash hash_of(gp_thread *t, gp_obj *o) {
    if (gp_is_small(o)) {
        intptr_t v = gp_small_value(o);
        const intptr_t p = ((intptr_t)1 << 61) - 1;
        if (v > -p && v < p) return v == -1 ? -2 : v;
        return gp_int_hash(o);
    }
    if (o->ob_type == &gp_str_type) {
        gp_hash h = __atomic_load_n(&((gp_str *)o)->hash, __ATOMIC_RELAXED);
        return h != -1 ? h : gp_str_hash(o);
    }
    return gp_obj_hash(t, o);
}

/* ------------------------------------------------------------------ table */

static int table_resize(gp_thread *t, gp_set *so, gp_ssize minused);
static int merge_set_locked(gp_thread *t, gp_set *so, gp_set *other);

/* Add key (a reference is taken) with its hash. */
static int add_entry(gp_thread *t, gp_set *so, gp_obj *key, gp_hash hash) {
    gp_incref(key);
    gp_obj_lock((gp_obj *)so);
restart:;
    size_t mask = so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    setentry *freeslot = NULL, *e;
    int key_is_str = !gp_is_small(key) && key->ob_type == &gp_str_type;
    for (;;) {
        e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == NULL) goto found_unused;
            if (e->hash == hash) {
                gp_obj *startkey = e->key;
                if (startkey == key) goto found_active;
                if (key_is_str && !gp_is_small(startkey) && startkey->ob_type == &gp_str_type) {
                    if (gp_str_eq(startkey, key)) goto found_active;
                } else {
                    setentry *table = so->table;
                    gp_incref(startkey);
                    gp_obj_unlock((gp_obj *)so);
                    int cmp = gp_obj_richcompare_bool(t, startkey, key, GP_EQ);
                    gp_decref(startkey);
                    gp_obj_lock((gp_obj *)so);
                    if (cmp > 0) goto found_active;
                    if (cmp < 0) goto error;
                    if (table != so->table || e->key != startkey) goto restart;
                    mask = so->mask;
                }
            } else if (e->hash == -1 && e->key == DUMMY) {
                if (!freeslot) freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    if (freeslot) {
        __atomic_store_n(&so->used, so->used + 1, __ATOMIC_RELAXED);
        freeslot->key = key;
        freeslot->hash = hash;
        gp_obj_unlock((gp_obj *)so);
        return 0;
    }
    so->fill++;
    __atomic_store_n(&so->used, so->used + 1, __ATOMIC_RELAXED);
    e->key = key;
    e->hash = hash;
    int r = 0;
    if ((size_t)so->fill * 5 >= mask * 3)
        r = table_resize(t, so, so->used > 50000 ? so->used * 2 : so->used * 4);
    gp_obj_unlock((gp_obj *)so);
    return r;
found_active:
    gp_obj_unlock((gp_obj *)so);
    gp_decref(key);
    return 0;
error:
    gp_obj_unlock((gp_obj *)so);
    gp_decref(key);
    return -1;
}

/* Insert into a table known to hold neither key nor dummies. */
static void insert_clean(setentry *table, size_t mask, gp_obj *key, gp_hash hash) {
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        setentry *e = &table[i];
        if (!e->key) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static int table_resize(gp_thread *t, gp_set *so, gp_ssize minused) {
    size_t newsize = SMALL_SIZE;
    while (newsize <= (size_t)minused) newsize <<= 1;
    setentry *oldtable = so->table;
    size_t oldmask = so->mask;
    int was_small = oldtable == so->smalltable;
    setentry small_copy[SMALL_SIZE];
    setentry *newtable;
    if (newsize == SMALL_SIZE) {
        newtable = so->smalltable;
        if (was_small) {
            /* Rebuilding in place: work from a copy of the old entries. */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        if (newsize > (size_t)INTPTR_MAX / sizeof(setentry)) {
            gp_err_nomemory(t);
            return -1;
        }
        newtable = gp_mem_calloc(newsize, sizeof(setentry));
        if (!newtable) {
            gp_err_nomemory(t);
            return -1;
        }
    }
    if (newtable == so->smalltable) memset(newtable, 0, sizeof(so->smalltable));
    so->mask = newsize - 1;
    so->table = newtable;
    if (so->fill == so->used) {
        for (size_t i = 0; i <= oldmask; i++)
            if (oldtable[i].key) insert_clean(newtable, newsize - 1, oldtable[i].key, oldtable[i].hash);
    } else {
        so->fill = so->used;
        for (size_t i = 0; i <= oldmask; i++)
            if (oldtable[i].key && oldtable[i].key != DUMMY)
                insert_clean(newtable, newsize - 1, oldtable[i].key, oldtable[i].hash);
    }
    if (!was_small) gp_mem_free(oldtable);
    return 0;
}

/* Find the entry of key: 1 found (*out set), 0 absent, -1 error.  Called
   and returns with so locked (the lock is dropped for comparisons). */
static int lookkey(gp_thread *t, gp_set *so, gp_obj *key, gp_hash hash, setentry **out) {
restart:;
    size_t mask = so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    int key_is_str = !gp_is_small(key) && key->ob_type == &gp_str_type;
    for (;;) {
        setentry *e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == NULL) return 0;
            if (e->hash == hash) {
                gp_obj *startkey = e->key;
                if (startkey == key) goto found;
                if (key_is_str && !gp_is_small(startkey) && startkey->ob_type == &gp_str_type) {
                    if (gp_str_eq(startkey, key)) goto found;
                } else {
                    setentry *table = so->table;
                    gp_incref(startkey);
                    gp_obj_unlock((gp_obj *)so);
                    int cmp = gp_obj_richcompare_bool(t, startkey, key, GP_EQ);
                    gp_decref(startkey);
                    gp_obj_lock((gp_obj *)so);
                    if (cmp < 0) return -1;
                    if (table != so->table || e->key != startkey) goto restart;
                    if (cmp > 0) goto found;
                    mask = so->mask;
                }
            }
            e++;
            continue;
        found:
            *out = e;
            return 1;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int contains_entry(gp_thread *t, gp_set *so, gp_obj *key, gp_hash hash) {
    setentry *e;
    gp_obj_lock((gp_obj *)so);
    int r = lookkey(t, so, key, hash, &e);
    gp_obj_unlock((gp_obj *)so);
    return r;
}

/* 1 removed, 0 absent, -1 error. */
static int discard_entry(gp_thread *t, gp_set *so, gp_obj *key, gp_hash hash) {
    setentry *e;
    gp_obj_lock((gp_obj *)so);
    int r = lookkey(t, so, key, hash, &e);
    if (r <= 0) {
        gp_obj_unlock((gp_obj *)so);
        return r;
    }
    gp_obj *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    __atomic_store_n(&so->used, so->used - 1, __ATOMIC_RELAXED);
    gp_obj_unlock((gp_obj *)so);
    gp_decref(old);
    return 1;
}

static int add_key(gp_thread *t, gp_set *so, gp_obj *key) {
    gp_hash hash = hash_of(t, key);
    if (hash == -1) return -1;
    return add_entry(t, so, key, hash);
}

/* The next live entry at or after *pos, copied to *out with a new
   reference to its key (taken under the lock). */
static int next_entry(gp_set *so, gp_ssize *pos, setentry *out) {
    gp_obj_lock((gp_obj *)so);
    size_t i = (size_t)*pos;
    while (i <= so->mask && (!so->table[i].key || so->table[i].key == DUMMY)) i++;
    *pos = (gp_ssize)i + 1;
    int found = i <= so->mask;
    if (found) {
        out->key = gp_newref(so->table[i].key);
        out->hash = so->table[i].hash;
    }
    gp_obj_unlock((gp_obj *)so);
    return found;
}

static void clear_all(gp_set *so) {
    gp_obj_lock((gp_obj *)so);
    setentry *table = so->table;
    size_t mask = so->mask;
    gp_ssize fill = so->fill;
    int was_small = table == so->smalltable;
    setentry small_copy[SMALL_SIZE];
    if (fill == 0) {
        gp_obj_unlock((gp_obj *)so);
        return;
    }
    if (was_small) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
    }
    /* Reset first: destructors run by the decrefs see an empty set. */
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->table = so->smalltable;
    so->mask = SMALL_SIZE - 1;
    so->fill = 0;
    __atomic_store_n(&so->used, 0, __ATOMIC_RELAXED);
    so->hash = -1;
    gp_obj_unlock((gp_obj *)so);
    for (size_t i = 0; i <= mask; i++)
        if (table[i].key && table[i].key != DUMMY) gp_decref(table[i].key);
    if (!was_small) gp_mem_free(table);
}

/* Add the entries of another set.  Into an empty set the entries are
   copied with both sets locked (in address order); otherwise one by one,
   since comparisons may run Python code. */
static int merge_set(gp_thread *t, gp_set *so, gp_set *other) {
    if (so == other || gp_set_size((gp_obj *)other) == 0) return 0;
    gp_obj_lock2((gp_obj *)so, (gp_obj *)other);
    int r = merge_set_locked(t, so, other);
    gp_obj_unlock2((gp_obj *)so, (gp_obj *)other);
    if (r != 1) return r;
    gp_ssize pos = 0;
    setentry ent;
    while (next_entry(other, &pos, &ent)) {
        r = add_entry(t, so, ent.key, ent.hash);
        gp_decref(ent.key);
        if (r < 0) return -1;
    }
    return 0;
}

/* With both locked: 0 done, -1 error, 1 when so is not empty (the caller
   goes on entry by entry). */
static int merge_set_locked(gp_thread *t, gp_set *so, gp_set *other) {
    if ((size_t)(so->fill + other->used) * 5 >= so->mask * 3 &&
        table_resize(t, so, (so->used + other->used) * 2) < 0)
        return -1;
    setentry *ot = other->table;
    /* Same size, no dummies, empty target: copy the table as it is. */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++) {
            if (ot[i].key) {
                so->table[i].key = gp_newref(ot[i].key);
                so->table[i].hash = ot[i].hash;
            }
        }
        so->fill = other->fill;
        __atomic_store_n(&so->used, other->used, __ATOMIC_RELAXED);
        return 0;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        __atomic_store_n(&so->used, other->used, __ATOMIC_RELAXED);
        for (size_t i = 0; i <= other->mask; i++)
            if (ot[i].key && ot[i].key != DUMMY)
                insert_clean(so->table, so->mask, gp_newref(ot[i].key), ot[i].hash);
        return 0;
    }
    return 1;
}

static int update_internal(gp_thread *t, gp_set *so, gp_obj *other) {
    if (gp_set_check(other)) return merge_set(t, so, S(other));
    if (gp_dict_check_exact(other)) {
        gp_ssize n = gp_dict_size(other);
        gp_obj_lock((gp_obj *)so);
        int r = (size_t)(so->fill + n) * 5 >= so->mask * 3
                    ? table_resize(t, so, (so->used + n) * 2) : 0;
        gp_obj_unlock((gp_obj *)so);
        if (r < 0) return -1;
        gp_ssize pos = 0;
        gp_obj *key, *value;
        gp_hash hash;
        while (gp_dict_next_hash_ref(other, &pos, &key, &value, &hash)) {
            r = add_entry(t, so, key, hash);
            gp_decref(key);
            gp_decref(value);
            if (r < 0) return -1;
        }
        return 0;
    }
    gp_obj *it = gp_obj_getiter(t, other);
    if (!it) return -1;
    gp_obj *key;
    while ((key = gp_iter_next(t, it))) {
        int r = add_key(t, so, key);
        gp_decref(key);
        if (r < 0) {
            gp_decref(it);
            return -1;
        }
    }
    gp_decref(it);
    return gp_err_occurred(t) ? -1 : 0;
}

/* ------------------------------------------------------------ construction */

static gp_obj *set_alloc(gp_thread *t, gp_type *type) {
    gp_obj *o = gp_obj_alloc(t, type, 0);
    if (!o) return NULL;
    gp_set *so = S(o);
    so->mask = SMALL_SIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    gp_gc_track(o);
    return o;
}

static gp_obj *make_new_set(gp_thread *t, gp_type *type, gp_obj *iterable) {
    gp_obj *o = set_alloc(t, type);
    if (!o) return NULL;
    if (iterable && update_internal(t, S(o), iterable) < 0) {
        gp_decref(o);
        return NULL;
    }
    return o;
}

/* A result set of the built-in base kind of o's type. */
static gp_obj *make_new_set_basetype(gp_thread *t, gp_type *type, gp_obj *iterable) {
    if (type != &gp_set_type && type != &gp_frozenset_type)
        type = gp_type_is_subtype(type, &gp_set_type) ? &gp_set_type : &gp_frozenset_type;
    return make_new_set(t, type, iterable);
}

gp_obj *gp_set_new(gp_thread *t, gp_obj *iterable) {
    return make_new_set(t, &gp_set_type, iterable);
}

gp_obj *gp_frozenset_new(gp_thread *t, gp_obj *iterable) {
    return make_new_set(t, &gp_frozenset_type, iterable);
}

int gp_set_add(gp_thread *t, gp_obj *set, gp_obj *key) { return add_key(t, S(set), key); }

/* The key to retry with when key is an unhashable set: frozenset(key). */
static gp_obj *frozen_retry_key(gp_thread *t, gp_obj *key) {
    if (!mutable_set_check(key) || !gp_err_matches(t, &gp_exc_TypeError)) return NULL;
    gp_err_clear(t);
    return make_new_set(t, &gp_frozenset_type, key);
}

int gp_set_discard(gp_thread *t, gp_obj *set, gp_obj *key) {
    gp_hash hash = hash_of(t, key);
    if (hash == -1) {
        gp_obj *tmp = frozen_retry_key(t, key);
        if (!tmp) return -1;
        int r = gp_set_discard(t, set, tmp);
        gp_decref(tmp);
        return r;
    }
    return discard_entry(t, S(set), key, hash);
}

int gp_set_contains(gp_thread *t, gp_obj *set, gp_obj *key) {
    gp_hash hash = hash_of(t, key);
    if (hash == -1) {
        gp_obj *tmp = frozen_retry_key(t, key);
        if (!tmp) return -1;
        int r = gp_set_contains(t, set, tmp);
        gp_decref(tmp);
        return r;
    }
    return contains_entry(t, S(set), key, hash);
}

gp_ssize gp_set_size(gp_obj *set) { return __atomic_load_n(&S(set)->used, __ATOMIC_RELAXED); }

/* list(o) read in one state of an exact set or frozenset (NULL with no
   exception for anything else), for list(s), tuple(s) and sorted(s) while
   other threads run: CPython's free-threaded build reads them whole too. */
gp_obj *gp_set_snapshot_list(gp_thread *t, gp_obj *o) {
    if (!gp_anyset_check_exact(o)) return NULL;
    gp_set *so = S(o);
    for (;;) {
        gp_ssize n = gp_set_size(o);
        gp_obj *list = gp_list_new(t, n);
        if (!list) return NULL;
        gp_obj_lock(o);
        if (so->used != n) {
            gp_obj_unlock(o);
            /* Its items are NULL: freeing it touches nothing. */
            gp_decref(list);
            continue;
        }
        gp_ssize j = 0;
        for (size_t i = 0; i <= so->mask; i++) {
            gp_obj *k = so->table[i].key;
            if (k && k != DUMMY) gp_list_items(list)[j++] = gp_newref(k);
        }
        gp_obj_unlock(o);
        return list;
    }
}

/* The key is borrowed: valid while nobody removes it from the set. */
int gp_set_next(gp_obj *set, gp_ssize *pos, gp_obj **key) {
    setentry ent;
    if (!next_entry(S(set), pos, &ent)) return 0;
    *key = ent.key;
    gp_decref(ent.key);
    return 1;
}

int gp_set_update(gp_thread *t, gp_obj *set, gp_obj *iterable) {
    return update_internal(t, S(set), iterable);
}

void gp_set_clear(gp_obj *set) { clear_all(S(set)); }

gp_obj *gp_set_pop(gp_thread *t, gp_obj *set) {
    gp_set *so = S(set);
    gp_obj_lock(set);
    if (so->used == 0) {
        gp_obj_unlock(set);
        gp_err_set_str(t, &gp_exc_KeyError, "pop from an empty set");
        return NULL;
    }
    setentry *e = so->table + (so->finger & (gp_ssize)so->mask);
    setentry *limit = so->table + so->mask;
    while (!e->key || e->key == DUMMY) {
        e++;
        if (e > limit) e = so->table;
    }
    gp_obj *key = e->key;
    e->key = DUMMY;
    e->hash = -1;
    __atomic_store_n(&so->used, so->used - 1, __ATOMIC_RELAXED);
    so->finger = e - so->table + 1;
    gp_obj_unlock(set);
    return key;
}

/* --------------------------------------------------------------- algebra */

static gp_obj *set_copy(gp_thread *t, gp_obj *so) {
    return make_new_set_basetype(t, gp_typeof(so), so);
}

static void swap_bodies(gp_set *a, gp_set *b) {
    gp_obj_lock2((gp_obj *)a, (gp_obj *)b);
    gp_ssize tf = a->fill;
    a->fill = b->fill;
    b->fill = tf;
    gp_ssize tu = a->used;
    __atomic_store_n(&a->used, b->used, __ATOMIC_RELAXED);
    __atomic_store_n(&b->used, tu, __ATOMIC_RELAXED);
    size_t tm = a->mask;
    a->mask = b->mask;
    b->mask = tm;
    setentry *ta = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = ta;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        setentry tmp[SMALL_SIZE];
        memcpy(tmp, a->smalltable, sizeof(tmp));
        memcpy(a->smalltable, b->smalltable, sizeof(tmp));
        memcpy(b->smalltable, tmp, sizeof(tmp));
    }
    a->hash = -1;
    b->hash = -1;
    gp_obj_unlock2((gp_obj *)a, (gp_obj *)b);
}

static gp_obj *set_intersection(gp_thread *t, gp_obj *so, gp_obj *other) {
    if (so == other) return set_copy(t, so);
    gp_obj *result = make_new_set_basetype(t, gp_typeof(so), NULL);
    if (!result) return NULL;
    if (gp_set_check(other)) {
        /* Walk the smaller set and probe the larger one. */
        if (gp_set_size(other) > gp_set_size(so)) {
            gp_obj *tmp = so;
            so = other;
            other = tmp;
        }
        gp_ssize pos = 0;
        setentry ent, *e = &ent;
        while (next_entry(S(other), &pos, e)) {
            gp_obj *key = e->key;
            gp_hash hash = e->hash;
            int r = contains_entry(t, S(so), key, hash);
            if (r > 0) r = add_entry(t, S(result), key, hash);
            gp_decref(key);
            if (r < 0) goto error;
        }
        return result;
    }
    gp_obj *it = gp_obj_getiter(t, other);
    if (!it) goto error;
    gp_obj *key;
    while ((key = gp_iter_next(t, it))) {
        gp_hash hash = hash_of(t, key);
        int r = hash == -1 ? -1 : contains_entry(t, S(so), key, hash);
        if (r > 0) r = add_entry(t, S(result), key, hash);
        gp_decref(key);
        if (r < 0) {
            gp_decref(it);
            goto error;
        }
    }
    gp_decref(it);
    if (gp_err_occurred(t)) goto error;
    return result;
error:
    gp_decref(result);
    return NULL;
}

int gp_set_intersection_update(gp_thread *t, gp_obj *set, gp_obj *other) {
    gp_obj *tmp = set_intersection(t, set, other);
    if (!tmp) return -1;
    swap_bodies(S(set), S(tmp));
    gp_decref(tmp);
    return 0;
}

int gp_set_difference_update(gp_thread *t, gp_obj *set, gp_obj *other) {
    gp_set *so = S(set);
    if (set == other) {
        clear_all(so);
        return 0;
    }
    if (gp_set_check(other)) {
        gp_ssize pos = 0;
        setentry ent, *e = &ent;
        while (next_entry(S(other), &pos, e)) {
            gp_obj *key = e->key;
            int r = discard_entry(t, so, key, e->hash);
            gp_decref(key);
            if (r < 0) return -1;
        }
    } else {
        gp_obj *it = gp_obj_getiter(t, other);
        if (!it) return -1;
        gp_obj *key;
        while ((key = gp_iter_next(t, it))) {
            int r = gp_set_discard(t, set, key);
            gp_decref(key);
            if (r < 0) {
                gp_decref(it);
                return -1;
            }
        }
        gp_decref(it);
        if (gp_err_occurred(t)) return -1;
    }
    /* Drop the dummies once they fill more than a quarter of the table. */
    int r = 0;
    gp_obj_lock(set);
    if ((size_t)(so->fill - so->used) > so->mask / 4)
        r = table_resize(t, so, so->used > 50000 ? so->used * 2 : so->used * 4);
    gp_obj_unlock(set);
    return r;
}

static gp_obj *set_difference(gp_thread *t, gp_obj *so, gp_obj *other) {
    gp_ssize other_size;
    if (gp_set_check(other)) {
        other_size = gp_set_size(other);
    } else if (gp_dict_check_exact(other)) {
        other_size = gp_dict_size(other);
    } else {
        other_size = -1;
    }
    if (other_size < 0 || (gp_set_size(so) >> 2) > other_size) {
        /* Copy and remove other's items. */
        gp_obj *result = set_copy(t, so);
        if (result && gp_set_difference_update(t, result, other) < 0) gp_clear(&result);
        return result;
    }
    gp_obj *result = make_new_set_basetype(t, gp_typeof(so), NULL);
    if (!result) return NULL;
    gp_ssize pos = 0;
    setentry ent, *e = &ent;
    while (next_entry(S(so), &pos, e)) {
        gp_obj *key = e->key;
        gp_hash hash = e->hash;
        int r;
        if (gp_dict_check_exact(other)) {
            gp_obj *v = gp_dict_get_hash_ref(t, other, key, hash);
            r = v ? 1 : gp_err_occurred(t) ? -1 : 0;
            gp_xdecref(v);
        } else {
            r = contains_entry(t, S(other), key, hash);
        }
        if (r == 0) r = add_entry(t, S(result), key, hash);
        gp_decref(key);
        if (r < 0) {
            gp_decref(result);
            return NULL;
        }
    }
    return result;
}

int gp_set_symmetric_difference_update(gp_thread *t, gp_obj *set, gp_obj *other) {
    gp_set *so = S(set);
    if (set == other) {
        clear_all(so);
        return 0;
    }
    if (gp_dict_check_exact(other)) {
        gp_ssize pos = 0;
        gp_obj *key, *value;
        gp_hash hash;
        while (gp_dict_next_hash_ref(other, &pos, &key, &value, &hash)) {
            gp_decref(value);
            int r = discard_entry(t, so, key, hash);
            if (r == 0) r = add_entry(t, so, key, hash);
            gp_decref(key);
            if (r < 0) return -1;
        }
        return 0;
    }
    gp_obj *otherset = gp_set_check(other) ? gp_newref(other)
                                           : make_new_set_basetype(t, gp_typeof(set), other);
    if (!otherset) return -1;
    gp_ssize pos = 0;
    setentry ent, *e = &ent;
    while (next_entry(S(otherset), &pos, e)) {
        gp_obj *key = e->key;
        gp_hash hash = e->hash;
        int r = discard_entry(t, so, key, hash);
        if (r == 0) r = add_entry(t, so, key, hash);
        gp_decref(key);
        if (r < 0) {
            gp_decref(otherset);
            return -1;
        }
    }
    gp_decref(otherset);
    return 0;
}

static gp_obj *set_symmetric_difference(gp_thread *t, gp_obj *so, gp_obj *other) {
    gp_obj *result = make_new_set_basetype(t, gp_typeof(so), other);
    if (result && gp_set_symmetric_difference_update(t, result, so) < 0) gp_clear(&result);
    return result;
}

static int set_issubset(gp_thread *t, gp_obj *so, gp_obj *other) {
    if (!gp_set_check(other)) {
        gp_obj *tmp = make_new_set(t, &gp_set_type, other);
        if (!tmp) return -1;
        int r = set_issubset(t, so, tmp);
        gp_decref(tmp);
        return r;
    }
    if (gp_set_size(so) > gp_set_size(other)) return 0;
    gp_ssize pos = 0;
    setentry ent, *e = &ent;
    while (next_entry(S(so), &pos, e)) {
        gp_obj *key = e->key;
        int r = contains_entry(t, S(other), key, e->hash);
        gp_decref(key);
        if (r <= 0) return r;
    }
    return 1;
}

static int set_issuperset(gp_thread *t, gp_obj *so, gp_obj *other) {
    if (gp_set_check(other)) return set_issubset(t, other, so);
    gp_obj *it = gp_obj_getiter(t, other);
    if (!it) return -1;
    gp_obj *key;
    while ((key = gp_iter_next(t, it))) {
        int r = gp_set_contains(t, so, key);
        gp_decref(key);
        if (r <= 0) {
            gp_decref(it);
            return r;
        }
    }
    gp_decref(it);
    return gp_err_occurred(t) ? -1 : 1;
}

static int set_isdisjoint(gp_thread *t, gp_obj *so, gp_obj *other) {
    if (so == other) return gp_set_size(so) == 0;
    if (gp_set_check(other)) {
        if (gp_set_size(other) > gp_set_size(so)) {
            gp_obj *tmp = so;
            so = other;
            other = tmp;
        }
        gp_ssize pos = 0;
        setentry ent, *e = &ent;
        while (next_entry(S(other), &pos, e)) {
            gp_obj *key = e->key;
            int r = contains_entry(t, S(so), key, e->hash);
            gp_decref(key);
            if (r != 0) return r < 0 ? -1 : 0;
        }
        return 1;
    }
    gp_obj *it = gp_obj_getiter(t, other);
    if (!it) return -1;
    gp_obj *key;
    while ((key = gp_iter_next(t, it))) {
        int r = gp_set_contains(t, so, key);
        gp_decref(key);
        if (r != 0) {
            gp_decref(it);
            return r < 0 ? -1 : 0;
        }
    }
    gp_decref(it);
    return gp_err_occurred(t) ? -1 : 1;
}

/* ------------------------------------------------------------------ slots */

static void set_dealloc(gp_obj *o) {
    if (gp_containers_trash_begin(o)) return;
    gp_gc_untrack(o);
    gp_set *so = S(o);
    for (size_t i = 0; i <= so->mask; i++) {
        gp_obj *k = so->table[i].key;
        if (k && k != DUMMY) gp_decref(k);
    }
    if (so->table != so->smalltable) gp_mem_free(so->table);
    gp_obj_free(o);
    gp_containers_trash_end();
}

static int set_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_set *so = S(o);
    for (size_t i = 0; i <= so->mask; i++) {
        gp_obj *k = so->table[i].key;
        if (k && k != DUMMY && !gp_is_small(k)) {
            int r = visit(k, arg);
            if (r) return r;
        }
    }
    return 0;
}

static int set_tp_clear(gp_obj *o) {
    clear_all(S(o));
    return 0;
}

static gp_obj *set_repr(gp_thread *t, gp_obj *self) {
    gp_type *tp = gp_typeof(self);
    int exact_set = tp == &gp_set_type;
    if (gp_set_size(self) == 0) return gp_str_from_format(t, "%s()", gp_type_name(tp));
    int r = gp_containers_repr_enter(t, self);
    if (r != 0) return r > 0 ? gp_str_from_format(t, "%s(...)", gp_type_name(tp)) : NULL;
    gp_strbuf b;
    gp_strbuf_init(&b);
    /* The items are taken first: their reprs may change the set.  Another
       thread may have emptied it since the size was read. */
    gp_obj *keys = gp_list_from_iterable(t, self);
    if (!keys) goto error;
    if (gp_list_size(keys) == 0) {
        gp_decref(keys);
        gp_containers_repr_leave(t, self);
        return gp_str_from_format(t, "%s()", gp_type_name(tp));
    }
    if (!exact_set) {
        gp_strbuf_append_cstr(&b, gp_type_name(tp));
        gp_strbuf_append_char(&b, '(');
    }
    gp_strbuf_append_char(&b, '{');
    for (gp_ssize i = 0; i < gp_list_size(keys); i++) {
        if (i > 0) gp_strbuf_append(&b, ", ", 2);
        if (gp_strbuf_append_repr(t, &b, gp_list_items(keys)[i]) < 0) {
            gp_decref(keys);
            goto error;
        }
    }
    gp_decref(keys);
    gp_strbuf_append_char(&b, '}');
    if (!exact_set) gp_strbuf_append_char(&b, ')');
    gp_containers_repr_leave(t, self);
    return gp_strbuf_finish(t, &b);
error:
    gp_containers_repr_leave(t, self);
    gp_strbuf_free(&b);
    return NULL;
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

/* Independent of the order of the items: xor of their shuffled hashes,
   then mixed with the size and dispersed (the same formula as CPython, so
   that hashes and set orders of frozensets agree). */
static gp_hash frozenset_hash(gp_thread *t, gp_obj *self) {
    gp_set *so = S(self);
    /* Threads that hash one frozenset at once store the same value. */
    gp_hash cached = __atomic_load_n(&so->hash, __ATOMIC_RELAXED);
    if (cached != -1) return cached;
    uint64_t hash = 0;
    for (size_t i = 0; i <= so->mask; i++) {
        gp_obj *k = so->table[i].key;
        if (k && k != DUMMY) hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    }
    hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    __atomic_store_n(&so->hash, (gp_hash)hash, __ATOMIC_RELAXED);
    return (gp_hash)hash;
}

static gp_obj *bool_result(int r) { return r < 0 ? NULL : gp_bool_from(r); }

static gp_obj *set_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if (!gp_set_check(b)) return GP_NOTIMPLEMENTED;
    gp_ssize na = gp_set_size(a), nb = gp_set_size(b);
    switch (op) {
    case GP_EQ:
    case GP_NE: {
        if (na != nb) return gp_bool_from(op == GP_NE);
        if (S(a)->hash != -1 && S(b)->hash != -1 && S(a)->hash != S(b)->hash)
            return gp_bool_from(op == GP_NE);
        int r = set_issubset(t, a, b);
        if (r < 0) return NULL;
        return gp_bool_from(op == GP_EQ ? r : !r);
    }
    case GP_LE: return bool_result(set_issubset(t, a, b));
    case GP_GE: return bool_result(set_issuperset(t, a, b));
    case GP_LT:
        if (na >= nb) return GP_FALSE;
        return bool_result(set_issubset(t, a, b));
    case GP_GT:
        if (na <= nb) return GP_FALSE;
        return bool_result(set_issuperset(t, a, b));
    }
    return GP_NOTIMPLEMENTED;
}

static gp_ssize set_length(gp_thread *t, gp_obj *self) { return gp_set_size(self); }

static int set_contains_slot(gp_thread *t, gp_obj *self, gp_obj *key) {
    return gp_set_contains(t, self, key);
}

static gp_obj *set_or(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_set_check(a) || !gp_set_check(b)) return GP_NOTIMPLEMENTED;
    gp_obj *result = set_copy(t, a);
    if (!result || a == b) return result;
    if (update_internal(t, S(result), b) < 0) gp_clear(&result);
    return result;
}

static gp_obj *set_and(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_set_check(a) || !gp_set_check(b)) return GP_NOTIMPLEMENTED;
    return set_intersection(t, a, b);
}

static gp_obj *set_sub(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_set_check(a) || !gp_set_check(b)) return GP_NOTIMPLEMENTED;
    return set_difference(t, a, b);
}

static gp_obj *set_xor(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_set_check(a) || !gp_set_check(b)) return GP_NOTIMPLEMENTED;
    return set_symmetric_difference(t, a, b);
}

static gp_obj *set_ior(gp_thread *t, gp_obj *self, gp_obj *other) {
    if (!gp_set_check(other)) return GP_NOTIMPLEMENTED;
    if (update_internal(t, S(self), other) < 0) return NULL;
    return gp_newref(self);
}

static gp_obj *set_iand(gp_thread *t, gp_obj *self, gp_obj *other) {
    if (!gp_set_check(other)) return GP_NOTIMPLEMENTED;
    if (gp_set_intersection_update(t, self, other) < 0) return NULL;
    return gp_newref(self);
}

static gp_obj *set_isub(gp_thread *t, gp_obj *self, gp_obj *other) {
    if (!gp_set_check(other)) return GP_NOTIMPLEMENTED;
    if (gp_set_difference_update(t, self, other) < 0) return NULL;
    return gp_newref(self);
}

static gp_obj *set_ixor(gp_thread *t, gp_obj *self, gp_obj *other) {
    if (!gp_set_check(other)) return GP_NOTIMPLEMENTED;
    if (gp_set_symmetric_difference_update(t, self, other) < 0) return NULL;
    return gp_newref(self);
}

static gp_obj *set_iter(gp_thread *t, gp_obj *self);

static int no_kwargs(gp_thread *t, const char *name, gp_obj *kwnames) {
    if (kwnames && gp_tuple_size(kwnames) > 0) {
        gp_err_format(t, &gp_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static gp_obj *set_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (type == &gp_set_type && no_kwargs(t, "set", kwnames) < 0) return NULL;
    return set_alloc(t, type);
}

static int set_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                    gp_obj *kwnames) {
    if (no_kwargs(t, "set", kwnames) < 0) return -1;
    if (nargs > 1) {
        gp_err_format(t, &gp_exc_TypeError, "set expected at most 1 argument, got %zd", nargs);
        return -1;
    }
    if (S(self)->fill) clear_all(S(self));
    if (nargs == 1) return update_internal(t, S(self), args[0]);
    return 0;
}

static gp_obj *frozenset_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    if (type == &gp_frozenset_type && no_kwargs(t, "frozenset", kwnames) < 0) return NULL;
    if (nargs > 1)
        return gp_err_format(t, &gp_exc_TypeError, "frozenset expected at most 1 argument, got %zd",
                             nargs);
    gp_obj *iterable = nargs ? args[0] : NULL;
    if (type == &gp_frozenset_type && iterable && gp_typeof(iterable) == &gp_frozenset_type)
        return gp_newref(iterable);
    return make_new_set(t, type, iterable);
}

/* ---------------------------------------------------------------- methods */

/* Messages name the method as "set.add" or "frozenset.copy". */
static const char *kind_name(gp_obj *self) { return mutable_set_check(self) ? "set" : "frozenset"; }

static int one_arg(gp_thread *t, gp_obj *self, const char *name, gp_ssize nargs,
                   gp_obj *kwnames) {
    if (gp_args_no_kw(t, name, kwnames) < 0) return -1;
    if (nargs != 1) {
        gp_err_format(t, &gp_exc_TypeError, "%s.%s() takes exactly one argument (%zd given)",
                      kind_name(self), name, nargs);
        return -1;
    }
    return 0;
}

static int no_arg(gp_thread *t, gp_obj *self, const char *name, gp_ssize nargs,
                  gp_obj *kwnames) {
    if (gp_args_no_kw(t, name, kwnames) < 0) return -1;
    if (nargs != 0) {
        gp_err_format(t, &gp_exc_TypeError, "%s.%s() takes no arguments (%zd given)",
                      kind_name(self), name, nargs);
        return -1;
    }
    return 0;
}

static gp_obj *m_add(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                     gp_obj *kwnames) {
    if (one_arg(t, self, "add", nargs, kwnames) < 0) return NULL;
    if (add_key(t, S(self), args[0]) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *m_discard(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (one_arg(t, self, "discard", nargs, kwnames) < 0) return NULL;
    if (gp_set_discard(t, self, args[0]) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *m_remove(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (one_arg(t, self, "remove", nargs, kwnames) < 0) return NULL;
    int r = gp_set_discard(t, self, args[0]);
    if (r < 0) return NULL;
    if (r == 0) {
        gp_obj *a = gp_tuple_pack(t, 1, args[0]);
        if (!a) return NULL;
        gp_err_set(t, &gp_exc_KeyError, a);
        gp_decref(a);
        return NULL;
    }
    return GP_NONE;
}

static gp_obj *m_pop(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                     gp_obj *kwnames) {
    if (no_arg(t, self, "pop", nargs, kwnames) < 0) return NULL;
    return gp_set_pop(t, self);
}

static gp_obj *m_clear(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (no_arg(t, self, "clear", nargs, kwnames) < 0) return NULL;
    clear_all(S(self));
    return GP_NONE;
}

static gp_obj *m_copy(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                      gp_obj *kwnames) {
    if (no_arg(t, self, "copy", nargs, kwnames) < 0) return NULL;
    if (gp_typeof(self) == &gp_frozenset_type) return gp_newref(self);
    return set_copy(t, self);
}

static gp_obj *m_union(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (gp_args_no_kw(t, "union", kwnames) < 0) return NULL;
    gp_obj *result = set_copy(t, self);
    if (!result) return NULL;
    for (gp_ssize i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (update_internal(t, S(result), args[i]) < 0) {
            gp_decref(result);
            return NULL;
        }
    }
    return result;
}

static gp_obj *m_update(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (gp_args_no_kw(t, "update", kwnames) < 0) return NULL;
    for (gp_ssize i = 0; i < nargs; i++)
        if (update_internal(t, S(self), args[i]) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *intersection_multi(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                  gp_ssize nargs) {
    if (nargs == 0) return set_copy(t, self);
    gp_obj *result = gp_newref(self);
    for (gp_ssize i = 0; i < nargs; i++) {
        gp_obj *next = set_intersection(t, result, args[i]);
        gp_decref(result);
        if (!next) return NULL;
        result = next;
    }
    return result;
}

static gp_obj *m_intersection(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    if (gp_args_no_kw(t, "intersection", kwnames) < 0) return NULL;
    return intersection_multi(t, self, args, nargs);
}

static gp_obj *m_intersection_update(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                     gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, "intersection_update", kwnames) < 0) return NULL;
    gp_obj *tmp = intersection_multi(t, self, args, nargs);
    if (!tmp) return NULL;
    swap_bodies(S(self), S(tmp));
    gp_decref(tmp);
    return GP_NONE;
}

static gp_obj *m_difference(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    if (gp_args_no_kw(t, "difference", kwnames) < 0) return NULL;
    if (nargs == 0) return set_copy(t, self);
    gp_obj *result = set_difference(t, self, args[0]);
    for (gp_ssize i = 1; result && i < nargs; i++)
        if (gp_set_difference_update(t, result, args[i]) < 0) gp_clear(&result);
    return result;
}

static gp_obj *m_difference_update(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                   gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, "difference_update", kwnames) < 0) return NULL;
    for (gp_ssize i = 0; i < nargs; i++)
        if (gp_set_difference_update(t, self, args[i]) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *m_symmetric_difference(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                      gp_ssize nargs, gp_obj *kwnames) {
    if (one_arg(t, self, "symmetric_difference", nargs, kwnames) < 0) return NULL;
    return set_symmetric_difference(t, self, args[0]);
}

static gp_obj *m_symmetric_difference_update(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                             gp_ssize nargs, gp_obj *kwnames) {
    if (one_arg(t, self, "symmetric_difference_update", nargs, kwnames) < 0) return NULL;
    if (gp_set_symmetric_difference_update(t, self, args[0]) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *m_issubset(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    if (one_arg(t, self, "issubset", nargs, kwnames) < 0) return NULL;
    return bool_result(set_issubset(t, self, args[0]));
}

static gp_obj *m_issuperset(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    if (one_arg(t, self, "issuperset", nargs, kwnames) < 0) return NULL;
    return bool_result(set_issuperset(t, self, args[0]));
}

static gp_obj *m_isdisjoint(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    if (one_arg(t, self, "isdisjoint", nargs, kwnames) < 0) return NULL;
    return bool_result(set_isdisjoint(t, self, args[0]));
}

static gp_obj *m_contains(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    if (one_arg(t, self, "__contains__", nargs, kwnames) < 0) return NULL;
    return bool_result(gp_set_contains(t, self, args[0]));
}

static gp_obj *m_sizeof(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    gp_ssize n = (gp_ssize)sizeof(gp_set);
    if (S(self)->table != S(self)->smalltable)
        n += (gp_ssize)((S(self)->mask + 1) * sizeof(setentry));
    return gp_int_from_ssize(t, n);
}

/* pickle and copy: (type, (list(self),), state). */
static gp_obj *m_reduce(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (no_arg(t, self, "__reduce__", nargs, kwnames) < 0) return NULL;
    gp_obj *keys = gp_seq_list(t, self);
    if (!keys) return NULL;
    gp_obj *targs = gp_tuple_pack(t, 1, keys);
    gp_decref(keys);
    if (!targs) return NULL;
    gp_obj *state = gp_call_method(t, self, "__getstate__", NULL, 0);
    gp_obj *r = state ? gp_tuple_pack(t, 3, (gp_obj *)gp_typeof(self), targs, state) : NULL;
    gp_xdecref(state);
    gp_decref(targs);
    return r;
}

static const gp_method_def set_methods[] = {
    {"add", m_add, 0, "Add an element to a set."},
    {"clear", m_clear, 0, "Remove all elements from this set."},
    {"__contains__", m_contains, GP_METH_COEXIST, "x.__contains__(y) <==> y in x."},
    {"copy", m_copy, 0, "Return a shallow copy of a set."},
    {"discard", m_discard, 0, "Remove an element from a set if it is a member."},
    {"difference", m_difference, 0, "Return the difference of two or more sets as a new set."},
    {"difference_update", m_difference_update, 0, "Remove all elements of another set from this set."},
    {"intersection", m_intersection, 0, "Return the intersection of two sets as a new set."},
    {"intersection_update", m_intersection_update, 0, "Update a set with the intersection of itself and another."},
    {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, 0, "Report whether this set contains another set."},
    {"pop", m_pop, 0, "Remove and return an arbitrary set element."},
    {"remove", m_remove, 0, "Remove an element from a set; it must be a member."},
    {"symmetric_difference", m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", m_symmetric_difference_update, 0, "Update a set with the symmetric difference of itself and another."},
    {"union", m_union, 0, "Return the union of sets as a new set."},
    {"update", m_update, 0, "Update a set with the union of itself and others."},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {"__class_getitem__", gp_class_getitem, GP_METH_CLASS, "See PEP 585"},
    {NULL}
};

static const gp_method_def frozenset_methods[] = {
    {"__contains__", m_contains, GP_METH_COEXIST, "x.__contains__(y) <==> y in x."},
    {"copy", m_copy, 0, "Return a shallow copy of a set."},
    {"difference", m_difference, 0, "Return the difference of two or more sets as a new set."},
    {"intersection", m_intersection, 0, "Return the intersection of two sets as a new set."},
    {"isdisjoint", m_isdisjoint, 0, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, 0, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, 0, "Report whether this set contains another set."},
    {"symmetric_difference", m_symmetric_difference, 0, "Return the symmetric difference of two sets as a new set."},
    {"union", m_union, 0, "Return the union of sets as a new set."},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"__reduce__", m_reduce, 0, "Return state information for pickling."},
    {"__class_getitem__", gp_class_getitem, GP_METH_CLASS, "See PEP 585"},
    {NULL}
};

static gp_number_methods set_as_number = {
    .subtract = set_sub,
    .and_ = set_and,
    .xor_ = set_xor,
    .or_ = set_or,
    .inplace_subtract = set_isub,
    .inplace_and = set_iand,
    .inplace_xor = set_ixor,
    .inplace_or = set_ior,
};

static gp_number_methods frozenset_as_number = {
    .subtract = set_sub,
    .and_ = set_and,
    .xor_ = set_xor,
    .or_ = set_or,
};

static gp_sequence_methods set_as_sequence = {
    .length = set_length,
    .contains = set_contains_slot,
};

gp_type gp_set_type = {
    GP_TYPE_HEAD,
    .name = "set",
    .basicsize = sizeof(gp_set),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = set_new,
    .init = set_init,
    .traverse = set_traverse,
    .clear = set_tp_clear,
    .as_number = &set_as_number,
    .as_sequence = &set_as_sequence,
    .methods = set_methods,
    .doc = "set() -> new empty set object",
};

gp_type gp_frozenset_type = {
    GP_TYPE_HEAD,
    .name = "frozenset",
    .basicsize = sizeof(gp_set),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = frozenset_new,
    .traverse = set_traverse,
    .clear = set_tp_clear,
    .as_number = &frozenset_as_number,
    .as_sequence = &set_as_sequence,
    .methods = frozenset_methods,
    .doc = "frozenset() -> empty frozenset object",
};

/* --------------------------------------------------------------- iterator */

typedef struct {
    gp_obj base;
    gp_obj *set;   /* NULL once exhausted */
    gp_ssize used; /* the size the set had when iteration started */
    gp_ssize pos;
    gp_ssize len;
} setiter;

static gp_obj *set_iter(gp_thread *t, gp_obj *self) {
    setiter *it = (setiter *)gp_obj_alloc(t, &gp_setiter_type, 0);
    if (!it) return NULL;
    it->set = gp_newref(self);
    gp_obj_lock(self);
    it->used = S(self)->used;
    it->len = S(self)->used;
    gp_obj_unlock(self);
    gp_gc_track((gp_obj *)it);
    return (gp_obj *)it;
}

static void setiter_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_xdecref(((setiter *)o)->set);
    gp_obj_free(o);
}

static int setiter_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_obj *s = ((setiter *)o)->set;
    return s ? visit(s, arg) : 0;
}

static gp_obj *self_iter(gp_thread *t, gp_obj *o) { return gp_newref(o); }

/* The iterator's fields change under the set's lock; once threads run, an
   exhausted iterator keeps its set (used -2) so that a thread sharing it
   never reads a dropped one. */
static gp_obj *setiter_next(gp_thread *t, gp_obj *o) {
    setiter *it = (setiter *)o;
    gp_obj *s = it->set;
    if (!s) return NULL;
    gp_set *so = S(s);
    gp_obj_lock(s);
    if (it->used == -2) {
        gp_obj_unlock(s);
        return NULL;
    }
    if (it->used != so->used) {
        it->used = -1;
        gp_obj_unlock(s);
        gp_err_set_str(t, &gp_exc_RuntimeError, "Set changed size during iteration");
        return NULL;
    }
    size_t i = (size_t)it->pos;
    while (i <= so->mask && (!so->table[i].key || so->table[i].key == DUMMY)) i++;
    it->pos = (gp_ssize)i + 1;
    if (i > so->mask) {
        it->used = -2;
        gp_obj_unlock(s);
        if (!gp_is_threaded()) {
            it->set = NULL;
            gp_decref(s);
        }
        return NULL;
    }
    it->len--;
    gp_obj *key = gp_newref(so->table[i].key);
    gp_obj_unlock(s);
    return key;
}

static gp_obj *setiter_length_hint(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                   gp_ssize nargs, gp_obj *kwnames) {
    setiter *it = (setiter *)self;
    gp_obj *s = it->set;
    gp_ssize n = 0;
    if (s) {
        gp_obj_lock(s);
        n = it->used == S(s)->used ? it->len : 0;
        gp_obj_unlock(s);
    }
    return gp_int_from_ssize(t, n);
}

static const gp_method_def setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, NULL},
    {NULL}
};

gp_type gp_setiter_type = {
    GP_TYPE_HEAD,
    .name = "set_iterator",
    .basicsize = sizeof(setiter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = setiter_dealloc,
    .iter = self_iter,
    .iternext = setiter_next,
    .traverse = setiter_traverse,
    .methods = setiter_methods,
};
