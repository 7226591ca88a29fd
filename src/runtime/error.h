/* Raising and handling exceptions from C.

   A function that fails sets the exception on its thread state and returns
   NULL (or -1); its caller passes the failure up the same way.  t->exc holds
   the exception instance being raised.  Owned by the types area
   (runtime/error.c, objects/exceptions.c). */
#ifndef GP_ERROR_H
#define GP_ERROR_H

#include "object.h"

/* Every built-in exception and its base, in CPython 3.11's hierarchy.
   X(Name, Base) declares `gp_type gp_exc_Name`. */
#define GP_EXCEPTIONS(X) \
    X(BaseException, object) \
    X(GeneratorExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(SystemExit, BaseException) \
    X(Exception, BaseException) \
    X(ArithmeticError, Exception) \
    X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) \
    X(AttributeError, Exception) \
    X(BufferError, Exception) \
    X(EOFError, Exception) \
    X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) \
    X(UnboundLocalError, NameError) \
    X(OSError, Exception) \
    X(BlockingIOError, OSError) \
    X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) \
    X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) \
    X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) \
    X(FileExistsError, OSError) \
    X(FileNotFoundError, OSError) \
    X(InterruptedError, OSError) \
    X(IsADirectoryError, OSError) \
    X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) \
    X(ProcessLookupError, OSError) \
    X(TimeoutError, OSError) \
    X(ReferenceError, Exception) \
    X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) \
    X(RecursionError, RuntimeError) \
    X(StopAsyncIteration, Exception) \
    X(StopIteration, Exception) \
    X(SyntaxError, Exception) \
    X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) \
    X(SystemError, Exception) \
    X(TypeError, Exception) \
    X(ValueError, Exception) \
    X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) \
    X(UnicodeTranslateError, UnicodeError) \
    X(Warning, Exception) \
    X(BytesWarning, Warning) \
    X(DeprecationWarning, Warning) \
    X(EncodingWarning, Warning) \
    X(FutureWarning, Warning) \
    X(ImportWarning, Warning) \
    X(PendingDeprecationWarning, Warning) \
    X(ResourceWarning, Warning) \
    X(RuntimeWarning, Warning) \
    X(SyntaxWarning, Warning) \
    X(UnicodeWarning, Warning) \
    X(UserWarning, Warning)

#define GP_DECLARE_EXC(name, base) extern gp_type gp_exc_##name;
GP_EXCEPTIONS(GP_DECLARE_EXC)
#undef GP_DECLARE_EXC

/* Exception groups (PEP 654), in objects/exceptions.c: ExceptionGroup has
   two bases, BaseExceptionGroup and Exception. */
extern gp_type gp_exc_BaseExceptionGroup, gp_exc_ExceptionGroup;
int gp_exc_is_group(gp_obj *o);
gp_obj *gp_exc_group_exceptions_borrow(gp_obj *eg); /* the tuple */
gp_obj *gp_exc_group_message_borrow(gp_obj *eg);
/* except* (PEP 654): TypeError for a group class in the clause's types;
   the part of exc matching type and the rest (new references, None when
   empty; returns 1 when a lone exception was wrapped in a new group, which
   then needs a traceback); and what the statement raises at its end, given
   the original exception and the list of what each clause left or raised
   (None when nothing). */
int gp_exc_check_except_star_type(gp_thread *t, gp_obj *type);
int gp_exc_group_match(gp_thread *t, gp_obj *exc, gp_obj *type, gp_obj **match, gp_obj **rest);
gp_obj *gp_exc_prep_reraise_star(gp_thread *t, gp_obj *orig, gp_obj *excs);

/* The instance layout shared by every exception. Subclass layouts
   (SyntaxError, OSError, StopIteration, SystemExit, ImportError, ...) extend
   it in objects/exceptions.c. */
