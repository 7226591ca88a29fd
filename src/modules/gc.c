/* The gc module: the Python face of the cycle collector (runtime/gc.c). */
#include "gilpy_core.h"
#include "runtime/gc.h"
#include "runtime/pstate.h"

#define NUM_GENERATIONS 3

static gp_obj *none(void) { return GP_NONE; }

#define NO_ARGS(name)                                                                   \
    if (gp_args_no_kw(t, name, kw) < 0 || gp_args_count(t, name, nargs, 0, 0) < 0) return NULL

static gp_obj *gc_enable(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    NO_ARGS("enable");
    gp_gc_set_enabled(t, 1);
    return none();
}

static gp_obj *gc_disable(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    NO_ARGS("disable");
    gp_gc_set_enabled(t, 0);
    return none();
}

static gp_obj *gc_isenabled(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    NO_ARGS("isenabled");
    return gp_newref(gp_gc_is_enabled(t) ? GP_TRUE : GP_FALSE);
}

/* An int argument as CPython's "i" format reads it. */
static int int_arg(gp_thread *t, gp_obj *o, gp_ssize *out) {
    if (gp_float_check(o)) {
        gp_err_format(t, &gp_exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    return gp_number_as_ssize(t, o, &gp_exc_OverflowError, out);
}

static gp_obj *gc_collect(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    static const char *const names[] = {"generation", NULL};
    static const gp_argspec spec = {"collect", names, 0, -1};
    gp_obj *a[1];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    gp_ssize gen = NUM_GENERATIONS - 1;
    if (a[0] && int_arg(t, a[0], &gen) < 0) return NULL;
    if (gen < 0 || gen >= NUM_GENERATIONS)
        return gp_err_format(t, &gp_exc_ValueError, "invalid generation");
    return gp_int_from_ssize(t, gp_gc_collect(t, (int)gen));
}

static gp_obj *triple(gp_thread *t, const gp_ssize v[3]) {
    gp_obj *a = gp_int_from_ssize(t, v[0]);
    gp_obj *b = a ? gp_int_from_ssize(t, v[1]) : NULL;
    gp_obj *c = b ? gp_int_from_ssize(t, v[2]) : NULL;
    gp_obj *r = c ? gp_tuple_pack(t, 3, a, b, c) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    gp_xdecref(c);
    return r;
}

static gp_obj *gc_get_count(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    NO_ARGS("get_count");
    gp_ssize v[3];
    gp_gc_get_counts(t, v);
    return triple(t, v);
}

static gp_obj *gc_get_threshold(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kw) {
    NO_ARGS("get_threshold");
    gp_ssize v[3];
    gp_gc_get_thresholds(t, v);
    return triple(t, v);
}

static gp_obj *gc_set_threshold(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kw) {
    if (gp_args_no_kw(t, "set_threshold", kw) < 0) return NULL;
    if (nargs < 1)
        return gp_err_format(t, &gp_exc_TypeError, "set_threshold() takes at least 1 argument (0 given)");
    if (nargs > 3)
        return gp_err_format(t, &gp_exc_TypeError, "set_threshold() takes at most 3 arguments (%zd given)",
                             nargs);
    gp_ssize v[3];
    for (gp_ssize i = 0; i < nargs; i++)
        if (int_arg(t, args[i], &v[i]) < 0) return NULL;
    gp_gc_set_thresholds(t, v, (int)nargs);
    return none();
}

static gp_obj *gc_get_debug(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    NO_ARGS("get_debug");
    return gp_int_from_ssize(t, gp_gc_get_debug(t));
}

static gp_obj *gc_set_debug(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "set_debug", kw) < 0 || gp_args_count(t, "set_debug", nargs, 1, 1) < 0) return NULL;
    gp_ssize flags;
    if (int_arg(t, args[0], &flags) < 0) return NULL;
    gp_gc_set_debug(t, (int)flags);
    return none();
}

static gp_obj *gc_get_objects(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kw) {
    static const char *const names[] = {"generation", NULL};
    static const gp_argspec spec = {"get_objects", names, 0, -1};
    gp_obj *a[1];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    if (!a[0] || a[0] == GP_NONE) return gp_gc_get_objects(t, 0, NUM_GENERATIONS - 1);
    gp_ssize gen;
    if (int_arg(t, a[0], &gen) < 0) return NULL;
    if (gen >= NUM_GENERATIONS)
        return gp_err_format(t, &gp_exc_ValueError,
                             "generation parameter must be less than the number of available generations (%i)",
                             NUM_GENERATIONS);
    if (gen < 0) return gp_err_format(t, &gp_exc_ValueError, "generation parameter cannot be negative");
    return gp_gc_get_objects(t, (int)gen, (int)gen);
}

static gp_obj *gc_get_stats(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    NO_ARGS("get_stats");
    return gp_gc_get_stats(t);
}

static gp_obj *gc_is_tracked(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "is_tracked", kw) < 0 || gp_args_count(t, "is_tracked", nargs, 1, 1) < 0)
        return NULL;
    return gp_newref(gp_gc_is_tracked(args[0]) ? GP_TRUE : GP_FALSE);
}

