/* Reference counting: the only code that knows which build it is.

   GIL build: a plain count, changed without atomics because the GIL
   serialises every thread that touches objects.  Immortal objects (None,
   True, False, static types, ...) start with a count so large that they
   never reach zero, so incref/decref need no test for them.

   Free-threaded build: biased reference counting.  The owner thread counts in
   ob_ref_local; other threads add to ob_ref_shared atomically.  Immortal
   objects have the top bit of ob_ref_local set and are never counted by
   other threads.  While one thread runs without the GIL they keep the
   owner they had (the main thread for the static ones), which counts them
   locally like any of its objects, far from zero; just before a second
   thread starts, they lose their owner (gp_ref_release_immortals) so that
   no thread writes their header any more.  When the owner's local count
   reaches zero it merges: if nothing is shared the object dies, otherwise
   the object becomes ownerless and lives on the shared count alone.
   Included from object.h
   only. */
#ifndef GP_REFCOUNT_H
#define GP_REFCOUNT_H

/* Thread-locals read on hot paths (the owner id, the current thread):
   in an executable they sit at a fixed offset from the thread pointer.
   Code built for a shared library (-fPIC without -fPIE) must take the
   general model. */
#if !defined(__PIC__) || defined(__PIE__)
#define GP_TLS_MODEL __attribute__((tls_model("local-exec")))
#else
#define GP_TLS_MODEL
#endif

/* For the few accessors every count is made of: inlined even where the
   compiler judges a caller too big already. */
#define GP_ALWAYS_INLINE static inline __attribute__((always_inline))

/* The id the first thread state takes (runtime/threads.c).  In the
   free-threaded build static objects are born owned by it, so that the
   main thread counts None, True and the built-in types like its own
   objects until a second thread starts. */
#define GP_FIRST_TID 1

#ifdef GP_FREE_THREADED

/* An immortal's local count starts here, 2**30 from either end of the
   top half: its owner's increfs and decrefs (balanced, in any program)
   move it about without ever leaving the half.  A mortal count stays
   below 2**31: an owner would need two billion references to one object
   to reach it, and the object would then count as immortal. */
#define GP_IMMORTAL_LOCAL 0xC0000000u
#define GP_IMMORTAL_BIT 0x80000000u
/* The low two bits of ob_ref_shared are state flags; counts move in units
   of 4.  MAYBE_WEAKREF: a weak reference was made to the object, so its
   shared word is never zero and the owner's last decref merges through
   the compare-and-swap of gp_ref_merge_zero, which a concurrent
   gp_try_incref (weakref dereference) can win.  QUEUED: a non-owner took
   the shared count below zero and queued the object to its owner for a
   merge (the queue holds that reference).  MERGED: the object has no
   owner any more and the shared count is the whole count. */
#define GP_REF_SHARED_SHIFT 2
#define GP_REF_FLAG_MASK 3
#define GP_REF_MAYBE_WEAKREF 1
#define GP_REF_QUEUED 2
#define GP_REF_MERGED 3
#define GP_REF_ONE ((int32_t)1 << GP_REF_SHARED_SHIFT)
/* The shared word is 32 bits, to keep the header at 24 bytes, so it
   holds counts below 2**29.  An object whose shared word would pass
   GP_REF_SHARED_MAX (half a billion references from threads other than
   its owner, or a merged count that large) becomes immortal instead of
   wrapping; the margin covers the adds of threads that race past the
   limit before one of them saturates it. */
#define GP_REF_SHARED_MAX (INT32_MAX - (1 << 20))
void gp_ref_saturate(gp_obj *o);

/* The calling thread's owner id: set when its thread state is made, never
   reused (runtime/threads.c says why that matters).  Every count reads it,
   so code linked into an executable reads it at a fixed offset from the
   thread pointer (one instruction) instead of through the GOT. */
extern _Thread_local uint32_t gp_tls_tid GP_TLS_MODEL;
GP_ALWAYS_INLINE uint32_t gp_tid(void) { return gp_tls_tid; }
static inline void gp_tid_set(uint32_t id) { gp_tls_tid = id; }

#define GP_STATIC_HEAD(type) \
    { .ob_tid = GP_FIRST_TID, .ob_flags = 0, .ob_mutex = 0, .ob_spare = 0, \
      .ob_ref_local = GP_IMMORTAL_LOCAL, .ob_ref_shared = 0, .ob_type = (type) }

void gp_ref_merge_zero(gp_obj *o);  /* owner's local count reached zero */
void gp_ref_decref_shared(gp_obj *o);
int gp_decref_keep(gp_obj *o);
/* Merge the local count into the shared one plus `extra`, leaving the
   object ownerless; returns the merged count. */
