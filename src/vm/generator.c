/* Generators: a frame kept on the heap between resumptions, with send(),
   throw(), close(), delegation through `yield from` and PEP 479. */
#include "runtime/gc.h"
#include "vm/frame.h"

gp_obj *gp_generator_new_steal(gp_thread *t, gp_frame *f, gp_function *fn) {
    gp_generator *g = (gp_generator *)gp_obj_alloc(t, &gp_generator_type, 0);
    if (!g) {
        gp_decref((gp_obj *)f);
        return NULL;
    }
    g->frame = f;
    f->gen = (gp_obj *)g;
    gp_frame_escape(f);
    g->code = gp_newref((gp_obj *)f->code);
    g->name = gp_newref(fn ? fn->name : f->code->name);
    g->qualname = gp_newref(fn ? fn->qualname : f->code->qualname);
    gp_gc_track((gp_obj *)g);
    return (gp_obj *)g;
}

/* The generator has returned or raised: it lets go of its frame. */
static void gen_finish(gp_generator *g) {
    gp_frame *f = g->frame;
    g->frame = NULL;
    gp_clear(&g->exc_state.exc);
    if (f) {
        f->gen = NULL;
        gp_decref((gp_obj *)f);
    }
}

/* The iterator a suspended generator delegates to with `yield from`: it
   sits on top of the stack while the frame waits at YIELD_FROM.  Borrowed. */
static gp_obj *gen_yf(gp_generator *g) {
    gp_frame *f = g->frame;
    if (!f || f->state != GP_FRAME_SUSPENDED || !f->cur) return NULL;
    if ((f->cur[1] & 0xff) != OP_YIELD_FROM) return NULL;
    return f->stacktop[-1];
}

static __attribute__((noinline, cold)) int gen_claim_refused(gp_thread *t) {
    gp_err_set_str(t, &gp_exc_ValueError, "generator already executing");
    return -1;
}

/* Mark the generator running, atomically once other threads run, so that
   two threads can never run its frame at once: the loser gets CPython's
   ValueError.  A single thread needs no atomic operation.  Inline: every
   resume of every generator passes here. */
static inline __attribute__((always_inline)) int gen_claim(gp_thread *t, gp_generator *g) {
    int was = gp_is_threaded() ? __atomic_exchange_n(&g->running, 1, __ATOMIC_ACQ_REL)
                               : __atomic_load_n(&g->running, __ATOMIC_RELAXED);
    if (was) return gen_claim_refused(t);
    __atomic_store_n(&g->running, 1, __ATOMIC_RELAXED);
    return 0;
}

static void gen_unclaim(gp_generator *g) { __atomic_store_n(&g->running, 0, __ATOMIC_RELEASE); }

/* Resume the generator.  arg is the value sent (NULL from __next__); with
   exc set the exception on t is raised at the paused yield instead.
   1: yielded *out; 0: returned *out; -1: raised (or, with no exception
   set, an exhausted generator was advanced by __next__). */
