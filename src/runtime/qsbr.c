/* Quiescent-state-based reclamation: see qsbr.h for the contract.

   Each queued item is a pointer with its low bit saying what to do with it
   (1: drop a reference to an object, 0: free a block) and the write
   sequence it waits for.  An item gets its sequence not when it is queued
   but at the deferring thread's next poll, from the atomic increment that
   advances the write sequence.  By then the whole change that unlinked the
   pointer is done (a class attribute store has also bumped the class's
   version tag, which the method cache checks), and a thread that reports
   that sequence has read it from this increment or a later one, so it sees
   the whole change and can no longer reach the pointer.  Sequences only
   grow, so a thread's queue is sorted by goal (the items still without one
   at its end) and is released from the front.

   Polling reads every attached thread's read sequence under the
   interpreter's thread-list mutex.  It happens in the eval-breaker handler
   of a thread with items queued, every POLL_SPACING checks, not at every
   deferral: a loop that keeps replacing a global's value queues an item
   per iteration but asks the other threads to report only when the
   previous request has been answered. */
#include <stdio.h>
#include <stdlib.h>

#include "gilpy_core.h"
#include "runtime/pstate.h"
#include "runtime/qsbr.h"

#ifdef GP_FREE_THREADED

#define POLL_SPACING 32
/* Queued items past which a thread stops the world to release them: with
   more threads than cores, a thread that the system has taken off its core
   reports nothing until it runs again, while the others keep queueing.
   Stopping the world waits for every thread to reach a quiescent state,
   once per this many items. */
#define FORCE_LIMIT 4096

typedef struct {
    uintptr_t p;   /* low bit 1: an object to decref; 0: a block to free */
    uint64_t goal; /* release once every attached thread has seen this */
} item;

static void release(uintptr_t p) {
    if (p & 1) gp_decref((gp_obj *)(p & ~(uintptr_t)1));
    else gp_mem_free((void *)p);
}

/* Nobody can be reading concurrently: the GIL is on, or no second thread
   has run without it, or t has stopped the world, or t is the only
   attached thread.  In the last case the fence orders the store that
   unlinked the pointer before the load of the count: a thread that
   attaches after that load finds the pointer gone. */
static int alone(gp_thread *t) {
    gp_interp *in = t->interp;
    if (!gp_is_threaded() || gp_gil_is_on(in) ||
        atomic_load_explicit(&in->stw_stopper, memory_order_relaxed) == t)
        return 1;
    atomic_thread_fence(memory_order_seq_cst);
    return atomic_load(&in->nattached) <= 1;
}

static void set_own_bit(gp_thread *t) {
    if (!(atomic_load_explicit(&t->eval_breaker, memory_order_relaxed) & GP_BREAK_QSBR))
        atomic_fetch_or_explicit(&t->eval_breaker, (uint32_t)GP_BREAK_QSBR, memory_order_relaxed);
}

static void defer(gp_thread *t, uintptr_t p) {
    if (t->qsbr_len == t->qsbr_cap) {
        item *items = t->qsbr_items;
        if (t->qsbr_head > 0) {
            /* Reuse the released front before growing. */
            memmove(items, items + t->qsbr_head, (t->qsbr_len - t->qsbr_head) * sizeof *items);
            t->qsbr_len -= t->qsbr_head;
            t->qsbr_head = 0;
        } else {
            size_t cap = t->qsbr_cap ? t->qsbr_cap * 2 : 64;
            items = gp_mem_realloc(items, cap * sizeof *items);
            /* Out of memory: the block or reference is never released.
               A leak is safe; releasing early is not. */
            if (!items) return;
            t->qsbr_items = items;
            t->qsbr_cap = cap;
        }
    }
    ((item *)t->qsbr_items)[t->qsbr_len++] = (item){p, 0};
    size_t queued = t->qsbr_len - t->qsbr_head;
    if (queued == 1 || queued % 256 == 0) set_own_bit(t);
}

void gp_qsbr_defer_free(gp_thread *t, void *p) {
    if (!p) return;
    if (!t || alone(t)) gp_mem_free(p);
    else defer(t, (uintptr_t)p);
}

void gp_qsbr_defer_decref(gp_thread *t, gp_obj *o) {
    if (!o || gp_is_small(o) || gp_is_immortal(o)) return;
    if (!t || alone(t)) gp_decref(o);
    else defer(t, (uintptr_t)o | 1);
}

