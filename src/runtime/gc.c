/* The cycle collector.

   Reference counting frees an object as soon as nothing refers to it, but
   a group of objects that refer to each other in a cycle keeps its counts
   above zero forever.  The collector finds such groups among container
   objects (types with GP_TPFLAGS_HAVE_GC), which are the only ones that can
   be part of a cycle, by trial deletion:

   1. Take the objects of the generations being collected ("young") and
      copy each one's reference count into its gc head.
   2. For every reference from one young object to another (found with the
      type's traverse slot), subtract one from the target's copy.  What is
      left counts the references from outside young: C variables, the value
      stacks of running frames, older objects, non-container objects.
   3. An object whose copy is above zero is reachable, and so is everything
      it reaches.  The rest is garbage held only by itself.
   4. Weak references to the garbage are cleared (their callbacks run),
      then finalizers (__del__) run once per object; since they can store a
      garbage object somewhere (resurrection), steps 1-3 are redone on the
      garbage alone and whatever is reachable again survives.
   5. The type's clear slot of each remaining object drops its references;
      reference counting then frees the cycle.

   A traverse slot must report only references the object owns: reporting a
   borrowed one would subtract a count that was never added and free a live
   object.  Leaving one out is safe (the target just looks externally
   referenced).

   Generations.  New objects start in generation 0; those that survive a
   collection move one generation up.  A collection of generation 0 runs
   when the number of tracked objects grew by more than threshold 0 (700)
   since the last one, of generation 1 after threshold 1 (10) collections of
   generation 0, of generation 2 after 10 of generation 1, but only when the
   objects that reached generation 2 since the last full collection are more
   than a quarter of those it kept (so building a large structure does not
   make collection quadratic).

   When collections run.  Tracking an object only counts it; when a
   collection is due, gp_gc_track sets GP_BREAK_GC in the thread's eval
   breaker and the eval loop calls gp_gc_collect_due between two bytecodes.
   Collecting inside the allocator would be unsafe here: a collection runs
   finalizers and weakref callbacks (arbitrary Python code) and clear slots
   that drop references, and the C code that allocates often holds borrowed
   references or containers in the middle of an update; at a bytecode
   boundary every value the running frames use is owned by their stacks.

   Threads.  The phases that read reference counts (finding the garbage,
   and finding it again after finalizers) run with the world stopped
   (runtime/pstate.h): with the GIL that is holding it, without it every
   other thread is parked at an eval-breaker check or detached in a
   blocking call, so no count changes under the collector.  Weak-reference
   callbacks, finalizers, gc.callbacks and clear slots run with the world
   going again, since they run Python code that may wait for other
   threads; the garbage is on the collector's private lists by then and no
   other thread can reach it (short of a finalizer resurrecting it).  Only
   one collection runs at a time: a thread that asks while another
   collects gets 0 at once, as in CPython.  The generation lists are split
   into shards by address, each behind a spin lock, so that threads
   tracking objects at the same time rarely meet; until a second thread
   runs without the GIL every object stays in shard 0 and no lock is
   taken, and the GIL build has one shard and no lock.

   Tuples of atomic values (numbers, strings, None, tuples no longer
   tracked) that survive a collection stop being tracked, as in CPython:
   they can never be part of a cycle. */
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>

#include "gilpy_core.h"
#include "objects/weakref.h"
#include "runtime/gc.h"
#include "runtime/gil.h"
#include "runtime/qsbr.h"
#include "runtime/spinlock.h"

#define NUM_GENERATIONS 3
#define PERMANENT NUM_GENERATIONS /* gc.freeze(): never collected */

#ifdef GP_FREE_THREADED
#define NSHARDS 32
#define COUNT_BATCH 32
typedef _Atomic gp_ssize gc_counter;
#else
#define NSHARDS 1
#define COUNT_BATCH 1
typedef gp_ssize gc_counter;
#endif

enum {
    DEBUG_STATS = 1 << 0,
    DEBUG_COLLECTABLE = 1 << 1,
    DEBUG_UNCOLLECTABLE = 1 << 2,
    DEBUG_SAVEALL = 1 << 5
};

/* Each shard takes 128 bytes, so that threads working on two shards do
   not share a cache line. */
typedef struct {
    gp_gc_head gens[NUM_GENERATIONS + 1]; /* list heads (sentinels), then PERMANENT */
    gp_ssize pending;                 /* count change not yet added to count0 */
    gp_spinlock lock;
    char pad[128 - ((NUM_GENERATIONS + 1) * sizeof(gp_gc_head) + sizeof(gp_ssize) + sizeof(gp_spinlock)) % 128];
} gc_shard;

typedef struct gp_gc_state {
    gc_shard shards[NSHARDS];
    gc_counter count0;                /* net objects tracked since the last collection */
    gp_ssize counts[NUM_GENERATIONS]; /* [1], [2]: collections of the generation below */
    gp_ssize thresholds[NUM_GENERATIONS];
    gp_ssize long_lived_total;        /* objects kept by the last full collection */
    gp_ssize long_lived_pending;      /* objects that reached generation 2 since */
    _Atomic int enabled;
    _Atomic int collecting;
    _Atomic int debug;
    _Atomic int due;                  /* GP_BREAK_GC was requested */
    gp_obj *garbage;                  /* gc.garbage */
    gp_obj *callbacks;                /* gc.callbacks */
    struct {
        gp_ssize collections, collected, uncollectable;
    } stats[NUM_GENERATIONS];
    gp_weak_table weak;
} gp_gc_state;

