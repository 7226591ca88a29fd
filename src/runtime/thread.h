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

struct gp_frame;

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
    GP_BREAK_REF_MERGE = 1u << 5     /* objects wait for a refcount merge */
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
    uintptr_t tid;                  /* biased-refcount owner id (gp_tid()) */

    gp_obj *dict;                   /* per-thread dict for threading.local */
    void *freelists;                /* per-thread free lists, owned by objects/ */
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

    int recursion_limit;
    int int_max_str_digits;  /* int <-> str digit limit, 0 = none (sys.set_int_max_str_digits) */
    uint64_t hash_key[2];   /* SipHash key (GILPY_HASHSEED=0 makes it fixed) */

    /* Start-up configuration from the command line and environment. */
    int unbuffered;         /* -u */
    int interactive;        /* REPL */
    int gil_enabled;        /* sys._is_gil_enabled() */
    int verbose;
    gp_obj *xoptions;       /* dict of -X options */
    gp_obj *argv;           /* list for sys.argv */
    const char *program;    /* argv[0] of the process */

    void *gil;              /* the GIL, owned by runtime/gil.c */
    void *state;            /* runtime-private tables (import cache etc.) */
    void *gc;               /* the cycle collector's state, owned by runtime/gc.c */
    void *capi;             /* registered native modules, owned by capi/ */
};

/* The calling thread's state (a _Thread_local), for code without a `t`. */
gp_thread *gp_thread_current(void);
void gp_thread_set_current(gp_thread *t);

#endif