gp_ssize gp_ref_merge_explicit(gp_obj *o, gp_ssize extra);

/* ob_ref_local and ob_tid are written by the owner only but read by every
   thread (the immortal test, the owner test): relaxed atomic accesses,
   plain moves on the machines we run on, keep those reads defined. */
GP_ALWAYS_INLINE uint32_t gp_ref_local(const gp_obj *o) {
    return __atomic_load_n(&o->ob_ref_local, __ATOMIC_RELAXED);
}
GP_ALWAYS_INLINE uint32_t gp_ref_owner(const gp_obj *o) {
    return __atomic_load_n(&o->ob_tid, __ATOMIC_RELAXED);
}

static inline void gp_obj_init_header(gp_obj *o, gp_type *type) {
    __atomic_store_n(&o->ob_tid, gp_tid(), __ATOMIC_RELAXED);
    __atomic_store_n(&o->ob_ref_local, 1, __ATOMIC_RELAXED);
    atomic_store_explicit(&o->ob_ref_shared, 0, memory_order_relaxed);
    o->ob_type = type;
}

GP_ALWAYS_INLINE int gp_local_is_immortal(uint32_t local) { return (local & GP_IMMORTAL_BIT) != 0; }
static inline int gp_is_immortal(const gp_obj *o) { return gp_local_is_immortal(gp_ref_local(o)); }

/* The owner's change of its own local count.  Only the owner writes
   ob_ref_local (until it has exited or the world is stopped), and other
   threads read it only to see whether it is the immortal mark, which a
   count never reaches, or for a total that is a snapshot anyway
   (gp_refcnt): a plain aligned read-modify-write (one `add` to memory on
   x86) gives them nothing worse than a relaxed store would.
   ThreadSanitizer cannot know that protocol, so its build keeps the
   relaxed atomic load and store. */
GP_ALWAYS_INLINE uint32_t gp_ref_local_add(gp_obj *o, uint32_t delta) {
#ifdef __SANITIZE_THREAD__
    uint32_t local = gp_ref_local(o) + delta;
    __atomic_store_n(&o->ob_ref_local, local, __ATOMIC_RELAXED);
    return local;
#else
    return o->ob_ref_local += delta;
#endif
}

/* The owner test alone picks the common path: an object this thread made
   and counts locally, or an immortal it still owns (only while it is the
   one thread).  Only objects that fail it (immortal, ownerless or another
   thread's) look at the immortal mark.  Always inline: the compiler
   otherwise leaves out-of-line copies in the eval loop's callees. */
GP_ALWAYS_INLINE void gp_incref(gp_obj *o) {
    if (gp_is_small(o)) return;
    if (__builtin_expect(gp_ref_owner(o) == gp_tid(), 1)) {
        gp_ref_local_add(o, 1);
        return;
    }
    if (!gp_local_is_immortal(gp_ref_local(o)) &&
        atomic_fetch_add_explicit(&o->ob_ref_shared, GP_REF_ONE, memory_order_relaxed) > GP_REF_SHARED_MAX)
        gp_ref_saturate(o);
}

GP_ALWAYS_INLINE void gp_decref(gp_obj *o) {
    if (gp_is_small(o)) return;
    if (__builtin_expect(gp_ref_owner(o) == gp_tid(), 1)) {
        if (gp_ref_local_add(o, (uint32_t)-1) == 0) {
            /* Nothing shared: dead at once, as in the GIL build. */
            if (atomic_load_explicit(&o->ob_ref_shared, memory_order_acquire) == 0) gp_dealloc(o);
            else gp_ref_merge_zero(o);
        }
        return;
    }
    if (!gp_local_is_immortal(gp_ref_local(o))) gp_ref_decref_shared(o);
}

/* The total count, for sys.getrefcount, the collector and debugging. */
static inline gp_ssize gp_refcnt(const gp_obj *o) {
    if (gp_is_small(o)) return 1;
    uint32_t local = gp_ref_local(o);
    if (gp_local_is_immortal(local)) return (gp_ssize)UINT32_MAX;
    int32_t shared = atomic_load_explicit(&((gp_obj *)o)->ob_ref_shared, memory_order_relaxed);
    return (gp_ssize)local + (shared >> GP_REF_SHARED_SHIFT);
}

/* Make an object live forever (interned strings, code constants).  Once
   threads run without the GIL it loses its owner too, which the owner
   test of gp_incref relies on; before, it keeps its owner and is
   remembered, so that gp_ref_release_immortals can take the owner away
   when the second thread starts. */
