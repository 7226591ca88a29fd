/* Frames: allocation and reuse, cells, locals() and the frame object seen
   from Python (tracebacks, sys._getframe). */
#include "runtime/gc.h"
#include "runtime/pstate.h"
#include "vm/frame.h"

/* Finished frames are kept for reuse per thread, by size (nslots; see
   frame.h): a cache per code object would make threads calling the same
   function meet on its lock.  Recursion reuses as many frames of one size
   as the cache holds.  The taking half is gp_frame_new in frame.h. */

void gp_frame_thread_fini(gp_thread *t) {
    gp_frame_cache *c = t->frame_cache;
    if (!c) return;
    t->frame_cache = NULL;
    for (int n = 0; n < GP_FRAME_CACHE_SIZES; n++) {
        gp_frame *f = c->head[n];
        while (f) {
            gp_frame *next = f->back;
            gp_obj_free((gp_obj *)f);
            f = next;
        }
    }
    gp_mem_free(c);
}

void gp_frame_clear_vars(gp_frame *f, int from, int vars) {
    memset(f->localsplus + from, 0, (size_t)(vars - from) * sizeof(gp_obj *));
}

gp_frame *gp_frame_new_alloc(gp_thread *t, gp_code *co, gp_function *fn, gp_obj *globals,
                             gp_obj *builtins, gp_obj *locals) {
    gp_code_extra *ex = gp_code_extra_of(co);
    gp_frame *f = (gp_frame *)gp_obj_alloc(t, &gp_frame_type, ex->nslots);
    if (!f) {
        gp_xdecref((gp_obj *)fn);
        return NULL;
    }
    f->nslots = ex->nslots;
    return gp_frame_start(f, co, fn, globals, builtins, locals, ex->nvars);
}

/* Keep a finished frame whose fields are cleared; 0 when the cache is
   full or cannot be made. */
static int cache_put(gp_frame *f) {
    gp_thread *t = gp_thread_current();
    int n = f->nslots;
    if (!t || n >= GP_FRAME_CACHE_SIZES) return 0;
    gp_frame_cache *c = t->frame_cache;
    if (!c) {
        c = t->frame_cache = gp_mem_calloc(1, sizeof *c);
        if (!c) return 0;
    }
    if (c->count[n] >= GP_FRAME_CACHE_DEPTH) return 0;
    f->back = c->head[n];
    c->head[n] = f;
    c->count[n]++;
    return 1;
}

int gp_frame_init_cells(gp_thread *t, gp_frame *f, gp_obj *closure) {
    gp_code *co = f->code;
    gp_code_extra *ex = gp_code_extra_of(co);
    gp_obj **cells = f->localsplus + co->nlocals;
    for (int i = 0; i < ex->ncells; i++) {
        int arg = co->cell2arg ? co->cell2arg[i] : -1;
        gp_obj *c;
        if (arg >= 0) {
            /* The parameter lives in its cell from now on; every access
               to it goes through LOAD_DEREF. */
            c = gp_cell_new(t, f->localsplus[arg]);
            if (c) gp_clear(&f->localsplus[arg]);
        } else {
            c = gp_cell_new(t, NULL);
        }
        if (!c) return -1;
        gp_setref_steal(&cells[i], c);
    }
    for (int i = 0; i < ex->nfrees; i++) {
        gp_obj *c = closure ? gp_tuple_get_borrow(closure, i) : NULL;
        gp_setref_steal(&cells[ex->ncells + i], gp_xnewref(c));
    }
    return 0;
}

gp_obj *gp_frame_builtins_for(gp_thread *t, gp_obj *globals) {
    static gp_name_cache c_builtins;
    gp_obj *s_builtins = gp_vm_name(t, &c_builtins, "__builtins__");
    gp_obj *b = NULL;
    if (gp_dict_check(globals)) {
        b = gp_dict_get_borrow(t, globals, s_builtins);
        if (!b && t->exc) return NULL;
    }
    if (b && gp_typeof(b) == &gp_module_type) b = gp_module_dict_borrow(b);
    if (!b || !gp_dict_check(b)) b = gp_vm_builtins_borrow(t);
    if (!b) {
        gp_err_set_str(t, &gp_exc_RuntimeError, "no builtins");
        return NULL;
    }
    return gp_newref(b);
}

