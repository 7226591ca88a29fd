/* The cycle collector and weak references.

   Container objects (types with GP_TPFLAGS_HAVE_GC) carry a gp_gc_head in
   front of their header.  While tracked, the head links the object into a
   generation list of its interpreter; its gc_refs word holds a few state
   bits (below) and, during a collection, a scratch reference count.  The
   algorithm and its invariants are described at the top of gc.c. */
#ifndef GP_GC_H
#define GP_GC_H

#include "object.h"
#include "objects/typeobj.h"
#include "runtime/objlock.h"

/* State bits kept in the low byte of gp_gc_head.gc_refs; a collection keeps
   its scratch count in the bits above them.  Whether an object is tracked
   is not a bit but its link (gp_gc_head_tracked): tracking then changes
   the word no other thread writes, and needs no atomic update of gc_refs. */
enum {
    GP_GC_FINALIZED = 1 << 1,    /* the finalizer (__del__) has run once */
    GP_GC_HAS_WEAKREFS = 1 << 2, /* weak references point at the object */
    GP_GC_COLLECTING = 1 << 3,   /* in the generations being collected */
    GP_GC_UNREACHABLE = 1 << 4   /* tentatively unreachable */
};
#define GP_GC_FLAG_MASK ((gp_ssize)0xff)
#define GP_GC_REFS_SHIFT 8

/* Does o carry a gc head?  Instances of GC types do, except static type
   objects (their type, `type`, is a GC type only for heap types). */
static inline int gp_gc_is_gc(const gp_obj *o) {
    if (gp_is_small(o)) return 0;
    const gp_type *tp = o->ob_type;
    if (!(tp->flags & GP_TPFLAGS_HAVE_GC)) return 0;
    if (tp->flags & GP_TPFLAGS_TYPE_SUBCLASS)
        return (((const gp_type *)o)->flags & GP_TPFLAGS_HEAPTYPE) != 0;
    return 1;
}

/* Set / clear state bits of a gc head.  Once a second thread runs without
   the GIL two threads can change them at once (say, one makes a weak
   reference while another untracks), so they change atomically then;
   before that, and in the GIL build, plainly. */
static inline void gp_gc_flags_set(gp_gc_head *g, gp_ssize bits) {
    if (gp_is_threaded()) __atomic_fetch_or(&g->gc_refs, bits, __ATOMIC_RELAXED);
    else g->gc_refs |= bits;
}

static inline void gp_gc_flags_clear(gp_gc_head *g, gp_ssize bits) {
    if (gp_is_threaded()) __atomic_fetch_and(&g->gc_refs, ~bits, __ATOMIC_RELAXED);
    else g->gc_refs &= ~bits;
}

/* Tracked: linked into a generation list.  The link is read here without
   the list's lock, while a thread holding it may rewrite it (unlinking a
   neighbour changes it from one list node to another, never to or from
   NULL); the links are therefore stored with relaxed atomic stores (gc.c)
   and read here with a relaxed load, plain moves either way. */
static inline int gp_gc_head_tracked(const gp_gc_head *g) {
    return __atomic_load_n(&g->gc_next, __ATOMIC_RELAXED) != NULL;
}

static inline int gp_gc_is_tracked(const gp_obj *o) {
    return gp_gc_is_gc(o) && gp_gc_head_tracked(GP_GC_HEAD(o));
}

/* PEP 442: a finalizer runs at most once per object.  Deallocators that
   call a finalizer check gp_gc_is_finalized first and mark the object with
   gp_gc_set_finalized just before calling it.  Objects without a gc head
   are never marked (their finalizer can only run from their dealloc). */
int gp_gc_is_finalized(const gp_obj *o);
void gp_gc_set_finalized(gp_obj *o);

/* Called by the eval loop when GP_BREAK_GC is set on t: runs the
   collection the allocation counts asked for.  Clears the bit; never
   leaves an exception set (errors in finalizers are reported as
   "Exception ignored in"). */
