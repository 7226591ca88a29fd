/* Declarations shared by the compiler's files: the string map, the symbol
   table, and the compilation unit with its basic blocks, which the code
   generator (compile.c) fills and the assembler (assemble.c) turns into a
   code object.

   All memory of a compilation lives in the arena of the parsed tree and is
   released with it; only Python objects (constants, names, code objects)
   are reference counted. */
#ifndef GP_COMPILER_CINTERNAL_H
#define GP_COMPILER_CINTERNAL_H

#include "gilpy_core.h"
#include "parser/parser.h"

/* ------------------------------------------------------------ nesting */

/* Bracket the recursive visits of the tree.  The compiler may nest three
   levels per Python frame the recursion limit allows (deeply nested
   generated expressions and long elif chains compile, as they do in
   CPython), counted on the thread's C depth and never past the hard limit
   of C recursion.  Returns -1 with RecursionError set. */
int gp_compile_enter_nested(gp_thread *t);
static inline void gp_compile_leave_nested(gp_thread *t) { gp_leave_recursive(t); }

/* ------------------------------------------------------------ string map */

/* An insertion-ordered map from NUL-terminated strings to ints.  Keys are
   not copied: they must live as long as the arena. */
typedef struct {
    const char *key;
    uint32_t hash;
    int value;
} gp_strmap_entry;

typedef struct {
    gp_arena *arena;
    gp_strmap_entry *entries; /* in insertion order */
    int n, cap;
    int *index;    /* open addressing: entry number + 1, 0 for an empty slot */
    int index_cap; /* a power of two, or 0 before the first insertion */
} gp_strmap;

void gp_strmap_init(gp_strmap *m, gp_arena *arena);
/* The value slot of key, or NULL when absent. */
int *gp_strmap_get(const gp_strmap *m, const char *key);
/* Insert key or overwrite its value: the entry's number, -1 without memory. */
int gp_strmap_put(gp_strmap *m, const char *key, int value);
/* Make room for one more element in an arena array of *cap elements
   holding n: returns the (possibly moved) array, NULL without memory. */
void *gp_strmap_grow(gp_arena *a, void *items, int n, int *cap, size_t elsize);
uint32_t gp_strmap_hash(const char *s);

/* ---------------------------------------------------------------- errors */

/* What error messages need to know about the source. */
typedef struct {
    gp_thread *t;
    gp_obj *filename; /* str */
    const char *src;
    gp_ssize len;
} gp_srcinfo;

/* Raise SyntaxError at a node (0-based byte column, as in the AST).
   Always returns -1. */
