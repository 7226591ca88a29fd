/*
 * Statements: simple statements (assignments, imports, ...), compound
 * statements and their blocks, and the module-level loops of the "exec" and
 * "single" modes.
 */
#include <string.h>

#include "parser/parser_impl.h"

static int statement(parser *p, gp_vec *out);
static int simple_stmts(parser *p, gp_vec *out);

/* A compound statement ends with the last token of its last block that is
   not a NEWLINE, INDENT or DEDENT (a trailing ';' counts). */
void gp_p_end_at_last_token(parser *p, int *end_lineno, int *end_col) {
    int i = p->pos - 1;
    while (i > 0 && (p->toks[i].type == T_NEWLINE || p->toks[i].type == T_INDENT ||
                     p->toks[i].type == T_DEDENT)) {
        i--;
    }
    *end_lineno = p->toks[i].end_lineno;
    *end_col = p->toks[i].end_col;
}

static void end_stmt(parser *p, gp_stmt *s) {
    gp_p_end_at_last_token(p, &s->end_lineno, &s->end_col_offset);
}

/*
 * The body of a compound statement: statements on the same line after the
 * ':', or an indented block.  `what` names the header for the message
 * "expected an indented block after 'if' statement on line 3".
 */
int gp_p_block(parser *p, gp_stmt_seq *out, const char *what, int header_line) {
    gp_vec body = {0};
    if (gp_p_accept(p, T_NEWLINE)) {
        if (!gp_p_check(p, T_INDENT)) {
            gp_token *t = gp_p_peek(p);
            int col = t->col >= 0 ? t->col : t->curcol;
            int end_col = t->col >= 0 ? t->end_col : t->curcol;
            gp_p_error_at(p, GP_PERR_INDENT, t->lineno, col, t->end_lineno, end_col,
                          "expected an indented block after %s on line %d", what, header_line);
            if (t->type == T_ENDMARKER) {
                p->err->incomplete = 1;
            }
            return -1;
        }
        gp_p_accept(p, T_INDENT);
        while (!gp_p_check(p, T_DEDENT) && !gp_p_check(p, T_ENDMARKER)) {
            if (statement(p, &body) < 0) {
                return -1;
            }
        }
        gp_p_accept(p, T_DEDENT);
    } else {
        /* On the header's line only simple statements may follow. */
        if (gp_p_check(p, T_ENDMARKER) || simple_stmts(p, &body) < 0) {
            gp_p_syntax_error(p);
            return -1;
        }
    }
    *out = GP_VEC_SEQ(gp_stmt_seq, body);
    return 0;
}

/* ---- simple statements ---- */

static gp_stmt *name_list(parser *p, gp_stmt_kind kind, gp_token *kw) {
    gp_vec names = {0};
    do {
        gp_token *n = gp_p_expect(p, T_NAME);
        const char *s = n ? gp_p_name(p, n) : NULL;
        if (!s || gp_vec_push(p, &names, (void *)s) < 0) {
            return NULL;
        }
    } while (gp_p_accept(p, T_COMMA));
    gp_stmt *s = gp_p_stmt(p, kind, kw);
    if (s) {
        s->v.Global.names = GP_VEC_SEQ(gp_ident_seq, names);
    }
    return s;
}

static gp_alias *new_alias(parser *p, const char *name, const char *asname, gp_token *first) {
    gp_alias *a = gp_p_alloc(p, sizeof *a);
    if (a) {
        gp_token *last = gp_p_prev(p);
        a->name = name;
        a->asname = asname;
        a->lineno = first->lineno;
        a->col_offset = first->col;
        a->end_lineno = last->end_lineno;
        a->end_col_offset = last->end_col;
    }
    return a;
}

/* NAME ('.' NAME)* as one string. */
static const char *dotted_name(parser *p) {
    gp_token *first = gp_p_expect(p, T_NAME);
    if (!first) {
        return NULL;
    }
    size_t len = (size_t)first->len;
    int start = p->pos - 1;
    while (gp_p_check(p, T_DOT) && gp_p_peek_at(p, 1)->type == T_NAME) {
        gp_p_accept(p, T_DOT);
        len += 1 + (size_t)gp_p_accept(p, T_NAME)->len;
    }
    char *s = gp_p_alloc(p, len + 1);
    if (!s) {
        return NULL;
    }
    size_t n = 0;
    for (int i = start; i < p->pos; i++) {
        memcpy(s + n, p->toks[i].s, (size_t)p->toks[i].len);
        n += (size_t)p->toks[i].len;
    }
    s[n] = 0;
    return s;
}