void gp_gc_collect_due(gp_thread *t);

/* Collect generations 0..generation.  Returns the number of unreachable
   objects found (0 when a collection is already running).  Never leaves an
   exception set: errors in finalizers, weakref callbacks and gc.callbacks
   are reported as unraisable. */
gp_ssize gp_gc_collect(gp_thread *t, int generation);

/* Interpreter shutdown: a last full collection, so that the finalizers of
   cyclic garbage left at exit run, as in CPython.  The state stays: objects
   freed later still untrack themselves. */
void gp_gc_fini(gp_thread *t);

/* The interpreter's collector state, created on first use. */
struct gp_gc_state;
struct gp_gc_state *gp_gc_state_of(gp_interp *in);

/* Make every object marked with gp_set_deferred immortal (the first time
   the process runs a second thread without the GIL). */
void gp_gc_immortalize_deferred(gp_thread *t);

/* What the gc module reads and sets (runtime/gc.c). */
void gp_gc_set_enabled(gp_thread *t, int on);
int gp_gc_is_enabled(gp_thread *t);
int gp_gc_get_debug(gp_thread *t);
void gp_gc_set_debug(gp_thread *t, int flags);
void gp_gc_get_thresholds(gp_thread *t, gp_ssize out[3]);
void gp_gc_set_thresholds(gp_thread *t, const gp_ssize *th, int n);
void gp_gc_get_counts(gp_thread *t, gp_ssize out[3]);
gp_obj *gp_gc_garbage_borrow(gp_thread *t);   /* NULL: MemoryError set */
gp_obj *gp_gc_callbacks_borrow(gp_thread *t); /* NULL: MemoryError set */
/* The tracked objects of generations from..to (3 is the permanent one). */
gp_obj *gp_gc_get_objects(gp_thread *t, int from, int to);
/* gc.get_referrers: the objects of the three generations whose traverse
   reaches one of targets, walked with the world stopped. */
gp_obj *gp_gc_get_referrers(gp_thread *t, gp_obj *const *targets, gp_ssize ntargets);
gp_obj *gp_gc_get_stats(gp_thread *t);
void gp_gc_freeze(gp_thread *t);
void gp_gc_unfreeze(gp_thread *t);
gp_ssize gp_gc_freeze_count(gp_thread *t);

/* ------------------------------------------------------- weak references */

extern gp_type gp_weakref_type; /* weakref.ReferenceType */

/* Clear every weak reference to o and call their callbacks.  Deallocators
   call it (after any finalizer, before releasing fields); gp_obj_free
   calls it too, so types that do not are still covered.  Cheap when o has
   no weak references. */
void gp_weakref_clear_refs(gp_obj *o);
static inline void gp_weakref_clear_refs_if_any(gp_obj *o) {
    if (gp_gc_is_gc(o) ? (GP_GC_HEAD(o)->gc_refs & GP_GC_HAS_WEAKREFS) != 0
                       : gp_type_check(o))
        gp_weakref_clear_refs(o);
}

/* Can `type`'s instances be weakly referenced? (CPython's rules for which
   built-in types and classes support __weakref__.) */
int gp_weakref_supported(const gp_type *type);
/* weakref.ref(o, callback); callback may be NULL. */
gp_obj *gp_weakref_new(gp_thread *t, gp_obj *o, gp_obj *callback);
/* The referent, or NULL once it died (borrowed). */
gp_obj *gp_weakref_get_borrow(gp_obj *ref);
/* The first weak reference to o (o.__weakref__) or None. */
gp_obj *gp_weakref_first(gp_thread *t, gp_obj *o);

/* The gc and _weakref modules. */
gp_obj *gp_mod_gc_init(gp_thread *t);
gp_obj *gp_mod_weakref_init(gp_thread *t);

/* Before the first thread that runs without the GIL (runtime/pstate.c). */
void gp_gc_spread_shards(gp_thread *t);

#endif
