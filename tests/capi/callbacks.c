/* Threads that native code creates call into Python while Python threads
   run: three worker threads (standing in for a C library's) attach, call a
   Python callback many times with the GIL given back between calls, and
   detach, while two Python threads count in a loop and the main thread
   waits for the workers with the GIL released.  Prints only counts and
   invariants; exits 1 at the first failed check.  The expected output,
   callbacks.exp, is gilpy's own: the program links the gilpy library. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gilpy.h"

#define WORKERS 3
#define CALLS 40

static gilpy_thread *T;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (!(cond)) {                                                                \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);                    \
            fflush(stdout);                                                           \
            exit(1);                                                                  \
        }                                                                             \
    } while (0)

static const char setup[] =
    "import threading\n"
    "events = []\n"
    "snapshots = []\n"
    "progress = [0, 0]\n"
    "done = threading.Event()\n"
    "def on_event(worker, i, *, tag=''):\n"
    "    if i == 7:\n"
    "        raise ValueError(f'worker {worker} refuses {i}{tag}')\n"
    "    events.append((worker, i))\n"
    "    snapshots.append(progress[0] + progress[1])\n"
    "    return worker * 1000 + i\n"
    "def busy(k):\n"
    "    while not done.is_set():\n"
    "        for _ in range(200):\n"
    "            progress[k] += 1\n"
    "threads = [threading.Thread(target=busy, args=(k,)) for k in range(2)]\n"
    "for th in threads:\n"
    "    th.start()\n";

static const char report[] =
    "done.set()\n"
    "for th in threads:\n"
    "    th.join()\n"
    "print('events:', len(events))\n"
    "print('each worker complete:', all(sorted(i for w, i in events if w == k) ==\n"
    "      [i for i in range(40) if i != 7] for k in range(3)))\n"
    "print('python threads ran:', progress[0] > 0 and progress[1] > 0)\n"
    "print('python threads ran during callbacks:', len(set(snapshots)) > 1)\n"
    "print('threads left:', threading.active_count())\n";

typedef struct {
    gilpy_interp *in;
    int id;
    int ok, errors;
} worker;

static void pause_briefly(void) {
    struct timespec ts = {0, 2 * 1000 * 1000};
    nanosleep(&ts, NULL);
}

static void *worker_main(void *arg) {
    worker *w = arg;
    gilpy_thread *t = gilpy_attach(w->in);
    CHECK(t && gilpy_current() == t);
    /* A second attach on the same thread is refused. */
    CHECK(gilpy_attach(w->in) == NULL);
    gilpy_obj *cb = gilpy_get_global(t, "on_event");
    gilpy_obj *kw = gilpy_dict_new(t);
    gilpy_obj *tag = gilpy_str_new(t, "!");
    CHECK(cb && kw && tag && gilpy_setitem_str(t, kw, "tag", tag) == 0);
    for (int i = 0; i < CALLS; i++) {
        gilpy_obj *args[2] = {gilpy_int_new(t, w->id), gilpy_int_new(t, i)};
        CHECK(args[0] && args[1]);
        gilpy_obj *r = gilpy_call(t, cb, args, 2, kw);
        gilpy_decref(args[0]);
        gilpy_decref(args[1]);
        if (r) {
            int64_t v;
            CHECK(gilpy_int_value(t, r, &v) == 0 && v == w->id * 1000 + i);
            gilpy_decref(r);
            w->ok++;
        } else {
            CHECK(gilpy_error_matches(t, "ValueError"));
            gilpy_obj *exc = gilpy_error_fetch(t);
            gilpy_obj *text = gilpy_exception_format(t, exc);
            CHECK(text);
            const char *s = gilpy_str_value(t, text, NULL);
            CHECK(s && strstr(s, "Traceback (most recent call last):") &&
                  strstr(s, "refuses 7!"));
            gilpy_decref(text);
            gilpy_decref(exc);
            w->errors++;
        }
        /* The library's own work between callbacks, with the GIL given
           back so that the Python threads and the other workers run. */
        GP_BEGIN_ALLOW_THREADS
        pause_briefly();
        GP_END_ALLOW_THREADS
    }
    gilpy_decref(cb);
    gilpy_decref(kw);
    gilpy_decref(tag);
    gilpy_detach(t);
    CHECK(gilpy_current() == NULL);
    return NULL;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    T = gilpy_create(NULL);
    CHECK(T);
    CHECK(gilpy_run_string(T, setup, "<setup>") == 0);
    worker ws[WORKERS];
    pthread_t th[WORKERS];
    for (int i = 0; i < WORKERS; i++) {
        ws[i] = (worker){gilpy_interp_of(T), i, 0, 0};
        CHECK(pthread_create(&th[i], NULL, worker_main, &ws[i]) == 0);
    }
    /* Joining blocks: the GIL must be free meanwhile, or the workers could
       never attach. */
    GP_BEGIN_ALLOW_THREADS
    for (int i = 0; i < WORKERS; i++) pthread_join(th[i], NULL);
    GP_END_ALLOW_THREADS
    int ok = 0, errors = 0;
    for (int i = 0; i < WORKERS; i++) {
        ok += ws[i].ok;
        errors += ws[i].errors;
    }
    printf("callbacks returned: %d, raised: %d\n", ok, errors);
    if (gilpy_run_string(T, report, "<report>") < 0) {
        gilpy_error_print(T);
        return 1;
    }
    return gilpy_finalize(T);
}
