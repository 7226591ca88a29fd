/*
 * The parser's driver: token access, error reporting, node construction and
 * gp_parse itself.  The grammar is in parse_stmt.c and parse_expr.c, string
 * literals in parse_string.c.
 *
 * The parser is hand-written recursive descent over the token array the
 * tokenizer produces for the whole input.  Where the grammar needs to look
 * further ahead (an assignment target is only known to be one when the '='
 * arrives) it parses an expression first and converts it afterwards.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parser_impl.h"

/* ---- tokens ---- */

gp_token *gp_p_peek(parser *p) {
    if (p->pos >= p->fill) {
        p->fill = p->pos + 1;
    }
    return &p->toks[p->pos];
}

gp_token *gp_p_peek_at(parser *p, int k) {
    int i = p->pos + k;
    /* The array always ends with ENDMARKER or ERRORTOKEN: never go past it. */
    if (i >= p->ntoks) {
        i = p->ntoks - 1;
    }
    if (i >= p->fill) {
        p->fill = i + 1;
    }
    return &p->toks[i];
}

int gp_p_type(parser *p) { return gp_p_peek(p)->type; }

int gp_p_check(parser *p, int type) { return gp_p_peek(p)->type == type; }

gp_token *gp_p_accept(parser *p, int type) {
    gp_token *t = gp_p_peek(p);
    if (t->type != type) {
        return NULL;
    }
    /* ENDMARKER and ERRORTOKEN are never consumed, so pos stays in range. */
    if (type != T_ENDMARKER && type != T_ERRORTOKEN) {
        p->pos++;
    }
    return t;
}

gp_token *gp_p_expect(parser *p, int type) {
    gp_token *t = gp_p_accept(p, type);
    if (!t) {
        gp_p_syntax_error(p);
    }
    return t;
}

gp_token *gp_p_expect_forced(parser *p, int type) {
    gp_token *t = gp_p_accept(p, type);
    if (!t) {
        gp_p_error_tok(p, gp_p_peek(p), "expected '%s'", gp_token_text(type));
    }
    return t;
}

gp_token *gp_p_prev(parser *p) { return &p->toks[p->pos > 0 ? p->pos - 1 : 0]; }

/* ---- errors ---- */

/*
 * CPython quotes the line an error is on with its newline when the tokenizer
 * stands on that line, and without it when the error is on an earlier line.
 */
static void strip_newline_before(gp_parse_error *err, int line) {
    if (err->text && err->lineno < line) {
        size_t n = strlen(err->text);
        if (n > 0 && err->text[n - 1] == '\n') {
            err->text[n - 1] = 0;
        }
    }
}

/* The line the tokenizer would stand on: that of the furthest token looked
   at (the end of a token that spans lines). */
static int current_line(parser *p) {
    gp_token *t = &p->toks[p->fill > 0 ? p->fill - 1 : 0];
    if (t->type == T_ERRORTOKEN && p->fill > 1) {
        t--;
    }
    return t->end_lineno;
}

static void verror(parser *p, int kind, int lineno, int col, int end_lineno, int end_col,
                   const char *fmt, va_list ap) {
    if (p->error) {
        return;
    }
    char msg[256];
    vsnprintf(msg, sizeof msg, fmt, ap);
    p->error = 1;
    if (p->fstring) {
        gp_set_error(p->err, p->tk->buf, kind, lineno - p->fstring_line, col - p->fstring_col,
                     end_lineno - p->fstring_line, end_col < 0 ? end_col : end_col - p->fstring_col,
                     "f-string: %s", msg);
        p->err->lineno += p->fstring_line;
        p->err->end_lineno += p->fstring_line;
    } else {
        gp_set_error(p->err, p->srcbuf, kind, lineno, col, end_lineno, end_col, "%s", msg);
        strip_newline_before(p->err, current_line(p));
    }
    p->err->recursion = 0;
    p->err->incomplete = 0;
}

