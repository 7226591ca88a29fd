/*
 * AST memory (the arena) and the names of the AST's enum values.
 */
#include <stdlib.h>
#include <string.h>

#include "parser/parser.h"

/*
 * The arena hands out memory from large blocks and frees them all at once.
 * Blocks are chained newest first; an allocation larger than a block gets a
 * block of its own.
 */
#define BLOCK_SIZE (64 * 1024)

typedef struct block {
    struct block *next;
    size_t used, size;
    max_align_t data[];
} block;

struct gp_arena {
    block *head;
};

gp_arena *gp_arena_new(void) { return calloc(1, sizeof(gp_arena)); }

void gp_arena_free(gp_arena *a) {
    if (!a) {
        return;
    }
    block *b = a->head;
    while (b) {
        block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

void *gp_arena_alloc(gp_arena *a, size_t size) {
    size = (size + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
    block *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t bsize = size > BLOCK_SIZE / 4 ? size : BLOCK_SIZE;
        block *nb = malloc(sizeof(block) + bsize);
        if (!nb) {
            return NULL;
        }
        nb->used = 0;
        nb->size = bsize;
        if (size > BLOCK_SIZE / 4 && b) {
            /* Keep filling the current block: put the big one behind it. */
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

const char *gp_ast_operator_name(gp_operator op) {
    static const char *const names[] = {
        NULL,  "Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",
        "Pow", "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv",
    };
    return op >= GP_Add && op <= GP_FloorDiv ? names[op] : "?";
}

const char *gp_ast_unaryop_name(gp_unaryop op) {
    static const char *const names[] = {NULL, "Invert", "Not", "UAdd", "USub"};
    return op >= GP_Invert && op <= GP_USub ? names[op] : "?";
}

const char *gp_ast_cmpop_name(gp_cmpop op) {
    static const char *const names[] = {NULL,  "Eq", "NotEq", "Lt", "LtE",  "Gt",
                                        "GtE", "Is", "IsNot", "In", "NotIn"};
    return op >= GP_Eq && op <= GP_NotIn ? names[op] : "?";
}

const char *gp_ast_boolop_name(gp_boolop op) {
    return op == GP_And ? "And" : op == GP_Or ? "Or" : "?";
}

const char *gp_ast_context_name(gp_expr_context ctx) {
    static const char *const names[] = {NULL, "Load", "Store", "Del"};
    return ctx >= GP_Load && ctx <= GP_Del ? names[ctx] : "?";
}

const char *gp_ast_stmt_name(gp_stmt_kind kind) {
    static const char *const names[] = {
        NULL,     "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return",   "Delete",
        "Assign", "AugAssign",   "AnnAssign",        "For",      "AsyncFor", "While",
        "If",     "With",        "AsyncWith",        "Raise",    "Try",      "Assert",
        "Import", "ImportFrom",  "Global",           "Nonlocal", "Expr",     "Pass",
        "Break",  "Continue",    "Match",            "TryStar",
    };
    return kind >= GP_STMT_FunctionDef && kind <= GP_STMT_TryStar ? names[kind] : "?";
}

const char *gp_ast_expr_name(gp_expr_kind kind) {
    static const char *const names[] = {
        NULL,           "BoolOp",    "NamedExpr",      "BinOp",
        "UnaryOp",      "Lambda",    "IfExp",          "Dict",
        "Set",          "ListComp",  "SetComp",        "DictComp",
        "GeneratorExp", "Await",     "Yield",          "YieldFrom",
        "Compare",      "Call",      "FormattedValue", "JoinedStr",
        "Constant",     "Attribute", "Subscript",      "Starred",
        "Name",         "List",      "Tuple",          "Slice",
    };
    return kind >= GP_EXPR_BoolOp && kind <= GP_EXPR_Slice ? names[kind] : "?";
}

const char *gp_ast_pattern_name(gp_pattern_kind kind) {
    static const char *const names[] = {
        NULL,         "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping",
        "MatchClass", "MatchStar",  "MatchAs",        "MatchOr",
    };
    return kind >= GP_PAT_MatchValue && kind <= GP_PAT_MatchOr ? names[kind] : "?";
}
