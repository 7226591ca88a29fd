/* Attached and detached thread states, and stopping the world.

   A thread touches objects only while attached.  With the GIL on (always
   in build/gilpy, with -X gil=1 in build/gilpy-ft), attaching is taking
   the GIL and detaching is releasing it.  Without the GIL, attaching
   flips the thread state from GP_TS_DETACHED to GP_TS_ATTACHED, and waits
   first if a stop-the-world is in progress.

   Stop-the-world (free-threaded build without the GIL): the stopping
   thread sets GP_BREAK_STOP_WORLD on every other attached thread and waits
   until each has parked at its next eval-breaker check or has detached;
   detached threads are marked suspended so that they cannot attach again
   before gp_start_the_world.  Object reference counts do not change while
   the world is stopped.  With the GIL on, the caller holds it and every
   other thread is already waiting for it, so both calls do nothing.

   The stopping thread must not wait for anything another thread holds
   while the world is stopped (so: no Python code, no blocking call). */
#ifndef GP_PSTATE_H
#define GP_PSTATE_H

#include <sys/types.h>

#include "object.h"

/* Enter / leave a region where t may not touch objects (a blocking call). */
void gp_thread_detach(gp_thread *t);
void gp_thread_attach(gp_thread *t);

/* The eval loop saw GP_BREAK_STOP_WORLD: park until the world starts. */
void gp_thread_park(gp_thread *t);

/* Stop every other thread / let them run again.  Calls nest when made by
   the same thread. */
void gp_stop_the_world(gp_thread *t);
void gp_start_the_world(gp_thread *t);

/* Shutdown: stop the world for good (daemon threads never run again). */
void gp_stop_the_world_forever(gp_thread *t);

/* os.fork(): the world is stopped around the fork, so that the child
   inherits a heap no thread was changing; in the child only t survives.
   Returns fork()'s result (errno set when -1). */
pid_t gp_runtime_fork(gp_thread *t);

/* Called by the thread-start code before a new thread may run: the first
   time with the GIL off, objects marked for deferred counting become
   immortal and object locks are switched on.  Nothing with the GIL on. */
void gp_runtime_go_threaded(gp_thread *t);

/* The thread-state list and the world-stop fields of a new interpreter. */
void gp_pstate_init(gp_interp *in);

#endif
