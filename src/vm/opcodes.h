/* The bytecode: every opcode written once.

   Code is a sequence of 16-bit units, opcode in the low byte and argument in
   the high byte; EXTENDED_ARG prefixes widen the argument by 8 bits each.
   Jump targets are counted in code units.  Jumps marked "rel" are relative
   to the unit after the jump; all other jumps are absolute.

   Each opcode behaves as the opcode of the same name in CPython 3.10, except
   for exceptions, which travel as ONE object (never a type/value/traceback
   triple):
   - When an exception reaches a SETUP_FINALLY or SETUP_WITH handler, the
     value stack is cut back to the block's level, an EXCEPT_HANDLER block is
     pushed, then the exception being handled before (t->exc_info->exc, or
     None) is pushed, then the new exception; t->exc_info->exc becomes the new
     exception, and execution jumps to the handler.
   - POP_EXCEPT pops the EXCEPT_HANDLER block and the one value under it
     (the earlier handled exception), which it makes current again.
   - Unwinding an EXCEPT_HANDLER block (an exception escaping a handler) cuts
     the stack back to the block's level + 1 and restores exc_info from it.
   - RERAISE pops one exception and raises it again, keeping its traceback
     (with oparg != 0 the frame's line is taken from that traceback).
   - JUMP_IF_NOT_EXC_MATCH pops the class (or tuple) and the exception.
   - WITH_EXCEPT_START: stack [..., exit, prev_exc, exc]; calls
     exit(type(exc), exc, exc.__traceback__) and pushes the result.
   The stack effect column is written as an expression of `oparg` and `jump`
   (1 when the jump is taken, 0 when not, -1 for the maximum of the two). */
#ifndef GP_OPCODES_H
#define GP_OPCODES_H

