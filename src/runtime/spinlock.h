/* A small lock for short critical sections over shared runtime tables (the
   collector's shards, the weak-reference table, spare frames).  The GIL
   build serialises threads already, so there it compiles to nothing. */
#ifndef GP_SPINLOCK_H
#define GP_SPINLOCK_H

#include <sched.h>
#include <stdatomic.h>

typedef struct {
    atomic_flag flag;
} gp_spinlock;

static inline void gp_spin_init(gp_spinlock *l) { atomic_flag_clear(&l->flag); }

static inline void gp_spin_lock(gp_spinlock *l) {
#ifdef GP_FREE_THREADED
    while (atomic_flag_test_and_set_explicit(&l->flag, memory_order_acquire)) sched_yield();
#else
    (void)l;
#endif
}

static inline void gp_spin_unlock(gp_spinlock *l) {
#ifdef GP_FREE_THREADED
    atomic_flag_clear_explicit(&l->flag, memory_order_release);
#else
    (void)l;
#endif
}

#endif