/* --------------------------------------------------------- gc head bits */

static inline gp_obj *from_gc(gp_gc_head *g) { return (gp_obj *)(g + 1); }

static inline gp_ssize get_refs(const gp_gc_head *g) { return g->gc_refs >> GP_GC_REFS_SHIFT; }

/* Counts of immortal objects are near 2**60: the scratch field keeps far
   less, which still reads as "referenced from outside". */
static inline void set_refs(gp_gc_head *g, gp_ssize n) {
    if (n > ((gp_ssize)1 << 40)) n = (gp_ssize)1 << 40;
    g->gc_refs = (g->gc_refs & GP_GC_FLAG_MASK) | (n << GP_GC_REFS_SHIFT);
}

int gp_gc_is_finalized(const gp_obj *o) {
    return gp_gc_is_gc(o) && (GP_GC_HEAD(o)->gc_refs & GP_GC_FINALIZED) != 0;
}

void gp_gc_set_finalized(gp_obj *o) {
    if (gp_gc_is_gc(o)) gp_gc_flags_set(GP_GC_HEAD(o), GP_GC_FINALIZED);
}

/* ---------------------------------------------------------------- lists */

/* gc_next is also the tracked flag, read without the list's lock
   (gp_gc_head_tracked): stored with relaxed atomic stores. */
static inline void set_next(gp_gc_head *g, gp_gc_head *next) {
    __atomic_store_n(&g->gc_next, next, __ATOMIC_RELAXED);
}

static inline void list_init(gp_gc_head *h) {
    set_next(h, h);
    h->gc_prev = h;
}
static inline int list_empty(const gp_gc_head *h) { return h->gc_next == h; }

static inline void list_append(gp_gc_head *g, gp_gc_head *h) {
    gp_gc_head *last = h->gc_prev;
    g->gc_prev = last;
    set_next(g, h);
    set_next(last, g);
    h->gc_prev = g;
}

static inline void list_remove(gp_gc_head *g) {
    set_next(g->gc_prev, g->gc_next);
    g->gc_next->gc_prev = g->gc_prev;
    set_next(g, NULL);
    g->gc_prev = NULL;
}

/* Out of its list, without the scratch bits of a collection (by the only
   thread touching the object, or with the world stopped). */
static inline void unlink_clear(gp_gc_head *g) {
    list_remove(g);
    g->gc_refs &= ~(gp_ssize)(GP_GC_COLLECTING | GP_GC_UNREACHABLE);
}

static inline void list_move(gp_gc_head *g, gp_gc_head *to) {
    set_next(g->gc_prev, g->gc_next);
    g->gc_next->gc_prev = g->gc_prev;
    list_append(g, to);
}

/* Append all of `from` to `to`, leaving `from` empty. */
static void list_merge(gp_gc_head *from, gp_gc_head *to) {
    if (list_empty(from)) return;
    gp_gc_head *first = from->gc_next, *last = from->gc_prev;
    gp_gc_head *tail = to->gc_prev;
    set_next(tail, first);
    first->gc_prev = tail;
    set_next(last, to);
    to->gc_prev = last;
    list_init(from);
}

static gp_ssize list_size(const gp_gc_head *h) {
    gp_ssize n = 0;
    for (const gp_gc_head *g = h->gc_next; g != h; g = g->gc_next) n++;
    return n;
}

/* ---------------------------------------------------------------- state */

/* mimalloc gives each thread its own 64 KiB pages, so objects made by
   different threads mostly fall into different shards. */
static inline gc_shard *shard_of(gp_gc_state *s, const gp_obj *o) {
    uintptr_t a = (uintptr_t)o;
    return &s->shards[((a >> 16) ^ (a >> 22)) & (NSHARDS - 1)];
}

/* Until a second thread runs without the GIL, nothing takes the shards'
   locks and every object lives in shard 0's lists; gp_gc_spread_shards
   deals them out by address when that changes. */
static inline gc_shard *home_shard(gp_gc_state *s, const gp_obj *o) {
    return gp_is_threaded() ? shard_of(s, o) : &s->shards[0];
}

gp_gc_state *gp_gc_state_of(gp_interp *in) {
    gp_gc_state *s = in->gc;
    if (s) return s;
    s = gp_mem_calloc(1, sizeof *s);
    if (!s) {
        fprintf(stderr, "gilpy: out of memory creating the collector\n");
        abort();
    }
    for (int i = 0; i < NSHARDS; i++) {
        for (int g = 0; g <= PERMANENT; g++) list_init(&s->shards[i].gens[g]);
        gp_spin_init(&s->shards[i].lock);
    }
    gp_spin_init(&s->weak.lock);
    s->thresholds[0] = 700;
    /* A debugging switch: GILPY_GC_THRESHOLD=1 collects at almost every
       eval-breaker check, which shakes out traverse and clear slots that
       report references wrongly. */
    const char *env = getenv("GILPY_GC_THRESHOLD");
    if (env && *env) s->thresholds[0] = atol(env);
    s->thresholds[1] = 10;
    s->thresholds[2] = 10;
    s->enabled = 1;
    in->gc = s;
    return s;
}