static int gen_send_ex(gp_thread *t, gp_generator *g, gp_obj *arg, int exc, gp_obj **out) {
    *out = NULL;
    if (gen_claim(t, g) < 0) return -1;
    gp_frame *f = g->frame;
    if (!f || f->state == GP_FRAME_DONE) {
        gen_unclaim(g);
        if (arg && !exc) {
            *out = GP_NONE;
            return 0;
        }
        return -1;
    }
    if (f->state == GP_FRAME_CREATED) {
        if (!exc && arg && arg != GP_NONE) {
            gen_unclaim(g);
            gp_err_set_str(t, &gp_exc_TypeError,
                           "can't send non-None value to a just-started generator");
            return -1;
        }
        f->stacktop = f->stack;
    }
    /* None (what iteration sends) is immortal: pushed without a count. */
    *f->stacktop++ = arg && arg != GP_NONE ? gp_newref(arg) : GP_NONE;

    g->exc_state.prev = t->exc_info;
    t->exc_info = &g->exc_state;
    if (exc && g->exc_state.exc && t->exc && t->exc != g->exc_state.exc)
        gp_exc_set_context_steal(t->exc, gp_newref(g->exc_state.exc));
    /* The generator's reference keeps the frame alive while it runs: only
       gen_finish drops it, and only the claim holder calls that (the
       caller holds the generator).  f is not touched after gen_finish. */
    gp_obj *result = gp_eval_frame(t, f, exc);
    t->exc_info = g->exc_state.prev;
    g->exc_state.prev = NULL;
    int state = f->state;

    /* The generator stays claimed until its frame state and exception
       state are read and, when it ended, dropped: another thread may
       resume it as soon as it is unclaimed. */
    int r;
    if (result) {
        *out = result;
        if (state == GP_FRAME_SUSPENDED) {
            r = 1;
        } else {
            gen_finish(g);
            r = 0;
        }
        gen_unclaim(g);
        return r;
    }
    if (gp_err_matches(t, &gp_exc_StopIteration)) {
        /* PEP 479: a StopIteration escaping the body is a bug, not the
           end of iteration. */
        gp_obj *si = gp_err_fetch(t);
        gp_err_set_str(t, &gp_exc_RuntimeError, "generator raised StopIteration");
        if (t->exc) {
            gp_exc_set_cause_steal(t->exc, gp_newref(si));
            gp_exc_set_context_steal(t->exc, gp_newref(si));
        }
        gp_decref(si);
    }
    gen_finish(g);
    gen_unclaim(g);
    return -1;
}

/* Raise StopIteration carrying a return value (none for None). */
static void set_stop_value(gp_thread *t, gp_obj *value) {
    if (value == GP_NONE) {
        gp_err_set(t, &gp_exc_StopIteration, NULL);
        return;
    }
    gp_obj *e = gp_exc_new(t, &gp_exc_StopIteration, &value, 1);
    if (e) gp_err_raise_steal(t, e);
}

/* The outcome of gen_send_ex as a Python method returns it. */
static gp_obj *gen_result(gp_thread *t, int r, gp_obj *out) {
    if (r == 1) return out;
    if (r == 0) {
        set_stop_value(t, out);
        gp_decref(out);
        return NULL;
    }
    if (!t->exc) gp_err_set(t, &gp_exc_StopIteration, NULL);
    return NULL;
}

int gp_generator_send(gp_thread *t, gp_obj *gen, gp_obj *value, gp_obj **out) {
    return gen_send_ex(t, (gp_generator *)gen, value, 0, out);
}

static gp_obj *gen_iternext(gp_thread *t, gp_obj *o) {
    gp_obj *out;
    int r = gen_send_ex(t, (gp_generator *)o, NULL, 0, &out);
    if (r == 1) return out;
    if (r == 0) {
        if (out != GP_NONE) set_stop_value(t, out);
        gp_decref(out);
    }
    return NULL;
}

static gp_obj *gen_send(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (gp_args_no_kw(t, "send", kwnames) < 0 || gp_args_count(t, "send", nargs, 1, 1) < 0)
        return NULL;
    gp_obj *out;
    int r = gen_send_ex(t, (gp_generator *)self, args[0], 0, &out);
    return gen_result(t, r, out);
}

static gp_obj *gen_close_impl(gp_thread *t, gp_generator *g);

/* Close the iterator a generator delegates to: 0, or -1 with an error. */
static int close_iter(gp_thread *t, gp_obj *yf) {
    static gp_name_cache c_close;
    gp_obj *s_close = gp_vm_name(t, &c_close, "close");
    gp_obj *r;
    if (gp_typeof(yf) == &gp_generator_type) {
        r = gen_close_impl(t, (gp_generator *)yf);
    } else {
        gp_obj *meth = NULL;
        int found = gp_obj_lookup_attr(t, yf, s_close, &meth);
        if (found < 0) return -1;
        if (found == 0) return 0;
        r = gp_call0(t, meth);
        gp_decref(meth);
    }
    if (!r) return -1;
    gp_decref(r);
    return 0;
}