static void frame_dealloc(gp_obj *o) {
    gp_frame *f = (gp_frame *)o;
    /* Frames always carry a gc head; only escaped ones are tracked. */
    if (gp_gc_head_tracked(GP_GC_HEAD(o))) gp_gc_untrack(o);
    gp_code *co = f->code;
    int n = gp_code_extra_of(co)->nvars;
    for (int i = 0; i < n; i++) gp_clear(&f->localsplus[i]);
    if (f->stacktop) {
        for (gp_obj **p = f->stack; p < f->stacktop; p++) gp_xdecref(*p);
        f->stacktop = NULL;
    }
    gp_frame *back = f->back_counted ? f->back : NULL;
    f->back = NULL;
    f->back_counted = 0;
    if (f->func) {
        f->globals = f->builtins = NULL;
        gp_clear(&f->func);
    } else {
        gp_clear(&f->globals);
        gp_clear(&f->builtins);
    }
    gp_clear(&f->locals);
    gp_clear(&f->trace);
    if (back) gp_decref((gp_obj *)back);
    f->code = NULL;
    f->iblock = n;
    if (!cache_put(f)) gp_obj_free(o);
    gp_decref((gp_obj *)co);
}

static int frame_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_frame *f = (gp_frame *)o;
    /* Only the references the frame holds: the dicts of a function's
       frame are the function's, and a borrowed caller is not held. */
    gp_obj *fields[] = {f->back_counted ? (gp_obj *)f->back : NULL, (gp_obj *)f->code, f->func,
                        f->func ? NULL : f->globals, f->func ? NULL : f->builtins,
                        f->locals, f->trace};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (fields[i]) {
            int r = visit(fields[i], arg);
            if (r) return r;
        }
    }
    if (!f->code) return 0;
    gp_obj **end = f->stacktop ? f->stacktop : f->stack;
    for (gp_obj **p = f->localsplus; p < end; p++) {
        if (*p) {
            int r = visit(*p, arg);
            if (r) return r;
        }
    }
    return 0;
}

/* The cycle collector breaks cycles through finished or paused frames by
   dropping their variables; a paused generator frame cleared this way is
   finished, never resumed. */
static int frame_clear(gp_obj *o) {
    gp_frame *f = (gp_frame *)o;
    if (f->state == GP_FRAME_RUNNING || !f->code) return 0;
    gp_code_extra *ex = gp_code_extra_of(f->code);
    int n = f->code->nlocals + ex->ncells + ex->nfrees;
    gp_obj **top = f->stacktop;
    f->stacktop = NULL;
    f->state = GP_FRAME_DONE;
    if (top) {
        while (top > f->stack) {
            gp_obj *v = *--top;
            gp_xdecref(v);
        }
    }
    for (int i = 0; i < n; i++) gp_clear(&f->localsplus[i]);
    gp_clear(&f->locals);
    gp_clear(&f->trace);
    return 0;
}

/* -------------------------------------------------------------- accessors */

gp_obj *gp_frame_code_borrow(struct gp_frame *f) { return (gp_obj *)f->code; }
gp_obj *gp_frame_globals_borrow(struct gp_frame *f) { return f->globals; }
struct gp_frame *gp_frame_back(struct gp_frame *f) { return f->back; }
/* A frame is only tracked by the cycle collector once something other
   than the eval loop may hold it (a traceback, sys._getframe(), a
   generator): most frames never escape, and tracking costs on every call. */
void gp_frame_escape(gp_frame *f) { gp_gc_track((gp_obj *)f); }

