/* Quiescent-state-based reclamation (free-threaded build).

   Some reads take no lock: a thread looking up a global or a class
   attribute reads a dict's table and the value in it while another thread
   may be replacing them (objects/dict.c).  Such a reader must never find
   freed memory, so a writer of such a dict does not free the table it
   replaced, or drop the dict's reference to a value or key it removed, at
   once: it hands them to gp_qsbr_defer_free / gp_qsbr_defer_decref, and
   they are released once every other thread has passed a quiescent state,
   a moment at which it cannot be in the middle of such a read.

   Quiescent states are the eval-breaker checks between two bytecodes and
   every detached stretch (blocking calls, waiting for the world to start):
   a lock-free read begins and ends inside one C function and never spans
   either.

   The bookkeeping is a global write sequence and one read sequence per
   thread.  A deferred item records the write sequence it needs (one more
   than the current value); the thread that deferred it later advances the
   write sequence and asks the other attached threads, through
   GP_BREAK_QSBR, to copy it into their read sequence.  When every attached
   thread has a read sequence at least the item's, nobody can still hold
   the pointer, and the item is released.  Items of a thread that exits are
   handed to the interpreter and released by whichever thread polls next.

   With the GIL on, or before a second thread runs, or while the calling
   thread has stopped the world, nobody reads concurrently and the calls
   release at once.  The GIL build has none of this. */
#ifndef GP_QSBR_H
#define GP_QSBR_H

#include "object.h"

#ifdef GP_FREE_THREADED

/* Free p (from gp_mem_alloc) / drop a reference to o once no thread can be
   reading them. */
void gp_qsbr_defer_free(gp_thread *t, void *p);
void gp_qsbr_defer_decref(gp_thread *t, gp_obj *o);

/* The eval loop saw GP_BREAK_QSBR: report a quiescent state and release
   what is due.  May run finalizers. */
void gp_qsbr_handle(gp_thread *t);

/* Called when t attaches: it starts reading from the current sequence. */
void gp_qsbr_attach(gp_thread *t);

/* t is exiting: release what can be released, hand the rest to the
   interpreter. */
void gp_qsbr_thread_exit(gp_thread *t);

/* The calling thread runs alone (shutdown with the world stopped for
   good, the child after fork): release everything queued. */
void gp_qsbr_release_all(gp_thread *t);

/* The child after fork: release the items of a thread that is gone. */
void gp_qsbr_adopt(gp_thread *t, gp_thread *gone);

/* Called by t with the world stopped: every other thread has passed a
   quiescent state, so all that t and exited threads queued is due.  Takes
   it out of the queues (NULL if there is none); release it with
   gp_qsbr_release_taken once the world runs again. */
void *gp_qsbr_take_all(gp_thread *t, size_t *n);
void gp_qsbr_release_taken(void *items, size_t n);

#else

static inline void gp_qsbr_defer_free(gp_thread *t, void *p) { (void)t; gp_mem_free(p); }
static inline void gp_qsbr_defer_decref(gp_thread *t, gp_obj *o) { (void)t; gp_decref(o); }
static inline void gp_qsbr_handle(gp_thread *t) { (void)t; }
static inline void gp_qsbr_attach(gp_thread *t) { (void)t; }
static inline void gp_qsbr_thread_exit(gp_thread *t) { (void)t; }
static inline void gp_qsbr_release_all(gp_thread *t) { (void)t; }
static inline void gp_qsbr_adopt(gp_thread *t, gp_thread *gone) { (void)t; (void)gone; }
static inline void *gp_qsbr_take_all(gp_thread *t, size_t *n) { (void)t; *n = 0; return NULL; }
static inline void gp_qsbr_release_taken(void *items, size_t n) { (void)items; (void)n; }

#endif

#endif