static gp_obj *gen_close_impl(gp_thread *t, gp_generator *g) {
    /* The frame's state is read, and a frame that never ran is dropped,
       with the generator claimed, so that another thread resuming it at
       the same time is refused instead of racing. */
    if (gen_claim(t, g) < 0) return NULL;
    gp_frame *f = g->frame;
    if (!f || f->state == GP_FRAME_DONE || f->state == GP_FRAME_CREATED) {
        if (f && f->state == GP_FRAME_CREATED) gen_finish(g);
        gen_unclaim(g);
        return GP_NONE;
    }
    gp_obj *yf = gen_yf(g);
    int err = 0;
    if (yf) {
        gp_incref(yf);
        err = close_iter(t, yf);
    }
    gen_unclaim(g);
    if (yf) gp_decref(yf);
    if (err == 0) gp_err_set(t, &gp_exc_GeneratorExit, NULL);
    gp_obj *out;
    int r = gen_send_ex(t, g, GP_NONE, 1, &out);
    if (r == 1) {
        gp_decref(out);
        gp_err_set_str(t, &gp_exc_RuntimeError, "generator ignored GeneratorExit");
        return NULL;
    }
    if (r == 0) {
        gp_decref(out);
        return GP_NONE;
    }
    if (gp_err_matches(t, &gp_exc_StopIteration) || gp_err_matches(t, &gp_exc_GeneratorExit)) {
        gp_err_clear(t);
        return GP_NONE;
    }
    return NULL;
}

static gp_obj *gen_close(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (gp_args_no_kw(t, "close", kwnames) < 0 || gp_args_count(t, "close", nargs, 0, 0) < 0)
        return NULL;
    return gen_close_impl(t, (gp_generator *)self);
}

/* Turn throw()'s (type, value, traceback) into one exception instance and
   set it on t, as the raise statement would build it. */
static int set_thrown(gp_thread *t, gp_obj *typ, gp_obj *val, gp_obj *tb) {
    if (tb == GP_NONE) tb = NULL;
    if (tb && gp_typeof(tb) != &gp_traceback_type) {
        gp_err_set_str(t, &gp_exc_TypeError, "throw() third argument must be a traceback object");
        return -1;
    }
    gp_obj *inst;
    if (gp_type_check(typ) && gp_type_is_subtype((gp_type *)typ, &gp_exc_BaseException)) {
        if (val && val != GP_NONE && gp_obj_isinstance(t, val, typ) == 1) {
            inst = gp_newref(val);
        } else if (!val || val == GP_NONE) {
            inst = gp_call0(t, typ);
        } else if (gp_tuple_check(val)) {
            inst = gp_call_tuple_dict(t, typ, val, NULL);
        } else {
            inst = gp_call1(t, typ, val);
        }
        if (!inst) return -1;
        if (!GP_FAST_CHECK(inst, GP_TPFLAGS_BASE_EXC_SUBCLASS)) {
            gp_err_format(t, &gp_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %s",
                          typ, gp_type_name(gp_typeof(inst)));
            gp_decref(inst);
            return -1;
        }
    } else if (GP_FAST_CHECK(typ, GP_TPFLAGS_BASE_EXC_SUBCLASS)) {
        if (val && val != GP_NONE) {
            gp_err_set_str(t, &gp_exc_TypeError, "instance exception may not have a separate value");
            return -1;
        }
        inst = gp_newref(typ);
    } else {
        gp_err_format(t, &gp_exc_TypeError,
                      "exceptions must be classes or instances deriving from BaseException, not %s",
                      gp_type_name(gp_typeof(typ)));
        return -1;
    }
    if (tb) gp_exc_set_traceback(inst, tb);
    gp_err_restore_steal(t, inst);
    return 0;
}