/* The smallest read sequence of the attached threads other than t;
   UINT64_MAX when there are none.  threads_mutex held. */
static uint64_t min_read_seq(gp_thread *t) {
    uint64_t m = UINT64_MAX;
    for (gp_thread *th = t->interp->threads; th; th = th->next) {
        if (th == t || atomic_load(&th->state) != GP_TS_ATTACHED) continue;
        uint64_t s = atomic_load_explicit(&th->qsbr_seq, memory_order_acquire);
        if (s < m) m = s;
    }
    return m;
}

/* Ask the attached threads that have not seen seq to report.
   threads_mutex held. */
static void ask_others(gp_thread *t, uint64_t seq) {
    for (gp_thread *th = t->interp->threads; th; th = th->next) {
        if (th == t || atomic_load(&th->state) != GP_TS_ATTACHED) continue;
        if (atomic_load_explicit(&th->qsbr_seq, memory_order_relaxed) < seq)
            atomic_fetch_or(&th->eval_breaker, (uint32_t)GP_BREAK_QSBR);
    }
}

/* Give the items without a goal the next write sequence. */
static uint64_t advance(gp_thread *t) {
    uint64_t seq = atomic_fetch_add(&t->interp->qsbr_wr_seq, 1) + 1;
    atomic_store_explicit(&t->qsbr_seq, seq, memory_order_release);
    t->qsbr_asked = seq;
    item *items = t->qsbr_items;
    for (size_t i = t->qsbr_len; i > t->qsbr_head && items[i - 1].goal == 0; i--) items[i - 1].goal = seq;
    return seq;
}

static inline int due(item *it, uint64_t min) { return it->goal != 0 && it->goal <= min; }

/* Take the orphaned items that are due out of the interpreter's list into
   a block the caller releases and frees; *n is their number.
   threads_mutex held. */
static item *take_due_orphans(gp_interp *in, uint64_t min, size_t *n) {
    *n = 0;
    size_t len = __atomic_load_n(&in->qsbr_orphans_len, __ATOMIC_RELAXED);
    if (len == 0) return NULL;
    item *o = in->qsbr_orphans;
    item *ready = gp_mem_alloc(len * sizeof *ready);
    if (!ready) return NULL;
    size_t keep = 0;
    for (size_t i = 0; i < len; i++) {
        if (o[i].goal <= min) ready[(*n)++] = o[i];
        else o[keep++] = o[i];
    }
    __atomic_store_n(&in->qsbr_orphans_len, keep, __ATOMIC_RELAXED);
    return ready;
}

static void release_block(item *due, size_t n) {
    for (size_t i = 0; i < n; i++) release(due[i].p);
    gp_mem_free(due);
}

/* Release what is due; advance the sequence and ask the others to report
   when items wait for a sequence nobody has been asked for yet. */
static void poll(gp_thread *t) {
    gp_interp *in = t->interp;
    pthread_mutex_lock(&in->threads_mutex);
    uint64_t min = min_read_seq(t);
    size_t norphans;
    item *orphans = take_due_orphans(in, min, &norphans);
    /* One request at a time: a new one only when the last is answered. */
    if (t->qsbr_head < t->qsbr_len && ((item *)t->qsbr_items)[t->qsbr_len - 1].goal == 0 &&
        min >= t->qsbr_asked)
        ask_others(t, advance(t));
    pthread_mutex_unlock(&in->threads_mutex);

    /* Releasing may run finalizers, which may queue more: always index
       through t, never through a saved pointer. */
    while (t->qsbr_head < t->qsbr_len && due(&((item *)t->qsbr_items)[t->qsbr_head], min))
        release(((item *)t->qsbr_items)[t->qsbr_head++].p);
    if (t->qsbr_head == t->qsbr_len) t->qsbr_head = t->qsbr_len = 0;
    if (orphans) release_block(orphans, norphans);
}

static int has_work(gp_thread *t) {
    return t->qsbr_head < t->qsbr_len ||
           __atomic_load_n(&t->interp->qsbr_orphans_len, __ATOMIC_RELAXED) != 0;
}

