/* Memory: mimalloc underneath every allocation, object allocation and
   freeing, and the out-of-line halves of biased reference counting. */
#include <mimalloc.h>

#include "gilpy_core.h"

void *gp_mem_alloc(size_t n) { return mi_malloc(n ? n : 1); }
void *gp_mem_calloc(size_t count, size_t n) { return mi_calloc(count ? count : 1, n ? n : 1); }
void *gp_mem_realloc(void *p, size_t n) { return mi_realloc(p, n ? n : 1); }
void gp_mem_free(void *p) { mi_free(p); }
char *gp_mem_strdup(const char *s) { return mi_strdup(s); }

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
    char *mem = mi_zalloc(size);
    if (!mem) return gp_err_nomemory(t);
    gp_obj *o = (gp_obj *)(mem + pre);
    gp_obj_init_header(o, type);
    if (type->flags & GP_TPFLAGS_HEAPTYPE) gp_incref((gp_obj *)type);
    return o;
}

void gp_obj_free(gp_obj *o) {
    gp_type *type = o->ob_type;
    mi_free((char *)o - gc_prefix(type));
    if (type->flags & GP_TPFLAGS_HEAPTYPE) gp_decref((gp_obj *)type);
}

/* The cycle collector links tracked objects through their gc head; until it
   exists, tracking only marks the head so that untracking is checkable. */
void gp_gc_track(gp_obj *o) { GP_GC_HEAD(o)->gc_refs = 1; }
void gp_gc_untrack(gp_obj *o) { GP_GC_HEAD(o)->gc_refs = 0; }

void gp_dealloc(gp_obj *o) { o->ob_type->dealloc(o); }

static _Thread_local gp_thread *current_thread;

gp_thread *gp_thread_current(void) { return current_thread; }
void gp_thread_set_current(gp_thread *t) { current_thread = t; }

#ifdef GP_FREE_THREADED

_Thread_local char gp_tls_marker;

/* The owner dropped its last local reference.  With no shared references the
   object is dead; otherwise it gives up ownership and lives on the shared
   count, which the flag GP_REF_MERGED marks as the whole count. */
void gp_ref_merge_zero(gp_obj *o) {
    gp_ssize shared = atomic_load_explicit(&o->ob_ref_shared, memory_order_acquire);
    for (;;) {
        if ((shared >> GP_REF_SHARED_SHIFT) == 0) {
            gp_dealloc(o);
            return;
        }
        if (atomic_compare_exchange_weak_explicit(&o->ob_ref_shared, &shared,
                                                  shared | GP_REF_MERGED, memory_order_acq_rel,
                                                  memory_order_acquire)) {
            o->ob_tid = 0;
            return;
        }
    }
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