static gp_obj *gen_throw_impl(gp_thread *t, gp_generator *g, int close_on_genexit, gp_obj *typ,
                              gp_obj *val, gp_obj *tb) {
    static gp_name_cache c_throw;
    gp_obj *s_throw = gp_vm_name(t, &c_throw, "throw");
    gp_obj *out;
    gp_obj *yf = gen_yf(g);
    if (yf) {
        gp_obj *ret = NULL;
        gp_incref(yf);
        int is_genexit = typ == (gp_obj *)&gp_exc_GeneratorExit ||
                         (!gp_is_small(typ) && typ->ob_type == &gp_exc_GeneratorExit);
        if (is_genexit && close_on_genexit) {
            /* Close the inner iterator first, then raise GeneratorExit
               here, as close() does. */
            if (gen_claim(t, g) < 0) {
                gp_decref(yf);
                return NULL;
            }
            int err = close_iter(t, yf);
            gen_unclaim(g);
            gp_decref(yf);
            if (err < 0) {
                int r = gen_send_ex(t, g, GP_NONE, 1, &out);
                return gen_result(t, r, out);
            }
            goto throw_here;
        }
        if (gp_typeof(yf) == &gp_generator_type) {
            if (gen_claim(t, g) < 0) {
                gp_decref(yf);
                return NULL;
            }
            ret = gen_throw_impl(t, (gp_generator *)yf, close_on_genexit, typ, val, tb);
            gen_unclaim(g);
        } else {
            gp_obj *meth = NULL;
            int found = gp_obj_lookup_attr(t, yf, s_throw, &meth);
            if (found <= 0) {
                gp_decref(yf);
                if (found < 0) return NULL;
                goto throw_here;
            }
            gp_obj *targs[3] = {typ, val ? val : GP_NONE, tb ? tb : GP_NONE};
            gp_ssize n = tb ? 3 : val ? 2 : 1;
            if (gen_claim(t, g) < 0) {
                gp_decref(meth);
                gp_decref(yf);
                return NULL;
            }
            ret = gp_call(t, meth, targs, n, NULL);
            gen_unclaim(g);
            gp_decref(meth);
        }
        gp_decref(yf);
        if (!ret) {
            /* The inner iterator finished: drop it, step past YIELD_FROM
               and continue the generator with its result or exception. */
            gp_frame *f = g->frame;
            gp_obj *recv = *--f->stacktop;
            gp_decref(recv);
            f->cur += 1;
            int r;
            if (gp_err_matches(t, &gp_exc_StopIteration)) {
                gp_obj *si = gp_err_fetch(t);
                gp_obj *v = gp_exc_stopiteration_value_borrow(si);
                if (!v) v = GP_NONE;
                gp_incref(v);
                gp_decref(si);
                r = gen_send_ex(t, g, v, 0, &out);
                gp_decref(v);
            } else {
                r = gen_send_ex(t, g, GP_NONE, 1, &out);
            }
            return gen_result(t, r, out);
        }
        return ret;
    }
throw_here:
    if (set_thrown(t, typ, val, tb) < 0) return NULL;
    int r = gen_send_ex(t, g, GP_NONE, 1, &out);
    return gen_result(t, r, out);
}

static gp_obj *gen_throw(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (gp_args_no_kw(t, "throw", kwnames) < 0 || gp_args_count(t, "throw", nargs, 1, 3) < 0)
        return NULL;
    return gen_throw_impl(t, (gp_generator *)self, 1, args[0], nargs > 1 ? args[1] : NULL,
                          nargs > 2 ? args[2] : NULL);
}

/* PEP 442 finalizer: a generator paused inside its body is closed, so its
   finally blocks and context managers run.  Called once, by the cycle
   collector or by gen_dealloc. */
static void gen_finalize(gp_thread *t, gp_obj *o) {
    gp_generator *g = (gp_generator *)o;
    if (!g->frame || g->frame->state != GP_FRAME_SUSPENDED) return;
    gp_obj *saved = gp_err_fetch(t);
    gp_obj *r = gen_close_impl(t, g);
    if (r)
        gp_decref(r);
    else
        gp_err_write_unraisable(t, o);
    gp_err_restore_steal(t, saved);
}

