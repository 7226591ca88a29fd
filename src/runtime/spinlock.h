/* A small lock for short critical sections over shared runtime tables (the
   collector's shards, the weak-reference table, biased-refcount merge
   queues).  The GIL
   build serialises threads already, so there it compiles to nothing. */
#ifndef GP_SPINLOCK_H
#define GP_SPINLOCK_H

#include <sched.h>
#include <stdatomic.h>

typedef struct {
    atomic_flag flag;
} gp_spinlock;

static inline void gp_spin_init(gp_spinlock *l) { atomic_flag_clear(&l->flag); }

/* Until a second thread runs without the GIL (gp_ft_threaded, see
   runtime/objlock.h) nobody can contend, so the lock is skipped, as the
   object locks are.  The switch happens in _thread.start_new_thread, where
   the only thread holds no spin lock. */
#ifdef GP_FREE_THREADED
extern _Atomic int gp_ft_threaded;
#endif

static inline void gp_spin_lock(gp_spinlock *l) {
#ifdef GP_FREE_THREADED
    if (!atomic_load_explicit(&gp_ft_threaded, memory_order_relaxed)) return;
    while (atomic_flag_test_and_set_explicit(&l->flag, memory_order_acquire)) sched_yield();
#else
    (void)l;
#endif
}

static inline void gp_spin_unlock(gp_spinlock *l) {
#ifdef GP_FREE_THREADED
    if (!atomic_load_explicit(&gp_ft_threaded, memory_order_relaxed)) return;
    atomic_flag_clear_explicit(&l->flag, memory_order_release);
#else
    (void)l;
#endif
}

#endif
