/* gilpy.h: the C API of gilpy, the one header for programs that embed the
   interpreter and for native modules.  docs/c-api.md describes it.

   Conventions:
   - Every value is a gilpy_obj *, an opaque type.  A function that returns
     a gilpy_obj * returns a new reference, which the caller owns and gives
     back with gilpy_decref(), unless its name ends in _borrow.  A function
     whose name ends in _steal takes over the reference passed to it.
   - Every function that touches objects takes the calling thread's state
     (gilpy_thread *t) first and must be called with the GIL held.
   - A function that fails returns NULL or -1 and leaves a Python exception
     on t; gilpy_error_fetch() takes it, gilpy_exception_format() formats it
     with its traceback. */
#ifndef GILPY_H
#define GILPY_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GILPY_API_VERSION 1

#if defined(__GNUC__)
#define GILPY_EXPORT __attribute__((visibility("default")))
#else
#define GILPY_EXPORT
#endif

typedef struct gp_obj gilpy_obj;       /* a Python value */
typedef struct gp_thread gilpy_thread; /* one OS thread's interpreter state */
typedef struct gp_interp gilpy_interp; /* an interpreter */
typedef struct gilpy_module_def gilpy_module_def;

/* ------------------------------------------------------------ embedding */

typedef struct {
    int argc;                     /* sys.argv; argc 0 gives [''] */
    char **argv;
    const char *const *path;      /* directories put first on sys.path, NULL-terminated */
    const char *home;             /* the standard library's directory; NULL: found
                                     beside the library or program, or $GILPY_HOME */
    const gilpy_module_def *const *modules; /* native modules built in, NULL-terminated */
    int gil;                      /* free-threaded build: -1 default, 0 off, 1 on */
    int unbuffered;               /* like -u */
} gilpy_options;

/* Create an interpreter; the calling thread becomes its main thread and
   holds the GIL.  opts may be NULL.  NULL when it cannot start (the reason
   is printed on stderr). */
gilpy_thread *gilpy_create(const gilpy_options *opts);
/* Wait for non-daemon threads, run atexit functions, flush the standard
   streams and collect cyclic garbage.  Returns the exit status a program
   would have.  No other call may follow on this interpreter. */
int gilpy_finalize(gilpy_thread *t);
gilpy_interp *gilpy_interp_of(gilpy_thread *t);
/* The calling thread's state, or NULL if it has none. */
gilpy_thread *gilpy_current(void);

/* Run statements in the namespace of __main__ (created on first use);
   0 or -1.  filename appears in tracebacks (NULL: "<string>"). */
int gilpy_run_string(gilpy_thread *t, const char *src, const char *filename);
/* Run a file in __main__, with __file__ set; 0 or -1. */
int gilpy_run_file(gilpy_thread *t, const char *path);
/* The value of an expression evaluated in __main__. */
gilpy_obj *gilpy_eval(gilpy_thread *t, const char *expr);
/* import name (dotted names give the last module). */
gilpy_obj *gilpy_import(gilpy_thread *t, const char *name);
/* callable(*args, **kwargs): args[0..nargs) borrowed, kwargs a dict or NULL. */
gilpy_obj *gilpy_call(gilpy_thread *t, gilpy_obj *callable, gilpy_obj *const *args,
                      intptr_t nargs, gilpy_obj *kwargs);
/* obj.name(*args, **kwargs) */
gilpy_obj *gilpy_call_method(gilpy_thread *t, gilpy_obj *obj, const char *name,
                             gilpy_obj *const *args, intptr_t nargs, gilpy_obj *kwargs);
/* __main__'s globals: get raises NameError when absent; set does not steal. */
gilpy_obj *gilpy_get_global(gilpy_thread *t, const char *name);
int gilpy_set_global(gilpy_thread *t, const char *name, gilpy_obj *value);
gilpy_obj *gilpy_globals_borrow(gilpy_thread *t);

/* --------------------------------------------------------------- errors */

