/* Memory: mimalloc underneath every allocation, object allocation and
   freeing, and the out-of-line halves of biased reference counting. */
#include <mimalloc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gc.h"

/* Under AddressSanitizer every block comes from the C library's malloc,
   which ASan watches: overflows, use after free and leaks inside objects are
   then reported.  mimalloc's own heaps are invisible to it. */
#ifdef __SANITIZE_ADDRESS__
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
    if (pre && (GP_GC_HEAD(o)->gc_refs & GP_GC_TRACKED)) gp_gc_untrack(o);
    gp_weakref_clear_refs_if_any(o);
}

void gp_obj_free(gp_obj *o) {
    gp_type *type = o->ob_type;
    size_t pre = gc_prefix(type);
    if (pre ? (GP_GC_HEAD(o)->gc_refs & (GP_GC_TRACKED | GP_GC_HAS_WEAKREFS)) != 0
            : (type->flags & GP_TPFLAGS_TYPE_SUBCLASS) != 0)
        gc_before_free(o, pre);
    raw_free((char *)o - pre);
    if (type->flags & GP_TPFLAGS_HEAPTYPE) gp_decref((gp_obj *)type);
}

/* gp_gc_track and gp_gc_untrack live with the collector in runtime/gc.c. */

void gp_dealloc(gp_obj *o) { o->ob_type->dealloc(o); }

static _Thread_local gp_thread *current_thread;

gp_thread *gp_thread_current(void) { return current_thread; }
void gp_thread_set_current(gp_thread *t) { current_thread = t; }

#ifdef GP_FREE_THREADED

_Thread_local char gp_tls_marker;

/* The owner's local count reached zero.  With no shared references the
   object is dead (returns 1); otherwise it gives up ownership and lives on
   the shared count, which the flag GP_REF_MERGED marks as the whole count. */
static int merge_local_zero(gp_obj *o) {
    gp_ssize shared = atomic_load_explicit(&o->ob_ref_shared, memory_order_acquire);
    for (;;) {
        if ((shared >> GP_REF_SHARED_SHIFT) == 0) return 1;
        if (atomic_compare_exchange_weak_explicit(&o->ob_ref_shared, &shared,
                                                  shared | GP_REF_MERGED, memory_order_acq_rel,
                                                  memory_order_acquire)) {
            o->ob_tid = 0;
            return 0;
        }
    }
}

void gp_ref_merge_zero(gp_obj *o) {
    if (merge_local_zero(o)) gp_dealloc(o);
}

int gp_decref_keep(gp_obj *o) {
    if (o->ob_tid == gp_tid()) return --o->ob_ref_local == 0 && merge_local_zero(o);
    gp_ssize now = atomic_fetch_sub_explicit(&o->ob_ref_shared, (gp_ssize)1 << GP_REF_SHARED_SHIFT,
                                             memory_order_acq_rel) -
                   ((gp_ssize)1 << GP_REF_SHARED_SHIFT);
    return (now & GP_REF_MERGED) == GP_REF_MERGED && (now >> GP_REF_SHARED_SHIFT) == 0;
}

/* A thread that does not own the object drops a reference.  Once merged,
   the shared count is the whole count and reaching zero frees the object.
   Before the merge a negative shared count is settled when the owner's
   local count reaches zero. */
void gp_ref_decref_shared(gp_obj *o) {
    gp_ssize old = atomic_fetch_sub_explicit(&o->ob_ref_shared, (gp_ssize)1 << GP_REF_SHARED_SHIFT,
                                             memory_order_acq_rel);
    gp_ssize now = old - ((gp_ssize)1 << GP_REF_SHARED_SHIFT);
    if ((now & GP_REF_MERGED) == GP_REF_MERGED && (now >> GP_REF_SHARED_SHIFT) == 0) gp_dealloc(o);
}

#endif
