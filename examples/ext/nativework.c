/* nativework: a native module for gilpy whose functions do their work
   outside the interpreter, and give the GIL away while they do.

   Build it as a shared object on sys.path (make build/ext/nativework.so):
       cc -shared -fPIC -I include -o nativework.so nativework.c
   It links against nothing of gilpy's: the interpreter that loads it
   provides the gilpy_* functions.

       import nativework
       nativework.crunch(10_000_000)            # CPU-heavy, GIL released
       nativework.spin(1.0)                     # 1 s of CPU time, GIL released
       nativework.block(0.5)                    # sleeps, GIL released
       nativework.spin(1.0, release_gil=False)  # the same holding the GIL
       nativework.most_parallel()               # most threads seen computing at once */
#include <errno.h>
#include <stdatomic.h>
#include <stdint.h>
#include <time.h>

#include "gilpy.h"

/* How many threads compute in crunch or spin right now, and the most seen
   at once since most_parallel() last asked.  Atomics keep the module safe
   without the GIL. */
static atomic_int computing, most_computing;

static void enter_work(void) {
    int now = atomic_fetch_add(&computing, 1) + 1;
    int most = atomic_load(&most_computing);
    while (now > most && !atomic_compare_exchange_weak(&most_computing, &most, now)) {
    }
}

static void leave_work(void) { atomic_fetch_sub(&computing, 1); }

/* The work of crunch: an xorshift generator folded into a checksum, a
   loop that no compiler can shorten. */
static uint64_t crunch_steps(int64_t n) {
    uint64_t x = 88172645463325252ull, sum = 0;
    for (int64_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        sum += x >> 40;
    }
    return sum;
}

static uint64_t crunch_loop(int64_t n) {
    enter_work();
    uint64_t sum = crunch_steps(n);
    leave_work();
    return sum;
}

static double thread_cpu_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Compute until this thread has used `seconds` of CPU time: the same
   amount of work per call whatever else runs on the machine. */
static int64_t spin_loop(double seconds) {
    enter_work();
    double end = thread_cpu_seconds() + seconds;
    int64_t rounds = 0;
    volatile uint64_t sink = 0;
    do {
        sink += crunch_steps(10000);
        rounds++;
    } while (thread_cpu_seconds() < end);
    (void)sink;
    leave_work();
    return rounds;
}

static void sleep_seconds(double seconds) {
    struct timespec ts;
    ts.tv_sec = (time_t)seconds;
    ts.tv_nsec = (long)((seconds - (double)ts.tv_sec) * 1e9);
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
    }
}

/* crunch(n, *, release_gil=True) -> int checksum */
static gilpy_obj *nw_crunch(gilpy_thread *t, gilpy_obj *self, gilpy_obj *const *args,
                            intptr_t nargs, gilpy_obj *kwnames) {
    static const char *const kwlist[] = {"n", "release_gil", NULL};
    int64_t n;
    int release = 1;
    if (gilpy_parse_args(t, args, nargs, kwnames, "L$p:crunch", kwlist, &n, &release) < 0)
        return NULL;
    if (n < 0) return gilpy_error_set(t, "ValueError", "n must be >= 0");
    uint64_t sum;
    if (release) {
        /* Between the two macros no object may be touched: n is a C
           variable, read before the GIL went away. */
        GP_BEGIN_ALLOW_THREADS
        sum = crunch_loop(n);
        GP_END_ALLOW_THREADS
    } else {
        sum = crunch_loop(n);
    }
    return gilpy_int_new(t, (int64_t)(sum & INT64_MAX));
}

/* spin(seconds, *, release_gil=True) -> rounds of work done */
static gilpy_obj *nw_spin(gilpy_thread *t, gilpy_obj *self, gilpy_obj *const *args,
                          intptr_t nargs, gilpy_obj *kwnames) {
    static const char *const kwlist[] = {"seconds", "release_gil", NULL};
    double seconds;
    int release = 1;
    if (gilpy_parse_args(t, args, nargs, kwnames, "d$p:spin", kwlist, &seconds, &release) < 0)
        return NULL;
    if (!(seconds >= 0 && seconds <= 3600))
        return gilpy_error_set(t, "ValueError", "seconds must be between 0 and 3600");
    int64_t rounds;
    if (release) {
        GP_BEGIN_ALLOW_THREADS
        rounds = spin_loop(seconds);
        GP_END_ALLOW_THREADS
    } else {
        rounds = spin_loop(seconds);
    }
    return gilpy_int_new(t, rounds);
}

