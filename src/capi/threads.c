/* Threads through the C API: releasing the GIL around native work, and
   giving threads that native code created a thread state so that they can
   call Python. */
#include "gilpy_core.h"
#include "runtime/gil.h"
#include "runtime/objlock.h"
#include "gilpy.h"

gilpy_thread *gilpy_release_gil(void) { return gp_gil_save_thread(); }

void gilpy_acquire_gil(gilpy_thread *t) { gp_gil_restore_thread(t); }

gilpy_thread *gilpy_attach(gilpy_interp *in) {
    /* A thread with a state already would get a second one, and the GIL
       it may hold would be taken twice. */
    if (gp_thread_current()) return NULL;
#ifdef GP_FREE_THREADED
    /* Without the GIL, objects must take their locks from before a second
       thread touches them (runtime/objlock.h). */
    if (!in->gil_enabled) gp_ft_set_threaded();
#endif
    gp_thread *t = gp_threadstate_new(in);
    if (!t) return NULL;
    gp_gil_take(t);
    return t;
}

void gilpy_detach(gilpy_thread *t) {
    /* An exception left behind by the last call would die unseen with the
       state: report it as Python does for a thread's uncaught exception. */
    if (t->exc) gp_err_write_unraisable(t, NULL);
    gp_threadstate_delete_current(t);
}
