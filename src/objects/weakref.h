/* Weak references: the layout and the table that finds the references to
   an object.  Shared by objects/weakref.c and runtime/gc.c only.

   Objects have no field for their weak references.  Instead the
   interpreter keeps one table from object address to the head of a doubly
   linked list of the gp_weakref objects pointing at it, and the object's
   gc head carries GP_GC_HAS_WEAKREFS while it has an entry, so that freeing
   an object without weak references costs one bit test.  Only objects with
   a gc head can therefore be weakly referenced, plus static type objects,
   which never die and need no entry.

   Order of a list: the plain reference without callback (shared by every
   weakref.ref(o) call, as in CPython) comes first, then the proxies, then
   the references with callbacks, newest first: callbacks run in list
   order when the referent dies. */
#ifndef GP_OBJECTS_WEAKREF_H
#define GP_OBJECTS_WEAKREF_H

#include "gilpy_core.h"
#include "runtime/spinlock.h"
#include "runtime/gc.h"

typedef struct gp_weakref {
    gp_obj base;
    gp_obj *referent;         /* borrowed; NULL once the referent died */
    gp_obj *callback;         /* strong or NULL */
    gp_hash hash;             /* -1 until hash() was taken */
    struct gp_weakref *prev;  /* in the referent's list */
    struct gp_weakref *next;
} gp_weakref;

/* Open-addressed map: object address -> first gp_weakref.  Linear probing
   with backward-shift deletion, so there are no tombstones. */
typedef struct gp_weak_table {
    gp_obj **keys;
    gp_weakref **heads;
    size_t cap;  /* a power of two, or 0 before the first entry */
    size_t used;
    gp_spinlock lock;
} gp_weak_table;

/* weakref.ProxyType and weakref.CallableProxyType (objects/weakproxy.c):
   gp_weakref objects whose operations act on the referent. */
extern gp_type gp_weakproxy_type, gp_weakcallableproxy_type;

/* A new reference or proxy of `type` to o (callback NULL or None). */
gp_obj *gp_weakref_new_of_type(gp_thread *t, gp_type *type, gp_obj *o, gp_obj *callback);
/* The referent as a new reference, or NULL (no exception) once it died. */
gp_obj *gp_weakref_referent_new(gp_thread *t, gp_weakref *r);
/* The slots every weak reference type shares. */
void gp_weakref_dealloc(gp_obj *o);
int gp_weakref_traverse(gp_obj *o, gp_visitproc visit, void *arg);
int gp_weakref_tp_clear(gp_obj *o);

/* The table of the interpreter (lives in the collector's state). */
gp_weak_table *gp_gc_weak_table(gp_interp *in);

static inline int gp_weakref_check(const gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    return tp == &gp_weakref_type || gp_type_is_subtype(tp, &gp_weakref_type);
}

/* For the collector, with the world stopped: detach every weak reference
   to o (garbage) and append to *pending (a growing array of new
   references, in pairs: the weak reference, then its callback) those whose
   callbacks must run: the ones with a callback that are not garbage
   themselves (GP_GC_UNREACHABLE).  Returns -1 when out of memory for the
   array (those callbacks are then dropped). */
int gp_weakref_detach_for_gc(gp_interp *in, gp_obj *o, gp_obj ***pending, size_t *n, size_t *cap);
/* Unlink one weak reference from its referent's list (it is garbage). */
void gp_weakref_unlink(gp_interp *in, gp_obj *ref);
/* Call callback(ref), reporting errors as unraisable; consumes both. */
void gp_weakref_run_callback_steal(gp_thread *t, gp_obj *ref, gp_obj *callback);

#endif
