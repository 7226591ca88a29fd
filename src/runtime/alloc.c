/* Memory: mimalloc underneath every allocation, object allocation and
   freeing, and the out-of-line halves of biased reference counting. */
#include <mimalloc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gc.h"
#include "runtime/gil.h"

/* Under AddressSanitizer every block comes from the C library's malloc,
   which ASan watches: overflows, use after free and leaks inside objects are
   then reported.  mimalloc's own heaps are invisible to it.  The same under
   ThreadSanitizer: it sees a block freed in one thread and reused in
   another as ordered only when the allocator is the one it intercepts. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define raw_malloc malloc
#define raw_calloc calloc
#define raw_realloc realloc
#define raw_free free
#define raw_strdup strdup
#else
#define raw_malloc mi_malloc
#define raw_calloc mi_calloc
#define raw_realloc mi_realloc
#define raw_free mi_free
#define raw_strdup mi_strdup
#endif

/* A block larger than the machine's memory is refused at once.  mimalloc
   would reserve it without committing pages, and the program would then
   grow until the kernel kills it instead of raising MemoryError. */
static size_t memory_limit(void) {
    static _Atomic size_t limit;
    size_t l = atomic_load_explicit(&limit, memory_order_relaxed);
    if (!l) {
        long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
        l = pages > 0 && size > 0 ? (size_t)pages * (size_t)size : SIZE_MAX;
        atomic_store_explicit(&limit, l, memory_order_relaxed);
    }
    return l;
}

/* mimalloc keeps the pages of freed large blocks committed for 25 ms
   before giving them back, so that a program which frees and reallocates
   big strings or arrays in quick succession holds both at once: str_heavy
   peaked 25% above its live data (34 MiB against CPython's 33).  Giving
   pages back at once costs a few system calls per large free and no
   measurable user time (docs/PERFORMANCE.md, Memory).  The environment
   variable keeps the last word, as for every mimalloc option. */
#ifndef __SANITIZE_ADDRESS__
__attribute__((constructor)) static void tune_allocator(void) {
    if (!getenv("MIMALLOC_DECOMMIT_DELAY") && !getenv("MIMALLOC_RESET_DELAY"))
        mi_option_set(mi_option_decommit_delay, 0);
}
#endif

void *gp_mem_alloc(size_t n) { return n > memory_limit() ? NULL : raw_malloc(n ? n : 1); }
void *gp_mem_calloc(size_t count, size_t n) {
    size_t total;
    if (__builtin_mul_overflow(count, n, &total) || total > memory_limit()) return NULL;
    return raw_calloc(count ? count : 1, n ? n : 1);
}
void *gp_mem_realloc(void *p, size_t n) { return n > memory_limit() ? NULL : raw_realloc(p, n ? n : 1); }
void gp_mem_free(void *p) { raw_free(p); }
char *gp_mem_strdup(const char *s) { return raw_strdup(s); }

static size_t gc_prefix(const gp_type *type) {
    return (type->flags & GP_TPFLAGS_HAVE_GC) ? sizeof(gp_gc_head) : 0;
}

gp_obj *gp_obj_alloc(gp_thread *t, gp_type *type, gp_ssize nitems) {
    size_t pre = gc_prefix(type);
    size_t items;
    size_t size;
    if (nitems < 0 || __builtin_mul_overflow((size_t)nitems, (size_t)type->itemsize, &items) ||
        __builtin_add_overflow(items, (size_t)type->basicsize + pre, &size))
        return gp_err_nomemory(t);
    char *mem = size > memory_limit() ? NULL : raw_calloc(1, size);
    if (!mem) return gp_err_nomemory(t);
    gp_obj *o = (gp_obj *)(mem + pre);
    gp_obj_init_header(o, type);
    if (type->flags & GP_TPFLAGS_HEAPTYPE) gp_incref((gp_obj *)type);
    return o;
}

