/* The VM's private layouts: frames, functions, bound methods, cells,
   generators and the per-code caches.  Only src/vm/ includes this header;
   the rest of the interpreter sees these objects through vm.h. */
#ifndef GP_VM_FRAME_H
#define GP_VM_FRAME_H

#include "gilpy_core.h"
#include "runtime/spinlock.h"

/* Block types of the block stack.  A "finally" block is pushed by
   SETUP_FINALLY and SETUP_WITH; an except-handler block is pushed when an
   exception reaches such a block, and records the stack level under which
   the previously handled exception is kept. */
enum { GP_BLOCK_FINALLY = 1, GP_BLOCK_EXCEPT_HANDLER = 2 };

typedef struct {
    int type;
    int handler; /* code index of the handler */
    int level;   /* value-stack depth when the block was pushed */
} gp_block;

enum { GP_FRAME_CREATED, GP_FRAME_RUNNING, GP_FRAME_SUSPENDED, GP_FRAME_DONE };

/* One activation of a code object.  Locals, cells, free variables and the
   value stack live in one allocation (localsplus): nlocals fast locals, then
   the cells of cellvars, then the cells of freevars, then the stack.

   Invariants: while the frame runs, `cur` points at the code unit of the
   instruction being executed (after any EXTENDED_ARG prefixes), so
   lines[cur - code] is its line; cur is NULL before the first instruction.
   stacktop is NULL while the frame runs in the eval loop and points past
   the top of the value stack while it is paused (a suspended generator, or
   a caller waiting for a callee run in the same eval-loop invocation). */
typedef struct gp_frame {
    gp_obj base;
    struct gp_frame *back;  /* the caller, NULL at the bottom; counted only
                               when back_counted (see gp_frame_hold_callers) */
    gp_code *code;          /* strong */
    gp_obj *func;           /* strong or NULL: the function whose code runs */
    gp_obj *globals;        /* borrowed from func, strong without one */
    gp_obj *builtins;       /* the builtins dict, owned as globals is */
    gp_obj *locals;         /* strong or NULL: the namespace of module and class
                               bodies; for functions the dict locals() returned */
    gp_obj *gen;            /* borrowed: the generator owning this frame */
    gp_obj *trace;          /* f_trace, kept only to be read back */
    const uint16_t *cur;
    gp_obj **stacktop;
    gp_obj **stack;         /* localsplus + nlocals + ncells + nfrees */
    int state;              /* GP_FRAME_* */
    int iblock;
    int nslots;             /* localsplus slots allocated */
    int back_counted;       /* back is a strong reference */
    gp_block blocks[GP_MAX_BLOCKS];
    gp_obj *localsplus[];
} gp_frame;

/* What a LOAD_GLOBAL of one name found, valid while neither dict changed:
   dict versions are unique across all dicts and all changes.  seq makes
   the entry a sequence lock when threads run without the GIL (vm/eval.c). */
typedef struct {
    _Atomic uint32_t seq;
    uint64_t globals_version;
    uint64_t builtins_version;
    gp_obj *globals;
    gp_obj *value; /* borrowed from the dict that holds it */
} gp_global_cache;

/* What attribute access by one name found on one type, valid while the
   type's version tag holds (tags are never reused).  kind says how to use
   it; the descriptor is borrowed from the type's dict. */
enum {
    GP_ATTR_EMPTY = 0,
    GP_ATTR_INSTANCE, /* the type has nothing by that name: only the instance
                         dict (at a positive dictoffset) can hold it */
    GP_ATTR_METHOD,   /* a method descriptor, shadowed only by the instance dict */
    GP_ATTR_DATA,     /* a data descriptor (__slots__ member, property): it
                         alone decides, through its descr_get / descr_set */
    GP_ATTR_OTHER     /* anything else: take the general path */
};

typedef struct {
    gp_type *type;
    uint32_t version;
    int kind;
    gp_obj *descr;
    _Atomic uint32_t seq; /* of the first entry of a name: a sequence lock
                             over all its entries (vm/eval.c) */
} gp_attr_cache;

/* Entries per name: a site that sees a class and its subclass (or two
   classes) stays cached. */
#define GP_ATTR_WAYS 4

/* Per-code data computed once by gp_code_new. */
typedef struct {
    gp_global_cache *globals_cache; /* one per entry of co_names, or NULL */
    gp_attr_cache *attr_cache;      /* GP_ATTR_WAYS per entry of co_names, or NULL */
    int ncells, nfrees;
    int nvars;             /* nlocals + ncells + nfrees */
    int nslots;            /* nvars + stack */
    int simple_args;       /* no *args, **kwargs or keyword-only parameters */
} gp_code_extra;