void gp_qsbr_handle(gp_thread *t) {
    atomic_fetch_and(&t->eval_breaker, ~(uint32_t)GP_BREAK_QSBR);
    atomic_store_explicit(&t->qsbr_seq, atomic_load(&t->interp->qsbr_wr_seq),
                          memory_order_release);
    if (!has_work(t)) return;
    if (t->qsbr_countdown > 0) {
        t->qsbr_countdown--;
    } else {
        t->qsbr_countdown = POLL_SPACING;
        poll(t);
    }
    if (t->qsbr_len - t->qsbr_head > FORCE_LIMIT) {
        gp_stop_the_world(t);
        size_t n;
        void *taken = gp_qsbr_take_all(t, &n);
        gp_start_the_world(t);
        if (taken) release_block(taken, n);
    }
    if (has_work(t)) set_own_bit(t);
}

void gp_qsbr_attach(gp_thread *t) {
    atomic_store(&t->qsbr_seq, atomic_load(&t->interp->qsbr_wr_seq));
    /* Items that exited threads left behind are released by whoever runs
       next; soon, so that their finalizers are not held up. */
    if (__atomic_load_n(&t->interp->qsbr_orphans_len, __ATOMIC_RELAXED) != 0) {
        t->qsbr_countdown = 0;
        set_own_bit(t);
    }
}

void gp_qsbr_thread_exit(gp_thread *t) {
    gp_interp *in = t->interp;
    if (t->qsbr_head < t->qsbr_len && !alone(t)) {
        t->qsbr_countdown = 0;
        poll(t);
    }
    if (alone(t)) {
        gp_qsbr_release_all(t);
    } else if (t->qsbr_head < t->qsbr_len) {
        item *items = t->qsbr_items;
        size_t n = t->qsbr_len - t->qsbr_head;
        pthread_mutex_lock(&in->threads_mutex);
        /* Every item must wait for a sequence someone has asked for, as
           nobody polls for an exited thread. */
        if (items[t->qsbr_len - 1].goal == 0) ask_others(t, advance(t));
        else ask_others(t, items[t->qsbr_len - 1].goal);
        size_t len = in->qsbr_orphans_len;
        if (len + n > in->qsbr_orphans_cap) {
            size_t cap = (len + n) * 2;
            item *o = gp_mem_realloc(in->qsbr_orphans, cap * sizeof *o);
            if (o) {
                in->qsbr_orphans = o;
                in->qsbr_orphans_cap = cap;
            }
        }
        /* Out of memory: the items leak, which is safe. */
        if (len + n <= in->qsbr_orphans_cap) {
            memcpy((item *)in->qsbr_orphans + len, items + t->qsbr_head, n * sizeof *items);
            __atomic_store_n(&in->qsbr_orphans_len, len + n, __ATOMIC_RELAXED);
        }
        pthread_mutex_unlock(&in->threads_mutex);
    }
    gp_mem_free(t->qsbr_items);
    t->qsbr_items = NULL;
    t->qsbr_head = t->qsbr_len = t->qsbr_cap = 0;
}

void gp_qsbr_release_all(gp_thread *t) {
    size_t n;
    void *all = gp_qsbr_take_all(t, &n);
    if (all) release_block(all, n);
}

/* Out of memory, nothing is taken: the items stay queued (or leak at the
   end), which is safe. */
void *gp_qsbr_take_all(gp_thread *t, size_t *n) {
    gp_interp *in = t->interp;
    *n = 0;
    pthread_mutex_lock(&in->threads_mutex);
    size_t own = t->qsbr_len - t->qsbr_head;
    size_t norphans = in->qsbr_orphans_len;
    item *all = own + norphans ? gp_mem_alloc((own + norphans) * sizeof *all) : NULL;
    if (all) {
        memcpy(all, (item *)t->qsbr_items + t->qsbr_head, own * sizeof *all);
        t->qsbr_head = t->qsbr_len = 0;
        memcpy(all + own, in->qsbr_orphans, norphans * sizeof *all);
        __atomic_store_n(&in->qsbr_orphans_len, 0, __ATOMIC_RELAXED);
        *n = own + norphans;
    }
    pthread_mutex_unlock(&in->threads_mutex);
    return all;
}

void gp_qsbr_release_taken(void *items, size_t n) { release_block(items, n); }

void gp_qsbr_adopt(gp_thread *t, gp_thread *gone) {
    (void)t;
    while (gone->qsbr_head < gone->qsbr_len)
        release(((item *)gone->qsbr_items)[gone->qsbr_head++].p);
    gp_mem_free(gone->qsbr_items);
    gone->qsbr_items = NULL;
}

#endif
