/* The _thread module: starting threads, locks, re-entrant locks and
   thread-local objects.  The threading module is written in Python over it.

   Every wait here releases the GIL.  A lock is a flag under a mutex with a
   condition variable (not a semaphore) so that waits with a timeout can use
   the monotonic clock. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "gilpy_core.h"
#include "runtime/gil.h"
#include "runtime/objlock.h"
#include "runtime/qsbr.h"

/* The largest timeout a wait accepts, in seconds (as CPython's). */
#define TIMEOUT_MAX 9223372036.0

/* Default C stack for new threads: deep recursion in Python code nests C
   frames, and the C recursion guard assumes this much. */
#define DEFAULT_STACK_SIZE ((size_t)8 << 20)
#define MIN_STACK_SIZE ((size_t)32768)

/* Module state, kept in the module object. */
typedef struct {
    size_t stack_size; /* 0: the default */
} thread_module_state;

static unsigned long current_ident(void) { return (unsigned long)pthread_self(); }

/* ------------------------------------------------------------ raw locks */

typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int locked;
    unsigned long fork_gen; /* gp_fork_generation() when mu and cv were made */
} rawlock;

static void rawlock_init(rawlock *l) {
    l->fork_gen = gp_fork_generation();
    pthread_mutex_init(&l->mu, NULL);
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&l->cv, &attr);
    pthread_condattr_destroy(&attr);
}

static void rawlock_destroy(rawlock *l) {
    pthread_cond_destroy(&l->cv);
    pthread_mutex_destroy(&l->mu);
}

/* A lock made before fork() gets a fresh mutex and condition variable in
   the child the first time it is used there (see gp_fork_generation); the
   `locked` flag stays, so a lock that a vanished thread held stays held,
   as in CPython.  Called with the GIL held, which serialises the rebuild. */
static void rawlock_after_fork(rawlock *l) {
    if (l->fork_gen == gp_fork_generation()) return;
    int locked = l->locked;
    rawlock_init(l);
    l->locked = locked;
}

static int rawlock_try(rawlock *l) {
    rawlock_after_fork(l);
    pthread_mutex_lock(&l->mu);
    int got = !l->locked;
    l->locked = 1;
    pthread_mutex_unlock(&l->mu);
    return got;
}

static void deadline_after(struct timespec *ts, double secs) {
    clock_gettime(CLOCK_MONOTONIC, ts);
    double whole = floor(secs);
    ts->tv_sec += (time_t)whole;
    ts->tv_nsec += (long)((secs - whole) * 1e9);
    if (ts->tv_nsec >= 1000000000) {
        ts->tv_sec++;
        ts->tv_nsec -= 1000000000;
    }
}

