/* The global interpreter lock and the life of thread states.

   A thread must hold the GIL to touch objects or run bytecode.  The lock is
   a `locked` flag guarded by a mutex and a condition variable.  A thread
   that wants the GIL waits on the condition for one switch interval; if the
   interval passes with no hand-over at all, it sets the drop-request bit in
   the holder's eval-breaker word.  The holder sees the bit at its next check
   (backward jump or call), releases the GIL and, because it was asked to,
   waits until another thread has actually taken it (forced switching), so
   that it cannot take it straight back.  Blocking calls release the GIL with
   GP_BEGIN_ALLOW_THREADS / GP_END_ALLOW_THREADS.

   In the free-threaded build the same lock is used only when the
   interpreter runs with the GIL enabled (-X gil=1); otherwise taking and
   dropping it do nothing, and GP_BEGIN_ALLOW_THREADS /
   GP_END_ALLOW_THREADS detach and attach the thread state instead
   (runtime/pstate.h). */
#ifndef GP_GIL_H
#define GP_GIL_H

#include "object.h"
#include "runtime/pstate.h"

/* Counters for -X gilstats, one set per thread (gp_thread.gil_stats). */
typedef struct gp_gil_stats {
    uint64_t acquisitions;    /* times this thread took the GIL */
    uint64_t wait_ns;         /* time spent waiting for it */
    uint64_t held_ns;         /* time spent holding it */
    uint64_t drop_requests;   /* times another thread asked it to let go */
    uint64_t forced_switches; /* times it waited for a waiter to take over */
    uint64_t taken_at;        /* when it last took the GIL (monotonic ns) */
} gp_gil_stats;

/* Create the interpreter's GIL (interp->gil), enabled or not, and give it to
   the calling thread.  Returns -1 when out of memory. */
int gp_gil_init(gp_interp *in, int enabled, int stats);

/* Take / release the GIL for thread t.  Taking it after finalisation
   started never returns for threads other than the finalising one: daemon
   threads coming back from a blocking call stay parked until the process
   exits. */
void gp_gil_take(gp_thread *t);
void gp_gil_drop(gp_thread *t);

/* Called from the eval loop when GP_BREAK_GIL_DROP is set in t's eval
   breaker: let a waiting thread run, then take the GIL back. */
void gp_gil_handle_drop_request(gp_thread *t);

/* Detach the calling thread around a blocking call (release the GIL, or
   leave the attached state); returns the thread state to pass to
   gp_gil_restore_thread, which attaches it again.  Use the macros below. */
gp_thread *gp_gil_save_thread(void);
void gp_gil_restore_thread(gp_thread *t);

#define GP_BEGIN_ALLOW_THREADS { gp_thread *gp_saved_thread_ = gp_gil_save_thread();
#define GP_END_ALLOW_THREADS gp_gil_restore_thread(gp_saved_thread_); }

/* sys.setswitchinterval / getswitchinterval, in seconds. */
void gp_gil_set_switch_interval(gp_interp *in, double seconds);
double gp_gil_get_switch_interval(gp_interp *in);

/* Interpreter shutdown: from now on only t may hold the GIL. */
void gp_gil_begin_finalize(gp_thread *t);
/* sys.is_finalizing() */
int gp_gil_is_finalizing(gp_interp *in);
/* Fresh -X gilstats counters for a new thread state (NULL when off). */
void *gp_gil_new_stats(gp_thread *t);
/* Print the -X gilstats report for every thread state still alive and for
   those already gone (kept as lines since their exit). */
void gp_gil_print_stats(gp_interp *in);
/* Record the statistics of a thread about to be destroyed. */
void gp_gil_save_stats(gp_thread *t);

/* SIGINT raises KeyboardInterrupt in the main thread, also while it waits
   in a lock, a join, a sleep or a read: install the handler (scripts only;
   the interactive prompt keeps the default). */
void gp_signals_init(gp_interp *in);
/* Without the GIL: has a SIGINT arrived that t (the main thread) must
   answer?  Blocking loops stop waiting when it says so. */
int gp_signals_pending(gp_thread *t);
/* With the GIL, after a wait came back early: raise KeyboardInterrupt and
   return -1 if a SIGINT is pending for t, else return 0. */
int gp_signals_check(gp_thread *t);

/* Free-threaded build: a native module that has not declared it can run
   without the GIL is being imported.  Turns the GIL on and returns 1, or
   returns 0 when it is on already or was turned off on purpose (-X gil=0,
   GILPY_GIL=0); -1 with ImportError when other threads run without it.
   The caller issues the RuntimeWarning. */
int gp_gil_enable_for_module(gp_thread *t);

/* fork() in a threaded program.  The forking thread holds the GIL and
   calls gp_gil_before_fork, then after fork() gp_gil_after_fork_parent in
   the parent or gp_gil_after_fork_child in the child: there the GIL and
   the runtime's locks are made anew, held by t, the states of the threads
   that did not survive the fork are freed, and t becomes the main thread. */
void gp_gil_before_fork(gp_thread *t);
void gp_gil_after_fork_parent(gp_thread *t);
void gp_gil_after_fork_child(gp_thread *t);
/* How many forks led to this process (0 in the first one); see gil.c. */
unsigned long gp_fork_generation(void);

/* Thread states (runtime/threads.c). */

/* A new thread state for the calling OS thread, linked into in->threads
   and made current.  It does not hold the GIL yet.  NULL when out of memory. */
/* A thread state for the calling thread, with owner id tid, or one taken
   now when tid is 0; NULL when memory or ids have run out. */
gp_thread *gp_threadstate_new(gp_interp *in, uint32_t tid);
uint32_t gp_threadstate_take_id(void); /* 0 when all are used */
/* Unlink and free the calling thread's state, which holds the GIL; the GIL
   is released before the memory goes. */
void gp_threadstate_delete_current(gp_thread *t);
/* After fork(), in the child: free every thread state but t's. */
void gp_threadstate_delete_others(gp_thread *t);
/* In a child after fork: free the state of a thread that did not survive
   (t is the surviving, calling thread). */
void gp_threadstate_forget(gp_thread *t, gp_thread *gone);
/* Queue o to the thread whose owner id is tid for a refcount merge.
   0 when that thread has exited (or is exiting): the caller merges. */
int gp_threadstate_queue_merge(gp_interp *in, uint32_t tid, gp_obj *o);
/* Number of thread states (threading._count). */
gp_ssize gp_threadstate_count(gp_interp *in);

/* The _thread module. */
gp_obj *gp_mod_thread_init(gp_thread *t);

#endif
