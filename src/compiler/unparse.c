/* Expressions back to source text, for `from __future__ import
   annotations`, where annotations are kept as strings.  The text is the one
   Python produces: minimal parentheses by precedence, single spaces around
   binary operators, constants as their repr. */
#include "compiler/cinternal.h"

enum {
    PR_TUPLE,
    PR_TEST,
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_EXPR,
    PR_BOR = PR_EXPR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR,
    PR_POWER,
    PR_AWAIT,
    PR_ATOM
};

typedef struct {
    gp_thread *t;
    gp_strbuf *b;
} writer;

static int unparse(writer *w, gp_expr *e, int level);

static void put(writer *w, const char *s) {
    gp_strbuf_append_cstr(w->b, s);
}

static int put_obj_repr(writer *w, gp_obj *o) {
    gp_obj *r = gp_obj_repr(w->t, o);
    if (!r)
        return -1;
    gp_strbuf_append(w->b, gp_str_utf8(r), gp_str_size(r));
    gp_decref(r);
    return 0;
}

static int put_constant(writer *w, gp_expr *e) {
    const gp_constant *k = &e->v.Constant.value;
    if (k->kind == GP_CONST_ELLIPSIS) {
        put(w, "...");
        return 0;
    }
    gp_obj *v = gp_compile_constant(w->t, k);
    if (!v)
        return -1;
    int r;
    /* Infinities have no literal: a number too large to represent. */
    if (gp_typeof(v) == &gp_float_type && !__builtin_isfinite(gp_float_value(v))) {
        put(w, "1e309");
        r = 0;
    } else if (gp_typeof(v) == &gp_complex_type &&
               !__builtin_isfinite(((gp_complex *)v)->imag)) {
        put(w, "1e309j");
        r = 0;
    } else {
        r = put_obj_repr(w, v);
    }
    gp_decref(v);
    return r;
}

static int unparse_seq(writer *w, gp_expr_seq seq, int level) {
    for (int i = 0; i < seq.n; i++) {
        if (i)
            put(w, ", ");
        if (unparse(w, seq.items[i], level) < 0)
            return -1;
    }
    return 0;
}

static const char *binop_text(gp_operator op, int *pr) {
    switch (op) {
    case GP_Add: *pr = PR_ARITH; return " + ";
    case GP_Sub: *pr = PR_ARITH; return " - ";
    case GP_Mult: *pr = PR_TERM; return " * ";
    case GP_MatMult: *pr = PR_TERM; return " @ ";
    case GP_Div: *pr = PR_TERM; return " / ";
    case GP_Mod: *pr = PR_TERM; return " % ";
    case GP_FloorDiv: *pr = PR_TERM; return " // ";
    case GP_LShift: *pr = PR_SHIFT; return " << ";
    case GP_RShift: *pr = PR_SHIFT; return " >> ";
    case GP_BitOr: *pr = PR_BOR; return " | ";
    case GP_BitXor: *pr = PR_BXOR; return " ^ ";
    case GP_BitAnd: *pr = PR_BAND; return " & ";
    case GP_Pow: *pr = PR_POWER; return " ** ";
    }
    *pr = PR_ATOM;
    return " ? ";
}

static const char *cmpop_text(gp_cmpop op) {
    switch (op) {
    case GP_Eq: return " == ";
    case GP_NotEq: return " != ";
    case GP_Lt: return " < ";
    case GP_LtE: return " <= ";
    case GP_Gt: return " > ";
    case GP_GtE: return " >= ";
    case GP_Is: return " is ";
    case GP_IsNot: return " is not ";
    case GP_In: return " in ";
    case GP_NotIn: return " not in ";
    }
    return " ? ";
}

static int unparse_arg(writer *w, gp_arg *a, gp_expr *dflt) {
    put(w, a->arg);
    if (dflt) {
        put(w, "=");
        return unparse(w, dflt, PR_TEST);
    }
    return 0;
}

static int unparse_arguments(writer *w, gp_arguments *a) {
    int first = 1;
    int npos = a->posonlyargs.n + a->args.n;
    int ndef = a->defaults.n;
    for (int i = 0; i < npos; i++) {
        gp_arg *arg = i < a->posonlyargs.n ? a->posonlyargs.items[i]
                                           : a->args.items[i - a->posonlyargs.n];
        if (!first)
            put(w, ", ");
        first = 0;
        int di = i - (npos - ndef);
        if (unparse_arg(w, arg, di >= 0 ? a->defaults.items[di] : NULL) < 0)
            return -1;
        if (i == a->posonlyargs.n - 1)
            put(w, ", /");
    }
    if (a->vararg || a->kwonlyargs.n) {
        if (!first)
            put(w, ", ");
        first = 0;
        put(w, "*");
        if (a->vararg)
            put(w, a->vararg->arg);
    }
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        put(w, ", ");
        if (unparse_arg(w, a->kwonlyargs.items[i], a->kw_defaults.items[i]) < 0)
            return -1;
    }
    if (a->kwarg) {
        if (!first)
            put(w, ", ");
        put(w, "**");
        put(w, a->kwarg->arg);
    }
    return 0;
}

