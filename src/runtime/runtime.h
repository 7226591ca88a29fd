/* Interpreter start-up and shut-down, running code, importing.
   Owned by the runtime area (runtime/interp.c import.c, modules/, main.c). */
#ifndef GP_RUNTIME_H
#define GP_RUNTIME_H

#include "object.h"

typedef struct {
    int argc;               /* sys.argv */
    char **argv;
    const char *program;    /* the process's argv[0] */
    int unbuffered;         /* -u */
    int interactive;
    int gil;                /* -1 default for the build, 0 off, 1 on */
    const char **xoptions;  /* "name" or "name=value", NULL-terminated */
    const char *path0;      /* directory put first on sys.path, or NULL */
} gp_config;

/* Create an interpreter and its main thread state, ready to run code. */
gp_thread *gp_runtime_start(const gp_config *cfg);
/* Run exit handlers, flush stdio, free what can be freed.  Returns the
   process exit status to use. */
int gp_runtime_finalize(gp_thread *t);

/* Run a file / a string as __main__.  Return 0, or -1 with the exception set. */
int gp_run_file(gp_thread *t, const char *path);
int gp_run_string(gp_thread *t, const char *src, const char *filename);
/* Run module `name` as __main__ (-m). */
int gp_run_module(gp_thread *t, const char *name);
/* Handle an exception that reached the top: print it (or, for SystemExit,
   its code) and return the exit status. */
int gp_handle_uncaught(gp_thread *t);

/* __import__(name, globals, locals, fromlist, level) */
gp_obj *gp_import_name(gp_thread *t, gp_obj *name, gp_obj *globals, gp_obj *fromlist, int level);
gp_obj *gp_import_module(gp_thread *t, const char *name);

/* The import system's per-module locks: made at start-up; reset in a
   child after fork (t is the surviving thread).  -1 when out of memory. */
int gp_import_init(gp_interp *in);
void gp_import_after_fork(gp_thread *t);

/* Find the source of module `name` along sys.path (or its package's
   __path__): 1 found (*path: the .py file, *is_package set), 0 not found. */
int gp_import_find_source(gp_thread *t, const char *name, gp_obj **path, int *is_package);

/* A whole file in memory, NUL-terminated (free with gp_mem_free); OSError
   on failure. */
char *gp_read_file(gp_thread *t, const char *path, gp_ssize *len);

/* Flush sys.stdout and sys.stderr; -1 if stdout could not be flushed. */
int gp_sys_flush(gp_thread *t);
/* Run the functions registered with atexit; returns an exit status. */
int gp_run_atexit(gp_thread *t);

/* sys.<name>, borrowed; NULL with no exception when absent. */
gp_obj *gp_sys_get_borrow(gp_thread *t, const char *name);
/* The type of the records sys.unraisablehook receives (borrowed; NULL
   before sys is made). */
gp_obj *gp_sys_unraisable_args_type(void);
/* Write text to sys.stdout / sys.stderr (via their write method). */
int gp_sys_write_stdout(gp_thread *t, const char *s);
int gp_sys_write_stderr(gp_thread *t, const char *s);
/* Write a str object to a file-like object. */
int gp_file_write_obj(gp_thread *t, gp_obj *file, gp_obj *str);

#endif
