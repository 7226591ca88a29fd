/* The VM: code objects, functions, frames, generators and the eval loop.
   Owned by the vm area (src/vm/). */
#ifndef GP_VM_H
#define GP_VM_H

#include "object.h"
#include "vm/opcodes.h"

/* A compiled block of code.  Built by the compiler with gp_code_new(). */
typedef struct gp_code {
    gp_obj base;
    int argcount;         /* positional parameters, including positional-only */
    int posonlyargcount;
    int kwonlyargcount;
    int nlocals;          /* == len(varnames): parameters first, then locals */
    int stacksize;        /* maximum value-stack depth */
    int flags;            /* GP_CO_* */
    int firstlineno;
    gp_ssize ncode;       /* number of 16-bit code units */
    uint16_t *code;       /* owned; opcode | (arg << 8) */
    int32_t *lines;       /* owned; the source line of each code unit (-1: none) */
    gp_obj *consts;       /* tuple */
    gp_obj *names;        /* tuple of str: globals, attributes, imports */
    gp_obj *varnames;     /* tuple of str: parameters, then local variables */
    gp_obj *cellvars;     /* tuple of str: locals captured by inner functions */
    gp_obj *freevars;     /* tuple of str: variables taken from outer functions */
    gp_obj *filename;     /* str */
    gp_obj *name;         /* str */
    gp_obj *qualname;     /* str */
    int *cell2arg;        /* owned or NULL: for each cellvar, the parameter it
                             starts from, or -1 */
    void *extra;          /* VM-private caches */
} gp_code;

extern gp_type gp_code_type;
extern gp_type gp_function_type;
extern gp_type gp_method_type;      /* bound method */
extern gp_type gp_cell_type;
extern gp_type gp_frame_type;
extern gp_type gp_generator_type;

/* Steals nothing: every object argument is borrowed and referenced by the
   new code object; code and lines (ncode entries each) are copied. */
/* Make the constants of an immortal code object immortal too (free-threaded
   build, when threads start). */
void gp_code_immortalize_consts(gp_code *co);
gp_obj *gp_code_new(gp_thread *t, int argcount, int posonlyargcount, int kwonlyargcount,
                    int stacksize, int flags, int firstlineno,
                    const uint16_t *code, const int32_t *lines, gp_ssize ncode,
                    gp_obj *consts, gp_obj *names, gp_obj *varnames, gp_obj *cellvars,
                    gp_obj *freevars, gp_obj *filename, gp_obj *name, gp_obj *qualname);

/* Run a module-level or exec'd code object with the given namespaces
   (locals may be the same dict as globals).  Returns the result (None for
   modules) or NULL with an exception. */
gp_obj *gp_eval_code(gp_thread *t, gp_obj *code, gp_obj *globals, gp_obj *locals);

/* A function made from code with globals; qualname may be NULL (code's). */
gp_obj *gp_function_new(gp_thread *t, gp_obj *code, gp_obj *globals, gp_obj *qualname);
/* A method bound to self. */
gp_obj *gp_method_new(gp_thread *t, gp_obj *func, gp_obj *self);
gp_obj *gp_cell_new(gp_thread *t, gp_obj *value);
/* A cell's contents (borrowed, NULL when empty) and replacing them
   (value borrowed, NULL empties the cell). */
gp_obj *gp_cell_get_borrow(gp_obj *cell);
void gp_cell_set(gp_obj *cell, gp_obj *value);
/* The contents as a new reference (NULL when empty), safe against another
   thread's store; and the store that hands back the old reference. */
gp_obj *gp_cell_get_ref(gp_obj *cell);
gp_obj *gp_cell_swap_steal(gp_obj *cell, gp_obj *value);
static inline int gp_function_check(const gp_obj *o) { return !gp_is_small(o) && o->ob_type == &gp_function_type; }
static inline int gp_cell_check(const gp_obj *o) { return !gp_is_small(o) && o->ob_type == &gp_cell_type; }

/* Frames, for tracebacks, sys._getframe and the debugger. */
struct gp_frame;
gp_obj *gp_frame_code_borrow(struct gp_frame *f);
gp_obj *gp_frame_globals_borrow(struct gp_frame *f);
gp_obj *gp_frame_locals(gp_thread *t, struct gp_frame *f); /* locals() of that frame, new ref */
struct gp_frame *gp_frame_back(struct gp_frame *f);
int gp_frame_lineno(struct gp_frame *f);
/* The frame as a Python object (a new reference), for tb_frame and
   sys._getframe(). */
gp_obj *gp_frame_object(gp_thread *t, struct gp_frame *f);

/* The globals and builtins of the innermost running frame (borrowed; the
   interpreter's main module / builtins dict when no frame runs). */
gp_obj *gp_vm_globals_borrow(gp_thread *t);
gp_obj *gp_vm_builtins_borrow(gp_thread *t);

/* builtins.__build_class__(func, name, *bases, metaclass=..., **kw). */
gp_obj *gp_vm_build_class(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames);
/* For super() without arguments: the __class__ cell of the running function
   and its first argument (borrowed).  RuntimeError "super(): no arguments"
   or "super(): __class__ cell not found" when absent. */
int gp_vm_super_args(gp_thread *t, gp_obj **type, gp_obj **self);

/* Called by the eval loop when t->eval_breaker is non-zero (on backward
   jumps and at function entry): hands the GIL over when another thread
   asks for it, runs a due cycle collection and pending signal handlers,
   raises a pending asynchronous exception, and leaves the other bits
   alone.  0, or -1 with an
   exception set. */
int gp_vm_handle_breaker(gp_thread *t);

int gp_vm_init(gp_thread *t);

#endif
