/* The errno module: the system's error numbers by name, and errorcode
   mapping each number back to its name. */
#include <errno.h>

#include "gilpy_core.h"

#define E(name) {#name, name}

/* Where two names share a number (EAGAIN and EWOULDBLOCK, EDEADLOCK and
   EDEADLK, ENOTSUP and EOPNOTSUPP), the first one listed is the one
   errorcode gives back, as in CPython. */
static const struct {
    const char *name;
    int value;
} errno_names[] = {
    E(E2BIG), E(EACCES), E(EADDRINUSE), E(EADDRNOTAVAIL), E(EADV), E(EAFNOSUPPORT), E(EAGAIN), E(EALREADY),
    E(EBADE), E(EBADF), E(EBADFD), E(EBADMSG), E(EBADR), E(EBADRQC), E(EBADSLT), E(EBFONT), E(EBUSY),
    E(ECANCELED), E(ECHILD), E(ECHRNG), E(ECOMM), E(ECONNABORTED), E(ECONNREFUSED), E(ECONNRESET),
    E(EDEADLOCK), E(EDEADLK), E(EDESTADDRREQ), E(EDOM), E(EDOTDOT), E(EDQUOT), E(EEXIST), E(EFAULT), E(EFBIG),
    E(EHOSTDOWN), E(EHOSTUNREACH), E(EIDRM), E(EILSEQ), E(EINPROGRESS), E(EINTR), E(EINVAL), E(EIO),
    E(EISCONN), E(EISDIR), E(EISNAM), E(EKEYEXPIRED), E(EKEYREJECTED), E(EKEYREVOKED), E(EL2HLT), E(EL2NSYNC),
    E(EL3HLT), E(EL3RST), E(ELIBACC), E(ELIBBAD), E(ELIBEXEC), E(ELIBMAX), E(ELIBSCN), E(ELNRNG), E(ELOOP),
    E(EMEDIUMTYPE), E(EMFILE), E(EMLINK), E(EMSGSIZE), E(EMULTIHOP), E(ENAMETOOLONG), E(ENAVAIL), E(ENETDOWN),
    E(ENETRESET), E(ENETUNREACH), E(ENFILE), E(ENOANO), E(ENOBUFS), E(ENOCSI), E(ENODATA), E(ENODEV),
    E(ENOENT), E(ENOEXEC), E(ENOKEY), E(ENOLCK), E(ENOLINK), E(ENOMEDIUM), E(ENOMEM), E(ENOMSG), E(ENONET),
    E(ENOPKG), E(ENOPROTOOPT), E(ENOSPC), E(ENOSR), E(ENOSTR), E(ENOSYS), E(ENOTBLK), E(ENOTCONN), E(ENOTDIR),
    E(ENOTEMPTY), E(ENOTNAM), E(ENOTRECOVERABLE), E(ENOTSOCK), E(ENOTSUP), E(ENOTTY), E(ENOTUNIQ), E(ENXIO),
    E(EOPNOTSUPP), E(EOVERFLOW), E(EOWNERDEAD), E(EPERM), E(EPFNOSUPPORT), E(EPIPE), E(EPROTO),
    E(EPROTONOSUPPORT), E(EPROTOTYPE), E(ERANGE), E(EREMCHG), E(EREMOTE), E(EREMOTEIO), E(ERESTART),
    E(ERFKILL), E(EROFS), E(ESHUTDOWN), E(ESOCKTNOSUPPORT), E(ESPIPE), E(ESRCH), E(ESRMNT), E(ESTALE),
    E(ESTRPIPE), E(ETIME), E(ETIMEDOUT), E(ETOOMANYREFS), E(ETXTBSY), E(EUCLEAN), E(EUNATCH), E(EUSERS),
    E(EWOULDBLOCK), E(EXDEV), E(EXFULL),
    {NULL, 0},
};

gp_obj *gp_mod_errno_init(gp_thread *t) {
    gp_obj *codes = NULL;
    gp_obj *m = gp_module_new(t, "errno");
    if (!m) goto error;
    codes = gp_dict_new(t);
    if (!codes) goto error;
    for (int i = 0; errno_names[i].name; i++) {
        if (gp_module_add_int(t, m, errno_names[i].name, errno_names[i].value) < 0) goto error;
        gp_obj *k = gp_int_from_ssize(t, errno_names[i].value);
        if (!k) goto error;
        int rc = gp_dict_contains(t, codes, k);
        if (rc == 0) {
            gp_obj *v = gp_str_from_cstr(t, errno_names[i].name);
            rc = v ? gp_dict_set(t, codes, k, v) : -1;
            gp_xdecref(v);
        }
        gp_decref(k);
        if (rc < 0) goto error;
    }
    if (gp_module_add_object(t, m, "errorcode", codes) < 0) goto error;
    gp_decref(codes);
    return m;
error:
    gp_xdecref(codes);
    gp_xdecref(m);
    return NULL;
}
