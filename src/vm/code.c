/* Code objects: the compiler's output, immutable once built.  Equality and
   hashing are by identity. */
#include "vm/frame.h"

static gp_ssize tuple_len_or_zero(gp_obj *tup) { return tup ? gp_tuple_size(tup) : 0; }

/* For each cellvar, the index of the parameter of the same name, or -1.
   Returns NULL (no table) when no cellvar is a parameter. */
static int compute_cell2arg(gp_thread *t, gp_code *co) {
    gp_ssize ncells = tuple_len_or_zero(co->cellvars);
    if (ncells == 0) return 0;
    int nparams = co->argcount + co->kwonlyargcount;
    if (co->flags & GP_CO_VARARGS) nparams++;
    if (co->flags & GP_CO_VARKEYWORDS) nparams++;
    if (nparams > co->nlocals) nparams = co->nlocals;
    int *table = NULL;
    for (gp_ssize i = 0; i < ncells; i++) {
        gp_obj *cname = gp_tuple_get_borrow(co->cellvars, i);
        for (int j = 0; j < nparams; j++) {
            gp_obj *pname = gp_tuple_get_borrow(co->varnames, j);
            if (pname != cname && !gp_str_eq(pname, cname)) continue;
            if (!table) {
                table = gp_mem_alloc(sizeof(int) * (size_t)ncells);
                if (!table) {
                    gp_err_nomemory(t);
                    return -1;
                }
                for (gp_ssize k = 0; k < ncells; k++) table[k] = -1;
            }
            table[i] = j;
            break;
        }
    }
    co->cell2arg = table;
    return 0;
}

/* Constants are read by every thread running the code: once the code is
   immortal (free-threaded build, see gp_set_deferred), so are they, or
   every LOAD_CONST would be an atomic add on a cache line all threads
   share.  Tuples of constants and nested code objects are followed. */
static void immortalize_const(gp_obj *c) {
    if (gp_is_small(c) || gp_is_immortal(c)) return;
    gp_set_immortal(c);
    if (gp_tuple_check_exact(c)) {
        for (gp_ssize i = 0; i < gp_tuple_size(c); i++) immortalize_const(gp_tuple_get_borrow(c, i));
    } else if (gp_typeof(c) == &gp_code_type) {
        gp_code_immortalize_consts((gp_code *)c);
    }
}

void gp_code_immortalize_consts(gp_code *co) {
    gp_obj *consts = co->consts;
    if (!consts || !gp_tuple_check_exact(consts)) return;
    gp_set_immortal(consts);
    for (gp_ssize i = 0; i < gp_tuple_size(consts); i++) immortalize_const(gp_tuple_get_borrow(consts, i));
}