void gp_set_immortal(gp_obj *o);
/* Called by the only thread once gp_ft_threaded is on, before a second
   thread starts: every immortal object remembered so far loses its owner. */
void gp_ref_release_immortals(void);

/* Deferred objects: functions, code objects, modules and their dicts,
   classes, module-level built-in functions.  Every thread increfs them
   all the time (each call, each global lookup), which with biased counts
   means atomic adds on one shared cache line.  They are marked when made;
   when the process first runs a second thread without the GIL, the marked
   objects become immortal (runtime/pstate.c), and so do marked objects
   made after that.  docs/DECISIONS.md weighs this against the
   alternatives. */
#define GP_OBJ_DEFERRED 1u
/* Another flag of ob_flags: a thread other than the owner has read or
   changed the object through a path that takes no lock (dicts, __slots__),
   so what a change unlinks from it is released only after every thread
   has passed a quiescent state (runtime/qsbr.h).  Set under the object's
   lock, never cleared. */
#define GP_OBJ_SHARED 2u
extern _Atomic int gp_ft_threaded;

static inline void gp_set_deferred(gp_obj *o) {
    o->ob_flags |= GP_OBJ_DEFERRED;
    if (atomic_load_explicit(&gp_ft_threaded, memory_order_relaxed)) gp_set_immortal(o);
}
static inline int gp_is_deferred(const gp_obj *o) {
    return !gp_is_small(o) && (o->ob_flags & GP_OBJ_DEFERRED) != 0;
}

#else /* the GIL build */

#define GP_IMMORTAL_REFCNT ((gp_ssize)1 << 60)
#define GP_STATIC_HEAD(type) { .ob_refcnt = GP_IMMORTAL_REFCNT, .ob_type = (type) }

static inline void gp_obj_init_header(gp_obj *o, gp_type *type) {
    o->ob_refcnt = 1;
    o->ob_type = type;
}

static inline int gp_is_immortal(const gp_obj *o) { return o->ob_refcnt >= GP_IMMORTAL_REFCNT / 2; }

static inline void gp_incref(gp_obj *o) {
    if (gp_is_small(o)) return;
    o->ob_refcnt++;
}

static inline void gp_decref(gp_obj *o) {
    if (gp_is_small(o)) return;
    if (--o->ob_refcnt == 0) gp_dealloc(o);
}

static inline gp_ssize gp_refcnt(const gp_obj *o) {
    return gp_is_small(o) ? 1 : o->ob_refcnt;
}

static inline int gp_decref_keep(gp_obj *o) { return --o->ob_refcnt == 0; }

static inline void gp_set_immortal(gp_obj *o) {
    if (!gp_is_small(o)) o->ob_refcnt = GP_IMMORTAL_REFCNT;
}
static inline void gp_ref_release_immortals(void) {}

/* Plain counts have no owner. */
static inline void gp_tid_set(uintptr_t id) { (void)id; }

/* The GIL serialises counting: nothing needs deferring. */
static inline void gp_set_deferred(gp_obj *o) { (void)o; }
static inline int gp_is_deferred(const gp_obj *o) { (void)o; return 0; }

#endif

/* A queued object whose owner has exited: merge it, dropping the queue's
   reference (frees the object if that was the last).  Nothing is queued in
   the GIL build. */
void gp_ref_merge_orphan(gp_obj *o);
/* Make o ownerless, its count unchanged (the collector, world stopped). */
void gp_ref_disown(gp_obj *o);
/* Merge the objects other threads queued to t (GP_BREAK_REF_MERGE). */
void gp_ref_merge_queue(gp_thread *t);
/* A new reference to o unless it is already dying (1), else 0.  For
   objects a thread reaches through a table it holds locked, where o's
   memory stays valid but its count may be reaching zero in another thread
   (weak references: the referent was marked with gp_ref_mark_weakref). */
int gp_try_incref(gp_obj *o);
/* Mark o as the target of a weak reference (GP_REF_MAYBE_WEAKREF). */
void gp_ref_mark_weakref(gp_obj *o);


/* gp_decref_keep drops a reference without freeing the object: it returns
   1 if that was the last one (a finalizer that revived a dying object with
   gp_obj_init_header uses it to learn whether the object may go). */

GP_ALWAYS_INLINE void gp_xincref(gp_obj *o) { if (o) gp_incref(o); }
GP_ALWAYS_INLINE void gp_xdecref(gp_obj *o) { if (o) gp_decref(o); }

#endif
