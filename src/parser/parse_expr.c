/*
 * Expressions: the precedence levels from `expression` down to `atom`,
 * displays and comprehensions, calls and subscripts, lambda and parameter
 * lists, and the conversion of expressions into assignment targets.
 */
#include <string.h>

#include "parser/parser_impl.h"

static gp_expr *disjunction(parser *p);
static gp_expr *bitwise_or(parser *p);
static gp_expr *primary(parser *p);
static gp_expr *named_expression(parser *p, int check_equal);

/* Can a token of this type begin an expression? */
static int starts_expression(int type) {
    switch (type) {
    case T_NAME:
    case T_NUMBER:
    case T_STRING:
    case T_LPAR:
    case T_LSQB:
    case T_LBRACE:
    case T_MINUS:
    case T_PLUS:
    case T_TILDE:
    case T_NOT:
    case T_LAMBDA:
    case T_AWAIT:
    case T_ELLIPSIS:
    case T_TRUE:
    case T_FALSE:
    case T_NONE:
        return 1;
    default:
        return 0;
    }
}

static int is_name_token(gp_token *t, const char *s) {
    size_t n = strlen(s);
    return t->type == T_NAME && (size_t)t->len == n && memcmp(t->s, s, n) == 0;
}

gp_expr *gp_p_name_expr(parser *p, gp_token *t, gp_expr_context ctx) {
    gp_expr *e = gp_p_new_expr(p, GP_EXPR_Name, t->lineno, t->col, t->end_lineno, t->end_col);
    if (e) {
        e->v.Name.id = gp_p_name(p, t);
        e->v.Name.ctx = ctx;
        if (!e->v.Name.id) {
            return NULL;
        }
    }
    return e;
}

/* ---- targets ---- */

const char *gp_p_expr_name(gp_expr *e) {
    switch (e->kind) {
    case GP_EXPR_Attribute:
        return "attribute";
    case GP_EXPR_Subscript:
        return "subscript";
    case GP_EXPR_Starred:
        return "starred";
    case GP_EXPR_Name:
        return "name";
    case GP_EXPR_List:
        return "list";
    case GP_EXPR_Tuple:
        return "tuple";
    case GP_EXPR_Lambda:
        return "lambda";
    case GP_EXPR_Call:
        return "function call";
    case GP_EXPR_BoolOp:
    case GP_EXPR_BinOp:
    case GP_EXPR_UnaryOp:
        return "expression";
    case GP_EXPR_GeneratorExp:
        return "generator expression";
    case GP_EXPR_Yield:
    case GP_EXPR_YieldFrom:
        return "yield expression";
    case GP_EXPR_Await:
        return "await expression";
    case GP_EXPR_ListComp:
        return "list comprehension";
    case GP_EXPR_SetComp:
        return "set comprehension";
    case GP_EXPR_DictComp:
        return "dict comprehension";
    case GP_EXPR_Dict:
        return "dict literal";
    case GP_EXPR_Set:
        return "set display";
    case GP_EXPR_JoinedStr:
    case GP_EXPR_FormattedValue:
        return "f-string expression";
    case GP_EXPR_Constant:
        switch (e->v.Constant.value.kind) {
        case GP_CONST_NONE:
            return "None";
        case GP_CONST_TRUE:
            return "True";
        case GP_CONST_FALSE:
            return "False";
        case GP_CONST_ELLIPSIS:
            return "ellipsis";
        default:
            return "literal";
        }
    case GP_EXPR_Compare:
        return "comparison";
    case GP_EXPR_IfExp:
        return "conditional expression";
    case GP_EXPR_NamedExpr:
        return "named expression";
    default:
        return "expression";
    }
}

gp_expr *gp_p_invalid_target(gp_expr *e, gp_expr_context ctx) {
    switch (e->kind) {
    case GP_EXPR_List:
    case GP_EXPR_Tuple:
        for (int i = 0; i < e->v.Tuple.elts.n; i++) {
            gp_expr *bad = gp_p_invalid_target(e->v.Tuple.elts.items[i], ctx);
            if (bad) {
                return bad;
            }
        }
        return NULL;
    case GP_EXPR_Starred:
        return ctx == GP_Del ? e : gp_p_invalid_target(e->v.Starred.value, ctx);
    case GP_EXPR_Name:
    case GP_EXPR_Subscript:
    case GP_EXPR_Attribute:
        return NULL;
    default:
        return e;
    }
}

int gp_p_set_context(parser *p, gp_expr *e, gp_expr_context ctx) {
    gp_expr *bad = gp_p_invalid_target(e, ctx);
    if (bad) {
        gp_p_error_node(p, bad, NULL, ctx == GP_Del ? "cannot delete %s" : "cannot assign to %s",
                        gp_p_expr_name(bad));
        return -1;
    }
    switch (e->kind) {
    case GP_EXPR_List:
    case GP_EXPR_Tuple:
        e->v.Tuple.ctx = ctx;
        for (int i = 0; i < e->v.Tuple.elts.n; i++) {
            gp_p_set_context(p, e->v.Tuple.elts.items[i], ctx);
        }
        break;
    case GP_EXPR_Starred:
        e->v.Starred.ctx = ctx;
        gp_p_set_context(p, e->v.Starred.value, ctx);
        break;
    case GP_EXPR_Name:
        e->v.Name.ctx = ctx;
        break;
    case GP_EXPR_Subscript:
        e->v.Subscript.ctx = ctx;
        break;
    case GP_EXPR_Attribute:
        e->v.Attribute.ctx = ctx;
        break;
    default:
        break;
    }
    return 0;
}

/* One target of a `for` or comprehension: a starred or plain target.  It is
   parsed as an expression that stops before comparisons (so `in` ends it). */
static gp_expr *star_target(parser *p) {
    gp_token *star = gp_p_accept(p, T_STAR);
    if (star) {
        if (gp_p_check(p, T_STAR)) {
            return gp_p_syntax_error(p);
        }
        if (gp_p_enter(p) < 0) {
            return NULL;
        }
        gp_expr *v = star_target(p);
        gp_p_leave(p);
        if (!v) {
            return NULL;
        }
        gp_expr *e = gp_p_expr_tok(p, GP_EXPR_Starred, star);
        if (e) {
            e->v.Starred.value = v;
        }
        return e;
    }
    return bitwise_or(p);
}

gp_expr *gp_p_star_target(parser *p) {
    gp_expr *e = star_target(p);
    if (e && gp_p_set_context(p, e, GP_Store) < 0) {
        return NULL;
    }
    return e;
}

gp_expr *gp_p_star_targets(parser *p) {
    /* Nodes built here start where their first operand starts, at its
       opening parenthesis if it has one. */
    gp_token *start = gp_p_peek(p);
    gp_expr *first = star_target(p);
    if (!first) {
        return NULL;
    }
    gp_expr *e = first;
    if (gp_p_check(p, T_COMMA)) {
        gp_vec elts = {0};
        if (gp_vec_push(p, &elts, first) < 0) {
            return NULL;
        }
        while (gp_p_accept(p, T_COMMA)) {
            int t = gp_p_type(p);
            if (!starts_expression(t) && t != T_STAR) {
                break;
            }
            gp_expr *x = star_target(p);
            if (!x || gp_vec_push(p, &elts, x) < 0) {
                return NULL;
            }
        }
        e = gp_p_expr_tok(p, GP_EXPR_Tuple, start);
        if (!e) {
            return NULL;
        }
        e->v.Tuple.elts = GP_VEC_SEQ(gp_expr_seq, elts);
    }
    if (gp_p_set_context(p, e, GP_Store) < 0) {
        return NULL;
    }
    return e;
}