int gilpy_error_occurred(gilpy_thread *t);
/* The exception being raised (new reference), which is cleared; NULL if none. */
gilpy_obj *gilpy_error_fetch(gilpy_thread *t);
/* Raise exc again (reference stolen); NULL clears. */
void gilpy_error_restore_steal(gilpy_thread *t, gilpy_obj *exc);
void gilpy_error_clear(gilpy_thread *t);
/* Is the exception being raised an instance of the built-in exception
   class called name ("KeyError") or of a subclass? */
int gilpy_error_matches(gilpy_thread *t, const char *name);
/* Print the exception being raised with its traceback to sys.stderr, as an
   uncaught one is printed, and clear it. */
void gilpy_error_print(gilpy_thread *t);
/* Raise the built-in exception class called name with a printf-style
   message.  Returns NULL, so that `return gilpy_error_set(...)` fails.
   Formats here and in gilpy_str_printf: %s %d %i %u %ld %lu %zd %zu %x %c
   %p %%, and for a gilpy_obj *: %S str(o), %R repr(o), %T its type's name. */
void *gilpy_error_set(gilpy_thread *t, const char *name, const char *fmt, ...);
/* An exception as Python prints it: "Traceback (most recent call last):",
   its entries, chained exceptions, and the last line "ValueError: msg". */
gilpy_obj *gilpy_exception_format(gilpy_thread *t, gilpy_obj *exc);
/* A built-in by name (an exception class, a function such as "len"). */
gilpy_obj *gilpy_builtin(gilpy_thread *t, const char *name);

/* --------------------------------------------------------------- values */

void gilpy_incref(gilpy_obj *o);
void gilpy_decref(gilpy_obj *o);
void gilpy_xdecref(gilpy_obj *o); /* NULL is ignored */

gilpy_obj *gilpy_none(void);
gilpy_obj *gilpy_bool(int v);
gilpy_obj *gilpy_int_new(gilpy_thread *t, int64_t v);
gilpy_obj *gilpy_float_new(gilpy_thread *t, double v);
gilpy_obj *gilpy_str_new(gilpy_thread *t, const char *utf8);
gilpy_obj *gilpy_str_new_len(gilpy_thread *t, const char *utf8, intptr_t len);
gilpy_obj *gilpy_str_printf(gilpy_thread *t, const char *fmt, ...);
gilpy_obj *gilpy_bytes_new(gilpy_thread *t, const void *data, intptr_t len);
gilpy_obj *gilpy_list_new(gilpy_thread *t);
gilpy_obj *gilpy_tuple_new(gilpy_thread *t, intptr_t n, ...); /* n borrowed items */
gilpy_obj *gilpy_dict_new(gilpy_thread *t);

/* Reading values: 0 or -1 (TypeError, OverflowError). */
int gilpy_int_value(gilpy_thread *t, gilpy_obj *o, int64_t *out);
int gilpy_float_value(gilpy_thread *t, gilpy_obj *o, double *out); /* ints too */
/* UTF-8 text of a str, valid while o lives; len may be NULL. */
const char *gilpy_str_value(gilpy_thread *t, gilpy_obj *o, intptr_t *len);
const char *gilpy_bytes_value(gilpy_thread *t, gilpy_obj *o, intptr_t *len);
/* bool(o): 0, 1, or -1 */
int gilpy_truth(gilpy_thread *t, gilpy_obj *o);

int gilpy_is_none(gilpy_obj *o);
int gilpy_is_bool(gilpy_obj *o);
int gilpy_is_int(gilpy_obj *o);
int gilpy_is_float(gilpy_obj *o);
int gilpy_is_str(gilpy_obj *o);
int gilpy_is_bytes(gilpy_obj *o);
int gilpy_is_list(gilpy_obj *o);
int gilpy_is_tuple(gilpy_obj *o);
int gilpy_is_dict(gilpy_obj *o);
int gilpy_is_callable(gilpy_obj *o);
const char *gilpy_type_name(gilpy_obj *o); /* "int", "Foo" */