gp_obj *gp_code_new(gp_thread *t, int argcount, int posonlyargcount, int kwonlyargcount,
                    int stacksize, int flags, int firstlineno, const uint16_t *code,
                    const int32_t *lines, gp_ssize ncode, gp_obj *consts, gp_obj *names,
                    gp_obj *varnames, gp_obj *cellvars, gp_obj *freevars, gp_obj *filename,
                    gp_obj *name, gp_obj *qualname) {
    gp_code *co = (gp_code *)gp_obj_alloc(t, &gp_code_type, 0);
    if (!co) return NULL;
    co->argcount = argcount;
    co->posonlyargcount = posonlyargcount;
    co->kwonlyargcount = kwonlyargcount;
    co->stacksize = stacksize;
    co->flags = flags;
    co->firstlineno = firstlineno;
    /* Bodies of functions defined at module or class level: every call
       increfs them.  Code run by exec() or compile() stays counted. */
    if ((flags & GP_CO_OPTIMIZED) && !(flags & GP_CO_NESTED)) gp_set_deferred((gp_obj *)co);
    co->ncode = ncode;
    co->consts = gp_newref(consts);
    if (gp_is_immortal((gp_obj *)co)) gp_code_immortalize_consts(co);
    co->names = gp_newref(names);
    co->varnames = gp_newref(varnames);
    co->cellvars = gp_newref(cellvars);
    co->freevars = gp_newref(freevars);
    co->filename = gp_newref(filename);
    co->name = gp_newref(name);
    co->qualname = gp_newref(qualname ? qualname : name);
    co->nlocals = (int)gp_tuple_size(varnames);
    co->code = gp_mem_alloc(sizeof(uint16_t) * (size_t)(ncode + 1));
    co->lines = gp_mem_alloc(sizeof(int32_t) * (size_t)(ncode + 1));
    gp_code_extra *ex = gp_mem_calloc(1, sizeof(gp_code_extra));
    co->extra = ex;
    if (!co->code || !co->lines || !ex) {
        gp_decref((gp_obj *)co);
        return gp_err_nomemory(t);
    }
    memcpy(co->code, code, sizeof(uint16_t) * (size_t)ncode);
    /* Pairs the eval loop runs as one instruction (vm/opcodes.h). */
    for (gp_ssize i = 0; i + 1 < ncode; i++) {
        if ((co->code[i] & 0xff) != OP_LOAD_FAST) continue;
        int next = co->code[i + 1] & 0xff;
        if (next == OP_LOAD_ATTR)
            co->code[i] = (uint16_t)((co->code[i] & 0xff00) | OP_LOAD_FAST_ATTR);
        else if (next == OP_STORE_ATTR)
            co->code[i] = (uint16_t)((co->code[i] & 0xff00) | OP_LOAD_FAST_STORE_ATTR);
    }
    /* A trailing NOP keeps a peek at the unit after the last instruction
       inside the allocation. */
    co->code[ncode] = OP_NOP;
    if (lines) {
        memcpy(co->lines, lines, sizeof(int32_t) * (size_t)ncode);
    } else {
        for (gp_ssize i = 0; i < ncode; i++) co->lines[i] = firstlineno;
    }
    co->lines[ncode] = ncode > 0 ? co->lines[ncode - 1] : firstlineno;
    ex->ncells = (int)gp_tuple_size(cellvars);
    ex->nfrees = (int)gp_tuple_size(freevars);
    /* Two slots beyond the computed depth: a generator's first send pushes
       a value before GEN_START pops it. */
    ex->nvars = co->nlocals + ex->ncells + ex->nfrees;
    ex->nslots = ex->nvars + stacksize + 2;
    ex->simple_args = kwonlyargcount == 0 && !(flags & (GP_CO_VARARGS | GP_CO_VARKEYWORDS));
    gp_ssize nnames = gp_tuple_size(names);
    if (nnames > 0) {
        ex->globals_cache = gp_mem_calloc((size_t)nnames, sizeof(gp_global_cache));
        ex->attr_cache = gp_mem_calloc((size_t)nnames * GP_ATTR_WAYS, sizeof(gp_attr_cache));
        if (!ex->globals_cache || !ex->attr_cache) {
            gp_decref((gp_obj *)co);
            return gp_err_nomemory(t);
        }
    }
    if (compute_cell2arg(t, co) < 0) {
        gp_decref((gp_obj *)co);
        return NULL;
    }
    return (gp_obj *)co;
}

static void code_dealloc(gp_obj *o) {
    gp_code *co = (gp_code *)o;
    if (co->extra) {
        gp_mem_free(gp_code_extra_of(co)->globals_cache);
        gp_mem_free(gp_code_extra_of(co)->attr_cache);
        gp_mem_free(co->extra);
    }
    gp_xdecref(co->consts);
    gp_xdecref(co->names);
    gp_xdecref(co->varnames);
    gp_xdecref(co->cellvars);
    gp_xdecref(co->freevars);
    gp_xdecref(co->filename);
    gp_xdecref(co->name);
    gp_xdecref(co->qualname);
    gp_mem_free(co->code);
    gp_mem_free(co->lines);
    gp_mem_free(co->cell2arg);
    gp_obj_free(o);
}

static gp_obj *code_repr(gp_thread *t, gp_obj *o) {
    gp_code *co = (gp_code *)o;
    return gp_str_from_format(t, "<code object %U at %p, file \"%U\", line %d>", co->name, o,
                              co->filename, co->firstlineno);
}