gp_weak_table *gp_gc_weak_table(gp_interp *in) { return &gp_gc_state_of(in)->weak; }

static inline gp_ssize read_count0(gp_gc_state *s) { return s->count0; }

/* Ask for a collection: generation 0 grew past its threshold. */
static __attribute__((noinline)) void ask_collection(gp_thread *t, gp_gc_state *s) {
    gp_ssize threshold = __atomic_load_n(&s->thresholds[0], __ATOMIC_RELAXED);
    if (t && s->enabled && threshold && !s->collecting && !s->due) {
        s->due = 1;
        atomic_fetch_or_explicit(&t->eval_breaker, GP_BREAK_GC, memory_order_release);
    }
}

/* Count one object more (d = 1) or less (d = -1) in generation 0 and ask
   for a collection when the threshold is passed.  Like the exact count,
   the total never goes below zero: frees after a collection must not
   postpone the next one.  One thread adds to the counter directly (a
   plain add, though the counter is atomic); several add in batches per
   shard, with the shard locked. */
static __attribute__((noinline)) void count_batch(gp_thread *t, gp_gc_state *s, gc_shard *sh, int d) {
    sh->pending += d;
    if (sh->pending < COUNT_BATCH && sh->pending > -COUNT_BATCH) return;
    gp_ssize now = (s->count0 += sh->pending);
    if (now < 0) s->count0 = 0;
    sh->pending = 0;
    if (d > 0 && now > __atomic_load_n(&s->thresholds[0], __ATOMIC_RELAXED)) ask_collection(t, s);
}

static inline void count_one(gp_thread *t, gp_gc_state *s, int d) {
    gp_ssize now = __atomic_load_n((gp_ssize *)&s->count0, __ATOMIC_RELAXED);
    if (d < 0 && now == 0) return;
    __atomic_store_n((gp_ssize *)&s->count0, now + d, __ATOMIC_RELAXED);
    if (d > 0 && now + d > __atomic_load_n(&s->thresholds[0], __ATOMIC_RELAXED)) ask_collection(t, s);
}

/* With other threads running, the shard's list changes under its lock.
   Out of line, so that the single-thread path below stays small enough to
   need no saved registers. */
static __attribute__((noinline)) void track_locked(gp_thread *t, gp_gc_state *s, gp_gc_head *g) {
    gc_shard *sh = shard_of(s, from_gc(g));
    gp_spin_lock(&sh->lock);
    list_append(g, &sh->gens[0]);
    count_batch(t, s, sh, 1);
    gp_spin_unlock(&sh->lock);
}

static __attribute__((noinline)) void untrack_locked(gp_thread *t, gp_gc_state *s, gp_gc_head *g) {
    gc_shard *sh = shard_of(s, from_gc(g));
    gp_spin_lock(&sh->lock);
    list_remove(g);
    /* Set only on objects a collection is working on: rarely worth an
       atomic update. */
    if (__atomic_load_n(&g->gc_refs, __ATOMIC_RELAXED) & (GP_GC_COLLECTING | GP_GC_UNREACHABLE))
        gp_gc_flags_clear(g, GP_GC_COLLECTING | GP_GC_UNREACHABLE);
    count_batch(t, s, sh, -1);
    gp_spin_unlock(&sh->lock);
}

/* A single thread takes no lock (gp_spin_lock would skip it anyway); the
   switch to threaded happens in the only thread, between two of these. */
void gp_gc_track(gp_obj *o) {
    gp_gc_head *g = GP_GC_HEAD(o);
    if (gp_gc_head_tracked(g)) return;
    gp_thread *t = gp_thread_current();
    if (!t) return;
    gp_gc_state *s = t->interp->gc ? t->interp->gc : gp_gc_state_of(t->interp);
    if (gp_is_threaded()) {
        track_locked(t, s, g);
        return;
    }
    list_append(g, &s->shards[0].gens[0]);
    count_one(t, s, 1);
}

void gp_gc_untrack(gp_obj *o) {
    gp_gc_head *g = GP_GC_HEAD(o);
    if (!gp_gc_head_tracked(g)) return;
    gp_thread *t = gp_thread_current();
    if (!t || !gp_is_threaded()) {
        /* One thread, or none: the process is past its interpreter's end
           (thread states free no objects once they are unset). */
        unlink_clear(g);
        if (t && t->interp->gc) count_one(t, t->interp->gc, -1);
        return;
    }
    untrack_locked(t, t->interp->gc, g);
}

/* ------------------------------------------------------------ collection */

static inline void traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_traverseproc tr = o->ob_type->traverse;
    if (tr) tr(o, visit, arg);
}

/* Bits that outlive a collection; the others are scratch. */
#define KEEP_BITS (GP_GC_FINALIZED | GP_GC_HAS_WEAKREFS)

/* Copy every count into the scratch field and mark the set. */
static void update_refs(gp_gc_head *list) {
    for (gp_gc_head *g = list->gc_next; g != list; g = g->gc_next) {
        g->gc_refs = (g->gc_refs & KEEP_BITS) | GP_GC_COLLECTING;
        set_refs(g, gp_refcnt(from_gc(g)));
    }
}