/* block(seconds, *, release_gil=True) -> None: a blocking call, as a read
   from a slow device or a network wait would be. */
static gilpy_obj *nw_block(gilpy_thread *t, gilpy_obj *self, gilpy_obj *const *args,
                           intptr_t nargs, gilpy_obj *kwnames) {
    static const char *const kwlist[] = {"seconds", "release_gil", NULL};
    double seconds;
    int release = 1;
    if (gilpy_parse_args(t, args, nargs, kwnames, "d$p:block", kwlist, &seconds, &release) < 0)
        return NULL;
    if (!(seconds >= 0 && seconds <= 3600))
        return gilpy_error_set(t, "ValueError", "seconds must be between 0 and 3600");
    if (release) {
        GP_BEGIN_ALLOW_THREADS
        sleep_seconds(seconds);
        GP_END_ALLOW_THREADS
    } else {
        sleep_seconds(seconds);
    }
    return gilpy_none();
}

/* describe(name, count=1, *, sep=', ') -> str: argument parsing on show. */
static gilpy_obj *nw_describe(gilpy_thread *t, gilpy_obj *self, gilpy_obj *const *args,
                              intptr_t nargs, gilpy_obj *kwnames) {
    static const char *const kwlist[] = {"name", "count", "sep", NULL};
    const char *name, *sep = ", ";
    int count = 1;
    if (gilpy_parse_args(t, args, nargs, kwnames, "s|i$s:describe", kwlist, &name, &count, &sep) < 0)
        return NULL;
    gilpy_obj *parts = gilpy_list_new(t);
    if (!parts) return NULL;
    for (int i = 0; i < count; i++)
        if (gilpy_list_append_steal(t, parts, gilpy_str_printf(t, "%s#%d", name, i + 1)) < 0) {
            gilpy_decref(parts);
            return NULL;
        }
    gilpy_obj *s = gilpy_str_new(t, sep);
    gilpy_obj *r = s ? gilpy_call_method(t, s, "join", &parts, 1, NULL) : NULL;
    gilpy_xdecref(s);
    gilpy_decref(parts);
    return r;
}

/* most_parallel() -> the most threads seen in crunch or spin at once since
   the last call (which resets it). */
static gilpy_obj *nw_most_parallel(gilpy_thread *t, gilpy_obj *self, gilpy_obj *const *args,
                                   intptr_t nargs, gilpy_obj *kwnames) {
    if (gilpy_parse_args(t, args, nargs, kwnames, ":most_parallel", NULL) < 0) return NULL;
    return gilpy_int_new(t, atomic_exchange(&most_computing, atomic_load(&computing)));
}

static const gilpy_function nativework_functions[] = {
    {"crunch", nw_crunch, 0, "crunch(n, *, release_gil=True): checksum of n xorshift steps"},
    {"spin", nw_spin, 0, "spin(seconds, *, release_gil=True): compute for seconds of CPU time"},
    {"block", nw_block, 0, "block(seconds, *, release_gil=True): sleep in native code"},
    {"describe", nw_describe, 0, "describe(name, count=1, *, sep=', ')"},
    {"most_parallel", nw_most_parallel, 0, "most_parallel(): most threads computing at once"},
    {NULL, NULL, 0, NULL},
};

static const gilpy_constant nativework_constants[] = {
    GILPY_STR_CONSTANT("VERSION", "1.0"),
    GILPY_INT_CONSTANT("MAX_SECONDS", 3600),
    GILPY_FLOAT_CONSTANT("TICK", 0.001),
    {NULL, 0, 0, 0.0, NULL},
};

static const gilpy_module_def nativework_def = {
    .api_version = GILPY_API_VERSION,
    .name = "nativework",
    .doc = "Native work that runs without the GIL.",
    .functions = nativework_functions,
    .constants = nativework_constants,
    /* No shared state: safe with the GIL off in gilpy-ft. */
    .flags = GILPY_MOD_GIL_NOT_USED,
};

GILPY_MODULE_INIT(nativework) { return &nativework_def; }