static gp_obj *gc_is_finalized(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                               gp_obj *kw) {
    if (gp_args_no_kw(t, "is_finalized", kw) < 0 || gp_args_count(t, "is_finalized", nargs, 1, 1) < 0)
        return NULL;
    return gp_newref(gp_gc_is_finalized(args[0]) ? GP_TRUE : GP_FALSE);
}

/* get_referents collects through a traverse callback: with the world
   stopped, so that no thread changes a container under the walk, into a
   plain array of new references; the list is built afterwards, since
   building it allocates. */
typedef struct {
    gp_obj **items;
    size_t n, cap;
    int nomem;
} referents;

static int visit_collect(gp_obj *o, void *arg) {
    referents *c = arg;
    if (c->n == c->cap) {
        size_t ncap = c->cap ? c->cap * 2 : 64;
        gp_obj **ni = gp_mem_realloc(c->items, ncap * sizeof *ni);
        if (!ni) {
            c->nomem = 1;
            return -1;
        }
        c->items = ni;
        c->cap = ncap;
    }
    gp_incref(o);
    c->items[c->n++] = o;
    return 0;
}

static gp_obj *gc_get_referents(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kw) {
    if (gp_args_no_kw(t, "get_referents", kw) < 0) return NULL;
    referents c = {NULL, 0, 0, 0};
    gp_stop_the_world(t);
    for (gp_ssize i = 0; i < nargs && !c.nomem; i++) {
        gp_obj *o = args[i];
        if (!gp_gc_is_gc(o) || !o->ob_type->traverse) continue;
        o->ob_type->traverse(o, visit_collect, &c);
    }
    gp_start_the_world(t);
    gp_obj *list = c.nomem ? NULL : gp_list_new(t, 0);
    for (size_t i = 0; i < c.n; i++) {
        if (list && gp_list_append(t, list, c.items[i]) < 0) gp_clear(&list);
        gp_decref(c.items[i]);
    }
    gp_mem_free(c.items);
    if (c.nomem) return gp_err_nomemory(t);
    return list;
}

static gp_obj *gc_get_referrers(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kw) {
    if (gp_args_no_kw(t, "get_referrers", kw) < 0) return NULL;
    return gp_gc_get_referrers(t, args, nargs);
}

static gp_obj *gc_freeze(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    NO_ARGS("freeze");
    gp_gc_freeze(t);
    return none();
}

static gp_obj *gc_unfreeze(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    NO_ARGS("unfreeze");
    gp_gc_unfreeze(t);
    return none();
}

static gp_obj *gc_get_freeze_count(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                   gp_obj *kw) {
    NO_ARGS("get_freeze_count");
    return gp_int_from_ssize(t, gp_gc_freeze_count(t));
}

static const gp_method_def gc_functions[] = {
    {"enable", gc_enable, 0, "Enable automatic garbage collection."},
    {"disable", gc_disable, 0, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, 0, "Returns true if automatic garbage collection is enabled."},
    {"collect", gc_collect, 0, "Run the garbage collector."},
    {"get_count", gc_get_count, 0, "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold, 0, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, 0, "set_threshold(threshold0, [threshold1, threshold2]) -> None"},
    {"get_debug", gc_get_debug, 0, "Get the garbage collection debugging flags."},
    {"set_debug", gc_set_debug, 0, "Set the garbage collection debugging flags."},
    {"get_objects", gc_get_objects, 0,
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_stats", gc_get_stats, 0, "Return a list of dictionaries containing per-generation statistics."},
    {"is_tracked", gc_is_tracked, 0, "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized, 0, "Returns true if the object has been already finalized by the GC."},
    {"get_referents", gc_get_referents, 0, "get_referents(*objs) -> list"},
    {"get_referrers", gc_get_referrers, 0, "get_referrers(*objs) -> list"},
    {"freeze", gc_freeze, 0, "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze, 0, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, 0, "Return the number of objects in the permanent generation."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_gc_init(gp_thread *t) {
    gp_obj *m = gp_module_new(t, "gc");
    if (!m) return NULL;
    gp_obj *garbage = gp_gc_garbage_borrow(t);
    gp_obj *callbacks = gp_gc_callbacks_borrow(t);
    if (!garbage || !callbacks || gp_module_add_functions(t, m, gc_functions) < 0 ||
        gp_module_add_object(t, m, "garbage", garbage) < 0 ||
        gp_module_add_object(t, m, "callbacks", callbacks) < 0 ||
        gp_module_add_int(t, m, "DEBUG_STATS", 1) < 0 || gp_module_add_int(t, m, "DEBUG_COLLECTABLE", 2) < 0 ||
        gp_module_add_int(t, m, "DEBUG_UNCOLLECTABLE", 4) < 0 ||
        gp_module_add_int(t, m, "DEBUG_SAVEALL", 32) < 0 || gp_module_add_int(t, m, "DEBUG_LEAK", 38) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