static int visit_decref(gp_obj *o, void *arg) {
    if (o && gp_gc_is_gc(o)) {
        gp_gc_head *g = GP_GC_HEAD(o);
        if ((g->gc_refs & GP_GC_COLLECTING) && get_refs(g) > 0)
            g->gc_refs -= (gp_ssize)1 << GP_GC_REFS_SHIFT;
    }
    return 0;
}

/* Subtract the references between members of the set. */
static void subtract_refs(gp_gc_head *list) {
    for (gp_gc_head *g = list->gc_next; g != list; g = g->gc_next) traverse(from_gc(g), visit_decref, NULL);
}

/* A member of the set reached from a reachable object: if it was already
   put aside as unreachable it comes back to the end of the list, where the
   scan will get to it; one not scanned yet just gets a positive count. */
static int visit_reachable(gp_obj *o, void *arg) {
    gp_gc_head *list = arg;
    if (!o || !gp_gc_is_gc(o)) return 0;
    gp_gc_head *g = GP_GC_HEAD(o);
    if (!(g->gc_refs & GP_GC_COLLECTING)) return 0;
    if (g->gc_refs & GP_GC_UNREACHABLE) {
        list_move(g, list);
        g->gc_refs &= ~(gp_ssize)GP_GC_UNREACHABLE;
        set_refs(g, 1);
    } else if (get_refs(g) == 0) {
        set_refs(g, 1);
    }
    return 0;
}

/* Split the set: objects with outside references and everything they
   reach stay in `list` (their COLLECTING bit cleared: scanned), the others
   move to `unreachable` (marked UNREACHABLE).  The scan only moves forward;
   objects that turn out to be reachable after being moved are brought back
   behind the scan point.  Returns the number kept. */
static gp_ssize move_unreachable(gp_gc_head *list, gp_gc_head *unreachable) {
    gp_ssize kept = 0;
    gp_gc_head *g = list->gc_next;
    while (g != list) {
        gp_gc_head *next;
        if (get_refs(g) > 0) {
            traverse(from_gc(g), visit_reachable, list);
            g->gc_refs &= ~(gp_ssize)GP_GC_COLLECTING;
            kept++;
            next = g->gc_next;
        } else {
            next = g->gc_next;
            list_move(g, unreachable);
            g->gc_refs |= GP_GC_UNREACHABLE;
        }
        g = next;
    }
    return kept;
}

/* A tuple that holds only objects the collector never sees (numbers,
   strings, None, ...) or tuples it has stopped tracking can never be part
   of a cycle, now or later (tuples do not change): survivors of a
   collection like that are untracked, so that older generations do not
   walk them again.  The world is stopped (or there is one thread). */
static inline int never_in_cycle(gp_obj *v) {
    return !gp_gc_is_gc(v) || (gp_tuple_check_exact(v) && !gp_gc_head_tracked(GP_GC_HEAD(v)));
}

static void untrack_tuples(gp_gc_head *list) {
    gp_gc_head *g = list->gc_next;
    while (g != list) {
        gp_gc_head *next = g->gc_next;
        gp_obj *o = from_gc(g);
        if (gp_tuple_check_exact(o)) {
            gp_obj **items = gp_tuple_items(o);
            gp_ssize n = gp_tuple_size(o), i = 0;
            while (i < n && never_in_cycle(items[i])) i++;
            if (i == n) unlink_clear(g);
        }
        g = next;
    }
}

/* Put every object of `from` into generation gen of its shard: shard 0
   while one thread runs (home_shard), else the shard of its address.  The
   list is mostly runs of one shard (it was made by merging the shards'
   lists one after another), so it moves a run at a time. */
static void spread(gp_gc_state *s, gp_gc_head *from, int gen, int by_address) {
    gp_gc_head *g = from->gc_next;
    while (g != from) {
        gc_shard *sh = by_address ? shard_of(s, from_gc(g)) : &s->shards[0];
        gp_gc_head *first = g, *last = g;
        for (;;) {
            last->gc_refs &= ~(gp_ssize)(GP_GC_COLLECTING | GP_GC_UNREACHABLE);
            gp_gc_head *next = last->gc_next;
            if (next == from || (by_address && shard_of(s, from_gc(next)) != sh)) break;
            last = next;
        }
        g = last->gc_next;
        gp_spin_lock(&sh->lock);
        gp_gc_head *to = &sh->gens[gen], *tail = to->gc_prev;
        set_next(tail, first);
        first->gc_prev = tail;
        set_next(last, to);
        to->gc_prev = last;
        gp_spin_unlock(&sh->lock);
    }
    list_init(from);
}

static void move_to_generation(gp_gc_state *s, gp_gc_head *from, int gen) {
    spread(s, from, gen, NSHARDS > 1 && gp_is_threaded());
}

/* Called by the only thread, just before a second one runs without the
   GIL: from now on the shards' locks are taken, so every tracked object
   moves from shard 0 to the shard of its address. */