/* Called with the object's fields already released.  A container that is
   still tracked (its dealloc did not untrack it) is untracked here rather
   than left dangling in a generation list, and weak references to the
   object are cleared if its dealloc did not do it earlier.  A heap type
   without a gc head (its metaclass is not a GC type) may have weak
   references too. */
static void gc_before_free(gp_obj *o, size_t pre) {
    if (pre && gp_gc_head_tracked(GP_GC_HEAD(o))) gp_gc_untrack(o);
    gp_weakref_clear_refs_if_any(o);
}

void gp_obj_free(gp_obj *o) {
    gp_type *type = o->ob_type;
    size_t pre = gc_prefix(type);
    if (pre ? gp_gc_head_tracked(GP_GC_HEAD(o)) || (GP_GC_HEAD(o)->gc_refs & GP_GC_HAS_WEAKREFS) != 0
            : (type->flags & GP_TPFLAGS_TYPE_SUBCLASS) != 0)
        gc_before_free(o, pre);
    raw_free((char *)o - pre);
    if (type->flags & GP_TPFLAGS_HEAPTYPE) gp_decref((gp_obj *)type);
}

/* gp_gc_track and gp_gc_untrack live with the collector in runtime/gc.c. */

void gp_dealloc(gp_obj *o) { o->ob_type->dealloc(o); }

_Thread_local gp_thread *gp_tls_current;

void gp_thread_set_current(gp_thread *t) { gp_tls_current = t; }

#ifdef GP_FREE_THREADED

/* Biased reference counting, the out-of-line halves.  The invariant: an
   object's true count is ob_ref_local + (ob_ref_shared >> 2), and a
   reference held by an owner's merge queue is part of it. */

_Thread_local uint32_t gp_tls_tid;

/* The owner's local count reached zero.  With nothing shared (count and
   flags zero) the object is dead (1).  Otherwise it becomes ownerless:
   ob_tid is cleared before the flags say MERGED, so that no thread sees a
   merged object that still names an owner, and it is dead (1) only if the
   shared count, now the whole count, is zero. */
static int owner_zero(gp_obj *o) {
    int32_t shared = atomic_load_explicit(&o->ob_ref_shared, memory_order_acquire);
    if (shared == 0) return 1;
    __atomic_store_n(&o->ob_tid, 0, __ATOMIC_RELAXED);
    int32_t merged;
    do {
        merged = (shared & ~(int32_t)GP_REF_FLAG_MASK) | GP_REF_MERGED;
    } while (!atomic_compare_exchange_weak_explicit(&o->ob_ref_shared, &shared, merged,
                                                    memory_order_acq_rel, memory_order_acquire));
    return merged == GP_REF_MERGED;
}

void gp_ref_merge_zero(gp_obj *o) {
    if (owner_zero(o)) gp_dealloc(o);
}

/* The local count and the owner are cleared before the shared word says
   MERGED: from that moment another thread may drop the last reference and
   free the object, so nothing here may touch it afterwards.  Meanwhile
   the object is marked QUEUED (or the world is stopped), so no other
   thread merges it, and their increfs and decrefs go to the shared word,
   which the compare-and-swap below then includes. */
gp_ssize gp_ref_merge_explicit(gp_obj *o, gp_ssize extra) {
    gp_ssize local = (gp_ssize)gp_ref_local(o);
    __atomic_store_n(&o->ob_ref_local, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&o->ob_tid, 0, __ATOMIC_RELAXED);
    int32_t shared = atomic_load_explicit(&o->ob_ref_shared, memory_order_acquire);
    gp_ssize count;
    for (;;) {
        count = (gp_ssize)(shared >> GP_REF_SHARED_SHIFT) + local + extra;
        if (count > (GP_REF_SHARED_MAX >> GP_REF_SHARED_SHIFT)) {
            gp_ref_saturate(o);
            return count;
        }
        int32_t merged = (int32_t)((count << GP_REF_SHARED_SHIFT) | GP_REF_MERGED);
        if (atomic_compare_exchange_weak_explicit(&o->ob_ref_shared, &shared, merged,
                                                  memory_order_acq_rel, memory_order_acquire))
            break;
    }
    return count;
}

