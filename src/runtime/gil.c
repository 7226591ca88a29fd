/* The global interpreter lock (see gil.h for the design). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gil.h"

typedef struct {
    /* `locked` and `holder` change under `mutex`; `cond` is signalled when
       the GIL is released.  `holder` is the last thread that took the GIL
       and stays set after it lets go, so that `switch_number` counts real
       hand-overs only. */
    pthread_mutex_t mutex;
    pthread_cond_t cond;
    int locked;
    gp_thread *holder;
    unsigned long switch_number;

    /* Forced switching: a thread that dropped the GIL on request waits on
       `switch_cond` until another thread has taken it.  `holder` is also
       written under `switch_mutex`, which is taken inside `mutex`. */
    pthread_mutex_t switch_mutex;
    pthread_cond_t switch_cond;

    _Atomic unsigned long interval_us;
    int enabled;
    int stats;

    /* Once set, only `finalizer` may take the GIL. */
    _Atomic int finalizing;
    gp_thread *finalizer;

    /* -X gilstats lines of threads that have exited, under `mutex`. */
    char *gone_stats;
    size_t gone_len;
} gp_gil;

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static gp_gil *gil_of(gp_thread *t) { return (gp_gil *)t->interp->gil; }

static void init_cond(pthread_cond_t *c) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(c, &attr);
    pthread_condattr_destroy(&attr);
}

int gp_gil_init(gp_interp *in, int enabled, int stats) {
    gp_gil *g = calloc(1, sizeof *g);
    if (!g) return -1;
    pthread_mutex_init(&g->mutex, NULL);
    pthread_mutex_init(&g->switch_mutex, NULL);
    init_cond(&g->cond);
    init_cond(&g->switch_cond);
    atomic_store(&g->interval_us, GP_DEFAULT_SWITCH_INTERVAL_US);
    g->enabled = enabled;
    g->stats = stats;
    in->gil = g;
    in->gil_enabled = enabled;
    return 0;
}

/* A thread that comes back for the GIL while the interpreter is being torn
   down (a daemon thread) must not run again: it stays here until the
   process exits. */
static _Noreturn void park_forever(void) {
    for (;;) pause();
}

static int must_park(gp_gil *g, gp_thread *t) {
    return atomic_load_explicit(&g->finalizing, memory_order_acquire) && t != g->finalizer;
}

void gp_gil_take(gp_thread *t) {
    gp_gil *g = gil_of(t);
    if (!g->enabled) return;
    int saved_errno = errno;
    if (must_park(g, t)) park_forever();
    gp_gil_stats *st = g->stats ? t->gil_stats : NULL;
    uint64_t start = st ? now_ns() : 0;

    pthread_mutex_lock(&g->mutex);
    while (g->locked) {
        unsigned long switches = g->switch_number;
        unsigned long us = atomic_load_explicit(&g->interval_us, memory_order_relaxed);
        if (us == 0) us = 1;
        struct timespec deadline;
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        deadline.tv_sec += (time_t)(us / 1000000);
        deadline.tv_nsec += (long)(us % 1000000) * 1000;
        if (deadline.tv_nsec >= 1000000000) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000;
        }
        int rc = pthread_cond_timedwait(&g->cond, &g->mutex, &deadline);
        /* A whole interval without a hand-over: ask the holder to let go.
           It is alive: a thread state is freed only after its thread
           released the GIL, which needs this mutex. */
        if (rc == ETIMEDOUT && g->locked && g->switch_number == switches && g->holder) {
            gp_thread *h = g->holder;
            atomic_fetch_or_explicit(&h->eval_breaker, GP_BREAK_GIL_DROP, memory_order_release);
            if (g->stats && h->gil_stats) ((gp_gil_stats *)h->gil_stats)->drop_requests++;
        }
        if (must_park(g, t)) {
            pthread_mutex_unlock(&g->mutex);
            park_forever();
        }
    }

    pthread_mutex_lock(&g->switch_mutex);
    g->locked = 1;
    if (g->holder != t) {
        g->holder = t;
        g->switch_number++;
    }
    pthread_cond_signal(&g->switch_cond);
    pthread_mutex_unlock(&g->switch_mutex);
    /* A request addressed to an earlier holding of the GIL is stale. */
    atomic_fetch_and_explicit(&t->eval_breaker, ~(uint32_t)GP_BREAK_GIL_DROP, memory_order_relaxed);
    if (st) {
        uint64_t now = now_ns();
        st->acquisitions++;
        st->wait_ns += now - start;
        st->taken_at = now;
    }
    pthread_mutex_unlock(&g->mutex);
    errno = saved_errno;
}

