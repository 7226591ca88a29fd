/* Modules written in C.  Each has an init function that builds and returns
   the module object; the import system finds them by name in the table. */
#ifndef GP_MODULES_H
#define GP_MODULES_H

#include "object.h"

typedef gp_obj *(*gp_module_initfunc)(gp_thread *t);

typedef struct {
    const char *name;
    gp_module_initfunc init;
} gp_builtin_module;

/* Ends with a {NULL, NULL} entry. */
extern const gp_builtin_module gp_builtin_modules[];

gp_obj *gp_mod_builtins_init(gp_thread *t);
/* help, copyright, credits, license (modules/sitebuiltins.c). */
int gp_sitebuiltins_add(gp_thread *t, gp_obj *builtins);
gp_obj *gp_mod_sys_init(gp_thread *t);
gp_obj *gp_mod_time_init(gp_thread *t);
gp_obj *gp_mod_math_init(gp_thread *t);
gp_obj *gp_mod_io_init(gp_thread *t);
/* Modules of the standard library written in C. */
gp_obj *gp_mod_random_init(gp_thread *t);
gp_obj *gp_mod_posix_init(gp_thread *t);
gp_obj *gp_mod_errno_init(gp_thread *t);
gp_obj *gp_mod_memio_init(gp_thread *t);
gp_obj *gp_mod_struct_init(gp_thread *t);
gp_obj *gp_mod_regex_init(gp_thread *t);
gp_obj *gp_mod_localtime_init(gp_thread *t);
gp_obj *gp_mod_signal_init(gp_thread *t);
gp_obj *gp_mod_json_init(gp_thread *t);
gp_obj *gp_mod_hashes_init(gp_thread *t);
gp_obj *gp_mod_socket_init(gp_thread *t);
gp_obj *gp_mod_select_init(gp_thread *t);

gp_obj *gp_mod_collections_init(gp_thread *t);
gp_obj *gp_mod_array_init(gp_thread *t);
gp_obj *gp_mod_cmath_init(gp_thread *t);
gp_obj *gp_mod_heapq_init(gp_thread *t);
gp_obj *gp_mod_functools_init(gp_thread *t);
gp_obj *gp_mod_resource_init(gp_thread *t);
gp_obj *gp_mod_binascii_init(gp_thread *t);
/* The functions of posix_more.c, added to the posix module. */
extern const gp_method_def gp_posix_more_functions[];
extern const gp_method_def gp_posix_id_functions[];
int gp_posix_id_constants(gp_thread *t, gp_obj *m);
/* SHA-512 of n bytes (hashes.c), for random.seed. */
void gp_sha512(const unsigned char *data, size_t n, unsigned char out[64]);

/* Signals.  gp_signal_init_main (at start-up, on the main thread) makes
   Ctrl-C raise KeyboardInterrupt and ignores SIGPIPE.  The VM calls
   gp_signal_run_pending when GP_BREAK_SIGNAL is set: it clears the bit and,
   on the main thread, runs the Python handlers of the signals that arrived
   (-1 when one raised).  gp_signal_check does the same only when a signal
   is waiting: blocking calls interrupted by EINTR call it before retrying. */
int gp_signal_init_main(gp_thread *t);
int gp_signal_run_pending(gp_thread *t);
int gp_signal_check(gp_thread *t);
/* In the child after fork(): signal handlers run in the forking thread. */
void gp_signal_after_fork(gp_thread *t);

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
   newline=None, closefd=True, opener=None) */
gp_obj *gp_io_open(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames);
/* The text file type (_io.TextIOWrapper). */
extern gp_type gp_textio_type;

/* Ready the file types; called by the sys module before it opens the
   standard streams. */
int gp_io_init_types(gp_thread *t, gp_obj *sysmod);
/* A file object over an already open descriptor: sys.stdin/stdout/stderr. */
gp_obj *gp_io_open_fd(gp_thread *t, int fd, const char *mode, const char *name, int line_buffering);

/* posix: an int argument that must fit a C int (posix.c). */
int gp_posix_int_arg(gp_thread *t, gp_obj *o, int *out);
/* os.pipe() with these pipe2() flags: (read_fd, write_fd). */
gp_obj *gp_posix_pipe(gp_thread *t, int flags);

#endif