static int before(const struct timespec *a, const struct timespec *b) {
    return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

/* How often a main thread blocked in a lock looks for Ctrl-C: a signal
   does not wake a condition variable. */
#define INTERRUPT_POLL 0.02

/* Without the GIL: has a signal arrived that the main thread t must
   answer, Ctrl-C or one with a Python handler? */
static int signal_waiting(gp_thread *t) {
    return (atomic_load(&t->eval_breaker) & (GP_BREAK_ASYNC_EXC | GP_BREAK_SIGNAL)) != 0;
}

/* With the GIL, after a wait gave up for a signal: run the Python signal
   handlers and raise a pending Ctrl-C; -1 when an exception was raised. */
static int answer_signals(gp_thread *t) {
    if ((atomic_load(&t->eval_breaker) & GP_BREAK_SIGNAL) && gp_signal_run_pending(t) < 0) return -1;
    return gp_signals_check(t);
}

/* Take the lock, waiting at most timeout seconds (negative: for ever) with
   the GIL released.  1 if taken, 0 on timeout; -1 with the exception set
   when `interruptible` and, in the main thread, Ctrl-C arrives or a Python
   signal handler raises.  A handler that returns lets the wait go on to
   the same deadline. */
static int rawlock_acquire(gp_thread *t, rawlock *l, double timeout, int interruptible) {
    if (rawlock_try(l)) return 1;
    if (timeout == 0) return 0;
    struct timespec deadline;
    if (timeout > 0) deadline_after(&deadline, timeout);
    int poll = interruptible && t == t->interp->main_thread;
    for (;;) {
        int got = 0, interrupted = 0;
        GP_BEGIN_ALLOW_THREADS
        pthread_mutex_lock(&l->mu);
        while (l->locked) {
            if (poll && signal_waiting(t)) {
                interrupted = 1;
                break;
            }
            if (poll) {
                /* A signal does not wake a condition variable: look for
                   one every INTERRUPT_POLL seconds. */
                struct timespec slice;
                deadline_after(&slice, INTERRUPT_POLL);
                int last = timeout >= 0 && !before(&slice, &deadline);
                if (pthread_cond_timedwait(&l->cv, &l->mu, last ? &deadline : &slice) ==
                        ETIMEDOUT &&
                    last)
                    break;
            } else if (timeout < 0) {
                pthread_cond_wait(&l->cv, &l->mu);
            } else if (pthread_cond_timedwait(&l->cv, &l->mu, &deadline) == ETIMEDOUT) {
                break;
            }
        }
        if (!l->locked && !interrupted) {
            l->locked = 1;
            got = 1;
        }
        pthread_mutex_unlock(&l->mu);
        GP_END_ALLOW_THREADS
        if (!interrupted) return got;
        if (answer_signals(t) < 0) return -1;
        if (rawlock_try(l)) return 1;
    }
}

static void rawlock_release(rawlock *l) {
    rawlock_after_fork(l);
    pthread_mutex_lock(&l->mu);
    l->locked = 0;
    pthread_cond_signal(&l->cv);
    pthread_mutex_unlock(&l->mu);
}

static int rawlock_locked(rawlock *l) {
    rawlock_after_fork(l);
    pthread_mutex_lock(&l->mu);
    int v = l->locked;
    pthread_mutex_unlock(&l->mu);
    return v;
}

/* acquire(blocking=True, timeout=-1): the timeout to wait in seconds
   (negative: for ever, 0: do not wait), with CPython's checks. */
static int parse_acquire(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames,
                         double *timeout) {
    static const char *const names[] = {"blocking", "timeout", NULL};
    static const gp_argspec spec = {"acquire", names, 0, -1};
    gp_obj *out[2];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, out) < 0) return -1;
    int blocking = 1;
    if (out[0]) {
        blocking = gp_obj_truthy(t, out[0]);
        if (blocking < 0) return -1;
    }
    double secs = -1;
    if (out[1] && gp_number_as_double(t, out[1], &secs) < 0) return -1;
    if (!blocking && secs != -1) {
        gp_err_set_str(t, &gp_exc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (secs < 0 && secs != -1) {
        gp_err_set_str(t, &gp_exc_ValueError, "timeout value must be positive");
        return -1;
    }
    if (secs > TIMEOUT_MAX) {
        gp_err_set_str(t, &gp_exc_OverflowError, "timeout value is too large");
        return -1;
    }
    *timeout = !blocking ? 0 : secs;
    return 0;
}

static gp_obj *none(void) { return GP_NONE; }

/* ------------------------------------------------------------ _thread.lock */

typedef struct {
    gp_obj base;
    rawlock lk;
} lock_obj;

extern gp_type gp_thread_lock_type;

static gp_obj *lock_new(gp_thread *t) {
    lock_obj *l = (lock_obj *)gp_obj_alloc(t, &gp_thread_lock_type, 0);
    if (!l) return NULL;
    rawlock_init(&l->lk);
    return (gp_obj *)l;
}

static void lock_dealloc(gp_obj *self) {
    rawlock_destroy(&((lock_obj *)self)->lk);
    gp_obj_free(self);
}

static gp_obj *lock_acquire(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kw) {
    double timeout;
    if (parse_acquire(t, args, nargs, kw, &timeout) < 0) return NULL;
    int got = rawlock_acquire(t, &((lock_obj *)self)->lk, timeout, 1);
    if (got < 0) return NULL;
    return gp_bool_from(got);
}

static gp_obj *lock_release(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kw) {
    lock_obj *l = (lock_obj *)self;
    /* Exit handlers receive the exception triple: any arguments go. */
    rawlock_after_fork(&l->lk);
    pthread_mutex_lock(&l->lk.mu);
    int was = l->lk.locked;
    l->lk.locked = 0;
    if (was) pthread_cond_signal(&l->lk.cv);
    pthread_mutex_unlock(&l->lk.mu);
    if (!was) return gp_err_format(t, &gp_exc_RuntimeError, "release unlocked lock");
    return none();
}

static gp_obj *lock_release_noargs(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                   gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "release", kw) < 0 || gp_args_count(t, "release", nargs, 0, 0) < 0)
        return NULL;
    return lock_release(t, self, args, nargs, kw);
}

static gp_obj *lock_locked(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kw) {
    if (gp_args_no_kw(t, "locked", kw) < 0 || gp_args_count(t, "locked", nargs, 0, 0) < 0)
        return NULL;
    return gp_bool_from(rawlock_locked(&((lock_obj *)self)->lk));
}

static gp_obj *lock_at_fork_reinit(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                   gp_ssize nargs, gp_obj *kw) {
    lock_obj *l = (lock_obj *)self;
    /* A new, unlocked lock in place of one that a vanished thread may
       have held. */
    rawlock_init(&l->lk);
    l->lk.locked = 0;
    return none();
}

