/*
 * The match statement (PEP 634): its subject, case blocks and patterns.
 * `match`, `case` and `_` are soft keywords: ordinary NAME tokens that
 * only mean something where a match statement or a pattern is possible.
 */
#include <string.h>

#include "parser/parser_impl.h"

static gp_pattern *pattern(parser *p);
static gp_pattern *closed_pattern(parser *p);

static int is_name(gp_token *t, const char *s) {
    size_t n = strlen(s);
    return t->type == T_NAME && (size_t)t->len == n && memcmp(t->s, s, n) == 0;
}

static gp_pattern *new_pattern(parser *p, gp_pattern_kind kind, int lineno, int col) {
    gp_pattern *pt = gp_p_alloc(p, sizeof *pt);
    if (pt) {
        gp_token *last = gp_p_prev(p);
        pt->kind = kind;
        pt->lineno = lineno;
        pt->col_offset = col;
        pt->end_lineno = last->end_lineno;
        pt->end_col_offset = last->end_col;
    }
    return pt;
}

static void *pattern_error(parser *p, gp_pattern *a, gp_pattern *b, const char *msg) {
    return gp_p_error_at(p, GP_PERR_SYNTAX, a->lineno, a->col_offset, b->end_lineno,
                         b->end_col_offset, "%s", msg);
}

/* A capture target: a NAME other than `_` not followed by '.', '(' or '='. */
static int at_capture_target(parser *p) {
    gp_token *t = gp_p_peek(p);
    if (t->type != T_NAME || is_name(t, "_")) {
        return 0;
    }
    int next = gp_p_peek_at(p, 1)->type;
    return next != T_DOT && next != T_LPAR && next != T_EQUAL;
}

/* NAME ('.' NAME)*: a Name or a chain of Attribute nodes. */
static gp_expr *name_or_attr(parser *p) {
    gp_token *first = gp_p_expect(p, T_NAME);
    gp_expr *e = first ? gp_p_name_expr(p, first, GP_Load) : NULL;
    while (e && gp_p_check(p, T_DOT)) {
        gp_p_accept(p, T_DOT);
        gp_token *n = gp_p_expect(p, T_NAME);
        gp_expr *a = n ? gp_p_expr_tok(p, GP_EXPR_Attribute, first) : NULL;
        if (!a || !(a->v.Attribute.attr = gp_p_name(p, n))) {
            return NULL;
        }
        a->v.Attribute.value = e;
        a->v.Attribute.ctx = GP_Load;
        e = a;
    }
    return e;
}

/* NUMBER | '-' NUMBER */
static gp_expr *signed_number(parser *p) {
    gp_token *minus = gp_p_accept(p, T_MINUS);
    gp_token *n = gp_p_expect(p, T_NUMBER);
    gp_expr *e = n ? gp_p_number(p, n) : NULL;
    if (e && minus) {
        gp_expr *u = gp_p_expr_tok(p, GP_EXPR_UnaryOp, minus);
        if (!u) {
            return NULL;
        }
        u->v.UnaryOp.op = GP_USub;
        u->v.UnaryOp.operand = e;
        e = u;
    }
    return e;
}

static int is_imaginary(gp_expr *e) {
    return e->kind == GP_EXPR_Constant && e->v.Constant.value.kind == GP_CONST_IMAG;
}

/*
 * The value of a literal pattern or of a mapping pattern's key: a signed
 * number, a complex literal `real +/- imag`, strings, None, True or False.
 * `*singleton` is set for the last three (a MatchSingleton in a pattern).
 */
static gp_expr *literal_expr(parser *p, int *singleton) {
    gp_token *t = gp_p_peek(p);
    *singleton = 0;
    switch (t->type) {
    case T_NONE:
    case T_TRUE:
    case T_FALSE: {
        gp_p_accept(p, t->type);
        gp_expr *e = gp_p_expr_tok(p, GP_EXPR_Constant, t);
        if (e) {
            e->v.Constant.value.kind = t->type == T_NONE   ? GP_CONST_NONE
                                       : t->type == T_TRUE ? GP_CONST_TRUE
                                                           : GP_CONST_FALSE;
            e->v.Constant.value.s = "";
            *singleton = 1;
        }
        return e;
    }
    case T_STRING: {
        int first = p->pos;
        while (gp_p_accept(p, T_STRING)) {
        }
        return gp_p_strings(p, first, p->pos - 1);
    }
    default:
        break;
    }
    gp_expr *real = signed_number(p);
    if (!real || (!gp_p_check(p, T_PLUS) && !gp_p_check(p, T_MINUS))) {
        return real;
    }
    gp_operator op = gp_p_accept(p, T_PLUS) ? GP_Add : (gp_p_accept(p, T_MINUS), GP_Sub);
    gp_token *n = gp_p_expect(p, T_NUMBER);
    gp_expr *imag = n ? gp_p_number(p, n) : NULL;
    if (!imag) {
        return NULL;
    }
    if (is_imaginary(real) ||
        (real->kind == GP_EXPR_UnaryOp && is_imaginary(real->v.UnaryOp.operand))) {
        return gp_p_error_node(p, real, NULL, "real number required in complex literal");
    }
    if (!is_imaginary(imag)) {
        return gp_p_error_node(p, imag, NULL, "imaginary number required in complex literal");
    }
    gp_expr *e = gp_p_expr(p, GP_EXPR_BinOp, t->lineno, t->col);
    if (e) {
        e->v.BinOp.left = real;
        e->v.BinOp.op = op;
        e->v.BinOp.right = imag;
    }
    return e;
}