/* More references than the shared word can count: the object lives for
   the rest of the process.  An owner's count that races with this store
   can undo it; the shared word stays past the limit, so the next add
   from another thread saturates it again. */
void gp_ref_saturate(gp_obj *o) {
    __atomic_store_n(&o->ob_ref_local, GP_IMMORTAL_LOCAL, __ATOMIC_RELAXED);
    __atomic_store_n(&o->ob_tid, 0, __ATOMIC_RELAXED);
}

/* Immortal objects that still have an owner: every one made immortal
   before the process first ran a second thread without the GIL, and the
   static singletons.  Only that first start reads the list (and frees
   it), after gp_ft_threaded is on, so nothing is added later; the lock is
   for threads that take turns on the GIL meanwhile. */
static struct {
    gp_spinlock lock;
    gp_obj **items;
    size_t len, cap;
} owned_immortals;

static void remember_immortal(gp_obj *o) {
    gp_spin_lock(&owned_immortals.lock);
    if (owned_immortals.len == owned_immortals.cap) {
        size_t cap = owned_immortals.cap ? owned_immortals.cap * 2 : 256;
        gp_obj **items = realloc(owned_immortals.items, cap * sizeof *items);
        if (!items) {
            /* Nowhere to remember it: it loses its owner now, as it would
               once threads run (only its owner writes ob_ref_local). */
            gp_spin_unlock(&owned_immortals.lock);
            __atomic_store_n(&o->ob_tid, 0, __ATOMIC_RELAXED);
            return;
        }
        owned_immortals.items = items;
        owned_immortals.cap = cap;
    }
    owned_immortals.items[owned_immortals.len++] = o;
    gp_spin_unlock(&owned_immortals.lock);
}

void gp_set_immortal(gp_obj *o) {
    if (gp_is_small(o)) return;
    __atomic_store_n(&o->ob_ref_local, GP_IMMORTAL_LOCAL, __ATOMIC_RELAXED);
    if (gp_is_threaded()) {
        __atomic_store_n(&o->ob_tid, 0, __ATOMIC_RELAXED);
    } else if (gp_ref_owner(o) != 0) {
        remember_immortal(o);
    }
}

void gp_ref_release_immortals(void) {
    gp_spin_lock(&owned_immortals.lock);
    for (size_t i = 0; i < owned_immortals.len; i++)
        __atomic_store_n(&owned_immortals.items[i]->ob_tid, 0, __ATOMIC_RELAXED);
    free(owned_immortals.items);
    owned_immortals.items = NULL;
    owned_immortals.len = owned_immortals.cap = 0;
    gp_spin_unlock(&owned_immortals.lock);
}

void gp_ref_merge_orphan(gp_obj *o) {
    if (gp_ref_merge_explicit(o, -1) == 0) gp_dealloc(o);
}

void gp_ref_disown(gp_obj *o) {
    if (gp_ref_owner(o) != 0) gp_ref_merge_explicit(o, 0);
}

/* The object's shared count was zero and unflagged: instead of taking it
   below zero, the decref is handed to the owner with the object, which
   merges both counts.  If the owner has exited nobody else will ever
   count locally, so the caller merges (threads.c explains why no new
   thread can become the owner). */
static void queue_to_owner(gp_obj *o) {
    gp_thread *t = gp_thread_current();
    uint32_t owner = gp_ref_owner(o);
    if (t && owner && gp_threadstate_queue_merge(t->interp, owner, o)) return;
    gp_ref_merge_orphan(o);
}

/* A thread that does not own the object drops a reference: 1 if that
   was the last one.  A shared count of zero, flagged MAYBE_WEAKREF or
   not, goes negative by queueing the object to its owner instead. */
