/* Cells: the boxes through which closures share variables. */
#include "vm/frame.h"

gp_obj *gp_cell_new(gp_thread *t, gp_obj *value) {
    gp_cell *c = (gp_cell *)gp_obj_alloc(t, &gp_cell_type, 0);
    if (!c) return NULL;
    c->ref = gp_xnewref(value);
    gp_gc_track((gp_obj *)c);
    return (gp_obj *)c;
}

gp_obj *gp_cell_get_borrow(gp_obj *cell) { return ((gp_cell *)cell)->ref; }

/* Closures share cells between threads: the contents are read (with the
   incref) and replaced under the cell's per-object lock, and a replaced
   value is dropped after the unlock, so that a reader never increfs a
   value another thread has just freed. */
gp_obj *gp_cell_get_ref(gp_obj *cell) {
    gp_obj_lock(cell);
    gp_obj *v = ((gp_cell *)cell)->ref;
    if (v) gp_incref(v);
    gp_obj_unlock(cell);
    return v;
}

/* Store value (a new reference, or NULL) and return the old contents'
   reference for the caller to drop. */
gp_obj *gp_cell_swap_steal(gp_obj *cell, gp_obj *value) {
    gp_obj_lock(cell);
    gp_obj *old = ((gp_cell *)cell)->ref;
    ((gp_cell *)cell)->ref = value;
    gp_obj_unlock(cell);
    return old;
}

void gp_cell_set(gp_obj *cell, gp_obj *value) {
    gp_xdecref(gp_cell_swap_steal(cell, gp_xnewref(value)));
}

static void cell_dealloc(gp_obj *o) {
    gp_gc_untrack(o);
    gp_clear(&((gp_cell *)o)->ref);
    gp_obj_free(o);
}

static int cell_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_obj *v = ((gp_cell *)o)->ref;
    return v ? visit(v, arg) : 0;
}

static int cell_clear(gp_obj *o) {
    gp_clear(&((gp_cell *)o)->ref);
    return 0;
}

static gp_obj *cell_repr(gp_thread *t, gp_obj *o) {
    gp_obj *v = ((gp_cell *)o)->ref;
    if (!v) return gp_str_from_format(t, "<cell at %p: empty>", o);
    return gp_str_from_format(t, "<cell at %p: %s object at %p>", o, gp_type_name(gp_typeof(v)),
                              (void *)v);
}

/* Cells compare by their contents; an empty cell sorts before any other. */
static gp_obj *cell_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op) {
    if (!gp_cell_check(a) || !gp_cell_check(b)) return GP_NOTIMPLEMENTED;
    gp_obj *x = ((gp_cell *)a)->ref, *y = ((gp_cell *)b)->ref;
    if (x && y) return gp_obj_richcompare(t, x, y, op);
    int c = (x != NULL) - (y != NULL);
    int r = 0;
    switch (op) {
    case GP_LT: r = c < 0; break;
    case GP_LE: r = c <= 0; break;
    case GP_EQ: r = c == 0; break;
    case GP_NE: r = c != 0; break;
    case GP_GT: r = c > 0; break;
    case GP_GE: r = c >= 0; break;
    }
    return gp_bool_from(r);
}

static gp_obj *cell_get_contents(gp_thread *t, gp_obj *o, void *closure) {
    gp_obj *v = ((gp_cell *)o)->ref;
    if (!v) {
        gp_err_set_str(t, &gp_exc_ValueError, "Cell is empty");
        return NULL;
    }
    return gp_newref(v);
}

static int cell_set_contents(gp_thread *t, gp_obj *o, gp_obj *v, void *closure) {
    gp_cell_set(o, v);
    return 0;
}

static const gp_getset_def cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

gp_type gp_cell_type = {
    GP_TYPE_HEAD,
    .name = "cell",
    .basicsize = sizeof(gp_cell),
    .flags = GP_TPFLAGS_HAVE_GC | GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .richcompare = cell_richcompare,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .getset = cell_getset,
};