/* ---- comprehensions ---- */

/* for_if_clauses: one or more `[async] for targets in disjunction (if
   disjunction)*`. */
static int comprehension_clauses(parser *p, gp_comprehension_seq *out) {
    gp_vec gens = {0};
    for (;;) {
        int is_async = 0;
        if (gp_p_check(p, T_ASYNC) && gp_p_peek_at(p, 1)->type == T_FOR) {
            gp_p_accept(p, T_ASYNC);
            is_async = 1;
        } else if (!gp_p_check(p, T_FOR)) {
            break;
        }
        gp_p_accept(p, T_FOR);
        gp_comprehension *c = gp_p_alloc(p, sizeof *c);
        if (!c) {
            return -1;
        }
        c->is_async = is_async;
        c->target = gp_p_star_targets(p);
        if (!c->target || !gp_p_expect(p, T_IN)) {
            return -1;
        }
        c->iter = disjunction(p);
        if (!c->iter) {
            return -1;
        }
        gp_vec ifs = {0};
        while (gp_p_accept(p, T_IF)) {
            gp_expr *cond = disjunction(p);
            if (!cond || gp_vec_push(p, &ifs, cond) < 0) {
                return -1;
            }
        }
        c->ifs = GP_VEC_SEQ(gp_expr_seq, ifs);
        if (gp_vec_push(p, &gens, c) < 0) {
            return -1;
        }
    }
    *out = GP_VEC_SEQ(gp_comprehension_seq, gens);
    return 0;
}

static int starts_comprehension(parser *p) {
    return gp_p_check(p, T_FOR) || (gp_p_check(p, T_ASYNC) && gp_p_peek_at(p, 1)->type == T_FOR);
}

/*
 * Two expressions in a row inside brackets are most likely a missing comma.
 * Called where a ',' or the closing bracket was expected after `a`: if an
 * expression can be parsed from here, report it; otherwise leave the parser
 * as it was (the caller then reports "invalid syntax").
 */
static void check_missing_comma(parser *p, gp_expr *a, gp_token *a_first) {
    int t = gp_p_type(p);
    if (p->error || !starts_expression(t) || t == T_NOT || !a) {
        return;
    }
    if (a->kind == GP_EXPR_Lambda || a->kind == GP_EXPR_IfExp || a->kind == GP_EXPR_Starred ||
        a->kind == GP_EXPR_NamedExpr) {
        return;
    }
    /* A name before a string is a string prefix typo, and soft keywords
       start statements of their own. */
    if (a_first && a_first->type == T_NAME &&
        (p->toks[a_first - p->toks + 1].type == T_STRING || is_name_token(a_first, "match") ||
         is_name_token(a_first, "case") || is_name_token(a_first, "_"))) {
        return;
    }
    int pos = p->pos, fill = p->fill;
    gp_expr *b = gp_p_expression(p);
    if (b && p->toks[p->pos - 1].level > 0) {
        gp_p_error_node(p, a, b, "invalid syntax. Perhaps you forgot a comma?");
        return;
    }
    gp_p_backtrack(p, pos, fill);
}

/* After an element of a display: ',' or the closing bracket must follow. */
static int end_of_element(parser *p, gp_expr *elt, gp_token *first, int close) {
    if (gp_p_accept(p, T_COMMA)) {
        return 0;
    }
    if (gp_p_check(p, close)) {
        return 0;
    }
    check_missing_comma(p, elt, first);
    gp_p_syntax_error(p);
    return -1;
}

/* ---- displays ---- */

/* '(' ... ')': a group, a tuple, a generator expression or `(yield)`. */
static gp_expr *paren_atom(parser *p) {
    gp_token *open = gp_p_accept(p, T_LPAR);
    if (gp_p_accept(p, T_RPAR)) {
        gp_expr *e = gp_p_expr_tok(p, GP_EXPR_Tuple, open);
        if (e) {
            e->v.Tuple.ctx = GP_Load;
        }
        return e;
    }
    if (gp_p_check(p, T_YIELD)) {
        gp_expr *y = gp_p_yield_expr(p);
        if (!y || !gp_p_expect(p, T_RPAR)) {
            return NULL;
        }
        return y;
    }
    gp_token *first_tok = gp_p_peek(p);
    gp_expr *first = gp_p_star_named_expression(p);
    if (!first) {
        return NULL;
    }
    if (starts_comprehension(p)) {
        if (first->kind == GP_EXPR_Starred) {
            return gp_p_error_node(p, first, NULL,
                                   "iterable unpacking cannot be used in comprehension");
        }
        gp_comprehension_seq gens;
        if (comprehension_clauses(p, &gens) < 0) {
            return NULL;
        }
        if (!gp_p_check(p, T_RPAR)) {
            return gp_p_syntax_error(p);
        }
        gp_p_accept(p, T_RPAR);
        gp_expr *e = gp_p_expr_tok(p, GP_EXPR_GeneratorExp, open);
        if (e) {
            e->v.GeneratorExp.elt = first;
            e->v.GeneratorExp.generators = gens;
        }
        return e;
    }
    if (gp_p_accept(p, T_RPAR)) {
        if (first->kind == GP_EXPR_Starred) {
            return gp_p_error_node(p, first, NULL, "cannot use starred expression here");
        }
        return first;
    }
    gp_vec elts = {0};
    if (gp_vec_push(p, &elts, first) < 0 || end_of_element(p, first, first_tok, T_RPAR) < 0) {
        return NULL;
    }
    while (!gp_p_check(p, T_RPAR)) {
        gp_token *ft = gp_p_peek(p);
        gp_expr *x = gp_p_star_named_expression(p);
        if (!x || gp_vec_push(p, &elts, x) < 0 || end_of_element(p, x, ft, T_RPAR) < 0) {
            return NULL;
        }
    }
    gp_p_accept(p, T_RPAR);
    gp_expr *e = gp_p_expr_tok(p, GP_EXPR_Tuple, open);
    if (e) {
        e->v.Tuple.elts = GP_VEC_SEQ(gp_expr_seq, elts);
        e->v.Tuple.ctx = GP_Load;
    }
    return e;
}

