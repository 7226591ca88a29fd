/* The _signal module: Python signal handlers.
   The C handler only records the signal and sets GP_BREAK_SIGNAL on the
   main thread's eval breaker; the Python handler runs later, in the main
   thread, when the VM calls gp_signal_run_pending at its next check.
   Signal dispositions belong to the process, so the table of Python
   handlers is process-wide too, like the dispositions themselves. */
#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <pthread.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gil.h"

#define SIG_ARGS gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw

enum { N_SIGNALS = 65 };

static volatile sig_atomic_t tripped[N_SIGNALS];
static atomic_int any_tripped;
/* The thread whose eval breaker the C handler sets (the main thread). */
static gp_thread *_Atomic signal_target;
/* Python handlers by signal number: a callable, or the ints SIG_DFL/SIG_IGN
   as Python sees them, or NULL when never set from Python. */
static gp_obj *handlers[N_SIGNALS];
/* default_int_handler, kept to recognise and install it. */
static gp_obj *default_int_handler;

static void c_handler(int signum) {
    int saved = errno;
    if (signum > 0 && signum < N_SIGNALS) {
        tripped[signum] = 1;
        atomic_store(&any_tripped, 1);
        gp_thread *main = atomic_load(&signal_target);
        if (main) atomic_fetch_or(&main->eval_breaker, (uint32_t)GP_BREAK_SIGNAL);
    }
    errno = saved;
}

static int install_c_handler(int signum) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = c_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;
    return sigaction(signum, &sa, NULL);
}

int gp_signal_run_pending(gp_thread *t) {
    atomic_fetch_and(&t->eval_breaker, ~(uint32_t)GP_BREAK_SIGNAL);
    if (t != atomic_load(&signal_target)) return 0;
    if (!atomic_exchange(&any_tripped, 0)) return 0;
    for (int s = 1; s < N_SIGNALS; s++) {
        if (!tripped[s]) continue;
        tripped[s] = 0;
        gp_obj *h = handlers[s];
        if (!h || gp_int_check(h) || !gp_callable_check(h)) continue;
        gp_obj *num = gp_int_from_ssize(t, s);
        if (!num) return -1;
        gp_obj *a[2] = {num, GP_NONE};
        gp_incref(h);
        gp_obj *r = gp_call(t, h, a, 2, NULL);
        gp_decref(h);
        gp_decref(num);
        if (!r) {
            /* Signals still waiting are handled at the next check. */
            for (int k = s + 1; k < N_SIGNALS; k++)
                if (tripped[k]) {
                    atomic_store(&any_tripped, 1);
                    atomic_fetch_or(&t->eval_breaker, (uint32_t)GP_BREAK_SIGNAL);
                    break;
                }
            return -1;
        }
        gp_decref(r);
    }
    return 0;
}

int gp_signal_check(gp_thread *t) {
    if (!atomic_load(&any_tripped)) return 0;
    return gp_signal_run_pending(t);
}

static gp_obj *s_default_int_handler(SIG_ARGS) {
    gp_err_set(t, &gp_exc_KeyboardInterrupt, NULL);
    return NULL;
}

static const gp_method_def default_int_def = {"default_int_handler", s_default_int_handler, 0,
                                              "The default handler for SIGINT installed by Python."};

static int ensure_default_handler(gp_thread *t) {
    if (default_int_handler) return 0;
    default_int_handler = gp_cfunction_new(t, &default_int_def, NULL, NULL);
    return default_int_handler ? 0 : -1;
}

int gp_signal_init_main(gp_thread *t) {
    atomic_store(&signal_target, t);
    if (ensure_default_handler(t) < 0) return -1;
    /* Ctrl-C raises KeyboardInterrupt; a closed pipe gives EPIPE, not death. */
    if (!handlers[SIGINT]) {
        struct sigaction old;
        if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_DFL) {
            handlers[SIGINT] = gp_newref(default_int_handler);
            install_c_handler(SIGINT);
        }
    }
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
    return 0;
}

void gp_signal_after_fork(gp_thread *t) {
    if (atomic_load(&signal_target)) atomic_store(&signal_target, t);
}