void gp_gil_drop(gp_thread *t) {
    gp_gil *g = gil_of(t);
    if (!g->enabled) return;
    if (g->stats && t->gil_stats) {
        gp_gil_stats *st = t->gil_stats;
        st->held_ns += now_ns() - st->taken_at;
    }
    pthread_mutex_lock(&g->mutex);
    g->locked = 0;
    pthread_cond_signal(&g->cond);
    pthread_mutex_unlock(&g->mutex);
}

void gp_gil_handle_drop_request(gp_thread *t) {
    gp_gil *g = gil_of(t);
    /* During shutdown the finalising thread keeps the GIL: the threads that
       asked for it will never take it. */
    if (!g->enabled || atomic_load_explicit(&g->finalizing, memory_order_acquire)) {
        atomic_fetch_and_explicit(&t->eval_breaker, ~(uint32_t)GP_BREAK_GIL_DROP,
                                  memory_order_relaxed);
        return;
    }
    gp_gil_drop(t);
    /* Forced switching: without this wait the thread that was asked to let
       go would usually take the GIL back before the waiter wakes up. */
    pthread_mutex_lock(&g->switch_mutex);
    if (g->holder == t) {
        atomic_fetch_and_explicit(&t->eval_breaker, ~(uint32_t)GP_BREAK_GIL_DROP,
                                  memory_order_relaxed);
        if (g->stats && t->gil_stats) ((gp_gil_stats *)t->gil_stats)->forced_switches++;
        pthread_cond_wait(&g->switch_cond, &g->switch_mutex);
    }
    pthread_mutex_unlock(&g->switch_mutex);
    gp_gil_take(t);
}

gp_thread *gp_gil_save_thread(void) {
    gp_thread *t = gp_thread_current();
    gp_thread_detach(t);
    return t;
}

void gp_gil_restore_thread(gp_thread *t) { gp_thread_attach(t); }

void gp_gil_set_switch_interval(gp_interp *in, double seconds) {
    gp_gil *g = in->gil;
    atomic_store(&g->interval_us, (unsigned long)(seconds * 1e6));
}

double gp_gil_get_switch_interval(gp_interp *in) {
    gp_gil *g = in->gil;
    return (double)atomic_load(&g->interval_us) / 1e6;
}

void gp_gil_begin_finalize(gp_thread *t) {
    gp_gil *g = gil_of(t);
    pthread_mutex_lock(&g->mutex);
    g->finalizer = t;
    atomic_store_explicit(&g->finalizing, 1, memory_order_release);
    /* Wake the waiters so that they park now rather than after a timeout. */
    pthread_cond_broadcast(&g->cond);
    pthread_mutex_unlock(&g->mutex);
}

int gp_gil_is_finalizing(gp_interp *in) {
    gp_gil *g = in->gil;
    return atomic_load_explicit(&g->finalizing, memory_order_acquire);
}

/* ------------------------------------------------------------ native modules */

int gp_gil_enable_for_module(gp_thread *t) {
    gp_gil *g = gil_of(t);
    /* Turned off on purpose (-X gil=0 or GILPY_GIL=0): importing a module
       that needs the GIL then leaves it off, as free-threaded CPython does. */
    if (g->enabled || t->interp->gil_option == 0) return 0;
    /* Threads that already run without the GIL would have to be stopped at
       a safe point before it could be switched on under them; with the
       calling thread alone it simply takes the GIL and keeps it. */
    if (gp_threadstate_count(t->interp) > 1) {
        gp_err_format(t, &gp_exc_ImportError,
                      "cannot enable the GIL while other threads run without it");
        return -1;
    }
    pthread_mutex_lock(&g->mutex);
    pthread_mutex_lock(&g->switch_mutex);
    g->enabled = 1;
    g->locked = 1;
    g->holder = t;
    g->switch_number++;
    pthread_mutex_unlock(&g->switch_mutex);
    pthread_mutex_unlock(&g->mutex);
    if (g->stats && t->gil_stats) ((gp_gil_stats *)t->gil_stats)->taken_at = now_ns();
    t->interp->gil_enabled = 1;
    return 1;
}

