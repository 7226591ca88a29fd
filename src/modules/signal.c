/* The _signal module: Python signal handlers.
   The C handler only records the signal and sets GP_BREAK_SIGNAL on the
   main thread's eval breaker; the Python handler runs later, in the main
   thread, when the VM calls gp_signal_run_pending at its next check.
   Signal dispositions belong to the process, so the table of Python
   handlers is process-wide too, like the dispositions themselves. */
#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
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
    if (sigaction(s, NULL, &old) < 0) return gp_newref(GP_NONE);
    if (old.sa_handler == SIG_IGN) return gp_int_from_ssize(t, 1);
    if (old.sa_handler == SIG_DFL) return gp_int_from_ssize(t, 0);
    /* The runtime's own SIGINT handler raises KeyboardInterrupt, which is
       what default_int_handler does. */
    if (s == SIGINT && default_int_handler) return gp_newref(default_int_handler);
    return gp_newref(GP_NONE);
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
    return gp_newref(GP_NONE);
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
    return gp_newref(GP_NONE);
}

static gp_obj *s_strsignal(SIG_ARGS) {
    if (gp_args_no_kw(t, "strsignal", kw) < 0 || gp_args_count(t, "strsignal", nargs, 1, 1) < 0) return NULL;
    int s;
    if (signum_arg(t, args[0], &s) < 0) return NULL;
    const char *d = strsignal(s);
    if (!d || strstr(d, "Unknown signal") || strstr(d, "Real-time signal")) return gp_newref(GP_NONE);
    return gp_str_from_cstr(t, d);
}

static const gp_method_def signal_functions[] = {
    {"signal", s_signal, 0, "Set the action for the given signal."},
    {"getsignal", s_getsignal, 0, "Return the current action for the given signal."},
    {"raise_signal", s_raise_signal, 0, "Send a signal to the executing process."},
    {"alarm", s_alarm, 0, "Arrange for SIGALRM to arrive after the given number of seconds."},
    {"pause", s_pause, 0, "Wait until a signal arrives."},
    {"strsignal", s_strsignal, 0, "Return the system description of the given signal."},
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