static gp_obj *lock_repr(gp_thread *t, gp_obj *self) {
    return gp_str_from_format(t, "<%s %s object at %p>",
                              rawlock_locked(&((lock_obj *)self)->lk) ? "locked" : "unlocked",
                              gp_typeof(self)->name, (void *)self);
}

static const gp_method_def lock_methods[] = {
    {"acquire_lock", lock_acquire, 0, "Lock the lock."},
    {"acquire", lock_acquire, 0, "Lock the lock."},
    {"release_lock", lock_release_noargs, 0, "Release the lock."},
    {"release", lock_release_noargs, 0, "Release the lock."},
    {"locked_lock", lock_locked, 0, "Test whether the lock is currently locked."},
    {"locked", lock_locked, 0, "Test whether the lock is currently locked."},
    {"__enter__", lock_acquire, 0, "Lock the lock."},
    {"__exit__", lock_release, 0, "Release the lock."},
    {"_at_fork_reinit", lock_at_fork_reinit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_thread_lock_type = {
    GP_TYPE_HEAD,
    .name = "_thread.lock",
    .basicsize = sizeof(lock_obj),
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .methods = lock_methods,
    .doc = "A lock object is a synchronization primitive.",
};

/* ------------------------------------------------------------ _thread.RLock */

/* A lock that its owner may take again; `owner` and `count` change only
   while the raw lock is held, by the owner.  Other threads read them (is
   it mine?) without the GIL, so they are atomic; a stale value never
   names the reading thread. */
typedef struct {
    gp_obj base;
    rawlock lk;
    _Atomic unsigned long owner;
    _Atomic unsigned long count;
} rlock_obj;

extern gp_type gp_thread_rlock_type;

static gp_obj *rlock_tp_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    rlock_obj *r = (rlock_obj *)gp_obj_alloc(t, type, 0);
    if (!r) return NULL;
    rawlock_init(&r->lk);
    return (gp_obj *)r;
}

static void rlock_dealloc(gp_obj *self) {
    rawlock_destroy(&((rlock_obj *)self)->lk);
    gp_obj_free(self);
}

static gp_obj *rlock_acquire(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kw) {
    rlock_obj *r = (rlock_obj *)self;
    double timeout;
    if (parse_acquire(t, args, nargs, kw, &timeout) < 0) return NULL;
    unsigned long me = current_ident();
    if (r->count > 0 && r->owner == me) {
        if (r->count == ULONG_MAX)
            return gp_err_format(t, &gp_exc_OverflowError, "Internal lock count overflowed");
        r->count++;
        return GP_TRUE;
    }
    int got = rawlock_acquire(t, &r->lk, timeout, 1);
    if (got < 0) return NULL;
    if (!got) return GP_FALSE;
    r->owner = me;
    r->count = 1;
    return GP_TRUE;
}

static int rlock_owned(rlock_obj *r) { return r->count > 0 && r->owner == current_ident(); }

static gp_obj *rlock_release(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kw) {
    rlock_obj *r = (rlock_obj *)self;
    if (!rlock_owned(r))
        return gp_err_format(t, &gp_exc_RuntimeError, "cannot release un-acquired lock");
    if (--r->count == 0) {
        r->owner = 0;
        rawlock_release(&r->lk);
    }
    return none();
}

static gp_obj *rlock_release_noargs(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                    gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "release", kw) < 0 || gp_args_count(t, "release", nargs, 0, 0) < 0)
        return NULL;
    return rlock_release(t, self, args, nargs, kw);
}

static gp_obj *rlock_is_owned(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kw) {
    if (gp_args_no_kw(t, "_is_owned", kw) < 0 || gp_args_count(t, "_is_owned", nargs, 0, 0) < 0)
        return NULL;
    return gp_bool_from(rlock_owned((rlock_obj *)self));
}

/* For Condition.wait: let go of every level at once and say how many
   there were, so that _acquire_restore can put them back. */
static gp_obj *rlock_release_save(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                  gp_ssize nargs, gp_obj *kw) {
    rlock_obj *r = (rlock_obj *)self;
    if (gp_args_count(t, "_release_save", nargs, 0, 0) < 0) return NULL;
    if (r->count == 0)
        return gp_err_format(t, &gp_exc_RuntimeError, "cannot release un-acquired lock");
    gp_obj *count = gp_int_from_u64(t, r->count);
    gp_obj *owner = count ? gp_int_from_u64(t, r->owner) : NULL;
    gp_obj *state = owner ? gp_tuple_pack(t, 2, count, owner) : NULL;
    gp_xdecref(count);
    gp_xdecref(owner);
    if (!state) return NULL;
    r->count = 0;
    r->owner = 0;
    rawlock_release(&r->lk);
    return state;
}