static gp_expr *list_atom(parser *p) {
    gp_token *open = gp_p_accept(p, T_LSQB);
    gp_vec elts = {0};
    if (!gp_p_check(p, T_RSQB)) {
        gp_token *first_tok = gp_p_peek(p);
        gp_expr *first = gp_p_star_named_expression(p);
        if (!first) {
            return NULL;
        }
        if (starts_comprehension(p)) {
            if (first->kind == GP_EXPR_Starred) {
                return gp_p_error_node(p, first, NULL,
                                       "iterable unpacking cannot be used in comprehension");
            }
            gp_comprehension_seq gens;
            if (comprehension_clauses(p, &gens) < 0 || !gp_p_expect(p, T_RSQB)) {
                return NULL;
            }
            gp_expr *e = gp_p_expr_tok(p, GP_EXPR_ListComp, open);
            if (e) {
                e->v.ListComp.elt = first;
                e->v.ListComp.generators = gens;
            }
            return e;
        }
        if (gp_vec_push(p, &elts, first) < 0 || end_of_element(p, first, first_tok, T_RSQB) < 0) {
            return NULL;
        }
        while (!gp_p_check(p, T_RSQB)) {
            gp_token *ft = gp_p_peek(p);
            gp_expr *x = gp_p_star_named_expression(p);
            if (!x || gp_vec_push(p, &elts, x) < 0 || end_of_element(p, x, ft, T_RSQB) < 0) {
                return NULL;
            }
        }
    }
    gp_p_accept(p, T_RSQB);
    gp_expr *e = gp_p_expr_tok(p, GP_EXPR_List, open);
    if (e) {
        e->v.List.elts = GP_VEC_SEQ(gp_expr_seq, elts);
        e->v.List.ctx = GP_Load;
    }
    return e;
}

/* One `key: value` or `**mapping` of a dict display. */
static int dict_item(parser *p, gp_vec *keys, gp_vec *values) {
    if (gp_p_accept(p, T_DOUBLESTAR)) {
        gp_expr *v = bitwise_or(p);
        if (!v || gp_vec_push(p, keys, NULL) < 0 || gp_vec_push(p, values, v) < 0) {
            return -1;
        }
        return 0;
    }
    gp_expr *k = gp_p_expression(p);
    if (!k) {
        return -1;
    }
    if (!gp_p_check(p, T_COLON)) {
        gp_p_error_at(p, GP_PERR_SYNTAX, k->lineno, k->end_col_offset - 1, k->end_lineno, -1,
                      "':' expected after dictionary key");
        return -1;
    }
    gp_p_accept(p, T_COLON);
    if (gp_p_check(p, T_STAR)) {
        gp_token *star = gp_p_peek(p);
        gp_p_error_at(p, GP_PERR_SYNTAX, star->lineno, star->col, star->end_lineno, star->end_col,
                      "cannot use a starred expression in a dictionary value");
        return -1;
    }
    if (gp_p_check(p, T_RBRACE) || gp_p_check(p, T_COMMA)) {
        gp_token *colon = gp_p_prev(p);
        gp_p_error_at(p, GP_PERR_SYNTAX, colon->lineno, colon->col, colon->end_lineno,
                      colon->end_col, "expression expected after dictionary key and ':'");
        return -1;
    }
    gp_expr *v = gp_p_expression(p);
    if (!v || gp_vec_push(p, keys, k) < 0 || gp_vec_push(p, values, v) < 0) {
        return -1;
    }
    return 0;
}

static gp_expr *brace_atom(parser *p) {
    gp_token *open = gp_p_accept(p, T_LBRACE);
    gp_vec keys = {0}, values = {0}, elts = {0};
    if (gp_p_accept(p, T_RBRACE)) {
        gp_expr *e = gp_p_expr_tok(p, GP_EXPR_Dict, open);
        return e;
    }
    gp_token *first_tok = gp_p_peek(p);
    int is_dict;
    if (gp_p_check(p, T_DOUBLESTAR)) {
        is_dict = 1;
        if (dict_item(p, &keys, &values) < 0 ||
            end_of_element(p, values.items[0], first_tok, T_RBRACE) < 0) {
            return NULL;
        }
    } else {
        gp_expr *first = gp_p_star_named_expression(p);
        if (!first) {
            return NULL;
        }
        if (gp_p_accept(p, T_COLON)) {
            is_dict = 1;
            if (first->kind == GP_EXPR_Starred) {
                return gp_p_syntax_error(p);
            }
            if (gp_p_check(p, T_STAR)) {
                gp_token *star = gp_p_peek(p);
                return gp_p_error_at(p, GP_PERR_SYNTAX, star->lineno, star->col, star->end_lineno,
                                     star->end_col,
                                     "cannot use a starred expression in a dictionary value");
            }
            if (gp_p_check(p, T_RBRACE) || gp_p_check(p, T_COMMA)) {
                gp_token *colon = gp_p_prev(p);
                return gp_p_error_at(p, GP_PERR_SYNTAX, colon->lineno, colon->col,
                                     colon->end_lineno, colon->end_col,
                                     "expression expected after dictionary key and ':'");
            }
            gp_expr *v = gp_p_expression(p);
            if (!v) {
                return NULL;
            }
            if (starts_comprehension(p)) {
                gp_comprehension_seq gens;
                if (comprehension_clauses(p, &gens) < 0 || !gp_p_expect(p, T_RBRACE)) {
                    return NULL;
                }
                gp_expr *e = gp_p_expr_tok(p, GP_EXPR_DictComp, open);
                if (e) {
                    e->v.DictComp.key = first;
                    e->v.DictComp.value = v;
                    e->v.DictComp.generators = gens;
                }
                return e;
            }
            if (gp_vec_push(p, &keys, first) < 0 || gp_vec_push(p, &values, v) < 0) {
                return NULL;
            }
        } else {
            is_dict = 0;
            if (starts_comprehension(p)) {
                if (first->kind == GP_EXPR_Starred) {
                    return gp_p_error_node(p, first, NULL,
                                           "iterable unpacking cannot be used in comprehension");
                }
                gp_comprehension_seq gens;
                if (comprehension_clauses(p, &gens) < 0 || !gp_p_expect(p, T_RBRACE)) {
                    return NULL;
                }
                gp_expr *e = gp_p_expr_tok(p, GP_EXPR_SetComp, open);
                if (e) {
                    e->v.SetComp.elt = first;
                    e->v.SetComp.generators = gens;
                }
                return e;
            }
            if (gp_vec_push(p, &elts, first) < 0) {
                return NULL;
            }
        }
        if (end_of_element(p, is_dict ? values.items[values.n - 1] : first, first_tok, T_RBRACE) <
            0) {
            return NULL;
        }
    }
    while (!gp_p_check(p, T_RBRACE)) {
        gp_token *ft = gp_p_peek(p);
        if (is_dict) {
            if (dict_item(p, &keys, &values) < 0 ||
                end_of_element(p, values.items[values.n - 1], ft, T_RBRACE) < 0) {
                return NULL;
            }
        } else {
            gp_expr *x = gp_p_star_named_expression(p);
            if (!x || gp_vec_push(p, &elts, x) < 0 || end_of_element(p, x, ft, T_RBRACE) < 0) {
                return NULL;
            }
        }
    }
    gp_p_accept(p, T_RBRACE);
    gp_expr *e = gp_p_expr_tok(p, is_dict ? GP_EXPR_Dict : GP_EXPR_Set, open);
    if (e) {
        if (is_dict) {
            e->v.Dict.keys = GP_VEC_SEQ(gp_expr_seq, keys);
            e->v.Dict.values = GP_VEC_SEQ(gp_expr_seq, values);
        } else {
            e->v.Set.elts = GP_VEC_SEQ(gp_expr_seq, elts);
        }
    }
    return e;
}

/* ---- atoms ---- */

