/* tuple, list, dict, set/frozenset, range, slice and the iterator types.
   Owned by the containers area (objects/list.c tuple.c dict.c set.c ...). */
#ifndef GP_CONTAINERS_H
#define GP_CONTAINERS_H

#include "object.h"

typedef struct {
    gp_varobj base;       /* base.size: number of items */
    gp_obj *items[1];
} gp_tuple;

/* Containers that can be mutated hold their items out of line so that they
   can grow. */
typedef struct {
    gp_obj base;
    gp_ssize size;
    gp_ssize alloc;
    gp_obj **items;
} gp_list;

/* dict.c owns every field; elsewhere only gp_dict_version reads one. */
typedef struct gp_dict_keys gp_dict_keys;
typedef struct gp_dict {
    gp_obj base;
    gp_ssize used; /* live entries */
    uint64_t version;
    gp_dict_keys *keys;
} gp_dict;
typedef struct gp_set gp_set;   /* layout private to set.c */

typedef struct {
    gp_obj base;
    gp_obj *start, *stop, *step;
} gp_slice;

extern gp_type gp_tuple_type, gp_list_type, gp_dict_type, gp_set_type, gp_frozenset_type;
extern gp_type gp_range_type, gp_slice_type;
extern gp_type gp_enumerate_type, gp_zip_type, gp_map_type, gp_filter_type, gp_reversed_type;
extern gp_type gp_seqiter_type, gp_calliter_type;
extern gp_type gp_dict_keys_type, gp_dict_values_type, gp_dict_items_type;
/* The iterators of the containers (for fast paths in the VM). */
extern gp_type gp_tupleiter_type, gp_listiter_type, gp_listreviter_type;
extern gp_type gp_rangeiter_type, gp_longrangeiter_type, gp_setiter_type;
extern gp_type gp_dict_keyiter_type, gp_dict_valueiter_type, gp_dict_itemiter_type;
extern gp_type gp_dict_revkeyiter_type, gp_dict_revvalueiter_type, gp_dict_revitemiter_type;

static inline int gp_tuple_check(const gp_obj *o) { return !gp_is_small(o) && GP_FAST_CHECK(o, GP_TPFLAGS_TUPLE_SUBCLASS); }
static inline int gp_tuple_check_exact(const gp_obj *o) { return !gp_is_small(o) && o->ob_type == &gp_tuple_type; }
static inline gp_ssize gp_tuple_size(const gp_obj *o) { return ((const gp_varobj *)o)->size; }
static inline gp_obj **gp_tuple_items(gp_obj *o) { return ((gp_tuple *)o)->items; }
static inline gp_obj *gp_tuple_get_borrow(gp_obj *o, gp_ssize i) { return ((gp_tuple *)o)->items[i]; }
static inline int gp_list_check(const gp_obj *o) { return !gp_is_small(o) && GP_FAST_CHECK(o, GP_TPFLAGS_LIST_SUBCLASS); }
static inline int gp_list_check_exact(const gp_obj *o) { return !gp_is_small(o) && o->ob_type == &gp_list_type; }
/* Other threads change the size under the list's lock; a relaxed load reads
   it whole without taking the lock. */
static inline gp_ssize gp_list_size(const gp_obj *o) {
    return __atomic_load_n(&((const gp_list *)o)->size, __ATOMIC_RELAXED);
}
static inline gp_obj **gp_list_items(gp_obj *o) { return ((gp_list *)o)->items; }
static inline gp_obj *gp_list_get_borrow(gp_obj *o, gp_ssize i) { return ((gp_list *)o)->items[i]; }
static inline int gp_dict_check(const gp_obj *o) { return !gp_is_small(o) && GP_FAST_CHECK(o, GP_TPFLAGS_DICT_SUBCLASS); }
static inline int gp_dict_check_exact(const gp_obj *o) { return !gp_is_small(o) && o->ob_type == &gp_dict_type; }
int gp_set_check(const gp_obj *o);       /* set, frozenset or a subclass */
int gp_anyset_check_exact(const gp_obj *o);