static gp_obj *rlock_acquire_restore(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                     gp_ssize nargs, gp_obj *kw) {
    rlock_obj *r = (rlock_obj *)self;
    if (gp_args_count(t, "_acquire_restore", nargs, 1, 1) < 0) return NULL;
    gp_obj *state = args[0];
    if (!gp_tuple_check(state) || gp_tuple_size(state) != 2)
        return gp_err_format(t, &gp_exc_TypeError, "_acquire_restore() argument 1 must be tuple");
    uint64_t count, owner;
    if (gp_int_as_u64(t, gp_tuple_items(state)[0], &count) < 0 ||
        gp_int_as_u64(t, gp_tuple_items(state)[1], &owner) < 0)
        return NULL;
    rawlock_acquire(t, &r->lk, -1, 0);
    r->owner = (unsigned long)owner;
    r->count = (unsigned long)count;
    return none();
}

static gp_obj *rlock_recursion_count(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                     gp_ssize nargs, gp_obj *kw) {
    rlock_obj *r = (rlock_obj *)self;
    return gp_int_from_u64(t, rlock_owned(r) ? r->count : 0);
}

static gp_obj *rlock_at_fork_reinit(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                    gp_ssize nargs, gp_obj *kw) {
    rlock_obj *r = (rlock_obj *)self;
    rawlock_init(&r->lk);
    r->lk.locked = 0;
    r->owner = 0;
    r->count = 0;
    return none();
}

static gp_obj *rlock_repr(gp_thread *t, gp_obj *self) {
    rlock_obj *r = (rlock_obj *)self;
    gp_type *tp = gp_typeof(self);
    const char *name = gp_type_has_flag(tp, GP_TPFLAGS_HEAPTYPE) ? gp_type_name(tp) : tp->name;
    unsigned long owner = r->owner, count = r->count;
    return gp_str_from_format(t, "<%s %s object owner=%lu count=%lu at %p>",
                              count ? "locked" : "unlocked", name, owner, count, (void *)self);
}

static const gp_method_def rlock_methods[] = {
    {"acquire", rlock_acquire, 0, "Lock the lock."},
    {"release", rlock_release_noargs, 0, "Release the lock."},
    {"_is_owned", rlock_is_owned, 0, "For internal use by `threading.Condition`."},
    {"_release_save", rlock_release_save, 0, "For internal use by `threading.Condition`."},
    {"_acquire_restore", rlock_acquire_restore, 0, "For internal use by `threading.Condition`."},
    {"_recursion_count", rlock_recursion_count, 0, "For internal use by reentrancy checks."},
    {"_at_fork_reinit", rlock_at_fork_reinit, 0, NULL},
    {"__enter__", rlock_acquire, 0, "Lock the lock."},
    {"__exit__", rlock_release, 0, "Release the lock."},
    {NULL, NULL, 0, NULL},
};

gp_type gp_thread_rlock_type = {
    GP_TYPE_HEAD,
    .name = "_thread.RLock",
    .basicsize = sizeof(rlock_obj),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = rlock_dealloc,
    .repr = rlock_repr,
    .new_ = rlock_tp_new,
    .methods = rlock_methods,
};

/* ------------------------------------------------------------ _thread._local */

/* A thread-local object keeps one attribute dict per thread, in that
   thread's state dict (t->dict) under a key unique to the object, so that a
   thread's values go when the thread ends.  Attribute access runs the
   generic protocol with the calling thread's dict in place of an instance
   dict; the object's own dict slot keeps the creating thread's dict and is
   never switched, since without a GIL two threads may read the same
   object at once.  A thread that touches the object for the first time
   gets a fresh dict and, for a subclass with __init__, a call of __init__
   with the arguments the object was created with. */
typedef struct {
    gp_obj base;
    gp_obj *key;  /* an int, unique for the life of the process */
    gp_obj *args; /* tuple given to the constructor */
    gp_obj *kw;   /* dict, or NULL */
    gp_obj *dict; /* the dict of the thread that accessed it last */
} local_obj;

extern gp_type gp_thread_local_type;

static _Atomic int64_t local_serial;

static gp_obj *thread_dict(gp_thread *t) {
    if (!t->dict) t->dict = gp_dict_new(t);
    return t->dict;
}