static gp_obj *code_get_code(gp_thread *t, gp_obj *o, void *closure) {
    gp_code *co = (gp_code *)o;
    char *p = gp_mem_alloc((size_t)co->ncode * 2);
    if (!p) return gp_err_nomemory(t);
    for (gp_ssize i = 0; i < co->ncode; i++) {
        int op = co->code[i] & 0xff;
        p[2 * i] = (char)(op == OP_LOAD_FAST_ATTR || op == OP_LOAD_FAST_STORE_ATTR ? OP_LOAD_FAST : op);
        p[2 * i + 1] = (char)(co->code[i] >> 8);
    }
    gp_obj *b = gp_bytes_new(t, p, co->ncode * 2);
    gp_mem_free(p);
    return b;
}

/* co_lines(): (start, end, line) triples over byte offsets, consecutive
   units of one line merged; line None where there is none. */
static gp_obj *code_co_lines(gp_thread *t, gp_obj *o, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    gp_code *co = (gp_code *)o;
    gp_obj *list = gp_list_new(t, 0);
    if (!list) return NULL;
    gp_ssize i = 0;
    while (i < co->ncode) {
        gp_ssize j = i + 1;
        while (j < co->ncode && co->lines[j] == co->lines[i]) j++;
        gp_obj *line = co->lines[i] < 0 ? GP_NONE : gp_small_new(co->lines[i]);
        gp_obj *item = gp_tuple_pack(t, 3, gp_small_new(i * 2), gp_small_new(j * 2), line);
        if (!item || gp_list_append_steal(t, list, item) < 0) {
            gp_decref(list);
            return NULL;
        }
        i = j;
    }
    gp_obj *it = gp_obj_getiter(t, list);
    gp_decref(list);
    return it;
}

static const gp_method_def code_methods[] = {
    {"co_lines", code_co_lines, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define CO_OFF(field) offsetof(gp_code, field)
static const gp_member_def code_members[] = {
    {"co_argcount", GP_MEMBER_INT, CO_OFF(argcount), GP_MEMBER_READONLY, NULL},
    {"co_posonlyargcount", GP_MEMBER_INT, CO_OFF(posonlyargcount), GP_MEMBER_READONLY, NULL},
    {"co_kwonlyargcount", GP_MEMBER_INT, CO_OFF(kwonlyargcount), GP_MEMBER_READONLY, NULL},
    {"co_nlocals", GP_MEMBER_INT, CO_OFF(nlocals), GP_MEMBER_READONLY, NULL},
    {"co_stacksize", GP_MEMBER_INT, CO_OFF(stacksize), GP_MEMBER_READONLY, NULL},
    {"co_flags", GP_MEMBER_INT, CO_OFF(flags), GP_MEMBER_READONLY, NULL},
    {"co_firstlineno", GP_MEMBER_INT, CO_OFF(firstlineno), GP_MEMBER_READONLY, NULL},
    {"co_consts", GP_MEMBER_OBJECT, CO_OFF(consts), GP_MEMBER_READONLY, NULL},
    {"co_names", GP_MEMBER_OBJECT, CO_OFF(names), GP_MEMBER_READONLY, NULL},
    {"co_varnames", GP_MEMBER_OBJECT, CO_OFF(varnames), GP_MEMBER_READONLY, NULL},
    {"co_cellvars", GP_MEMBER_OBJECT, CO_OFF(cellvars), GP_MEMBER_READONLY, NULL},
    {"co_freevars", GP_MEMBER_OBJECT, CO_OFF(freevars), GP_MEMBER_READONLY, NULL},
    {"co_filename", GP_MEMBER_OBJECT, CO_OFF(filename), GP_MEMBER_READONLY, NULL},
    {"co_name", GP_MEMBER_OBJECT, CO_OFF(name), GP_MEMBER_READONLY, NULL},
    {"co_qualname", GP_MEMBER_OBJECT, CO_OFF(qualname), GP_MEMBER_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static const gp_getset_def code_getset[] = {
    {"co_code", code_get_code, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

gp_type gp_code_type = {
    GP_TYPE_HEAD,
    .name = "code",
    .basicsize = sizeof(gp_code),
    .flags = GP_TPFLAGS_IMMUTABLETYPE,
    .dealloc = code_dealloc,
    .repr = code_repr,
    .methods = code_methods,
    .members = code_members,
    .getset = code_getset,
};
