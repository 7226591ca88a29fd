/* Reference counting: the only code that knows which build it is.

   GIL build: a plain count, changed without atomics because the GIL
   serialises every thread that touches objects.  Immortal objects (None,
   True, False, static types, ...) start with a count so large that they
   never reach zero, so incref/decref need no test for them.

   Free-threaded build: biased reference counting.  The owner thread counts in
   ob_ref_local; other threads add to ob_ref_shared atomically.  Immortal
   objects have ob_ref_local == UINT32_MAX and are never counted.  When the
   owner's local count reaches zero it merges: if nothing is shared the object
   dies, otherwise the object becomes ownerless and lives on the shared count
   alone.  Included from object.h only. */
#ifndef GP_REFCOUNT_H
#define GP_REFCOUNT_H

#ifdef GP_FREE_THREADED

#define GP_IMMORTAL_LOCAL UINT32_MAX
/* The low two bits of ob_ref_shared are state flags; counts move in units of 4. */
#define GP_REF_SHARED_SHIFT 2
#define GP_REF_MERGED 3

extern _Thread_local char gp_tls_marker;
/* A cheap, unique id of the calling thread: the address of a thread-local. */
static inline uintptr_t gp_tid(void) { return (uintptr_t)&gp_tls_marker; }

#define GP_STATIC_HEAD(type) \
    { .ob_tid = 0, .ob_flags = 0, .ob_mutex = 0, .ob_gc_bits = 0, \
      .ob_ref_local = GP_IMMORTAL_LOCAL, .ob_ref_shared = 0, .ob_type = (type) }

void gp_ref_merge_zero(gp_obj *o);  /* owner's local count reached zero */
void gp_ref_decref_shared(gp_obj *o);
int gp_decref_keep(gp_obj *o);

static inline void gp_obj_init_header(gp_obj *o, gp_type *type) {
    o->ob_tid = gp_tid();
    o->ob_ref_local = 1;
    atomic_store_explicit(&o->ob_ref_shared, 0, memory_order_relaxed);
    o->ob_type = type;
}

static inline int gp_is_immortal(const gp_obj *o) { return o->ob_ref_local == GP_IMMORTAL_LOCAL; }

static inline void gp_incref(gp_obj *o) {
    if (gp_is_small(o)) return;
    uint32_t local = o->ob_ref_local;
    if (local == GP_IMMORTAL_LOCAL) return;
    if (o->ob_tid == gp_tid())
        o->ob_ref_local = local + 1;
    else
        atomic_fetch_add_explicit(&o->ob_ref_shared, (gp_ssize)1 << GP_REF_SHARED_SHIFT,
                                  memory_order_relaxed);
}

static inline void gp_decref(gp_obj *o) {
    if (gp_is_small(o)) return;
    uint32_t local = o->ob_ref_local;
    if (local == GP_IMMORTAL_LOCAL) return;
    if (o->ob_tid == gp_tid()) {
        o->ob_ref_local = --local;
        if (local == 0) gp_ref_merge_zero(o);
    } else {
        gp_ref_decref_shared(o);
    }
}

/* The total count, for sys.getrefcount and debugging. */
static inline gp_ssize gp_refcnt(const gp_obj *o) {
    if (gp_is_small(o)) return 1;
    if (o->ob_ref_local == GP_IMMORTAL_LOCAL) return (gp_ssize)UINT32_MAX;
    gp_ssize shared = atomic_load_explicit(&((gp_obj *)o)->ob_ref_shared, memory_order_relaxed);
    return (gp_ssize)o->ob_ref_local + (shared >> GP_REF_SHARED_SHIFT);
}

/* Make an object live forever (interned strings, code constants). */
static inline void gp_set_immortal(gp_obj *o) {
    if (!gp_is_small(o)) o->ob_ref_local = GP_IMMORTAL_LOCAL;
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

#endif

/* gp_decref_keep drops a reference without freeing the object: it returns
   1 if that was the last one (a finalizer that revived a dying object with
   gp_obj_init_header uses it to learn whether the object may go). */

static inline void gp_xincref(gp_obj *o) { if (o) gp_incref(o); }
static inline void gp_xdecref(gp_obj *o) { if (o) gp_decref(o); }

#endif