/* The calling thread's dict for self, made (and __init__ run) if new. */
static gp_obj *local_dict_borrow(gp_thread *t, local_obj *self, int run_init) {
    gp_obj *td = thread_dict(t);
    if (!td) return NULL;
    gp_obj *d = gp_dict_get_borrow(t, td, self->key);
    if (d || t->exc) return d;
    d = gp_dict_new(t);
    if (!d) return NULL;
    int rc = gp_dict_set(t, td, self->key, d);
    gp_decref(d);
    if (rc < 0) return NULL;
    if (!self->dict) self->dict = gp_newref(d);
    gp_type *tp = gp_typeof((gp_obj *)self);
    if (run_init && tp->init && tp != &gp_thread_local_type && tp->init != gp_object_type.init) {
        gp_obj *init = gp_obj_getattr_cstr(t, (gp_obj *)self, "__init__");
        gp_obj *r = init ? gp_call_tuple_dict(t, init, self->args, self->kw) : NULL;
        gp_xdecref(init);
        if (!r) {
            gp_obj *exc = gp_err_fetch(t);
            gp_dict_del(t, td, self->key);
            gp_err_clear(t);
            gp_err_restore_steal(t, exc);
            return NULL;
        }
        gp_decref(r);
    }
    return d;
}

static gp_obj *local_tp_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    if (type == &gp_thread_local_type && (nargs || (kwnames && gp_tuple_size(kwnames))))
        return gp_err_format(t, &gp_exc_TypeError, "Initialization arguments are not supported");
    local_obj *self = (local_obj *)gp_obj_alloc(t, type, 0);
    if (!self) return NULL;
    self->key = gp_int_from_i64(t, atomic_fetch_add(&local_serial, 1));
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    self->args = gp_tuple_new(t, nargs);
    if (!self->key || !self->args) goto error;
    for (gp_ssize i = 0; i < nargs; i++) gp_tuple_items(self->args)[i] = gp_newref(args[i]);
    if (nkw) {
        self->kw = gp_dict_new(t);
        if (!self->kw) goto error;
        for (gp_ssize i = 0; i < nkw; i++)
            if (gp_dict_set(t, self->kw, gp_tuple_items(kwnames)[i], args[nargs + i]) < 0)
                goto error;
    }
    /* The creating thread's dict; type() runs __init__ on it. */
    if (!local_dict_borrow(t, self, 0)) goto error;
    return (gp_obj *)self;
error:
    gp_decref((gp_obj *)self);
    return NULL;
}

static void local_dealloc(gp_obj *o) {
    local_obj *self = (local_obj *)o;
    gp_thread *t = gp_thread_current();
    /* Forget the per-thread dicts of every thread still alive. */
    if (self->key && t) {
        gp_interp *in = t->interp;
        pthread_mutex_lock(&in->threads_mutex);
        for (gp_thread *other = in->threads; other; other = other->next) {
            if (!other->dict) continue;
            gp_obj *v = NULL;
            if (gp_dict_pop(t, other->dict, self->key, &v) < 0) gp_err_clear(t);
            /* Release outside the list lock: destructors may start threads. */
            if (v) {
                pthread_mutex_unlock(&in->threads_mutex);
                gp_decref(v);
                pthread_mutex_lock(&in->threads_mutex);
                other = in->threads;
            }
        }
        pthread_mutex_unlock(&in->threads_mutex);
    }
    gp_xdecref(self->key);
    gp_xdecref(self->args);
    gp_xdecref(self->kw);
    gp_xdecref(self->dict);
    gp_obj_free(o);
}

static int is_dunder_dict(gp_obj *name) {
    return gp_str_check(name) && strcmp(gp_str_utf8(name), "__dict__") == 0;
}

/* The generic lookup (data descriptor of the class, then the calling
   thread's dict, then other class attributes), as object.__getattribute__
   does with an instance dict. */
static gp_obj *local_getattro(gp_thread *t, gp_obj *o, gp_obj *name) {
    if (!gp_str_check(name))
        return gp_err_format(t, &gp_exc_TypeError, "attribute name must be string, not '%T'", name);
    gp_obj *d = local_dict_borrow(t, (local_obj *)o, 1);
    if (!d) return NULL;
    if (is_dunder_dict(name)) return gp_newref(d);
    gp_type *tp = gp_typeof(o);
    gp_obj *descr = gp_type_lookup_borrow(t, tp, name);
    gp_descrgetfunc get = descr ? gp_typeof(descr)->descr_get : NULL;
    if (get && gp_typeof(descr)->descr_set) {
        gp_incref(descr);
        gp_obj *r = get(t, descr, o, (gp_obj *)tp);
        gp_decref(descr);
        return r;
    }
    gp_obj *v = gp_dict_get_borrow(t, d, name);
    if (v) return gp_newref(v);
    if (t->exc) return NULL;
    if (get) {
        gp_incref(descr);
        gp_obj *r = get(t, descr, o, (gp_obj *)tp);
        gp_decref(descr);
        return r;
    }
    if (descr) return gp_newref(descr);
    gp_err_format(t, &gp_exc_AttributeError, "'%s' object has no attribute '%U'",
                  gp_type_name(tp), name);
    return NULL;
}

