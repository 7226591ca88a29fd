/* The _socket module: BSD sockets for AF_INET, AF_INET6 and AF_UNIX, name
   resolution and address conversion.  lib/socket.py builds CPython's
   socket.socket class on _socket.socket.

   Every call that can block (accept, connect, send, recv, name lookups)
   runs with the GIL released and touches no object meanwhile: arguments are
   turned into C values first and results into objects afterwards.

   A socket with a timeout keeps its descriptor non-blocking and waits with
   poll() for the remaining time before each attempt, as CPython does; a
   blocking socket (timeout None) makes the plain blocking call.  EINTR is
   retried after running signal handlers (PEP 475), and a Ctrl-C pending
   for the main thread ends the call with KeyboardInterrupt. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "gilpy_core.h"
#include "runtime/gil.h"

typedef struct {
    gp_obj base;
    int fd; /* -1 once closed or detached */
    int family, type, proto;
    double timeout; /* seconds; negative: blocking with no timeout */
} sock_obj;

extern gp_type gp_socket_type;

/* The timeout new sockets start with (socket.setdefaulttimeout).  CPython
   keeps it process-wide too; it is a plain double written only with the
   GIL held. */
static double default_timeout = -1.0;

/* The largest timeout accepted, in seconds: poll() takes milliseconds in
   an int and longer waits are made of several polls. */
#define MAX_TIMEOUT 9.2e9

#define SOCK_ARGS gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw
#define SELF ((sock_obj *)self)

union sockaddr_any {
    struct sockaddr sa;
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    struct sockaddr_un un;
    struct sockaddr_storage storage;
};

/* ------------------------------------------------------------ errors */

/* gaierror and herror are OSError subclasses of the socket module. */
static gp_type gaierror_type = {
    GP_TYPE_HEAD,
    .name = "socket.gaierror",
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC,
    .tp_base = &gp_exc_OSError,
};
static gp_type herror_type = {
    GP_TYPE_HEAD,
    .name = "socket.herror",
    .flags = GP_TPFLAGS_BASETYPE | GP_TPFLAGS_HAVE_GC,
    .tp_base = &gp_exc_OSError,
};

/* OSError (or the subclass its errno selects) from an error number. */
static void *set_errno(gp_thread *t, int err) {
    errno = err;
    return gp_err_from_errno(t, &gp_exc_OSError, NULL);
}

static void *raise_code(gp_thread *t, gp_type *type, int code, const char *msg) {
    gp_obj *num = gp_int_from_ssize(t, code);
    gp_obj *m = gp_str_from_cstr(t, msg);
    if (num && m) {
        gp_obj *a[2] = {num, m};
        gp_obj *exc = gp_call(t, (gp_obj *)type, a, 2, NULL);
        if (exc) gp_err_raise_steal(t, exc);
    }
    gp_xdecref(num);
    gp_xdecref(m);
    return NULL;
}

/* getaddrinfo's errors; EAI_SYSTEM means errno says more. */
static void *set_gaierror(gp_thread *t, int code, int saved_errno) {
    if (code == EAI_SYSTEM) return set_errno(t, saved_errno);
    return raise_code(t, &gaierror_type, code, gai_strerror(code));
}

static void *timeout_error(gp_thread *t) {
    return gp_err_format(t, &gp_exc_TimeoutError, "timed out");
}

/* Run the handlers of signals that have arrived; -1 when one raised or
   Ctrl-C is pending for this thread.  Called before every blocking attempt,
   not only after EINTR (PEP 475): a signal that came just before the call
   would not interrupt it, and the call could block for ever. */
static int check_signals(gp_thread *t) {
    if (gp_signal_check(t) < 0 || gp_signals_check(t) < 0) return -1;
    return 0;
}

/* ------------------------------------------------------------ clocks */