static int unparse_comprehensions(writer *w, gp_comprehension_seq gens) {
    for (int i = 0; i < gens.n; i++) {
        gp_comprehension *g = gens.items[i];
        put(w, g->is_async ? " async for " : " for ");
        if (unparse(w, g->target, PR_TUPLE) < 0)
            return -1;
        put(w, " in ");
        if (unparse(w, g->iter, PR_TEST + 1) < 0)
            return -1;
        for (int j = 0; j < g->ifs.n; j++) {
            put(w, " if ");
            if (unparse(w, g->ifs.items[j], PR_TEST + 1) < 0)
                return -1;
        }
    }
    return 0;
}

/* The inside of an f-string, before it is quoted. */
static int fstring_body(writer *w, gp_expr *e) {
    if (e->kind == GP_EXPR_Constant) {
        const char *s = e->v.Constant.value.s;
        for (size_t i = 0; i < e->v.Constant.value.len; i++) {
            gp_strbuf_append_char(w->b, s[i]);
            if (s[i] == '{' || s[i] == '}')
                gp_strbuf_append_char(w->b, s[i]);
        }
        return 0;
    }
    if (e->kind == GP_EXPR_JoinedStr) {
        for (int i = 0; i < e->v.JoinedStr.values.n; i++)
            if (fstring_body(w, e->v.JoinedStr.values.items[i]) < 0)
                return -1;
        return 0;
    }
    gp_strbuf inner;
    gp_strbuf_init(&inner);
    writer wi = {w->t, &inner};
    if (unparse(&wi, e->v.FormattedValue.value, PR_TEST + 1) < 0) {
        gp_strbuf_free(&inner);
        return -1;
    }
    put(w, "{");
    if (inner.len && inner.buf[0] == '{')
        put(w, " ");
    gp_strbuf_append(w->b, inner.buf, inner.len);
    gp_strbuf_free(&inner);
    int conv = e->v.FormattedValue.conversion;
    if (conv == 's' || conv == 'r' || conv == 'a') {
        char cs[3] = {'!', (char)conv, 0};
        put(w, cs);
    }
    if (e->v.FormattedValue.format_spec) {
        put(w, ":");
        if (fstring_body(w, e->v.FormattedValue.format_spec) < 0)
            return -1;
    }
    put(w, "}");
    return 0;
}

static int unparse_fstring(writer *w, gp_expr *e) {
    gp_strbuf body;
    gp_strbuf_init(&body);
    writer wb = {w->t, &body};
    if (fstring_body(&wb, e) < 0) {
        gp_strbuf_free(&body);
        return -1;
    }
    gp_obj *s = gp_strbuf_finish(w->t, &body);
    if (!s)
        return -1;
    put(w, "f");
    int r = put_obj_repr(w, s);
    gp_decref(s);
    return r;
}