static int local_setattro(gp_thread *t, gp_obj *o, gp_obj *name, gp_obj *v) {
    if (!gp_str_check(name)) {
        gp_err_format(t, &gp_exc_TypeError, "attribute name must be string, not '%T'", name);
        return -1;
    }
    gp_obj *d = local_dict_borrow(t, (local_obj *)o, 1);
    if (!d) return -1;
    if (is_dunder_dict(name)) {
        gp_err_format(t, &gp_exc_AttributeError, "'%T' object attribute '__dict__' is read-only", o);
        return -1;
    }
    gp_obj *descr = gp_type_lookup_borrow(t, gp_typeof(o), name);
    gp_descrsetfunc set = descr ? gp_typeof(descr)->descr_set : NULL;
    if (set) {
        gp_incref(descr);
        int r = set(t, descr, o, v);
        gp_decref(descr);
        return r;
    }
    if (v) return gp_dict_set(t, d, name, v);
    gp_obj *old = NULL;
    int r = gp_dict_pop(t, d, name, &old);
    if (r < 0) return -1;
    if (r == 0) {
        gp_err_format(t, &gp_exc_AttributeError, "'%s' object has no attribute '%U'",
                      gp_type_name(gp_typeof(o)), name);
        return -1;
    }
    gp_decref(old);
    return 0;
}

static gp_obj *local_get_dict(gp_thread *t, gp_obj *o, void *closure) {
    gp_obj *d = local_dict_borrow(t, (local_obj *)o, 1);
    return d ? gp_newref(d) : NULL;
}

static const gp_getset_def local_getset[] = {
    {"__dict__", local_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

gp_type gp_thread_local_type = {
    GP_TYPE_HEAD,
    .name = "_thread._local",
    .basicsize = sizeof(local_obj),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = local_dealloc,
    .getattro = local_getattro,
    .setattro = local_setattro,
    .new_ = local_tp_new,
    .getset = local_getset,
    .dictoffset = offsetof(local_obj, dict),
    .doc = "Thread-local data",
};

/* ------------------------------------------------------------ threads */

/* What a new thread needs to start: owned references to the callable and
   its arguments, taken by the thread that started it. */
typedef struct {
    gp_interp *interp;
    uint32_t tid; /* owner id taken by the starting thread */
    gp_obj *func, *args, *kwargs;
} bootstate;

/* The key under which a thread keeps its sentinel lock (_set_sentinel) in
   its state dict: an interned string, set when the module is made, which
   is before any thread can start. */
static gp_obj *sentinel_key_str;

static gp_obj *sentinel_key(gp_thread *t) { return sentinel_key_str; }

/* An exception that ends a thread: SystemExit ends it quietly, anything
   else is reported as an exception that nothing could catch. */
static void report_thread_exception(gp_thread *t, gp_obj *func) {
    if (gp_err_matches(t, &gp_exc_SystemExit)) {
        gp_err_clear(t);
        return;
    }
    gp_err_write_unraisable_msg(t, "Exception ignored in thread started by", func);
}

/* Release the thread's sentinel lock so that threading's join() returns. */
static void release_sentinel(gp_thread *t) {
    if (!t->dict) return;
    gp_obj *lock = NULL;
    if (gp_dict_pop(t, t->dict, sentinel_key(t), &lock) < 0) gp_err_clear(t);
    if (!lock) return;
    if (gp_typeof(lock) == &gp_thread_lock_type) rawlock_release(&((lock_obj *)lock)->lk);
    gp_decref(lock);
}

static void *thread_main(void *arg) {
    bootstate *boot = arg;
    gp_thread *t = gp_threadstate_new(boot->interp, boot->tid);
    if (!t) {
        fputs("gilpy: out of memory starting a thread\n", stderr);
        free(boot);
        return NULL;
    }
    gp_thread_attach(t);
    gp_obj *r = gp_call_tuple_dict(t, boot->func, boot->args, boot->kwargs);
    if (r) gp_decref(r);
    else report_thread_exception(t, boot->func);
    gp_decref(boot->func);
    gp_decref(boot->args);
    gp_xdecref(boot->kwargs);
    free(boot);
    /* What the thread deferred is released or handed over before join()
       can return: a joiner that collects then finds it (runtime/qsbr.h).
       So are the objects other threads queued to it for a merge, which
       would otherwise wait for the thread state's end, after join(). */
    gp_qsbr_thread_exit(t);
    gp_ref_merge_queue(t);
    release_sentinel(t);
    gp_threadstate_delete_current(t);
    return NULL;
}

static thread_module_state *module_state(gp_obj *module) {
    return (thread_module_state *)((gp_module *)module)->state;
}

static gp_obj *th_start_new_thread(gp_thread *t, gp_obj *self, gp_obj *const *args,
                                   gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "start_new_thread", kw) < 0 ||
        gp_args_count(t, "start_new_thread", nargs, 2, 3) < 0)
        return NULL;
    gp_obj *func = args[0], *fargs = args[1], *fkw = nargs > 2 ? args[2] : NULL;
    if (!gp_callable_check(func))
        return gp_err_format(t, &gp_exc_TypeError, "first arg must be callable");
    if (!gp_tuple_check(fargs))
        return gp_err_format(t, &gp_exc_TypeError, "2nd arg must be a tuple");
    if (fkw && !gp_dict_check(fkw))
        return gp_err_format(t, &gp_exc_TypeError, "optional 3rd arg must be a dictionary");
    /* Owner ids are never reused; the last one is taken here, where
       running out can still raise. */
    uint32_t tid = gp_threadstate_take_id();
    if (!tid) return gp_err_format(t, &gp_exc_RuntimeError, "can't start new thread");
    bootstate *boot = malloc(sizeof *boot);
    if (!boot) return gp_err_nomemory(t);
    boot->interp = t->interp;
    boot->tid = tid;
    boot->func = gp_newref(func);
    boot->args = gp_newref(fargs);
    boot->kwargs = gp_xnewref(fkw);

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    size_t stack = module_state(self)->stack_size;
    pthread_attr_setstacksize(&attr, stack ? stack : DEFAULT_STACK_SIZE);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    /* Ctrl-C is for the main thread: the new thread starts with SIGINT
       blocked. */
    /* Before the first thread that runs without the GIL: object locks
       start to matter (the starting thread holds none here) and shared
       objects become immortal (runtime/pstate.c). */
    gp_runtime_go_threaded(t);
    sigset_t block, saved;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    pthread_sigmask(SIG_BLOCK, &block, &saved);
    pthread_t th;
    int rc = pthread_create(&th, &attr, thread_main, boot);
    pthread_sigmask(SIG_SETMASK, &saved, NULL);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        gp_decref(boot->func);
        gp_decref(boot->args);
        gp_xdecref(boot->kwargs);
        free(boot);
        return gp_err_format(t, &gp_exc_RuntimeError, "can't start new thread");
    }
    return gp_int_from_u64(t, (unsigned long)th);
}