void gp_gc_spread_shards(gp_thread *t) {
    if (NSHARDS == 1) return;
    gp_gc_state *s = gp_gc_state_of(t->interp);
    for (int gen = 0; gen <= PERMANENT; gen++) {
        gp_gc_head all;
        list_init(&all);
        list_merge(&s->shards[0].gens[gen], &all);
        spread(s, &all, gen, 1);
    }
}

/* Clear the weak references to the garbage, and the garbage weak
   references themselves, and gather the callbacks of the live references
   whose referent was garbage (pairs in *pending), to be run once the world
   goes again.  A weak reference that is garbage never calls back: its
   callback may be garbage too. */
typedef struct {
    gp_obj **items;
    size_t n, cap;
} pending_callbacks;

static void clear_weakrefs(gp_thread *t, gp_gc_head *unreachable, pending_callbacks *p) {
    gp_interp *in = t->interp;
    for (gp_gc_head *g = unreachable->gc_next; g != unreachable; g = g->gc_next) {
        gp_obj *o = from_gc(g);
        if (gp_weakref_check(o)) gp_weakref_unlink(in, o);
        if (g->gc_refs & GP_GC_HAS_WEAKREFS) gp_weakref_detach_for_gc(in, o, &p->items, &p->n, &p->cap);
    }
}

static void run_weakref_callbacks(gp_thread *t, pending_callbacks *p) {
    for (size_t i = 0; i + 1 < p->n; i += 2)
        gp_weakref_run_callback_steal(t, p->items[i], p->items[i + 1]);
    gp_mem_free(p->items);
}

/* Run each finalizer once.  Objects move to a side list first, so the
   scan survives finalizers that free other members of the list. */
static void finalize_garbage(gp_thread *t, gp_gc_head *unreachable) {
    gp_gc_head seen;
    list_init(&seen);
    while (!list_empty(unreachable)) {
        gp_gc_head *g = unreachable->gc_next;
        gp_obj *o = from_gc(g);
        list_move(g, &seen);
        if (!(g->gc_refs & GP_GC_FINALIZED) && o->ob_type->finalize) {
            gp_gc_flags_set(g, GP_GC_FINALIZED);
            gp_incref(o);
            o->ob_type->finalize(t, o);
            if (t->exc) gp_err_write_unraisable(t, o);
            gp_decref(o);
        }
    }
    list_merge(&seen, unreachable);
}

/* After finalizers: find again which members of the garbage are still
   unreachable (into `still`); the ones a finalizer made reachable, and
   what they reach, go to generation old_gen. */
static void handle_resurrected(gp_gc_state *s, gp_gc_head *unreachable, gp_gc_head *still, int old_gen) {
    update_refs(unreachable);
    subtract_refs(unreachable);
    move_unreachable(unreachable, still);
    move_to_generation(s, unreachable, old_gen);
}

static void debug_print(const char *what, gp_obj *o) {
    fprintf(stderr, "gc: %s <%s %p>\n", what, gp_type_name(o->ob_type), (void *)o);
}

/* Break the cycles: each object drops its references through its clear
   slot and reference counting frees whatever that makes unreferenced.
   An object still alive afterwards (no clear slot, or held by another
   object without one) goes to generation old_gen. */
static gp_ssize delete_garbage(gp_thread *t, gp_gc_state *s, gp_gc_head *collectable, int old_gen) {
    gp_ssize saved = 0;
    while (!list_empty(collectable)) {
        gp_gc_head *g = collectable->gc_next;
        gp_obj *o = from_gc(g);
        if (s->debug & DEBUG_SAVEALL) {
            if (!s->garbage) s->garbage = gp_list_new(t, 0);
            if (!s->garbage || gp_list_append(t, s->garbage, o) < 0) gp_err_clear(t);
            saved++;
        } else if (o->ob_type->clear) {
            gp_incref(o);
            o->ob_type->clear(o);
            if (t->exc) gp_err_write_unraisable(t, NULL);
            gp_decref(o);
        }
        if (collectable->gc_next == g) {
            unlink_clear(g);
            gc_shard *sh = home_shard(s, o);
            gp_spin_lock(&sh->lock);
            list_append(g, &sh->gens[old_gen]);
            gp_spin_unlock(&sh->lock);
        }
    }
    return saved;
}

/* The garbage is freed after the world starts again, by the decrefs of
   clear slots run here.  An object owned by another thread would be queued
   to that thread and freed there, which would then untrack it from the
   collector's private list while the collector walks it.  Merging the
   counts of the garbage first (the owners are parked, their local counts
   still) makes it ownerless: whichever decref reaches zero frees it at
   once, and that is the collecting thread. */
static void disown(gp_gc_head *list) {
    for (gp_gc_head *g = list->gc_next; g != list; g = g->gc_next) {
        gp_obj *o = from_gc(g);
        if (!gp_is_immortal(o)) gp_ref_disown(o);
    }
}

/* One collection of generations 0..generation.  Returns the number of
   unreachable objects found.  Called with the world stopped; returns with
   it going. */