/* '*' NAME, the star of a sequence pattern (`*_` binds nothing). */
static gp_pattern *star_pattern(parser *p) {
    gp_token *star = gp_p_accept(p, T_STAR);
    gp_token *n = gp_p_expect(p, T_NAME);
    if (!n) {
        return NULL;
    }
    gp_pattern *pt = new_pattern(p, GP_PAT_MatchStar, star->lineno, star->col);
    if (pt && !is_name(n, "_") && !(pt->v.MatchStar.name = gp_p_name(p, n))) {
        return NULL;
    }
    return pt;
}

static gp_pattern *maybe_star_pattern(parser *p) {
    return gp_p_check(p, T_STAR) ? star_pattern(p) : pattern(p);
}

/* Comma-separated patterns up to the token `close`, trailing comma allowed;
 *commas counts the commas seen. */
static int pattern_list(parser *p, gp_vec *out, int close, int *commas) {
    *commas = 0;
    while (!gp_p_check(p, close)) {
        gp_pattern *pt = maybe_star_pattern(p);
        if (!pt || gp_vec_push(p, out, pt) < 0) {
            return -1;
        }
        if (!gp_p_accept(p, T_COMMA)) {
            break;
        }
        (*commas)++;
    }
    return gp_p_expect(p, close) ? 0 : -1;
}

/* '(' ')' | '(' pattern ')' (a group) | '(' patterns with a comma ')' */
static gp_pattern *paren_pattern(parser *p) {
    gp_token *open = gp_p_accept(p, T_LPAR);
    gp_vec items = {0};
    int commas;
    if (pattern_list(p, &items, T_RPAR, &commas) < 0) {
        return NULL;
    }
    if (items.n == 1 && commas == 0) {
        /* A group; a star needs the comma of a sequence. */
        if (((gp_pattern *)items.items[0])->kind == GP_PAT_MatchStar) {
            return gp_p_error_tok(p, gp_p_prev(p), "invalid syntax");
        }
        return items.items[0];
    }
    gp_pattern *pt = new_pattern(p, GP_PAT_MatchSequence, open->lineno, open->col);
    if (pt) {
        pt->v.MatchSequence.patterns = GP_VEC_SEQ(gp_pattern_seq, items);
    }
    return pt;
}

static gp_pattern *list_pattern(parser *p) {
    gp_token *open = gp_p_accept(p, T_LSQB);
    gp_vec items = {0};
    int commas;
    if (pattern_list(p, &items, T_RSQB, &commas) < 0) {
        return NULL;
    }
    gp_pattern *pt = new_pattern(p, GP_PAT_MatchSequence, open->lineno, open->col);
    if (pt) {
        pt->v.MatchSequence.patterns = GP_VEC_SEQ(gp_pattern_seq, items);
    }
    return pt;
}

