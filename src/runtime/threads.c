/* Thread states: one per OS thread that runs Python code, linked into the
   interpreter's list so that shutdown, stop-the-world, biased reference
   counting and the GIL can reach every thread. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gil.h"
#include "runtime/pstate.h"
#include "runtime/qsbr.h"
#include "vm/frame.h"

/* Owner ids for biased reference counting, see gp_tid() in refcount.h.

   An id is taken from this counter when a thread state is made and is
   never given out again, even after its thread has exited.  This is what
   makes ob_tid safe to test without a lock:
   - an object's owner id equals gp_tid() only in the one thread that got
     the id, so at most one thread ever counts in ob_ref_local without
     atomics, for the object's whole life;
   - once that thread has exited, no thread can become the owner again, so
     a thread that finds the owner gone (gp_threadstate_queue_merge) may
     merge the counts itself: ob_ref_local no longer changes, and the
     compare-and-swap on ob_ref_shared decides which merger wins.
   Had ids been reused (the address of a thread-local, or of the thread
   state), a new thread could start counting in ob_ref_local of an object
   while another thread merged it as ownerless.  Ids are 32 bits, to keep
   the object header at 24 bytes (docs/DECISIONS.md): a process can make
   4,294,967,295 thread states in its life, after which starting a thread
   raises RuntimeError.  0 is never an id: merged objects have ob_tid 0. */
static _Atomic uint32_t next_tid = GP_FIRST_TID;

uint32_t gp_threadstate_take_id(void) {
    uint32_t id = atomic_load(&next_tid);
    do {
        if (id == 0) return 0;
    } while (!atomic_compare_exchange_weak(&next_tid, &id, id + 1));
    return id;
}

gp_thread *gp_threadstate_new(gp_interp *in, uint32_t tid) {
    if (!tid && !(tid = gp_threadstate_take_id())) return NULL;
    gp_thread *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    t->interp = in;
    t->exc_info = &t->exc_base;
    t->pthread = pthread_self();
    t->ident = (unsigned long)pthread_self();
    t->native_id = (unsigned long)syscall(SYS_gettid);
    t->tid = tid;
    gp_tid_set(t->tid);
    atomic_store(&t->state, GP_TS_DETACHED);
    gp_spin_init(&t->merge_lock);
    t->gil_stats = gp_gil_new_stats(t);

    /* The main thread's state comes first; later ones are appended.  A
       stop-the-world in progress finds it detached and suspends it. */
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

/* Merge what is queued and accept no more: later decrefs from other
   threads find the queue closed and merge on their own. */
static void close_merge_queue(gp_thread *t) {
    gp_ref_merge_queue(t);
    gp_spin_lock(&t->merge_lock);
    t->merge_closed = 1;
    gp_spin_unlock(&t->merge_lock);
    /* Objects queued between the merge and the closing. */
    gp_ref_merge_queue(t);
    gp_mem_free(t->merge_items);
    t->merge_items = NULL;
    t->merge_cap = 0;
}

void gp_threadstate_delete_current(gp_thread *t) {
    gp_interp *in = t->interp;
    gp_qsbr_thread_exit(t);
    gp_clear(&t->dict);
    gp_clear(&t->async_exc);
    gp_clear(&t->exc);
    /* Per-thread free lists die with the thread. */
    gp_float_thread_fini();
    gp_frame_thread_fini(t);
    close_merge_queue(t);

    /* Recorded while the GIL is still held, so that a report printed at
       exit, which needs the GIL, cannot miss this thread. */
    gp_gil_save_stats(t);
    /* Detached first: a stop-the-world must not wait for a thread that is
       leaving; once detached it touches no object. */
    gp_thread_detach(t);
    pthread_mutex_lock(&in->threads_mutex);
    if (t->prev) t->prev->next = t->next;
    else in->threads = t->next;
    if (t->next) t->next->prev = t->prev;
    pthread_mutex_unlock(&in->threads_mutex);

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
        /* Their frames lived on C stacks that are gone: the objects
           those frames held stay alive, as in CPython's child. */
        if (gone != t) gp_threadstate_forget(t, gone);
        gone = next;
    }
}

void gp_threadstate_forget(gp_thread *t, gp_thread *gone) {
    gp_clear(&gone->dict);
    gp_clear(&gone->async_exc);
    gp_clear(&gone->exc);
    /* Queued objects whose owner is gone: merged here, as any thread
       finding a dead owner does. */
    for (size_t i = 0; i < gone->merge_len; i++) gp_ref_merge_orphan(gone->merge_items[i]);
    gp_mem_free(gone->merge_items);
    /* Its deferred items: t is the only thread now. */
    gp_qsbr_adopt(t, gone);
    free(gone->gil_stats);
    free(gone);
}

int gp_threadstate_queue_merge(gp_interp *in, uint32_t tid, gp_obj *o) {
    int queued = 0;
    pthread_mutex_lock(&in->threads_mutex);
    for (gp_thread *th = in->threads; th; th = th->next) {
        if (th->tid != tid) continue;
        gp_spin_lock(&th->merge_lock);
        if (!th->merge_closed) {
            if (th->merge_len == th->merge_cap) {
                size_t cap = th->merge_cap ? th->merge_cap * 2 : 64;
                gp_obj **items = gp_mem_realloc(th->merge_items, cap * sizeof *items);
                if (!items) {
                    fputs("gilpy: out of memory queueing a reference-count merge\n", stderr);
                    abort();
                }
                th->merge_items = items;
                th->merge_cap = cap;
            }
            th->merge_items[th->merge_len++] = o;
            atomic_fetch_or(&th->eval_breaker, (uint32_t)GP_BREAK_REF_MERGE);
            queued = 1;
        }
        gp_spin_unlock(&th->merge_lock);
        break;
    }
    pthread_mutex_unlock(&in->threads_mutex);
    return queued;
}

gp_ssize gp_threadstate_count(gp_interp *in) {
    gp_ssize n = 0;
    pthread_mutex_lock(&in->threads_mutex);
    for (gp_thread *t = in->threads; t; t = t->next) n++;
    pthread_mutex_unlock(&in->threads_mutex);
    return n;
}