static void gen_dealloc(gp_obj *o) {
    gp_generator *g = (gp_generator *)o;
    if (g->frame && g->frame->state == GP_FRAME_SUSPENDED && !gp_gc_is_finalized(o)) {
        gp_gc_set_finalized(o);
        /* Revive the dying generator while it closes; it is freed afterwards
           only if nothing took a new reference meanwhile. */
        gp_obj_init_header(o, o->ob_type);
        gen_finalize(gp_thread_current(), o);
        if (!gp_decref_keep(o)) return;
    }
    gp_gc_untrack(o);
    gen_finish(g);
    gp_clear(&g->code);
    gp_clear(&g->name);
    gp_clear(&g->qualname);
    gp_obj_free(o);
}

static int gen_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_generator *g = (gp_generator *)o;
    gp_obj *fields[] = {(gp_obj *)g->frame, g->code, g->name, g->qualname, g->exc_state.exc};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (fields[i]) {
            int r = visit(fields[i], arg);
            if (r) return r;
        }
    }
    return 0;
}

static gp_obj *gen_repr(gp_thread *t, gp_obj *o) {
    return gp_str_from_format(t, "<generator object %U at %p>", ((gp_generator *)o)->qualname, o);
}

static gp_obj *gen_iter(gp_thread *t, gp_obj *o) { return gp_newref(o); }

static gp_obj *gen_get_frame(gp_thread *t, gp_obj *o, void *c) {
    gp_generator *g = (gp_generator *)o;
    return gp_newref(g->frame ? (gp_obj *)g->frame : GP_NONE);
}

static gp_obj *gen_get_running(gp_thread *t, gp_obj *o, void *c) {
    gp_generator *g = (gp_generator *)o;
    return gp_bool_from(__atomic_load_n(&g->running, __ATOMIC_RELAXED));
}

static gp_obj *gen_get_suspended(gp_thread *t, gp_obj *o, void *c) {
    gp_generator *g = (gp_generator *)o;
    return gp_bool_from(g->frame && g->frame->state == GP_FRAME_SUSPENDED);
}

static gp_obj *gen_get_yieldfrom(gp_thread *t, gp_obj *o, void *c) {
    gp_obj *yf = gen_yf((gp_generator *)o);
    return gp_newref(yf ? yf : GP_NONE);
}

static gp_obj *gen_get_name(gp_thread *t, gp_obj *o, void *c) {
    return gp_newref(((gp_generator *)o)->name);
}

static int gen_set_name(gp_thread *t, gp_obj *o, gp_obj *v, void *c) {
    if (!v || !gp_str_check(v)) {
        gp_err_set_str(t, &gp_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    gp_setref_steal(&((gp_generator *)o)->name, gp_newref(v));
    return 0;
}

static gp_obj *gen_get_qualname(gp_thread *t, gp_obj *o, void *c) {
    return gp_newref(((gp_generator *)o)->qualname);
}

static int gen_set_qualname(gp_thread *t, gp_obj *o, gp_obj *v, void *c) {
    if (!v || !gp_str_check(v)) {
        gp_err_set_str(t, &gp_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    gp_setref_steal(&((gp_generator *)o)->qualname, gp_newref(v));
    return 0;
}

static const gp_getset_def gen_getset[] = {
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL},
    {"__name__", gen_get_name, gen_set_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static const gp_member_def gen_members[] = {
    {"gi_code", GP_MEMBER_OBJECT, offsetof(gp_generator, code), GP_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static const gp_method_def gen_methods[] = {
    {"send", gen_send, 0, NULL},
    {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_generator_type = {
    GP_TYPE_HEAD,
    .name = "generator",
    .basicsize = sizeof(gp_generator),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = gen_dealloc,
    .finalize = gen_finalize,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .traverse = gen_traverse,
    .getset = gen_getset,
    .members = gen_members,
    .methods = gen_methods,
};