/* A NUMBER token as a Constant: the text without prefix and underscores. */
gp_expr *gp_p_number(parser *p, gp_token *t) {
    gp_expr *e = gp_p_new_expr(p, GP_EXPR_Constant, t->lineno, t->col, t->end_lineno, t->end_col);
    char *s = gp_p_alloc(p, (size_t)t->len + 1);
    if (!e || !s) {
        return NULL;
    }
    const char *src = t->s;
    int len = t->len;
    gp_constant *c = &e->v.Constant.value;
    c->kind = GP_CONST_INT;
    c->base = 10;
    if (len > 1 && src[0] == '0' && strchr("xXoObB", src[1])) {
        c->base = src[1] == 'x' || src[1] == 'X' ? 16 : src[1] == 'o' || src[1] == 'O' ? 8 : 2;
        src += 2;
        len -= 2;
    } else if (src[len - 1] == 'j' || src[len - 1] == 'J') {
        c->kind = GP_CONST_IMAG;
        len--;
    } else if (memchr(src, '.', (size_t)len) || memchr(src, 'e', (size_t)len) ||
               memchr(src, 'E', (size_t)len)) {
        c->kind = GP_CONST_FLOAT;
    }
    size_t n = 0;
    for (int i = 0; i < len; i++) {
        if (src[i] != '_') {
            s[n++] = src[i];
        }
    }
    s[n] = 0;
    c->s = s;
    c->len = n;
    return e;
}

static gp_expr *singleton(parser *p, gp_token *t, gp_const_kind kind) {
    gp_expr *e = gp_p_new_expr(p, GP_EXPR_Constant, t->lineno, t->col, t->end_lineno, t->end_col);
    if (e) {
        e->v.Constant.value.kind = kind;
        e->v.Constant.value.s = "";
    }
    return e;
}

static gp_expr *atom(parser *p) {
    gp_token *t = gp_p_peek(p);
    switch (t->type) {
    case T_NAME:
        gp_p_accept(p, T_NAME);
        return gp_p_name_expr(p, t, GP_Load);
    case T_TRUE:
        gp_p_accept(p, t->type);
        return singleton(p, t, GP_CONST_TRUE);
    case T_FALSE:
        gp_p_accept(p, t->type);
        return singleton(p, t, GP_CONST_FALSE);
    case T_NONE:
        gp_p_accept(p, t->type);
        return singleton(p, t, GP_CONST_NONE);
    case T_ELLIPSIS:
        gp_p_accept(p, t->type);
        return singleton(p, t, GP_CONST_ELLIPSIS);
    case T_NUMBER:
        gp_p_accept(p, T_NUMBER);
        return gp_p_number(p, t);
    case T_STRING: {
        int first = p->pos;
        while (gp_p_accept(p, T_STRING)) {
        }
        return gp_p_strings(p, first, p->pos - 1);
    }
    case T_LPAR:
    case T_LSQB:
    case T_LBRACE: {
        if (gp_p_enter(p) < 0) {
            return NULL;
        }
        gp_expr *e = t->type == T_LPAR   ? paren_atom(p)
                     : t->type == T_LSQB ? list_atom(p)
                                         : brace_atom(p);
        gp_p_leave(p);
        return e;
    }
    default:
        return gp_p_syntax_error(p);
    }
}

/* ---- calls and subscripts ---- */

static gp_keyword *new_keyword(parser *p, const char *arg, gp_expr *value, gp_token *first) {
    gp_keyword *k = gp_p_alloc(p, sizeof *k);
    if (k) {
        gp_token *last = gp_p_prev(p);
        k->arg = arg;
        k->value = value;
        k->lineno = first->lineno;
        k->col_offset = first->col;
        k->end_lineno = last->end_lineno;
        k->end_col_offset = last->end_col;
    }
    return k;
}

/*
 * Before reporting a misplaced generator expression, look over the arguments
 * that follow, as CPython does (which matters when the input ends in them).
 */
static void skip_arguments(parser *p) {
    int pos = p->pos, fill = p->fill;
    while (gp_p_accept(p, T_COMMA)) {
        gp_p_accept(p, T_STAR);
        gp_p_accept(p, T_DOUBLESTAR);
        if (!gp_p_expression(p)) {
            break;
        }
    }
    gp_p_backtrack(p, pos, fill);
}