int gp_compile_error(const gp_srcinfo *si, int lineno, int col, int end_lineno, int end_col,
                     const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* ---------------------------------------------------------- symbol table */

/* How a name is used in a block (the flags), CPython's values. */
enum {
    GP_DEF_GLOBAL = 1,
    GP_DEF_LOCAL = 2,
    GP_DEF_PARAM = 4,
    GP_DEF_NONLOCAL = 8,
    GP_DEF_USE = 16,
    GP_DEF_FREE = 32,
    GP_DEF_FREE_CLASS = 64,
    GP_DEF_IMPORT = 128,
    GP_DEF_ANNOT = 256,
    GP_DEF_COMP_ITER = 512
};
#define GP_DEF_BOUND (GP_DEF_LOCAL | GP_DEF_PARAM | GP_DEF_IMPORT)

/* Where a name lives, decided by the analysis; stored in the flags above
   GP_SCOPE_SHIFT. */
enum {
    GP_SCOPE_LOCAL = 1,
    GP_SCOPE_GLOBAL_EXPLICIT,
    GP_SCOPE_GLOBAL_IMPLICIT,
    GP_SCOPE_FREE,
    GP_SCOPE_CELL
};
#define GP_SCOPE_SHIFT 12

typedef enum { GP_STE_MODULE = 1, GP_STE_CLASS, GP_STE_FUNCTION } gp_ste_type;

typedef struct {
    int lineno, col, end_lineno, end_col;
} gp_loc;

typedef struct gp_ste gp_ste;

/* One scope: the module, a class body, a function, lambda or comprehension. */
struct gp_ste {
    gp_ste_type type;
    const char *name;
    const void *key; /* the AST node that opens the scope */
    int lineno;
    gp_strmap symbols;    /* mangled name -> flags | scope << GP_SCOPE_SHIFT */
    gp_strmap directives; /* global/nonlocal name -> index in dirlocs */
    gp_loc *dirlocs;
    int ndirlocs, capdirlocs;
    const char **params; /* parameter names in co_varnames order */
    int nparams, capparams;
    gp_ste **children;
    int nchildren, capchildren;
    int comprehension;  /* 0, or the GP_EXPR_ kind of the comprehension */
    int comp_iter_expr; /* > 0 while visiting a comprehension's iterable */
    unsigned nested : 1, generator : 1, coroutine : 1, varargs : 1, varkeywords : 1;
    unsigned free : 1, child_free : 1, needs_class_closure : 1, comp_iter_target : 1;
};

typedef struct {
    const gp_srcinfo *si;
    gp_arena *arena;
    gp_ste *top;
    gp_ste *cur;
    gp_ste **stack;
    int nstack, capstack;
    const char *private_; /* the enclosing class name, for mangling */
    int future_annotations; /* annotations are kept as text, not evaluated */
    /* AST node -> its scope, open addressing on the pointer. */
    const void **keys;
    gp_ste **vals;
    int nkeys, keys_cap;
} gp_symtable;

/* Build and analyse the symbol table of a module; NULL with SyntaxError,
   RecursionError or MemoryError set. */
gp_symtable *gp_symtable_build(const gp_srcinfo *si, gp_arena *arena, gp_mod *mod,
                               int future_annotations);
/* The scope opened by an AST node. */
gp_ste *gp_symtable_lookup(gp_symtable *st, const void *key);
/* Flags of a (mangled) name in a scope; 0 when the name is unknown there. */
int gp_symtable_flags(const gp_ste *ste, const char *name);
static inline int gp_symtable_scope(const gp_ste *ste, const char *name) {
    return (gp_symtable_flags(ste, name) >> GP_SCOPE_SHIFT) & 7;
}
/* Private name mangling: __x inside class C is _C__x.  Returns name itself
   when nothing changes, NULL without memory. */
const char *gp_symtable_mangle(gp_arena *a, const char *private_, const char *name);

/* -------------------------------------------------------- code generation */

typedef struct gp_block gp_block;

typedef struct {
    int op;
    int arg;
    gp_block *target; /* jumps: the block jumped to */
    int lineno;
} gp_instr;

struct gp_block {
    gp_instr *instrs;
    int n, cap;
    gp_block *next;   /* the block laid out after this one */
    gp_block *all;    /* every block of the unit, newest first */
    int startdepth;   /* stack depth on entry; INT_MIN when unreachable */
    int offset;       /* in code units, once laid out */
};

/* Kinds of compilation unit, which decide qualified names and where a
   name is stored. */
typedef enum {
    GP_UNIT_MODULE = 1,
    GP_UNIT_CLASS,
    GP_UNIT_FUNCTION,
    GP_UNIT_LAMBDA,
    GP_UNIT_COMPREHENSION
} gp_unit_kind;

/* Statically nested blocks that a return, break or continue leaves. */
typedef enum {
    GP_FB_WHILE_LOOP = 1,
    GP_FB_FOR_LOOP,
    GP_FB_TRY_EXCEPT,
    GP_FB_FINALLY_TRY,
    GP_FB_FINALLY_END,
    GP_FB_WITH,
    GP_FB_HANDLER_CLEANUP,
    GP_FB_POP_VALUE,
    GP_FB_EXCEPTION_HANDLER,
    GP_FB_EXCEPTION_GROUP_HANDLER /* the except* clauses: no way out */
} gp_fblock_kind;

typedef struct {
    gp_fblock_kind kind;
    gp_block *block; /* loops: where continue goes */
    gp_block *exit;  /* loops: where break goes */
    const void *datum; /* FINALLY_TRY: the finally body (gp_stmt_seq *);
                          WITH: the statement; HANDLER_CLEANUP: the name */
} gp_fblock;

typedef struct gp_unit gp_unit;

struct gp_unit {
    gp_unit *parent;
    gp_ste *ste;
    gp_unit_kind kind;
    const char *name;
    gp_obj *qualname;     /* str */
    const char *private_; /* class name for mangling, or NULL */

    gp_obj **consts; /* owned references */
    int nconsts, capconsts;
    int *const_index; /* hash index: const number + 1, 0 empty */
    int const_index_cap;

    gp_strmap names;    /* co_names: name -> index */
    gp_strmap varnames; /* co_varnames */
    gp_strmap cellvars; /* name -> index from 0 */
    gp_strmap freevars; /* name -> index from len(cellvars) */

    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;

    gp_block *blocks; /* every block, newest first */
    gp_block *entry;
    gp_block *cur;

    gp_loc loc; /* the node being compiled */

    gp_fblock fblocks[GP_MAX_BLOCKS];
    int nfblocks;
};

/* The str object for an identifier, interned (a new reference). */
gp_obj *gp_compile_intern(gp_thread *t, const char *name);
/* The value of a literal (a new reference). */
gp_obj *gp_compile_constant(gp_thread *t, const gp_constant *k);
/* The source text of an annotation, as `from __future__ import annotations`
   stores it. */
gp_obj *gp_unparse_annotation(gp_thread *t, gp_expr *e);

/* Turn a finished unit into a code object (new reference), or NULL. */
gp_obj *gp_assemble(gp_thread *t, gp_unit *u, gp_obj *filename, int flags);

#endif
