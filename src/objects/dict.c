/* dict: an insertion-ordered hash table in the compact layout.

   A dict points at a keys table made of two arrays in one allocation:

     indices  2**log2_size slots of 1, 2, 4 or 8 bytes (the smallest width
              that can hold every entry number); each holds EMPTY, DUMMY
              (a deleted entry was here: keep probing) or an entry number.
     entries  (hash, key, value) in insertion order; a deleted entry keeps
              its place with key NULL until the next resize compacts them.

   Probing starts at hash & mask and follows i = 5*i + 1 + perturb, with
   perturb starting at the hash and shifted right 5 bits per step, so every
   bit of the hash takes part and every slot is eventually visited.  At most
   2/3 of the slots ever hold an entry (the "usable" entries), which keeps
   probe chains short and guarantees an EMPTY slot ends every search.

   Empty dicts share one static, read-only keys table whose usable count is
   0, so the first insertion allocates a real table.

   Every change bumps the dict's version (see gp_dict_version).  All changes
   of a table go through insert_new, store_value, delete_entry, resize and
   clear_all.

   Free-threaded build: every change and every read that must see one state
   (iteration, copies, compound operations) holds the dict's per-object
   lock (runtime/objlock.h); plain lookups take none (below).  lookup() runs with
   the lock held; when a key's comparison may run Python code (a key that is
   not a str), it takes a reference to the stored key, drops the lock to
   compare, takes it again and starts over if the table changed meanwhile,
   as CPython does.  Values leave a dict only after the unlock (new
   references for readers, decrefs for replaced and deleted ones).  The
   functions whose names end in _borrow return a pointer that stays valid
   only while nobody deletes or replaces that entry (in a shared dict:
   until the caller's next quiescent state); callers that keep a value
   across Python code use the _ref variants, which return new references.

   Lookups take no lock once threads run.  Every thread looks up globals
   and methods all the time, and with a lock those lookups would take
   turns on one lock word; and even a lock nobody else wants costs two
   atomic instructions per attribute read.  A dict is "shared" once a
   thread other than its owner (the thread that made it) has read or
   changed it, or from the start for module dicts (globals and builtins),
   class dicts and sys.modules; the flag is set under the lock and never
   cleared.  A dict that is not shared has only ever been touched by its
   owner, so the owner's lookups cannot meet a writer: the first foreign
   writer marks the dict shared, under the lock, before it changes
   anything.
   A lock-free reader loads the table pointer, probes, and takes a
   reference to the value it finds; meanwhile a writer (still under the
   lock) may insert, replace, delete or resize.  Three rules keep such a
   reader safe:
   - what a writer unlinks from a shared dict (an old table, a replaced
     value, a deleted key or value) is released through runtime/qsbr.h,
     only after every thread has passed a quiescent state, so whatever
     pointer a reader loads stays valid until its read is over;
   - a writer fills an entry before it publishes the entry's index, and
     builds a new table before it publishes the table (release stores that
     the reader's acquire loads pair with);
   - in a shared dict an entry number is never reused for another key
     (popitem's reuse of the last entry is skipped), so a value found in
     the entry of a key was that key's value at some moment of the read.
   A reader that needs a comparison that could run Python code (a key that
   is neither a str nor a small int) takes the locked path instead.  The
   GIL build has no lock to avoid, and none of this. */
#include "gilpy_core.h"
#include "runtime/qsbr.h"

#define EMPTY (-1)
#define DUMMY (-2)
#define LOOKUP_ERROR (-3)
#define LOOKUP_RETRY (-4) /* lookup_unlocked: start over under the lock */
#define PERTURB_SHIFT 5
#define MIN_LOG2 3

typedef struct {
    gp_hash hash;
    gp_obj *key;   /* NULL: deleted */
    gp_obj *value;
} entry;

typedef struct gp_dict_keys {
    uint8_t log2_size;
    uint8_t log2_width; /* log2 of the byte width of an index slot */
    gp_ssize usable;    /* entries that can still be appended */
    gp_ssize nentries;  /* entries appended so far, deleted ones included */
    /* the indices follow, then the entries */
} keys_t;


#define D(o) ((gp_dict *)(o))

static struct {
    keys_t k;
    int8_t indices[8];
} empty_keys_storage = {{MIN_LOG2, 0, 0, 0}, {-1, -1, -1, -1, -1, -1, -1, -1}};
#define EMPTY_KEYS (&empty_keys_storage.k)

static inline gp_ssize usable_fraction(gp_ssize n) { return (n << 1) / 3; }
static inline size_t keys_size(const keys_t *k) { return (size_t)1 << k->log2_size; }
static inline void *keys_indices(keys_t *k) { return k + 1; }
static inline entry *keys_entries(keys_t *k) {
    return (entry *)((char *)(k + 1) + (keys_size(k) << k->log2_width));
}

/* Stores that lock-free readers of a shared dict may see are release
   stores; the readers' loads are acquire loads.  Plain in the GIL build. */
#ifdef GP_FREE_THREADED
#define PUBLISH(lv, v) __atomic_store_n(&(lv), (v), __ATOMIC_RELEASE)
#define OBSERVE(lv) __atomic_load_n(&(lv), __ATOMIC_ACQUIRE)
#else
#define PUBLISH(lv, v) ((lv) = (v))
#define OBSERVE(lv) (lv)
#endif

static inline gp_ssize get_index(keys_t *k, size_t i) {
    switch (k->log2_width) {
    case 0: return ((int8_t *)keys_indices(k))[i];
    case 1: return ((int16_t *)keys_indices(k))[i];
    case 2: return ((int32_t *)keys_indices(k))[i];
    default: return ((int64_t *)keys_indices(k))[i];
    }
}

static inline void set_index(keys_t *k, size_t i, gp_ssize ix) {
    switch (k->log2_width) {
    case 0: PUBLISH(((int8_t *)keys_indices(k))[i], (int8_t)ix); break;
    case 1: PUBLISH(((int16_t *)keys_indices(k))[i], (int16_t)ix); break;
    case 2: PUBLISH(((int32_t *)keys_indices(k))[i], (int32_t)ix); break;
    default: PUBLISH(((int64_t *)keys_indices(k))[i], (int64_t)ix); break;
    }
}

/* ------------------------------------------------------------ shared dicts */

#ifdef GP_FREE_THREADED
static inline int is_shared(gp_dict *d) {
    return (__atomic_load_n(&d->base.ob_flags, __ATOMIC_RELAXED) & GP_OBJ_SHARED) != 0;
}

/* Called with d locked (or before anyone else can see d), so that every
   writer after it sees the flag. */
static inline void set_shared(gp_dict *d) {
    __atomic_fetch_or(&d->base.ob_flags, (uint8_t)GP_OBJ_SHARED, __ATOMIC_RELAXED);
}

/* Called with d locked by every change: a thread other than the owner
   makes the dict shared before it changes anything. */
static inline void note_writer(gp_dict *d) {
    if (gp_is_threaded() && !is_shared(d) && gp_ref_owner((gp_obj *)d) != gp_tid()) set_shared(d);
}

/* Drop a reference that d gave up, after d's lock is released: later, if
   lock-free readers may still hold it. */
static inline void drop(gp_thread *t, int shared, gp_obj *o) {
    if (shared) gp_qsbr_defer_decref(t, o);
    else gp_decref(o);
}

/* A reference that d gave up is handed to the caller: readers may still
   hold it, so the caller gets a reference of its own. */
static inline void hand_out(gp_thread *t, int shared, gp_obj *o) {
    if (!shared) return;
    gp_incref(o);
    gp_qsbr_defer_decref(t, o);
}
#else
static inline int is_shared(gp_dict *d) { (void)d; return 0; }
static inline void set_shared(gp_dict *d) { (void)d; }
static inline void note_writer(gp_dict *d) { (void)d; }
static inline void drop(gp_thread *t, int shared, gp_obj *o) { (void)t; (void)shared; gp_decref(o); }
static inline void hand_out(gp_thread *t, int shared, gp_obj *o) { (void)t; (void)shared; (void)o; }
#endif

void gp_dict_share(gp_obj *d) {
    gp_obj_lock(d);
    set_shared(D(d));
    gp_obj_unlock(d);
}

/* ---------------------------------------------------------------- versions */

/* Versions are handed out in blocks so that threads rarely touch the shared
   counter; each thread numbers its changes from its own block. */
#define VERSION_BLOCK 4096
static _Atomic uint64_t version_blocks;
static _Thread_local uint64_t version_next, version_end;

static inline uint64_t new_version(void) {
    if (version_next == version_end) {
        uint64_t b = atomic_fetch_add_explicit(&version_blocks, VERSION_BLOCK,
                                               memory_order_relaxed) + 1;
        version_next = b;
        version_end = b + VERSION_BLOCK;
    }
    return version_next++;
}


/* ----------------------------------------------------------------- hashing */

/* The hash of a key, with the commonest key types inline. */
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

/* ------------------------------------------------------------------ tables */

static uint8_t log2_for(gp_ssize minsize) {
    uint8_t log2 = MIN_LOG2;
    while (((gp_ssize)1 << log2) < minsize) log2++;
    return log2;
}

static keys_t *keys_new(gp_thread *t, uint8_t log2_size) {
    uint8_t w = log2_size < 8 ? 0 : log2_size < 16 ? 1 : log2_size < 32 ? 2 : 3;
    size_t size = (size_t)1 << log2_size;
    gp_ssize usable = usable_fraction((gp_ssize)size);
    if (log2_size >= 60) {
        gp_err_nomemory(t);
        return NULL;
    }
    size_t bytes = sizeof(keys_t) + (size << w) + (size_t)usable * sizeof(entry);
    keys_t *k = gp_mem_alloc(bytes);
    if (!k) {
        gp_err_nomemory(t);
        return NULL;
    }
    k->log2_size = log2_size;
    k->log2_width = w;
    k->usable = usable;
    k->nentries = 0;
    memset(keys_indices(k), 0xff, size << w);
    return k;
}