/* X(NAME, HAS_ARG, STACK_EFFECT) */
#define GP_OPCODES(X) \
    X(NOP, 0, 0) \
    X(POP_TOP, 0, -1) \
    X(ROT_TWO, 0, 0) \
    X(ROT_THREE, 0, 0) \
    X(ROT_FOUR, 0, 0) \
    X(DUP_TOP, 0, 1) \
    X(DUP_TOP_TWO, 0, 2) \
    X(UNARY_POSITIVE, 0, 0) \
    X(UNARY_NEGATIVE, 0, 0) \
    X(UNARY_NOT, 0, 0) \
    X(UNARY_INVERT, 0, 0) \
    X(BINARY_POWER, 0, -1) \
    X(BINARY_MULTIPLY, 0, -1) \
    X(BINARY_MATRIX_MULTIPLY, 0, -1) \
    X(BINARY_MODULO, 0, -1) \
    X(BINARY_ADD, 0, -1) \
    X(BINARY_SUBTRACT, 0, -1) \
    X(BINARY_SUBSCR, 0, -1) \
    X(BINARY_FLOOR_DIVIDE, 0, -1) \
    X(BINARY_TRUE_DIVIDE, 0, -1) \
    X(BINARY_LSHIFT, 0, -1) \
    X(BINARY_RSHIFT, 0, -1) \
    X(BINARY_AND, 0, -1) \
    X(BINARY_XOR, 0, -1) \
    X(BINARY_OR, 0, -1) \
    X(INPLACE_POWER, 0, -1) \
    X(INPLACE_MULTIPLY, 0, -1) \
    X(INPLACE_MATRIX_MULTIPLY, 0, -1) \
    X(INPLACE_MODULO, 0, -1) \
    X(INPLACE_ADD, 0, -1) \
    X(INPLACE_SUBTRACT, 0, -1) \
    X(INPLACE_FLOOR_DIVIDE, 0, -1) \
    X(INPLACE_TRUE_DIVIDE, 0, -1) \
    X(INPLACE_LSHIFT, 0, -1) \
    X(INPLACE_RSHIFT, 0, -1) \
    X(INPLACE_AND, 0, -1) \
    X(INPLACE_XOR, 0, -1) \
    X(INPLACE_OR, 0, -1) \
    X(STORE_SUBSCR, 0, -3) \
    X(DELETE_SUBSCR, 0, -2) \
    X(GET_ITER, 0, 0) \
    X(GET_YIELD_FROM_ITER, 0, 0) \
    X(PRINT_EXPR, 0, -1) \
    X(LOAD_BUILD_CLASS, 0, 1) \
    X(YIELD_FROM, 0, -1) \
    X(LOAD_ASSERTION_ERROR, 0, 1) \
    X(RETURN_VALUE, 0, -1) \
    X(IMPORT_STAR, 0, -1) \
    X(SETUP_ANNOTATIONS, 0, 0) \
    X(YIELD_VALUE, 0, 0) \
    X(POP_BLOCK, 0, 0) \
    X(POP_EXCEPT, 0, -1) \
    X(WITH_EXCEPT_START, 0, 1) \
    X(LIST_TO_TUPLE, 0, 0) \
    /* Pattern matching (CPython 3.10's opcodes): MATCH_MAPPING and \
       MATCH_SEQUENCE push whether TOS is a mapping / sequence; GET_LEN \
       pushes len(TOS); MATCH_KEYS: [subject, keys] -> [subject, keys, \
       values or None, bool]; COPY_DICT_WITHOUT_KEYS: [subject, keys] -> \
       [subject, dict of the rest]. */ \
    X(MATCH_MAPPING, 0, 1) \
    X(MATCH_SEQUENCE, 0, 1) \
    X(MATCH_KEYS, 0, 2) \
    X(COPY_DICT_WITHOUT_KEYS, 0, 0) \
    X(GET_LEN, 0, 1) \
    /* except* (CPython 3.11's opcodes): CHECK_EG_MATCH: [exc, type] -> \
       [rest, match] (None for an empty part), making match the handled \
       exception; PREP_RERAISE_STAR: [orig, list] -> [what to raise or \
       None]. */ \
    X(CHECK_EG_MATCH, 0, 0) \
    X(PREP_RERAISE_STAR, 0, -1) \
    X(GEN_START, 1, -1) \
    /* Opcodes from here on take an argument. */ \
    X(STORE_NAME, 1, -1) \
    X(DELETE_NAME, 1, 0) \
    X(UNPACK_SEQUENCE, 1, oparg - 1) \
    X(UNPACK_EX, 1, (oparg & 0xFF) + (oparg >> 8)) \
    X(FOR_ITER, 1, jump > 0 ? -1 : 1) /* rel */ \
    X(STORE_ATTR, 1, -2) \
    X(DELETE_ATTR, 1, -1) \
    X(STORE_GLOBAL, 1, -1) \
    X(DELETE_GLOBAL, 1, 0) \
    X(ROT_N, 1, 0) \
    X(LOAD_CONST, 1, 1) \
    X(LOAD_NAME, 1, 1) \
    X(BUILD_TUPLE, 1, 1 - oparg) \
    X(BUILD_LIST, 1, 1 - oparg) \
    X(BUILD_SET, 1, 1 - oparg) \
    X(BUILD_MAP, 1, 1 - 2 * oparg) \
    X(BUILD_CONST_KEY_MAP, 1, -oparg) \
    X(BUILD_STRING, 1, 1 - oparg) \
    X(BUILD_SLICE, 1, oparg == 3 ? -2 : -1) \
    X(LOAD_ATTR, 1, 0) \
    X(COMPARE_OP, 1, -1) \
    X(IS_OP, 1, -1) \
    X(CONTAINS_OP, 1, -1) \
    X(IMPORT_NAME, 1, -1) \
    X(IMPORT_FROM, 1, 1) \
    X(JUMP_FORWARD, 1, 0) /* rel */ \
    X(JUMP_ABSOLUTE, 1, 0) \
    X(JUMP_IF_FALSE_OR_POP, 1, jump != 0 ? 0 : -1) \
    X(JUMP_IF_TRUE_OR_POP, 1, jump != 0 ? 0 : -1) \
    X(POP_JUMP_IF_FALSE, 1, -1) \
    X(POP_JUMP_IF_TRUE, 1, -1) \
    X(JUMP_IF_NOT_EXC_MATCH, 1, -2) \
    X(LOAD_GLOBAL, 1, 1) \
    X(RERAISE, 1, -1) \
    X(SETUP_FINALLY, 1, jump ? 2 : 0) /* rel */ \
    X(SETUP_WITH, 1, jump ? 2 : 1) /* rel */ \
    X(LOAD_FAST, 1, 1) \
    X(STORE_FAST, 1, -1) \
    X(DELETE_FAST, 1, 0) \
    X(LOAD_CLOSURE, 1, 1) \
    X(LOAD_DEREF, 1, 1) \
    X(LOAD_CLASSDEREF, 1, 1) \
    X(STORE_DEREF, 1, -1) \
    X(DELETE_DEREF, 1, 0) \
    X(RAISE_VARARGS, 1, -oparg) \
    X(CALL_FUNCTION, 1, -oparg) \
    X(CALL_FUNCTION_KW, 1, -oparg - 1) \
    X(CALL_FUNCTION_EX, 1, -1 - ((oparg & 1) ? 1 : 0)) \
    X(LOAD_METHOD, 1, 1) \
    X(CALL_METHOD, 1, -oparg - 1) \
    X(MAKE_FUNCTION, 1, -1 - ((oparg & 1) != 0) - ((oparg & 2) != 0) - ((oparg & 4) != 0) - ((oparg & 8) != 0)) \
    X(LIST_APPEND, 1, -1) \
    X(SET_ADD, 1, -1) \
    X(MAP_ADD, 1, -2) \
    X(LIST_EXTEND, 1, -1) \
    X(SET_UPDATE, 1, -1) \
    X(DICT_MERGE, 1, -1) \
    X(DICT_UPDATE, 1, -1) \
    X(FORMAT_VALUE, 1, (oparg & 0x04) ? -1 : 0) \
    /* [subject, class, names] -> [attributes or subject, bool]; oparg is \
       the number of positional sub-patterns. */ \
    X(MATCH_CLASS, 1, -1) \
    X(EXTENDED_ARG, 1, 0) \
    /* Never compiled: gp_code_new turns LOAD_FAST a; LOAD_ATTR b into \
       LOAD_FAST_ATTR a; LOAD_ATTR b, which runs both without counting \
       the local and skips the second unit (left in place for jumps to \
       it); co_code shows LOAD_FAST again.  LOAD_FAST_STORE_ATTR does the \
       same for LOAD_FAST a; STORE_ATTR b. */ \
    X(LOAD_FAST_ATTR, 1, 1) \
    X(LOAD_FAST_STORE_ATTR, 1, 1)