static gp_ssize collect_main(gp_thread *t, gp_gc_state *s, int generation) {
    int old_gen = generation + 1 < NUM_GENERATIONS ? generation + 1 : generation;
    if (s->debug & DEBUG_STATS) {
        fprintf(stderr, "gc: collecting generation %d...\n", generation);
        fprintf(stderr, "gc: objects in each generation: %zd %zd %zd\n", (ssize_t)read_count0(s),
                (ssize_t)s->counts[1], (ssize_t)s->counts[2]);
    }

    /* The generation above counts this collection; those collected
       start counting afresh. */
    if (generation + 1 < NUM_GENERATIONS) s->counts[generation + 1]++;
    for (int i = 1; i <= generation; i++) s->counts[i] = 0;
    s->count0 = 0;
    for (int i = 0; i < NSHARDS; i++) s->shards[i].pending = 0;

    gp_gc_head young, unreachable, still;
    list_init(&young);
    list_init(&unreachable);
    list_init(&still);
    for (int i = 0; i < NSHARDS; i++) {
        gc_shard *sh = &s->shards[i];
        gp_spin_lock(&sh->lock);
        for (int g = 0; g <= generation; g++) list_merge(&sh->gens[g], &young);
        gp_spin_unlock(&sh->lock);
    }

    update_refs(&young);
    subtract_refs(&young);
    gp_ssize kept = move_unreachable(&young, &unreachable);
    if (generation == NUM_GENERATIONS - 2) s->long_lived_pending += kept;
    if (generation == NUM_GENERATIONS - 1) {
        s->long_lived_pending = 0;
        s->long_lived_total = kept;
    }
    untrack_tuples(&young);
    move_to_generation(s, &young, old_gen);

    gp_ssize m = 0;
    for (gp_gc_head *g = unreachable.gc_next; g != &unreachable; g = g->gc_next) {
        m++;
        if (s->debug & DEBUG_COLLECTABLE) debug_print("collectable", from_gc(g));
    }

    pending_callbacks pending = {NULL, 0, 0};
    clear_weakrefs(t, &unreachable, &pending);
    if (gp_is_threaded()) disown(&unreachable);
    gp_start_the_world(t);

    run_weakref_callbacks(t, &pending);
    finalize_garbage(t, &unreachable);
    gp_stop_the_world(t);
    handle_resurrected(s, &unreachable, &still, old_gen);
    gp_start_the_world(t);
    gp_ssize saved = delete_garbage(t, s, &still, old_gen);

    /* gc.get_stats() reads these from other threads meanwhile. */
    __atomic_fetch_add(&s->stats[generation].collections, 1, __ATOMIC_RELAXED);
    __atomic_fetch_add(&s->stats[generation].collected, m, __ATOMIC_RELAXED);
    if (s->debug & DEBUG_STATS)
        fprintf(stderr, "gc: done, %zd unreachable, %zd uncollectable.\n", (ssize_t)m, (ssize_t)saved);
    return m;
}

/* ------------------------------------------------------ running a collection */

/* gc.callbacks: each is called as cb(phase, info) around a collection. */
static void invoke_callbacks(gp_thread *t, gp_gc_state *s, const char *phase, int generation,
                             gp_ssize collected, gp_ssize uncollectable) {
    if (!s->callbacks || gp_list_size(s->callbacks) == 0) return;
    gp_obj *info = gp_dict_new(t);
    gp_obj *ph = gp_str_from_cstr(t, phase);
    gp_obj *cbs = gp_list_as_tuple(t, s->callbacks);
    if (!info || !ph || !cbs) goto error;
    if (gp_dict_set_str(t, info, "generation", gp_small_new(generation)) < 0 ||
        gp_dict_set_str(t, info, "collected", gp_small_new(collected)) < 0 ||
        gp_dict_set_str(t, info, "uncollectable", gp_small_new(uncollectable)) < 0)
        goto error;
    for (gp_ssize i = 0; i < gp_tuple_size(cbs); i++) {
        gp_obj *cb = gp_tuple_get_borrow(cbs, i);
        gp_obj *args[2] = {ph, info};
        gp_obj *r = gp_call(t, cb, args, 2, NULL);
        if (r)
            gp_decref(r);
        else
            gp_err_write_unraisable(t, cb);
    }
    gp_decref(info);
    gp_decref(ph);
    gp_decref(cbs);
    return;
error:
    gp_err_write_unraisable(t, NULL);
    gp_xdecref(info);
    gp_xdecref(ph);
    gp_xdecref(cbs);
}

gp_ssize gp_gc_collect(gp_thread *t, int generation) {
    gp_gc_state *s = gp_gc_state_of(t->interp);
    int idle = 0;
    if (!atomic_compare_exchange_strong(&s->collecting, &idle, 1)) return 0;
    if (generation < 0) generation = 0;
    if (generation >= NUM_GENERATIONS) generation = NUM_GENERATIONS - 1;
    gp_obj *saved = gp_err_fetch(t);
    invoke_callbacks(t, s, "start", generation, 0, 0);
    gp_stop_the_world(t);
    /* What lock-free readers might still have seen is due now that every
       other thread has stopped: released first, so that what it frees
       (and the cycles it leaves unreachable) are part of this collection. */
    size_t ntaken;
    void *taken = gp_qsbr_take_all(t, &ntaken);
    if (taken) {
        gp_start_the_world(t);
        gp_qsbr_release_taken(taken, ntaken);
        gp_stop_the_world(t);
    }
    gp_ssize n = collect_main(t, s, generation);
    invoke_callbacks(t, s, "stop", generation, n, 0);
    gp_err_restore_steal(t, saved);
    s->collecting = 0;
    s->due = 0;
    return n;
}