static int unparse_inner(writer *w, gp_expr *e, int level) {
    switch (e->kind) {
    case GP_EXPR_BoolOp: {
        int pr = e->v.BoolOp.op == GP_And ? PR_AND : PR_OR;
        const char *op = e->v.BoolOp.op == GP_And ? " and " : " or ";
        if (level > pr)
            put(w, "(");
        for (int i = 0; i < e->v.BoolOp.values.n; i++) {
            if (i)
                put(w, op);
            if (unparse(w, e->v.BoolOp.values.items[i], pr + 1) < 0)
                return -1;
        }
        if (level > pr)
            put(w, ")");
        return 0;
    }
    case GP_EXPR_NamedExpr:
        if (level > PR_TUPLE)
            put(w, "(");
        if (unparse(w, e->v.NamedExpr.target, PR_ATOM) < 0)
            return -1;
        put(w, " := ");
        if (unparse(w, e->v.NamedExpr.value, PR_ATOM) < 0)
            return -1;
        if (level > PR_TUPLE)
            put(w, ")");
        return 0;
    case GP_EXPR_BinOp: {
        int pr;
        const char *op = binop_text(e->v.BinOp.op, &pr);
        int rassoc = e->v.BinOp.op == GP_Pow;
        if (level > pr)
            put(w, "(");
        if (unparse(w, e->v.BinOp.left, pr + rassoc) < 0)
            return -1;
        put(w, op);
        if (unparse(w, e->v.BinOp.right, pr + !rassoc) < 0)
            return -1;
        if (level > pr)
            put(w, ")");
        return 0;
    }
    case GP_EXPR_UnaryOp: {
        int pr = e->v.UnaryOp.op == GP_Not ? PR_NOT : PR_FACTOR;
        const char *op = e->v.UnaryOp.op == GP_Not      ? "not "
                         : e->v.UnaryOp.op == GP_Invert ? "~"
                         : e->v.UnaryOp.op == GP_UAdd   ? "+"
                                                        : "-";
        if (level > pr)
            put(w, "(");
        put(w, op);
        if (unparse(w, e->v.UnaryOp.operand, pr) < 0)
            return -1;
        if (level > pr)
            put(w, ")");
        return 0;
    }
    case GP_EXPR_Lambda: {
        gp_arguments *a = e->v.Lambda.args;
        int has_args = a->posonlyargs.n || a->args.n || a->vararg || a->kwonlyargs.n || a->kwarg;
        if (level > PR_TEST)
            put(w, "(");
        put(w, has_args ? "lambda " : "lambda");
        if (unparse_arguments(w, a) < 0)
            return -1;
        put(w, ": ");
        if (unparse(w, e->v.Lambda.body, PR_TEST) < 0)
            return -1;
        if (level > PR_TEST)
            put(w, ")");
        return 0;
    }
    case GP_EXPR_IfExp:
        if (level > PR_TEST)
            put(w, "(");
        if (unparse(w, e->v.IfExp.body, PR_TEST + 1) < 0)
            return -1;
        put(w, " if ");
        if (unparse(w, e->v.IfExp.test, PR_TEST + 1) < 0)
            return -1;
        put(w, " else ");
        if (unparse(w, e->v.IfExp.orelse, PR_TEST) < 0)
            return -1;
        if (level > PR_TEST)
            put(w, ")");
        return 0;
    case GP_EXPR_Dict:
        put(w, "{");
        for (int i = 0; i < e->v.Dict.values.n; i++) {
            if (i)
                put(w, ", ");
            gp_expr *k = e->v.Dict.keys.items[i];
            if (k) {
                if (unparse(w, k, PR_TEST) < 0)
                    return -1;
                put(w, ": ");
                if (unparse(w, e->v.Dict.values.items[i], PR_TEST) < 0)
                    return -1;
            } else {
                put(w, "**");
                if (unparse(w, e->v.Dict.values.items[i], PR_EXPR) < 0)
                    return -1;
            }
        }
        put(w, "}");
        return 0;
    case GP_EXPR_Set:
        if (e->v.Set.elts.n == 0) {
            put(w, "{*()}");
            return 0;
        }
        put(w, "{");
        if (unparse_seq(w, e->v.Set.elts, PR_TEST) < 0)
            return -1;
        put(w, "}");
        return 0;
    case GP_EXPR_ListComp:
    case GP_EXPR_SetComp:
    case GP_EXPR_GeneratorExp: {
        const char *open = e->kind == GP_EXPR_ListComp ? "[" : e->kind == GP_EXPR_SetComp ? "{" : "(";
        const char *close = e->kind == GP_EXPR_ListComp ? "]" : e->kind == GP_EXPR_SetComp ? "}" : ")";
        put(w, open);
        if (unparse(w, e->v.ListComp.elt, PR_TEST) < 0 ||
            unparse_comprehensions(w, e->v.ListComp.generators) < 0)
            return -1;
        put(w, close);
        return 0;
    }
    case GP_EXPR_DictComp:
        put(w, "{");
        if (unparse(w, e->v.DictComp.key, PR_TEST) < 0)
            return -1;
        put(w, ": ");
        if (unparse(w, e->v.DictComp.value, PR_TEST) < 0 ||
            unparse_comprehensions(w, e->v.DictComp.generators) < 0)
            return -1;
        put(w, "}");
        return 0;
    case GP_EXPR_Await:
        if (level > PR_AWAIT)
            put(w, "(");
        put(w, "await ");
        if (unparse(w, e->v.Await.value, PR_ATOM) < 0)
            return -1;
        if (level > PR_AWAIT)
            put(w, ")");
        return 0;
    case GP_EXPR_Yield:
        if (!e->v.Yield.value) {
            put(w, "(yield)");
            return 0;
        }
        put(w, "(yield ");
        if (unparse(w, e->v.Yield.value, PR_TEST) < 0)
            return -1;
        put(w, ")");
        return 0;
    case GP_EXPR_YieldFrom:
        put(w, "(yield from ");
        if (unparse(w, e->v.YieldFrom.value, PR_TEST) < 0)
            return -1;
        put(w, ")");
        return 0;
    case GP_EXPR_Compare:
        if (level > PR_CMP)
            put(w, "(");
        if (unparse(w, e->v.Compare.left, PR_CMP + 1) < 0)
            return -1;
        for (int i = 0; i < e->v.Compare.ops.n; i++) {
            put(w, cmpop_text(e->v.Compare.ops.items[i]));
            if (unparse(w, e->v.Compare.comparators.items[i], PR_CMP + 1) < 0)
                return -1;
        }
        if (level > PR_CMP)
            put(w, ")");
        return 0;
    case GP_EXPR_Call: {
        if (unparse(w, e->v.Call.func, PR_ATOM) < 0)
            return -1;
        gp_expr_seq args = e->v.Call.args;
        if (args.n == 1 && e->v.Call.keywords.n == 0 &&
            args.items[0]->kind == GP_EXPR_GeneratorExp)
            return unparse(w, args.items[0], PR_TEST);
        put(w, "(");
        int first = 1;
        for (int i = 0; i < args.n; i++) {
            if (!first)
                put(w, ", ");
            first = 0;
            if (unparse(w, args.items[i], PR_TEST) < 0)
                return -1;
        }
        for (int i = 0; i < e->v.Call.keywords.n; i++) {
            gp_keyword *k = e->v.Call.keywords.items[i];
            if (!first)
                put(w, ", ");
            first = 0;
            if (k->arg) {
                put(w, k->arg);
                put(w, "=");
            } else {
                put(w, "**");
            }
            if (unparse(w, k->value, PR_TEST) < 0)
                return -1;
        }
        put(w, ")");
        return 0;
    }
    case GP_EXPR_FormattedValue:
    case GP_EXPR_JoinedStr:
        return unparse_fstring(w, e);
    case GP_EXPR_Constant:
        return put_constant(w, e);
    case GP_EXPR_Attribute: {
        gp_expr *v = e->v.Attribute.value;
        if (unparse(w, v, PR_ATOM) < 0)
            return -1;
        /* "1.real" would read as a float. */
        put(w, v->kind == GP_EXPR_Constant && v->v.Constant.value.kind == GP_CONST_INT ? " ."
                                                                                     : ".");
        put(w, e->v.Attribute.attr);
        return 0;
    }
    case GP_EXPR_Subscript:
        if (unparse(w, e->v.Subscript.value, PR_ATOM) < 0)
            return -1;
        put(w, "[");
        if (unparse(w, e->v.Subscript.slice, PR_TUPLE) < 0)
            return -1;
        put(w, "]");
        return 0;
    case GP_EXPR_Starred:
        put(w, "*");
        return unparse(w, e->v.Starred.value, PR_EXPR);
    case GP_EXPR_Name:
        put(w, e->v.Name.id);
        return 0;
    case GP_EXPR_List:
        put(w, "[");
        if (unparse_seq(w, e->v.List.elts, PR_TEST) < 0)
            return -1;
        put(w, "]");
        return 0;
    case GP_EXPR_Tuple:
        if (e->v.Tuple.elts.n == 0) {
            put(w, "()");
            return 0;
        }
        if (level > PR_TUPLE)
            put(w, "(");
        if (unparse_seq(w, e->v.Tuple.elts, PR_TEST) < 0)
            return -1;
        if (e->v.Tuple.elts.n == 1)
            put(w, ",");
        if (level > PR_TUPLE)
            put(w, ")");
        return 0;
    case GP_EXPR_Slice:
        if (e->v.Slice.lower && unparse(w, e->v.Slice.lower, PR_TEST) < 0)
            return -1;
        put(w, ":");
        if (e->v.Slice.upper && unparse(w, e->v.Slice.upper, PR_TEST) < 0)
            return -1;
        if (e->v.Slice.step) {
            put(w, ":");
            if (unparse(w, e->v.Slice.step, PR_TEST) < 0)
                return -1;
        }
        return 0;
    }
    return 0;
}

static int unparse(writer *w, gp_expr *e, int level) {
    if (gp_enter_recursive(w->t, " during compilation") < 0)
        return -1;
    int r = unparse_inner(w, e, level);
    gp_leave_recursive(w->t);
    return r;
}

gp_obj *gp_unparse_annotation(gp_thread *t, gp_expr *e) {
    gp_strbuf b;
    gp_strbuf_init(&b);
    writer w = {t, &b};
    if (unparse(&w, e, PR_TEST) < 0) {
        gp_strbuf_free(&b);
        return NULL;
    }
    return gp_strbuf_finish(t, &b);
}