void gp_frame_hold_callers(gp_frame *f) {
    for (; !f->gen && f->back && !f->back_counted; f = f->back) {
        gp_incref((gp_obj *)f->back);
        f->back_counted = 1;
    }
}

void gp_frame_drop_back(gp_frame *f) {
    f->back_counted = 0;
    gp_decref((gp_obj *)f->back);
}

gp_obj *gp_frame_object(gp_thread *t, struct gp_frame *f) {
    gp_frame_hold_callers(f);
    gp_frame_escape(f);
    return gp_newref((gp_obj *)f);
}

int gp_frame_lineno(struct gp_frame *f) {
    gp_code *co = f->code;
    if (!f->cur) return co->firstlineno;
    gp_ssize i = f->cur - co->code;
    while (i >= 0 && co->lines[i] < 0) i--;
    return i >= 0 ? co->lines[i] : co->firstlineno;
}

/* Copy one group of fast variables into the locals dict: bound names are
   set, unbound ones removed. */
static int map_to_dict(gp_thread *t, gp_obj *dict, gp_obj *names, gp_obj **values, int n,
                       int cells) {
    for (int i = 0; i < n; i++) {
        gp_obj *name = gp_tuple_get_borrow(names, i);
        gp_obj *v = values[i];
        if (cells && v) v = gp_cell_get_borrow(v);
        if (v) {
            if (gp_dict_set(t, dict, name, v) < 0) return -1;
        } else {
            gp_obj *old = NULL;
            if (gp_dict_pop(t, dict, name, &old) < 0) return -1;
            gp_xdecref(old);
        }
    }
    return 0;
}

gp_obj *gp_frame_locals(gp_thread *t, struct gp_frame *f) {
    gp_code *co = f->code;
    if (!(co->flags & GP_CO_OPTIMIZED)) {
        if (!f->locals) {
            f->locals = gp_dict_new(t);
            if (!f->locals) return NULL;
        }
        return gp_newref(f->locals);
    }
    if (!f->locals) {
        f->locals = gp_dict_new(t);
        if (!f->locals) return NULL;
    }
    gp_code_extra *ex = gp_code_extra_of(co);
    gp_obj **cells = f->localsplus + co->nlocals;
    if (map_to_dict(t, f->locals, co->varnames, f->localsplus, co->nlocals, 0) < 0 ||
        map_to_dict(t, f->locals, co->cellvars, cells, ex->ncells, 1) < 0 ||
        map_to_dict(t, f->locals, co->freevars, cells + ex->ncells, ex->nfrees, 1) < 0)
        return NULL;
    return gp_newref(f->locals);
}

gp_obj *gp_vm_globals_borrow(gp_thread *t) {
    if (t->frame) return t->frame->globals;
    gp_interp *interp = t->interp;
    if (!interp->modules || !gp_dict_check(interp->modules)) return NULL;
    gp_obj *main = gp_dict_get_str_borrow(t, interp->modules, "__main__");
    if (!main || gp_typeof(main) != &gp_module_type) return NULL;
    return gp_module_dict_borrow(main);
}

gp_obj *gp_vm_builtins_borrow(gp_thread *t) {
    if (t->frame) return t->frame->builtins;
    return t->interp->builtins;
}

/* ------------------------------------------------------------ frame object */

static gp_obj *frame_repr(gp_thread *t, gp_obj *o) {
    gp_frame *f = (gp_frame *)o;
    return gp_str_from_format(t, "<frame at %p, file %R, line %d, code %U>", o, f->code->filename,
                              gp_frame_lineno(f), f->code->name);
}

/* A frame that another thread may be running, or may resume, while this
   one reads it (a frame object handed over, a generator's frame): its
   position, its variables and its chain of callers change under the
   reader, and a caller it borrows can return and be freed meanwhile.
   Without the GIL such reads run with the other threads stopped (even of
   a finished frame: its state is the running thread's to write); frames
   on this thread's own stack, and any frame while one thread runs or the
   GIL is on, are read directly. */