void *gp_p_error_at(parser *p, int kind, int lineno, int col, int end_lineno, int end_col,
                    const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(p, kind, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *gp_p_error_tok(parser *p, gp_token *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int col = t->col >= 0 ? t->col : t->curcol;
    int end_col = t->col >= 0 ? t->end_col : t->curcol;
    verror(p, GP_PERR_SYNTAX, t->lineno, col, t->end_lineno, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *gp_p_error_node(parser *p, gp_expr *a, gp_expr *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (!b) {
        b = a;
    }
    verror(p, GP_PERR_SYNTAX, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset, fmt, ap);
    va_end(ap);
    return NULL;
}

void *gp_p_syntax_error(parser *p) {
    if (p->error) {
        return NULL;
    }
    gp_token *t = &p->toks[p->fill > 0 ? p->fill - 1 : 0];
    if (t->type == T_INDENT || t->type == T_DEDENT) {
        /* These have no text: the error points where the tokenizer stood. */
        gp_p_error_at(p, GP_PERR_INDENT, t->lineno, t->curcol - 1, t->lineno, -1,
                      t->type == T_INDENT ? "unexpected indent" : "unexpected unindent");
        p->err->end_offset = -1;
        p->indent_error = 1;
        return NULL;
    }
    if (t->type == T_ENDMARKER || t->type == T_ERRORTOKEN) {
        /* CPython points at no column of the last line. */
        gp_p_error_at(p, GP_PERR_SYNTAX, t->lineno, t->curcol, t->lineno, t->curcol,
                      "invalid syntax");
        p->err->offset = p->err->end_offset = 0;
        return NULL;
    }
    return gp_p_error_tok(p, t, "invalid syntax");
}

void *gp_p_nomem(parser *p) {
    if (p->error != 2) {
        free(p->err->text);
        memset(p->err, 0, sizeof *p->err);
        p->err->kind = GP_PERR_NOMEM;
        p->error = 2;
    }
    return NULL;
}

void *gp_p_recursion(parser *p) {
    if (p->error != 2) {
        free(p->err->text);
        memset(p->err, 0, sizeof *p->err);
        p->err->kind = GP_PERR_SYNTAX;
        p->err->recursion = 1;
        snprintf(p->err->msg, sizeof p->err->msg,
                 "maximum recursion depth exceeded during compilation");
        p->error = 2;
    }
    return NULL;
}

int gp_p_backtrack(parser *p, int pos, int fill) {
    if (p->error == 2) {
        return -1;
    }
    if (p->error) {
        free(p->err->text);
        memset(p->err, 0, sizeof *p->err);
        p->error = 0;
    }
    if (p->fill > p->far) {
        p->far = p->fill;
    }
    p->pos = pos;
    p->fill = fill;
    return 0;
}

int gp_p_enter(parser *p) {
    if (++p->depth > GP_PARSER_MAXDEPTH) {
        gp_p_recursion(p);
        return -1;
    }
    return 0;
}

void gp_p_leave(parser *p) { p->depth--; }

/* ---- memory ---- */

void *gp_p_alloc(parser *p, size_t size) {
    void *m = gp_arena_alloc(p->arena, size);
    if (!m) {
        gp_p_nomem(p);
    }
    return m;
}

char *gp_p_strndup(parser *p, const char *s, size_t n) {
    char *d = gp_p_alloc(p, n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = 0;
    }
    return d;
}

/*
 * Identifiers are NFKC-normalised.  Without the Unicode database only the
 * compatibility characters that turn up in code are mapped: fullwidth ASCII,
 * the micro sign, ordinal indicators and the Latin ligatures.  Returns the
 * replacement text of the character `cp`, or NULL to keep it.
 */
static const char *nfkc_small(unsigned cp, char *buf) {
    static const char *const ligatures[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
        buf[0] = (char)(cp - 0xFF01 + 0x21);
        buf[1] = 0;
        return buf;
    }
    if (cp >= 0xFB00 && cp <= 0xFB06) {
        return ligatures[cp - 0xFB00];
    }
    switch (cp) {
    case 0xB5:
        return "\xCE\xBC"; /* micro sign -> Greek mu */
    case 0xAA:
        return "a";
    case 0xBA:
        return "o";
    case 0x17F:
        return "s"; /* long s */
    default:
        return NULL;
    }
}

const char *gp_p_name(parser *p, gp_token *t) {
    int ascii = 1;
    for (int i = 0; i < t->len; i++) {
        ascii &= (unsigned char)t->s[i] < 0x80;
    }
    if (ascii) {
        return gp_p_strndup(p, t->s, (size_t)t->len);
    }
    /* Every replacement is at most as long as the character it replaces. */
    char *out = gp_p_alloc(p, (size_t)t->len + 1);
    if (!out) {
        return NULL;
    }
    size_t n = 0;
    const unsigned char *s = (const unsigned char *)t->s;
    for (int i = 0; i < t->len;) {
        int len = s[i] < 0x80 ? 1 : s[i] < 0xE0 ? 2 : s[i] < 0xF0 ? 3 : 4;
        unsigned cp = len == 1   ? s[i]
                      : len == 2 ? ((s[i] & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu)
                      : len == 3
                          ? ((s[i] & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu)
                          : ((s[i] & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) |
                                ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3Fu);
        char buf[2];
        const char *rep = nfkc_small(cp, buf);
        if (rep) {
            size_t rl = strlen(rep);
            memcpy(out + n, rep, rl);
            n += rl;
        } else {
            memcpy(out + n, s + i, (size_t)len);
            n += (size_t)len;
        }
        i += len;
    }
    out[n] = 0;
    return out;
}

int gp_vec_push(parser *p, gp_vec *v, void *item) {
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        void **items = gp_p_alloc(p, (size_t)cap * sizeof *items);
        if (!items) {
            return -1;
        }
        if (v->n) {
            memcpy(items, v->items, (size_t)v->n * sizeof *items);
        }
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = item;
    return 0;
}

/* ---- nodes ---- */

gp_expr *gp_p_new_expr(parser *p, gp_expr_kind kind, int lineno, int col, int end_lineno,
                       int end_col) {
    gp_expr *e = gp_p_alloc(p, sizeof *e);
    if (e) {
        e->kind = kind;
        e->lineno = lineno;
        e->col_offset = col;
        e->end_lineno = end_lineno;
        e->end_col_offset = end_col;
    }
    return e;
}

gp_expr *gp_p_expr(parser *p, gp_expr_kind kind, int lineno, int col) {
    gp_token *last = gp_p_prev(p);
    return gp_p_new_expr(p, kind, lineno, col, last->end_lineno, last->end_col);
}

gp_expr *gp_p_expr_tok(parser *p, gp_expr_kind kind, gp_token *first) {
    return gp_p_expr(p, kind, first->lineno, first->col);
}

gp_stmt *gp_p_stmt(parser *p, gp_stmt_kind kind, gp_token *first) {
    gp_stmt *s = gp_p_alloc(p, sizeof *s);
    if (s) {
        gp_token *last = gp_p_prev(p);
        s->kind = kind;
        s->lineno = first->lineno;
        s->col_offset = first->col;
        s->end_lineno = last->end_lineno;
        s->end_col_offset = last->end_col;
    }
    return s;
}

/* ---- the entry point ---- */

/*
 * A tokenizer error anywhere in the input wins over a syntax error the parser
 * found, except that "'(' was never closed" only wins over errors on lines
 * after that bracket's line (or when the parser itself ran into the end).
 */
static void prefer_tokenizer_error(parser *p) {
    gp_tokens *tk = p->tk;
    if (p->error == 2 || tk->ntoks == 0 || tk->toks[tk->ntoks - 1].type != T_ERRORTOKEN) {
        return;
    }
    /* Whether the parser ever looked at the end, also in attempts it gave
       up. */
    int reached_end = p->fill >= tk->ntoks || p->far >= tk->ntoks;
    /* CPython reports an unexpected indent before tokenizing further. */
    if (p->indent_error && !reached_end) {
        return;
    }
    if (tk->eof_in_brackets && !reached_end && p->err->lineno <= tk->bracket_lineno) {
        return;
    }
    free(p->err->text);
    *p->err = tk->error;
    tk->error.text = NULL;
    if (tk->eof_in_brackets) {
        int fill = p->fill;
        p->fill = p->ntoks;
        strip_newline_before(p->err, current_line(p));
        p->fill = fill;
    }
}

/*
 * A syntax error found only because the parser ran into the end of the input
 * (at the ENDMARKER, or at the DEDENTs the end produces) means more lines
 * could still make the program valid.
 */
static void mark_incomplete(parser *p) {
    if (p->error != 1) {
        return;
    }
    for (int i = p->fill > 0 ? p->fill - 1 : 0; i < p->ntoks; i++) {
        int type = p->toks[i].type;
        if (type == T_ENDMARKER) {
            p->err->incomplete = 1;
            return;
        }
        if (type != T_DEDENT) {
            return;
        }
    }
}

gp_mod *gp_parse(gp_arena *a, const char *src, size_t len, const char *filename, gp_parse_mode mode,
                 gp_parse_error *err) {
    memset(err, 0, sizeof *err);
    if (memchr(src, 0, len)) {
        err->kind = GP_PERR_SYNTAX;
        snprintf(err->msg, sizeof err->msg, "source code string cannot contain null bytes");
        return NULL;
    }
    gp_tokens tk;
    if (gp_tokenize(&tk, src, len, 1) < 0) {
        gp_tokens_free(&tk);
        err->kind = GP_PERR_NOMEM;
        return NULL;
    }
    parser p;
    memset(&p, 0, sizeof p);
    p.arena = a;
    p.tk = &tk;
    p.toks = tk.toks;
    p.ntoks = tk.ntoks;
    p.err = err;
    p.mode = mode;
    p.srcbuf = tk.buf;

    gp_mod *mod = gp_p_alloc(&p, sizeof *mod);
    if (mod) {
        if (mode == GP_PARSE_EVAL) {
            mod->kind = GP_MOD_Expression;
            while (gp_p_accept(&p, T_NEWLINE)) {
            }
            gp_expr *body = gp_p_expressions(&p);
            while (body && gp_p_accept(&p, T_NEWLINE)) {
            }
            if (body && !gp_p_check(&p, T_ENDMARKER)) {
                gp_p_syntax_error(&p);
            }
            mod->v.Expression.body = body;
        } else if (mode == GP_PARSE_SINGLE) {
            mod->kind = GP_MOD_Interactive;
            mod->v.Interactive.body = gp_p_interactive(&p);
        } else {
            mod->kind = GP_MOD_Module;
            mod->v.Module.body = gp_p_file(&p);
        }
    }
    if (p.error) {
        mark_incomplete(&p);
        prefer_tokenizer_error(&p);
        mod = NULL;
    }
    gp_tokens_free(&tk);
    return mod;
}