/* ------------------------------------------------------------ fork */

/* Incremented in every child after fork().  Locks made before a fork
   compare it with the value they were made under and rebuild their mutex
   and condition variable when it changed: the parent's threads that were
   waiting on them do not exist in the child, and the C library's condition
   variables may wait for such waiters forever.  A count of the process's
   forks is a property of the process, not of an interpreter. */
static _Atomic unsigned long fork_generation;

unsigned long gp_fork_generation(void) {
    return atomic_load_explicit(&fork_generation, memory_order_relaxed);
}

void gp_gil_before_fork(gp_thread *t) {
    gp_interp *in = t->interp;
    /* Held across fork() so that the child gets the thread list and the
       statistics in a consistent state; the forking thread holds the GIL,
       so everything else that threads share is quiet already. */
    pthread_mutex_lock(&in->threads_mutex);
    pthread_mutex_lock(&gil_of(t)->mutex);
}

void gp_gil_after_fork_parent(gp_thread *t) {
    pthread_mutex_unlock(&gil_of(t)->mutex);
    pthread_mutex_unlock(&t->interp->threads_mutex);
}

void gp_gil_after_fork_child(gp_thread *t) {
    gp_interp *in = t->interp;
    gp_gil *g = gil_of(t);
    atomic_fetch_add_explicit(&fork_generation, 1, memory_order_relaxed);
    /* The mutexes were taken by this very thread before fork(); the
       condition variables may count waiters that vanished, so they are
       made anew, and the switch mutex may have been held by one of them. */
    pthread_mutex_unlock(&g->mutex);
    pthread_mutex_unlock(&in->threads_mutex);
    pthread_mutex_init(&g->switch_mutex, NULL);
    init_cond(&g->cond);
    init_cond(&g->switch_cond);
    g->locked = g->enabled;
    g->holder = t;
    g->switch_number = 0;
    atomic_fetch_and_explicit(&t->eval_breaker, ~(uint32_t)GP_BREAK_GIL_DROP, memory_order_relaxed);

    /* The child is a new process with one thread: it becomes the main
       thread (Ctrl-C and signal handlers go to it) and its statistics
       start from zero. */
    t->native_id = (unsigned long)syscall(SYS_gettid);
    in->main_thread = t;
    free(g->gone_stats);
    g->gone_stats = NULL;
    g->gone_len = 0;
    if (t->gil_stats) {
        memset(t->gil_stats, 0, sizeof(gp_gil_stats));
        ((gp_gil_stats *)t->gil_stats)->acquisitions = 1;
        ((gp_gil_stats *)t->gil_stats)->taken_at = now_ns();
    }
    gp_threadstate_delete_others(t);
}

/* ------------------------------------------------------------ statistics */

/* The counters for a new thread state, numbered in creation order; NULL
   when statistics are off. */
void *gp_gil_new_stats(gp_thread *t) {
    gp_gil *g = gil_of(t);
    if (!g || !g->stats) return NULL;
    gp_gil_stats *st = calloc(1, sizeof *st);
    return st;
}

static int format_stats(gp_thread *t, char *buf, size_t size) {
    gp_gil_stats *st = t->gil_stats;
    const char *kind = t == t->interp->main_thread ? "main thread" : "thread";
    return snprintf(buf, size,
                    "gilstats: %s %lu: acquisitions %llu, waited %.3f ms, held %.3f ms, "
                    "drop requests %llu, forced switches %llu\n",
                    kind, t->native_id, (unsigned long long)st->acquisitions, st->wait_ns / 1e6,
                    st->held_ns / 1e6, (unsigned long long)st->drop_requests,
                    (unsigned long long)st->forced_switches);
}