/* '{' (key ':' pattern ',')* ['**' NAME] '}' */
static gp_pattern *mapping_pattern(parser *p) {
    gp_token *open = gp_p_accept(p, T_LBRACE);
    gp_vec keys = {0}, values = {0};
    const char *rest = NULL;
    while (!gp_p_check(p, T_RBRACE)) {
        if (gp_p_accept(p, T_DOUBLESTAR)) {
            if (!at_capture_target(p)) {
                return gp_p_syntax_error(p);
            }
            gp_token *n = gp_p_accept(p, T_NAME);
            if (!(rest = gp_p_name(p, n))) {
                return NULL;
            }
            gp_p_accept(p, T_COMMA);
            break;
        }
        gp_expr *key;
        int singleton;
        if (gp_p_check(p, T_NAME)) {
            key = name_or_attr(p);
            if (key && key->kind == GP_EXPR_Name) {
                return gp_p_syntax_error(p);
            }
        } else {
            key = literal_expr(p, &singleton);
        }
        if (!key || !gp_p_expect(p, T_COLON)) {
            return NULL;
        }
        gp_pattern *v = pattern(p);
        if (!v || gp_vec_push(p, &keys, key) < 0 || gp_vec_push(p, &values, v) < 0) {
            return NULL;
        }
        if (!gp_p_accept(p, T_COMMA)) {
            break;
        }
    }
    if (!gp_p_expect(p, T_RBRACE)) {
        return NULL;
    }
    gp_pattern *pt = new_pattern(p, GP_PAT_MatchMapping, open->lineno, open->col);
    if (pt) {
        pt->v.MatchMapping.keys = GP_VEC_SEQ(gp_expr_seq, keys);
        pt->v.MatchMapping.patterns = GP_VEC_SEQ(gp_pattern_seq, values);
        pt->v.MatchMapping.rest = rest;
    }
    return pt;
}

/* cls '(' positional patterns, then NAME '=' pattern ... ')' */
static gp_pattern *class_pattern(parser *p, gp_expr *cls) {
    gp_p_accept(p, T_LPAR);
    gp_vec args = {0}, attrs = {0}, kwargs = {0};
    /* Positional patterns after keyword ones are an error spanning them. */
    gp_pattern *bad_first = NULL, *bad_last = NULL;
    while (!gp_p_check(p, T_RPAR)) {
        if (gp_p_check(p, T_NAME) && gp_p_peek_at(p, 1)->type == T_EQUAL) {
            gp_token *n = gp_p_accept(p, T_NAME);
            gp_p_accept(p, T_EQUAL);
            const char *attr = gp_p_name(p, n);
            gp_pattern *v = attr ? pattern(p) : NULL;
            if (!v || gp_vec_push(p, &attrs, (void *)attr) < 0 || gp_vec_push(p, &kwargs, v) < 0) {
                return NULL;
            }
        } else {
            gp_pattern *v = pattern(p);
            if (!v || gp_vec_push(p, &args, v) < 0) {
                return NULL;
            }
            if (kwargs.n > 0) {
                bad_first = bad_first ? bad_first : v;
                bad_last = v;
            }
        }
        if (!gp_p_accept(p, T_COMMA)) {
            break;
        }
    }
    if (!gp_p_expect(p, T_RPAR)) {
        return NULL;
    }
    if (bad_first) {
        return pattern_error(p, bad_first, bad_last, "positional patterns follow keyword patterns");
    }
    gp_pattern *pt = new_pattern(p, GP_PAT_MatchClass, cls->lineno, cls->col_offset);
    if (pt) {
        pt->v.MatchClass.cls = cls;
        pt->v.MatchClass.patterns = GP_VEC_SEQ(gp_pattern_seq, args);
        pt->v.MatchClass.kwd_attrs = GP_VEC_SEQ(gp_ident_seq, attrs);
        pt->v.MatchClass.kwd_patterns = GP_VEC_SEQ(gp_pattern_seq, kwargs);
    }
    return pt;
}

static gp_pattern *closed_pattern(parser *p) {
    gp_token *t = gp_p_peek(p);
    switch (t->type) {
    case T_LPAR:
    case T_LSQB:
    case T_LBRACE: {
        if (gp_p_enter(p) < 0) {
            return NULL;
        }
        gp_pattern *pt = t->type == T_LPAR   ? paren_pattern(p)
                         : t->type == T_LSQB ? list_pattern(p)
                                             : mapping_pattern(p);
        gp_p_leave(p);
        return pt;
    }
    case T_NAME: {
        if (at_capture_target(p)) {
            gp_p_accept(p, T_NAME);
            gp_pattern *pt = new_pattern(p, GP_PAT_MatchAs, t->lineno, t->col);
            if (pt && !(pt->v.MatchAs.name = gp_p_name(p, t))) {
                return NULL;
            }
            return pt;
        }
        if (is_name(t, "_") && gp_p_peek_at(p, 1)->type != T_DOT &&
            gp_p_peek_at(p, 1)->type != T_LPAR) {
            gp_p_accept(p, T_NAME);
            return new_pattern(p, GP_PAT_MatchAs, t->lineno, t->col);
        }
        gp_expr *e = name_or_attr(p);
        if (!e) {
            return NULL;
        }
        if (gp_p_check(p, T_LPAR)) {
            if (gp_p_enter(p) < 0) {
                return NULL;
            }
            gp_pattern *pt = class_pattern(p, e);
            gp_p_leave(p);
            return pt;
        }
        if (e->kind == GP_EXPR_Name) {
            return gp_p_syntax_error(p);
        }
        gp_pattern *pt = new_pattern(p, GP_PAT_MatchValue, t->lineno, t->col);
        if (pt) {
            pt->v.MatchValue.value = e;
        }
        return pt;
    }
    case T_NONE:
    case T_TRUE:
    case T_FALSE:
    case T_STRING:
    case T_NUMBER:
    case T_MINUS: {
        int singleton;
        gp_expr *e = literal_expr(p, &singleton);
        if (!e) {
            return NULL;
        }
        gp_pattern *pt = new_pattern(p, singleton ? GP_PAT_MatchSingleton : GP_PAT_MatchValue,
                                     t->lineno, t->col);
        if (pt && singleton) {
            pt->v.MatchSingleton.value = e->v.Constant.value;
        } else if (pt) {
            pt->v.MatchValue.value = e;
        }
        return pt;
    }
    default:
        return gp_p_syntax_error(p);
    }
}

