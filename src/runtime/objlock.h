/* The per-object lock of the free-threaded build.

   Containers (list, dict, set, bytearray, deque, instance dicts) hold the
   1-byte ob_mutex of their header while they change or while a compound
   read must see one state.  The GIL build has the GIL for that, so there
   every call below compiles to nothing.

   Rules for code that holds an object lock:
   - hold it only over plain C work on the object's own memory: never call
     Python code, never call anything that can block, release the GIL, run a
     destructor (decref to zero) or reach an eval-breaker check;
   - so compare, hash and decref outside: copy the references you need
     (with an incref) under the lock, unlock, then work on the copies;
   - two objects are locked with gp_obj_lock2, which takes them in address
     order so that two threads can never wait for each other;
   - a function that expects the caller to hold the lock ends in `_locked`.

   The lock word: 0 free, 1 held, 2 held with waiters.  A thread that finds
   it held spins briefly, then sleeps in a parking lot keyed by the object's
   address (runtime/objlock.c).

   While the process runs a single thread, or runs with the GIL, nobody can
   contend, so the lock is skipped: gp_ft_threaded turns on (and stays on)
   just before the first extra thread starts running Python without the GIL,
   at a moment when the only thread is not inside any critical section.
   Shared caches that are safe only single-threaded test gp_is_threaded(). */
#ifndef GP_OBJLOCK_H
#define GP_OBJLOCK_H

#include "object.h"

#ifdef GP_FREE_THREADED

extern _Atomic int gp_ft_threaded;

GP_ALWAYS_INLINE int gp_is_threaded(void) {
    return atomic_load_explicit(&gp_ft_threaded, memory_order_relaxed);
}
/* Called by the thread-start code before a second thread runs without the GIL. */
void gp_ft_set_threaded(void);

void gp_obj_lock_slow(gp_obj *o);
void gp_obj_unlock_slow(gp_obj *o);

static inline void gp_obj_lock(gp_obj *o) {
    if (!gp_is_threaded()) return;
    uint8_t expected = 0;
    if (!atomic_compare_exchange_strong_explicit(&o->ob_mutex, &expected, 1,
                                                 memory_order_acquire, memory_order_relaxed))
        gp_obj_lock_slow(o);
}

static inline void gp_obj_unlock(gp_obj *o) {
    if (!gp_is_threaded()) return;
    if (atomic_fetch_sub_explicit(&o->ob_mutex, 1, memory_order_release) != 1)
        gp_obj_unlock_slow(o);
}

/* 1 if some thread holds the lock (for assertions only). */
static inline int gp_obj_is_locked(gp_obj *o) {
    return !gp_is_threaded() || atomic_load_explicit(&o->ob_mutex, memory_order_relaxed) != 0;
}

#else

static inline int gp_is_threaded(void) { return 0; }
static inline void gp_ft_set_threaded(void) {}
static inline void gp_obj_lock(gp_obj *o) { (void)o; }
static inline void gp_obj_unlock(gp_obj *o) { (void)o; }
static inline int gp_obj_is_locked(gp_obj *o) { (void)o; return 1; }

#endif

/* Lock two objects in address order; a and b may be the same object. */
static inline void gp_obj_lock2(gp_obj *a, gp_obj *b) {
    if (a == b) { gp_obj_lock(a); return; }
    if ((uintptr_t)a > (uintptr_t)b) { gp_obj *x = a; a = b; b = x; }
    gp_obj_lock(a);
    gp_obj_lock(b);
}

static inline void gp_obj_unlock2(gp_obj *a, gp_obj *b) {
    gp_obj_unlock(a);
    if (a != b) gp_obj_unlock(b);
}

#endif