void gp_gil_save_stats(gp_thread *t) {
    gp_gil *g = gil_of(t);
    if (!g->stats || !t->gil_stats) return;
    if (g->enabled) {
        gp_gil_stats *st = t->gil_stats;
        uint64_t now = now_ns();
        st->held_ns += now - st->taken_at;
        st->taken_at = now;
    }
    char line[256];
    int n = format_stats(t, line, sizeof line);
    if (n <= 0) return;
    if ((size_t)n >= sizeof line) n = sizeof line - 1;
    /* The line moves from the thread list to the exited threads' text in
       one step under both locks that gp_gil_print_stats holds, so that a
       report printed meanwhile shows it exactly once.  The counters go
       with it: nothing counts for this thread any more. */
    pthread_mutex_lock(&t->interp->threads_mutex);
    pthread_mutex_lock(&g->mutex);
    char *grown = realloc(g->gone_stats, g->gone_len + (size_t)n + 1);
    if (grown) {
        memcpy(grown + g->gone_len, line, (size_t)n + 1);
        g->gone_stats = grown;
        g->gone_len += (size_t)n;
    }
    void *stats = t->gil_stats;
    t->gil_stats = NULL;
    pthread_mutex_unlock(&g->mutex);
    pthread_mutex_unlock(&t->interp->threads_mutex);
    free(stats);
}

void gp_gil_print_stats(gp_interp *in) {
    gp_gil *g = in->gil;
    if (!g || !g->stats) return;
    gp_thread *me = gp_thread_current();
    /* The calling thread still holds the GIL: count the time up to now. */
    if (me && me->gil_stats && g->enabled) {
        gp_gil_stats *st = me->gil_stats;
        uint64_t now = now_ns();
        st->held_ns += now - st->taken_at;
        st->taken_at = now;
    }
    char line[256];
    pthread_mutex_lock(&in->threads_mutex);
    for (gp_thread *t = in->threads; t; t = t->next) {
        if (!t->gil_stats) continue;
        if (format_stats(t, line, sizeof line) > 0) fputs(line, stderr);
    }
    pthread_mutex_lock(&g->mutex);
    if (g->gone_stats) fputs(g->gone_stats, stderr);
    pthread_mutex_unlock(&g->mutex);
    pthread_mutex_unlock(&in->threads_mutex);
    fflush(stderr);
}

/* ------------------------------------------------------------ SIGINT */

/* A signal handler receives no context: the interpreter that installed it
   is kept here, the one process-wide pointer of this file. */
static gp_interp *signal_interp;

/* Only async-signal-safe work: flags, and the exception to raise (a static
   type, which needs no reference counting). */
static void on_sigint(int signum) {
    gp_interp *in = signal_interp;
    if (!in) return;
    gp_thread *m = in->main_thread;
    if (!m->async_exc) m->async_exc = (gp_obj *)&gp_exc_KeyboardInterrupt;
    atomic_fetch_or(&m->eval_breaker, GP_BREAK_ASYNC_EXC);
}

void gp_signals_init(gp_interp *in) {
    signal_interp = in;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    /* No SA_RESTART: blocking system calls return EINTR so that waits can
       give up and raise. */
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, NULL);
}

/* The pending exception is the one the eval loop would raise at its next
   check (from a SIGINT or _thread.interrupt_main). */
int gp_signals_pending(gp_thread *t) {
    return t == t->interp->main_thread &&
           (atomic_load(&t->eval_breaker) & GP_BREAK_ASYNC_EXC) != 0;
}

int gp_signals_check(gp_thread *t) {
    if (!gp_signals_pending(t)) return 0;
    /* Raise now rather than at the next eval-breaker check. */
    atomic_fetch_and(&t->eval_breaker, ~(uint32_t)GP_BREAK_ASYNC_EXC);
    gp_obj *exc = t->async_exc;
    t->async_exc = NULL;
    if (exc && !gp_type_check(exc)) {
        gp_err_raise_steal(t, exc);
        return -1;
    }
    gp_err_set(t, exc ? (gp_type *)exc : &gp_exc_KeyboardInterrupt, NULL);
    gp_xdecref(exc);
    return -1;
}
