/* Attached and detached thread states, stopping the world, and fork (see
   pstate.h for the contract).

   The protocol without the GIL, in terms of two atomic words: each
   thread's `state` and the interpreter's `stw_requested`.

   - A thread attaches by compare-and-swap of its state from DETACHED to
     ATTACHED, then reads stw_requested.  If a stop is being requested (by
     another thread) it goes back to DETACHED and waits for the end of it.
   - The stopping thread stores stw_requested = 1, then scans the thread
     list: it moves every DETACHED state to SUSPENDED (a suspended thread
     cannot attach: its compare-and-swap fails), and asks every ATTACHED
     one to park through its eval breaker.  It waits on stw_cond and scans
     again until no thread is attached.
   - A thread detaches by storing DETACHED, then reads stw_requested; if a
     stop is requested it wakes the stopper (under stw_mutex, so the wake-up
     cannot fall between the stopper's scan and its wait).

   All of these accesses are sequentially consistent, so of "a thread
   attaches" and "the stopper scans it", at least one sees the other: either
   the attaching thread sees the request and backs off, or the scan sees it
   attached and waits for it.  Threads that start during a stop are linked
   into the list detached and attach like any other.

   Lock order: stw_mutex before threads_mutex.  Nobody holding
   threads_mutex waits for stw_mutex. */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gc.h"
#include "runtime/gil.h"
#include "runtime/objlock.h"
#include "runtime/pstate.h"
#include "runtime/qsbr.h"

void gp_pstate_init(gp_interp *in) {
    pthread_mutex_init(&in->threads_mutex, NULL);
    pthread_mutex_init(&in->stw_mutex, NULL);
    pthread_cond_init(&in->stw_cond, NULL);
    atomic_store(&in->stw_requested, 0);
    atomic_store(&in->stw_stopper, NULL);
    in->stw_depth = 0;
    atomic_store(&in->nattached, 0);
}

static void wake_stopper(gp_interp *in) {
    pthread_mutex_lock(&in->stw_mutex);
    pthread_cond_broadcast(&in->stw_cond);
    pthread_mutex_unlock(&in->stw_mutex);
}

static int stopped_by_other(gp_interp *in, gp_thread *t) {
    return atomic_load(&in->stw_requested) && atomic_load(&in->stw_stopper) != t;
}

/* State changes into and out of ATTACHED keep in->nattached an upper
   bound: raised before a thread can be attached, lowered after it no
   longer is. */
static int try_attach(gp_interp *in, gp_thread *t) {
    int expected = GP_TS_DETACHED;
    atomic_fetch_add(&in->nattached, 1);
    if (atomic_compare_exchange_strong(&t->state, &expected, GP_TS_ATTACHED)) return 1;
    atomic_fetch_sub(&in->nattached, 1);
    return 0;
}

static void set_detached(gp_interp *in, gp_thread *t) {
    if (atomic_exchange(&t->state, GP_TS_DETACHED) == GP_TS_ATTACHED) atomic_fetch_sub(&in->nattached, 1);
}

void gp_thread_detach(gp_thread *t) {
    gp_interp *in = t->interp;
    if (gp_gil_is_on(in)) {
        gp_gil_drop(t);
        return;
    }
    set_detached(in, t);
    if (atomic_load(&in->stw_requested)) wake_stopper(in);
}

void gp_thread_attach(gp_thread *t) {
    gp_interp *in = t->interp;
    if (gp_gil_is_on(in)) {
        gp_gil_take(t);
        return;
    }
    int saved_errno = errno;
    for (;;) {
        if (try_attach(in, t)) {
            if (!stopped_by_other(in, t)) {
                gp_qsbr_attach(t);
                break;
            }
            /* A stop began while we attached: step back and wait. */
            set_detached(in, t);
            wake_stopper(in);
        }
        pthread_mutex_lock(&in->stw_mutex);
        while (atomic_load(&t->state) == GP_TS_SUSPENDED || stopped_by_other(in, t))
            pthread_cond_wait(&in->stw_cond, &in->stw_mutex);
        pthread_mutex_unlock(&in->stw_mutex);
    }
    errno = saved_errno;
}

void gp_thread_park(gp_thread *t) {
    atomic_fetch_and(&t->eval_breaker, ~(uint32_t)GP_BREAK_STOP_WORLD);
    if (gp_gil_is_on(t->interp) || !stopped_by_other(t->interp, t)) return;
    gp_thread_detach(t);
    gp_thread_attach(t);
}

