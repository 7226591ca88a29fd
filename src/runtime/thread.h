/* Thread and interpreter state.

   gp_interp holds everything mutable that threads share: modules, builtins,
   interned strings, the list of threads, the GIL.  There is no other mutable
   global state, so a second interpreter in one process stays possible.
   gp_thread is one OS thread's state and is passed explicitly (`t`) through
   the VM and the core; gp_thread_current() serves code that has no `t`. */
#ifndef GP_THREAD_H
#define GP_THREAD_H

#include <pthread.h>

#include "object.h"
#include "runtime/spinlock.h"

struct gp_frame;

/* Thread-state states.  An attached thread may touch objects; a detached
   one (in a blocking call, between GP_BEGIN_ALLOW_THREADS and
   GP_END_ALLOW_THREADS) may not; a suspended one is detached and held by a
   stop-the-world until it ends.  Without the GIL these replace holding and
   releasing it. */
enum { GP_TS_DETACHED = 0, GP_TS_ATTACHED = 1, GP_TS_SUSPENDED = 2 };

/* One entry of the stack of exceptions being handled (sys.exc_info()):
   each running generator pushes its own. */
typedef struct gp_exc_item {
    gp_obj *exc; /* the exception being handled here, or NULL */
    struct gp_exc_item *prev;
} gp_exc_item;

/* Bits of the eval-breaker word, checked on backward jumps and calls. */
enum {
    GP_BREAK_GIL_DROP = 1u << 0,     /* another thread asks for the GIL */
    GP_BREAK_SIGNAL = 1u << 1,       /* a signal handler is pending */
    GP_BREAK_ASYNC_EXC = 1u << 2,    /* an exception was set for this thread */
    GP_BREAK_STOP_WORLD = 1u << 3,   /* park at a safe point */
    GP_BREAK_GC = 1u << 4,           /* a collection is due */
    GP_BREAK_REF_MERGE = 1u << 5,    /* objects wait for a refcount merge */
    GP_BREAK_QSBR = 1u << 6          /* report a quiescent state (runtime/qsbr.h) */
};

struct gp_thread {
    gp_interp *interp;
    gp_thread *prev, *next;         /* in interp->threads */

    struct gp_frame *frame;         /* innermost Python frame, or NULL */
    gp_obj *exc;                    /* the exception being raised, or NULL */
    gp_exc_item exc_base;           /* bottom of the handled-exception stack */
    gp_exc_item *exc_info;          /* top of it */

    int py_depth;                   /* nested Python calls (RecursionError) */
    int c_depth;                    /* nested recursive C calls */
    int recursion_headroom;         /* > 0 while handling a RecursionError */

    _Atomic uint32_t eval_breaker;
    gp_obj *async_exc;              /* to raise at the next check */

    pthread_t pthread;
    unsigned long ident;            /* threading.get_ident() */
    unsigned long native_id;        /* threading.get_native_id() */
    uint32_t tid;                   /* biased-refcount owner id (gp_tid()) */
    _Atomic int state;              /* GP_TS_*: may it touch objects now? */

    /* Objects owned by this thread whose shared count another thread took
       below zero: merged here at the next eval-breaker check (refcount.c).
       Guarded by merge_lock; merge_closed is set once the thread exits. */
    gp_spinlock merge_lock;
    gp_obj **merge_items;
    size_t merge_len, merge_cap;
    int merge_closed;

    void *import_waiting;           /* the module lock this thread waits for */

    /* Deferred frees (runtime/qsbr.c): the write sequence this thread saw
       at its last quiescent state, and its queue of items waiting for the
       other threads to pass one (entries qsbr_head..qsbr_len). */
    _Atomic uint64_t qsbr_seq;
    void *qsbr_items;
    size_t qsbr_head, qsbr_len, qsbr_cap;
    uint64_t qsbr_asked;            /* the sequence this thread last advanced to */
    int qsbr_countdown;             /* eval-breaker checks until the next poll */

    gp_obj *dict;                   /* per-thread dict for threading.local */
    void *freelists;                /* per-thread free lists, owned by objects/ */
    void *frame_cache;              /* finished frames for reuse, owned by vm/frame.c */
    void *gil_stats;                /* -X gilstats counters */
};

struct gp_interp {
    gp_obj *modules;        /* sys.modules */
    gp_obj *builtins_mod;   /* the builtins module */
    gp_obj *builtins;       /* its dict */
    gp_obj *sys_mod;
    gp_obj *sysdict;
    gp_obj *interned;       /* dict str -> str of interned strings */
    gp_obj *import_lock_owner;

    gp_thread *threads;     /* all thread states, main first */
    gp_thread *main_thread;
    pthread_mutex_t threads_mutex;

    /* Set by sys from any thread, read by all: atomic, as there is no GIL
       to order the accesses in the free-threaded build. */
    _Atomic int recursion_limit;
    _Atomic int int_max_str_digits;  /* int <-> str digit limit, 0 = none (sys.set_int_max_str_digits) */
    uint64_t hash_key[2];   /* SipHash key (GILPY_HASHSEED=0 makes it fixed) */

    /* Start-up configuration from the command line and environment. */
    int unbuffered;         /* -u */
    int interactive;        /* REPL */
    int gil_enabled;        /* sys._is_gil_enabled() */
    int gil_option;         /* -X gil / GILPY_GIL as given: 0, 1, or -1 for neither */
    int verbose;
    gp_obj *xoptions;       /* dict of -X options */
    gp_obj *argv;           /* list for sys.argv */
    const char *program;    /* argv[0] of the process */

    /* Stop-the-world (runtime/pstate.c): the mutex guards the fields below
       it; `cond` is broadcast when a thread detaches during a stop and when
       the world starts again.  `requested` is also read without the mutex
       by threads attaching. */
    pthread_mutex_t stw_mutex;
    pthread_cond_t stw_cond;
    _Atomic int stw_requested;
    gp_thread *_Atomic stw_stopper; /* the thread that stopped the world */
    int stw_depth;                  /* nested stops by stw_stopper */
    /* How many threads are attached without the GIL, never less than the
       truth: raised before a thread attaches, lowered after it detaches
       (runtime/qsbr.c frees at once when the caller is the only one). */
    _Atomic int nattached;

    /* Deferred frees (runtime/qsbr.c): the global write sequence, and the
       items of threads that exited before they were due (guarded by
       threads_mutex). */
    _Atomic uint64_t qsbr_wr_seq;
    void *qsbr_orphans;
    size_t qsbr_orphans_len, qsbr_orphans_cap;

    void *gil;              /* the GIL, owned by runtime/gil.c */
    void *state;            /* runtime-private tables (import cache etc.) */
    void *import_locks;     /* per-module import locks (runtime/import.c) */
    void *gc;               /* the cycle collector's state, owned by runtime/gc.c */
    void *capi;             /* registered native modules, owned by capi/ */
};

/* Whether threads of `in` take turns under a GIL.  The GIL build always
   does; the free-threaded build does when started with -X gil=1.  This is
   the one place where the builds differ for thread states: everything that
   depends on it is written once and tests this. */
static inline int gp_gil_is_on(const gp_interp *in) {
#ifdef GP_FREE_THREADED
    return in->gil_enabled;
#else
    (void)in;
    return 1;
#endif
}

/* The calling thread's state (a _Thread_local), for code without a `t`. */
extern _Thread_local gp_thread *gp_tls_current GP_TLS_MODEL;
static inline gp_thread *gp_thread_current(void) { return gp_tls_current; }
void gp_thread_set_current(gp_thread *t);

#endif