/* dotted_name ['as' NAME] or NAME ['as' NAME] */
static gp_alias *import_alias(parser *p, int dotted) {
    gp_token *first = gp_p_peek(p);
    const char *name = dotted ? dotted_name(p) : NULL;
    if (!dotted) {
        gp_token *n = gp_p_expect(p, T_NAME);
        name = n ? gp_p_name(p, n) : NULL;
    }
    if (!name) {
        return NULL;
    }
    const char *asname = NULL;
    if (gp_p_accept(p, T_AS)) {
        gp_token *n = gp_p_expect(p, T_NAME);
        if (!n || !(asname = gp_p_name(p, n))) {
            return NULL;
        }
    }
    return new_alias(p, name, asname, first);
}

static gp_stmt *import_name(parser *p, gp_token *kw) {
    gp_vec names = {0};
    do {
        gp_alias *a = import_alias(p, 1);
        if (!a || gp_vec_push(p, &names, a) < 0) {
            return NULL;
        }
    } while (gp_p_accept(p, T_COMMA));
    gp_stmt *s = gp_p_stmt(p, GP_STMT_Import, kw);
    if (s) {
        s->v.Import.names = GP_VEC_SEQ(gp_alias_seq, names);
    }
    return s;
}

static gp_stmt *import_from(parser *p, gp_token *kw) {
    int level = 0;
    for (;;) {
        if (gp_p_accept(p, T_DOT)) {
            level++;
        } else if (gp_p_accept(p, T_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    const char *module = NULL;
    if (level == 0 || !gp_p_check(p, T_IMPORT)) {
        if (!(module = dotted_name(p))) {
            return NULL;
        }
    }
    if (!gp_p_expect(p, T_IMPORT)) {
        return NULL;
    }
    gp_vec names = {0};
    gp_token *star = gp_p_accept(p, T_STAR);
    if (star) {
        gp_alias *a = new_alias(p, "*", NULL, star);
        if (!a || gp_vec_push(p, &names, a) < 0) {
            return NULL;
        }
    } else if (gp_p_accept(p, T_LPAR)) {
        do {
            if (gp_p_check(p, T_RPAR) && names.n > 0) {
                break;
            }
            gp_alias *a = import_alias(p, 0);
            if (!a || gp_vec_push(p, &names, a) < 0) {
                return NULL;
            }
        } while (gp_p_accept(p, T_COMMA));
        if (!gp_p_expect(p, T_RPAR)) {
            return NULL;
        }
    } else {
        do {
            gp_alias *a = import_alias(p, 0);
            if (!a || gp_vec_push(p, &names, a) < 0) {
                return NULL;
            }
        } while (gp_p_accept(p, T_COMMA) && !gp_p_check(p, T_NEWLINE) && !gp_p_check(p, T_SEMI));
        if (gp_p_prev(p)->type == T_COMMA) {
            return gp_p_error_tok(p, gp_p_peek(p),
                                  "trailing comma not allowed without surrounding parentheses");
        }
    }
    gp_stmt *s = gp_p_stmt(p, GP_STMT_ImportFrom, kw);
    if (s) {
        s->v.ImportFrom.module = module;
        s->v.ImportFrom.names = GP_VEC_SEQ(gp_alias_seq, names);
        s->v.ImportFrom.level = level;
    }
    return s;
}

static gp_stmt *del_stmt(parser *p, gp_token *kw) {
    gp_vec targets = {0};
    do {
        int t = gp_p_type(p);
        if (targets.n > 0 && (t == T_NEWLINE || t == T_SEMI)) {
            break;
        }
        gp_expr *e = gp_p_check(p, T_STAR) ? gp_p_star_expressions(p) : gp_p_expression(p);
        if (!e) {
            return NULL;
        }
        if (gp_p_set_context(p, e, GP_Del) < 0 || gp_vec_push(p, &targets, e) < 0) {
            return NULL;
        }
    } while (gp_p_accept(p, T_COMMA));
    gp_stmt *s = gp_p_stmt(p, GP_STMT_Delete, kw);
    if (s) {
        s->v.Delete.targets = GP_VEC_SEQ(gp_expr_seq, targets);
    }
    return s;
}

static gp_operator augassign_op(int type) {
    switch (type) {
    case T_PLUSEQUAL:
        return GP_Add;
    case T_MINEQUAL:
        return GP_Sub;
    case T_STAREQUAL:
        return GP_Mult;
    case T_ATEQUAL:
        return GP_MatMult;
    case T_SLASHEQUAL:
        return GP_Div;
    case T_PERCENTEQUAL:
        return GP_Mod;
    case T_AMPEREQUAL:
        return GP_BitAnd;
    case T_VBAREQUAL:
        return GP_BitOr;
    case T_CIRCUMFLEXEQUAL:
        return GP_BitXor;
    case T_LEFTSHIFTEQUAL:
        return GP_LShift;
    case T_RIGHTSHIFTEQUAL:
        return GP_RShift;
    case T_DOUBLESTAREQUAL:
        return GP_Pow;
    case T_DOUBLESLASHEQUAL:
        return GP_FloorDiv;
    default:
        return 0;
    }
}

static int starts_expr_token(int type) {
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

static int is_single_target(gp_expr *e) {
    return e->kind == GP_EXPR_Name || e->kind == GP_EXPR_Attribute || e->kind == GP_EXPR_Subscript;
}

/*
 * The message for an invalid target of `first = ...`.  When the bad part
 * stands alone (or as an element of an unparenthesized tuple) and a simple
 * value follows, CPython suspects a comparison was meant.
 */
static void invalid_assign_target(parser *p, gp_expr *target, int ntargets, gp_token *value_first) {
    gp_expr *bad = gp_p_invalid_target(target, GP_Store);
    int alone = bad == target || (target->kind == GP_EXPR_Tuple &&
                                  target->col_offset == target->v.Tuple.elts.items[0]->col_offset &&
                                  target->lineno == target->v.Tuple.elts.items[0]->lineno);
    if (alone && bad != target) {
        alone = 0;
        for (int i = 0; i < target->v.Tuple.elts.n; i++) {
            alone |= target->v.Tuple.elts.items[i] == bad;
        }
    }
    int k = bad->kind;
    int simple_value = value_first->type != T_NOT && value_first->type != T_LAMBDA &&
                       value_first->type != T_YIELD && value_first->type != T_STAR &&
                       !gp_p_check(p, T_EQUAL);
    if (alone && ntargets == 1 && simple_value && k != GP_EXPR_List && k != GP_EXPR_Tuple &&
        k != GP_EXPR_GeneratorExp && k != GP_EXPR_Compare && k != GP_EXPR_BoolOp &&
        k != GP_EXPR_IfExp && k != GP_EXPR_Lambda && k != GP_EXPR_Starred &&
        !(k == GP_EXPR_UnaryOp && bad->v.UnaryOp.op == GP_Not) &&
        !(k == GP_EXPR_Constant && (bad->v.Constant.value.kind == GP_CONST_TRUE ||
                                    bad->v.Constant.value.kind == GP_CONST_FALSE ||
                                    bad->v.Constant.value.kind == GP_CONST_NONE))) {
        gp_p_error_node(p, bad, NULL,
                        "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                        gp_p_expr_name(bad));
        return;
    }
    gp_p_error_node(p, bad, NULL, "cannot assign to %s", gp_p_expr_name(bad));
}

/* An expression statement or any kind of assignment. */
static gp_stmt *expr_or_assign(parser *p, gp_token *first) {
    gp_expr *e = gp_p_yield_or_star_expressions(p);
    if (!e) {
        return NULL;
    }
    gp_token *t = gp_p_peek(p);
    if (t->type == T_COLON) {
        if (!starts_expr_token(gp_p_peek_at(p, 1)->type)) {
            /* No annotation follows: the error is at the ':' or, after a
               valid target, at what follows it. */
            return gp_p_error_tok(p, is_single_target(e) ? gp_p_peek_at(p, 1) : t,
                                  "invalid syntax");
        }
        if (e->kind == GP_EXPR_Tuple || e->kind == GP_EXPR_List) {
            return gp_p_error_node(p, e, NULL, "only single target (not %s) can be annotated",
                                   e->kind == GP_EXPR_Tuple ? "tuple" : "list");
        }
        if (!is_single_target(e)) {
            return gp_p_error_node(p, e, NULL, "illegal target for annotation");
        }
        gp_p_accept(p, T_COLON);
        gp_expr *ann = gp_p_expression(p);
        if (!ann) {
            return NULL;
        }
        gp_expr *value = NULL;
        if (gp_p_accept(p, T_EQUAL)) {
            if (!(value = gp_p_yield_or_star_expressions(p))) {
                return NULL;
            }
        }
        gp_p_set_context(p, e, GP_Store);
        gp_stmt *s = gp_p_stmt(p, GP_STMT_AnnAssign, first);
        if (s) {
            s->v.AnnAssign.target = e;
            s->v.AnnAssign.annotation = ann;
            s->v.AnnAssign.value = value;
            s->v.AnnAssign.simple = e->kind == GP_EXPR_Name && first->type != T_LPAR;
        }
        return s;
    }
    gp_operator op = augassign_op(t->type);
    if (op) {
        if (!is_single_target(e)) {
            return gp_p_error_node(p, e, NULL,
                                   "'%s' is an illegal expression for augmented assignment",
                                   gp_p_expr_name(e));
        }
        gp_p_accept(p, t->type);
        gp_expr *value = gp_p_yield_or_star_expressions(p);
        if (!value) {
            return NULL;
        }
        gp_p_set_context(p, e, GP_Store);
        gp_stmt *s = gp_p_stmt(p, GP_STMT_AugAssign, first);
        if (s) {
            s->v.AugAssign.target = e;
            s->v.AugAssign.op = op;
            s->v.AugAssign.value = value;
        }
        return s;
    }
    if (t->type == T_EQUAL) {
        gp_vec targets = {0};
        gp_token *tfirst = first;
        while (gp_p_accept(p, T_EQUAL)) {
            if (gp_vec_push(p, &targets, e) < 0) {
                return NULL;
            }
            gp_token *vfirst = gp_p_peek(p);
            if (!(e = gp_p_yield_or_star_expressions(p))) {
                return NULL;
            }
            gp_expr *target = targets.items[targets.n - 1];
            if (tfirst->type == T_YIELD) {
                return gp_p_error_node(p, target, NULL,
                                       "assignment to yield expression not possible");
            }
            if (gp_p_invalid_target(target, GP_Store)) {
                invalid_assign_target(p, target, targets.n, vfirst);
                return NULL;
            }
            tfirst = vfirst;
        }
        for (int i = 0; i < targets.n; i++) {
            gp_p_set_context(p, targets.items[i], GP_Store);
        }
        gp_stmt *s = gp_p_stmt(p, GP_STMT_Assign, first);
        if (s) {
            s->v.Assign.targets = GP_VEC_SEQ(gp_expr_seq, targets);
            s->v.Assign.value = e;
        }
        return s;
    }
    if (t->type == T_COLONEQUAL && (e->kind != GP_EXPR_Name || first->type == T_LPAR)) {
        return gp_p_error_node(p, e, NULL, "cannot use assignment expressions with %s",
                               gp_p_expr_name(e));
    }
    if (t->type != T_NEWLINE && t->type != T_SEMI) {
        /* `print x`: a Python 2 statement. */
        if (e->kind == GP_EXPR_Name &&
            (strcmp(e->v.Name.id, "print") == 0 || strcmp(e->v.Name.id, "exec") == 0) &&
            t->type != T_LPAR) {
            int pos = p->pos, fill = p->fill;
            gp_expr *rest = gp_p_star_expressions(p);
            if (rest) {
                return gp_p_error_node(p, e, rest,
                                       "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                                       e->v.Name.id, e->v.Name.id);
            }
            gp_p_backtrack(p, pos, fill);
        }
    }
    gp_stmt *s = gp_p_stmt(p, GP_STMT_Expr, first);
    if (s) {
        s->v.Expr.value = e;
    }
    return s;
}

static gp_stmt *simple_stmt(parser *p) {
    gp_token *t = gp_p_peek(p);
    gp_stmt *s;
    switch (t->type) {
    case T_PASS:
        gp_p_accept(p, t->type);
        return gp_p_stmt(p, GP_STMT_Pass, t);
    case T_BREAK:
        gp_p_accept(p, t->type);
        return gp_p_stmt(p, GP_STMT_Break, t);
    case T_CONTINUE:
        gp_p_accept(p, t->type);
        return gp_p_stmt(p, GP_STMT_Continue, t);
    case T_RETURN: {
        gp_p_accept(p, t->type);
        gp_expr *v = NULL;
        if (!gp_p_check(p, T_NEWLINE) && !gp_p_check(p, T_SEMI)) {
            if (!(v = gp_p_star_expressions(p))) {
                return NULL;
            }
        }
        s = gp_p_stmt(p, GP_STMT_Return, t);
        if (s) {
            s->v.Return.value = v;
        }
        return s;
    }
    case T_RAISE: {
        gp_p_accept(p, t->type);
        gp_expr *exc = NULL, *cause = NULL;
        if (!gp_p_check(p, T_NEWLINE) && !gp_p_check(p, T_SEMI)) {
            if (!(exc = gp_p_expression(p))) {
                return NULL;
            }
            if (gp_p_accept(p, T_FROM) && !(cause = gp_p_expression(p))) {
                return NULL;
            }
        }
        s = gp_p_stmt(p, GP_STMT_Raise, t);
        if (s) {
            s->v.Raise.exc = exc;
            s->v.Raise.cause = cause;
        }
        return s;
    }
    case T_GLOBAL:
        gp_p_accept(p, t->type);
        return name_list(p, GP_STMT_Global, t);
    case T_NONLOCAL:
        gp_p_accept(p, t->type);
        return name_list(p, GP_STMT_Nonlocal, t);
    case T_DEL:
        gp_p_accept(p, t->type);
        return del_stmt(p, t);
    case T_ASSERT: {
        gp_p_accept(p, t->type);
        gp_expr *test = gp_p_expression(p);
        gp_expr *msg = NULL;
        if (!test) {
            return NULL;
        }
        if (gp_p_accept(p, T_COMMA) && !(msg = gp_p_expression(p))) {
            return NULL;
        }
        s = gp_p_stmt(p, GP_STMT_Assert, t);
        if (s) {
            s->v.Assert.test = test;
            s->v.Assert.msg = msg;
        }
        return s;
    }
    case T_IMPORT:
        gp_p_accept(p, t->type);
        return import_name(p, t);
    case T_FROM:
        gp_p_accept(p, t->type);
        return import_from(p, t);
    default:
        return expr_or_assign(p, t);
    }
}

/* simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static int simple_stmts(parser *p, gp_vec *out) {
    for (;;) {
        gp_stmt *s = simple_stmt(p);
        if (!s || gp_vec_push(p, out, s) < 0) {
            return -1;
        }
        if (!gp_p_accept(p, T_SEMI) || gp_p_check(p, T_NEWLINE)) {
            break;
        }
    }
    if (!gp_p_check(p, T_NEWLINE)) {
        /* CPython tries whether another expression follows (a missing
           comma?) before it gives up; look as far as that would. */
        int pos = p->pos, fill = p->fill;
        if (!p->error && starts_expr_token(gp_p_type(p))) {
            gp_p_expression(p);
            gp_p_backtrack(p, pos, fill);
        }
        gp_p_syntax_error(p);
        return -1;
    }
    gp_p_accept(p, T_NEWLINE);
    return 0;
}

/* ---- compound statements ---- */

/* The ':' of a header that CPython does not insist on: only a missing ':'
   at the end of the line gets the specific message. */
static gp_token *expect_colon(parser *p) {
    gp_token *t = gp_p_accept(p, T_COLON);
    if (!t) {
        if (gp_p_check(p, T_NEWLINE)) {
            gp_p_error_tok(p, gp_p_peek(p), "expected ':'");
        } else {
            gp_p_syntax_error(p);
        }
    }
    return t;
}

static int else_block(parser *p, gp_stmt_seq *out) {
    gp_token *kw = gp_p_accept(p, T_ELSE);
    if (!gp_p_expect_forced(p, T_COLON)) {
        return -1;
    }
    return gp_p_block(p, out, "'else' statement", kw->lineno);
}

static gp_stmt *if_stmt(parser *p) {
    gp_token *kw = gp_p_peek(p);
    gp_p_accept(p, kw->type);
    gp_expr *test = gp_p_named_expression(p);
    if (!test || !expect_colon(p)) {
        return NULL;
    }
    gp_stmt *s = gp_p_stmt(p, GP_STMT_If, kw);
    if (!s || gp_p_block(p, &s->v.If.body, kw->type == T_IF ? "'if' statement" : "'elif' statement",
                         kw->lineno) < 0) {
        return NULL;
    }
    s->v.If.test = test;
    if (gp_p_check(p, T_ELIF)) {
        gp_stmt *elif = if_stmt(p);
        gp_vec orelse = {0};
        if (!elif || gp_vec_push(p, &orelse, elif) < 0) {
            return NULL;
        }
        s->v.If.orelse = GP_VEC_SEQ(gp_stmt_seq, orelse);
    } else if (gp_p_check(p, T_ELSE)) {
        if (else_block(p, &s->v.If.orelse) < 0) {
            return NULL;
        }
    }
    end_stmt(p, s);
    return s;
}

static gp_stmt *while_stmt(parser *p) {
    gp_token *kw = gp_p_accept(p, T_WHILE);
    gp_expr *test = gp_p_named_expression(p);
    if (!test || !expect_colon(p)) {
        return NULL;
    }
    gp_stmt *s = gp_p_stmt(p, GP_STMT_While, kw);
    if (!s || gp_p_block(p, &s->v.While.body, "'while' statement", kw->lineno) < 0) {
        return NULL;
    }
    s->v.While.test = test;
    if (gp_p_check(p, T_ELSE) && else_block(p, &s->v.While.orelse) < 0) {
        return NULL;
    }
    end_stmt(p, s);
    return s;
}

static gp_stmt *for_stmt(parser *p, gp_token *async) {
    gp_token *kw = gp_p_accept(p, T_FOR);
    gp_expr *target = gp_p_star_targets(p);
    if (!target) {
        return NULL;
    }
    if (!gp_p_expect(p, T_IN)) {
        return NULL;
    }
    gp_expr *iter = gp_p_star_expressions(p);
    if (!iter || !expect_colon(p)) {
        return NULL;
    }
    gp_stmt *s = gp_p_stmt(p, async ? GP_STMT_AsyncFor : GP_STMT_For, async ? async : kw);
    if (!s || gp_p_block(p, &s->v.For.body, "'for' statement", kw->lineno) < 0) {
        return NULL;
    }
    s->v.For.target = target;
    s->v.For.iter = iter;
    if (gp_p_check(p, T_ELSE) && else_block(p, &s->v.For.orelse) < 0) {
        return NULL;
    }
    end_stmt(p, s);
    return s;
}

/* expression ['as' star_target] */
static gp_withitem *with_item(parser *p) {
    gp_withitem *w = gp_p_alloc(p, sizeof *w);
    if (!w || !(w->context_expr = gp_p_expression(p))) {
        return NULL;
    }
    if (gp_p_accept(p, T_AS)) {
        gp_expr *t = gp_p_star_target(p);
        if (!t) {
            return NULL;
        }
        w->optional_vars = t;
    }
    return w;
}

/* The items of a with statement, with or without the parentheses. */
static int with_items(parser *p, gp_withitem_seq *out) {
    gp_vec items = {0};
    if (gp_p_check(p, T_LPAR)) {
        /* `with (a as b, c):` is a parenthesized list of items when the
           ')' is followed by ':'; otherwise the parenthesis belongs to the
           first expression.  An error found after failing both ways points
           as far as either attempt looked. */
        int pos = p->pos, fill = p->fill;
        gp_p_accept(p, T_LPAR);
        int ok = 1;
        do {
            if (gp_p_check(p, T_RPAR) && items.n > 0) {
                break;
            }
            gp_withitem *w = with_item(p);
            if (!w || gp_vec_push(p, &items, w) < 0) {
                ok = 0;
                break;
            }
        } while (gp_p_accept(p, T_COMMA));
        if (ok && gp_p_accept(p, T_RPAR)) {
            if (gp_p_check(p, T_COLON)) {
                *out = GP_VEC_SEQ(gp_withitem_seq, items);
                return 0;
            }
            if (gp_p_check(p, T_NEWLINE)) {
                gp_p_error_tok(p, gp_p_peek(p), "expected ':'");
                return -1;
            }
        }
        int far = p->fill;
        if (gp_p_backtrack(p, pos, fill) < 0) {
            return -1;
        }
        p->fill = far > fill ? far : fill;
        memset(&items, 0, sizeof items);
    }
    do {
        gp_withitem *w = with_item(p);
        if (!w || gp_vec_push(p, &items, w) < 0) {
            return -1;
        }
    } while (gp_p_accept(p, T_COMMA));
    *out = GP_VEC_SEQ(gp_withitem_seq, items);
    return 0;
}

static gp_stmt *with_stmt(parser *p, gp_token *async) {
    gp_token *kw = gp_p_accept(p, T_WITH);
    gp_withitem_seq items;
    if (with_items(p, &items) < 0 || !expect_colon(p)) {
        return NULL;
    }
    gp_stmt *s = gp_p_stmt(p, async ? GP_STMT_AsyncWith : GP_STMT_With, async ? async : kw);
    if (!s || gp_p_block(p, &s->v.With.body, "'with' statement", kw->lineno) < 0) {
        return NULL;
    }
    s->v.With.items = items;
    end_stmt(p, s);
    return s;
}

/* One `except` or `except*` clause; *star tells which (*star is -1 on
   entry for the first clause, else the kind of the first one, which every
   clause of a try statement must share). */
static gp_excepthandler *except_block(parser *p, int *star) {
    gp_token *kw = gp_p_accept(p, T_EXCEPT);
    gp_excepthandler *h = gp_p_alloc(p, sizeof *h);
    if (!h) {
        return NULL;
    }
    gp_token *st = gp_p_accept(p, T_STAR);
    if (st && gp_p_check(p, T_COLON)) {
        return gp_p_error_tok(p, gp_p_peek(p), "expected one or more exception types");
    }
    if (*star >= 0 && *star != (st != NULL)) {
        gp_token *last = st ? st : kw;
        return gp_p_error_at(p, GP_PERR_SYNTAX, kw->lineno, kw->col, last->end_lineno,
                             last->end_col,
                             "cannot have both 'except' and 'except*' on the same 'try'");
    }
    *star = st != NULL;
    if (!gp_p_check(p, T_COLON)) {
        if (!(h->type = gp_p_expression(p))) {
            return NULL;
        }
        if (gp_p_check(p, T_COMMA)) {
            int pos = p->pos, fill = p->fill;
            gp_p_accept(p, T_COMMA);
            gp_expr *rest = gp_p_expressions(p);
            if (rest && (gp_p_check(p, T_COLON) || gp_p_check(p, T_AS))) {
                return gp_p_error_node(p, h->type, rest,
                                       "multiple exception types must be parenthesized");
            }
            gp_p_backtrack(p, pos, fill);
        }
        if (gp_p_accept(p, T_AS)) {
            gp_token *n = gp_p_expect(p, T_NAME);
            if (!n || !(h->name = gp_p_name(p, n))) {
                return NULL;
            }
        }
    }
    if (!expect_colon(p) ||
        gp_p_block(p, &h->body, st ? "'except*' statement" : "'except' statement", kw->lineno) <
            0) {
        return NULL;
    }
    h->lineno = kw->lineno;
    h->col_offset = kw->col;
    gp_p_end_at_last_token(p, &h->end_lineno, &h->end_col_offset);
    return h;
}

static gp_stmt *try_stmt(parser *p) {
    gp_token *kw = gp_p_accept(p, T_TRY);
    if (!gp_p_expect_forced(p, T_COLON)) {
        return NULL;
    }
    gp_stmt *s = gp_p_stmt(p, GP_STMT_Try, kw);
    if (!s || gp_p_block(p, &s->v.Try.body, "'try' statement", kw->lineno) < 0) {
        return NULL;
    }
    if (!gp_p_check(p, T_EXCEPT) && !gp_p_check(p, T_FINALLY)) {
        return gp_p_error_tok(p, gp_p_peek(p), "expected 'except' or 'finally' block");
    }
    gp_vec handlers = {0};
    int star = -1;
    while (gp_p_check(p, T_EXCEPT)) {
        gp_excepthandler *h = except_block(p, &star);
        if (!h || gp_vec_push(p, &handlers, h) < 0) {
            return NULL;
        }
    }
    if (star == 1) {
        s->kind = GP_STMT_TryStar;
    }
    s->v.Try.handlers = GP_VEC_SEQ(gp_excepthandler_seq, handlers);
    if (handlers.n > 0 && gp_p_check(p, T_ELSE)) {
        if (else_block(p, &s->v.Try.orelse) < 0) {
            return NULL;
        }
    }
    gp_token *fin = gp_p_accept(p, T_FINALLY);
    if (fin) {
        if (!gp_p_expect_forced(p, T_COLON) ||
            gp_p_block(p, &s->v.Try.finalbody, "'finally' statement", fin->lineno) < 0) {
            return NULL;
        }
    }
    end_stmt(p, s);
    return s;
}

static gp_stmt *funcdef(parser *p, gp_token *async, gp_expr_seq decorators) {
    gp_token *kw = gp_p_accept(p, T_DEF);
    gp_token *name = gp_p_expect(p, T_NAME);
    if (!name || !gp_p_expect_forced(p, T_LPAR)) {
        return NULL;
    }
    gp_arguments *args = gp_p_parameters(p, 0);
    if (!args || !gp_p_expect(p, T_RPAR)) {
        return NULL;
    }
    gp_expr *returns = NULL;
    gp_token *arrow = gp_p_accept(p, T_RARROW);
    if (arrow) {
        /* Without an annotation the arrow is where ':' was expected. */
        if (gp_p_check(p, T_COLON)) {
            return gp_p_error_tok(p, arrow, "expected ':'");
        }
        if (!(returns = gp_p_expression(p))) {
            return NULL;
        }
    }
    if (!gp_p_expect_forced(p, T_COLON)) {
        return NULL;
    }
    gp_stmt *s =
        gp_p_stmt(p, async ? GP_STMT_AsyncFunctionDef : GP_STMT_FunctionDef, async ? async : kw);
    if (!s || !(s->v.FunctionDef.name = gp_p_name(p, name)) ||
        gp_p_block(p, &s->v.FunctionDef.body, "function definition", kw->lineno) < 0) {
        return NULL;
    }
    s->v.FunctionDef.args = args;
    s->v.FunctionDef.returns = returns;
    s->v.FunctionDef.decorator_list = decorators;
    end_stmt(p, s);
    return s;
}

static gp_stmt *classdef(parser *p, gp_expr_seq decorators) {
    gp_token *kw = gp_p_accept(p, T_CLASS);
    gp_token *name = gp_p_expect(p, T_NAME);
    if (!name) {
        return NULL;
    }
    gp_expr_seq bases = {0, NULL};
    gp_keyword_seq keywords = {0, NULL};
    gp_token *open = gp_p_accept(p, T_LPAR);
    if (open) {
        if (gp_p_enter(p) < 0) {
            return NULL;
        }
        int r = gp_p_call_args(p, &bases, &keywords, NULL);
        gp_p_leave(p);
        if (r < 0) {
            return NULL;
        }
    }
    if (!expect_colon(p)) {
        return NULL;
    }
    gp_stmt *s = gp_p_stmt(p, GP_STMT_ClassDef, kw);
    if (!s || !(s->v.ClassDef.name = gp_p_name(p, name)) ||
        gp_p_block(p, &s->v.ClassDef.body, "class definition", kw->lineno) < 0) {
        return NULL;
    }
    s->v.ClassDef.bases = bases;
    s->v.ClassDef.keywords = keywords;
    s->v.ClassDef.decorator_list = decorators;
    end_stmt(p, s);
    return s;
}

static gp_stmt *decorated(parser *p) {
    gp_vec decorators = {0};
    while (gp_p_accept(p, T_AT)) {
        gp_expr *d = gp_p_named_expression(p);
        if (!d || gp_vec_push(p, &decorators, d) < 0 || !gp_p_expect(p, T_NEWLINE)) {
            return NULL;
        }
    }
    gp_expr_seq seq = GP_VEC_SEQ(gp_expr_seq, decorators);
    gp_token *t = gp_p_peek(p);
    if (t->type == T_DEF) {
        return funcdef(p, NULL, seq);
    }
    if (t->type == T_CLASS) {
        return classdef(p, seq);
    }
    if (t->type == T_ASYNC && gp_p_peek_at(p, 1)->type == T_DEF) {
        gp_p_accept(p, T_ASYNC);
        return funcdef(p, t, seq);
    }
    return gp_p_syntax_error(p);
}

static gp_stmt *compound_stmt(parser *p) {
    gp_token *t = gp_p_peek(p);
    gp_expr_seq none = {0, NULL};
    switch (t->type) {
    case T_IF:
        return if_stmt(p);
    case T_WHILE:
        return while_stmt(p);
    case T_FOR:
        return for_stmt(p, NULL);
    case T_WITH:
        return with_stmt(p, NULL);
    case T_TRY:
        return try_stmt(p);
    case T_DEF:
        return funcdef(p, NULL, none);
    case T_CLASS:
        return classdef(p, none);
    case T_AT:
        return decorated(p);
    case T_ASYNC:
        gp_p_accept(p, T_ASYNC);
        switch (gp_p_type(p)) {
        case T_DEF:
            return funcdef(p, t, none);
        case T_FOR:
            return for_stmt(p, t);
        case T_WITH:
            return with_stmt(p, t);
        default:
            return gp_p_syntax_error(p);
        }
    default:
        return NULL;
    }
}

static int is_compound_start(int type) {
    return type == T_IF || type == T_WHILE || type == T_FOR || type == T_WITH || type == T_TRY ||
           type == T_DEF || type == T_CLASS || type == T_AT || type == T_ASYNC;
}

/* One statement line (several simple statements) or one compound statement. */
static int statement(parser *p, gp_vec *out) {
    if (gp_p_enter(p) < 0) {
        return -1;
    }
    int r;
    gp_stmt *m = NULL;
    if (gp_p_check(p, T_NAME) && (r = gp_p_match_stmt(p, &m)) != 0) {
        r = r > 0 && gp_vec_push(p, out, m) == 0 ? 0 : -1;
    } else if (is_compound_start(gp_p_type(p))) {
        gp_stmt *s = compound_stmt(p);
        r = s && gp_vec_push(p, out, s) == 0 ? 0 : -1;
    } else {
        r = simple_stmts(p, out);
    }
    gp_p_leave(p);
    return r;
}

gp_stmt_seq gp_p_file(parser *p) {
    gp_vec body = {0};
    while (!gp_p_check(p, T_ENDMARKER)) {
        if (statement(p, &body) < 0) {
            break;
        }
    }
    return GP_VEC_SEQ(gp_stmt_seq, body);
}

gp_stmt_seq gp_p_interactive(parser *p) {
    gp_vec body = {0};
    gp_stmt_seq none = {0, NULL};
    if (gp_p_check(p, T_ENDMARKER)) {
        gp_p_syntax_error(p);
        return none;
    }
    gp_stmt *m = NULL;
    int r = gp_p_check(p, T_NAME) ? gp_p_match_stmt(p, &m) : 0;
    if (r < 0) {
        return none;
    }
    if (r > 0 || is_compound_start(gp_p_type(p))) {
        gp_stmt *s = m ? m : compound_stmt(p);
        if (!s || gp_vec_push(p, &body, s) < 0) {
            return none;
        }
        gp_p_accept(p, T_NEWLINE);
        if (!gp_p_check(p, T_ENDMARKER)) {
            gp_p_syntax_error(p);
            return none;
        }
    } else {
        if (simple_stmts(p, &body) < 0) {
            return none;
        }
        /* Only one statement (line) may be given; the message points at the
           end of the first. */
        gp_token *nl = gp_p_prev(p);
        if (p->toks[p->pos].type != T_ENDMARKER) {
            gp_p_error_tok(p, nl, "multiple statements found while compiling a single statement");
            return none;
        }
    }
    return GP_VEC_SEQ(gp_stmt_seq, body);
}