typedef struct {
    gp_obj base;
    gp_obj *dict;
    gp_obj *args;        /* tuple */
    gp_obj *traceback;   /* __traceback__ or NULL */
    gp_obj *context;     /* __context__ or NULL */
    gp_obj *cause;       /* __cause__ or NULL */
    char suppress_context;
} gp_exc;

/* Raise: `value` may be an exception instance, a message str, an args tuple
   or NULL; it is borrowed. */
void gp_err_set(gp_thread *t, gp_type *type, gp_obj *value);
/* Raise with a message from a C string. */
void gp_err_set_str(gp_thread *t, gp_type *type, const char *msg);
/* Raise with a printf-like message (the formats of gp_str_from_format:
   %s %d %i %u %ld %lu %zd %zu %x %c %p %% and %S str(obj), %R repr(obj),
   %A ascii(obj), %U a str object, %T the type name of obj).  Returns NULL so
   that `return gp_err_format(...)` ends a failing function. */
void *gp_err_format(gp_thread *t, gp_type *type, const char *fmt, ...);
/* Raise an instance (reference stolen), chaining the exception being
   handled as __context__ the way a raise statement does. */
void gp_err_raise_steal(gp_thread *t, gp_obj *exc);
void *gp_err_nomemory(gp_thread *t);
/* OSError (or the errno's subclass: FileNotFoundError ...) from errno, with
   an optional filename object (borrowed, may be NULL). */
void *gp_err_from_errno(gp_thread *t, gp_type *type, gp_obj *filename);
/* SyntaxError (or IndentationError, TabError) with its attributes:
   filename may be NULL; text is the source line or NULL; offsets 1-based
   (0: unknown). */
void gp_err_syntax(gp_thread *t, gp_type *type, const char *msg, gp_obj *filename, int lineno,
                   int offset, const char *text, int end_lineno, int end_offset);
/* SystemError "bad argument to internal function" style failures. */
void *gp_err_bad_internal_call(gp_thread *t, const char *where);

/* t->exc != NULL, returned as a borrowed reference. */
static inline gp_obj *gp_err_occurred(gp_thread *t);
/* Is the exception being raised an instance of type (or a subclass)? */
int gp_err_matches(gp_thread *t, gp_type *type);
/* Does exception instance exc match a class or a tuple of classes? */
int gp_exc_matches(gp_thread *t, gp_obj *exc, gp_obj *cls_or_tuple);
/* Take the exception being raised (new reference) and clear it. */
gp_obj *gp_err_fetch(gp_thread *t);
/* Put back an exception taken by gp_err_fetch (stolen; NULL clears). */
void gp_err_restore_steal(gp_thread *t, gp_obj *exc);
void gp_err_clear(gp_thread *t);
/* Print the exception being raised with its traceback to sys.stderr in
   CPython's format (with chained causes and contexts), and clear it. */
void gp_err_print(gp_thread *t);
/* The text gp_err_print would write for exception exc (a new str). */
gp_obj *gp_err_format_exception(gp_thread *t, gp_obj *exc);
/* Print an exception that cannot propagate (from a destructor, at exit):
   "Exception ignored in: <obj>" then the traceback; clears it. */
void gp_err_write_unraisable(gp_thread *t, gp_obj *where);
/* The same with the hook's err_msg set ("Exception ignored in thread
   started by"): printed in place of "Exception ignored in". */
void gp_err_write_unraisable_msg(gp_thread *t, const char *err_msg, gp_obj *where);
/* What the default sys.unraisablehook prints for exc (err_msg and obj may
   be NULL or None). */
void gp_err_print_unraisable(gp_thread *t, gp_obj *exc, gp_obj *err_msg, gp_obj *obj);

/* Guard recursive C code: gp_enter_recursive() returns -1 with
   RecursionError set ("maximum recursion depth exceeded" + where) once the
   depth passes the limit. */
int gp_enter_recursive(gp_thread *t, const char *where);
void gp_leave_recursive(gp_thread *t);

#include "runtime/thread.h"
static inline gp_obj *gp_err_occurred(gp_thread *t) { return t->exc; }

#endif