/* One scan: suspend the detached threads, ask the attached ones to park.
   Returns how many are still attached.  Called with stw_mutex held. */
static int scan_threads(gp_interp *in, gp_thread *me) {
    int attached = 0;
    pthread_mutex_lock(&in->threads_mutex);
    for (gp_thread *th = in->threads; th; th = th->next) {
        if (th == me) continue;
        int expected = GP_TS_DETACHED;
        if (atomic_compare_exchange_strong(&th->state, &expected, GP_TS_SUSPENDED)) continue;
        if (expected == GP_TS_SUSPENDED) continue;
        atomic_fetch_or(&th->eval_breaker, (uint32_t)GP_BREAK_STOP_WORLD);
        attached++;
    }
    pthread_mutex_unlock(&in->threads_mutex);
    return attached;
}

void gp_stop_the_world(gp_thread *t) {
    gp_interp *in = t->interp;
    if (gp_gil_is_on(in)) return;
    if (atomic_load(&in->stw_stopper) == t) {
        in->stw_depth++;
        return;
    }
    pthread_mutex_lock(&in->stw_mutex);
    /* Another thread is stopping the world and waits for this one: park
       (detached, so that it stops counting us) until it is done. */
    while (atomic_load(&in->stw_requested)) {
        set_detached(in, t);
        pthread_cond_broadcast(&in->stw_cond);
        while (atomic_load(&in->stw_requested))
            pthread_cond_wait(&in->stw_cond, &in->stw_mutex);
        /* The stopper has reset suspended states to detached. */
        try_attach(in, t);
    }
    atomic_store(&in->stw_stopper, t);
    in->stw_depth = 1;
    atomic_store(&in->stw_requested, 1);
    while (scan_threads(in, t) > 0) pthread_cond_wait(&in->stw_cond, &in->stw_mutex);
    pthread_mutex_unlock(&in->stw_mutex);
}

void gp_start_the_world(gp_thread *t) {
    gp_interp *in = t->interp;
    if (gp_gil_is_on(in) || atomic_load(&in->stw_stopper) != t) return;
    if (--in->stw_depth > 0) return;
    pthread_mutex_lock(&in->stw_mutex);
    pthread_mutex_lock(&in->threads_mutex);
    for (gp_thread *th = in->threads; th; th = th->next) {
        int expected = GP_TS_SUSPENDED;
        atomic_compare_exchange_strong(&th->state, &expected, GP_TS_DETACHED);
    }
    pthread_mutex_unlock(&in->threads_mutex);
    atomic_store(&in->stw_stopper, NULL);
    atomic_store(&in->stw_requested, 0);
    pthread_cond_broadcast(&in->stw_cond);
    pthread_mutex_unlock(&in->stw_mutex);
}

void gp_stop_the_world_forever(gp_thread *t) {
    gp_stop_the_world(t);
    /* One level more than anyone will undo: the world stays stopped. */
    if (!gp_gil_is_on(t->interp)) t->interp->stw_depth++;
}

void gp_runtime_go_threaded(gp_thread *t) {
    if (gp_gil_is_on(t->interp) || gp_is_threaded()) return;
    gp_gc_immortalize_deferred(t);
    gp_gc_spread_shards(t);
    gp_ft_set_threaded();
    /* Still the only thread: the next one starts after this returns. */
    gp_ref_release_immortals();
}

/* ------------------------------------------------------------ fork */

/* In the child only the forking thread exists.  gp_gil_after_fork_child
   releases the locks taken before the fork, rebuilds the GIL, makes t the
   main thread and frees the other thread states (dropping their
   references and merging the objects queued to them); the world-stop
   fields start afresh, since the threads that were stopped are gone. */
static void after_fork_child(gp_thread *t) {
    gp_interp *in = t->interp;
    gp_gil_after_fork_child(t);
    gp_pstate_init(in);
    atomic_store(&t->state, GP_TS_ATTACHED);
    atomic_store(&in->nattached, 1);
    gp_import_after_fork(t);
    gp_qsbr_release_all(t);
}

pid_t gp_runtime_fork(gp_thread *t) {
    gp_stop_the_world(t);
    /* No thread may be linking or unlinking a state, or handing over the
       GIL, while we fork: the child must not inherit half a change. */
    gp_gil_before_fork(t);
    pid_t pid = fork();
    int saved = errno;
    if (pid == 0) {
        after_fork_child(t);
        return 0;
    }
    gp_gil_after_fork_parent(t);
    gp_start_the_world(t);
    errno = saved;
    return pid;
}