gilpy_obj *gilpy_repr(gilpy_thread *t, gilpy_obj *o);
gilpy_obj *gilpy_to_str(gilpy_thread *t, gilpy_obj *o);

/* Attributes and items. */
gilpy_obj *gilpy_getattr(gilpy_thread *t, gilpy_obj *o, const char *name);
int gilpy_setattr(gilpy_thread *t, gilpy_obj *o, const char *name, gilpy_obj *v);
int gilpy_hasattr(gilpy_thread *t, gilpy_obj *o, const char *name); /* 0/1, -1 */
gilpy_obj *gilpy_getitem(gilpy_thread *t, gilpy_obj *o, gilpy_obj *key);
gilpy_obj *gilpy_getitem_index(gilpy_thread *t, gilpy_obj *o, intptr_t i);
gilpy_obj *gilpy_getitem_str(gilpy_thread *t, gilpy_obj *o, const char *key);
int gilpy_setitem(gilpy_thread *t, gilpy_obj *o, gilpy_obj *key, gilpy_obj *v);
int gilpy_setitem_str(gilpy_thread *t, gilpy_obj *o, const char *key, gilpy_obj *v);
int gilpy_setitem_index(gilpy_thread *t, gilpy_obj *o, intptr_t i, gilpy_obj *v);
int gilpy_delitem(gilpy_thread *t, gilpy_obj *o, gilpy_obj *key);
intptr_t gilpy_len(gilpy_thread *t, gilpy_obj *o);

/* Iteration: gilpy_iter is iter(o); gilpy_next returns the next item, or
   NULL with no exception at the end (NULL with one on failure):
       while ((item = gilpy_next(t, it))) { ...; gilpy_decref(item); }
       if (gilpy_error_occurred(t)) ... */
gilpy_obj *gilpy_iter(gilpy_thread *t, gilpy_obj *o);
gilpy_obj *gilpy_next(gilpy_thread *t, gilpy_obj *it);

/* Lists, tuples and dicts. */
int gilpy_list_append(gilpy_thread *t, gilpy_obj *list, gilpy_obj *v);
int gilpy_list_append_steal(gilpy_thread *t, gilpy_obj *list, gilpy_obj *v);
/* A dict lookup that tells absence from failure: 1 found (*out a new
   reference), 0 absent (*out NULL), -1 error. */
int gilpy_dict_get(gilpy_thread *t, gilpy_obj *d, gilpy_obj *key, gilpy_obj **out);
int gilpy_dict_get_str(gilpy_thread *t, gilpy_obj *d, const char *key, gilpy_obj **out);

/* -------------------------------------------------------- native modules */

/* A function of a native module.  self is the module; args[0..nargs) are
   the positional arguments, followed by the values of the keyword
   arguments named in the tuple kwnames (NULL when there are none); all
   borrowed.  gilpy_parse_args() sorts them out. */
typedef gilpy_obj *(*gilpy_cfunc)(gilpy_thread *t, gilpy_obj *self, gilpy_obj *const *args,
                                  intptr_t nargs, gilpy_obj *kwnames);

typedef struct {
    const char *name; /* NULL ends the table */
    gilpy_cfunc fn;
    int flags;        /* 0 */
    const char *doc;
} gilpy_function;

enum { GILPY_CONST_INT = 1, GILPY_CONST_FLOAT, GILPY_CONST_STR };

typedef struct {
    const char *name; /* NULL ends the table */
    int kind;         /* GILPY_CONST_* */
    int64_t i;
    double d;
    const char *s;
} gilpy_constant;

#define GILPY_INT_CONSTANT(name, v) {(name), GILPY_CONST_INT, (v), 0.0, NULL}
#define GILPY_FLOAT_CONSTANT(name, v) {(name), GILPY_CONST_FLOAT, 0, (v), NULL}
#define GILPY_STR_CONSTANT(name, v) {(name), GILPY_CONST_STR, 0, 0.0, (v)}

