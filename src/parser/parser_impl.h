/*
 * Parser internals shared by the files of the parser:
 *   parser.c        driver, token access, errors, node construction
 *   parse_stmt.c    statements
 *   parse_expr.c    expressions, targets, arguments
 *   parse_string.c  string literals, implicit concatenation, f-strings
 */
#ifndef GP_PARSER_IMPL_H
#define GP_PARSER_IMPL_H

#include "parser/parser.h"
#include "parser/tokenizer.h"

/*
 * Nesting of recursive rules allowed before the parser gives up with a
 * RecursionError.  Each level may cost a chain of C frames (an expression in
 * parentheses goes through every precedence level), so this stays well below
 * what an 8 MB stack holds.
 */
#define GP_PARSER_MAXDEPTH 2000

typedef struct parser {
    gp_arena *arena;
    gp_tokens *tk;
    gp_token *toks;
    int ntoks;
    int pos;
    int fill;  /* one past the furthest token looked at */
    int far;   /* the same, counting attempts that were backtracked */
    int error; /* an error is in *err: unwind */
    /* The error is "unexpected indent/unindent", which a tokenizer error
       further on does not replace. */
    int indent_error;
    int depth; /* nesting of recursive rules */
    gp_parse_error *err;
    gp_parse_mode mode;
    /* Parsing the expression of an f-string replacement field: messages get
       an "f-string: " prefix. */
    int fstring;
    /* The source the error messages quote lines from (the whole input, also
       while an f-string's expression is parsed from a copy). */
    const char *srcbuf;
    /* In an f-string's expression: the line number of the line before its
       text and the column shift of its first line.  Error positions are
       given relative to the expression's own text, as CPython gives them. */
    int fstring_line, fstring_col;
} parser;

/* A growable list whose storage lives in the arena. */
typedef struct {
    void **items;
    int n, cap;
} gp_vec;

/* ---- parser.c ---- */

/* The token at the current position (looking at it counts for `fill`). */
gp_token *gp_p_peek(parser *p);
/* The token `k` positions ahead of the current one. */
gp_token *gp_p_peek_at(parser *p, int k);
/* The current token's type / whether it is `type`. */
int gp_p_type(parser *p);
int gp_p_check(parser *p, int type);
/* Consume the current token if it is `type`; NULL if it is not. */
gp_token *gp_p_accept(parser *p, int type);
/* Consume a token of `type` or fail with "invalid syntax". */
gp_token *gp_p_expect(parser *p, int type);
/* Consume `type` or fail with "expected 'X'" (CPython's forced tokens). */
gp_token *gp_p_expect_forced(parser *p, int type);
/* The last token consumed. */
gp_token *gp_p_prev(parser *p);

/* Raise an error of `kind` at a byte range (0-based columns). */
void *gp_p_error_at(parser *p, int kind, int lineno, int col, int end_lineno, int end_col,
                    const char *fmt, ...) __attribute__((format(printf, 7, 8)));