void gp_gc_collect_due(gp_thread *t) {
    atomic_fetch_and_explicit(&t->eval_breaker, ~(uint32_t)GP_BREAK_GC, memory_order_acq_rel);
    gp_gc_state *s = gp_gc_state_of(t->interp);
    s->due = 0;
    if (!s->enabled || s->collecting) return;
    gp_ssize counts[NUM_GENERATIONS] = {read_count0(s), s->counts[1], s->counts[2]};
    for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
        if (counts[i] <= s->thresholds[i]) continue;
        if (i == NUM_GENERATIONS - 1 && s->long_lived_pending < s->long_lived_total / 4) continue;
        gp_gc_collect(t, i);
        return;
    }
}

void gp_gc_fini(gp_thread *t) {
    gp_gc_state *s = gp_gc_state_of(t->interp);
    if (s->enabled) gp_gc_collect(t, NUM_GENERATIONS - 1);
}

/* --------------------------------------------------- for the gc module */

void gp_gc_set_enabled(gp_thread *t, int on) { gp_gc_state_of(t->interp)->enabled = on; }
int gp_gc_is_enabled(gp_thread *t) { return gp_gc_state_of(t->interp)->enabled; }
int gp_gc_get_debug(gp_thread *t) { return gp_gc_state_of(t->interp)->debug; }
void gp_gc_set_debug(gp_thread *t, int flags) { gp_gc_state_of(t->interp)->debug = flags; }

void gp_gc_get_thresholds(gp_thread *t, gp_ssize out[3]) {
    gp_gc_state *s = gp_gc_state_of(t->interp);
    for (int i = 0; i < NUM_GENERATIONS; i++) out[i] = __atomic_load_n(&s->thresholds[i], __ATOMIC_RELAXED);
}

void gp_gc_set_thresholds(gp_thread *t, const gp_ssize *th, int n) {
    gp_gc_state *s = gp_gc_state_of(t->interp);
    for (int i = 0; i < n && i < NUM_GENERATIONS; i++)
        __atomic_store_n(&s->thresholds[i], th[i], __ATOMIC_RELAXED);
}

void gp_gc_get_counts(gp_thread *t, gp_ssize out[3]) {
    gp_gc_state *s = gp_gc_state_of(t->interp);
    gp_ssize c0 = read_count0(s);
    for (int i = 0; i < NSHARDS; i++) c0 += s->shards[i].pending;
    out[0] = c0 > 0 ? c0 : 0;
    out[1] = s->counts[1];
    out[2] = s->counts[2];
}

gp_obj *gp_gc_garbage_borrow(gp_thread *t) {
    gp_gc_state *s = gp_gc_state_of(t->interp);
    if (!s->garbage) s->garbage = gp_list_new(t, 0);
    return s->garbage;
}

gp_obj *gp_gc_callbacks_borrow(gp_thread *t) {
    gp_gc_state *s = gp_gc_state_of(t->interp);
    if (!s->callbacks) s->callbacks = gp_list_new(t, 0);
    return s->callbacks;
}

/* Which tracked objects a walk keeps: all of them, or those whose
   traverse reaches one of `targets`. */
typedef struct {
    gp_obj *const *targets;
    gp_ssize ntargets;
    int found;
} referrer_walk;

static int visit_find_target(gp_obj *o, void *arg) {
    referrer_walk *w = arg;
    for (gp_ssize i = 0; i < w->ntargets; i++) {
        if (w->targets[i] == o) {
            w->found = 1;
            return 1;
        }
    }
    return 0;
}

/* The tracked objects of generations from..to (inclusive), or of those the
   ones that refer to one of w's targets, as a new list.  The world is
   stopped for the walk: no other thread can then be changing a container
   that is traversed, nor be freeing an object that is picked (an object
   whose count is already zero is on its way out and is skipped).  The
   pointers are gathered with a new reference each, and the list is built
   after the world starts again, since building it tracks objects. */
static gp_obj *gather_objects(gp_thread *t, int from, int to, referrer_walk *w) {
    gp_gc_state *s = gp_gc_state_of(t->interp);
    gp_obj **items = NULL;
    size_t n = 0, cap = 0;
    int nomem = 0;
    gp_stop_the_world(t);
    for (int i = 0; i < NSHARDS && !nomem; i++) {
        gc_shard *sh = &s->shards[i];
        gp_spin_lock(&sh->lock);
        for (int gen = from; gen <= to && !nomem; gen++) {
            gp_gc_head *h = &sh->gens[gen];
            for (gp_gc_head *g = h->gc_next; g != h; g = g->gc_next) {
                gp_obj *o = from_gc(g);
                if (gp_refcnt(o) <= 0) continue;
                if (w) {
                    if (!o->ob_type->traverse) continue;
                    w->found = 0;
                    o->ob_type->traverse(o, visit_find_target, w);
                    if (!w->found) continue;
                }
                if (n == cap) {
                    size_t ncap = cap ? cap * 2 : 1024;
                    gp_obj **ni = gp_mem_realloc(items, ncap * sizeof *ni);
                    if (!ni) {
                        nomem = 1;
                        break;
                    }
                    items = ni;
                    cap = ncap;
                }
                gp_incref(o);
                items[n++] = o;
            }
        }
        gp_spin_unlock(&sh->lock);
    }
    gp_start_the_world(t);
    gp_obj *list = nomem ? NULL : gp_list_new(t, 0);
    for (size_t i = 0; i < n; i++) {
        if (list && gp_list_append(t, list, items[i]) < 0) gp_clear(&list);
        gp_decref(items[i]);
    }
    gp_mem_free(items);
    if (nomem) return gp_err_nomemory(t);
    return list;
}