static inline gp_code_extra *gp_code_extra_of(gp_code *co) { return (gp_code_extra *)co->extra; }

typedef struct {
    gp_obj base;
    gp_obj *code;        /* gp_code */
    gp_obj *globals;     /* dict */
    gp_obj *builtins;    /* dict */
    gp_obj *name;        /* str */
    gp_obj *qualname;    /* str */
    gp_obj *module;      /* __module__ or NULL */
    gp_obj *doc;         /* __doc__ or NULL */
    gp_obj *defaults;    /* tuple or NULL */
    gp_obj *kwdefaults;  /* dict or NULL */
    gp_obj *annotations; /* dict or NULL */
    gp_obj *closure;     /* tuple of cells or NULL */
    gp_obj *dict;        /* __dict__ or NULL */
} gp_function;

typedef struct {
    gp_obj base;
    gp_obj *func;
    gp_obj *self;
} gp_method;

typedef struct {
    gp_obj base;
    gp_obj *ref; /* NULL: empty */
} gp_cell;

typedef struct {
    gp_obj base;
    gp_frame *frame;    /* NULL once the generator has finished */
    gp_obj *code;
    gp_obj *name;
    gp_obj *qualname;
    gp_exc_item exc_state; /* the exception it handles, pushed while it runs */
    char running;
} gp_generator;

/* An interned name kept in a static variable after first use: interned
   strings live as long as the interpreter and every thread finds the same
   one, so racing first uses store the same pointer. */
typedef _Atomic(gp_obj *) gp_name_cache;
static inline gp_obj *gp_vm_name(gp_thread *t, gp_name_cache *cache, const char *s) {
    gp_obj *v = atomic_load_explicit(cache, memory_order_acquire);
    if (!v) {
        v = gp_str_intern_cstr_borrow(t, s);
        atomic_store_explicit(cache, v, memory_order_release);
    }
    return v;
}

/* frame.c: finished frames are kept for reuse per thread, by size
   (nslots), so that a call usually needs no allocation and touches nothing
   another thread uses.  The cache is reached through t->frame_cache and is
   allocated by the first frame that finishes on the thread. */
#define GP_FRAME_CACHE_SIZES 96
#define GP_FRAME_CACHE_DEPTH 48

typedef struct {
    gp_frame *head[GP_FRAME_CACHE_SIZES]; /* linked through `back` */
    uint8_t count[GP_FRAME_CACHE_SIZES];
} gp_frame_cache;

/* A new frame when the cache has none of the size (fn's reference is
   taken over as by gp_frame_new). */
gp_frame *gp_frame_new_alloc(gp_thread *t, gp_code *co, gp_function *fn, gp_obj *globals,
                             gp_obj *builtins, gp_obj *locals);
/* Clear variables [from, vars) of a cached frame that served a code with
   fewer variables. */
void gp_frame_clear_vars(gp_frame *f, int from, int vars);

/* The fields a frame starts with, whether new or taken from the cache;
   its first `vars` slots are already NULL.  Returns f.  A frame that runs
   a function holds the function and borrows its globals and builtins
   (fixed for the function's life, and never cleared before it dies): one
   count per call instead of two.  Code run without a function (module
   bodies, exec, eval) passes fn NULL and the frame holds the dicts.  The
   frame takes over the caller's reference to fn. */
GP_ALWAYS_INLINE gp_frame *gp_frame_start(gp_frame *f, gp_code *co, gp_function *fn,
                                         gp_obj *globals, gp_obj *builtins, gp_obj *locals,
                                         int vars) {
    gp_incref((gp_obj *)co);
    f->code = co;
    if (fn) {
        f->func = (gp_obj *)fn;
        f->globals = fn->globals;
        f->builtins = fn->builtins;
    } else {
        f->func = NULL;
        f->globals = gp_newref(globals);
        f->builtins = gp_newref(builtins);
    }
    f->locals = gp_xnewref(locals);
    f->back = NULL;
    f->back_counted = 0;
    f->gen = NULL;
    f->trace = NULL;
    f->cur = NULL;
    f->stacktop = NULL;
    f->stack = f->localsplus + vars;
    f->state = GP_FRAME_CREATED;
    f->iblock = 0;
    return f;
}