static int frame_is_foreign(gp_thread *t, gp_frame *f) {
    if (!gp_is_threaded() || gp_gil_is_on(t->interp)) return 0;
    for (gp_frame *g = t->frame; g; g = g->back)
        if (g == f) return 0;
    return 1;
}

typedef gp_obj *(*frame_reader)(gp_thread *t, gp_frame *f);

static gp_obj *frame_read(gp_thread *t, gp_frame *f, frame_reader read) {
    if (!frame_is_foreign(t, f)) return read(t, f);
    gp_stop_the_world(t);
    gp_obj *r = read(t, f);
    gp_start_the_world(t);
    return r;
}

static gp_obj *read_lineno(gp_thread *t, gp_frame *f) {
    return gp_int_from_ssize(t, gp_frame_lineno(f));
}

static gp_obj *read_lasti(gp_thread *t, gp_frame *f) {
    (void)t;
    if (!f->cur) return gp_small_new(-1);
    return gp_small_new((f->cur - f->code->code) * 2);
}

static gp_obj *read_back(gp_thread *t, gp_frame *f) {
    return f->back ? gp_frame_object(t, f->back) : GP_NONE;
}

static gp_obj *frame_get_locals(gp_thread *t, gp_obj *o, void *c) {
    return frame_read(t, (gp_frame *)o, gp_frame_locals);
}

static gp_obj *frame_get_lineno(gp_thread *t, gp_obj *o, void *c) {
    return frame_read(t, (gp_frame *)o, read_lineno);
}

static gp_obj *frame_get_lasti(gp_thread *t, gp_obj *o, void *c) {
    return frame_read(t, (gp_frame *)o, read_lasti);
}

static gp_obj *frame_get_back(gp_thread *t, gp_obj *o, void *c) {
    return frame_read(t, (gp_frame *)o, read_back);
}

static gp_obj *frame_get_trace(gp_thread *t, gp_obj *o, void *c) {
    gp_frame *f = (gp_frame *)o;
    return gp_newref(f->trace ? f->trace : GP_NONE);
}

static int frame_set_trace(gp_thread *t, gp_obj *o, gp_obj *v, void *c) {
    gp_frame *f = (gp_frame *)o;
    if (v == GP_NONE) v = NULL;
    gp_setref_steal(&f->trace, gp_xnewref(v));
    return 0;
}

static const gp_getset_def frame_getset[] = {
    {"f_locals", frame_get_locals, NULL, NULL, NULL},
    {"f_lineno", frame_get_lineno, NULL, NULL, NULL},
    {"f_lasti", frame_get_lasti, NULL, NULL, NULL},
    {"f_back", frame_get_back, NULL, NULL, NULL},
    {"f_trace", frame_get_trace, frame_set_trace, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const gp_member_def frame_members[] = {
    {"f_code", GP_MEMBER_OBJECT, offsetof(gp_frame, code), GP_MEMBER_READONLY, NULL},
    {"f_globals", GP_MEMBER_OBJECT, offsetof(gp_frame, globals), GP_MEMBER_READONLY, NULL},
    {"f_builtins", GP_MEMBER_OBJECT, offsetof(gp_frame, builtins), GP_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

gp_type gp_frame_type = {
    GP_TYPE_HEAD,
    .name = "frame",
    .basicsize = sizeof(gp_frame),
    .itemsize = sizeof(gp_obj *),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = frame_dealloc,
    .repr = frame_repr,
    .traverse = frame_traverse,
    .clear = frame_clear,
    .getset = frame_getset,
    .members = frame_members,
};

int gp_vm_init(gp_thread *t) {
    gp_type *types[] = {&gp_code_type,  &gp_function_type, &gp_method_type,
                        &gp_cell_type,  &gp_frame_type,    &gp_generator_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (gp_type_ready(t, types[i]) < 0) return -1;
    return 0;
}