static int signum_arg(gp_thread *t, gp_obj *o, int *out) {
    gp_ssize v;
    if (!gp_int_check(o)) {
        gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    if (gp_int_as_ssize(t, o, &v) < 0) return -1;
    if (v < 1 || v >= N_SIGNALS) {
        gp_err_format(t, &gp_exc_ValueError, "signal number out of range");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* The handler Python would report for a signal never set from Python. */
static gp_obj *current_handler(gp_thread *t, int s) {
    if (handlers[s]) return gp_newref(handlers[s]);
    struct sigaction old;
    if (sigaction(s, NULL, &old) < 0) return GP_NONE;
    if (old.sa_handler == SIG_IGN) return gp_int_from_ssize(t, 1);
    if (old.sa_handler == SIG_DFL) return gp_int_from_ssize(t, 0);
    /* The runtime's own SIGINT handler raises KeyboardInterrupt, which is
       what default_int_handler does. */
    if (s == SIGINT && default_int_handler) return gp_newref(default_int_handler);
    return GP_NONE;
}

static gp_obj *s_signal(SIG_ARGS) {
    if (gp_args_no_kw(t, "signal", kw) < 0 || gp_args_count(t, "signal", nargs, 2, 2) < 0) return NULL;
    int s;
    if (signum_arg(t, args[0], &s) < 0) return NULL;
    if (t != atomic_load(&signal_target) && atomic_load(&signal_target) != NULL)
        return gp_err_format(t, &gp_exc_ValueError, "signal only works in main thread of the main interpreter");
    if (!atomic_load(&signal_target)) atomic_store(&signal_target, t);
    gp_obj *h = args[1];
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    if (gp_int_check(h)) {
        gp_ssize v;
        if (gp_int_as_ssize(t, h, &v) < 0) return NULL;
        if (v != 0 && v != 1)
            return gp_err_format(t, &gp_exc_TypeError,
                                 "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        sa.sa_handler = v ? SIG_IGN : SIG_DFL;
    } else if (gp_callable_check(h)) {
        sa.sa_handler = c_handler;
        sa.sa_flags = SA_ONSTACK;
    } else {
        return gp_err_format(t, &gp_exc_TypeError,
                             "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    }
    gp_obj *old = current_handler(t, s);
    if (!old) return NULL;
    if (sigaction(s, &sa, NULL) < 0) {
        gp_decref(old);
        if (errno == EINVAL) return gp_err_format(t, &gp_exc_OSError, "[Errno 22] Invalid argument");
        return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    }
    gp_obj *prev = handlers[s];
    handlers[s] = gp_newref(h);
    gp_xdecref(prev);
    return old;
}

static gp_obj *s_getsignal(SIG_ARGS) {
    if (gp_args_no_kw(t, "getsignal", kw) < 0 || gp_args_count(t, "getsignal", nargs, 1, 1) < 0) return NULL;
    int s;
    if (signum_arg(t, args[0], &s) < 0) return NULL;
    return current_handler(t, s);
}

static gp_obj *s_raise_signal(SIG_ARGS) {
    if (gp_args_no_kw(t, "raise_signal", kw) < 0 || gp_args_count(t, "raise_signal", nargs, 1, 1) < 0) return NULL;
    int s;
    if (signum_arg(t, args[0], &s) < 0) return NULL;
    if (raise(s) != 0) return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    if (gp_signal_check(t) < 0 || gp_signals_check(t) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *s_alarm(SIG_ARGS) {
    if (gp_args_no_kw(t, "alarm", kw) < 0 || gp_args_count(t, "alarm", nargs, 1, 1) < 0) return NULL;
    gp_ssize secs;
    if (!gp_int_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    if (gp_int_as_ssize(t, args[0], &secs) < 0) return NULL;
    return gp_int_from_ssize(t, alarm((unsigned)secs));
}

static gp_obj *s_pause(SIG_ARGS) {
    if (gp_args_no_kw(t, "pause", kw) < 0 || gp_args_count(t, "pause", nargs, 0, 0) < 0) return NULL;
    GP_BEGIN_ALLOW_THREADS
    pause();
    GP_END_ALLOW_THREADS
    if (gp_signal_check(t) < 0 || gp_signals_check(t) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *s_strsignal(SIG_ARGS) {
    if (gp_args_no_kw(t, "strsignal", kw) < 0 || gp_args_count(t, "strsignal", nargs, 1, 1) < 0) return NULL;
    int s;
    if (signum_arg(t, args[0], &s) < 0) return NULL;
    const char *d = strsignal(s);
    if (!d || strstr(d, "Unknown signal") || strstr(d, "Real-time signal")) return GP_NONE;
    return gp_str_from_cstr(t, d);
}

/* ------------------------------------------------ itimers, masks, waits */

static gp_obj *timer_pair(gp_thread *t, const struct itimerval *v) {
    gp_obj *a = gp_float_new(t, (double)v->it_value.tv_sec + v->it_value.tv_usec * 1e-6);
    gp_obj *b = gp_float_new(t, (double)v->it_interval.tv_sec + v->it_interval.tv_usec * 1e-6);
    gp_obj *r = a && b ? gp_tuple_pack(t, 2, a, b) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    return r;
}

static int seconds_arg(gp_thread *t, gp_obj *o, struct timeval *tv) {
    gp_obj *f = gp_number_float(t, o);
    if (!f) return -1;
    double d = gp_float_value(f);
    gp_decref(f);
    if (d < 0) d = 0;
    tv->tv_sec = (time_t)d;
    tv->tv_usec = (suseconds_t)((d - (double)tv->tv_sec) * 1e6);
    /* A positive delay below a microsecond still arms the timer. */
    if (d > 0 && tv->tv_sec == 0 && tv->tv_usec == 0) tv->tv_usec = 1;
    return 0;
}

static gp_obj *s_setitimer(SIG_ARGS) {
    if (gp_args_no_kw(t, "setitimer", kw) < 0 || gp_args_count(t, "setitimer", nargs, 2, 3) < 0) return NULL;
    int which;
    if (!gp_int_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    gp_ssize w;
    if (gp_int_as_ssize(t, args[0], &w) < 0) return NULL;
    which = (int)w;
    struct itimerval nv = {{0, 0}, {0, 0}}, old;
    if (seconds_arg(t, args[1], &nv.it_value) < 0) return NULL;
    if (nargs > 2 && seconds_arg(t, args[2], &nv.it_interval) < 0) return NULL;
    if (setitimer(which, &nv, &old) < 0) return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    return timer_pair(t, &old);
}

static gp_obj *s_getitimer(SIG_ARGS) {
    if (gp_args_no_kw(t, "getitimer", kw) < 0 || gp_args_count(t, "getitimer", nargs, 1, 1) < 0) return NULL;
    if (!gp_int_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    gp_ssize w;
    if (gp_int_as_ssize(t, args[0], &w) < 0) return NULL;
    struct itimerval v;
    if (getitimer((int)w, &v) < 0) return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    return timer_pair(t, &v);
}

/* An iterable of signal numbers as a sigset_t. */
static int sigset_arg(gp_thread *t, gp_obj *o, sigset_t *set) {
    sigemptyset(set);
    gp_obj *it = gp_obj_getiter(t, o);
    if (!it) return -1;
    gp_obj *v;
    while ((v = gp_iter_next(t, it))) {
        gp_ssize s = 0;
        int r = -1;
        if (!gp_int_check(v))
            gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        else if (gp_int_as_ssize(t, v, &s) == 0 && (s < 1 || s >= N_SIGNALS))
            gp_err_format(t, &gp_exc_ValueError, "signal number %zd out of range [1; %d]", s, N_SIGNALS - 1);
        else if (!gp_err_occurred(t))
            r = 0;
        gp_decref(v);
        if (r < 0) {
            gp_decref(it);
            return -1;
        }
        sigaddset(set, (int)s);
    }
    gp_decref(it);
    return gp_err_occurred(t) ? -1 : 0;
}

static gp_obj *sigset_obj(gp_thread *t, const sigset_t *set) {
    gp_obj *res = gp_set_new(t, NULL);
    for (int s = 1; res && s < N_SIGNALS; s++) {
        if (sigismember(set, s) != 1) continue;
        if (gp_set_add(t, res, gp_small_new(s)) < 0) gp_clear(&res);
    }
    return res;
}

static gp_obj *s_pthread_sigmask(SIG_ARGS) {
    if (gp_args_no_kw(t, "pthread_sigmask", kw) < 0 || gp_args_count(t, "pthread_sigmask", nargs, 2, 2) < 0)
        return NULL;
    gp_ssize how;
    if (!gp_int_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    if (gp_int_as_ssize(t, args[0], &how) < 0) return NULL;
    sigset_t set, old;
    if (sigset_arg(t, args[1], &set) < 0) return NULL;
    int err = pthread_sigmask((int)how, &set, &old);
    if (err) {
        errno = err;
        return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    }
    if (gp_signal_check(t) < 0) return NULL;
    return sigset_obj(t, &old);
}

static gp_obj *s_sigpending(SIG_ARGS) {
    if (gp_args_no_kw(t, "sigpending", kw) < 0 || gp_args_count(t, "sigpending", nargs, 0, 0) < 0) return NULL;
    sigset_t set;
    if (sigpending(&set) < 0) return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    return sigset_obj(t, &set);
}

/* sigwait(sigset): block until one of the signals is pending (they should
   be blocked), with the GIL released. */
static gp_obj *s_sigwait(SIG_ARGS) {
    if (gp_args_no_kw(t, "sigwait", kw) < 0 || gp_args_count(t, "sigwait", nargs, 1, 1) < 0) return NULL;
    sigset_t set;
    if (sigset_arg(t, args[0], &set) < 0) return NULL;
    int sig = 0, err;
    GP_BEGIN_ALLOW_THREADS
    err = sigwait(&set, &sig);
    GP_END_ALLOW_THREADS
    if (err) {
        errno = err;
        return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    }
    return gp_int_from_ssize(t, sig);
}

static gp_obj *s_pthread_kill(SIG_ARGS) {
    if (gp_args_no_kw(t, "pthread_kill", kw) < 0 || gp_args_count(t, "pthread_kill", nargs, 2, 2) < 0)
        return NULL;
    uint64_t id;
    int s = 0;
    if (!gp_int_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    if (gp_int_as_u64(t, args[0], &id) < 0) return NULL;
    /* Signal 0 only checks that the thread exists. */
    if (!(gp_is_small(args[1]) && gp_small_value(args[1]) == 0) && signum_arg(t, args[1], &s) < 0) return NULL;
    int err = pthread_kill((pthread_t)id, s);
    if (err) {
        errno = err;
        return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    }
    if (gp_signal_check(t) < 0) return NULL;
    return GP_NONE;
}

static gp_obj *s_siginterrupt(SIG_ARGS) {
    if (gp_args_no_kw(t, "siginterrupt", kw) < 0 || gp_args_count(t, "siginterrupt", nargs, 2, 2) < 0)
        return NULL;
    int s;
    if (signum_arg(t, args[0], &s) < 0) return NULL;
    int flag = gp_obj_truthy(t, args[1]);
    if (flag < 0) return NULL;
    struct sigaction act;
    if (sigaction(s, NULL, &act) < 0) return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    if (flag)
        act.sa_flags &= ~SA_RESTART;
    else
        act.sa_flags |= SA_RESTART;
    if (sigaction(s, &act, NULL) < 0) return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    return GP_NONE;
}

static const gp_method_def signal_functions[] = {
    {"signal", s_signal, 0, "Set the action for the given signal."},
    {"getsignal", s_getsignal, 0, "Return the current action for the given signal."},
    {"raise_signal", s_raise_signal, 0, "Send a signal to the executing process."},
    {"alarm", s_alarm, 0, "Arrange for SIGALRM to arrive after the given number of seconds."},
    {"pause", s_pause, 0, "Wait until a signal arrives."},
    {"strsignal", s_strsignal, 0, "Return the system description of the given signal."},
    {"setitimer", s_setitimer, 0, "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."},
    {"getitimer", s_getitimer, 0, "Returns current value of given itimer."},
    {"pthread_sigmask", s_pthread_sigmask, 0, "Fetch and/or change the signal mask of the calling thread."},
    {"sigpending", s_sigpending, 0, "Examine pending signals."},
    {"sigwait", s_sigwait, 0, "Wait for a signal."},
    {"pthread_kill", s_pthread_kill, 0, "Send a signal to a thread."},
    {"siginterrupt", s_siginterrupt, 0, "Change system call restart behaviour."},
    {NULL, NULL, 0, NULL},
};

static const struct {
    const char *name;
    int value;
} signal_names[] = {
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGCHLD", SIGCHLD}, {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP},
    {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU},
    {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH},
    {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS},
    {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK},
    {"SIG_SETMASK", SIG_SETMASK}, {"NSIG", N_SIGNALS},
    {"SIGCLD", SIGCHLD}, {"SIGSTKFLT", SIGSTKFLT},
    {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
    {NULL, 0},
};

gp_obj *gp_mod_signal_init(gp_thread *t) {
    if (ensure_default_handler(t) < 0) return NULL;
    if (!atomic_load(&signal_target) && gp_signal_init_main(t->interp->main_thread ? t->interp->main_thread : t) < 0)
        return NULL;
    gp_obj *m = gp_module_new(t, "_signal");
    if (!m || gp_module_add_functions(t, m, signal_functions) < 0) goto error;
    for (int i = 0; signal_names[i].name; i++)
        if (gp_module_add_int(t, m, signal_names[i].name, signal_names[i].value) < 0) goto error;
    if (gp_module_add_int(t, m, "SIGRTMIN", SIGRTMIN) < 0 || gp_module_add_int(t, m, "SIGRTMAX", SIGRTMAX) < 0)
        goto error;
    if (gp_module_add_int(t, m, "SIG_DFL", 0) < 0 || gp_module_add_int(t, m, "SIG_IGN", 1) < 0 ||
        gp_module_add_object(t, m, "default_int_handler", default_int_handler) < 0)
        goto error;
    return m;
error:
    gp_xdecref(m);
    return NULL;
}