/* Module flags. */
enum {
    /* The module is safe to run without the GIL (free-threaded build).
       Importing a module without it into gilpy-ft turns the GIL on, with a
       RuntimeWarning, unless the GIL was turned off explicitly. */
    GILPY_MOD_GIL_NOT_USED = 1
};

struct gilpy_module_def {
    int api_version;                   /* GILPY_API_VERSION */
    const char *name;
    const char *doc;
    const gilpy_function *functions;   /* may be NULL */
    const gilpy_constant *constants;   /* may be NULL */
    /* Called on the new module after functions and constants are added
       (may be NULL); 0 or -1 with an exception. */
    int (*exec)(gilpy_thread *t, gilpy_obj *module);
    int flags;                         /* GILPY_MOD_* */
};

/* `import NAME` finds NAME.so on sys.path and calls its function
   gilpy_init_NAME, which returns the module's definition:
       GILPY_MODULE_INIT(fastmath) { return &fastmath_def; } */
#define GILPY_MODULE_INIT(name) \
    GILPY_EXPORT const gilpy_module_def *gilpy_init_##name(void); \
    GILPY_EXPORT const gilpy_module_def *gilpy_init_##name(void)

/* A module object from a definition (what import does, minus sys.modules). */
gilpy_obj *gilpy_module_new(gilpy_thread *t, const gilpy_module_def *def);
/* Make a definition importable by its name as a built-in module (in
   addition to gilpy_options.modules); 0 or -1. */
int gilpy_register_module(gilpy_thread *t, const gilpy_module_def *def);
/* Add a value to a module (borrowed); 0 or -1. */
int gilpy_module_add(gilpy_thread *t, gilpy_obj *module, const char *name, gilpy_obj *v);

/* Sort the arguments of a gilpy_cfunc into C variables.  format lists one
   code per parameter, in the order of kwlist (NULL-terminated parameter
   names; "" for positional-only ones, which then needs no name):
     O  gilpy_obj **   any object, borrowed
     i  int *          an int that fits a C int
     L  int64_t *      an int that fits 64 bits
     n  intptr_t *
     d  double *       a float or an int
     p  int *          the truth of any object
     s  const char **  a str, as UTF-8 (no NUL inside)
     z  const char **  a str, or None giving NULL
     y  const char **, intptr_t *   a bytes object and its length
   "|" starts the optional parameters (their variables keep their values
   when omitted), "$" the keyword-only ones (always optional, so "$" also
   starts the optional ones when "|" did not), and ":name" ends the format with
   the function's name for error messages.  0, or -1 with CPython's
   TypeError ("f() takes at most 2 arguments (3 given)", ...). */
int gilpy_parse_args(gilpy_thread *t, gilpy_obj *const *args, intptr_t nargs, gilpy_obj *kwnames,
                     const char *format, const char *const *kwlist, ...);

/* -------------------------------------------------------------- threads */

/* Give the GIL away around native work that touches no objects (a blocking
   call, a long computation on C data), so that other threads run:
       GP_BEGIN_ALLOW_THREADS
       n = read(fd, buf, size);
       GP_END_ALLOW_THREADS */
gilpy_thread *gilpy_release_gil(void);
void gilpy_acquire_gil(gilpy_thread *t);
#ifndef GP_BEGIN_ALLOW_THREADS
#define GP_BEGIN_ALLOW_THREADS { gilpy_thread *gilpy_saved_thread_ = gilpy_release_gil();
#define GP_END_ALLOW_THREADS gilpy_acquire_gil(gilpy_saved_thread_); }
#endif

/* A thread that native code created (a C library's worker calling back)
   gets a thread state and the GIL with gilpy_attach, calls Python, and
   gives both back with gilpy_detach.  NULL if the calling thread already
   has a state or memory is short.  A thread attaching after gilpy_finalize
   began waits forever, as daemon threads do. */
gilpy_thread *gilpy_attach(gilpy_interp *in);
void gilpy_detach(gilpy_thread *t);

/* sys._is_gil_enabled() */
int gilpy_gil_enabled(gilpy_thread *t);

#ifdef __cplusplus
}
#endif

#endif