int gp_p_call_args(parser *p, gp_expr_seq *args, gp_keyword_seq *keywords, gp_token *open) {
    gp_vec pos = {0}, kws = {0};
    int seen_kw = 0, seen_kwunpack = 0;
    while (!gp_p_check(p, T_RPAR)) {
        gp_token *first = gp_p_peek(p);
        if (gp_p_accept(p, T_STAR)) {
            if (seen_kwunpack) {
                gp_p_error_tok(p, first,
                               "iterable argument unpacking follows keyword argument unpacking");
                return -1;
            }
            gp_expr *v = gp_p_expression(p);
            if (!v) {
                return -1;
            }
            gp_expr *e = gp_p_expr_tok(p, GP_EXPR_Starred, first);
            if (!e) {
                return -1;
            }
            e->v.Starred.value = v;
            e->v.Starred.ctx = GP_Load;
            if (gp_vec_push(p, &pos, e) < 0) {
                return -1;
            }
        } else if (gp_p_accept(p, T_DOUBLESTAR)) {
            gp_expr *v = gp_p_expression(p);
            gp_keyword *k = v ? new_keyword(p, NULL, v, first) : NULL;
            if (!k || gp_vec_push(p, &kws, k) < 0) {
                return -1;
            }
            seen_kwunpack = 1;
        } else if (first->type == T_NAME && gp_p_peek_at(p, 1)->type == T_EQUAL) {
            gp_p_accept(p, T_NAME);
            gp_p_accept(p, T_EQUAL);
            gp_expr *v = gp_p_expression(p);
            if (!v) {
                return -1;
            }
            if (starts_comprehension(p)) {
                gp_p_error_at(p, GP_PERR_SYNTAX, first->lineno, first->col, v->end_lineno,
                              v->end_col_offset,
                              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return -1;
            }
            const char *name = gp_p_name(p, first);
            gp_keyword *k = name ? new_keyword(p, name, v, first) : NULL;
            if (!k || gp_vec_push(p, &kws, k) < 0) {
                return -1;
            }
            seen_kw = 1;
        } else {
            gp_expr *v = named_expression(p, 0);
            if (!v) {
                return -1;
            }
            if (gp_p_check(p, T_EQUAL)) {
                gp_token *eq = gp_p_peek(p);
                if (v->kind == GP_EXPR_Constant && (v->v.Constant.value.kind == GP_CONST_TRUE ||
                                                    v->v.Constant.value.kind == GP_CONST_FALSE ||
                                                    v->v.Constant.value.kind == GP_CONST_NONE)) {
                    gp_p_error_at(p, GP_PERR_SYNTAX, v->lineno, v->col_offset, eq->end_lineno,
                                  eq->end_col, "cannot assign to %s", gp_p_expr_name(v));
                    return -1;
                }
                gp_p_error_at(p, GP_PERR_SYNTAX, v->lineno, v->col_offset, eq->end_lineno,
                              eq->end_col,
                              "expression cannot contain assignment, perhaps you meant \"==\"?");
                return -1;
            }
            if (starts_comprehension(p)) {
                gp_comprehension_seq gens;
                if (!open) {
                    /* Class bases are no call: no bare generator. */
                    gp_p_syntax_error(p);
                    return -1;
                }
                if (comprehension_clauses(p, &gens) < 0) {
                    return -1;
                }
                gp_token *last = gp_p_prev(p);
                if (pos.n + kws.n > 0 || !gp_p_check(p, T_RPAR)) {
                    skip_arguments(p);
                    gp_p_error_at(p, GP_PERR_SYNTAX, v->lineno, v->col_offset, last->end_lineno,
                                  last->end_col, "Generator expression must be parenthesized");
                    return -1;
                }
                gp_p_accept(p, T_RPAR);
                /* The generator takes the call's parentheses as its own. */
                gp_expr *g = gp_p_expr_tok(p, GP_EXPR_GeneratorExp, open);
                if (!g) {
                    return -1;
                }
                g->v.GeneratorExp.elt = v;
                g->v.GeneratorExp.generators = gens;
                p->pos--;
                if (gp_vec_push(p, &pos, g) < 0) {
                    return -1;
                }
                break;
            }
            if (seen_kwunpack || seen_kw) {
                gp_token *f = &p->toks[p->fill - 1];
                gp_p_error_tok(p, f,
                               seen_kwunpack
                                   ? "positional argument follows keyword argument unpacking"
                                   : "positional argument follows keyword argument");
                return -1;
            }
            if (gp_vec_push(p, &pos, v) < 0) {
                return -1;
            }
        }
        if (gp_p_accept(p, T_COMMA)) {
            continue;
        }
        if (!gp_p_check(p, T_RPAR)) {
            gp_expr *last = kws.n && pos.n == 0 ? NULL : pos.n ? pos.items[pos.n - 1] : NULL;
            if (last && !seen_kw && !seen_kwunpack) {
                check_missing_comma(p, last, first);
            }
            gp_p_syntax_error(p);
            return -1;
        }
    }
    if (!gp_p_expect(p, T_RPAR)) {
        return -1;
    }
    *args = GP_VEC_SEQ(gp_expr_seq, pos);
    *keywords = GP_VEC_SEQ(gp_keyword_seq, kws);
    return 0;
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static gp_expr *slice(parser *p) {
    gp_token *first = gp_p_peek(p);
    gp_expr *lower = NULL;
    if (first->type != T_COLON) {
        if (first->type == T_STAR) {
            gp_p_accept(p, T_STAR);
            gp_expr *v = bitwise_or(p);
            gp_expr *e = v ? gp_p_expr_tok(p, GP_EXPR_Starred, first) : NULL;
            if (e) {
                e->v.Starred.value = v;
                e->v.Starred.ctx = GP_Load;
            }
            return e;
        }
        lower = gp_p_named_expression(p);
        if (!lower || !gp_p_check(p, T_COLON)) {
            return lower;
        }
        if (lower->kind == GP_EXPR_NamedExpr && first->type == T_NAME) {
            /* A walrus is only allowed as a whole subscript. */
            return gp_p_syntax_error(p);
        }
    }
    gp_p_accept(p, T_COLON);
    gp_expr *upper = NULL, *step = NULL;
    int t = gp_p_type(p);
    if (t != T_COLON && t != T_COMMA && t != T_RSQB) {
        upper = gp_p_expression(p);
        if (!upper) {
            return NULL;
        }
    }
    if (gp_p_accept(p, T_COLON)) {
        t = gp_p_type(p);
        if (t != T_COMMA && t != T_RSQB) {
            step = gp_p_expression(p);
            if (!step) {
                return NULL;
            }
        }
    }
    gp_expr *e = gp_p_expr_tok(p, GP_EXPR_Slice, first);
    if (e) {
        e->v.Slice.lower = lower;
        e->v.Slice.upper = upper;
        e->v.Slice.step = step;
    }
    return e;
}

/* The inside of `x[...]`: one slice, or a Tuple of them. */
static gp_expr *slices(parser *p) {
    gp_token *start = gp_p_peek(p);
    gp_token *first_tok = gp_p_peek(p);
    gp_expr *first = slice(p);
    if (!first) {
        return NULL;
    }
    if (!gp_p_check(p, T_COMMA)) {
        if (first->kind == GP_EXPR_Starred) {
            /* `x[*a]` is a one-element tuple. */
            gp_expr *e = gp_p_expr_tok(p, GP_EXPR_Tuple, start);
            gp_vec elts = {0};
            if (!e || gp_vec_push(p, &elts, first) < 0) {
                return NULL;
            }
            e->v.Tuple.elts = GP_VEC_SEQ(gp_expr_seq, elts);
            e->v.Tuple.ctx = GP_Load;
            return e;
        }
        if (!gp_p_check(p, T_RSQB)) {
            check_missing_comma(p, first, first_tok);
        }
        return first;
    }
    gp_vec elts = {0};
    if (gp_vec_push(p, &elts, first) < 0) {
        return NULL;
    }
    while (gp_p_accept(p, T_COMMA)) {
        if (gp_p_check(p, T_RSQB)) {
            break;
        }
        gp_token *ft = gp_p_peek(p);
        gp_expr *x = slice(p);
        if (!x || gp_vec_push(p, &elts, x) < 0) {
            return NULL;
        }
        if (!gp_p_check(p, T_COMMA) && !gp_p_check(p, T_RSQB)) {
            check_missing_comma(p, x, ft);
        }
    }
    gp_expr *e = gp_p_expr_tok(p, GP_EXPR_Tuple, start);
    if (e) {
        e->v.Tuple.elts = GP_VEC_SEQ(gp_expr_seq, elts);
        e->v.Tuple.ctx = GP_Load;
    }
    return e;
}

/* primary: atom followed by any number of .name, (args) and [slices]. */
static gp_expr *primary(parser *p) {
    gp_token *start = gp_p_peek(p);
    gp_expr *e = atom(p);
    while (e) {
        gp_token *t = gp_p_peek(p);
        if (t->type == T_DOT) {
            gp_p_accept(p, T_DOT);
            gp_token *name = gp_p_expect(p, T_NAME);
            if (!name) {
                return NULL;
            }
            gp_expr *a = gp_p_expr_tok(p, GP_EXPR_Attribute, start);
            if (!a || !(a->v.Attribute.attr = gp_p_name(p, name))) {
                return NULL;
            }
            a->v.Attribute.value = e;
            a->v.Attribute.ctx = GP_Load;
            e = a;
        } else if (t->type == T_LPAR) {
            gp_p_accept(p, T_LPAR);
            gp_expr_seq args;
            gp_keyword_seq kws;
            if (gp_p_enter(p) < 0) {
                return NULL;
            }
            int r = gp_p_call_args(p, &args, &kws, t);
            gp_p_leave(p);
            if (r < 0) {
                return NULL;
            }
            gp_expr *c = gp_p_expr_tok(p, GP_EXPR_Call, start);
            if (!c) {
                return NULL;
            }
            c->v.Call.func = e;
            c->v.Call.args = args;
            c->v.Call.keywords = kws;
            e = c;
        } else if (t->type == T_LSQB) {
            gp_p_accept(p, T_LSQB);
            if (gp_p_enter(p) < 0) {
                return NULL;
            }
            gp_expr *s = slices(p);
            gp_p_leave(p);
            if (!s || !gp_p_expect(p, T_RSQB)) {
                return NULL;
            }
            gp_expr *sub = gp_p_expr_tok(p, GP_EXPR_Subscript, start);
            if (!sub) {
                return NULL;
            }
            sub->v.Subscript.value = e;
            sub->v.Subscript.slice = s;
            sub->v.Subscript.ctx = GP_Load;
            e = sub;
        } else {
            break;
        }
    }
    return e;
}

/* ---- operators ---- */

static gp_expr *await_primary(parser *p) {
    gp_token *aw = gp_p_accept(p, T_AWAIT);
    gp_expr *e = primary(p);
    if (!e || !aw) {
        return e;
    }
    gp_expr *a = gp_p_expr_tok(p, GP_EXPR_Await, aw);
    if (a) {
        a->v.Await.value = e;
    }
    return a;
}

static gp_expr *factor(parser *p);

static gp_expr *power(parser *p) {
    gp_token *start = gp_p_peek(p);
    gp_expr *e = await_primary(p);
    if (!e || !gp_p_accept(p, T_DOUBLESTAR)) {
        return e;
    }
    if (gp_p_enter(p) < 0) {
        return NULL;
    }
    gp_expr *r = factor(p);
    gp_p_leave(p);
    if (!r) {
        return NULL;
    }
    gp_expr *b = gp_p_expr_tok(p, GP_EXPR_BinOp, start);
    if (b) {
        b->v.BinOp.left = e;
        b->v.BinOp.op = GP_Pow;
        b->v.BinOp.right = r;
    }
    return b;
}

static gp_expr *factor(parser *p) {
    gp_token *t = gp_p_peek(p);
    gp_unaryop op;
    switch (t->type) {
    case T_PLUS:
        op = GP_UAdd;
        break;
    case T_MINUS:
        op = GP_USub;
        break;
    case T_TILDE:
        op = GP_Invert;
        break;
    default:
        return power(p);
    }
    gp_p_accept(p, t->type);
    if (gp_p_enter(p) < 0) {
        return NULL;
    }
    gp_expr *v = factor(p);
    gp_p_leave(p);
    if (!v) {
        return NULL;
    }
    gp_expr *e = gp_p_expr_tok(p, GP_EXPR_UnaryOp, t);
    if (e) {
        e->v.UnaryOp.op = op;
        e->v.UnaryOp.operand = v;
    }
    return e;
}

/* The binary operator a token stands for at precedence `level` (0 is `|`,
   5 is `*`), or 0. */
static gp_operator binary_op(int level, int type) {
    switch (level) {
    case 0:
        return type == T_VBAR ? GP_BitOr : 0;
    case 1:
        return type == T_CIRCUMFLEX ? GP_BitXor : 0;
    case 2:
        return type == T_AMPER ? GP_BitAnd : 0;
    case 3:
        return type == T_LEFTSHIFT ? GP_LShift : type == T_RIGHTSHIFT ? GP_RShift : 0;
    case 4:
        return type == T_PLUS ? GP_Add : type == T_MINUS ? GP_Sub : 0;
    default:
        switch (type) {
        case T_STAR:
            return GP_Mult;
        case T_SLASH:
            return GP_Div;
        case T_DOUBLESLASH:
            return GP_FloorDiv;
        case T_PERCENT:
            return GP_Mod;
        case T_AT:
            return GP_MatMult;
        default:
            return 0;
        }
    }
}

/* Left-associative binary operators, one loop per precedence level. */
static gp_expr *binary(parser *p, int level) {
    gp_token *start = gp_p_peek(p);
    gp_expr *e = level == 5 ? factor(p) : binary(p, level + 1);
    while (e) {
        gp_operator op = binary_op(level, gp_p_type(p));
        if (!op) {
            break;
        }
        gp_p_accept(p, gp_p_type(p));
        gp_expr *r = level == 5 ? factor(p) : binary(p, level + 1);
        if (!r) {
            return NULL;
        }
        gp_expr *b = gp_p_expr_tok(p, GP_EXPR_BinOp, start);
        if (!b) {
            return NULL;
        }
        b->v.BinOp.left = e;
        b->v.BinOp.op = op;
        b->v.BinOp.right = r;
        e = b;
    }
    return e;
}

static gp_expr *bitwise_or(parser *p) { return binary(p, 0); }

/* The comparison operator at the current token (consumed), or 0. */
static gp_cmpop compare_op(parser *p) {
    int t = gp_p_type(p);
    gp_cmpop op = 0;
    switch (t) {
    case T_EQEQUAL:
        op = GP_Eq;
        break;
    case T_NOTEQUAL:
        /* `<>` is only accepted under "from __future__ import barry_as_FLUFL". */
        if (gp_p_peek(p)->s[0] == '<') {
            return 0;
        }
        op = GP_NotEq;
        break;
    case T_LESS:
        op = GP_Lt;
        break;
    case T_LESSEQUAL:
        op = GP_LtE;
        break;
    case T_GREATER:
        op = GP_Gt;
        break;
    case T_GREATEREQUAL:
        op = GP_GtE;
        break;
    case T_IN:
        op = GP_In;
        break;
    case T_IS:
        gp_p_accept(p, T_IS);
        return gp_p_accept(p, T_NOT) ? GP_IsNot : GP_Is;
    case T_NOT:
        if (gp_p_peek_at(p, 1)->type != T_IN) {
            return 0;
        }
        gp_p_accept(p, T_NOT);
        gp_p_accept(p, T_IN);
        return GP_NotIn;
    default:
        return 0;
    }
    gp_p_accept(p, t);
    return op;
}

static gp_expr *comparison(parser *p) {
    gp_token *start = gp_p_peek(p);
    gp_expr *e = bitwise_or(p);
    if (!e) {
        return NULL;
    }
    gp_cmpop op = compare_op(p);
    if (!op) {
        return e;
    }
    gp_vec ops = {0}, comparators = {0};
    do {
        gp_expr *r = bitwise_or(p);
        /* The operators are stored in the vector as pointer-sized integers. */
        if (!r || gp_vec_push(p, &ops, (void *)(size_t)op) < 0 ||
            gp_vec_push(p, &comparators, r) < 0) {
            return NULL;
        }
    } while ((op = compare_op(p)) != 0);
    gp_expr *c = gp_p_expr_tok(p, GP_EXPR_Compare, start);
    gp_cmpop *opv = gp_p_alloc(p, (size_t)ops.n * sizeof *opv);
    if (!c || !opv) {
        return NULL;
    }
    for (int i = 0; i < ops.n; i++) {
        opv[i] = (gp_cmpop)(size_t)ops.items[i];
    }
    c->v.Compare.left = e;
    c->v.Compare.ops.n = ops.n;
    c->v.Compare.ops.items = opv;
    c->v.Compare.comparators = GP_VEC_SEQ(gp_expr_seq, comparators);
    return c;
}

static gp_expr *inversion(parser *p) {
    gp_token *t = gp_p_accept(p, T_NOT);
    if (!t) {
        return comparison(p);
    }
    if (gp_p_enter(p) < 0) {
        return NULL;
    }
    gp_expr *v = inversion(p);
    gp_p_leave(p);
    if (!v) {
        return NULL;
    }
    gp_expr *e = gp_p_expr_tok(p, GP_EXPR_UnaryOp, t);
    if (e) {
        e->v.UnaryOp.op = GP_Not;
        e->v.UnaryOp.operand = v;
    }
    return e;
}

/* `and` (level 0) and `or` (level 1): flat BoolOp value lists. */
static gp_expr *boolop(parser *p, int is_or) {
    gp_token *start = gp_p_peek(p);
    int kw = is_or ? T_OR : T_AND;
    gp_expr *first = is_or ? boolop(p, 0) : inversion(p);
    if (!first || !gp_p_check(p, kw)) {
        return first;
    }
    gp_vec values = {0};
    if (gp_vec_push(p, &values, first) < 0) {
        return NULL;
    }
    while (gp_p_accept(p, kw)) {
        gp_expr *x = is_or ? boolop(p, 0) : inversion(p);
        if (!x || gp_vec_push(p, &values, x) < 0) {
            return NULL;
        }
    }
    gp_expr *e = gp_p_expr_tok(p, GP_EXPR_BoolOp, start);
    if (e) {
        e->v.BoolOp.op = is_or ? GP_Or : GP_And;
        e->v.BoolOp.values = GP_VEC_SEQ(gp_expr_seq, values);
    }
    return e;
}

static gp_expr *disjunction(parser *p) { return boolop(p, 1); }

static gp_expr *lambdef(parser *p) {
    gp_token *kw = gp_p_accept(p, T_LAMBDA);
    gp_arguments *args = gp_p_parameters(p, 1);
    if (!args || !gp_p_expect(p, T_COLON)) {
        return NULL;
    }
    gp_expr *body = gp_p_expression(p);
    if (!body) {
        return NULL;
    }
    gp_expr *e = gp_p_expr_tok(p, GP_EXPR_Lambda, kw);
    if (e) {
        e->v.Lambda.args = args;
        e->v.Lambda.body = body;
    }
    return e;
}

gp_expr *gp_p_expression(parser *p) {
    gp_token *start = gp_p_peek(p);
    if (gp_p_enter(p) < 0) {
        return NULL;
    }
    gp_expr *e;
    if (gp_p_check(p, T_LAMBDA)) {
        e = lambdef(p);
    } else {
        e = disjunction(p);
        if (e && gp_p_accept(p, T_IF)) {
            gp_expr *test = disjunction(p);
            gp_expr *orelse = NULL;
            if (test && !gp_p_check(p, T_ELSE)) {
                if (!gp_p_check(p, T_COLON)) {
                    gp_p_error_node(p, e, test, "expected 'else' after 'if' expression");
                } else {
                    gp_p_syntax_error(p);
                }
                test = NULL;
            }
            if (test && gp_p_accept(p, T_ELSE)) {
                orelse = gp_p_expression(p);
            }
            gp_expr *c = orelse ? gp_p_expr_tok(p, GP_EXPR_IfExp, start) : NULL;
            if (c) {
                c->v.IfExp.test = test;
                c->v.IfExp.body = e;
                c->v.IfExp.orelse = orelse;
            }
            e = c;
        }
    }
    gp_p_leave(p);
    return e;
}

/*
 * After `a` in a place where an assignment expression may stand: an '='
 * there is a mistake; say which one as CPython does.
 */
static void invalid_equal(parser *p, gp_expr *a) {
    if (!gp_p_check(p, T_EQUAL)) {
        return;
    }
    int pos = p->pos, fill = p->fill;
    gp_p_accept(p, T_EQUAL);
    gp_expr *b = bitwise_or(p);
    if (!b || gp_p_check(p, T_EQUAL) || gp_p_check(p, T_COLONEQUAL)) {
        gp_p_backtrack(p, pos, fill);
        return;
    }
    if (a->kind == GP_EXPR_Name) {
        gp_p_error_node(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return;
    }
    int k = a->kind;
    if (k == GP_EXPR_List || k == GP_EXPR_Tuple || k == GP_EXPR_GeneratorExp ||
        k == GP_EXPR_Compare || k == GP_EXPR_BoolOp || k == GP_EXPR_IfExp || k == GP_EXPR_Lambda ||
        (k == GP_EXPR_UnaryOp && a->v.UnaryOp.op == GP_Not) ||
        (k == GP_EXPR_Constant &&
         (a->v.Constant.value.kind == GP_CONST_TRUE || a->v.Constant.value.kind == GP_CONST_FALSE ||
          a->v.Constant.value.kind == GP_CONST_NONE))) {
        gp_p_backtrack(p, pos, fill);
        return;
    }
    gp_p_error_node(p, a, NULL, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                    gp_p_expr_name(a));
}

gp_expr *gp_p_named_expression(parser *p) { return named_expression(p, 1); }

static gp_expr *named_expression(parser *p, int check_equal) {
    gp_token *t = gp_p_peek(p);
    if (t->type == T_NAME && gp_p_peek_at(p, 1)->type == T_COLONEQUAL) {
        gp_p_accept(p, T_NAME);
        gp_p_accept(p, T_COLONEQUAL);
        gp_expr *target = gp_p_name_expr(p, t, GP_Store);
        gp_expr *v = target ? gp_p_expression(p) : NULL;
        gp_expr *e = v ? gp_p_expr_tok(p, GP_EXPR_NamedExpr, t) : NULL;
        if (e) {
            e->v.NamedExpr.target = target;
            e->v.NamedExpr.value = v;
        }
        return e;
    }
    gp_expr *e = gp_p_expression(p);
    if (!e) {
        return NULL;
    }
    if (gp_p_check(p, T_COLONEQUAL)) {
        return gp_p_error_node(p, e, NULL, "cannot use assignment expressions with %s",
                               gp_p_expr_name(e));
    }
    if (check_equal) {
        invalid_equal(p, e);
    }
    return p->error ? NULL : e;
}

/* '*' bitwise_or | named_expression */
gp_expr *gp_p_star_named_expression(parser *p) {
    gp_token *star = gp_p_accept(p, T_STAR);
    if (!star) {
        return gp_p_named_expression(p);
    }
    gp_expr *v = bitwise_or(p);
    gp_expr *e = v ? gp_p_expr_tok(p, GP_EXPR_Starred, star) : NULL;
    if (e) {
        e->v.Starred.value = v;
        e->v.Starred.ctx = GP_Load;
    }
    return e;
}

/* '*' bitwise_or | expression */
static gp_expr *star_expression(parser *p) {
    gp_token *star = gp_p_accept(p, T_STAR);
    if (!star) {
        return gp_p_expression(p);
    }
    gp_expr *v = bitwise_or(p);
    gp_expr *e = v ? gp_p_expr_tok(p, GP_EXPR_Starred, star) : NULL;
    if (e) {
        e->v.Starred.value = v;
        e->v.Starred.ctx = GP_Load;
    }
    return e;
}

/* A comma-separated list of `item`s; a Tuple when there is a comma. */
static gp_expr *expr_list(parser *p, gp_expr *(*item)(parser *), int allow_star) {
    gp_token *start = gp_p_peek(p);
    gp_expr *first = item(p);
    if (!first || !gp_p_check(p, T_COMMA)) {
        return first;
    }
    gp_vec elts = {0};
    if (gp_vec_push(p, &elts, first) < 0) {
        return NULL;
    }
    while (gp_p_accept(p, T_COMMA)) {
        int t = gp_p_type(p);
        if (!starts_expression(t) && !(allow_star && t == T_STAR)) {
            break;
        }
        gp_expr *x = item(p);
        if (!x || gp_vec_push(p, &elts, x) < 0) {
            return NULL;
        }
    }
    gp_expr *e = gp_p_expr_tok(p, GP_EXPR_Tuple, start);
    if (e) {
        e->v.Tuple.elts = GP_VEC_SEQ(gp_expr_seq, elts);
        e->v.Tuple.ctx = GP_Load;
    }
    return e;
}

gp_expr *gp_p_star_expressions(parser *p) { return expr_list(p, star_expression, 1); }

gp_expr *gp_p_expressions(parser *p) { return expr_list(p, gp_p_expression, 0); }

gp_expr *gp_p_yield_expr(parser *p) {
    gp_token *kw = gp_p_accept(p, T_YIELD);
    if (!kw) {
        return gp_p_syntax_error(p);
    }
    if (gp_p_accept(p, T_FROM)) {
        gp_expr *v = gp_p_expression(p);
        gp_expr *e = v ? gp_p_expr_tok(p, GP_EXPR_YieldFrom, kw) : NULL;
        if (e) {
            e->v.YieldFrom.value = v;
        }
        return e;
    }
    gp_expr *v = NULL;
    if (starts_expression(gp_p_type(p)) || gp_p_check(p, T_STAR)) {
        v = gp_p_star_expressions(p);
        if (!v) {
            return NULL;
        }
    }
    gp_expr *e = gp_p_expr_tok(p, GP_EXPR_Yield, kw);
    if (e) {
        e->v.Yield.value = v;
    }
    return e;
}

gp_expr *gp_p_yield_or_star_expressions(parser *p) {
    if (gp_p_check(p, T_YIELD)) {
        return gp_p_yield_expr(p);
    }
    return gp_p_star_expressions(p);
}

/* ---- parameters ---- */

/* NAME [':' annotation] */
static gp_arg *parameter(parser *p, int lambda, int star) {
    gp_token *name = gp_p_expect(p, T_NAME);
    if (!name) {
        return NULL;
    }
    gp_arg *a = gp_p_alloc(p, sizeof *a);
    if (!a || !(a->arg = gp_p_name(p, name))) {
        return NULL;
    }
    if (!lambda && gp_p_accept(p, T_COLON)) {
        a->annotation = star ? star_expression(p) : gp_p_expression(p);
        if (!a->annotation) {
            return NULL;
        }
    }
    gp_token *last = gp_p_prev(p);
    a->lineno = name->lineno;
    a->col_offset = name->col;
    a->end_lineno = last->end_lineno;
    a->end_col_offset = last->end_col;
    return a;
}

gp_arguments *gp_p_parameters(parser *p, int lambda) {
    int end = lambda ? T_COLON : T_RPAR;
    gp_arguments *args = gp_p_alloc(p, sizeof *args);
    if (!args) {
        return NULL;
    }
    gp_vec posonly = {0}, pos = {0}, defaults = {0}, kwonly = {0}, kwdefaults = {0};
    int after_star = 0, seen_slash = 0;
    gp_token *star_tok = NULL;
    while (!gp_p_check(p, end)) {
        gp_token *t = gp_p_peek(p);
        if (args->kwarg) {
            return gp_p_error_tok(p, t, "arguments cannot follow var-keyword argument");
        }
        if (gp_p_accept(p, T_SLASH)) {
            if (seen_slash) {
                return gp_p_error_tok(p, t, "/ may appear only once");
            }
            if (after_star) {
                return gp_p_error_tok(p, t, "/ must be ahead of *");
            }
            if (pos.n == 0) {
                if (!gp_p_check(p, T_COMMA)) {
                    return gp_p_error_tok(p, t, "invalid syntax");
                }
                return gp_p_error_tok(p, t, "at least one argument must precede /");
            }
            seen_slash = 1;
            posonly = pos;
            memset(&pos, 0, sizeof pos);
        } else if (gp_p_accept(p, T_STAR)) {
            if (after_star) {
                return gp_p_error_tok(p, t, "* argument may appear only once");
            }
            after_star = 1;
            star_tok = t;
            if (gp_p_check(p, T_NAME)) {
                if (!(args->vararg = parameter(p, lambda, 1))) {
                    return NULL;
                }
            } else if (gp_p_check(p, end) ||
                       (gp_p_check(p, T_COMMA) && (gp_p_peek_at(p, 1)->type == end ||
                                                   gp_p_peek_at(p, 1)->type == T_DOUBLESTAR))) {
                /* A lambda's message points at the last token looked at. */
                return gp_p_error_tok(p, lambda ? &p->toks[p->fill - 1] : t,
                                      "named arguments must follow bare *");
            }
        } else if (gp_p_accept(p, T_DOUBLESTAR)) {
            if (!(args->kwarg = parameter(p, lambda, 0))) {
                return NULL;
            }
            if (gp_p_check(p, T_EQUAL)) {
                return gp_p_error_tok(p, gp_p_peek(p),
                                      "var-keyword argument cannot have default value");
            }
        } else if (t->type == T_NAME) {
            gp_arg *a = parameter(p, lambda, 0);
            if (!a) {
                return NULL;
            }
            gp_expr *def = NULL;
            if (gp_p_accept(p, T_EQUAL)) {
                if (!(def = gp_p_expression(p))) {
                    return NULL;
                }
            }
            if (after_star) {
                if (gp_vec_push(p, &kwonly, a) < 0 || gp_vec_push(p, &kwdefaults, def) < 0) {
                    return NULL;
                }
            } else {
                if (!def && defaults.n > 0) {
                    return gp_p_error_tok(p, t, "non-default argument follows default argument");
                }
                if (gp_vec_push(p, &pos, a) < 0 || (def && gp_vec_push(p, &defaults, def) < 0)) {
                    return NULL;
                }
            }
        } else {
            return gp_p_syntax_error(p);
        }
        if (!gp_p_accept(p, T_COMMA)) {
            break;
        }
    }
    if (!gp_p_check(p, end)) {
        if (gp_p_check(p, T_EQUAL) && args->vararg && gp_p_prev(p)->type == T_NAME &&
            gp_p_prev(p) == star_tok + 1) {
            return gp_p_error_tok(p, gp_p_peek(p),
                                  "var-positional argument cannot have default value");
        }
        return gp_p_syntax_error(p);
    }
    args->posonlyargs = GP_VEC_SEQ(gp_arg_seq, posonly);
    args->args = GP_VEC_SEQ(gp_arg_seq, pos);
    args->defaults = GP_VEC_SEQ(gp_expr_seq, defaults);
    args->kwonlyargs = GP_VEC_SEQ(gp_arg_seq, kwonly);
    args->kw_defaults = GP_VEC_SEQ(gp_expr_seq, kwdefaults);
    return args;
}
