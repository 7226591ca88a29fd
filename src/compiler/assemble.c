/* The assembler: a unit's basic blocks -> a code object.

   1. Flow analysis from the entry block computes the stack depth at the
      start of every reachable block (and so the maximum depth); blocks it
      never reaches are dead code and are left out, as is anything after an
      unconditional jump, return or raise inside a block.
   2. Reachable blocks are laid out in order; jump arguments depend on the
      offsets and the offsets on the size of the arguments (EXTENDED_ARG
      prefixes), so sizes are recomputed until they no longer change.
   3. The code units, their line numbers and the name and constant tables
      become the code object. */
#include <limits.h>

#include "compiler/cinternal.h"

static int is_jump(const gp_instr *in) {
    return in->target != NULL;
}

static int is_relative(int op) {
    return op == OP_FOR_ITER || op == OP_JUMP_FORWARD || op == OP_SETUP_FINALLY ||
           op == OP_SETUP_WITH;
}

/* Instructions after which control never falls through. */
static int ends_flow(int op) {
    return op == OP_JUMP_ABSOLUTE || op == OP_JUMP_FORWARD || op == OP_RETURN_VALUE ||
           op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

static int instr_size(int arg) {
    if (arg < 0 || arg > 0xFFFFFF)
        return 4;
    if (arg > 0xFFFF)
        return 3;
    if (arg > 0xFF)
        return 2;
    return 1;
}

/* The instruction control reaches first when entering block b. */
static gp_instr *first_instr(gp_block *b) {
    while (b && b->n == 0)
        b = b->next;
    return b ? &b->instrs[0] : NULL;
}

static int threadable(int op) {
    return op == OP_JUMP_ABSOLUTE || op == OP_JUMP_FORWARD || op == OP_POP_JUMP_IF_FALSE ||
           op == OP_POP_JUMP_IF_TRUE || op == OP_JUMP_IF_FALSE_OR_POP ||
           op == OP_JUMP_IF_TRUE_OR_POP;
}

/* A few local rewrites that save instructions at run time:
   - `a, b = b, a` builds no tuple: BUILD_TUPLE n + UNPACK_SEQUENCE n for
     n <= 3 become rotations;
   - a jump to an unconditional jump goes straight to the final target;
   - NOPs disappear. */
static void peephole(gp_unit *u) {
    for (gp_block *b = u->blocks; b; b = b->all) {
        for (int i = 0; i < b->n; i++) {
            gp_instr *in = &b->instrs[i];
            if ((in->op == OP_BUILD_TUPLE || in->op == OP_BUILD_LIST) && i + 1 < b->n &&
                b->instrs[i + 1].op == OP_UNPACK_SEQUENCE && b->instrs[i + 1].arg == in->arg &&
                in->arg >= 1 && in->arg <= 3) {
                gp_instr *next = &b->instrs[i + 1];
                int n = in->arg;
                in->op = n == 1 ? OP_NOP : n == 2 ? OP_ROT_TWO : OP_ROT_THREE;
                next->op = n == 3 ? OP_ROT_TWO : OP_NOP;
                in->arg = next->arg = 0;
            }
            if (in->target && threadable(in->op)) {
                for (int hops = 0; hops < 64; hops++) {
                    gp_instr *to = first_instr(in->target);
                    if (!to || (to->op != OP_JUMP_ABSOLUTE && to->op != OP_JUMP_FORWARD) ||
                        to->target == in->target)
                        break;
                    in->target = to->target;
                }
            }
        }
        int k = 0;
        for (int i = 0; i < b->n; i++)
            if (b->instrs[i].op != OP_NOP)
                b->instrs[k++] = b->instrs[i];
        b->n = k;
    }
}

/* Walk the flow graph; returns the maximum stack depth or -1. */
static int stack_depth(gp_thread *t, gp_unit *u) {
    int nblocks = 0;
    for (gp_block *b = u->blocks; b; b = b->all) {
        b->startdepth = INT_MIN;
        nblocks++;
    }
    gp_block **stack = gp_mem_alloc((size_t)(nblocks + 1) * sizeof(*stack));
    if (!stack) {
        gp_err_nomemory(t);
        return -1;
    }
    int sp = 0, maxdepth = 0;
    u->entry->startdepth = 0;
    stack[sp++] = u->entry;
    while (sp) {
        gp_block *b = stack[--sp];
        int depth = b->startdepth;
        gp_block *next = b->next;
        for (int i = 0; i < b->n; i++) {
            gp_instr *in = &b->instrs[i];
            int effect = gp_opcode_stack_effect(in->op, in->arg, 0);
            int newdepth = depth + effect;
            if (newdepth > maxdepth)
                maxdepth = newdepth;
            if (is_jump(in)) {
                int tdepth = depth + gp_opcode_stack_effect(in->op, in->arg, 1);
                if (tdepth > maxdepth)
                    maxdepth = tdepth;
                if (in->target->startdepth == INT_MIN) {
                    in->target->startdepth = tdepth;
                    stack[sp++] = in->target;
                }
            }
            depth = newdepth;
            if (ends_flow(in->op)) {
                /* The rest of the block is dead. */
                b->n = i + 1;
                next = NULL;
                break;
            }
        }
        if (next && next->startdepth == INT_MIN) {
            next->startdepth = depth;
            stack[sp++] = next;
        }
    }
    gp_mem_free(stack);
    return maxdepth;
}

/* Tuples of interned names from a string map, in index order. */
static gp_obj *names_tuple(gp_thread *t, const gp_strmap *m) {
    gp_obj *tup = gp_tuple_new(t, m->n);
    if (!tup)
        return NULL;
    for (int i = 0; i < m->n; i++)
        gp_tuple_items(tup)[i] = NULL;
    for (int i = 0; i < m->n; i++) {
        gp_obj *s = gp_compile_intern(t, m->entries[i].key);
        if (!s) {
            for (int j = 0; j < m->n; j++)
                if (!gp_tuple_items(tup)[j])
                    gp_tuple_items(tup)[j] = GP_NONE;
            gp_decref(tup);
            return NULL;
        }
        gp_tuple_items(tup)[i] = s;
    }
    return tup;
}

gp_obj *gp_assemble(gp_thread *t, gp_unit *u, gp_obj *filename, int flags) {
    gp_obj *co = NULL, *name = NULL, *consts = NULL, *names = NULL, *varnames = NULL, *cellvars = NULL,
           *freevars = NULL;
    uint16_t *code = NULL;
    int32_t *lines = NULL;

    peephole(u);
    int maxdepth = stack_depth(t, u);
    if (maxdepth < 0)
        goto done;

    /* Lay out the reachable blocks; a jump that would have to go backwards
       relatively becomes absolute. */
    for (gp_block *b = u->entry; b; b = b->next) {
        if (b->startdepth == INT_MIN)
            continue;
        for (int i = 0; i < b->n; i++)
            b->instrs[i].arg = b->instrs[i].target ? 0 : b->instrs[i].arg;
    }
    gp_ssize ncode = 0;
    for (int changed = 1; changed;) {
        changed = 0;
        gp_ssize off = 0;
        for (gp_block *b = u->entry; b; b = b->next) {
            if (b->startdepth == INT_MIN)
                continue;
            b->offset = (int)off;
            for (int i = 0; i < b->n; i++)
                off += instr_size(b->instrs[i].arg);
        }
        ncode = off;
        off = 0;
        for (gp_block *b = u->entry; b; b = b->next) {
            if (b->startdepth == INT_MIN)
                continue;
            for (int i = 0; i < b->n; i++) {
                gp_instr *in = &b->instrs[i];
                int size = instr_size(in->arg);
                off += size;
                if (!in->target)
                    continue;
                if (is_relative(in->op) && in->target->offset < off) {
                    if (in->op == OP_JUMP_FORWARD)
                        in->op = OP_JUMP_ABSOLUTE;
                }
                int arg = is_relative(in->op) ? in->target->offset - (int)off
                                              : in->target->offset;
                if (arg != in->arg) {
                    in->arg = arg;
                    if (instr_size(arg) != size)
                        changed = 1;
                }
            }
        }
    }

    code = gp_mem_alloc((size_t)(ncode + 1) * sizeof(*code));
    lines = gp_mem_alloc((size_t)(ncode + 1) * sizeof(*lines));
    if (!code || !lines) {
        gp_err_nomemory(t);
        goto done;
    }
    gp_ssize pc = 0;
    for (gp_block *b = u->entry; b; b = b->next) {
        if (b->startdepth == INT_MIN)
            continue;
        for (int i = 0; i < b->n; i++) {
            gp_instr *in = &b->instrs[i];
            int size = instr_size(in->arg);
            unsigned arg = (unsigned)in->arg;
            for (int k = size - 1; k > 0; k--) {
                lines[pc] = in->lineno;
                code[pc++] = (uint16_t)(OP_EXTENDED_ARG | (((arg >> (8 * k)) & 0xFF) << 8));
            }
            lines[pc] = in->lineno;
            code[pc++] = (uint16_t)(in->op | ((arg & 0xFF) << 8));
        }
    }

    consts = gp_tuple_new(t, u->nconsts);
    if (!consts)
        goto done;
    for (int i = 0; i < u->nconsts; i++)
        gp_tuple_items(consts)[i] = gp_newref(u->consts[i]);
    names = names_tuple(t, &u->names);
    varnames = names ? names_tuple(t, &u->varnames) : NULL;
    cellvars = varnames ? names_tuple(t, &u->cellvars) : NULL;
    freevars = cellvars ? names_tuple(t, &u->freevars) : NULL;
    if (!freevars)
        goto done;
    name = gp_compile_intern(t, u->name);
    if (!name)
        goto done;
    co = gp_code_new(t, u->argcount, u->posonlyargcount, u->kwonlyargcount, maxdepth, flags,
                     u->firstlineno, code, lines, ncode, consts, names, varnames, cellvars,
                     freevars, filename, name, u->qualname);
done:
    gp_mem_free(code);
    gp_mem_free(lines);
    gp_xdecref(consts);
    gp_xdecref(names);
    gp_xdecref(varnames);
    gp_xdecref(cellvars);
    gp_xdecref(freevars);
    gp_xdecref(name);
    return co;
}