/* tuple.  gp_tuple_new leaves the n items NULL, for the caller to fill with
   new references before the tuple escapes. */
gp_obj *gp_tuple_new(gp_thread *t, gp_ssize n);
gp_obj *gp_tuple_pack(gp_thread *t, gp_ssize n, ...);          /* borrowed items */
gp_obj *gp_tuple_from_array(gp_thread *t, gp_obj *const *items, gp_ssize n); /* borrowed */
gp_obj *gp_tuple_from_iterable(gp_thread *t, gp_obj *iterable);
gp_obj *gp_tuple_slice(gp_thread *t, gp_obj *tup, gp_ssize lo, gp_ssize hi);

/* list. */
gp_obj *gp_list_new(gp_thread *t, gp_ssize n);                 /* n NULL items */
int gp_list_append(gp_thread *t, gp_obj *list, gp_obj *v);     /* borrowed */
int gp_list_append_steal(gp_thread *t, gp_obj *list, gp_obj *v);
/* With the list's object lock held by the caller: append v (a new
   reference is taken), and remove and return the last item (NULL, with no
   exception, when the list is empty). */
int gp_list_append_locked(gp_thread *t, gp_obj *list, gp_obj *v);
gp_obj *gp_list_pop_last_locked(gp_thread *t, gp_obj *list);
void gp_list_set_steal(gp_obj *list, gp_ssize i, gp_obj *v);  /* 0 <= i < size */
int gp_list_insert(gp_thread *t, gp_obj *list, gp_ssize i, gp_obj *v);
int gp_list_extend(gp_thread *t, gp_obj *list, gp_obj *iterable);
gp_obj *gp_list_from_iterable(gp_thread *t, gp_obj *iterable);
gp_obj *gp_list_from_array(gp_thread *t, gp_obj *const *items, gp_ssize n); /* borrowed */
gp_obj *gp_list_as_tuple(gp_thread *t, gp_obj *list);
int gp_list_sort(gp_thread *t, gp_obj *list, gp_obj *key, int reverse); /* key may be NULL */
int gp_list_reverse(gp_thread *t, gp_obj *list);
/* list.sort(*args, **kwargs) as called from Python (argument checks and
   messages included): for sorted(), which passes its keywords through. */
gp_obj *gp_list_sort_args(gp_thread *t, gp_obj *list, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames);

/* dict.  Lookups return borrowed values; NULL with no exception set means
   "not present". */
gp_obj *gp_dict_new(gp_thread *t);
gp_obj *gp_dict_get_borrow(gp_thread *t, gp_obj *d, gp_obj *key);
gp_obj *gp_dict_get_str_borrow(gp_thread *t, gp_obj *d, const char *key);
/* The lookups as new references, taken under the dict's lock: the ones to
   use on dicts other threads may change (a borrowed value can be freed by a
   concurrent delete or replacement). */