static void keys_free(keys_t *k) {
    if (k != EMPTY_KEYS) gp_mem_free(k);
}

/* The first EMPTY or DUMMY slot on the probe path of hash. */
static size_t find_free_slot(keys_t *k, gp_hash hash) {
    size_t mask = keys_size(k) - 1;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    while (get_index(k, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* The slot that holds entry number ix. */
static size_t find_slot_of(keys_t *k, gp_hash hash, gp_ssize ix) {
    size_t mask = keys_size(k) - 1;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    while (get_index(k, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Move the live entries into a new table sized for at least minsize slots,
   dropping deleted entries. */
static int resize(gp_thread *t, gp_dict *d, gp_ssize minsize) {
    note_writer(d);
    keys_t *old = d->keys;
    keys_t *k = keys_new(t, log2_for(minsize));
    if (!k) return -1;
    entry *src = keys_entries(old), *dst = keys_entries(k);
    gp_ssize n = old->nentries, j = 0;
    if (d->used == n) {
        memcpy(dst, src, (size_t)n * sizeof(entry));
        j = n;
    } else {
        for (gp_ssize i = 0; i < n; i++)
            if (src[i].key) dst[j++] = src[i];
    }
    for (gp_ssize i = 0; i < j; i++) set_index(k, find_free_slot(k, dst[i].hash), i);
    k->nentries = j;
    k->usable -= j;
    PUBLISH(d->keys, k);
    if (old != EMPTY_KEYS) {
        if (is_shared(d)) gp_qsbr_defer_free(t, old);
        else gp_mem_free(old);
    }
    return 0;
}

/* Find key: its entry number, EMPTY when absent, LOOKUP_ERROR on error.
   Called and returns with d locked.  A comparison that may run Python code
   happens with the lock dropped (on a reference of the stored key); if the
   dict changed meanwhile the search starts over on the current table.
   With `unlocked` (one thread, no lock taken), a comparison that started a
   second thread returns LOOKUP_RETRY: the search must start over under
   the lock. */
static inline __attribute__((always_inline)) gp_ssize lookup_impl(gp_thread *t, gp_dict *d, gp_obj *key,
                                                                 gp_hash hash, int unlocked) {
    int key_is_str = !gp_is_small(key) && key->ob_type == &gp_str_type;
restart:;
    keys_t *k = d->keys;
    entry *entries = keys_entries(k);
    size_t mask = keys_size(k) - 1;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        gp_ssize ix = get_index(k, i);
        if (ix == EMPTY) return EMPTY;
        if (ix >= 0) {
            entry *e = &entries[ix];
            if (e->key == key) return ix;
            if (e->hash == hash) {
                gp_obj *sk = e->key;
                if (key_is_str && !gp_is_small(sk) && sk->ob_type == &gp_str_type) {
                    if (gp_str_eq(sk, key)) return ix;
                } else {
                    uint64_t version = d->version;
                    gp_incref(sk);
                    if (!unlocked) gp_obj_unlock((gp_obj *)d);
                    int cmp = gp_obj_richcompare_bool(t, sk, key, GP_EQ);
                    gp_decref(sk);
                    if (!unlocked) gp_obj_lock((gp_obj *)d);
                    if (cmp < 0) return LOOKUP_ERROR;
                    if (unlocked && gp_is_threaded()) return LOOKUP_RETRY;
                    if (d->version != version || d->keys != k) goto restart;
                    if (cmp) return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static gp_ssize lookup(gp_thread *t, gp_dict *d, gp_obj *key, gp_hash hash) {
    return lookup_impl(t, d, key, hash, 0);
}

static gp_ssize lookup_unlocked(gp_thread *t, gp_dict *d, gp_obj *key, gp_hash hash) {
    return lookup_impl(t, d, key, hash, 1);
}

/* Append a new entry for a key known to be absent.  Takes both references;
   with d locked, the caller must hold its own references too, so that the
   decrefs on failure cannot free anything. */
static int insert_new(gp_thread *t, gp_dict *d, gp_obj *key, gp_hash hash, gp_obj *value) {
    note_writer(d);
    if (d->keys->usable <= 0 && resize(t, d, d->used * 3) < 0) {
        gp_decref(key);
        gp_decref(value);
        return -1;
    }
    keys_t *k = d->keys;
    gp_ssize ix = k->nentries;
    entry *e = &keys_entries(k)[ix];
    e->hash = hash;
    PUBLISH(e->key, key);
    PUBLISH(e->value, value);
    set_index(k, find_free_slot(k, hash), ix);
    k->nentries = ix + 1;
    k->usable--;
    __atomic_store_n(&d->used, d->used + 1, __ATOMIC_RELAXED);
    PUBLISH(d->version, new_version());
    return 0;
}

/* Replace the value of entry ix.  Takes the reference to value and
   returns the old value's, for the caller to drop after unlocking. */
static gp_obj *store_value(gp_dict *d, gp_ssize ix, gp_obj *value) {
    note_writer(d);
    entry *e = &keys_entries(d->keys)[ix];
    gp_obj *old = e->value;
    PUBLISH(e->value, value);
    PUBLISH(d->version, new_version());
    return old;
}

/* Unlink entry ix and hand its key and value references to the caller. */
static void delete_entry(gp_dict *d, gp_ssize ix, gp_obj **key, gp_obj **value) {
    note_writer(d);
    keys_t *k = d->keys;
    entry *e = &keys_entries(k)[ix];
    set_index(k, find_slot_of(k, e->hash, ix), DUMMY);
    *key = e->key;
    *value = e->value;
    PUBLISH(e->key, NULL);
    PUBLISH(e->value, NULL);
    __atomic_store_n(&d->used, d->used - 1, __ATOMIC_RELAXED);
    PUBLISH(d->version, new_version());
}

static void clear_all(gp_thread *t, gp_dict *d) {
    gp_obj_lock((gp_obj *)d);
    keys_t *k = d->keys;
    if (k == EMPTY_KEYS) {
        gp_obj_unlock((gp_obj *)d);
        return;
    }
    note_writer(d);
    int shared = is_shared(d);
    PUBLISH(d->keys, EMPTY_KEYS);
    __atomic_store_n(&d->used, 0, __ATOMIC_RELAXED);
    PUBLISH(d->version, new_version());
    gp_obj_unlock((gp_obj *)d);
    entry *e = keys_entries(k);
    for (gp_ssize i = 0; i < k->nentries; i++) {
        if (e[i].key) {
            drop(t, shared, e[i].key);
            drop(t, shared, e[i].value);
        }
    }
    if (shared) gp_qsbr_defer_free(t, k);
    else keys_free(k);
}

/* d[key] = value.  The replaced value is dropped, or with `old` handed
   to the caller as a reference of its own. */
static int set_with_hash(gp_thread *t, gp_dict *d, gp_obj *key, gp_hash hash, gp_obj *value,
                         gp_obj **old) {
    /* While no second thread runs without the GIL there is nothing to lock
       (and no dict is shared, see note_writer), as in the GIL build.
       LOOKUP_RETRY: a comparison started a thread before anything changed,
       so the lookup starts over under the lock.  Only with threads running
       (never in the GIL build, where the test folds away). */
    int locked = gp_is_threaded();
    gp_ssize ix = LOOKUP_RETRY;
    if (!locked) ix = lookup_unlocked(t, d, key, hash);
    if (ix == LOOKUP_RETRY && gp_is_threaded()) {
        locked = 1;
        gp_obj_lock((gp_obj *)d);
        ix = lookup(t, d, key, hash);
    }
    if (ix == LOOKUP_ERROR) {
        if (locked) gp_obj_unlock((gp_obj *)d);
        return -1;
    }
    gp_incref(value);
    if (ix >= 0) {
        gp_obj *replaced = store_value(d, ix, value);
        int shared = locked && is_shared(d);
        if (locked) gp_obj_unlock((gp_obj *)d);
        if (old) {
            hand_out(t, shared, replaced);
            *old = replaced;
        } else {
            drop(t, shared, replaced);
        }
        return 0;
    }
    gp_incref(key);
    int r = insert_new(t, d, key, hash, value);
    if (locked) gp_obj_unlock((gp_obj *)d);
    return r;
}

static void raise_key_error(gp_thread *t, gp_obj *key) {
    gp_obj *args = gp_tuple_pack(t, 1, key);
    if (!args) return;
    gp_err_set(t, &gp_exc_KeyError, args);
    gp_decref(args);
}

/* ----------------------------------------------------------- the C API */

static gp_obj *dict_alloc(gp_thread *t, gp_type *type) {
    gp_obj *o = gp_obj_alloc(t, type, 0);
    if (!o) return NULL;
    D(o)->keys = EMPTY_KEYS;
    D(o)->version = new_version();
    gp_gc_track(o);
    return o;
}

gp_obj *gp_dict_new(gp_thread *t) { return dict_alloc(t, &gp_dict_type); }

gp_obj *gp_dict_new_presized(gp_thread *t, gp_ssize n) {
    gp_obj *d = gp_dict_new(t);
    if (!d || n <= 5) return d;
    keys_t *k = keys_new(t, log2_for((n * 3 + 1) / 2));
    if (!k) {
        gp_decref(d);
        return NULL;
    }
    D(d)->keys = k;
    return d;
}

#ifdef GP_FREE_THREADED
enum { NOLOCK_ABSENT = 0, NOLOCK_FOUND = 1, NOLOCK_GIVE_UP = 2 };

/* The lock-free lookup of a shared dict (see the top): NOLOCK_FOUND with
   the value in *value (borrowed: valid until this thread's next quiescent
   state), NOLOCK_ABSENT, or NOLOCK_GIVE_UP when telling the keys apart
   needs a comparison that could run Python code. */
static int lookup_nolock(gp_dict *d, gp_obj *key, gp_hash hash, gp_obj **value) {
    int key_is_str = !gp_is_small(key) && key->ob_type == &gp_str_type;
    keys_t *k = OBSERVE(d->keys);
    entry *entries = keys_entries(k);
    size_t mask = keys_size(k) - 1;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        gp_ssize ix;
        switch (k->log2_width) {
        case 0: ix = OBSERVE(((int8_t *)keys_indices(k))[i]); break;
        case 1: ix = OBSERVE(((int16_t *)keys_indices(k))[i]); break;
        case 2: ix = OBSERVE(((int32_t *)keys_indices(k))[i]); break;
        default: ix = OBSERVE(((int64_t *)keys_indices(k))[i]); break;
        }
        if (ix == EMPTY) return NOLOCK_ABSENT;
        if (ix >= 0) {
            entry *e = &entries[ix];
            gp_obj *sk = OBSERVE(e->key);
            if (sk == key) {
                *value = OBSERVE(e->value);
                return *value ? NOLOCK_FOUND : NOLOCK_ABSENT;
            }
            if (sk && e->hash == hash) {
                if (key_is_str && !gp_is_small(sk) && sk->ob_type == &gp_str_type) {
                    if (gp_str_eq(sk, key)) {
                        *value = OBSERVE(e->value);
                        return *value ? NOLOCK_FOUND : NOLOCK_ABSENT;
                    }
                } else if (!gp_is_small(key) || !gp_is_small(sk)) {
                    /* Two small ints are equal only when identical. */
                    return NOLOCK_GIVE_UP;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Lock-free lookup once threads run: 1 when it decided (*value set, NULL
   if absent), 0 when the locked path must run.  A thread other than the
   owner first makes the dict shared (see the top). */
static inline int try_nolock(gp_dict *d, gp_obj *key, gp_hash hash, gp_obj **value) {
    if (!is_shared(d) && gp_ref_owner((gp_obj *)d) != gp_tid()) {
        gp_obj_lock((gp_obj *)d);
        set_shared(d);
        gp_obj_unlock((gp_obj *)d);
    }
    int r = lookup_nolock(d, key, hash, value);
    if (r == NOLOCK_GIVE_UP) return 0;
    if (r == NOLOCK_ABSENT) *value = NULL;
    return 1;
}
#else
static inline int try_nolock(gp_dict *d, gp_obj *key, gp_hash hash, gp_obj **value) {
    (void)d; (void)key; (void)hash; (void)value;
    return 0;
}
#endif

/* The lookup of the readers below once threads run: lock-free, falling
   back to the lock.  The value stays valid after the unlock: a shared dict
   releases what it unlinks only after this thread's next quiescent state,
   and a dict that is not shared is changed by its owner alone, this
   thread (a foreign writer makes it shared first). */
static __attribute__((noinline)) gp_ssize read_lookup_threaded(gp_thread *t, gp_dict *d, gp_obj *key,
                                                               gp_hash hash, gp_obj **value) {
    if (try_nolock(d, key, hash, value)) return *value ? 0 : EMPTY;
    gp_obj_lock((gp_obj *)d);
    gp_ssize ix = lookup(t, d, key, hash);
    *value = ix >= 0 ? keys_entries(d->keys)[ix].value : NULL;
    gp_obj_unlock((gp_obj *)d);
    return ix;
}

/* The lookup of the readers below, with the value borrowed.  One thread
   takes no lock; a comparison that starts a second one sends the search
   to the threaded path.  Inline: it is the path of every attribute and
   global lookup. */
static inline __attribute__((always_inline)) gp_ssize read_lookup(gp_thread *t, gp_dict *d, gp_obj *key,
                                                                 gp_hash hash, gp_obj **value) {
    if (gp_is_threaded()) return read_lookup_threaded(t, d, key, hash, value);
    gp_ssize ix = lookup_unlocked(t, d, key, hash);
    if (ix >= 0) {
        *value = keys_entries(d->keys)[ix].value;
        return ix;
    }
#ifdef GP_FREE_THREADED
    if (ix == LOOKUP_RETRY) return read_lookup_threaded(t, d, key, hash, value);
#endif
    *value = NULL;
    return ix;
}

gp_obj *gp_dict_get_hash_borrow(gp_thread *t, gp_obj *d, gp_obj *key, gp_hash hash) {
    gp_obj *found;
    read_lookup(t, D(d), key, hash, &found);
    return found;
}

gp_obj *gp_dict_get_borrow(gp_thread *t, gp_obj *d, gp_obj *key) {
    gp_hash hash = hash_of(t, key);
    if (hash == -1) return NULL;
    gp_obj *found;
    read_lookup(t, D(d), key, hash, &found);
    return found;
}

gp_obj *gp_dict_get_str_borrow(gp_thread *t, gp_obj *d, const char *key) {
    gp_obj *k = gp_str_intern_cstr_borrow(t, key);
    if (!k) return NULL;
    return gp_dict_get_borrow(t, d, k);
}

gp_obj *gp_dict_get_hash_ref(gp_thread *t, gp_obj *d, gp_obj *key, gp_hash hash) {
    gp_obj *found;
    read_lookup(t, D(d), key, hash, &found);
    return found ? gp_newref(found) : NULL;
}

gp_obj *gp_dict_get_ref(gp_thread *t, gp_obj *d, gp_obj *key) {
    gp_hash hash = hash_of(t, key);
    if (hash == -1) return NULL;
    return gp_dict_get_hash_ref(t, d, key, hash);
}

gp_obj *gp_dict_get_str_ref(gp_thread *t, gp_obj *d, const char *key) {
    gp_obj *k = gp_str_intern_cstr_borrow(t, key);
    if (!k) return NULL;
    return gp_dict_get_ref(t, d, k);
}

int gp_dict_set_swap(gp_thread *t, gp_obj *d, gp_obj *key, gp_obj *value, gp_obj **old) {
    *old = NULL;
    gp_hash hash = hash_of(t, key);
    if (hash == -1) return -1;
    return set_with_hash(t, D(d), key, hash, value, old);
}

int gp_dict_set_hash(gp_thread *t, gp_obj *d, gp_obj *key, gp_hash hash, gp_obj *value) {
    return set_with_hash(t, D(d), key, hash, value, NULL);
}

int gp_dict_set(gp_thread *t, gp_obj *d, gp_obj *key, gp_obj *value) {
    gp_hash hash = hash_of(t, key);
    if (hash == -1) return -1;
    return set_with_hash(t, D(d), key, hash, value, NULL);
}

int gp_dict_set_str(gp_thread *t, gp_obj *d, const char *key, gp_obj *value) {
    gp_obj *k = gp_str_intern_cstr_borrow(t, key);
    if (!k) return -1;
    return gp_dict_set(t, d, k, value);
}

int gp_dict_pop(gp_thread *t, gp_obj *d, gp_obj *key, gp_obj **out) {
    *out = NULL;
    if (gp_dict_size(d) == 0) return 0;
    gp_hash hash = hash_of(t, key);
    if (hash == -1) return -1;
    gp_obj_lock(d);
    gp_ssize ix = lookup(t, D(d), key, hash);
    if (ix < 0) {
        gp_obj_unlock(d);
        return ix == LOOKUP_ERROR ? -1 : 0;
    }
    gp_obj *k;
    delete_entry(D(d), ix, &k, out);
    int shared = is_shared(D(d));
    gp_obj_unlock(d);
    drop(t, shared, k);
    hand_out(t, shared, *out);
    return 1;
}

int gp_dict_del(gp_thread *t, gp_obj *d, gp_obj *key) {
    gp_obj *v;
    int r = gp_dict_pop(t, d, key, &v);
    if (r < 0) return -1;
    if (r == 0) {
        raise_key_error(t, key);
        return -1;
    }
    gp_decref(v);
    return 0;
}

int gp_dict_contains(gp_thread *t, gp_obj *d, gp_obj *key) {
    gp_hash hash = hash_of(t, key);
    if (hash == -1) return -1;
    gp_obj *found;
    gp_ssize ix = read_lookup(t, D(d), key, hash, &found);
    if (ix == LOOKUP_ERROR) return -1;
    return ix >= 0;
}

/* One load: the count may be stale by the time the caller uses it. */
gp_ssize gp_dict_size(gp_obj *d) { return __atomic_load_n(&D(d)->used, __ATOMIC_RELAXED); }

/* Each step reads the current table under the lock, so a resize between
   steps cannot make it read freed memory; the key and value are borrowed
   (see the note at the top). */
int gp_dict_next_hash(gp_obj *d, gp_ssize *pos, gp_obj **key, gp_obj **value, gp_hash *hash) {
    gp_obj_lock(d);
    keys_t *k = D(d)->keys;
    entry *e = keys_entries(k);
    gp_ssize i = *pos;
    while (i < k->nentries && !e[i].key) i++;
    if (i >= k->nentries) {
        gp_obj_unlock(d);
        return 0;
    }
    *pos = i + 1;
    if (key) *key = e[i].key;
    if (value) *value = e[i].value;
    if (hash) *hash = e[i].hash;
    gp_obj_unlock(d);
    return 1;
}

/* gp_dict_next_hash with new references to the key and value. */
int gp_dict_next_ref(gp_obj *d, gp_ssize *pos, gp_obj **key, gp_obj **value) {
    gp_obj_lock(d);
    keys_t *k = D(d)->keys;
    entry *e = keys_entries(k);
    gp_ssize i = *pos;
    while (i < k->nentries && !e[i].key) i++;
    if (i >= k->nentries) {
        gp_obj_unlock(d);
        return 0;
    }
    *pos = i + 1;
    if (key) *key = gp_newref(e[i].key);
    if (value) *value = gp_newref(e[i].value);
    gp_obj_unlock(d);
    return 1;
}

int gp_dict_next(gp_obj *d, gp_ssize *pos, gp_obj **key, gp_obj **value) {
    return gp_dict_next_hash(d, pos, key, value, NULL);
}

void gp_dict_clear(gp_obj *d) { clear_all(gp_thread_current(), D(d)); }

gp_obj *gp_dict_copy(gp_thread *t, gp_obj *d) {
    gp_dict *src = D(d);
    gp_obj *res = gp_dict_new(t);
    if (!res || gp_dict_size(d) == 0) return res;
    /* Without deleted entries the table can be duplicated as it is. */
    gp_obj_lock(d);
    if (src->used == src->keys->nentries && src->used > 0) {
        keys_t *k = src->keys;
        size_t bytes = sizeof(keys_t) + (keys_size(k) << k->log2_width) +
                       (size_t)usable_fraction((gp_ssize)keys_size(k)) * sizeof(entry);
        keys_t *copy = gp_mem_alloc(bytes);
        if (!copy) {
            gp_obj_unlock(d);
            gp_decref(res);
            return gp_err_nomemory(t);
        }
        memcpy(copy, k, bytes);
        entry *e = keys_entries(copy);
        for (gp_ssize i = 0; i < copy->nentries; i++) {
            gp_incref(e[i].key);
            gp_incref(e[i].value);
        }
        D(res)->keys = copy;
        __atomic_store_n(&D(res)->used, src->used, __ATOMIC_RELAXED);
        gp_obj_unlock(d);
        return res;
    }
    gp_obj_unlock(d);
    if (gp_dict_merge(t, res, d, 1) < 0) {
        gp_decref(res);
        return NULL;
    }
    return res;
}

/* Merge another dict's entries, reusing the stored hashes. */
static int merge_dict(gp_thread *t, gp_dict *d, gp_obj *other, int override) {
    gp_dict *o = D(other);
    if ((gp_obj *)d == other || gp_dict_size(other) == 0) return 0;
    /* Into an empty dict the keys, being distinct, go in without lookups,
       with both dicts locked (in address order) for the whole copy. */
    gp_obj_lock2((gp_obj *)d, other);
    if (d->used == 0) {
        int r = 0;
        if (d->keys->usable < o->used) r = resize(t, d, (d->used + o->used) * 3 / 2 + 1);
        entry *e = keys_entries(o->keys);
        for (gp_ssize i = 0; r == 0 && i < o->keys->nentries; i++) {
            if (!e[i].key) continue;
            gp_incref(e[i].key);
            gp_incref(e[i].value);
            r = insert_new(t, d, e[i].key, e[i].hash, e[i].value);
        }
        gp_obj_unlock2((gp_obj *)d, other);
        return r;
    }
    if (d->keys->usable < o->used && resize(t, d, (d->used + o->used) * 3 / 2 + 1) < 0) {
        gp_obj_unlock2((gp_obj *)d, other);
        return -1;
    }
    keys_t *ok = o->keys;
    gp_obj_unlock2((gp_obj *)d, other);
    /* Otherwise entry by entry: comparisons may run Python code, so each
       entry is copied out of other under its lock and stored without it.
       ok is only looked at while it is still other's table. */
    for (gp_ssize i = 0;; i++) {
        gp_obj_lock(other);
        if (o->keys != ok) {
            gp_obj_unlock(other);
            gp_err_set_str(t, &gp_exc_RuntimeError, "dict mutated during update");
            return -1;
        }
        if (i >= ok->nentries) {
            gp_obj_unlock(other);
            break;
        }
        entry *e = &keys_entries(ok)[i];
        gp_obj *key = e->key;
        if (!key) {
            gp_obj_unlock(other);
            continue;
        }
        gp_obj *value = gp_newref(e->value);
        gp_hash hash = e->hash;
        gp_incref(key);
        gp_obj_unlock(other);
        int r;
        if (override == 1) {
            r = set_with_hash(t, d, key, hash, value, NULL);
        } else {
            gp_obj_lock((gp_obj *)d);
            gp_ssize ix = lookup(t, d, key, hash);
            if (ix == LOOKUP_ERROR) {
                r = -1;
            } else if (ix >= 0) {
                r = override == 2 ? -1 : 0;
            } else {
                gp_incref(key);
                gp_incref(value);
                r = insert_new(t, d, key, hash, value);
            }
            gp_obj_unlock((gp_obj *)d);
            if (ix >= 0 && override == 2) raise_key_error(t, key);
        }
        gp_decref(key);
        gp_decref(value);
        if (r < 0) return -1;
    }
    return 0;
}

/* Does o iterate like a plain dict (so that its table may be read
   directly)? */
static gp_obj *dict_iter(gp_thread *t, gp_obj *self);

static int plain_dict(gp_obj *o) {
    return gp_dict_check(o) && gp_typeof(o)->iter == dict_iter;
}

int gp_dict_merge(gp_thread *t, gp_obj *d, gp_obj *other, int override) {
    if (plain_dict(other)) return merge_dict(t, D(d), other, override);
    /* A general mapping: for key in other.keys(): d[key] = other[key]. */
    gp_obj *keys = gp_call_method(t, other, "keys", NULL, 0);
    if (!keys) return -1;
    gp_obj *it = gp_obj_getiter(t, keys);
    gp_decref(keys);
    if (!it) return -1;
    gp_obj *key;
    while ((key = gp_iter_next(t, it))) {
        if (override != 1) {
            int has = gp_dict_contains(t, d, key);
            if (has < 0) goto fail;
            if (has) {
                if (override == 2) {
                    raise_key_error(t, key);
                    goto fail;
                }
                gp_decref(key);
                continue;
            }
        }
        gp_obj *value = gp_obj_getitem(t, other, key);
        if (!value) goto fail;
        int r = gp_dict_set(t, d, key, value);
        gp_decref(value);
        if (r < 0) goto fail;
        gp_decref(key);
    }
    gp_decref(it);
    return gp_err_occurred(t) ? -1 : 0;
fail:
    gp_decref(key);
    gp_decref(it);
    return -1;
}

/* Merge an iterable of key/value pairs. */
static int merge_pairs(gp_thread *t, gp_obj *d, gp_obj *seq) {
    gp_obj *it = gp_obj_getiter(t, seq);
    if (!it) return -1;
    gp_obj *item;
    for (gp_ssize i = 0; (item = gp_iter_next(t, it)); i++) {
        gp_obj *pair = NULL;
        if (gp_tuple_check_exact(item)) {
            pair = gp_newref(item);
        } else if (gp_list_check_exact(item)) {
            /* A snapshot, so that another thread cannot change it under us. */
            pair = gp_list_as_tuple(t, item);
            if (!pair) goto fail;
        } else {
            gp_type *tp = gp_typeof(item);
            if (!tp->iter && !(tp->as_sequence && tp->as_sequence->item)) {
                gp_err_format(t, &gp_exc_TypeError,
                              "cannot convert dictionary update sequence element #%zd to a sequence",
                              i);
                goto fail;
            }
            pair = gp_list_from_iterable(t, item);
            if (!pair) goto fail;
        }
        gp_ssize n = gp_tuple_check(pair) ? gp_tuple_size(pair) : gp_list_size(pair);
        if (n != 2) {
            gp_err_format(t, &gp_exc_ValueError,
                          "dictionary update sequence element #%zd has length %zd; 2 is required",
                          i, n);
            gp_decref(pair);
            goto fail;
        }
        gp_obj **kv = gp_tuple_check(pair) ? gp_tuple_items(pair) : gp_list_items(pair);
        gp_obj *key = gp_newref(kv[0]), *value = gp_newref(kv[1]);
        gp_decref(pair);
        int r = gp_dict_set(t, d, key, value);
        gp_decref(key);
        gp_decref(value);
        if (r < 0) goto fail;
        gp_decref(item);
    }
    gp_decref(it);
    return gp_err_occurred(t) ? -1 : 0;
fail:
    gp_decref(item);
    gp_decref(it);
    return -1;
}

int gp_dict_update(gp_thread *t, gp_obj *d, gp_obj *other) {
    if (plain_dict(other)) return merge_dict(t, D(d), other, 1);
    static gp_obj *keys_name;
    if (!keys_name) keys_name = gp_str_intern_cstr_borrow(t, "keys");
    gp_obj *keys;
    int has = gp_obj_lookup_attr(t, other, keys_name, &keys);
    if (has < 0) return -1;
    if (has) {
        gp_decref(keys);
        return gp_dict_merge(t, d, other, 1);
    }
    return merge_pairs(t, d, other);
}

/* The keys (what 0), values (1) or pairs (2) as a new list, read in one
   state of the dict.  The list is made outside the lock and, should the
   dict have grown meanwhile, made again. */
static gp_obj *entries_list(gp_thread *t, gp_obj *d, int what) {
    for (;;) {
        gp_ssize n = gp_dict_size(d);
        gp_obj *list = gp_list_new(t, n);
        if (!list) return NULL;
        gp_obj_lock(d);
        if (D(d)->used != n) {
            gp_obj_unlock(d);
            /* Items are NULL: the list is freed without touching them. */
            gp_decref(list);
            continue;
        }
        keys_t *k = D(d)->keys;
        entry *e = keys_entries(k);
        gp_ssize j = 0;
        int failed = 0;
        for (gp_ssize i = 0; i < k->nentries; i++) {
            if (!e[i].key) continue;
            gp_obj *v;
            if (what == 0) {
                v = gp_newref(e[i].key);
            } else if (what == 1) {
                v = gp_newref(e[i].value);
            } else {
                v = gp_tuple_pack(t, 2, e[i].key, e[i].value);
                if (!v) {
                    failed = 1;
                    break;
                }
            }
            gp_list_items(list)[j++] = v;
        }
        gp_obj_unlock(d);
        if (failed) {
            /* Fill the rest so the list can be released safely. */
            for (gp_ssize r = j; r < n; r++) gp_list_items(list)[r] = GP_NONE;
            gp_decref(list);
            return NULL;
        }
        return list;
    }
}

gp_obj *gp_dict_keys_list(gp_thread *t, gp_obj *d) { return entries_list(t, d, 0); }
gp_obj *gp_dict_values_list(gp_thread *t, gp_obj *d) { return entries_list(t, d, 1); }
gp_obj *gp_dict_items_list(gp_thread *t, gp_obj *d) { return entries_list(t, d, 2); }

gp_obj *gp_dict_subscript(gp_thread *t, gp_obj *d, gp_obj *key) {
    gp_hash hash = hash_of(t, key);
    if (hash == -1) return NULL;
    gp_obj *v;
    gp_ssize ix = read_lookup(t, D(d), key, hash, &v);
    if (ix == LOOKUP_ERROR) return NULL;
    if (v) return gp_newref(v);
    if (!gp_dict_check_exact(d)) {
        static gp_obj *missing_name;
        if (!missing_name) missing_name = gp_str_intern_cstr_borrow(t, "__missing__");
        gp_obj *missing = gp_obj_lookup_special(t, d, missing_name);
        if (missing) {
            gp_obj *res = gp_call1(t, missing, key);
            gp_decref(missing);
            return res;
        }
        if (gp_err_occurred(t)) return NULL;
    }
    raise_key_error(t, key);
    return NULL;
}

/* dict.setdefault in one step under the lock; a new reference. */
gp_obj *gp_dict_setdefault_ref(gp_thread *t, gp_obj *d, gp_obj *key, gp_obj *dflt) {
    gp_hash hash = hash_of(t, key);
    if (hash == -1) return NULL;
    gp_obj_lock(d);
    gp_ssize ix = lookup(t, D(d), key, hash);
    gp_obj *v = NULL;
    if (ix >= 0) {
        v = gp_newref(keys_entries(D(d)->keys)[ix].value);
    } else if (ix == EMPTY) {
        gp_incref(key);
        gp_incref(dflt);
        if (insert_new(t, D(d), key, hash, dflt) == 0) v = gp_newref(dflt);
    }
    gp_obj_unlock(d);
    return v;
}

gp_obj *gp_dict_setdefault_borrow(gp_thread *t, gp_obj *d, gp_obj *key, gp_obj *dflt) {
    gp_obj *v = gp_dict_setdefault_ref(t, d, key, dflt);
    if (v) gp_decref(v);
    return v;
}

/* ------------------------------------------------------------------ slots */

static void dict_dealloc(gp_obj *o) {
    if (gp_containers_trash_begin(o)) return;
    gp_gc_untrack(o);
    keys_t *k = D(o)->keys;
    entry *e = keys_entries(k);
    for (gp_ssize i = 0; i < k->nentries; i++) {
        if (e[i].key) {
            gp_decref(e[i].key);
            gp_decref(e[i].value);
        }
    }
    keys_free(k);
    gp_obj_free(o);
    gp_containers_trash_end();
}

static int dict_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    keys_t *k = D(o)->keys;
    entry *e = keys_entries(k);
    for (gp_ssize i = 0; i < k->nentries; i++) {
        if (!e[i].key) continue;
        if (!gp_is_small(e[i].key)) {
            int r = visit(e[i].key, arg);
            if (r) return r;
        }
        if (!gp_is_small(e[i].value)) {
            int r = visit(e[i].value, arg);
            if (r) return r;
        }
    }
    return 0;
}

static int dict_tp_clear(gp_obj *o) {
    clear_all(gp_thread_current(), D(o));
    return 0;
}

/* The first live entry at or after *pos, as new references taken under
   the lock; 0 at the end. */
int gp_dict_next_hash_ref(gp_obj *d, gp_ssize *pos, gp_obj **key, gp_obj **value,
                          gp_hash *hash) {
    gp_obj_lock(d);
    keys_t *k = D(d)->keys;
    entry *e = keys_entries(k);
    gp_ssize i = *pos;
    while (i < k->nentries && !e[i].key) i++;
    int found = i < k->nentries;
    if (found) {
        *key = gp_newref(e[i].key);
        *value = gp_newref(e[i].value);
        if (hash) *hash = e[i].hash;
        *pos = i + 1;
    }
    gp_obj_unlock(d);
    return found;
}

static gp_obj *dict_repr(gp_thread *t, gp_obj *self) {
    if (gp_dict_size(self) == 0) return gp_str_from_cstr(t, "{}");
    int r = gp_containers_repr_enter(t, self);
    if (r != 0) return r > 0 ? gp_str_from_cstr(t, "{...}") : NULL;
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_strbuf_append_char(&b, '{');
    int first = 1;
    gp_ssize pos = 0;
    gp_obj *key, *value;
    while (gp_dict_next_hash_ref(self, &pos, &key, &value, NULL)) {
        if (!first) gp_strbuf_append(&b, ", ", 2);
        first = 0;
        int rr = gp_strbuf_append_repr(t, &b, key);
        if (rr == 0) {
            gp_strbuf_append(&b, ": ", 2);
            rr = gp_strbuf_append_repr(t, &b, value);
        }
        gp_decref(key);
        gp_decref(value);
        if (rr < 0) goto error;
    }
    gp_strbuf_append_char(&b, '}');
    gp_containers_repr_leave(t, self);
    return gp_strbuf_finish(t, &b);
error:
    gp_containers_repr_leave(t, self);
    gp_strbuf_free(&b);
    return NULL;
}

static int dict_equal(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (gp_dict_size(a) != gp_dict_size(b)) return 0;
    gp_ssize pos = 0;
    gp_obj *key, *av;
    gp_hash hash;
    while (gp_dict_next_hash_ref(a, &pos, &key, &av, &hash)) {
        gp_obj *bv = gp_dict_get_hash_ref(t, b, key, hash);
        int r;
        if (!bv) {
            r = gp_err_occurred(t) ? -1 : 0;
        } else {
            r = gp_obj_richcompare_bool(t, av, bv, GP_EQ);
            gp_decref(bv);
        }
        gp_decref(key);
        gp_decref(av);
        if (r <= 0) return r;
    }
    return 1;
}

static gp_obj *dict_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if (!gp_dict_check(a) || !gp_dict_check(b) || (op != GP_EQ && op != GP_NE))
        return GP_NOTIMPLEMENTED;
    int r = dict_equal(t, a, b);
    if (r < 0) return NULL;
    return gp_bool_from(op == GP_EQ ? r : !r);
}

static gp_ssize dict_length(gp_thread *t, gp_obj *self) { return gp_dict_size(self); }

static int dict_ass_subscript(gp_thread *t, gp_obj *self, gp_obj *key, gp_obj *v) {
    if (v) return gp_dict_set(t, self, key, v);
    return gp_dict_del(t, self, key);
}

static int dict_contains_slot(gp_thread *t, gp_obj *self, gp_obj *key) {
    return gp_dict_contains(t, self, key);
}

static gp_obj *dict_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    return dict_alloc(t, type);
}

/* The keyword arguments of a call, merged into d. */
static int merge_kwargs(gp_thread *t, gp_obj *d, gp_obj *const *kwvalues, gp_obj *kwnames) {
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    for (gp_ssize i = 0; i < nkw; i++)
        if (gp_dict_set(t, d, gp_tuple_items(kwnames)[i], kwvalues[i]) < 0) return -1;
    return 0;
}

static int update_common(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames, const char *name) {
    if (nargs > 1) {
        gp_err_format(t, &gp_exc_TypeError, "%s expected at most 1 argument, got %zd", name,
                      nargs);
        return -1;
    }
    if (nargs == 1 && gp_dict_update(t, self, args[0]) < 0) return -1;
    return merge_kwargs(t, self, args + nargs, kwnames);
}

static int dict_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                     gp_obj *kwnames) {
    return update_common(t, self, args, nargs, kwnames, "dict");
}

static gp_obj *dict_or(gp_thread *t, gp_obj *a, gp_obj *b) {
    if (!gp_dict_check(a) || !gp_dict_check(b)) return GP_NOTIMPLEMENTED;
    gp_obj *res = gp_dict_copy(t, a);
    if (!res) return NULL;
    if (gp_dict_update(t, res, b) < 0) {
        gp_decref(res);
        return NULL;
    }
    return res;
}

static gp_obj *dict_ior(gp_thread *t, gp_obj *self, gp_obj *other) {
    if (gp_dict_update(t, self, other) < 0) return NULL;
    return gp_newref(self);
}

/* ---------------------------------------------------------------- methods */

static int check_args(gp_thread *t, const char *name, gp_ssize nargs, gp_obj *kwnames,
                      gp_ssize min, gp_ssize max) {
    if (gp_args_no_kw(t, name, kwnames) < 0) return -1;
    if (nargs < min) {
        gp_err_format(t, &gp_exc_TypeError, "%s expected at least %zd argument%s, got %zd", name,
                      min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        gp_err_format(t, &gp_exc_TypeError, "%s expected at most %zd argument%s, got %zd", name,
                      max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static int no_args(gp_thread *t, const char *name, gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, name, kwnames) < 0) return -1;
    if (nargs != 0) {
        gp_err_format(t, &gp_exc_TypeError, "%s() takes no arguments (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

static int exactly_one(gp_thread *t, const char *name, gp_ssize nargs, gp_obj *kwnames) {
    if (gp_args_no_kw(t, name, kwnames) < 0) return -1;
    if (nargs != 1) {
        gp_err_format(t, &gp_exc_TypeError, "%s() takes exactly one argument (%zd given)", name,
                      nargs);
        return -1;
    }
    return 0;
}

static gp_obj *m_get(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                     gp_obj *kwnames) {
    if (check_args(t, "get", nargs, kwnames, 1, 2) < 0) return NULL;
    gp_obj *v = gp_dict_get_ref(t, self, args[0]);
    if (v) return v;
    if (gp_err_occurred(t)) return NULL;
    return gp_newref(nargs > 1 ? args[1] : GP_NONE);
}

static gp_obj *m_setdefault(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    if (check_args(t, "setdefault", nargs, kwnames, 1, 2) < 0) return NULL;
    return gp_dict_setdefault_ref(t, self, args[0], nargs > 1 ? args[1] : GP_NONE);
}

static gp_obj *m_pop(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                     gp_obj *kwnames) {
    if (check_args(t, "pop", nargs, kwnames, 1, 2) < 0) return NULL;
    gp_obj *v;
    int r = gp_dict_pop(t, self, args[0], &v);
    if (r < 0) return NULL;
    if (r) return v;
    if (nargs > 1) return gp_newref(args[1]);
    raise_key_error(t, args[0]);
    return NULL;
}

static gp_obj *m_popitem(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (no_args(t, "dict.popitem", nargs, kwnames) < 0) return NULL;
    gp_dict *d = D(self);
    gp_obj *res = gp_tuple_new(t, 2);
    if (!res) return NULL;
    gp_obj_lock(self);
    if (d->used == 0) {
        gp_obj_unlock(self);
        /* The tuple's items are NULL: freeing it touches nothing. */
        gp_decref(res);
        gp_err_set_str(t, &gp_exc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    keys_t *k = d->keys;
    gp_ssize i = k->nentries - 1;
    while (!keys_entries(k)[i].key) i--;
    gp_obj *key, *value;
    delete_entry(d, i, &key, &value);
    int shared = is_shared(d);
    /* The freed entry at the end can be reused by the next insertion,
       except where lock-free readers may still be looking at it. */
    if (!shared) k->nentries = i;
    gp_obj_unlock(self);
    hand_out(t, shared, key);
    hand_out(t, shared, value);
    gp_tuple_items(res)[0] = key;
    gp_tuple_items(res)[1] = value;
    return res;
}

static gp_obj *make_view(gp_thread *t, gp_obj *d, gp_type *type);

static gp_obj *m_keys(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                      gp_obj *kwnames) {
    if (no_args(t, "dict.keys", nargs, kwnames) < 0) return NULL;
    return make_view(t, self, &gp_dict_keys_type);
}

static gp_obj *m_values(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (no_args(t, "dict.values", nargs, kwnames) < 0) return NULL;
    return make_view(t, self, &gp_dict_values_type);
}

static gp_obj *m_items(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (no_args(t, "dict.items", nargs, kwnames) < 0) return NULL;
    return make_view(t, self, &gp_dict_items_type);
}

static gp_obj *m_update(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (update_common(t, self, args, nargs, kwnames, "update") < 0) return NULL;
    return GP_NONE;
}

static gp_obj *m_fromkeys(gp_thread *t, gp_obj *cls, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    if (check_args(t, "fromkeys", nargs, kwnames, 1, 2) < 0) return NULL;
    gp_obj *iterable = args[0];
    gp_obj *value = nargs > 1 ? args[1] : GP_NONE;
    gp_obj *d = gp_call0(t, cls);
    if (!d) return NULL;
    if (gp_dict_check_exact(d) && (gp_dict_check_exact(iterable) || gp_anyset_check_exact(iterable))) {
        gp_ssize n = gp_dict_check_exact(iterable) ? gp_dict_size(iterable) : gp_set_size(iterable);
        gp_obj_lock(d);
        int rr = D(d)->used == 0 && n > D(d)->keys->usable ? resize(t, D(d), (n * 3 + 1) / 2) : 0;
        gp_obj_unlock(d);
        if (rr < 0) goto error;
        gp_ssize pos = 0;
        gp_obj *key;
        if (gp_dict_check_exact(iterable)) {
            gp_hash hash;
            gp_obj *v;
            while (gp_dict_next_hash_ref(iterable, &pos, &key, &v, &hash)) {
                int r = set_with_hash(t, D(d), key, hash, value, NULL);
                gp_decref(key);
                gp_decref(v);
                if (r < 0) goto error;
            }
        } else {
            while (gp_set_next(iterable, &pos, &key))
                if (gp_dict_set(t, d, key, value) < 0) goto error;
        }
        return d;
    }
    gp_obj *it = gp_obj_getiter(t, iterable);
    if (!it) goto error;
    gp_obj *key;
    while ((key = gp_iter_next(t, it))) {
        int r = gp_dict_check_exact(d) ? gp_dict_set(t, d, key, value)
                                       : gp_obj_setitem(t, d, key, value);
        gp_decref(key);
        if (r < 0) {
            gp_decref(it);
            goto error;
        }
    }
    gp_decref(it);
    if (gp_err_occurred(t)) goto error;
    return d;
error:
    gp_decref(d);
    return NULL;
}

static gp_obj *m_clear(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    if (no_args(t, "dict.clear", nargs, kwnames) < 0) return NULL;
    clear_all(t, D(self));
    return GP_NONE;
}

static gp_obj *m_copy(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                      gp_obj *kwnames) {
    if (no_args(t, "dict.copy", nargs, kwnames) < 0) return NULL;
    return gp_dict_copy(t, self);
}

static gp_obj *m_contains(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    if (exactly_one(t, "dict.__contains__", nargs, kwnames) < 0) return NULL;
    int r = gp_dict_contains(t, self, args[0]);
    if (r < 0) return NULL;
    return gp_bool_from(r);
}

static gp_obj *m_getitem(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (exactly_one(t, "dict.__getitem__", nargs, kwnames) < 0) return NULL;
    return gp_dict_subscript(t, self, args[0]);
}

static gp_obj *new_dictiter(gp_thread *t, gp_obj *d, gp_type *type);

static gp_obj *m_reversed(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    if (no_args(t, "dict.__reversed__", nargs, kwnames) < 0) return NULL;
    return new_dictiter(t, self, &gp_dict_revkeyiter_type);
}

static gp_obj *m_sizeof(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    gp_ssize n = (gp_ssize)sizeof(gp_dict);
    gp_obj_lock(self);
    keys_t *k = D(self)->keys;
    if (k != EMPTY_KEYS)
        n += (gp_ssize)(sizeof(keys_t) + (keys_size(k) << k->log2_width) +
                        (size_t)usable_fraction((gp_ssize)keys_size(k)) * sizeof(entry));
    gp_obj_unlock(self);
    return gp_int_from_ssize(t, n);
}

static const gp_method_def dict_methods[] = {
    {"__contains__", m_contains, GP_METH_COEXIST, "True if the dictionary has the specified key, else False."},
    {"__getitem__", m_getitem, GP_METH_COEXIST, "x.__getitem__(y) <==> x[y]"},
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the dict keys."},
    {"__sizeof__", m_sizeof, 0, NULL},
    {"get", m_get, 0, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, 0, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", m_pop, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", m_popitem, 0, "Remove and return a (key, value) pair as a 2-tuple."},
    {"keys", m_keys, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", m_items, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"values", m_values, 0, "D.values() -> an object providing a view on D's values"},
    {"update", m_update, 0, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"fromkeys", m_fromkeys, GP_METH_CLASS, "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", m_clear, 0, "D.clear() -> None.  Remove all items from D."},
    {"copy", m_copy, 0, "D.copy() -> a shallow copy of D"},
    {"__class_getitem__", gp_class_getitem, GP_METH_CLASS, "See PEP 585"},
    {NULL}
};

static gp_sequence_methods dict_as_sequence = {
    .contains = dict_contains_slot,
};

static gp_mapping_methods dict_as_mapping = {
    .length = dict_length,
    .subscript = gp_dict_subscript,
    .ass_subscript = dict_ass_subscript,
};

static gp_number_methods dict_as_number = {
    .or_ = dict_or,
    .inplace_or = dict_ior,
};

gp_type gp_dict_type = {
    GP_TYPE_HEAD,
    .name = "dict",
    .basicsize = sizeof(gp_dict),
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_DICT_SUBCLASS | GP_TPFLAGS_HAVE_GC |
             GP_TPFLAGS_MAPPING,
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .new_ = dict_new,
    .init = dict_init,
    .traverse = dict_traverse,
    .clear = dict_tp_clear,
    .as_number = &dict_as_number,
    .as_sequence = &dict_as_sequence,
    .as_mapping = &dict_as_mapping,
    .methods = dict_methods,
    .doc = "dict() -> new empty dictionary",
};

/* -------------------------------------------------------------- iterators */

typedef struct {
    gp_obj base;
    gp_obj *dict;   /* NULL once exhausted */
    gp_ssize used;  /* the size the dict had when iteration started */
    gp_ssize pos;   /* next entry to look at (reversed: from the end) */
    gp_ssize len;   /* items left to produce */
    gp_obj *result; /* items iterators: a pair tuple to reuse */
} dictiter;

static gp_obj *new_dictiter(gp_thread *t, gp_obj *d, gp_type *type) {
    dictiter *it = (dictiter *)gp_obj_alloc(t, type, 0);
    if (!it) return NULL;
    it->dict = gp_newref(d);
    int reversed = type == &gp_dict_revkeyiter_type || type == &gp_dict_revvalueiter_type ||
                   type == &gp_dict_revitemiter_type;
    gp_obj_lock(d);
    it->used = D(d)->used;
    it->len = D(d)->used;
    it->pos = reversed ? D(d)->keys->nentries - 1 : 0;
    gp_obj_unlock(d);
    if (type == &gp_dict_itemiter_type || type == &gp_dict_revitemiter_type) {
        it->result = gp_tuple_pack(t, 2, GP_NONE, GP_NONE);
        if (!it->result) {
            gp_decref((gp_obj *)it);
            return NULL;
        }
    }
    gp_gc_track((gp_obj *)it);
    return (gp_obj *)it;
}

static gp_obj *dict_iter(gp_thread *t, gp_obj *self) {
    return new_dictiter(t, self, &gp_dict_keyiter_type);
}

static void dictiter_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_xdecref(((dictiter *)o)->dict);
    gp_xdecref(((dictiter *)o)->result);
    gp_obj_free(o);
}

static int dictiter_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    dictiter *it = (dictiter *)o;
    if (it->dict) {
        int r = visit(it->dict, arg);
        if (r) return r;
    }
    return it->result ? visit(it->result, arg) : 0;
}

static gp_obj *self_iter(gp_thread *t, gp_obj *o) { return gp_newref(o); }

/* The next live entry in iteration order as new references to its key and
   value (either pointer may be NULL when not wanted): 1, or 0 at the end or
   on error.  The iterator's fields change only under the dict's lock, and
   once threads run an exhausted iterator keeps its dict (with used set to
   -2) so that a thread sharing the iterator never reads a dropped one. */
static int dictiter_step(gp_thread *t, dictiter *it, int reversed, gp_obj **key,
                         gp_obj **value) {
    gp_obj *d = it->dict;
    if (!d) return 0;
    gp_obj_lock(d);
    if (it->used == -2) {
        gp_obj_unlock(d);
        return 0;
    }
    if (it->used != D(d)->used) {
        it->used = -1; /* keep failing */
        gp_obj_unlock(d);
        gp_err_set_str(t, &gp_exc_RuntimeError, "dictionary changed size during iteration");
        return 0;
    }
    keys_t *k = D(d)->keys;
    entry *e = keys_entries(k);
    gp_ssize i = it->pos;
    if (reversed) {
        if (i >= k->nentries) i = k->nentries - 1;
        while (i >= 0 && !e[i].key) i--;
        if (i < 0) goto done;
        it->pos = i - 1;
    } else {
        while (i < k->nentries && !e[i].key) i++;
        if (i >= k->nentries) goto done;
        it->pos = i + 1;
    }
    if (it->len == 0) {
        it->used = -2;
        gp_obj_unlock(d);
        gp_err_set_str(t, &gp_exc_RuntimeError, "dictionary keys changed during iteration");
        goto drop;
    }
    it->len--;
    if (key) *key = gp_newref(e[i].key);
    if (value) *value = gp_newref(e[i].value);
    gp_obj_unlock(d);
    return 1;
done:
    it->used = -2;
    gp_obj_unlock(d);
drop:
    if (!gp_is_threaded()) {
        it->dict = NULL;
        gp_decref(d);
    }
    return 0;
}

static gp_obj *keyiter_next(gp_thread *t, gp_obj *o) {
    gp_obj *key;
    return dictiter_step(t, (dictiter *)o, 0, &key, NULL) ? key : NULL;
}

static gp_obj *valueiter_next(gp_thread *t, gp_obj *o) {
    gp_obj *value;
    return dictiter_step(t, (dictiter *)o, 0, NULL, &value) ? value : NULL;
}

/* A pair (key, value) from two new references, reusing the last pair when
   nobody else holds it (only while no other thread runs: a shared iterator
   could otherwise hand the same tuple to two threads at once). */
static gp_obj *make_pair(gp_thread *t, dictiter *it, gp_obj *key, gp_obj *value) {
    gp_obj *res = it->result;
    if (!gp_is_threaded() && gp_refcnt(res) == 1) {
        gp_obj **items = gp_tuple_items(res);
        gp_obj *ok = items[0], *ov = items[1];
        items[0] = key;
        items[1] = value;
        gp_decref(ok);
        gp_decref(ov);
        return gp_newref(res);
    }
    res = gp_tuple_new(t, 2);
    if (!res) {
        gp_decref(key);
        gp_decref(value);
        return NULL;
    }
    gp_tuple_items(res)[0] = key;
    gp_tuple_items(res)[1] = value;
    return res;
}

static gp_obj *itemiter_next(gp_thread *t, gp_obj *o) {
    gp_obj *key, *value;
    if (!dictiter_step(t, (dictiter *)o, 0, &key, &value)) return NULL;
    return make_pair(t, (dictiter *)o, key, value);
}

static gp_obj *revkeyiter_next(gp_thread *t, gp_obj *o) {
    gp_obj *key;
    return dictiter_step(t, (dictiter *)o, 1, &key, NULL) ? key : NULL;
}

static gp_obj *revvalueiter_next(gp_thread *t, gp_obj *o) {
    gp_obj *value;
    return dictiter_step(t, (dictiter *)o, 1, NULL, &value) ? value : NULL;
}

static gp_obj *revitemiter_next(gp_thread *t, gp_obj *o) {
    gp_obj *key, *value;
    if (!dictiter_step(t, (dictiter *)o, 1, &key, &value)) return NULL;
    return make_pair(t, (dictiter *)o, key, value);
}

static gp_obj *dictiter_length_hint(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                    gp_ssize nargs, gp_obj *kwnames) {
    dictiter *it = (dictiter *)self;
    gp_obj *d = it->dict;
    gp_ssize n = 0;
    if (d) {
        gp_obj_lock(d);
        n = it->used == D(d)->used ? it->len : 0;
        gp_obj_unlock(d);
    }
    return gp_int_from_ssize(t, n);
}

static const gp_method_def dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, NULL},
    {NULL}
};

gp_type gp_dict_keyiter_type = {
    GP_TYPE_HEAD,
    .name = "dict_keyiterator",
    .basicsize = sizeof(dictiter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = dictiter_dealloc,
    .iter = self_iter,
    .iternext = keyiter_next,
    .traverse = dictiter_traverse,
    .methods = dictiter_methods,
};

gp_type gp_dict_valueiter_type = {
    GP_TYPE_HEAD,
    .name = "dict_valueiterator",
    .basicsize = sizeof(dictiter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = dictiter_dealloc,
    .iter = self_iter,
    .iternext = valueiter_next,
    .traverse = dictiter_traverse,
    .methods = dictiter_methods,
};

gp_type gp_dict_itemiter_type = {
    GP_TYPE_HEAD,
    .name = "dict_itemiterator",
    .basicsize = sizeof(dictiter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = dictiter_dealloc,
    .iter = self_iter,
    .iternext = itemiter_next,
    .traverse = dictiter_traverse,
    .methods = dictiter_methods,
};

gp_type gp_dict_revkeyiter_type = {
    GP_TYPE_HEAD,
    .name = "dict_reversekeyiterator",
    .basicsize = sizeof(dictiter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = dictiter_dealloc,
    .iter = self_iter,
    .iternext = revkeyiter_next,
    .traverse = dictiter_traverse,
    .methods = dictiter_methods,
};

gp_type gp_dict_revvalueiter_type = {
    GP_TYPE_HEAD,
    .name = "dict_reversevalueiterator",
    .basicsize = sizeof(dictiter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = dictiter_dealloc,
    .iter = self_iter,
    .iternext = revvalueiter_next,
    .traverse = dictiter_traverse,
    .methods = dictiter_methods,
};

gp_type gp_dict_revitemiter_type = {
    GP_TYPE_HEAD,
    .name = "dict_reverseitemiterator",
    .basicsize = sizeof(dictiter),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = dictiter_dealloc,
    .iter = self_iter,
    .iternext = revitemiter_next,
    .traverse = dictiter_traverse,
    .methods = dictiter_methods,
};

/* ------------------------------------------------------------------ views */

typedef struct {
    gp_obj base;
    gp_obj *dict;
} dictview;

#define VIEW_DICT(o) (((dictview *)(o))->dict)

/* A list of what iterating o gives, read in one state of the dict, when o
   is an exact dict or a keys, values or items view of one; NULL without an
   exception when o is something else.  list(d), tuple(d.items()) and the
   like use it while other threads run, so that they see the dict whole (as
   CPython's free-threaded build does) instead of failing with "dictionary
   changed size during iteration". */
gp_obj *gp_dict_snapshot_list(gp_thread *t, gp_obj *o) {
    if (gp_is_small(o)) return NULL;
    gp_type *tp = o->ob_type;
    if (tp == &gp_dict_type) return entries_list(t, o, 0);
    int what = tp == &gp_dict_keys_type ? 0 : tp == &gp_dict_values_type ? 1
             : tp == &gp_dict_items_type ? 2 : -1;
    if (what < 0) return NULL;
    gp_obj *d = VIEW_DICT(o);
    if (!gp_dict_check_exact(d)) return NULL;
    return entries_list(t, d, what);
}

static gp_obj *make_view(gp_thread *t, gp_obj *d, gp_type *type) {
    dictview *v = (dictview *)gp_obj_alloc(t, type, 0);
    if (!v) return NULL;
    v->dict = gp_newref(d);
    gp_gc_track((gp_obj *)v);
    return (gp_obj *)v;
}

static void view_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_decref(VIEW_DICT(o));
    gp_obj_free(o);
}

static int view_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    return visit(VIEW_DICT(o), arg);
}

static gp_ssize view_length(gp_thread *t, gp_obj *self) { return gp_dict_size(VIEW_DICT(self)); }

static gp_obj *view_repr(gp_thread *t, gp_obj *self) {
    int r = gp_containers_repr_enter(t, self);
    if (r != 0) return r > 0 ? gp_str_from_cstr(t, "...") : NULL;
    gp_obj *res = NULL;
    gp_obj *list = gp_list_from_iterable(t, self);
    if (list) {
        res = gp_str_from_format(t, "%s(%R)", gp_type_name(gp_typeof(self)), list);
        gp_decref(list);
    }
    gp_containers_repr_leave(t, self);
    return res;
}

static gp_obj *keys_iter(gp_thread *t, gp_obj *self) {
    return new_dictiter(t, VIEW_DICT(self), &gp_dict_keyiter_type);
}
static gp_obj *values_iter(gp_thread *t, gp_obj *self) {
    return new_dictiter(t, VIEW_DICT(self), &gp_dict_valueiter_type);
}
static gp_obj *items_iter(gp_thread *t, gp_obj *self) {
    return new_dictiter(t, VIEW_DICT(self), &gp_dict_itemiter_type);
}

static gp_obj *keys_reversed(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    return new_dictiter(t, VIEW_DICT(self), &gp_dict_revkeyiter_type);
}
static gp_obj *values_reversed(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                               gp_obj *kwnames) {
    return new_dictiter(t, VIEW_DICT(self), &gp_dict_revvalueiter_type);
}
static gp_obj *items_reversed(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    return new_dictiter(t, VIEW_DICT(self), &gp_dict_revitemiter_type);
}

static int keys_contains(gp_thread *t, gp_obj *self, gp_obj *key) {
    return gp_dict_contains(t, VIEW_DICT(self), key);
}

static int items_contains(gp_thread *t, gp_obj *self, gp_obj *item) {
    if (!gp_tuple_check(item) || gp_tuple_size(item) != 2) return 0;
    gp_obj *key = gp_tuple_items(item)[0], *value = gp_tuple_items(item)[1];
    gp_obj *found = gp_dict_get_ref(t, VIEW_DICT(self), key);
    if (!found) return gp_err_occurred(t) ? -1 : 0;
    int r = gp_obj_richcompare_bool(t, found, value, GP_EQ);
    gp_decref(found);
    return r;
}

static int is_setlike_view(gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    return tp == &gp_dict_keys_type || tp == &gp_dict_items_type;
}

/* Is every item of a also in b? */
static int all_contained_in(gp_thread *t, gp_obj *a, gp_obj *b) {
    gp_obj *it = gp_obj_getiter(t, a);
    if (!it) return -1;
    int ok = 1;
    gp_obj *item;
    while ((item = gp_iter_next(t, it))) {
        ok = gp_seq_contains(t, b, item);
        gp_decref(item);
        if (ok <= 0) break;
    }
    gp_decref(it);
    if (ok > 0 && gp_err_occurred(t)) ok = -1;
    return ok;
}

static gp_obj *view_richcompare(gp_thread *t, gp_obj *self, gp_obj *other, int op) {
    if (!gp_set_check(other) && !is_setlike_view(other)) return GP_NOTIMPLEMENTED;
    gp_ssize na = gp_obj_len(t, self);
    if (na < 0) return NULL;
    gp_ssize nb = gp_obj_len(t, other);
    if (nb < 0) return NULL;
    int ok = 0;
    switch (op) {
    case GP_EQ:
    case GP_NE:
        if (na == nb) ok = all_contained_in(t, self, other);
        if (op == GP_NE && ok >= 0) ok = !ok;
        break;
    case GP_LT:
        if (na < nb) ok = all_contained_in(t, self, other);
        break;
    case GP_LE:
        if (na <= nb) ok = all_contained_in(t, self, other);
        break;
    case GP_GT:
        if (na > nb) ok = all_contained_in(t, other, self);
        break;
    case GP_GE:
        if (na >= nb) ok = all_contained_in(t, other, self);
        break;
    }
    if (ok < 0) return NULL;
    return gp_bool_from(ok);
}

/* A new set of the items of a view (or of any iterable, for the reflected
   operators). */
static gp_obj *view_to_set(gp_thread *t, gp_obj *o) {
    if (gp_typeof(o) == &gp_dict_keys_type && gp_dict_check_exact(VIEW_DICT(o)))
        return gp_set_new(t, VIEW_DICT(o));
    return gp_set_new(t, o);
}

static gp_obj *view_sub(gp_thread *t, gp_obj *a, gp_obj *b) {
    gp_obj *res = view_to_set(t, a);
    if (res && gp_set_difference_update(t, res, b) < 0) gp_clear(&res);
    return res;
}

static gp_obj *view_or(gp_thread *t, gp_obj *a, gp_obj *b) {
    gp_obj *res = view_to_set(t, a);
    if (res && gp_set_update(t, res, b) < 0) gp_clear(&res);
    return res;
}

static gp_obj *view_xor(gp_thread *t, gp_obj *a, gp_obj *b) {
    gp_obj *res = view_to_set(t, a);
    if (res && gp_set_symmetric_difference_update(t, res, b) < 0) gp_clear(&res);
    return res;
}

static gp_obj *view_and(gp_thread *t, gp_obj *self, gp_obj *other) {
    /* The view may be either operand. */
    if (!is_setlike_view(self)) {
        gp_obj *tmp = self;
        self = other;
        other = tmp;
    }
    gp_ssize nself = gp_dict_size(VIEW_DICT(self));
    if (gp_typeof(other) == &gp_set_type) {
        gp_ssize nother = gp_set_size(other);
        if (nself <= nother) return gp_call_method(t, other, "intersection", &self, 1);
    }
    if (is_setlike_view(other) && gp_dict_size(VIEW_DICT(other)) > nself) {
        gp_obj *tmp = self;
        self = other;
        other = tmp;
    }
    gp_obj *res = gp_set_new(t, NULL);
    if (!res) return NULL;
    gp_obj *it = gp_obj_getiter(t, other);
    if (!it) goto error;
    int (*contains)(gp_thread *, gp_obj *, gp_obj *) =
        gp_typeof(self) == &gp_dict_keys_type ? keys_contains : items_contains;
    gp_obj *item;
    while ((item = gp_iter_next(t, it))) {
        int r = contains(t, self, item);
        if (r > 0) r = gp_set_add(t, res, item);
        gp_decref(item);
        if (r < 0) {
            gp_decref(it);
            goto error;
        }
    }
    gp_decref(it);
    if (gp_err_occurred(t)) goto error;
    return res;
error:
    gp_decref(res);
    return NULL;
}

static gp_obj *view_isdisjoint(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                               gp_obj *kwnames) {
    if (check_args(t, "isdisjoint", nargs, kwnames, 1, 1) < 0) return NULL;
    gp_obj *other = args[0];
    if (other == self) return gp_bool_from(gp_dict_size(VIEW_DICT(self)) == 0);
    gp_obj *container = self;
    if (gp_set_check(other) || is_setlike_view(other)) {
        gp_ssize nother = gp_obj_len(t, other);
        if (nother < 0) return NULL;
        if (nother > gp_dict_size(VIEW_DICT(self))) {
            container = other;
            other = self;
        }
    }
    gp_obj *it = gp_obj_getiter(t, other);
    if (!it) return NULL;
    gp_obj *item;
    while ((item = gp_iter_next(t, it))) {
        int r = gp_seq_contains(t, container, item);
        gp_decref(item);
        if (r != 0) {
            gp_decref(it);
            return r < 0 ? NULL : GP_FALSE;
        }
    }
    gp_decref(it);
    if (gp_err_occurred(t)) return NULL;
    return GP_TRUE;
}

static gp_obj *view_mapping(gp_thread *t, gp_obj *self, void *closure) {
    return gp_newref(VIEW_DICT(self));
}

static const gp_getset_def view_getset[] = {
    {"mapping", view_mapping, NULL, "dictionary that this view refers to", NULL},
    {NULL}
};

static const gp_method_def keys_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", keys_reversed, 0, NULL},
    {NULL}
};

static const gp_method_def items_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", items_reversed, 0, NULL},
    {NULL}
};

static const gp_method_def values_methods[] = {
    {"__reversed__", values_reversed, 0, NULL},
    {NULL}
};

static gp_number_methods setview_as_number = {
    .subtract = view_sub,
    .and_ = view_and,
    .xor_ = view_xor,
    .or_ = view_or,
};

static gp_sequence_methods keys_as_sequence = {
    .length = view_length,
    .contains = keys_contains,
};

static gp_sequence_methods items_as_sequence = {
    .length = view_length,
    .contains = items_contains,
};

static gp_sequence_methods values_as_sequence = {
    .length = view_length,
};

gp_type gp_dict_keys_type = {
    GP_TYPE_HEAD,
    .name = "dict_keys",
    .basicsize = sizeof(dictview),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = keys_iter,
    .traverse = view_traverse,
    .as_number = &setview_as_number,
    .as_sequence = &keys_as_sequence,
    .methods = keys_methods,
    .getset = view_getset,
};

gp_type gp_dict_items_type = {
    GP_TYPE_HEAD,
    .name = "dict_items",
    .basicsize = sizeof(dictview),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .richcompare = view_richcompare,
    .iter = items_iter,
    .traverse = view_traverse,
    .as_number = &setview_as_number,
    .as_sequence = &items_as_sequence,
    .methods = items_methods,
    .getset = view_getset,
};

gp_type gp_dict_values_type = {
    GP_TYPE_HEAD,
    .name = "dict_values",
    .basicsize = sizeof(dictview),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = view_dealloc,
    .repr = view_repr,
    .iter = values_iter,
    .traverse = view_traverse,
    .as_sequence = &values_as_sequence,
    .methods = values_methods,
    .getset = view_getset,
};
