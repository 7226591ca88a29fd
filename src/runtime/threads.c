/* Thread states: one per OS thread that runs Python code, linked into the
   interpreter's list so that shutdown, sys._current_frames-style tools and
   the GIL can reach every thread. */
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gil.h"

gp_thread *gp_threadstate_new(gp_interp *in) {
    gp_thread *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    t->interp = in;
    t->exc_info = &t->exc_base;
    t->pthread = pthread_self();
    t->ident = (unsigned long)pthread_self();
    t->native_id = (unsigned long)syscall(SYS_gettid);
#ifdef GP_FREE_THREADED
    t->tid = gp_tid();
#endif
    t->gil_stats = gp_gil_new_stats(t);

    /* The main thread's state comes first; later ones are appended. */
    pthread_mutex_lock(&in->threads_mutex);
    if (!in->threads) {
        in->threads = t;
    } else {
        gp_thread *last = in->threads;
        while (last->next) last = last->next;
        last->next = t;
        t->prev = last;
    }
    pthread_mutex_unlock(&in->threads_mutex);
    gp_thread_set_current(t);
    return t;
}

void gp_threadstate_delete_current(gp_thread *t) {
    gp_interp *in = t->interp;
    gp_clear(&t->dict);
    gp_clear(&t->async_exc);
    gp_clear(&t->exc);
    /* Per-thread free lists die with the thread. */
    gp_float_thread_fini();

    /* Recorded while the GIL is still held, so that a report printed at
       exit, which needs the GIL, cannot miss this thread. */
    gp_gil_save_stats(t);
    pthread_mutex_lock(&in->threads_mutex);
    if (t->prev) t->prev->next = t->next;
    else in->threads = t->next;
    if (t->next) t->next->prev = t->prev;
    pthread_mutex_unlock(&in->threads_mutex);

    gp_gil_drop(t);
    gp_thread_set_current(NULL);
    free(t->gil_stats);
    free(t);
}

void gp_threadstate_delete_others(gp_thread *t) {
    gp_interp *in = t->interp;
    /* Unlink them all first: releasing their dicts may run finalizers,
       which must see a thread list holding t alone. */
    pthread_mutex_lock(&in->threads_mutex);
    gp_thread *gone = in->threads;
    in->threads = t;
    t->prev = t->next = NULL;
    pthread_mutex_unlock(&in->threads_mutex);
    while (gone) {
        gp_thread *next = gone->next;
        if (gone != t) {
            /* Their frames lived on C stacks that are gone: the objects
               those frames held stay alive, as in CPython's child. */
            gp_clear(&gone->dict);
            gp_clear(&gone->async_exc);
            gp_clear(&gone->exc);
            free(gone->gil_stats);
            free(gone);
        }
        gone = next;
    }
}

gp_ssize gp_threadstate_count(gp_interp *in) {
    gp_ssize n = 0;
    pthread_mutex_lock(&in->threads_mutex);
    for (gp_thread *t = in->threads; t; t = t->next) n++;
    pthread_mutex_unlock(&in->threads_mutex);
    return n;
}