gp_obj *gp_dict_get_ref(gp_thread *t, gp_obj *d, gp_obj *key);
gp_obj *gp_dict_get_str_ref(gp_thread *t, gp_obj *d, const char *key);
gp_obj *gp_dict_get_hash_ref(gp_thread *t, gp_obj *d, gp_obj *key, gp_hash hash);
/* gp_dict_next with new references. */
int gp_dict_next_ref(gp_obj *d, gp_ssize *pos, gp_obj **key, gp_obj **value);
int gp_dict_next_hash_ref(gp_obj *d, gp_ssize *pos, gp_obj **key, gp_obj **value, gp_hash *hash);
/* dict.setdefault(key, dflt) as one atomic step; a new reference. */
gp_obj *gp_dict_setdefault_ref(gp_thread *t, gp_obj *d, gp_obj *key, gp_obj *dflt);
int gp_dict_set(gp_thread *t, gp_obj *d, gp_obj *key, gp_obj *value);  /* borrowed */
int gp_dict_set_str(gp_thread *t, gp_obj *d, const char *key, gp_obj *value);
int gp_dict_del(gp_thread *t, gp_obj *d, gp_obj *key);               /* KeyError if absent */
/* Remove key and hand its value over (new ref) in *out; 0 if absent (*out NULL), 1 if removed, -1 error. */
int gp_dict_pop(gp_thread *t, gp_obj *d, gp_obj *key, gp_obj **out);
int gp_dict_contains(gp_thread *t, gp_obj *d, gp_obj *key);
gp_ssize gp_dict_size(gp_obj *d);
/* Iterate: start with *pos = 0; returns 0 at the end. Borrowed key/value. */
int gp_dict_next(gp_obj *d, gp_ssize *pos, gp_obj **key, gp_obj **value);
/* dict.update(other): a mapping (keys()+[]) or an iterable of pairs. */
int gp_dict_update(gp_thread *t, gp_obj *d, gp_obj *other);
/* Merge a mapping; override == 0 keeps existing keys; override == 2 raises
   KeyError(key) on a duplicate (for f(**a, **b): the caller turns it into
   the TypeError "f() got multiple values for keyword argument 'key'"). */
int gp_dict_merge(gp_thread *t, gp_obj *d, gp_obj *other, int override);
gp_obj *gp_dict_copy(gp_thread *t, gp_obj *d);
void gp_dict_clear(gp_obj *d);
gp_obj *gp_dict_keys_list(gp_thread *t, gp_obj *d);
/* list(o) in one state of the dict for an exact dict or a view of one;
   NULL with no exception for anything else. */
gp_obj *gp_dict_snapshot_list(gp_thread *t, gp_obj *o);
/* The same for an exact set or frozenset. */
gp_obj *gp_set_snapshot_list(gp_thread *t, gp_obj *o);
gp_obj *gp_dict_values_list(gp_thread *t, gp_obj *d);
gp_obj *gp_dict_items_list(gp_thread *t, gp_obj *d);

/* set / frozenset. */
gp_obj *gp_set_new(gp_thread *t, gp_obj *iterable);         /* iterable may be NULL */
gp_obj *gp_frozenset_new(gp_thread *t, gp_obj *iterable);
int gp_set_add(gp_thread *t, gp_obj *set, gp_obj *key);
int gp_set_discard(gp_thread *t, gp_obj *set, gp_obj *key); /* 1 removed, 0 absent, -1 error */
int gp_set_contains(gp_thread *t, gp_obj *set, gp_obj *key);
gp_ssize gp_set_size(gp_obj *set);
int gp_set_next(gp_obj *set, gp_ssize *pos, gp_obj **key);  /* borrowed */
int gp_set_update(gp_thread *t, gp_obj *set, gp_obj *iterable);

/* slice. */
gp_obj *gp_slice_new(gp_thread *t, gp_obj *start, gp_obj *stop, gp_obj *step); /* borrowed, NULL = None */
/* Read start/stop/step (None -> defaults; __index__ applied) then clip them
   to a sequence of `length`; returns the slice length, -1 on error. */
gp_ssize gp_slice_indices(gp_thread *t, gp_obj *slice, gp_ssize length,
                          gp_ssize *start, gp_ssize *stop, gp_ssize *step);
/* The two halves of gp_slice_indices: unpack may call __index__; adjust is
   plain arithmetic, so a container may do it under its lock. */
int gp_slice_unpack(gp_thread *t, gp_obj *slice, gp_ssize *start, gp_ssize *stop, gp_ssize *step);
gp_ssize gp_slice_adjust(gp_ssize length, gp_ssize *start, gp_ssize *stop, gp_ssize step);

/* Iterators over objects that only have __getitem__, and iter(f, sentinel). */
gp_obj *gp_seqiter_new(gp_thread *t, gp_obj *seq);
gp_obj *gp_calliter_new(gp_thread *t, gp_obj *callable, gp_obj *sentinel);