/* closed_pattern ('|' closed_pattern)* ['as' NAME] */
static gp_pattern *pattern(parser *p) {
    gp_token *first = gp_p_peek(p);
    gp_pattern *pt = closed_pattern(p);
    if (!pt) {
        return NULL;
    }
    if (gp_p_check(p, T_VBAR)) {
        gp_vec alts = {0};
        if (gp_vec_push(p, &alts, pt) < 0) {
            return NULL;
        }
        while (gp_p_accept(p, T_VBAR)) {
            gp_pattern *alt = closed_pattern(p);
            if (!alt || gp_vec_push(p, &alts, alt) < 0) {
                return NULL;
            }
        }
        if (!(pt = new_pattern(p, GP_PAT_MatchOr, first->lineno, first->col))) {
            return NULL;
        }
        pt->v.MatchOr.patterns = GP_VEC_SEQ(gp_pattern_seq, alts);
    }
    if (gp_p_accept(p, T_AS)) {
        gp_token *n = gp_p_peek(p);
        if (is_name(n, "_")) {
            return gp_p_error_tok(p, n, "cannot use '_' as a target");
        }
        if (n->type == T_NAME && !at_capture_target(p)) {
            return gp_p_error_tok(p, gp_p_peek_at(p, 1), "invalid syntax");
        }
        if (!at_capture_target(p)) {
            int pos = p->pos, fill = p->fill;
            gp_expr *e = gp_p_expression(p);
            if (e) {
                return gp_p_error_node(p, e, NULL, "invalid pattern target");
            }
            gp_p_backtrack(p, pos, fill);
            return gp_p_syntax_error(p);
        }
        gp_p_accept(p, T_NAME);
        gp_pattern *as = new_pattern(p, GP_PAT_MatchAs, first->lineno, first->col);
        if (!as || !(as->v.MatchAs.name = gp_p_name(p, n))) {
            return NULL;
        }
        as->v.MatchAs.pattern = pt;
        pt = as;
    }
    return pt;
}

/* The patterns of a case: one pattern, or an open sequence `a, *b`. */
static gp_pattern *patterns(parser *p) {
    gp_token *first = gp_p_peek(p);
    gp_pattern *pt = maybe_star_pattern(p);
    if (!pt || (!gp_p_check(p, T_COMMA) && pt->kind != GP_PAT_MatchStar)) {
        return pt;
    }
    gp_vec items = {0};
    if (gp_vec_push(p, &items, pt) < 0) {
        return NULL;
    }
    if (pt->kind == GP_PAT_MatchStar && !gp_p_check(p, T_COMMA)) {
        return gp_p_syntax_error(p);
    }
    while (gp_p_accept(p, T_COMMA)) {
        if (gp_p_check(p, T_COLON) || gp_p_check(p, T_IF)) {
            break;
        }
        gp_pattern *x = maybe_star_pattern(p);
        if (!x || gp_vec_push(p, &items, x) < 0) {
            return NULL;
        }
    }
    gp_pattern *seq = new_pattern(p, GP_PAT_MatchSequence, first->lineno, first->col);
    if (seq) {
        seq->v.MatchSequence.patterns = GP_VEC_SEQ(gp_pattern_seq, items);
    }
    return seq;
}

/* The ':' ending a match or case header; before a newline a missing one
   gets CPython's message. */
static int header_colon(parser *p) {
    if (gp_p_accept(p, T_COLON)) {
        return 0;
    }
    if (gp_p_check(p, T_NEWLINE)) {
        gp_p_error_tok(p, gp_p_peek(p), "expected ':'");
    } else {
        gp_p_syntax_error(p);
    }
    return -1;
}