static gp_obj *th_allocate_lock(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kw) {
    if (gp_args_no_kw(t, "allocate_lock", kw) < 0 ||
        gp_args_count(t, "allocate_lock", nargs, 0, 0) < 0)
        return NULL;
    return lock_new(t);
}

static gp_obj *th_get_ident(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kw) {
    if (gp_args_no_kw(t, "get_ident", kw) < 0 || gp_args_count(t, "get_ident", nargs, 0, 0) < 0)
        return NULL;
    return gp_int_from_u64(t, current_ident());
}

static gp_obj *th_get_native_id(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kw) {
    if (gp_args_no_kw(t, "get_native_id", kw) < 0 ||
        gp_args_count(t, "get_native_id", nargs, 0, 0) < 0)
        return NULL;
    return gp_int_from_u64(t, t->native_id);
}

static gp_obj *th_exit(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kw) {
    if (gp_args_no_kw(t, "exit", kw) < 0 || gp_args_count(t, "exit", nargs, 0, 0) < 0)
        return NULL;
    gp_err_set(t, &gp_exc_SystemExit, NULL);
    return NULL;
}

static gp_obj *th_count(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kw) {
    if (gp_args_no_kw(t, "_count", kw) < 0 || gp_args_count(t, "_count", nargs, 0, 0) < 0)
        return NULL;
    return gp_int_from_i64(t, gp_threadstate_count(t->interp) - 1);
}

static gp_obj *th_stack_size(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kw) {
    if (gp_args_no_kw(t, "stack_size", kw) < 0 || gp_args_count(t, "stack_size", nargs, 0, 1) < 0)
        return NULL;
    thread_module_state *st = module_state(self);
    size_t old = st->stack_size;
    /* As in CPython, no argument means 0: back to the default size. */
    gp_ssize size = 0;
    if (nargs == 1 && gp_number_as_ssize(t, args[0], &gp_exc_OverflowError, &size) < 0) return NULL;
    if (size < 0) return gp_err_format(t, &gp_exc_ValueError, "size must be 0 or a positive value");
    if (size != 0 && (size_t)size < MIN_STACK_SIZE)
        return gp_err_format(t, &gp_exc_ValueError, "size not valid: %zd bytes", size);
    st->stack_size = (size_t)size;
    return gp_int_from_u64(t, old);
}

/* Raise KeyboardInterrupt in the main thread at its next eval-breaker
   check, as a SIGINT would. */