/* A counter that changes whenever d changes (insert, delete, replace a
   value, clear): the VM's caches of global lookups compare it.  Versions are
   unique across all dicts, so a cache keyed on (dict, version) cannot be
   fooled by a freed dict whose memory is reused.  Inline: every LOAD_GLOBAL
   reads one or two.  Threads read it without the dict's lock: an acquire
   load pairs with the release store of dict.c. */
static inline uint64_t gp_dict_version(gp_obj *d) {
#ifdef GP_FREE_THREADED
    return __atomic_load_n(&((gp_dict *)d)->version, __ATOMIC_ACQUIRE);
#else
    return ((gp_dict *)d)->version;
#endif
}
/* d[key] = value, handing the replaced value (a new reference, or NULL)
   to the caller to drop: for callers that store under another lock, where
   no destructor may run. */
int gp_dict_set_swap(gp_thread *t, gp_obj *d, gp_obj *key, gp_obj *value, gp_obj **old);
/* Mark d as read by many threads (module and class dicts): its lookups
   take no lock once threads run (free-threaded build; see dict.c). */
void gp_dict_share(gp_obj *d);
/* gp_dict_next that also hands out the stored hash of the key. */
int gp_dict_next_hash(gp_obj *d, gp_ssize *pos, gp_obj **key, gp_obj **value, gp_hash *hash);
/* Lookups and stores with the key's hash already known. */
gp_obj *gp_dict_get_hash_borrow(gp_thread *t, gp_obj *d, gp_obj *key, gp_hash hash);
int gp_dict_set_hash(gp_thread *t, gp_obj *d, gp_obj *key, gp_hash hash, gp_obj *value);
/* d[key] with __missing__ for subclasses and KeyError(key): a new reference. */
gp_obj *gp_dict_subscript(gp_thread *t, gp_obj *d, gp_obj *key);
/* d.setdefault(key, dflt): borrowed. */
gp_obj *gp_dict_setdefault_borrow(gp_thread *t, gp_obj *d, gp_obj *key, gp_obj *dflt);
/* A new dict sized for n items. */
gp_obj *gp_dict_new_presized(gp_thread *t, gp_ssize n);

/* The in-place set operations, shared with the set-like dict views. */
int gp_set_intersection_update(gp_thread *t, gp_obj *set, gp_obj *other);
int gp_set_difference_update(gp_thread *t, gp_obj *set, gp_obj *other);
int gp_set_symmetric_difference_update(gp_thread *t, gp_obj *set, gp_obj *other);
void gp_set_clear(gp_obj *set);
gp_obj *gp_set_pop(gp_thread *t, gp_obj *set);   /* KeyError when empty */

/* list[lo:hi] (clipped to the list) as a new list. */
gp_obj *gp_list_getslice(gp_thread *t, gp_obj *list, gp_ssize lo, gp_ssize hi);
/* list[i] with negative i counted from the end: IndexError when out of range. */
gp_obj *gp_list_getitem(gp_thread *t, gp_obj *list, gp_ssize i);
gp_obj *gp_list_pop(gp_thread *t, gp_obj *list, gp_ssize i);

/* range(start, stop, step) from ints (borrowed). */
gp_obj *gp_range_new(gp_thread *t, gp_obj *start, gp_obj *stop, gp_obj *step);

/* Guard a repr() that may meet its own container again: returns 1 when o's
   repr is already being built on this thread (print "[...]" then, and do not
   call leave), 0 after entering, -1 on error. */
int gp_containers_repr_enter(gp_thread *t, gp_obj *o);
void gp_containers_repr_leave(gp_thread *t, gp_obj *o);
/* Deallocators of containers that can nest deeply bracket their work:
     if (gp_containers_trash_begin(o)) return;  ...free...  gp_containers_trash_end();
   begin returns 1 when o was parked to be freed later at a shallow depth. */
int gp_containers_trash_begin(gp_obj *o);
void gp_containers_trash_end(void);

int gp_containers_init(gp_thread *t);

#endif
