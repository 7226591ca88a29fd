/*
 * Source text -> AST.
 *
 * The parser is self-contained C: it uses no interpreter objects, so it can be
 * built alone (tools/astdump) and its output is converted by the compiler.
 */
#ifndef GP_PARSER_PARSER_H
#define GP_PARSER_PARSER_H

#include <stddef.h>
#include "parser/ast.h"

/* exec / eval / single (the REPL's mode: one interactive statement) */
typedef enum { GP_PARSE_FILE, GP_PARSE_EVAL, GP_PARSE_SINGLE } gp_parse_mode;

/* Holds all memory of one AST; it is freed at once. */
typedef struct gp_arena gp_arena;
gp_arena *gp_arena_new(void);
void gp_arena_free(gp_arena *a);
/* Zeroed memory that lives as long as the arena; NULL when out of memory. */
void *gp_arena_alloc(gp_arena *a, size_t size);

enum {
    GP_PERR_SYNTAX = 1, /* SyntaxError */
    GP_PERR_INDENT,     /* IndentationError */
    GP_PERR_TAB,        /* TabError */
    GP_PERR_NOMEM       /* MemoryError (msg is empty) */
};

typedef struct {
    int kind;           /* GP_PERR_... */
    int incomplete;     /* 1 if the only problem is that the input ended early
                           (open bracket, block, triple quote, backslash): the
                           REPL then asks for a continuation line */
    int recursion;      /* 1 if nesting went too deep for the parser: the
                           compiler raises RecursionError with msg */
    char msg[256];      /* the message CPython 3.11 gives */
    int lineno, offset; /* 1-based line and 1-based column in characters,
                           as SyntaxError.lineno/.offset; 0 when unknown */
    int end_lineno, end_offset;
    char *text; /* the source line with its newline, or NULL; malloc'd, the
                   caller frees it */
} gp_parse_error;

/*
 * Parse `len` bytes of UTF-8 source (an optional BOM is skipped).  Returns the
 * module, allocated in `a`, or NULL with `err` filled.  `filename` is only
 * used in messages and may be NULL.
 */
gp_mod *gp_parse(gp_arena *a, const char *src, size_t len, const char *filename, gp_parse_mode mode,
                 gp_parse_error *err);

#endif
