/* The select module: select(), poll objects and, on Linux, epoll objects.

   Each wait runs with the GIL released.  The descriptors to watch are
   turned into C arrays before the GIL goes and the results into objects
   after it is back, so nothing touches an object meanwhile.  An EINTR is
   retried with the time that is left after the signal handlers ran
   (PEP 475); Ctrl-C in the main thread ends the wait with
   KeyboardInterrupt. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gil.h"

#define SEL_ARGS gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw

static gp_obj *none(void) { return GP_NONE; }

static double monotonic(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Run the handlers of signals that have arrived; -1 when one raised or
   Ctrl-C is pending for this thread.  Called before every wait, not only
   after EINTR (PEP 475): a signal that came just before the wait would not
   interrupt it, and it could block for ever. */
static int check_signals(gp_thread *t) {
    if (gp_signal_check(t) < 0 || gp_signals_check(t) < 0) return -1;
    return 0;
}

/* A file descriptor from an int or an object with fileno(), with the
   messages of CPython's PyObject_AsFileDescriptor. */
static int fd_of(gp_thread *t, gp_obj *o, int *out) {
    gp_obj *num;
    if (gp_int_check(o)) {
        num = gp_newref(o);
    } else {
        gp_obj *meth;
        int found = gp_obj_lookup_attr(t, o, gp_str_intern_cstr_borrow(t, "fileno"), &meth);
        if (found < 0) return -1;
        if (!found) {
            gp_err_format(t, &gp_exc_TypeError,
                          "argument must be an int, or have a fileno() method.");
            return -1;
        }
        num = gp_call0(t, meth);
        gp_decref(meth);
        if (!num) return -1;
        if (!gp_int_check(num)) {
            gp_decref(num);
            gp_err_format(t, &gp_exc_TypeError, "fileno() returned a non-integer");
            return -1;
        }
    }
    gp_ssize v;
    int rc = gp_int_as_ssize(t, num, &v);
    gp_decref(num);
    if (rc < 0) return -1;
    if (v > INT_MAX || v < INT_MIN) {
        gp_err_format(t, &gp_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    if (v < 0) {
        gp_err_format(t, &gp_exc_ValueError, "file descriptor cannot be a negative integer (%d)",
                      (int)v);
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* Milliseconds from a poll()/epoll.poll() timeout: None or a negative value
   waits for ever (-1); fractions round up so that a wait never ends
   early.  `scale` is 1 for milliseconds and 1000 for seconds. */
static int ms_timeout_arg(gp_thread *t, gp_obj *o, double scale, int *out) {
    *out = -1;
    if (!o || o == GP_NONE) return 0;
    if (!gp_int_check(o) && !gp_float_check(o)) {
        gp_err_format(t, &gp_exc_TypeError, "timeout must be an integer or None");
        return -1;
    }
    double v;
    if (gp_number_as_double(t, o, &v) < 0) return -1;
    if (isnan(v)) {
        gp_err_format(t, &gp_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    v = ceil(v * scale);
    if (v < 0) return 0;
    if (v > INT_MAX) {
        gp_err_format(t, &gp_exc_OverflowError, "timeout is too large");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* The milliseconds left until `end` (a monotonic time), for a retry. */
static int ms_left(double end) {
    double left = (end - monotonic()) * 1000.0;
    if (left <= 0) return 0;
    return left > INT_MAX ? INT_MAX : (int)ceil(left);
}

/* ------------------------------------------------------------ select() */

/* One of select()'s three lists: the objects and their descriptors. */
typedef struct {
    gp_obj *list; /* a list of the objects given */
    int *fds;
    gp_ssize n;
} fdlist;

static int fdlist_fill(gp_thread *t, gp_obj *seq, fdlist *l, fd_set *set, int *maxfd) {
    l->list = NULL;
    l->fds = NULL;
    l->n = 0;
    l->list = gp_seq_list(t, seq);
    if (!l->list) {
        if (gp_err_matches(t, &gp_exc_TypeError)) {
            gp_err_clear(t);
            gp_err_format(t, &gp_exc_TypeError, "arguments 1-3 must be sequences");
        }
        return -1;
    }
    l->n = gp_list_size(l->list);
    l->fds = gp_mem_alloc(sizeof(int) * (size_t)(l->n + 1));
    if (!l->fds) {
        gp_err_nomemory(t);
        return -1;
    }
    for (gp_ssize i = 0; i < l->n; i++) {
        int fd;
        if (fd_of(t, gp_list_items(l->list)[i], &fd) < 0) return -1;
        if (fd >= FD_SETSIZE) {
            gp_err_format(t, &gp_exc_ValueError, "filedescriptor out of range in select()");
            return -1;
        }
        l->fds[i] = fd;
        FD_SET(fd, set);
        if (fd > *maxfd) *maxfd = fd;
    }
    return 0;
}

static void fdlist_free(fdlist *l) {
    gp_xdecref(l->list);
    gp_mem_free(l->fds);
}

static gp_obj *fdlist_ready(gp_thread *t, fdlist *l, fd_set *set) {
    gp_obj *out = gp_list_new(t, 0);
    for (gp_ssize i = 0; out && i < l->n; i++)
        if (FD_ISSET(l->fds[i], set) && gp_list_append(t, out, gp_list_items(l->list)[i]) < 0)
            gp_clear(&out);
    return out;
}

static gp_obj *s_select(SEL_ARGS) {
    if (gp_args_no_kw(t, "select", kw) < 0 || gp_args_count(t, "select", nargs, 3, 4) < 0)
        return NULL;
    double timeout = -1;
    if (nargs == 4 && args[3] != GP_NONE) {
        if (!gp_int_check(args[3]) && !gp_float_check(args[3]))
            return gp_err_format(t, &gp_exc_TypeError, "timeout must be a float or None");
        if (gp_number_as_double(t, args[3], &timeout) < 0) return NULL;
        if (isnan(timeout))
            return gp_err_format(t, &gp_exc_ValueError, "Invalid value NaN (not a number)");
        if (timeout < 0)
            return gp_err_format(t, &gp_exc_ValueError, "timeout must be non-negative");
    }
    fd_set sets[3], ready[3];
    fdlist lists[3] = {{0}};
    gp_obj *result = NULL;
    int maxfd = -1;
    for (int i = 0; i < 3; i++) {
        FD_ZERO(&sets[i]);
        if (fdlist_fill(t, args[i], &lists[i], &sets[i], &maxfd) < 0) goto done;
    }
    double end = timeout >= 0 ? monotonic() + timeout : 0;
    int n;
    for (;;) {
        struct timeval tv, *tvp = NULL;
        if (timeout >= 0) {
            double left = end - monotonic();
            if (left < 0) left = 0;
            tv.tv_sec = (time_t)left;
            tv.tv_usec = (suseconds_t)ceil((left - (double)tv.tv_sec) * 1e6);
            if (tv.tv_usec >= 1000000) {
                tv.tv_sec++;
                tv.tv_usec -= 1000000;
            }
            tvp = &tv;
        }
        memcpy(ready, sets, sizeof ready);
        int err = 0;
        if (check_signals(t) < 0) goto done;
        GP_BEGIN_ALLOW_THREADS
        n = select(maxfd + 1, &ready[0], &ready[1], &ready[2], tvp);
        if (n < 0) err = errno;
        GP_END_ALLOW_THREADS
        if (n >= 0) break;
        if (err != EINTR) {
            errno = err;
            gp_err_from_errno(t, &gp_exc_OSError, NULL);
            goto done;
        }
    }
    gp_obj *r[3] = {NULL, NULL, NULL};
    for (int i = 0; i < 3; i++) {
        if (n == 0) FD_ZERO(&ready[i]);
        r[i] = fdlist_ready(t, &lists[i], &ready[i]);
    }
    if (r[0] && r[1] && r[2]) result = gp_tuple_pack(t, 3, r[0], r[1], r[2]);
    for (int i = 0; i < 3; i++)
        gp_xdecref(r[i]);
done:
    for (int i = 0; i < 3; i++)
        fdlist_free(&lists[i]);
    return result;
}

/* ------------------------------------------------------------ poll objects */

typedef struct {
    gp_obj base;
    gp_obj *fds; /* dict: fd -> event mask */
    int polling; /* a poll() is running: another thread may not start one */
} poll_obj;

extern gp_type gp_select_poll_type;

static void poll_dealloc(gp_obj *self) {
    gp_xdecref(((poll_obj *)self)->fds);
    gp_obj_free(self);
}

static int mask_arg(gp_thread *t, gp_obj *o, unsigned limit, unsigned *out) {
    if (!gp_int_check(o)) {
        gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    if (gp_int_sign(o) < 0) {
        gp_err_format(t, &gp_exc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    uint64_t v;
    if (gp_int_as_u64(t, o, &v) < 0 || v > limit) {
        gp_err_clear(t);
        gp_err_format(t, &gp_exc_OverflowError, "Python int too large for C unsigned short");
        return -1;
    }
    *out = (unsigned)v;
    return 0;
}

static gp_obj *poll_set(gp_thread *t, poll_obj *p, gp_obj *fdobj, gp_obj *maskobj, int must_exist) {
    int fd;
    unsigned mask = POLLIN | POLLPRI | POLLOUT;
    if (fd_of(t, fdobj, &fd) < 0) return NULL;
    if (maskobj && mask_arg(t, maskobj, 0xffff, &mask) < 0) return NULL;
    gp_obj *key = gp_int_from_ssize(t, fd);
    if (!key) return NULL;
    if (must_exist) {
        int has = gp_dict_contains(t, p->fds, key);
        if (has <= 0) {
            gp_decref(key);
            if (has == 0) {
                errno = ENOENT;
                gp_err_from_errno(t, &gp_exc_OSError, NULL);
            }
            return NULL;
        }
    }
    gp_obj *val = gp_int_from_ssize(t, mask);
    int rc = val ? gp_dict_set(t, p->fds, key, val) : -1;
    gp_decref(key);
    gp_xdecref(val);
    return rc < 0 ? NULL : none();
}

static gp_obj *poll_register(SEL_ARGS) {
    if (gp_args_no_kw(t, "register", kw) < 0 || gp_args_count(t, "register", nargs, 1, 2) < 0)
        return NULL;
    return poll_set(t, (poll_obj *)self, args[0], nargs > 1 ? args[1] : NULL, 0);
}

static gp_obj *poll_modify(SEL_ARGS) {
    if (gp_args_no_kw(t, "modify", kw) < 0 || gp_args_count(t, "modify", nargs, 2, 2) < 0)
        return NULL;
    return poll_set(t, (poll_obj *)self, args[0], args[1], 1);
}

static gp_obj *poll_unregister(SEL_ARGS) {
    if (gp_args_no_kw(t, "unregister", kw) < 0 || gp_args_count(t, "unregister", nargs, 1, 1) < 0)
        return NULL;
    int fd;
    if (fd_of(t, args[0], &fd) < 0) return NULL;
    gp_obj *key = gp_int_from_ssize(t, fd);
    if (!key) return NULL;
    int rc = gp_dict_del(t, ((poll_obj *)self)->fds, key);
    gp_decref(key);
    return rc < 0 ? NULL : none();
}

static gp_obj *poll_poll(SEL_ARGS) {
    poll_obj *p = (poll_obj *)self;
    if (gp_args_no_kw(t, "poll", kw) < 0 || gp_args_count(t, "poll", nargs, 0, 1) < 0) return NULL;
    int ms;
    if (ms_timeout_arg(t, nargs ? args[0] : NULL, 1.0, &ms) < 0) return NULL;
    if (p->polling) return gp_err_format(t, &gp_exc_RuntimeError, "concurrent poll() invocation");
    gp_ssize n = gp_dict_size(p->fds);
    struct pollfd *pfds = gp_mem_alloc(sizeof *pfds * (size_t)(n + 1));
    if (!pfds) return gp_err_nomemory(t);
    gp_ssize pos = 0, i = 0;
    gp_obj *k, *v;
    while (gp_dict_next(p->fds, &pos, &k, &v)) {
        gp_ssize fd, mask;
        if (gp_int_as_ssize(t, k, &fd) < 0 || gp_int_as_ssize(t, v, &mask) < 0) {
            gp_mem_free(pfds);
            return NULL;
        }
        pfds[i].fd = (int)fd;
        pfds[i].events = (short)mask;
        pfds[i].revents = 0;
        i++;
    }
    double end = ms >= 0 ? monotonic() + ms / 1000.0 : 0;
    int got;
    p->polling = 1;
    for (;;) {
        int err = 0;
        got = -1;
        if (check_signals(t) < 0) break;
        GP_BEGIN_ALLOW_THREADS
        got = poll(pfds, (nfds_t)n, ms);
        if (got < 0) err = errno;
        GP_END_ALLOW_THREADS
        if (got >= 0) break;
        if (err != EINTR) {
            errno = err;
            gp_err_from_errno(t, &gp_exc_OSError, NULL);
            break;
        }
        if (ms >= 0) ms = ms_left(end);
    }
    p->polling = 0;
    gp_obj *list = got >= 0 ? gp_list_new(t, 0) : NULL;
    for (i = 0; list && i < n; i++) {
        if (!pfds[i].revents) continue;
        gp_obj *fd = gp_int_from_ssize(t, pfds[i].fd);
        gp_obj *ev = gp_int_from_ssize(t, (unsigned short)pfds[i].revents);
        gp_obj *pair = fd && ev ? gp_tuple_pack(t, 2, fd, ev) : NULL;
        gp_xdecref(fd);
        gp_xdecref(ev);
        if (!pair || gp_list_append_steal(t, list, pair) < 0) gp_clear(&list);
    }
    gp_mem_free(pfds);
    return list;
}

static const gp_method_def poll_methods[] = {
    {"register", poll_register, 0, "Register a file descriptor with the polling object."},
    {"modify", poll_modify, 0, "Modify an already registered file descriptor."},
    {"unregister", poll_unregister, 0, "Remove a file descriptor being tracked."},
    {"poll", poll_poll, 0, "Poll the registered descriptors; return a list of (fd, events)."},
    {NULL, NULL, 0, NULL},
};

gp_type gp_select_poll_type = {
    GP_TYPE_HEAD,
    .name = "select.poll",
    .basicsize = sizeof(poll_obj),
    .dealloc = poll_dealloc,
    .methods = poll_methods,
};

static gp_obj *s_poll(SEL_ARGS) {
    if (gp_args_no_kw(t, "poll", kw) < 0 || gp_args_count(t, "poll", nargs, 0, 0) < 0) return NULL;
    poll_obj *p = (poll_obj *)gp_obj_alloc(t, &gp_select_poll_type, 0);
    if (!p) return NULL;
    p->fds = gp_dict_new(t);
    if (!p->fds) {
        gp_decref((gp_obj *)p);
        return NULL;
    }
    return (gp_obj *)p;
}

/* ------------------------------------------------------------ epoll objects */

typedef struct {
    gp_obj base;
    int epfd; /* -1 once closed */
} epoll_obj;

extern gp_type gp_select_epoll_type;

#define EP ((epoll_obj *)self)

static void epoll_dealloc(gp_obj *self) {
    if (EP->epfd >= 0) close(EP->epfd);
    gp_obj_free(self);
}

static int epoll_check_open(gp_thread *t, gp_obj *self) {
    if (EP->epfd >= 0) return 0;
    gp_err_format(t, &gp_exc_ValueError, "I/O operation on closed epoll object");
    return -1;
}

static gp_obj *epoll_wrap(gp_thread *t, gp_type *type, int fd) {
    epoll_obj *e = (epoll_obj *)gp_obj_alloc(t, type, 0);
    if (!e) {
        close(fd);
        return NULL;
    }
    e->epfd = fd;
    return (gp_obj *)e;
}

/* epoll(sizehint=-1, flags=0) */
static gp_obj *epoll_tp_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kw) {
    static const char *const names[] = {"sizehint", "flags", NULL};
    static const gp_argspec spec = {"epoll", names, 0, 2};
    gp_obj *a[2];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    gp_ssize sizehint = -1, flags = 0;
    if (a[0] && gp_number_as_ssize(t, a[0], &gp_exc_OverflowError, &sizehint) < 0) return NULL;
    if (a[1] && gp_number_as_ssize(t, a[1], &gp_exc_OverflowError, &flags) < 0) return NULL;
    if (sizehint == 0 || sizehint < -1)
        return gp_err_format(t, &gp_exc_ValueError, "negative sizehint");
    if (flags && flags != EPOLL_CLOEXEC) {
        errno = EINVAL;
        return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    }
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    return epoll_wrap(t, type, fd);
}

static gp_obj *epoll_fromfd(SEL_ARGS) {
    if (gp_args_no_kw(t, "fromfd", kw) < 0 || gp_args_count(t, "fromfd", nargs, 1, 1) < 0)
        return NULL;
    int fd;
    if (fd_of(t, args[0], &fd) < 0) return NULL;
    return epoll_wrap(t, (gp_type *)self, fd);
}

static gp_obj *epoll_ctl_common(gp_thread *t, gp_obj *self, int op, gp_obj *fdobj,
                                gp_obj *maskobj) {
    int fd;
    unsigned mask = EPOLLIN | EPOLLPRI | EPOLLOUT;
    if (fd_of(t, fdobj, &fd) < 0) return NULL;
    if (maskobj && mask_arg(t, maskobj, 0xffffffffu, &mask) < 0) return NULL;
    if (epoll_check_open(t, self) < 0) return NULL;
    struct epoll_event ev;
    memset(&ev, 0, sizeof ev);
    ev.events = mask;
    ev.data.fd = fd;
    if (epoll_ctl(EP->epfd, op, fd, op == EPOLL_CTL_DEL ? NULL : &ev) < 0)
        return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    return none();
}

static gp_obj *epoll_register(SEL_ARGS) {
    static const char *const names[] = {"fd", "eventmask", NULL};
    static const gp_argspec spec = {"register", names, 1, 2};
    gp_obj *a[2];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    return epoll_ctl_common(t, self, EPOLL_CTL_ADD, a[0], a[1]);
}

static gp_obj *epoll_modify(SEL_ARGS) {
    static const char *const names[] = {"fd", "eventmask", NULL};
    static const gp_argspec spec = {"modify", names, 2, 2};
    gp_obj *a[2];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    return epoll_ctl_common(t, self, EPOLL_CTL_MOD, a[0], a[1]);
}

static gp_obj *epoll_unregister(SEL_ARGS) {
    static const char *const names[] = {"fd", NULL};
    static const gp_argspec spec = {"unregister", names, 1, 1};
    gp_obj *a[1];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    return epoll_ctl_common(t, self, EPOLL_CTL_DEL, a[0], NULL);
}

/* poll(timeout=None, maxevents=-1): timeout in seconds. */
static gp_obj *epoll_poll(SEL_ARGS) {
    static const char *const names[] = {"timeout", "maxevents", NULL};
    static const gp_argspec spec = {"poll", names, 0, 2};
    gp_obj *a[2];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    int ms;
    gp_ssize maxevents = -1;
    if (ms_timeout_arg(t, a[0], 1000.0, &ms) < 0) return NULL;
    if (a[1] && gp_number_as_ssize(t, a[1], &gp_exc_OverflowError, &maxevents) < 0) return NULL;
    if (epoll_check_open(t, self) < 0) return NULL;
    if (maxevents == -1) {
        maxevents = FD_SETSIZE - 1;
    } else if (maxevents < 1) {
        return gp_err_format(t, &gp_exc_ValueError, "maxevents must be greater than 0, got %zd",
                             maxevents);
    }
    if (maxevents > 1 << 20) maxevents = 1 << 20;
    struct epoll_event *evs = gp_mem_alloc(sizeof *evs * (size_t)maxevents);
    if (!evs) return gp_err_nomemory(t);
    int epfd = EP->epfd, got;
    double end = ms >= 0 ? monotonic() + ms / 1000.0 : 0;
    for (;;) {
        int err = 0;
        got = -1;
        if (check_signals(t) < 0) break;
        GP_BEGIN_ALLOW_THREADS
        got = epoll_wait(epfd, evs, (int)maxevents, ms);
        if (got < 0) err = errno;
        GP_END_ALLOW_THREADS
        if (got >= 0) break;
        if (err != EINTR) {
            errno = err;
            gp_err_from_errno(t, &gp_exc_OSError, NULL);
            break;
        }
        if (ms >= 0) ms = ms_left(end);
    }
    gp_obj *list = got >= 0 ? gp_list_new(t, 0) : NULL;
    for (int i = 0; list && i < got; i++) {
        gp_obj *fd = gp_int_from_ssize(t, evs[i].data.fd);
        gp_obj *ev = gp_int_from_i64(t, evs[i].events);
        gp_obj *pair = fd && ev ? gp_tuple_pack(t, 2, fd, ev) : NULL;
        gp_xdecref(fd);
        gp_xdecref(ev);
        if (!pair || gp_list_append_steal(t, list, pair) < 0) gp_clear(&list);
    }
    gp_mem_free(evs);
    return list;
}

static gp_obj *epoll_close(SEL_ARGS) {
    if (gp_args_no_kw(t, "close", kw) < 0 || gp_args_count(t, "close", nargs, 0, 0) < 0)
        return NULL;
    int fd = EP->epfd;
    EP->epfd = -1;
    if (fd >= 0 && close(fd) < 0) return gp_err_from_errno(t, &gp_exc_OSError, NULL);
    return none();
}

static gp_obj *epoll_fileno(SEL_ARGS) {
    if (gp_args_no_kw(t, "fileno", kw) < 0 || gp_args_count(t, "fileno", nargs, 0, 0) < 0)
        return NULL;
    if (epoll_check_open(t, self) < 0) return NULL;
    return gp_int_from_ssize(t, EP->epfd);
}

static gp_obj *epoll_enter(SEL_ARGS) {
    if (epoll_check_open(t, self) < 0) return NULL;
    return gp_newref(self);
}

static gp_obj *epoll_exit(SEL_ARGS) { return epoll_close(t, self, args, 0, NULL); }

static gp_obj *epoll_get_closed(gp_thread *t, gp_obj *self, void *c) {
    return gp_bool_from(EP->epfd < 0);
}

static const gp_getset_def epoll_getset[] = {
    {"closed", epoll_get_closed, NULL, "True if the epoll handler is closed", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const gp_method_def epoll_methods[] = {
    {"register", epoll_register, 0, "Register a file descriptor with the epoll object."},
    {"modify", epoll_modify, 0, "Modify the event mask of a registered file descriptor."},
    {"unregister", epoll_unregister, 0, "Remove a registered file descriptor."},
    {"poll", epoll_poll, 0, "Wait for events; return a list of (fd, events)."},
    {"close", epoll_close, 0, "Close the epoll control file descriptor."},
    {"fileno", epoll_fileno, 0, "Return the epoll control file descriptor."},
    {"fromfd", epoll_fromfd, GP_METH_CLASS, "Create an epoll object from a file descriptor."},
    {"__enter__", epoll_enter, 0, NULL},
    {"__exit__", epoll_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_select_epoll_type = {
    GP_TYPE_HEAD,
    .name = "select.epoll",
    .basicsize = sizeof(epoll_obj),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = epoll_dealloc,
    .new_ = epoll_tp_new,
    .methods = epoll_methods,
    .getset = epoll_getset,
    .doc = "Edge and level triggered I/O event notification (select.epoll).",
};

/* ------------------------------------------------------------ the module */

static const gp_method_def select_functions[] = {
    {"select", s_select, 0, "Wait until one or more file descriptors are ready for I/O."},
    {"poll", s_poll, 0, "Return a polling object."},
    {NULL, NULL, 0, NULL},
};

#define C(name)                                                                                    \
    { #name, name }
static const struct {
    const char *name;
    long value;
} select_constants[] = {
    C(POLLIN),     C(POLLPRI),       C(POLLOUT),     C(POLLERR),      C(POLLHUP),
    C(POLLNVAL),   C(POLLRDNORM),    C(POLLRDBAND),  C(POLLWRNORM),   C(POLLWRBAND),
    C(POLLMSG),    C(POLLRDHUP),     C(EPOLLIN),     C(EPOLLOUT),     C(EPOLLPRI),
    C(EPOLLERR),   C(EPOLLHUP),      C(EPOLLET),     C(EPOLLONESHOT), C(EPOLLEXCLUSIVE),
    C(EPOLLRDHUP), C(EPOLLRDNORM),   C(EPOLLRDBAND), C(EPOLLWRNORM),  C(EPOLLWRBAND),
    C(EPOLLMSG),   C(EPOLL_CLOEXEC), C(PIPE_BUF),
};
#undef C

gp_obj *gp_mod_select_init(gp_thread *t) {
    if (gp_type_ready(t, &gp_select_poll_type) < 0 || gp_type_ready(t, &gp_select_epoll_type) < 0)
        return NULL;
    gp_obj *m = gp_module_new(t, "select");
    if (!m) return NULL;
    if (gp_module_add_functions(t, m, select_functions) < 0 ||
        gp_module_add_object(t, m, "error", (gp_obj *)&gp_exc_OSError) < 0 ||
        gp_module_add_object(t, m, "epoll", (gp_obj *)&gp_select_epoll_type) < 0)
        goto error;
    for (size_t i = 0; i < sizeof select_constants / sizeof select_constants[0]; i++)
        if (gp_module_add_int(t, m, select_constants[i].name, select_constants[i].value) < 0)
            goto error;
    return m;
error:
    gp_decref(m);
    return NULL;
}