enum {
#define GP_OP_ENUM(name, has_arg, effect) OP_##name,
    GP_OPCODES(GP_OP_ENUM)
#undef GP_OP_ENUM
    GP_OPCODE_COUNT
};

/* The first opcode that takes an argument. */
#define GP_HAVE_ARGUMENT OP_STORE_NAME

/* Arguments of COMPARE_OP are GP_LT ... GP_GE (object.h). IS_OP and
   CONTAINS_OP take 1 for the negated form ("is not", "not in"). */

/* FORMAT_VALUE's argument: conversion in the low 2 bits, 0x04 if a format
   spec is on the stack. */
enum { GP_FVC_NONE = 0, GP_FVC_STR = 1, GP_FVC_REPR = 2, GP_FVC_ASCII = 3, GP_FVS_HAVE_SPEC = 4 };

/* MAKE_FUNCTION flags: which extra values are on the stack under the code
   object and qualified name, in this order from the bottom. */
enum { GP_MF_DEFAULTS = 1, GP_MF_KWDEFAULTS = 2, GP_MF_ANNOTATIONS = 4, GP_MF_CLOSURE = 8 };

/* Code flags, CPython's values. */
enum {
    GP_CO_OPTIMIZED = 0x1,
    GP_CO_NEWLOCALS = 0x2,
    GP_CO_VARARGS = 0x4,
    GP_CO_VARKEYWORDS = 0x8,
    GP_CO_NESTED = 0x10,
    GP_CO_GENERATOR = 0x20,
    GP_CO_NOFREE = 0x40,
    GP_CO_COROUTINE = 0x80,
    GP_CO_ITERABLE_COROUTINE = 0x100,
    GP_CO_ASYNC_GENERATOR = 0x200
};

extern const char *const gp_opcode_names[GP_OPCODE_COUNT];
/* The stack effect of one instruction (jump: 1 taken, 0 not, -1 the max). */
int gp_opcode_stack_effect(int opcode, int oparg, int jump);

#endif
