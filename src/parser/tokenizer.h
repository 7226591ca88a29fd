/*
 * The tokenizer: source text -> an array of tokens (internal to the parser).
 *
 * The whole input is tokenized before parsing starts.  A tokenizer error
 * anywhere in the file is reported in preference to a syntax error found by
 * the parser, which is also the order in which CPython reports them.
 */
#ifndef GP_PARSER_TOKENIZER_H
#define GP_PARSER_TOKENIZER_H

#include <stddef.h>
#include "parser/parser.h"

/* Token types.  Keywords get a type each so the parser compares integers. */
enum {
    T_ENDMARKER,
    T_NAME,
    T_NUMBER,
    T_STRING,
    T_NEWLINE,
    T_INDENT,
    T_DEDENT,
    T_OP_OTHER,   /* a character that is no operator, e.g. '$' or '?' */
    T_ERRORTOKEN, /* the tokenizer failed here: fetching it raises the error */

    T_LPAR,
    T_RPAR,
    T_LSQB,
    T_RSQB,
    T_LBRACE,
    T_RBRACE,
    T_COLON,
    T_COMMA,
    T_SEMI,
    T_PLUS,
    T_MINUS,
    T_STAR,
    T_SLASH,
    T_VBAR,
    T_AMPER,
    T_LESS,
    T_GREATER,
    T_EQUAL,
    T_DOT,
    T_PERCENT,
    T_EQEQUAL,
    T_NOTEQUAL,
    T_LESSEQUAL,
    T_GREATEREQUAL,
    T_TILDE,
    T_CIRCUMFLEX,
    T_LEFTSHIFT,
    T_RIGHTSHIFT,
    T_DOUBLESTAR,
    T_PLUSEQUAL,
    T_MINEQUAL,
    T_STAREQUAL,
    T_SLASHEQUAL,
    T_PERCENTEQUAL,
    T_AMPEREQUAL,
    T_VBAREQUAL,
    T_CIRCUMFLEXEQUAL,
    T_LEFTSHIFTEQUAL,
    T_RIGHTSHIFTEQUAL,
    T_DOUBLESTAREQUAL,
    T_DOUBLESLASH,
    T_DOUBLESLASHEQUAL,
    T_AT,
    T_ATEQUAL,
    T_RARROW,
    T_ELLIPSIS,
    T_COLONEQUAL,

    /* keywords */
    T_FALSE,
    T_NONE,
    T_TRUE,
    T_AND,
    T_AS,
    T_ASSERT,
    T_ASYNC,
    T_AWAIT,
    T_BREAK,
    T_CLASS,
    T_CONTINUE,
    T_DEF,
    T_DEL,
    T_ELIF,
    T_ELSE,
    T_EXCEPT,
    T_FINALLY,
    T_FOR,
    T_FROM,
    T_GLOBAL,
    T_IF,
    T_IMPORT,
    T_IN,
    T_IS,
    T_LAMBDA,
    T_NONLOCAL,
    T_NOT,
    T_OR,
    T_PASS,
    T_RAISE,
    T_RETURN,
    T_TRY,
    T_WHILE,
    T_WITH,
    T_YIELD,
    T_NTYPES
};

/*
 * INDENT, DEDENT and ENDMARKER have no text: their col and end_col are -1 and
 * `curcol` is where the tokenizer stood after producing them, which is where
 * an error reported at them points.
 */
typedef struct {
    int type;
    int level;     /* bracket nesting after this token */
    const char *s; /* text in the tokenizer's buffer */
    int len;
    int lineno, col, end_lineno, end_col; /* col: byte offset in the line */
    int curcol;
} gp_token;

typedef struct {
    char *buf; /* normalised source: LF line ends, ends with LF, NUL */
    size_t len;
    int first_lineno;
    gp_token *toks;
    int ntoks, cap;
    /* The error the last token (T_ERRORTOKEN) stands for. */
    gp_parse_error error;
    /* Set when that error is "'(' was never closed": input ended inside
       brackets.  Such an error does not replace a syntax error found on the
       bracket's own line or before it. */
    int eof_in_brackets;
    int bracket_lineno;
    /* The source did not end with a newline: buf has one more character. */
    int added_newline;
} gp_tokens;

/*
 * Normalise `src` (skip a BOM, turn CRLF and CR into LF, add a final LF) into
 * a malloc'd buffer and tokenize it.  Returns 0, or -1 when out of memory.
 * A tokenizer error ends the array with a T_ERRORTOKEN and fills out->error.
 * `first_lineno` numbers the first line (1 for a file).
 */
int gp_tokenize(gp_tokens *out, const char *src, size_t len, int first_lineno);
void gp_tokens_free(gp_tokens *t);

/* The spelling of a token type for messages ("'('", "'if'"). */
const char *gp_token_text(int type);

/*
 * Fill `err` for an error at a position given in bytes: the offsets are
 * converted to CPython's 1-based character offsets using the line's text.
 * A negative end_col leaves end_offset 0.
 */
void gp_set_error(gp_parse_error *err, const char *buf, int kind, int lineno, int col,
                  int end_lineno, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));

/* The text of line `lineno` of `buf` (counting from `first_lineno`). */
const char *gp_line_start(const char *buf, int first_lineno, int lineno);

/* Characters (UTF-8 lead bytes) in s[0..n). */
int gp_utf8_chars(const char *s, int n);

#endif