gp_obj *gp_gc_get_objects(gp_thread *t, int from, int to) {
    return gather_objects(t, from, to, NULL);
}

gp_obj *gp_gc_get_referrers(gp_thread *t, gp_obj *const *targets, gp_ssize ntargets) {
    referrer_walk w = {targets, ntargets, 0};
    return gather_objects(t, 0, NUM_GENERATIONS - 1, &w);
}

gp_obj *gp_gc_get_stats(gp_thread *t) {
    gp_gc_state *s = gp_gc_state_of(t->interp);
    gp_obj *list = gp_list_new(t, 0);
    if (!list) return NULL;
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        gp_obj *d = gp_dict_new(t);
        if (!d) goto error;
        gp_ssize collections = __atomic_load_n(&s->stats[i].collections, __ATOMIC_RELAXED);
        gp_ssize collected = __atomic_load_n(&s->stats[i].collected, __ATOMIC_RELAXED);
        gp_ssize uncollectable = __atomic_load_n(&s->stats[i].uncollectable, __ATOMIC_RELAXED);
        if (gp_dict_set_str(t, d, "collections", gp_small_new(collections)) < 0 ||
            gp_dict_set_str(t, d, "collected", gp_small_new(collected)) < 0 ||
            gp_dict_set_str(t, d, "uncollectable", gp_small_new(uncollectable)) < 0 ||
            gp_list_append(t, list, d) < 0) {
            gp_decref(d);
            goto error;
        }
        gp_decref(d);
    }
    return list;
error:
    gp_decref(list);
    return NULL;
}

/* gc.freeze(): move everything tracked to the permanent generation, which
   collections ignore; gc.unfreeze() puts it back into the oldest one. */
void gp_gc_freeze(gp_thread *t) {
    gp_gc_state *s = gp_gc_state_of(t->interp);
    for (int i = 0; i < NSHARDS; i++) {
        gc_shard *sh = &s->shards[i];
        gp_spin_lock(&sh->lock);
        for (int g = 0; g < NUM_GENERATIONS; g++) list_merge(&sh->gens[g], &sh->gens[PERMANENT]);
        gp_spin_unlock(&sh->lock);
    }
    s->count0 = 0;
}

void gp_gc_unfreeze(gp_thread *t) {
    gp_gc_state *s = gp_gc_state_of(t->interp);
    for (int i = 0; i < NSHARDS; i++) {
        gc_shard *sh = &s->shards[i];
        gp_spin_lock(&sh->lock);
        list_merge(&sh->gens[PERMANENT], &sh->gens[NUM_GENERATIONS - 1]);
        gp_spin_unlock(&sh->lock);
    }
}

gp_ssize gp_gc_freeze_count(gp_thread *t) {
    gp_gc_state *s = gp_gc_state_of(t->interp);
    gp_ssize n = 0;
    for (int i = 0; i < NSHARDS; i++) {
        gp_spin_lock(&s->shards[i].lock);
        n += list_size(&s->shards[i].gens[PERMANENT]);
        gp_spin_unlock(&s->shards[i].lock);
    }
    return n;
}

/* The first time a thread starts without the GIL: every object marked for
   deferred counting becomes immortal (see gp_set_deferred).  Marked objects
   that are not tracked (code objects, module-level built-in functions,
   slot descriptors) are reached through marked ones that hold them:
   functions hold their code, module and class dicts their functions and
   descriptors.  Runs while the calling thread is the only one. */
static int visit_immortalize(gp_obj *o, void *arg);

static void immortalize(gp_obj *o) {
    gp_set_immortal(o);
    if (gp_typeof(o) == &gp_code_type) gp_code_immortalize_consts((gp_code *)o);
}

static int visit_immortalize(gp_obj *o, void *arg) {
    if (!o || !gp_is_deferred(o) || gp_is_immortal(o)) return 0;
    immortalize(o);
    traverse(o, visit_immortalize, arg);
    return 0;
}

void gp_gc_immortalize_deferred(gp_thread *t) {
    gp_gc_state *s = gp_gc_state_of(t->interp);
    for (int i = 0; i < NSHARDS; i++) {
        gc_shard *sh = &s->shards[i];
        gp_spin_lock(&sh->lock);
        for (int gen = 0; gen <= PERMANENT; gen++) {
            gp_gc_head *h = &sh->gens[gen];
            for (gp_gc_head *g = h->gc_next; g != h; g = g->gc_next) {
                gp_obj *o = from_gc(g);
                if (!gp_is_deferred(o) || gp_is_immortal(o)) continue;
                immortalize(o);
                traverse(o, visit_immortalize, NULL);
            }
        }
        gp_spin_unlock(&sh->lock);
    }
}