/* "case" patterns ['if' named_expression] ':' block */
static gp_match_case *case_block(parser *p) {
    gp_token *kw = gp_p_accept(p, T_NAME);
    gp_match_case *mc = gp_p_alloc(p, sizeof *mc);
    if (!mc || !(mc->pattern = patterns(p))) {
        return NULL;
    }
    if (gp_p_accept(p, T_IF) && !(mc->guard = gp_p_named_expression(p))) {
        return NULL;
    }
    if (header_colon(p) < 0 || gp_p_block(p, &mc->body, "'case' statement", kw->lineno) < 0) {
        return NULL;
    }
    return mc;
}

/* The subject: a named expression, or a tuple of starred ones. */
static gp_expr *subject_expr(parser *p) {
    gp_token *first = gp_p_peek(p);
    gp_expr *e = gp_p_star_named_expression(p);
    if (!e || !gp_p_check(p, T_COMMA)) {
        return e && e->kind == GP_EXPR_Starred ? gp_p_syntax_error(p) : e;
    }
    gp_vec elts = {0};
    if (gp_vec_push(p, &elts, e) < 0) {
        return NULL;
    }
    while (gp_p_accept(p, T_COMMA)) {
        if (gp_p_check(p, T_COLON)) {
            break;
        }
        gp_expr *x = gp_p_star_named_expression(p);
        if (!x || gp_vec_push(p, &elts, x) < 0) {
            return NULL;
        }
    }
    gp_expr *t = gp_p_expr_tok(p, GP_EXPR_Tuple, first);
    if (t) {
        t->v.Tuple.elts = GP_VEC_SEQ(gp_expr_seq, elts);
        t->v.Tuple.ctx = GP_Load;
    }
    return t;
}

int gp_p_match_stmt(parser *p, gp_stmt **out) {
    gp_token *kw = gp_p_peek(p);
    int next = gp_p_peek_at(p, 1)->type;
    if (!is_name(kw, "match") || next == T_NEWLINE || next == T_EQUAL || next == T_DOT ||
        next == T_COLON || next == T_SEMI || next == T_COMMA || next == T_RPAR) {
        return 0;
    }
    /* Only `match subject :` makes a match statement; anything else on the
       line is parsed again as an expression statement using the name. */
    int pos = p->pos, fill = p->fill;
    gp_p_accept(p, T_NAME);
    gp_expr *subject = subject_expr(p);
    if (!subject || !gp_p_check(p, T_COLON) || gp_p_peek_at(p, 1)->type != T_NEWLINE) {
        int newline = subject && gp_p_check(p, T_NEWLINE) && !p->error;
        if (gp_p_backtrack(p, pos, fill) < 0) {
            return -1;
        }
        /* `match x` alone lacks its colon, but `match(x)`, `match[x]`,
           `match - x` and `match * x` are expressions. */
        if (newline && next != T_LPAR && next != T_LSQB && next != T_MINUS && next != T_PLUS &&
            next != T_STAR) {
            gp_p_accept(p, T_NAME);
            subject_expr(p);
            gp_p_error_tok(p, gp_p_peek(p), "expected ':'");
            return -1;
        }
        return 0;
    }
    gp_p_accept(p, T_COLON);
    gp_p_accept(p, T_NEWLINE);
    if (!gp_p_check(p, T_INDENT)) {
        gp_token *t = gp_p_peek(p);
        int col = t->col >= 0 ? t->col : t->curcol;
        int end_col = t->col >= 0 ? t->end_col : t->curcol;
        gp_p_error_at(p, GP_PERR_INDENT, t->lineno, col, t->end_lineno, end_col,
                      "expected an indented block after 'match' statement on line %d", kw->lineno);
        if (t->type == T_ENDMARKER) {
            p->err->incomplete = 1;
        }
        return -1;
    }
    gp_p_accept(p, T_INDENT);
    gp_vec cases = {0};
    do {
        if (!is_name(gp_p_peek(p), "case")) {
            gp_p_syntax_error(p);
            return -1;
        }
        gp_match_case *mc = case_block(p);
        if (!mc || gp_vec_push(p, &cases, mc) < 0) {
            return -1;
        }
    } while (!gp_p_check(p, T_DEDENT) && !gp_p_check(p, T_ENDMARKER));
    gp_p_accept(p, T_DEDENT);
    gp_stmt *s = gp_p_stmt(p, GP_STMT_Match, kw);
    if (!s) {
        return -1;
    }
    s->v.Match.subject = subject;
    s->v.Match.cases = GP_VEC_SEQ(gp_match_case_seq, cases);
    gp_p_end_at_last_token(p, &s->end_lineno, &s->end_col_offset);
    *out = s;
    return 1;
}