static double monotonic(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Milliseconds for poll(), rounded up so that a wait never ends early. */
static int poll_ms(double secs) {
    if (secs <= 0) return 0;
    double ms = ceil(secs * 1000.0);
    return ms > 2147483647.0 ? 2147483647 : (int)ms;
}

/* Parse a timeout: None gives -1, else a non-negative number of seconds. */
static int timeout_arg(gp_thread *t, gp_obj *o, double *out) {
    if (o == GP_NONE) {
        *out = -1.0;
        return 0;
    }
    if (!gp_int_check(o) && !gp_float_check(o)) {
        gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    double v;
    if (gp_number_as_double(t, o, &v) < 0) return -1;
    if (isnan(v)) {
        gp_err_format(t, &gp_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (v < 0) {
        gp_err_format(t, &gp_exc_ValueError, "Timeout value out of range");
        return -1;
    }
    if (v > MAX_TIMEOUT) {
        gp_err_format(t, &gp_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *out = v;
    return 0;
}

static int ssize_arg(gp_thread *t, gp_obj *o, gp_ssize *out) {
    if (!gp_int_check(o)) {
        gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    return gp_int_as_ssize(t, o, out);
}

/* ------------------------------------------------------------ blocking calls */

/* One attempt of a socket operation, run without the GIL: the result, or
   -1 with errno set.  It may use only the C values in arg. */
typedef ssize_t (*sock_op)(int fd, void *arg);

/* Run op on s as CPython's sock_call does.  With a timeout, poll for
   readiness (POLLOUT when `writing`) with the time left before each attempt
   and raise TimeoutError when it runs out.  `deadline` lets sendall share
   one deadline over several calls (0: start a new one).  Returns op's
   result, or -1 with an exception set. */
static ssize_t sock_call(gp_thread *t, sock_obj *s, int writing, sock_op op, void *arg,
                         double *deadline) {
    int fd = s->fd;
    double timeout = s->timeout;
    int has_timeout = timeout > 0;
    double end = 0;
    if (has_timeout) {
        if (deadline && *deadline > 0) {
            end = *deadline;
        } else {
            end = monotonic() + timeout;
            if (deadline) *deadline = end;
        }
    }
    for (;;) {
        ssize_t rc = -1;
        int err = 0, timed_out = 0;
        if (check_signals(t) < 0) return -1;
        GP_BEGIN_ALLOW_THREADS
        for (;;) {
            if (has_timeout && fd >= 0) {
                double left = end - monotonic();
                if (left <= 0) {
                    timed_out = 1;
                    break;
                }
                struct pollfd p = {fd, writing ? POLLOUT : POLLIN, 0};
                int n = poll(&p, 1, poll_ms(left));
                if (n == 0) continue;
                if (n < 0) {
                    err = errno;
                    break;
                }
            }
            rc = op(fd, arg);
            if (rc >= 0) break;
            err = errno;
            if (has_timeout && (err == EWOULDBLOCK || err == EAGAIN)) continue;
            break;
        }
        GP_END_ALLOW_THREADS
        if (timed_out) {
            timeout_error(t);
            return -1;
        }
        if (rc >= 0) return rc;
        if (err == EINTR) continue;
        set_errno(t, err);
        return -1;
    }
}

/* Put the descriptor in non-blocking mode or take it out. */
static int set_blocking(int fd, int blocking) {
    int flags = fcntl(fd, F_GETFL, 0);
    if (flags < 0) return -1;
    int want = blocking ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK);
    if (want != flags && fcntl(fd, F_SETFL, want) < 0) return -1;
    return 0;
}

/* ------------------------------------------------------------ addresses */

/* Resolve a host name or a numeric address of the given family into addr
   (port left 0), as CPython's setipaddr: '' is the wildcard address and
   '<broadcast>' the broadcast address of AF_INET. */
static int resolve_host(gp_thread *t, const char *name, int family, union sockaddr_any *addr,
                        socklen_t *len) {
    memset(addr, 0, sizeof *addr);
    if (name[0] == '\0') {
        if (family == AF_INET6) {
            addr->in6.sin6_family = AF_INET6;
            addr->in6.sin6_addr = in6addr_any;
            *len = sizeof addr->in6;
        } else {
            addr->in4.sin_family = AF_INET;
            addr->in4.sin_addr.s_addr = htonl(INADDR_ANY);
            *len = sizeof addr->in4;
        }
        return 0;
    }
    if (family != AF_INET6 &&
        (strcmp(name, "<broadcast>") == 0 || strcmp(name, "255.255.255.255") == 0)) {
        addr->in4.sin_family = AF_INET;
        addr->in4.sin_addr.s_addr = htonl(INADDR_BROADCAST);
        *len = sizeof addr->in4;
        return 0;
    }
    if (family != AF_INET6 && inet_pton(AF_INET, name, &addr->in4.sin_addr) == 1) {
        addr->in4.sin_family = AF_INET;
        *len = sizeof addr->in4;
        return 0;
    }
    if (family != AF_INET && inet_pton(AF_INET6, name, &addr->in6.sin6_addr) == 1) {
        addr->in6.sin6_family = AF_INET6;
        *len = sizeof addr->in6;
        return 0;
    }
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = family;
    int rc, saved = 0;
    GP_BEGIN_ALLOW_THREADS
    rc = getaddrinfo(name, NULL, &hints, &res);
    saved = errno;
    GP_END_ALLOW_THREADS
    if (rc != 0) {
        set_gaierror(t, rc, saved);
        return -1;
    }
    size_t n = res->ai_addrlen < sizeof *addr ? res->ai_addrlen : sizeof *addr;
    memcpy(addr, res->ai_addr, n);
    *len = (socklen_t)n;
    freeaddrinfo(res);
    return 0;
}

/* The host of an address tuple: str, or bytes/bytearray taken as ASCII. */
static int host_arg(gp_thread *t, gp_obj *o, const char **out) {
    if (gp_str_check(o)) {
        *out = gp_str_utf8(o);
        if (strlen(*out) != (size_t)gp_str_size(o)) {
            gp_err_format(t, &gp_exc_ValueError, "embedded null character");
            return -1;
        }
        return 0;
    }
    if (gp_bytes_check(o)) {
        *out = gp_bytes_data(o);
        return 0;
    }
    gp_err_format(t, &gp_exc_TypeError, "str, bytes or bytearray expected, not %T", o);
    return -1;
}

/* A port number; `where` starts the OverflowError message ("bind()"). */
static int port_arg(gp_thread *t, gp_obj *o, const char *where, int *port) {
    if (!gp_int_check(o)) {
        gp_err_format(t, &gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    gp_ssize v;
    if (gp_int_as_ssize(t, o, &v) < 0 || v < 0 || v > 65535) {
        gp_err_clear(t);
        gp_err_format(t, &gp_exc_OverflowError, "%s: port must be 0-65535.", where);
        return -1;
    }
    *port = (int)v;
    return 0;
}

static const char *family_name(int family) { return family == AF_INET6 ? "AF_INET6" : "AF_INET"; }

/* Turn a Python address into a sockaddr for s's family (CPython's
   getsockaddrarg); caller names the method in messages. */
static int addr_from_obj(gp_thread *t, sock_obj *s, gp_obj *o, union sockaddr_any *addr,
                         socklen_t *len, const char *caller) {
    memset(addr, 0, sizeof *addr);
    if (s->family == AF_UNIX) {
        const char *path;
        gp_ssize n;
        if (gp_str_check(o)) {
            path = gp_str_utf8(o);
            n = gp_str_size(o);
        } else if (gp_bytes_like(t, o, &path, &n) < 0) {
            gp_err_clear(t);
            gp_err_format(t, &gp_exc_TypeError, "a bytes-like object is required, not '%T'", o);
            return -1;
        }
        if ((size_t)n >= sizeof addr->un.sun_path &&
            !(n > 0 && path[0] == '\0' && (size_t)n <= sizeof addr->un.sun_path)) {
            gp_err_format(t, &gp_exc_OSError, "AF_UNIX path too long");
            return -1;
        }
        addr->un.sun_family = AF_UNIX;
        memcpy(addr->un.sun_path, path, (size_t)n);
        /* Abstract names (a leading NUL) are exactly n bytes long; paths
           count their terminating NUL. */
        *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + (size_t)n +
                           (n > 0 && path[0] == '\0' ? 0 : 1));
        return 0;
    }
    if (s->family != AF_INET && s->family != AF_INET6) {
        gp_err_format(t, &gp_exc_OSError, "%s(): bad family", caller);
        return -1;
    }
    if (!gp_tuple_check(o)) {
        gp_err_format(t, &gp_exc_TypeError, "%s(): %s address must be tuple, not %T", caller,
                      family_name(s->family), o);
        return -1;
    }
    gp_ssize n = gp_tuple_size(o);
    if (s->family == AF_INET ? n != 2 : (n < 2 || n > 4)) {
        if (s->family == AF_INET)
            gp_err_format(t, &gp_exc_TypeError, "AF_INET address must be a pair (host, port)");
        else
            gp_err_format(t, &gp_exc_TypeError,
                          "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        return -1;
    }
    gp_obj *const *it = gp_tuple_items(o);
    const char *host;
    int port;
    char where[32];
    snprintf(where, sizeof where, "%s()", caller);
    if (host_arg(t, it[0], &host) < 0 || port_arg(t, it[1], where, &port) < 0) return -1;
    unsigned flowinfo = 0, scope_id = 0;
    if (n > 2) {
        int64_t v;
        if (gp_int_as_i64(t, it[2], &v) < 0) return -1;
        if (v < 0 || v > 0xfffff) {
            gp_err_format(t, &gp_exc_OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
            return -1;
        }
        flowinfo = (unsigned)v;
    }
    if (n > 3) {
        int64_t v;
        if (gp_int_as_i64(t, it[3], &v) < 0) return -1;
        scope_id = (unsigned)v;
    }
    if (resolve_host(t, host, s->family, addr, len) < 0) return -1;
    if (s->family == AF_INET) {
        addr->in4.sin_port = htons((uint16_t)port);
    } else {
        addr->in6.sin6_port = htons((uint16_t)port);
        addr->in6.sin6_flowinfo = htonl(flowinfo);
        addr->in6.sin6_scope_id = scope_id;
    }
    return 0;
}

/* The Python form of a sockaddr (CPython's makesockaddr). */
static gp_obj *addr_to_obj(gp_thread *t, const struct sockaddr *sa, socklen_t len) {
    if (len == 0) return GP_NONE;
    char buf[INET6_ADDRSTRLEN];
    switch (sa->sa_family) {
    case AF_INET: {
        const struct sockaddr_in *a = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &a->sin_addr, buf, sizeof buf);
        gp_obj *host = gp_str_from_cstr(t, buf);
        gp_obj *port = host ? gp_int_from_ssize(t, ntohs(a->sin_port)) : NULL;
        gp_obj *r = port ? gp_tuple_pack(t, 2, host, port) : NULL;
        gp_xdecref(host);
        gp_xdecref(port);
        return r;
    }
    case AF_INET6: {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &a->sin6_addr, buf, sizeof buf);
        gp_obj *host = gp_str_from_cstr(t, buf);
        gp_obj *port = gp_int_from_ssize(t, ntohs(a->sin6_port));
        gp_obj *flow = gp_int_from_i64(t, ntohl(a->sin6_flowinfo));
        gp_obj *scope = gp_int_from_i64(t, a->sin6_scope_id);
        gp_obj *r =
            host && port && flow && scope ? gp_tuple_pack(t, 4, host, port, flow, scope) : NULL;
        gp_xdecref(host);
        gp_xdecref(port);
        gp_xdecref(flow);
        gp_xdecref(scope);
        return r;
    }
    case AF_UNIX: {
        const struct sockaddr_un *a = (const struct sockaddr_un *)sa;
        size_t n = len > offsetof(struct sockaddr_un, sun_path)
                       ? len - offsetof(struct sockaddr_un, sun_path)
                       : 0;
        if (n > 0 && a->sun_path[0] == '\0') return gp_bytes_new(t, a->sun_path, (gp_ssize)n);
        return gp_str_decode(t, a->sun_path, (gp_ssize)strnlen(a->sun_path, n), "utf-8",
                             "surrogateescape");
    }
    default: {
        gp_obj *fam = gp_int_from_ssize(t, sa->sa_family);
        gp_obj *data = gp_bytes_new(t, sa->sa_data, sizeof sa->sa_data);
        gp_obj *r = fam && data ? gp_tuple_pack(t, 2, fam, data) : NULL;
        gp_xdecref(fam);
        gp_xdecref(data);
        return r;
    }
    }
}

/* ------------------------------------------------------------ data buffers */

/* The bytes of a bytes-like argument for a call made without the GIL.
   The buffer is held (*view) until the caller releases it, so that the
   exporter keeps the memory in place meanwhile: a bytearray cannot be
   resized and a memoryview cannot be released by another thread. */
static int data_arg(gp_thread *t, gp_obj *o, gp_buffer *view, const char **data, gp_ssize *n) {
    view->obj = NULL;
    if (gp_str_check(o) || !gp_buffer_check(o)) {
        gp_err_format(t, &gp_exc_TypeError, "a bytes-like object is required, not '%T'", o);
        return -1;
    }
    if (gp_buffer_get(t, o, view, GP_BUF_SIMPLE) < 0) return -1;
    *data = view->buf;
    *n = view->len;
    return 0;
}

/* A writable buffer argument (recv_into), held like data_arg's. */
static int writable_arg(gp_thread *t, gp_obj *o, const char *fname, gp_buffer *view) {
    if (gp_buffer_check(o) && gp_buffer_get(t, o, view, GP_BUF_WRITABLE) == 0) return 0;
    if (t->exc) gp_err_clear(t);
    view->obj = NULL;
    gp_err_format(t, &gp_exc_TypeError,
                  "%s() argument 1 must be read-write bytes-like object, not %T", fname, o);
    return -1;
}

/* ------------------------------------------------------------ operations */

typedef struct {
    char *buf;
    const char *cbuf;
    size_t len;
    int flags;
    union sockaddr_any addr;
    socklen_t addrlen;
} io_arg;

static ssize_t op_recv(int fd, void *arg) {
    io_arg *a = arg;
    return recv(fd, a->buf, a->len, a->flags);
}

static ssize_t op_recvfrom(int fd, void *arg) {
    io_arg *a = arg;
    a->addrlen = sizeof a->addr;
    memset(&a->addr, 0, sizeof a->addr);
    return recvfrom(fd, a->buf, a->len, a->flags, &a->addr.sa, &a->addrlen);
}

static ssize_t op_send(int fd, void *arg) {
    io_arg *a = arg;
    return send(fd, a->cbuf, a->len, a->flags);
}

static ssize_t op_sendto(int fd, void *arg) {
    io_arg *a = arg;
    return sendto(fd, a->cbuf, a->len, a->flags, &a->addr.sa, a->addrlen);
}

static ssize_t op_accept(int fd, void *arg) {
    io_arg *a = arg;
    a->addrlen = sizeof a->addr;
    memset(&a->addr, 0, sizeof a->addr);
    return accept4(fd, &a->addr.sa, &a->addrlen, SOCK_CLOEXEC);
}

/* ------------------------------------------------------------ the type */

static int sock_setup(gp_thread *t, sock_obj *s, int fd, int family, int type, int proto) {
    s->fd = fd;
    s->family = family;
    /* The type reported never includes the creation flags. */
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    s->timeout = default_timeout;
    if (default_timeout >= 0 && set_blocking(fd, 0) < 0) {
        set_errno(t, errno);
        return -1;
    }
    return 0;
}

static gp_obj *sock_tp_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kw) {
    sock_obj *s = (sock_obj *)gp_obj_alloc(t, type, 0);
    if (!s) return NULL;
    s->fd = -1;
    s->timeout = -1.0;
    return (gp_obj *)s;
}

static int sockopt_int(int fd, int opt, int *out) {
    socklen_t len = sizeof *out;
    return getsockopt(fd, SOL_SOCKET, opt, out, &len);
}

/* socket(family=-1, type=-1, proto=-1, fileno=None): -1 means AF_INET,
   SOCK_STREAM and 0 for a new socket, and "ask the descriptor" with a
   fileno. */
static int sock_tp_init(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kw) {
    static const char *const names[] = {"family", "type", "proto", "fileno", NULL};
    static const gp_argspec spec = {"socket", names, 0, 4};
    gp_obj *a[4];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return -1;
    int family = -1, type = -1, proto = -1;
    if (a[0] && a[0] != GP_NONE && gp_posix_int_arg(t, a[0], &family) < 0) return -1;
    if (a[1] && a[1] != GP_NONE && gp_posix_int_arg(t, a[1], &type) < 0) return -1;
    if (a[2] && a[2] != GP_NONE && gp_posix_int_arg(t, a[2], &proto) < 0) return -1;
    int fd;
    if (a[3] && a[3] != GP_NONE) {
        gp_ssize v;
        if (ssize_arg(t, a[3], &v) < 0) return -1;
        if (v < 0) {
            gp_err_format(t, &gp_exc_ValueError, "negative file descriptor");
            return -1;
        }
        if (v > 2147483647) {
            gp_err_format(t, &gp_exc_OverflowError, "file descriptor out of range");
            return -1;
        }
        fd = (int)v;
        union sockaddr_any addr;
        socklen_t len = sizeof addr;
        memset(&addr, 0, sizeof addr);
        /* Fill in what the caller left out from the descriptor itself. */
        if (family == -1) {
            if (getsockname(fd, &addr.sa, &len) < 0) {
                set_errno(t, errno);
                return -1;
            }
            family = addr.sa.sa_family;
        }
        if (type == -1 && sockopt_int(fd, SO_TYPE, &type) < 0) {
            set_errno(t, errno);
            return -1;
        }
        if (proto == -1 && sockopt_int(fd, SO_PROTOCOL, &proto) < 0) {
            set_errno(t, errno);
            return -1;
        }
    } else {
        if (family == -1) family = AF_INET;
        if (type == -1) type = SOCK_STREAM;
        if (proto == -1) proto = 0;
        fd = socket(family, type | SOCK_CLOEXEC, proto);
        if (fd < 0) {
            set_errno(t, errno);
            return -1;
        }
    }
    if (SELF->fd >= 0) close(SELF->fd);
    return sock_setup(t, SELF, fd, family, type, proto);
}

static void sock_dealloc(gp_obj *self) {
    if (SELF->fd >= 0) close(SELF->fd);
    gp_obj_free(self);
}

static gp_obj *sock_repr(gp_thread *t, gp_obj *self) {
    return gp_str_from_format(t, "<socket object, fd=%d, family=%d, type=%d, proto=%d>", SELF->fd,
                              SELF->family, SELF->type, SELF->proto);
}

#define NO_ARGS(name)                                                                              \
    if (gp_args_no_kw(t, name, kw) < 0 || gp_args_count(t, name, nargs, 0, 0) < 0) return NULL

static gp_obj *none(void) { return GP_NONE; }

static gp_obj *sock_fileno(SOCK_ARGS) {
    NO_ARGS("fileno");
    return gp_int_from_ssize(t, SELF->fd);
}

static gp_obj *sock_close(SOCK_ARGS) {
    NO_ARGS("close");
    int fd = SELF->fd;
    if (fd < 0) return none();
    SELF->fd = -1;
    int rc, err = 0;
    GP_BEGIN_ALLOW_THREADS
    rc = close(fd);
    if (rc < 0) err = errno;
    GP_END_ALLOW_THREADS
    /* A reset peer is no reason to fail a close (as in CPython). */
    if (rc < 0 && err != ECONNRESET && err != EINTR) return set_errno(t, err);
    return none();
}

static gp_obj *sock_detach(SOCK_ARGS) {
    NO_ARGS("detach");
    int fd = SELF->fd;
    SELF->fd = -1;
    return gp_int_from_ssize(t, fd);
}

static gp_obj *sock_bind(SOCK_ARGS) {
    if (gp_args_no_kw(t, "bind", kw) < 0 || gp_args_count(t, "bind", nargs, 1, 1) < 0) return NULL;
    union sockaddr_any addr;
    socklen_t len;
    if (addr_from_obj(t, SELF, args[0], &addr, &len, "bind") < 0) return NULL;
    if (bind(SELF->fd, &addr.sa, len) < 0) return set_errno(t, errno);
    return none();
}

static gp_obj *sock_listen(SOCK_ARGS) {
    if (gp_args_no_kw(t, "listen", kw) < 0 || gp_args_count(t, "listen", nargs, 0, 1) < 0)
        return NULL;
    int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (nargs && gp_posix_int_arg(t, args[0], &backlog) < 0) return NULL;
    if (backlog < 0) backlog = 0;
    int rc;
    GP_BEGIN_ALLOW_THREADS
    rc = listen(SELF->fd, backlog);
    GP_END_ALLOW_THREADS
    if (rc < 0) return set_errno(t, errno);
    return none();
}

/* _accept() -> (fd, address); socket.accept() wraps the descriptor. */
static gp_obj *sock_accept(SOCK_ARGS) {
    NO_ARGS("_accept");
    io_arg a;
    ssize_t fd = sock_call(t, SELF, 0, op_accept, &a, NULL);
    if (fd < 0) return NULL;
    gp_obj *num = gp_int_from_ssize(t, fd);
    gp_obj *addr = num ? addr_to_obj(t, &a.addr.sa, a.addrlen) : NULL;
    gp_obj *r = addr ? gp_tuple_pack(t, 2, num, addr) : NULL;
    gp_xdecref(num);
    gp_xdecref(addr);
    if (!r) close((int)fd);
    return r;
}

/* Connect, waiting for the handshake with the socket's timeout.  Returns
   0 or an errno value; -1 with an exception set for a timeout or a Python
   error (raise_timeout decides whether a timeout raises or gives
   EWOULDBLOCK as connect_ex does). */
static int do_connect(gp_thread *t, sock_obj *s, const union sockaddr_any *addr, socklen_t len,
                      int raise_timeout) {
    int fd = s->fd, rc, err = 0;
    if (check_signals(t) < 0) return -1;
    GP_BEGIN_ALLOW_THREADS
    rc = connect(fd, &addr->sa, len);
    if (rc < 0) err = errno;
    GP_END_ALLOW_THREADS
    if (rc == 0) return 0;
    if (err == EINTR) {
        /* PEP 475: the connection goes on in the background. */
        if (s->timeout == 0) {
            if (check_signals(t) < 0) return -1;
            return EINTR;
        }
    } else if (!(err == EINPROGRESS && s->timeout != 0)) {
        return err;
    }
    /* Wait until the descriptor is writable, then ask how it went. */
    double end = s->timeout > 0 ? monotonic() + s->timeout : 0;
    for (;;) {
        int n, timed_out = 0;
        if (check_signals(t) < 0) return -1;
        GP_BEGIN_ALLOW_THREADS
        for (;;) {
            struct pollfd p = {fd, POLLOUT, 0};
            int ms = -1;
            if (end > 0) {
                double left = end - monotonic();
                if (left <= 0) {
                    timed_out = 1;
                    n = 0;
                    break;
                }
                ms = poll_ms(left);
            }
            n = poll(&p, 1, ms);
            if (n != 0) break;
        }
        if (n < 0) err = errno;
        GP_END_ALLOW_THREADS
        if (timed_out) {
            if (raise_timeout) {
                timeout_error(t);
                return -1;
            }
            return EWOULDBLOCK;
        }
        if (n > 0) break;
        if (err != EINTR) return err;
    }
    int soerr = 0;
    if (sockopt_int(fd, SO_ERROR, &soerr) < 0) return errno;
    return soerr;
}

static gp_obj *sock_connect(SOCK_ARGS) {
    if (gp_args_no_kw(t, "connect", kw) < 0 || gp_args_count(t, "connect", nargs, 1, 1) < 0)
        return NULL;
    union sockaddr_any addr;
    socklen_t len;
    if (addr_from_obj(t, SELF, args[0], &addr, &len, "connect") < 0) return NULL;
    int err = do_connect(t, SELF, &addr, len, 1);
    if (err < 0) return NULL;
    if (err) return set_errno(t, err);
    return none();
}

static gp_obj *sock_connect_ex(SOCK_ARGS) {
    if (gp_args_no_kw(t, "connect_ex", kw) < 0 || gp_args_count(t, "connect_ex", nargs, 1, 1) < 0)
        return NULL;
    union sockaddr_any addr;
    socklen_t len;
    if (addr_from_obj(t, SELF, args[0], &addr, &len, "connect_ex") < 0) return NULL;
    int err = do_connect(t, SELF, &addr, len, 0);
    if (err < 0) return NULL;
    return gp_int_from_ssize(t, err);
}

static int flags_arg(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_ssize at, int *flags) {
    *flags = 0;
    if (nargs > at) return gp_posix_int_arg(t, args[at], flags);
    return 0;
}

static gp_obj *sock_recv(SOCK_ARGS) {
    if (gp_args_no_kw(t, "recv", kw) < 0 || gp_args_count(t, "recv", nargs, 1, 2) < 0) return NULL;
    gp_ssize n;
    io_arg a;
    if (ssize_arg(t, args[0], &n) < 0 || flags_arg(t, args, nargs, 1, &a.flags) < 0) return NULL;
    if (n < 0) return gp_err_format(t, &gp_exc_ValueError, "negative buffersize in recv");
    a.buf = gp_mem_alloc((size_t)n + 1);
    if (!a.buf) return gp_err_nomemory(t);
    a.len = (size_t)n;
    ssize_t got = sock_call(t, SELF, 0, op_recv, &a, NULL);
    gp_obj *r = got < 0 ? NULL : gp_bytes_new(t, a.buf, got);
    gp_mem_free(a.buf);
    return r;
}

/* recv_into(buffer, nbytes=0, flags=0) and recvfrom_into(...): read into a
   writable buffer, held while the GIL is released; returns the count (and
   the address). */
static gp_obj *recv_into_common(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kw, const char *fname, int with_addr) {
    static const char *const names[] = {"buffer", "nbytes", "flags", NULL};
    gp_argspec spec = {fname, names, 1, 3};
    gp_obj *v[3];
    if (gp_args_bind(t, &spec, args, nargs, kw, v) < 0) return NULL;
    gp_ssize want = 0;
    io_arg a;
    a.flags = 0;
    gp_buffer view;
    if (writable_arg(t, v[0], fname, &view) < 0) return NULL;
    gp_obj *r = NULL;
    if (v[1] && ssize_arg(t, v[1], &want) < 0) goto done;
    if (v[2] && gp_posix_int_arg(t, v[2], &a.flags) < 0) goto done;
    if (want < 0) {
        gp_err_format(t, &gp_exc_ValueError, "negative buffersize in %s",
                      with_addr ? "recvfrom_into" : "recv_into");
        goto done;
    }
    if (want == 0) want = view.len;
    if (want > view.len) {
        gp_err_format(t, &gp_exc_ValueError,
                      with_addr ? "nbytes is greater than the length of the buffer"
                                : "buffer too small for requested bytes");
        goto done;
    }
    a.buf = view.buf;
    a.len = (size_t)want;
    ssize_t got = sock_call(t, SELF, 0, with_addr ? op_recvfrom : op_recv, &a, NULL);
    if (got >= 0) {
        r = gp_int_from_ssize(t, got);
        if (r && with_addr) {
            gp_obj *addr = addr_to_obj(t, &a.addr.sa, a.addrlen);
            gp_obj *pair = addr ? gp_tuple_pack(t, 2, r, addr) : NULL;
            gp_xdecref(addr);
            gp_decref(r);
            r = pair;
        }
    }
done:
    gp_buffer_release(&view);
    return r;
}

static gp_obj *sock_recv_into(SOCK_ARGS) {
    return recv_into_common(t, self, args, nargs, kw, "recv_into", 0);
}

static gp_obj *sock_recvfrom_into(SOCK_ARGS) {
    return recv_into_common(t, self, args, nargs, kw, "recvfrom_into", 1);
}

static gp_obj *sock_recvfrom(SOCK_ARGS) {
    if (gp_args_no_kw(t, "recvfrom", kw) < 0 || gp_args_count(t, "recvfrom", nargs, 1, 2) < 0)
        return NULL;
    gp_ssize n;
    io_arg a;
    if (ssize_arg(t, args[0], &n) < 0 || flags_arg(t, args, nargs, 1, &a.flags) < 0) return NULL;
    if (n < 0) return gp_err_format(t, &gp_exc_ValueError, "negative buffersize in recvfrom");
    a.buf = gp_mem_alloc((size_t)n + 1);
    if (!a.buf) return gp_err_nomemory(t);
    a.len = (size_t)n;
    ssize_t got = sock_call(t, SELF, 0, op_recvfrom, &a, NULL);
    gp_obj *r = NULL;
    if (got >= 0) {
        gp_obj *data = gp_bytes_new(t, a.buf, got);
        gp_obj *addr = data ? addr_to_obj(t, &a.addr.sa, a.addrlen) : NULL;
        r = addr ? gp_tuple_pack(t, 2, data, addr) : NULL;
        gp_xdecref(data);
        gp_xdecref(addr);
    }
    gp_mem_free(a.buf);
    return r;
}

static gp_obj *sock_send(SOCK_ARGS) {
    if (gp_args_no_kw(t, "send", kw) < 0 || gp_args_count(t, "send", nargs, 1, 2) < 0) return NULL;
    io_arg a;
    gp_ssize n;
    gp_buffer view;
    if (flags_arg(t, args, nargs, 1, &a.flags) < 0) return NULL;
    if (data_arg(t, args[0], &view, &a.cbuf, &n) < 0) return NULL;
    a.len = (size_t)n;
    ssize_t put = sock_call(t, SELF, 1, op_send, &a, NULL);
    gp_buffer_release(&view);
    return put < 0 ? NULL : gp_int_from_ssize(t, put);
}

/* sendall: send until everything is gone; the timeout bounds the whole
   call, and signal handlers run between the pieces. */
static gp_obj *sock_sendall(SOCK_ARGS) {
    if (gp_args_no_kw(t, "sendall", kw) < 0 || gp_args_count(t, "sendall", nargs, 1, 2) < 0)
        return NULL;
    io_arg a;
    gp_ssize n;
    gp_buffer view;
    if (flags_arg(t, args, nargs, 1, &a.flags) < 0) return NULL;
    if (data_arg(t, args[0], &view, &a.cbuf, &n) < 0) return NULL;
    double deadline = 0;
    size_t left = (size_t)n;
    gp_obj *r = NULL;
    do {
        a.len = left;
        ssize_t put = sock_call(t, SELF, 1, op_send, &a, &deadline);
        if (put < 0) goto done;
        a.cbuf += put;
        left -= (size_t)put;
        if (check_signals(t) < 0) goto done;
    } while (left > 0);
    r = none();
done:
    gp_buffer_release(&view);
    return r;
}

static gp_obj *sock_sendto(SOCK_ARGS) {
    if (gp_args_no_kw(t, "sendto", kw) < 0) return NULL;
    if (nargs != 2 && nargs != 3)
        return gp_err_format(t, &gp_exc_TypeError, "sendto() takes 2 or 3 arguments (%zd given)",
                             nargs);
    io_arg a;
    gp_ssize n;
    gp_buffer view;
    if (flags_arg(t, args, nargs == 3 ? 2 : 0, 1, &a.flags) < 0) return NULL;
    gp_obj *addr = args[nargs - 1];
    if (data_arg(t, args[0], &view, &a.cbuf, &n) < 0) return NULL;
    a.len = (size_t)n;
    gp_obj *r = NULL;
    if (addr_from_obj(t, SELF, addr, &a.addr, &a.addrlen, "sendto") == 0) {
        ssize_t put = sock_call(t, SELF, 1, op_sendto, &a, NULL);
        if (put >= 0) r = gp_int_from_ssize(t, put);
    }
    gp_buffer_release(&view);
    return r;
}

static gp_obj *sock_shutdown(SOCK_ARGS) {
    if (gp_args_no_kw(t, "shutdown", kw) < 0 || gp_args_count(t, "shutdown", nargs, 1, 1) < 0)
        return NULL;
    int how, rc;
    if (gp_posix_int_arg(t, args[0], &how) < 0) return NULL;
    GP_BEGIN_ALLOW_THREADS
    rc = shutdown(SELF->fd, how);
    GP_END_ALLOW_THREADS
    if (rc < 0) return set_errno(t, errno);
    return none();
}

static gp_obj *name_common(gp_thread *t, gp_obj *self, int peer) {
    union sockaddr_any addr;
    socklen_t len = sizeof addr;
    memset(&addr, 0, sizeof addr);
    int rc = peer ? getpeername(SELF->fd, &addr.sa, &len) : getsockname(SELF->fd, &addr.sa, &len);
    if (rc < 0) return set_errno(t, errno);
    return addr_to_obj(t, &addr.sa, len);
}

static gp_obj *sock_getsockname(SOCK_ARGS) {
    NO_ARGS("getsockname");
    return name_common(t, self, 0);
}

static gp_obj *sock_getpeername(SOCK_ARGS) {
    NO_ARGS("getpeername");
    return name_common(t, self, 1);
}

/* setsockopt(level, option, value: int | buffer) or
   setsockopt(level, option, None, optlen). */
static gp_obj *sock_setsockopt(SOCK_ARGS) {
    if (gp_args_no_kw(t, "setsockopt", kw) < 0) return NULL;
    if (nargs != 3 && nargs != 4)
        return gp_err_format(t, &gp_exc_TypeError,
                             "setsockopt() takes 3 or 4 arguments (%zd given)", nargs);
    int level, opt, rc;
    if (gp_posix_int_arg(t, args[0], &level) < 0 || gp_posix_int_arg(t, args[1], &opt) < 0) return NULL;
    if (nargs == 4) {
        if (args[2] != GP_NONE)
            return gp_err_format(t, &gp_exc_TypeError,
                                 "setsockopt() argument 3 must be NoneType, not %T", args[2]);
        int optlen;
        if (gp_posix_int_arg(t, args[3], &optlen) < 0) return NULL;
        rc = setsockopt(SELF->fd, level, opt, NULL, (socklen_t)optlen);
    } else if (gp_int_check(args[2])) {
        int v;
        if (gp_posix_int_arg(t, args[2], &v) < 0) return NULL;
        rc = setsockopt(SELF->fd, level, opt, &v, sizeof v);
    } else {
        const char *data;
        gp_ssize n;
        if (gp_bytes_like(t, args[2], &data, &n) < 0) return NULL;
        rc = setsockopt(SELF->fd, level, opt, data, (socklen_t)n);
    }
    if (rc < 0) return set_errno(t, errno);
    return none();
}

static gp_obj *sock_getsockopt(SOCK_ARGS) {
    if (gp_args_no_kw(t, "getsockopt", kw) < 0 || gp_args_count(t, "getsockopt", nargs, 2, 3) < 0)
        return NULL;
    int level, opt, buflen = 0;
    if (gp_posix_int_arg(t, args[0], &level) < 0 || gp_posix_int_arg(t, args[1], &opt) < 0) return NULL;
    if (nargs == 3 && gp_posix_int_arg(t, args[2], &buflen) < 0) return NULL;
    if (buflen == 0) {
        int v = 0;
        socklen_t len = sizeof v;
        if (getsockopt(SELF->fd, level, opt, &v, &len) < 0) return set_errno(t, errno);
        return gp_int_from_ssize(t, v);
    }
    if (buflen < 0 || buflen > 1024)
        return gp_err_format(t, &gp_exc_OSError, "getsockopt buflen out of range");
    char buf[1024];
    socklen_t len = (socklen_t)buflen;
    if (getsockopt(SELF->fd, level, opt, buf, &len) < 0) return set_errno(t, errno);
    return gp_bytes_new(t, buf, len);
}

/* The mode behind a timeout: non-blocking for any timeout, so that waits
   go through poll() with the time left. */
static gp_obj *apply_timeout(gp_thread *t, sock_obj *s, double timeout) {
    s->timeout = timeout;
    if (s->fd >= 0 && set_blocking(s->fd, timeout < 0) < 0) return set_errno(t, errno);
    return none();
}

static gp_obj *sock_settimeout(SOCK_ARGS) {
    if (gp_args_no_kw(t, "settimeout", kw) < 0 || gp_args_count(t, "settimeout", nargs, 1, 1) < 0)
        return NULL;
    double v;
    if (timeout_arg(t, args[0], &v) < 0) return NULL;
    return apply_timeout(t, SELF, v);
}

static gp_obj *timeout_obj(gp_thread *t, double v) { return v < 0 ? none() : gp_float_new(t, v); }

static gp_obj *sock_gettimeout(SOCK_ARGS) {
    NO_ARGS("gettimeout");
    return timeout_obj(t, SELF->timeout);
}

static gp_obj *sock_setblocking(SOCK_ARGS) {
    if (gp_args_no_kw(t, "setblocking", kw) < 0 || gp_args_count(t, "setblocking", nargs, 1, 1) < 0)
        return NULL;
    int b = gp_obj_truthy(t, args[0]);
    if (b < 0) return NULL;
    return apply_timeout(t, SELF, b ? -1.0 : 0.0);
}

static gp_obj *sock_getblocking(SOCK_ARGS) {
    NO_ARGS("getblocking");
    return gp_bool_from(SELF->timeout != 0);
}

static gp_obj *get_family(gp_thread *t, gp_obj *self, void *c) {
    return gp_int_from_ssize(t, SELF->family);
}
static gp_obj *get_type(gp_thread *t, gp_obj *self, void *c) {
    return gp_int_from_ssize(t, SELF->type);
}
static gp_obj *get_proto(gp_thread *t, gp_obj *self, void *c) {
    return gp_int_from_ssize(t, SELF->proto);
}
static gp_obj *get_timeout(gp_thread *t, gp_obj *self, void *c) {
    return timeout_obj(t, SELF->timeout);
}

static const gp_getset_def sock_getset[] = {
    {"family", get_family, NULL, "the socket family", NULL},
    {"type", get_type, NULL, "the socket type", NULL},
    {"proto", get_proto, NULL, "the socket protocol", NULL},
    {"timeout", get_timeout, NULL, "the socket timeout", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const gp_method_def sock_methods[] = {
    {"_accept", sock_accept, 0, "Wait for a connection; return (fd, address)."},
    {"bind", sock_bind, 0, "Bind the socket to a local address."},
    {"close", sock_close, 0, "Close the socket."},
    {"connect", sock_connect, 0, "Connect the socket to a remote address."},
    {"connect_ex", sock_connect_ex, 0,
     "Like connect(), but return an error code instead of raising."},
    {"detach", sock_detach, 0,
     "Close the socket object without closing the descriptor; return it."},
    {"fileno", sock_fileno, 0, "Return the file descriptor."},
    {"getpeername", sock_getpeername, 0, "Return the address of the remote end."},
    {"getsockname", sock_getsockname, 0, "Return the address of the local end."},
    {"getsockopt", sock_getsockopt, 0, "Get a socket option."},
    {"setsockopt", sock_setsockopt, 0, "Set a socket option."},
    {"gettimeout", sock_gettimeout, 0, "Return the timeout in seconds, or None."},
    {"settimeout", sock_settimeout, 0, "Set the timeout in seconds, or None for blocking."},
    {"getblocking", sock_getblocking, 0, "Return True if the socket is in blocking mode."},
    {"setblocking", sock_setblocking, 0, "Set blocking (True) or non-blocking (False) mode."},
    {"listen", sock_listen, 0, "Enable the server to accept connections."},
    {"recv", sock_recv, 0, "Receive up to bufsize bytes."},
    {"recv_into", sock_recv_into, 0, "Receive into a buffer; return the count."},
    {"recvfrom", sock_recvfrom, 0, "Receive data and the sender's address."},
    {"recvfrom_into", sock_recvfrom_into, 0, "Receive into a buffer; return (count, address)."},
    {"send", sock_send, 0, "Send data; return the number of bytes sent."},
    {"sendall", sock_sendall, 0, "Send all the data."},
    {"sendto", sock_sendto, 0, "Send data to an address."},
    {"shutdown", sock_shutdown, 0, "Shut down reading, writing or both."},
    {NULL, NULL, 0, NULL},
};

gp_type gp_socket_type = {
    GP_TYPE_HEAD,
    .name = "_socket.socket",
    .basicsize = sizeof(sock_obj),
    .flags = GP_TPFLAGS_BASETYPE,
    .dealloc = sock_dealloc,
    .repr = sock_repr,
    .new_ = sock_tp_new,
    .init = sock_tp_init,
    .methods = sock_methods,
    .getset = sock_getset,
    .doc = "A socket object.",
};

/* ------------------------------------------------------------ functions */

#define MOD_ARGS gp_thread *t, gp_obj *m, gp_obj *const *args, gp_ssize nargs, gp_obj *kw

static gp_obj *new_socket(gp_thread *t, int fd, int family, int type, int proto) {
    sock_obj *s = (sock_obj *)sock_tp_new(t, &gp_socket_type, NULL, 0, NULL);
    if (!s) {
        close(fd);
        return NULL;
    }
    if (sock_setup(t, s, fd, family, type, proto) < 0) {
        gp_decref((gp_obj *)s);
        return NULL;
    }
    return (gp_obj *)s;
}

static gp_obj *m_socketpair(MOD_ARGS) {
    if (gp_args_no_kw(t, "socketpair", kw) < 0 || gp_args_count(t, "socketpair", nargs, 0, 3) < 0)
        return NULL;
    int family = AF_UNIX, type = SOCK_STREAM, proto = 0;
    if (nargs > 0 && gp_posix_int_arg(t, args[0], &family) < 0) return NULL;
    if (nargs > 1 && gp_posix_int_arg(t, args[1], &type) < 0) return NULL;
    if (nargs > 2 && gp_posix_int_arg(t, args[2], &proto) < 0) return NULL;
    int fds[2];
    if (socketpair(family, type | SOCK_CLOEXEC, proto, fds) < 0) return set_errno(t, errno);
    gp_obj *a = new_socket(t, fds[0], family, type, proto);
    if (!a) {
        close(fds[1]);
        return NULL;
    }
    gp_obj *b = new_socket(t, fds[1], family, type, proto);
    gp_obj *r = b ? gp_tuple_pack(t, 2, a, b) : NULL;
    gp_decref(a);
    gp_xdecref(b);
    return r;
}

static gp_obj *m_dup(MOD_ARGS) {
    if (gp_args_no_kw(t, "dup", kw) < 0 || gp_args_count(t, "dup", nargs, 1, 1) < 0) return NULL;
    int fd;
    if (gp_posix_int_arg(t, args[0], &fd) < 0) return NULL;
    int nfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (nfd < 0) return set_errno(t, errno);
    return gp_int_from_ssize(t, nfd);
}

static gp_obj *m_close(MOD_ARGS) {
    if (gp_args_no_kw(t, "close", kw) < 0 || gp_args_count(t, "close", nargs, 1, 1) < 0)
        return NULL;
    int fd;
    if (gp_posix_int_arg(t, args[0], &fd) < 0) return NULL;
    if (close(fd) < 0 && errno != ECONNRESET) return set_errno(t, errno);
    return none();
}

/* getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) -> list of
   (family, type, proto, canonname, sockaddr) with plain ints; socket.py
   turns family and type into enums. */
static gp_obj *m_getaddrinfo(MOD_ARGS) {
    static const char *const names[] = {"host", "port", "family", "type", "proto", "flags", NULL};
    static const gp_argspec spec = {"getaddrinfo", names, 2, 6};
    gp_obj *a[6];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    const char *host = NULL;
    char portbuf[32];
    const char *port = NULL;
    int v[4] = {0, 0, 0, 0};
    if (a[0] != GP_NONE && host_arg(t, a[0], &host) < 0) return NULL;
    if (gp_int_check(a[1])) {
        int64_t p;
        if (gp_int_as_i64(t, a[1], &p) < 0) return NULL;
        snprintf(portbuf, sizeof portbuf, "%lld", (long long)p);
        port = portbuf;
    } else if (gp_str_check(a[1])) {
        port = gp_str_utf8(a[1]);
    } else if (gp_bytes_check(a[1])) {
        port = gp_bytes_data(a[1]);
    } else if (a[1] != GP_NONE) {
        return gp_err_format(t, &gp_exc_OSError, "Int or String expected");
    }
    for (int i = 0; i < 4; i++)
        if (a[2 + i] && gp_posix_int_arg(t, a[2 + i], &v[i]) < 0) return NULL;
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = v[0];
    hints.ai_socktype = v[1];
    hints.ai_protocol = v[2];
    hints.ai_flags = v[3];
    int rc, saved;
    GP_BEGIN_ALLOW_THREADS
    rc = getaddrinfo(host, port, &hints, &res);
    saved = errno;
    GP_END_ALLOW_THREADS
    if (rc != 0) return set_gaierror(t, rc, saved);
    gp_obj *list = gp_list_new(t, 0);
    for (struct addrinfo *r = res; list && r; r = r->ai_next) {
        gp_obj *fam = gp_int_from_ssize(t, r->ai_family);
        gp_obj *ty = gp_int_from_ssize(t, r->ai_socktype);
        gp_obj *pr = gp_int_from_ssize(t, r->ai_protocol);
        gp_obj *canon = gp_str_from_cstr(t, r->ai_canonname ? r->ai_canonname : "");
        gp_obj *addr = addr_to_obj(t, r->ai_addr, r->ai_addrlen);
        gp_obj *item =
            fam && ty && pr && canon && addr ? gp_tuple_pack(t, 5, fam, ty, pr, canon, addr) : NULL;
        gp_xdecref(fam);
        gp_xdecref(ty);
        gp_xdecref(pr);
        gp_xdecref(canon);
        gp_xdecref(addr);
        if (!item || gp_list_append_steal(t, list, item) < 0) gp_clear(&list);
    }
    freeaddrinfo(res);
    return list;
}

static gp_obj *m_gethostname(MOD_ARGS) {
    NO_ARGS("gethostname");
    char buf[1024];
    if (gethostname(buf, sizeof buf - 1) < 0) return set_errno(t, errno);
    buf[sizeof buf - 1] = '\0';
    return gp_str_from_cstr(t, buf);
}

static gp_obj *m_gethostbyname(MOD_ARGS) {
    if (gp_args_no_kw(t, "gethostbyname", kw) < 0 ||
        gp_args_count(t, "gethostbyname", nargs, 1, 1) < 0)
        return NULL;
    const char *host;
    if (host_arg(t, args[0], &host) < 0) return NULL;
    union sockaddr_any addr;
    socklen_t len;
    if (resolve_host(t, host, AF_INET, &addr, &len) < 0) return NULL;
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &addr.in4.sin_addr, buf, sizeof buf);
    return gp_str_from_cstr(t, buf);
}

/* gethostbyaddr(ip_or_name) -> (hostname, aliases, addresses), through
   getnameinfo, which unlike gethostbyaddr is safe to call from threads. */
static gp_obj *m_gethostbyaddr(MOD_ARGS) {
    if (gp_args_no_kw(t, "gethostbyaddr", kw) < 0 ||
        gp_args_count(t, "gethostbyaddr", nargs, 1, 1) < 0)
        return NULL;
    const char *host;
    if (host_arg(t, args[0], &host) < 0) return NULL;
    union sockaddr_any addr;
    socklen_t len;
    if (resolve_host(t, host, AF_UNSPEC, &addr, &len) < 0) return NULL;
    char name[NI_MAXHOST], ip[INET6_ADDRSTRLEN];
    int rc;
    GP_BEGIN_ALLOW_THREADS
    rc = getnameinfo(&addr.sa, len, name, sizeof name, NULL, 0, NI_NAMEREQD);
    GP_END_ALLOW_THREADS
    if (rc != 0) return raise_code(t, &herror_type, 1, "Unknown host");
    if (addr.sa.sa_family == AF_INET6)
        inet_ntop(AF_INET6, &addr.in6.sin6_addr, ip, sizeof ip);
    else
        inet_ntop(AF_INET, &addr.in4.sin_addr, ip, sizeof ip);
    gp_obj *n = gp_str_from_cstr(t, name);
    gp_obj *aliases = gp_list_new(t, 0);
    gp_obj *ipo = gp_str_from_cstr(t, ip);
    gp_obj *ips = ipo ? gp_list_from_array(t, &ipo, 1) : NULL;
    gp_obj *r = n && aliases && ips ? gp_tuple_pack(t, 3, n, aliases, ips) : NULL;
    gp_xdecref(n);
    gp_xdecref(aliases);
    gp_xdecref(ipo);
    gp_xdecref(ips);
    return r;
}

/* getnameinfo((host, port[, flowinfo, scope_id]), flags) -> (host, port),
   for a numeric host address as CPython requires; like CPython it keeps
   the low 16 bits of the port without complaint. */
static gp_obj *m_getnameinfo(MOD_ARGS) {
    if (gp_args_no_kw(t, "getnameinfo", kw) < 0 || gp_args_count(t, "getnameinfo", nargs, 2, 2) < 0)
        return NULL;
    gp_obj *sa = args[0];
    if (!gp_tuple_check(sa))
        return gp_err_format(t, &gp_exc_TypeError, "getnameinfo() argument 1 must be a tuple");
    gp_ssize n = gp_tuple_size(sa);
    if (n < 2 || n > 4)
        return gp_err_format(t, &gp_exc_TypeError, "getnameinfo(): illegal sockaddr argument");
    int flags;
    const char *host;
    int port;
    if (gp_posix_int_arg(t, args[1], &flags) < 0 || host_arg(t, gp_tuple_items(sa)[0], &host) < 0 ||
        gp_posix_int_arg(t, gp_tuple_items(sa)[1], &port) < 0)
        return NULL;
    union sockaddr_any addr;
    socklen_t len;
    memset(&addr, 0, sizeof addr);
    if (inet_pton(AF_INET, host, &addr.in4.sin_addr) == 1 && n == 2) {
        addr.in4.sin_family = AF_INET;
        addr.in4.sin_port = htons((uint16_t)port);
        len = sizeof addr.in4;
    } else if (inet_pton(AF_INET6, host, &addr.in6.sin6_addr) == 1) {
        addr.in6.sin6_family = AF_INET6;
        addr.in6.sin6_port = htons((uint16_t)port);
        if (n > 3) {
            int64_t scope;
            if (gp_int_as_i64(t, gp_tuple_items(sa)[3], &scope) < 0) return NULL;
            addr.in6.sin6_scope_id = (uint32_t)scope;
        }
        len = sizeof addr.in6;
    } else if (n == 2) {
        return set_gaierror(t, EAI_NONAME, 0);
    } else {
        return gp_err_format(t, &gp_exc_OSError, "IPv4 sockaddr must be 2 tuple");
    }
    char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
    int rc;
    GP_BEGIN_ALLOW_THREADS
    rc = getnameinfo(&addr.sa, len, hbuf, sizeof hbuf, sbuf, sizeof sbuf, flags);
    GP_END_ALLOW_THREADS
    if (rc != 0) return set_gaierror(t, rc, errno);
    gp_obj *h = gp_str_from_cstr(t, hbuf);
    gp_obj *sv = h ? gp_str_from_cstr(t, sbuf) : NULL;
    gp_obj *r = sv ? gp_tuple_pack(t, 2, h, sv) : NULL;
    gp_xdecref(h);
    gp_xdecref(sv);
    return r;
}

/* An optional protocol name argument ("tcp", "udp"): NULL when absent. */
static int proto_name_arg(gp_thread *t, gp_obj *const *args, gp_ssize nargs, const char *fname,
                          const char **out) {
    *out = NULL;
    if (nargs < 2 || args[1] == GP_NONE) return 0;
    if (!gp_str_check(args[1])) {
        gp_err_format(t, &gp_exc_TypeError, "%s() argument 2 must be str, not %T", fname, args[1]);
        return -1;
    }
    *out = gp_str_utf8(args[1]);
    return 0;
}

/* The services and protocols databases, through the re-entrant lookups:
   the plain ones return static storage that another thread may overwrite
   while the GIL is released. */
static gp_obj *m_getservbyname(MOD_ARGS) {
    if (gp_args_no_kw(t, "getservbyname", kw) < 0 ||
        gp_args_count(t, "getservbyname", nargs, 1, 2) < 0)
        return NULL;
    if (!gp_str_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "getservbyname() argument 1 must be str, not %T",
                             args[0]);
    const char *name = gp_str_utf8(args[0]), *proto;
    if (proto_name_arg(t, args, nargs, "getservbyname", &proto) < 0) return NULL;
    struct servent ent, *res = NULL;
    char buf[4096];
    GP_BEGIN_ALLOW_THREADS
    getservbyname_r(name, proto, &ent, buf, sizeof buf, &res);
    GP_END_ALLOW_THREADS
    if (!res) return gp_err_format(t, &gp_exc_OSError, "service/proto not found");
    return gp_int_from_ssize(t, ntohs((uint16_t)res->s_port));
}

static gp_obj *m_getservbyport(MOD_ARGS) {
    if (gp_args_no_kw(t, "getservbyport", kw) < 0 ||
        gp_args_count(t, "getservbyport", nargs, 1, 2) < 0)
        return NULL;
    int port;
    const char *proto;
    if (port_arg(t, args[0], "getservbyport", &port) < 0 ||
        proto_name_arg(t, args, nargs, "getservbyport", &proto) < 0)
        return NULL;
    struct servent ent, *res = NULL;
    char buf[4096];
    GP_BEGIN_ALLOW_THREADS
    getservbyport_r(htons((uint16_t)port), proto, &ent, buf, sizeof buf, &res);
    GP_END_ALLOW_THREADS
    if (!res) return gp_err_format(t, &gp_exc_OSError, "port/proto not found");
    return gp_str_from_cstr(t, res->s_name);
}

static gp_obj *m_getprotobyname(MOD_ARGS) {
    if (gp_args_no_kw(t, "getprotobyname", kw) < 0 ||
        gp_args_count(t, "getprotobyname", nargs, 1, 1) < 0)
        return NULL;
    if (!gp_str_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "getprotobyname() argument must be str, not %T",
                             args[0]);
    struct protoent ent, *res = NULL;
    char buf[4096];
    const char *name = gp_str_utf8(args[0]);
    GP_BEGIN_ALLOW_THREADS
    getprotobyname_r(name, &ent, buf, sizeof buf, &res);
    GP_END_ALLOW_THREADS
    if (!res) return gp_err_format(t, &gp_exc_OSError, "protocol not found");
    return gp_int_from_ssize(t, res->p_proto);
}

static gp_obj *m_inet_aton(MOD_ARGS) {
    if (gp_args_no_kw(t, "inet_aton", kw) < 0 || gp_args_count(t, "inet_aton", nargs, 1, 1) < 0)
        return NULL;
    if (!gp_str_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "inet_aton() argument 1 must be str, not %T",
                             args[0]);
    struct in_addr a;
    if (inet_aton(gp_str_utf8(args[0]), &a) == 0)
        return gp_err_format(t, &gp_exc_OSError, "illegal IP address string passed to inet_aton");
    return gp_bytes_new(t, (const char *)&a, 4);
}

static gp_obj *m_inet_ntoa(MOD_ARGS) {
    if (gp_args_no_kw(t, "inet_ntoa", kw) < 0 || gp_args_count(t, "inet_ntoa", nargs, 1, 1) < 0)
        return NULL;
    const char *data;
    gp_ssize n;
    if (gp_bytes_like(t, args[0], &data, &n) < 0) return NULL;
    if (n != 4) return gp_err_format(t, &gp_exc_OSError, "packed IP wrong length for inet_ntoa");
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, data, buf, sizeof buf);
    return gp_str_from_cstr(t, buf);
}

static gp_obj *m_inet_pton(MOD_ARGS) {
    if (gp_args_no_kw(t, "inet_pton", kw) < 0 || gp_args_count(t, "inet_pton", nargs, 2, 2) < 0)
        return NULL;
    int family;
    if (gp_posix_int_arg(t, args[0], &family) < 0) return NULL;
    if (!gp_str_check(args[1]))
        return gp_err_format(t, &gp_exc_TypeError, "inet_pton() argument 2 must be str, not %T",
                             args[1]);
    unsigned char buf[16];
    int rc = inet_pton(family, gp_str_utf8(args[1]), buf);
    if (rc < 0) return set_errno(t, errno);
    if (rc == 0)
        return gp_err_format(t, &gp_exc_OSError, "illegal IP address string passed to inet_pton");
    return gp_bytes_new(t, (const char *)buf, family == AF_INET ? 4 : 16);
}

static gp_obj *m_inet_ntop(MOD_ARGS) {
    if (gp_args_no_kw(t, "inet_ntop", kw) < 0 || gp_args_count(t, "inet_ntop", nargs, 2, 2) < 0)
        return NULL;
    int family;
    const char *data;
    gp_ssize n;
    if (gp_posix_int_arg(t, args[0], &family) < 0 || gp_bytes_like(t, args[1], &data, &n) < 0) return NULL;
    if (family != AF_INET && family != AF_INET6) {
        errno = EAFNOSUPPORT;
        return set_errno(t, errno);
    }
    if (n != (family == AF_INET ? 4 : 16))
        return gp_err_format(t, &gp_exc_ValueError, "invalid length of packed IP address string");
    char buf[INET6_ADDRSTRLEN];
    if (!inet_ntop(family, data, buf, sizeof buf)) return set_errno(t, errno);
    return gp_str_from_cstr(t, buf);
}

/* htons and friends: 16-bit ones reject values that do not fit with the
   messages of CPython's unsigned short converter, 32-bit ones as
   CPython's htonl. */
static gp_obj *swap_common(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_obj *kw,
                           const char *fname, int bits) {
    if (gp_args_no_kw(t, fname, kw) < 0 || gp_args_count(t, fname, nargs, 1, 1) < 0) return NULL;
    if (!gp_int_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError,
                             "'%T' object cannot be interpreted as an integer", args[0]);
    if (gp_int_sign(args[0]) < 0) {
        if (bits == 16)
            return gp_err_format(
                t, &gp_exc_OverflowError,
                "%s: can't convert negative Python int to C 16-bit unsigned integer", fname);
        return gp_err_format(t, &gp_exc_OverflowError,
                             "can't convert negative value to unsigned int");
    }
    uint64_t v;
    if (gp_int_as_u64(t, args[0], &v) < 0 || v > (bits == 16 ? 0xffffu : 0xffffffffu)) {
        gp_err_clear(t);
        if (bits == 16)
            return gp_err_format(t, &gp_exc_OverflowError,
                                 "%s: Python int too large to convert to C 16-bit unsigned integer",
                                 fname);
        return gp_err_format(t, &gp_exc_OverflowError, "int larger than 32 bits");
    }
    if (bits == 16) return gp_int_from_ssize(t, htons((uint16_t)v));
    return gp_int_from_i64(t, htonl((uint32_t)v));
}

static gp_obj *m_htons(MOD_ARGS) { return swap_common(t, args, nargs, kw, "htons", 16); }
static gp_obj *m_ntohs(MOD_ARGS) { return swap_common(t, args, nargs, kw, "ntohs", 16); }
static gp_obj *m_htonl(MOD_ARGS) { return swap_common(t, args, nargs, kw, "htonl", 32); }
static gp_obj *m_ntohl(MOD_ARGS) { return swap_common(t, args, nargs, kw, "ntohl", 32); }

static gp_obj *m_getdefaulttimeout(MOD_ARGS) {
    NO_ARGS("getdefaulttimeout");
    return timeout_obj(t, default_timeout);
}

static gp_obj *m_setdefaulttimeout(MOD_ARGS) {
    if (gp_args_no_kw(t, "setdefaulttimeout", kw) < 0 ||
        gp_args_count(t, "setdefaulttimeout", nargs, 1, 1) < 0)
        return NULL;
    double v;
    if (timeout_arg(t, args[0], &v) < 0) return NULL;
    default_timeout = v;
    return none();
}

static const gp_method_def socket_functions[] = {
    {"socketpair", m_socketpair, 0, "Create a pair of connected sockets."},
    {"dup", m_dup, 0, "Duplicate a socket file descriptor."},
    {"close", m_close, 0, "Close a socket file descriptor."},
    {"getaddrinfo", m_getaddrinfo, 0, "Resolve a host and port into a list of addresses."},
    {"gethostname", m_gethostname, 0, "Return the host name."},
    {"gethostbyname", m_gethostbyname, 0, "Return the IPv4 address of a host."},
    {"gethostbyaddr", m_gethostbyaddr, 0, "Return (name, aliases, addresses) for an address."},
    {"getnameinfo", m_getnameinfo, 0, "Return (host, port) for a socket address."},
    {"getservbyname", m_getservbyname, 0, "Return the port number of a service."},
    {"getservbyport", m_getservbyport, 0, "Return the service name of a port number."},
    {"getprotobyname", m_getprotobyname, 0, "Return the number of a protocol."},
    {"inet_aton", m_inet_aton, 0, "Dotted-quad IPv4 address to 4 bytes."},
    {"inet_ntoa", m_inet_ntoa, 0, "4 bytes to a dotted-quad IPv4 address."},
    {"inet_pton", m_inet_pton, 0, "Text address of a family to packed bytes."},
    {"inet_ntop", m_inet_ntop, 0, "Packed bytes of a family to a text address."},
    {"htons", m_htons, 0, "16-bit host to network byte order."},
    {"ntohs", m_ntohs, 0, "16-bit network to host byte order."},
    {"htonl", m_htonl, 0, "32-bit host to network byte order."},
    {"ntohl", m_ntohl, 0, "32-bit network to host byte order."},
    {"getdefaulttimeout", m_getdefaulttimeout, 0, "Return the timeout of new sockets."},
    {"setdefaulttimeout", m_setdefaulttimeout, 0, "Set the timeout of new sockets."},
    {NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------------ constants */

#define C(name)                                                                                    \
    { #name, name }
static const struct {
    const char *name;
    long value;
} socket_constants[] = {
    C(AF_UNSPEC),
    C(AF_INET),
    C(AF_INET6),
    C(AF_UNIX),
    C(AF_PACKET),
    C(AF_NETLINK),
    C(SOCK_STREAM),
    C(SOCK_DGRAM),
    C(SOCK_RAW),
    C(SOCK_SEQPACKET),
    C(SOCK_RDM),
    C(SOCK_NONBLOCK),
    C(SOCK_CLOEXEC),
    C(SOL_SOCKET),
    C(SOL_IP),
    C(SOL_TCP),
    {"SOL_UDP", IPPROTO_UDP},
    C(SO_REUSEADDR),
    C(SO_REUSEPORT),
    C(SO_KEEPALIVE),
    C(SO_RCVBUF),
    C(SO_SNDBUF),
    C(SO_ERROR),
    C(SO_TYPE),
    C(SO_BROADCAST),
    C(SO_LINGER),
    C(SO_RCVLOWAT),
    C(SO_SNDLOWAT),
    C(SO_RCVTIMEO),
    C(SO_SNDTIMEO),
    C(SO_OOBINLINE),
    C(SO_DEBUG),
    C(SO_DONTROUTE),
    C(SO_ACCEPTCONN),
    C(SO_DOMAIN),
    C(SO_PROTOCOL),
    C(SO_PEERCRED),
    C(SO_PASSCRED),
    C(SO_PRIORITY),
    C(SO_BINDTODEVICE),
    C(IPPROTO_IP),
    C(IPPROTO_TCP),
    C(IPPROTO_UDP),
    C(IPPROTO_IPV6),
    C(IPPROTO_ICMP),
    C(IPPROTO_ICMPV6),
    C(IPPROTO_RAW),
    C(IP_TOS),
    C(IP_TTL),
    C(IP_MULTICAST_TTL),
    C(IP_MULTICAST_LOOP),
    C(IP_ADD_MEMBERSHIP),
    C(IP_DROP_MEMBERSHIP),
    C(IPV6_V6ONLY),
    C(IPV6_UNICAST_HOPS),
    C(IPV6_MULTICAST_HOPS),
    C(IPV6_MULTICAST_LOOP),
    C(IPV6_JOIN_GROUP),
    C(IPV6_LEAVE_GROUP),
    C(TCP_NODELAY),
    C(TCP_MAXSEG),
    C(TCP_KEEPIDLE),
    C(TCP_KEEPINTVL),
    C(TCP_KEEPCNT),
    C(TCP_QUICKACK),
    C(TCP_CORK),
    C(TCP_USER_TIMEOUT),
    C(SHUT_RD),
    C(SHUT_WR),
    C(SHUT_RDWR),
    C(MSG_PEEK),
    C(MSG_DONTWAIT),
    C(MSG_WAITALL),
    C(MSG_OOB),
    C(MSG_TRUNC),
    C(MSG_CTRUNC),
    C(MSG_DONTROUTE),
    C(MSG_EOR),
    C(MSG_NOSIGNAL),
    C(MSG_CMSG_CLOEXEC),
    C(SOMAXCONN),
    C(INADDR_ANY),
    C(INADDR_BROADCAST),
    C(INADDR_LOOPBACK),
    C(INADDR_NONE),
    C(AI_PASSIVE),
    C(AI_CANONNAME),
    C(AI_NUMERICHOST),
    C(AI_NUMERICSERV),
    C(AI_V4MAPPED),
    C(AI_ALL),
    C(AI_ADDRCONFIG),
    C(NI_NUMERICHOST),
    C(NI_NUMERICSERV),
    C(NI_NOFQDN),
    C(NI_NAMEREQD),
    C(NI_DGRAM),
    C(NI_MAXHOST),
    C(NI_MAXSERV),
    C(EAI_AGAIN),
    C(EAI_BADFLAGS),
    C(EAI_FAIL),
    C(EAI_FAMILY),
    C(EAI_MEMORY),
    C(EAI_NONAME),
    C(EAI_SERVICE),
    C(EAI_SOCKTYPE),
    C(EAI_SYSTEM),
    C(EAI_OVERFLOW),
    C(EAI_ADDRFAMILY),
    C(EAI_NODATA),
};
#undef C

gp_obj *gp_mod_socket_init(gp_thread *t) {
    static gp_type *const types[] = {&gp_socket_type, &gaierror_type, &herror_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (gp_type_ready(t, types[i]) < 0) return NULL;
    gp_obj *m = gp_module_new(t, "_socket");
    if (!m) return NULL;
    if (gp_module_add_functions(t, m, socket_functions) < 0 ||
        gp_module_add_object(t, m, "socket", (gp_obj *)&gp_socket_type) < 0 ||
        gp_module_add_object(t, m, "SocketType", (gp_obj *)&gp_socket_type) < 0 ||
        gp_module_add_object(t, m, "error", (gp_obj *)&gp_exc_OSError) < 0 ||
        gp_module_add_object(t, m, "timeout", (gp_obj *)&gp_exc_TimeoutError) < 0 ||
        gp_module_add_object(t, m, "gaierror", (gp_obj *)&gaierror_type) < 0 ||
        gp_module_add_object(t, m, "herror", (gp_obj *)&herror_type) < 0 ||
        gp_module_add_object(t, m, "has_ipv6", GP_TRUE) < 0)
        goto error;
    for (size_t i = 0; i < sizeof socket_constants / sizeof socket_constants[0]; i++)
        if (gp_module_add_int(t, m, socket_constants[i].name, socket_constants[i].value) < 0)
            goto error;
    return m;
error:
    gp_decref(m);
    return NULL;
}