/* The call path inlines this: taking a cached frame is a few loads and
   stores.  It takes over a reference to fn, released if it fails.  A cached frame keeps in iblock how many leading slots are
   already NULL (frame_dealloc), so variables are zeroed only when it
   served a code with fewer of them, whose value stack overlapped ours. */
GP_ALWAYS_INLINE gp_frame *gp_frame_new(gp_thread *t, gp_code *co, gp_function *fn,
                                       gp_obj *globals, gp_obj *builtins, gp_obj *locals) {
    gp_code_extra *ex = gp_code_extra_of(co);
    gp_frame_cache *c = t->frame_cache;
    int n = ex->nslots;
    gp_frame *f;
    if (!c || n >= GP_FRAME_CACHE_SIZES || !(f = c->head[n]))
        return gp_frame_new_alloc(t, co, fn, globals, builtins, locals);
    c->head[n] = f->back;
    c->count[n]--;
    gp_obj_init_header((gp_obj *)f, &gp_frame_type);
    int vars = ex->nvars;
    if (vars > f->iblock) gp_frame_clear_vars(f, f->iblock, vars);
    return gp_frame_start(f, co, fn, globals, builtins, locals, vars);
}
/* A running frame borrows its caller: the caller runs until the frame
   returns, suspends or raises, so counting it would only cost every call.
   A frame that may outlive its call (handed to Python code or a traceback
   by gp_frame_object) must keep its callers alive instead: this counts the
   back reference of f and of every caller above it that borrows.  A frame
   whose back is counted has counted callers above it too (they are the
   same running frames it saw then), so the walk stops there and each frame
   is counted at most once per call.  It stops at a generator's frame as
   well: that one lets go of its caller whenever it suspends, so nothing
   reaches the callers above it through it afterwards. */
void gp_frame_hold_callers(gp_frame *f);
/* Release a counted back reference (f->back stays, borrowed). */
void gp_frame_drop_back(gp_frame *f);
/* Create the cells of co's cellvars (seeded from parameters through
   cell2arg) and copy the closure's cells. */
int gp_frame_init_cells(gp_thread *t, gp_frame *f, gp_obj *closure);
/* Free the calling thread's cache of finished frames (at thread exit). */
void gp_frame_thread_fini(gp_thread *t);
/* Let the cycle collector see f from now on (it may outlive its call). */
void gp_frame_escape(gp_frame *f);
/* The builtins dict to use for code run with globals. */
gp_obj *gp_frame_builtins_for(gp_thread *t, gp_obj *globals);

/* function.c: a function whose frames use the given builtins dict. */
gp_obj *gp_function_new_in(gp_thread *t, gp_obj *code, gp_obj *globals, gp_obj *builtins,
                           gp_obj *qualname);

/* call.c: a frame for func called with these arguments, parameters bound
   (locals: the namespace for class bodies, else NULL). */
gp_frame *gp_call_make_frame(gp_thread *t, gp_function *fn, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames, gp_obj *locals);
/* The same with fn's code as the caller loaded it: another thread may
   replace __code__ meanwhile, and the caller's decisions (generator or
   not, how to pass the arguments) must hold for the frame it gets.  The
   old code stays alive until this thread's next quiescent state. */
gp_frame *gp_call_make_frame_code(gp_thread *t, gp_function *fn, gp_code *co, gp_obj *const *args,
                                  gp_ssize nargs, gp_obj *kwnames, gp_obj *locals);
/* The same for a call whose nargs positional arguments are exactly co's
   parameters (no keywords, no defaults to fill, simple_args): the frame
   takes over the references in args and the reference to fn, which are
   released whatever the outcome. */
gp_frame *gp_call_make_frame_steal(gp_thread *t, gp_function *fn, gp_code *co, gp_obj **args,
                                   gp_ssize nargs);
gp_obj *gp_call_function(gp_thread *t, gp_obj *callable, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames);
/* "f()" / "mod.f()" as CPython names a callable in call errors. */
gp_obj *gp_call_function_str(gp_thread *t, gp_obj *func);

/* eval.c: run f until it returns, raises or yields (throwflag: resume by
   raising the exception set on t). */
gp_obj *gp_eval_frame(gp_thread *t, gp_frame *f, int throwflag);

/* generator.c */
gp_obj *gp_generator_new_steal(gp_thread *t, gp_frame *f, gp_function *fn);
/* Send a value into a generator: 1 yielded (*out), 0 returned (*out is the
   return value), -1 error.  `value` is borrowed. */
int gp_generator_send(gp_thread *t, gp_obj *gen, gp_obj *value, gp_obj **out);

#endif