static int nonowner_decref(gp_obj *o) {
    int32_t shared = atomic_load_explicit(&o->ob_ref_shared, memory_order_relaxed);
    int32_t now;
    int queue;
    do {
        queue = shared == 0 || shared == GP_REF_MAYBE_WEAKREF;
        now = queue ? GP_REF_QUEUED : shared - GP_REF_ONE;
    } while (!atomic_compare_exchange_weak_explicit(&o->ob_ref_shared, &shared, now,
                                                    memory_order_acq_rel, memory_order_relaxed));
    if (queue) {
        queue_to_owner(o);
        return 0;
    }
    return now == GP_REF_MERGED;
}

void gp_ref_decref_shared(gp_obj *o) {
    if (nonowner_decref(o)) gp_dealloc(o);
}

/* As gp_decref, but the caller frees: 1 when the count reached zero. */
int gp_decref_keep(gp_obj *o) {
    if (gp_ref_owner(o) == gp_tid()) {
        return gp_ref_local_add(o, (uint32_t)-1) == 0 && owner_zero(o);
    }
    if (gp_is_immortal(o)) return 0;
    return nonowner_decref(o);
}

int gp_try_incref(gp_obj *o) {
    if (gp_is_small(o) || gp_is_immortal(o)) return 1;
    if (gp_ref_owner(o) == gp_tid()) {
        if (gp_ref_local(o) == 0) return 0;
        gp_ref_local_add(o, 1);
        return 1;
    }
    /* The owner's last decref finds the shared word non-zero (the mark)
       and merges by compare-and-swap: whichever of the two lands first
       decides whether the object lives on with this reference or dies. */
    int32_t shared = atomic_load_explicit(&o->ob_ref_shared, memory_order_relaxed);
    for (;;) {
        if ((shared & GP_REF_FLAG_MASK) == GP_REF_MERGED && (shared >> GP_REF_SHARED_SHIFT) <= 0) return 0;
        if (atomic_compare_exchange_weak_explicit(&o->ob_ref_shared, &shared, shared + GP_REF_ONE,
                                                  memory_order_acq_rel, memory_order_relaxed))
            return 1;
    }
}

void gp_ref_mark_weakref(gp_obj *o) {
    if (gp_is_small(o) || gp_is_immortal(o)) return;
    int32_t shared = atomic_load_explicit(&o->ob_ref_shared, memory_order_relaxed);
    while ((shared & GP_REF_FLAG_MASK) == 0 &&
           !atomic_compare_exchange_weak_explicit(&o->ob_ref_shared, &shared, shared | GP_REF_MAYBE_WEAKREF,
                                                  memory_order_acq_rel, memory_order_relaxed)) {
    }
}

void gp_ref_merge_queue(gp_thread *t) {
    atomic_fetch_and(&t->eval_breaker, ~(uint32_t)GP_BREAK_REF_MERGE);
    for (;;) {
        gp_spin_lock(&t->merge_lock);
        size_t n = t->merge_len;
        gp_obj **items = t->merge_items;
        t->merge_items = NULL;
        t->merge_len = t->merge_cap = 0;
        gp_spin_unlock(&t->merge_lock);
        if (!n) {
            gp_mem_free(items);
            return;
        }
        /* Deallocation may queue more (to this thread too): taken apart
           from the list first, merged outside the lock. */
        for (size_t i = 0; i < n; i++) {
            gp_obj *o = items[i];
            if (gp_ref_merge_explicit(o, -1) == 0) gp_dealloc(o);
        }
        gp_mem_free(items);
    }
}

#else

/* Plain counts: nothing is ever queued, and the GIL keeps a count from
   reaching zero while another thread looks at it. */
void gp_ref_merge_queue(gp_thread *t) { (void)t; }
int gp_try_incref(gp_obj *o) {
    if (gp_refcnt(o) <= 0) return 0;
    gp_incref(o);
    return 1;
}
void gp_ref_mark_weakref(gp_obj *o) { (void)o; }
void gp_ref_merge_orphan(gp_obj *o) { (void)o; }
void gp_ref_disown(gp_obj *o) { (void)o; }

#endif