/* Raise at a token / a node's range / from node a to node b. */
void *gp_p_error_tok(parser *p, gp_token *t, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *gp_p_error_node(parser *p, gp_expr *a, gp_expr *b, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The generic "invalid syntax" at the furthest token looked at. */
void *gp_p_syntax_error(parser *p);
void *gp_p_nomem(parser *p);
/*
 * Undo a failed attempt to parse something: go back to token `pos`, forget
 * how far the attempt looked (`fill` as it was before) and a syntax error it
 * raised.  Returns -1 when the error cannot be undone (no memory, recursion).
 */
int gp_p_backtrack(parser *p, int pos, int fill);
void *gp_p_recursion(parser *p);
/* Enter / leave a recursive rule; enter fails past GP_PARSER_MAXDEPTH. */
int gp_p_enter(parser *p);
void gp_p_leave(parser *p);

void *gp_p_alloc(parser *p, size_t size);
char *gp_p_strndup(parser *p, const char *s, size_t n);
/* The text of a NAME token, copied into the arena. */
const char *gp_p_name(parser *p, gp_token *t);

int gp_vec_push(parser *p, gp_vec *v, void *item);
/* The vector's items as a sequence: {n, items}. */
#define GP_VEC_SEQ(seqtype, v) ((seqtype){(v).n, (void *)(v).items})

/* A node spanning from (lineno, col) to the end of the last token consumed. */
gp_expr *gp_p_expr(parser *p, gp_expr_kind kind, int lineno, int col);
gp_expr *gp_p_expr_tok(parser *p, gp_expr_kind kind, gp_token *first);
gp_stmt *gp_p_stmt(parser *p, gp_stmt_kind kind, gp_token *first);
/* Any node with explicit positions. */
gp_expr *gp_p_new_expr(parser *p, gp_expr_kind kind, int lineno, int col, int end_lineno,
                       int end_col);

/* ---- parse_expr.c ---- */

/* expression: conditional expression or lambda (no walrus, no star). */
gp_expr *gp_p_expression(parser *p);
/* named_expression: expression or NAME ':=' expression. */
gp_expr *gp_p_named_expression(parser *p);
/* star_expressions: comma list of (possibly starred) expressions; a Tuple
   when there is a comma. */
gp_expr *gp_p_star_expressions(parser *p);
/* Same, for the right side of an assignment: also `yield ...`. */
gp_expr *gp_p_yield_or_star_expressions(parser *p);
gp_expr *gp_p_yield_expr(parser *p);
/* star_targets as in `for` and comprehensions, with ctx Store. */
gp_expr *gp_p_star_targets(parser *p);
/* One target (no top-level comma), as after `with ... as`. */
gp_expr *gp_p_star_target(parser *p);
/* `expressions` of eval mode: a Tuple when there is a comma. */
gp_expr *gp_p_expressions(parser *p);
/* Turn an expression into an assignment (ctx Store) or deletion (Del)
   target.  Returns 0, or -1 with "cannot assign to X" / "cannot delete X"
   pointing at the offending part. */
int gp_p_set_context(parser *p, gp_expr *e, gp_expr_context ctx);
/* The node the message "cannot assign to X" points at, or NULL when `e` is a
   valid target. */
gp_expr *gp_p_invalid_target(gp_expr *e, gp_expr_context ctx);
/* How messages name an expression ("function call", "literal"...). */
const char *gp_p_expr_name(gp_expr *e);
/* Parameters of def (`lambda` = 0) or lambda, up to ')' or ':'. */
gp_arguments *gp_p_parameters(parser *p, int lambda);
/* Arguments of a call after its '(' token `open`, or of class bases
   (`open` NULL: no bare generator expression); consumes ')'. */
int gp_p_call_args(parser *p, gp_expr_seq *args, gp_keyword_seq *keywords, gp_token *open);

/* A Name node for a NAME token. */
gp_expr *gp_p_name_expr(parser *p, gp_token *t, gp_expr_context ctx);
/* A NUMBER token as a Constant. */
gp_expr *gp_p_number(parser *p, gp_token *t);
/* '*' bitwise_or | named_expression */
gp_expr *gp_p_star_named_expression(parser *p);

/* ---- parse_stmt.c ---- */

gp_stmt_seq gp_p_file(parser *p);
/* One interactive statement (mode "single"). */
gp_stmt_seq gp_p_interactive(parser *p);

/* The body of a compound statement after its ':'. */
int gp_p_block(parser *p, gp_stmt_seq *out, const char *what, int header_line);
/* The last token of a compound statement that is not NEWLINE/INDENT/DEDENT. */
void gp_p_end_at_last_token(parser *p, int *end_lineno, int *end_col);

/* ---- parse_pattern.c ---- */

/* A `match` statement when the NAME token `match` starts one: 1 with *out
   set, 0 when the line is not a match statement (nothing consumed), -1 on
   error. */
int gp_p_match_stmt(parser *p, gp_stmt **out);

/* ---- parse_string.c ---- */

/* Concatenate the STRING tokens [first, last] into a Constant or JoinedStr. */
gp_expr *gp_p_strings(parser *p, int first, int last);

#endif
