/* A disassembler for code objects, in the spirit of Python's dis module. */
#include <stdio.h>

#include "compiler/cinternal.h"

static void print_obj(gp_thread *t, gp_obj *o) {
    gp_obj *r = gp_obj_repr(t, o);
    if (!r) {
        gp_err_clear(t);
        printf("<%s object>", gp_type_name(gp_typeof(o)));
        return;
    }
    printf("%s", gp_str_utf8(r));
    gp_decref(r);
}

static void print_name(gp_obj *tuple, int i) {
    if (tuple && i >= 0 && i < gp_tuple_size(tuple))
        printf("%s", gp_str_utf8(gp_tuple_get_borrow(tuple, i)));
    else
        printf("<bad index>");
}

static int uses_name(int op) {
    switch (op) {
    case OP_STORE_NAME: case OP_DELETE_NAME: case OP_STORE_ATTR: case OP_DELETE_ATTR:
    case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_NAME: case OP_LOAD_ATTR:
    case OP_IMPORT_NAME: case OP_IMPORT_FROM: case OP_LOAD_GLOBAL: case OP_LOAD_METHOD:
        return 1;
    default:
        return 0;
    }
}

static int uses_deref(int op) {
    return op == OP_LOAD_CLOSURE || op == OP_LOAD_DEREF || op == OP_LOAD_CLASSDEREF ||
           op == OP_STORE_DEREF || op == OP_DELETE_DEREF;
}

void gp_code_dump(gp_thread *t, struct gp_code *co) {
    printf("Disassembly of <code %s> (argcount %d, posonly %d, kwonly %d, stacksize %d, "
           "flags 0x%x, firstlineno %d):\n",
           gp_str_utf8(co->qualname), co->argcount, co->posonlyargcount, co->kwonlyargcount,
           co->stacksize, co->flags, co->firstlineno);
    int ncell = co->cellvars ? (int)gp_tuple_size(co->cellvars) : 0;
    unsigned ext = 0;
    int lastline = -2;
    for (gp_ssize pc = 0; pc < co->ncode; pc++) {
        int op = co->code[pc] & 0xFF;
        unsigned arg = ext | (co->code[pc] >> 8);
        int line = co->lines[pc];
        if (line != lastline)
            printf("%4d ", line);
        else
            printf("     ");
        lastline = line;
        printf("%6ld %-24s", (long)pc, op < GP_OPCODE_COUNT ? gp_opcode_names[op] : "<bad>");
        if (op == OP_EXTENDED_ARG) {
            ext = arg << 8;
            printf(" %u\n", arg);
            continue;
        }
        ext = 0;
        if (op >= GP_HAVE_ARGUMENT || op == OP_GEN_START) {
            printf(" %u", arg);
            printf(" (");
            if (op == OP_LOAD_CONST) {
                if ((gp_ssize)arg < gp_tuple_size(co->consts))
                    print_obj(t, gp_tuple_get_borrow(co->consts, (gp_ssize)arg));
            } else if (uses_name(op)) {
                print_name(co->names, (int)arg);
            } else if (op == OP_LOAD_FAST || op == OP_STORE_FAST || op == OP_DELETE_FAST) {
                print_name(co->varnames, (int)arg);
            } else if (uses_deref(op)) {
                if ((int)arg < ncell)
                    print_name(co->cellvars, (int)arg);
                else
                    print_name(co->freevars, (int)arg - ncell);
            } else if (op == OP_FOR_ITER || op == OP_JUMP_FORWARD || op == OP_SETUP_FINALLY ||
                       op == OP_SETUP_WITH) {
                printf("to %ld", (long)(pc + 1 + arg));
            } else if (op == OP_JUMP_ABSOLUTE || op == OP_POP_JUMP_IF_FALSE ||
                       op == OP_POP_JUMP_IF_TRUE || op == OP_JUMP_IF_FALSE_OR_POP ||
                       op == OP_JUMP_IF_TRUE_OR_POP || op == OP_JUMP_IF_NOT_EXC_MATCH) {
                printf("to %u", arg);
            }
            printf(")");
        }
        printf("\n");
    }
    for (gp_ssize i = 0; i < gp_tuple_size(co->consts); i++) {
        gp_obj *k = gp_tuple_get_borrow(co->consts, i);
        if (!gp_is_small(k) && gp_typeof(k) == &gp_code_type) {
            printf("\n");
            gp_code_dump(t, (struct gp_code *)k);
        }
    }
}
