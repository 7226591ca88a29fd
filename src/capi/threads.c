/* Threads through the C API: releasing the GIL around native work, and
   giving threads that native code created a thread state so that they can
   call Python. */
#include "gilpy_core.h"
#include "runtime/gil.h"
#include "runtime/objlock.h"
#include "runtime/pstate.h"
#include "gilpy.h"

gilpy_thread *gilpy_release_gil(void) { return gp_gil_save_thread(); }

void gilpy_acquire_gil(gilpy_thread *t) { gp_gil_restore_thread(t); }

gilpy_thread *gilpy_attach(gilpy_interp *in) {
    /* A thread with a state already would get a second one, and the GIL
       it may hold would be taken twice. */
    if (gp_thread_current()) return NULL;
    gp_thread *t = gp_threadstate_new(in, 0);
    if (!t) return NULL;
    gp_thread_attach(t);
    /* Without the GIL, the first native thread to attach makes the process
       threaded: object locks go live and shared objects become immortal
       (runtime/pstate.c).  Other threads may be running Python, so they
       are stopped at a safe point first, where none is inside a critical
       section. */
    if (!gp_is_threaded() && !gp_gil_is_on(in)) {
        gp_stop_the_world(t);
        gp_runtime_go_threaded(t);
        gp_start_the_world(t);
    }
    return t;
}

void gilpy_detach(gilpy_thread *t) {
    /* An exception left behind by the last call would die unseen with the
       state: report it as Python does for a thread's uncaught exception. */
    if (t->exc) gp_err_write_unraisable(t, NULL);
    gp_threadstate_delete_current(t);
}