static gp_obj *th_interrupt_main(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                 gp_obj *kw) {
    if (gp_args_no_kw(t, "interrupt_main", kw) < 0 ||
        gp_args_count(t, "interrupt_main", nargs, 0, 1) < 0)
        return NULL;
    int signum = SIGINT;
    if (nargs == 1) {
        gp_ssize v;
        if (gp_number_as_ssize(t, args[0], &gp_exc_OverflowError, &v) < 0) return NULL;
        if (v < 1 || v >= NSIG) return gp_err_format(t, &gp_exc_ValueError, "signal number out of range");
        signum = (int)v;
    }
    /* Only SIGINT has a Python-level effect without the signal module. */
    if (signum != SIGINT) return none();
    gp_thread *main_t = t->interp->main_thread;
    gp_setref_steal(&main_t->async_exc, gp_newref((gp_obj *)&gp_exc_KeyboardInterrupt));
    atomic_fetch_or_explicit(&main_t->eval_breaker, GP_BREAK_ASYNC_EXC, memory_order_release);
    return none();
}

/* A lock that the runtime releases when the calling thread's state goes
   away: threading's join() waits for it. */
static gp_obj *th_set_sentinel(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                               gp_obj *kw) {
    if (gp_args_no_kw(t, "_set_sentinel", kw) < 0 ||
        gp_args_count(t, "_set_sentinel", nargs, 0, 0) < 0)
        return NULL;
    gp_obj *td = thread_dict(t);
    gp_obj *lock = td ? lock_new(t) : NULL;
    if (!lock) return NULL;
    gp_obj *old = NULL;
    if (gp_dict_pop(t, td, sentinel_key(t), &old) < 0 ||
        gp_dict_set(t, td, sentinel_key(t), lock) < 0) {
        gp_xdecref(old);
        gp_decref(lock);
        return NULL;
    }
    /* A sentinel set earlier by this thread is replaced: release it now. */
    if (old) {
        if (gp_typeof(old) == &gp_thread_lock_type) rawlock_release(&((lock_obj *)old)->lk);
        gp_decref(old);
    }
    return lock;
}

static const gp_method_def thread_functions[] = {
    {"start_new_thread", th_start_new_thread, 0, "Start a new thread and return its identifier."},
    {"start_new", th_start_new_thread, 0, "An obsolete synonym of start_new_thread()."},
    {"allocate_lock", th_allocate_lock, 0, "Create a new lock object."},
    {"allocate", th_allocate_lock, 0, "An obsolete synonym of allocate_lock()."},
    {"get_ident", th_get_ident, 0, "Return a non-zero integer that uniquely identifies the current thread."},
    {"get_native_id", th_get_native_id, 0, "Return the native thread id of the current thread."},
    {"exit", th_exit, 0, "Raise SystemExit to end the calling thread."},
    {"exit_thread", th_exit, 0, "An obsolete synonym of exit()."},
    {"_count", th_count, 0, "Return the number of currently running Python threads."},
    {"stack_size", th_stack_size, 0, "Return (and optionally set) the stack size of new threads."},
    {"interrupt_main", th_interrupt_main, 0, "Simulate the arrival of a signal in the main thread."},
    {"_set_sentinel", th_set_sentinel, 0, "Set a sentinel lock released when the thread state goes."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_thread_init(gp_thread *t) {
    static gp_type *const types[] = {&gp_thread_lock_type, &gp_thread_rlock_type,
                                     &gp_thread_local_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (gp_type_ready(t, types[i]) < 0) return NULL;
    if (!sentinel_key_str) {
        sentinel_key_str = gp_str_intern_cstr_borrow(t, "_thread._sentinel");
        if (!sentinel_key_str) return NULL;
    }
    gp_obj *m = gp_module_new(t, "_thread");
    if (!m) return NULL;
    thread_module_state *st = gp_mem_calloc(1, sizeof *st);
    if (!st) {
        gp_decref(m);
        return gp_err_nomemory(t);
    }
    ((gp_module *)m)->state = st;
    gp_obj *tmax = gp_float_new(t, TIMEOUT_MAX);
    if (!tmax || gp_module_add_functions(t, m, thread_functions) < 0 ||
        gp_module_add_object(t, m, "LockType", (gp_obj *)&gp_thread_lock_type) < 0 ||
        gp_module_add_object(t, m, "RLock", (gp_obj *)&gp_thread_rlock_type) < 0 ||
        gp_module_add_object(t, m, "_local", (gp_obj *)&gp_thread_local_type) < 0 ||
        gp_module_add_object(t, m, "error", (gp_obj *)&gp_exc_RuntimeError) < 0 ||
        gp_module_add_object(t, m, "TIMEOUT_MAX", tmax) < 0) {
        gp_xdecref(tmax);
        gp_decref(m);
        return NULL;
    }
    gp_decref(tmax);
    return m;
}
