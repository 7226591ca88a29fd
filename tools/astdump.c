/*
 * astdump: parse a file with gilpy's parser and print the tree exactly as
 *   python3 -c "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1]).read())))"
 * prints it, so the two can be compared (tools/astcheck.sh).
 *
 *   build/astdump [-m exec|eval|single] [-a] FILE
 *
 * -a also prints node positions (include_attributes=True).  On a syntax
 * error it prints "KIND: msg (line L, offset O)"; -i adds the error's end
 * and whether the input merely ended early (what the REPL asks).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parser.h"
#include "astdump_printable.h"

static int show_attributes;
/* -i: also print the end of an error and whether the input was incomplete. */
static int show_flags;

static void expr(const gp_expr *e);
static void stmt(const gp_stmt *s);

/* ---- values ---- */

/* Digits `s` in `base` as a decimal number (any size). */
static void print_int(const char *s, int base) {
    size_t n = strlen(s);
    /* Little-endian limbs of 9 decimal digits. */
    unsigned *limb = calloc(n + 1, sizeof *limb);
    size_t nl = 1;
    for (size_t i = 0; i < n; i++) {
        int c = s[i];
        unsigned d = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
                     : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                                            : (unsigned)(c - 'A' + 10);
        unsigned long long carry = d;
        for (size_t k = 0; k < nl; k++) {
            unsigned long long v = (unsigned long long)limb[k] * (unsigned)base + carry;
            limb[k] = (unsigned)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limb[nl++] = (unsigned)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    printf("%u", limb[nl - 1]);
    for (size_t k = nl - 1; k-- > 0;) {
        printf("%09u", limb[k]);
    }
    free(limb);
}

/* repr() of a float; `complex_part` drops the ".0" as complex's repr does. */
static void print_float(double v, int complex_part) {
    if (isinf(v)) {
        fputs(v > 0 ? "inf" : "-inf", stdout);
        return;
    }
    if (isnan(v)) {
        fputs("nan", stdout);
        return;
    }
    char buf[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        if (strtod(buf, NULL) == v) {
            break;
        }
    }
    /* buf is d.ddde[+-]xx: split it into digits and a decimal exponent. */
    char digits[32];
    int nd = 0;
    char *p = buf;
    if (*p == '-') {
        putchar('-');
        p++;
    }
    for (; *p && *p != 'e'; p++) {
        if (*p != '.') {
            digits[nd++] = *p;
        }
    }
    int exp = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0') {
        nd--;
    }
    digits[nd] = 0;
    if (exp < -4 || exp >= 16) {
        printf("%c", digits[0]);
        if (nd > 1) {
            printf(".%s", digits + 1);
        }
        printf("e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (exp < 0) {
        printf("0.");
        for (int i = -1; i > exp; i--) {
            putchar('0');
        }
        printf("%s", digits);
    } else {
        for (int i = 0; i <= exp; i++) {
            putchar(i < nd ? digits[i] : '0');
        }
        if (nd > exp + 1) {
            printf(".%s", digits + exp + 1);
        } else if (!complex_part) {
            printf(".0");
        }
    }
}

static unsigned decode_utf8(const unsigned char *s, size_t n, size_t *len) {
    if (s[0] < 0x80 || n < 2) {
        *len = 1;
        return s[0];
    }
    if (s[0] < 0xE0) {
        *len = 2;
        return ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
    }
    if (s[0] < 0xF0 || n < 4) {
        *len = 3;
        return ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    }
    *len = 4;
    return ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
}

/* Non-ASCII characters str.isprintable() rejects. */
static int nonprintable(unsigned c) {
    size_t lo = 0, hi = sizeof nonprintable_ranges / sizeof nonprintable_ranges[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < nonprintable_ranges[mid][0]) {
            hi = mid;
        } else if (c > nonprintable_ranges[mid][1]) {
            lo = mid + 1;
        } else {
            return 1;
        }
    }
    return 0;
}

/* repr() of a str or bytes value. */
static void print_string(const char *s, size_t n, int bytes) {
    int has_single = memchr(s, '\'', n) != NULL, has_double = memchr(s, '"', n) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    if (bytes) {
        putchar('b');
    }
    putchar(quote);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c == quote || c == '\\') {
            printf("\\%c", c);
        } else if (c == '\n') {
            fputs("\\n", stdout);
        } else if (c == '\r') {
            fputs("\\r", stdout);
        } else if (c == '\t') {
            fputs("\\t", stdout);
        } else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
            printf("\\x%02x", c);
        } else if (c >= 0x80) {
            size_t len;
            unsigned cp = decode_utf8((const unsigned char *)s + i, n - i, &len);
            if (nonprintable(cp)) {
                if (cp <= 0xFF) {
                    printf("\\x%02x", cp);
                } else if (cp <= 0xFFFF) {
                    printf("\\u%04x", cp);
                } else {
                    printf("\\U%08x", cp);
                }
            } else {
                fwrite(s + i, 1, len, stdout);
            }
            i += len;
            continue;
        } else {
            putchar(c);
        }
        i++;
    }
    putchar(quote);
}

static void constant(const gp_constant *c) {
    switch (c->kind) {
    case GP_CONST_NONE:
        fputs("None", stdout);
        break;
    case GP_CONST_TRUE:
        fputs("True", stdout);
        break;
    case GP_CONST_FALSE:
        fputs("False", stdout);
        break;
    case GP_CONST_ELLIPSIS:
        fputs("Ellipsis", stdout);
        break;
    case GP_CONST_INT:
        print_int(c->s, c->base);
        break;
    case GP_CONST_FLOAT:
        print_float(strtod(c->s, NULL), 0);
        break;
    case GP_CONST_IMAG:
        print_float(strtod(c->s, NULL), 1);
        putchar('j');
        break;
    case GP_CONST_STR:
        print_string(c->s, c->len, 0);
        break;
    case GP_CONST_BYTES:
        print_string(c->s, c->len, 1);
        break;
    default:
        fputs("?", stdout);
        break;
    }
}

/* ---- nodes ---- */

/* The position attributes; `sep` when fields were printed before them. */
static void attrs(int sep, int lineno, int col, int end_lineno, int end_col) {
    if (show_attributes) {
        printf("%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", sep ? ", " : "",
               lineno, col, end_lineno, end_col);
    }
}

/* A field of an expression: omitted when absent, as ast.dump omits None. */
static void opt_expr(const char *name, const gp_expr *e) {
    if (e) {
        printf(", %s=", name);
        expr(e);
    }
}

static void expr_list(const gp_expr_seq *s) {
    putchar('[');
    for (int i = 0; i < s->n; i++) {
        if (i) {
            fputs(", ", stdout);
        }
        if (s->items[i]) {
            expr(s->items[i]);
        } else {
            fputs("None", stdout);
        }
    }
    putchar(']');
}

static void stmt_list(const gp_stmt_seq *s) {
    putchar('[');
    for (int i = 0; i < s->n; i++) {
        if (i) {
            fputs(", ", stdout);
        }
        stmt(s->items[i]);
    }
    putchar(']');
}

static void ident(const char *s) { print_string(s, strlen(s), 0); }

static void arg(const gp_arg *a) {
    fputs("arg(arg=", stdout);
    ident(a->arg);
    opt_expr("annotation", a->annotation);
    attrs(1, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
    putchar(')');
}

static void arg_list(const gp_arg_seq *s) {
    putchar('[');
    for (int i = 0; i < s->n; i++) {
        if (i) {
            fputs(", ", stdout);
        }
        arg(s->items[i]);
    }
    putchar(']');
}

static void arguments(const gp_arguments *a) {
    fputs("arguments(posonlyargs=", stdout);
    arg_list(&a->posonlyargs);
    fputs(", args=", stdout);
    arg_list(&a->args);
    if (a->vararg) {
        fputs(", vararg=", stdout);
        arg(a->vararg);
    }
    fputs(", kwonlyargs=", stdout);
    arg_list(&a->kwonlyargs);
    fputs(", kw_defaults=", stdout);
    expr_list(&a->kw_defaults);
    if (a->kwarg) {
        fputs(", kwarg=", stdout);
        arg(a->kwarg);
    }
    fputs(", defaults=", stdout);
    expr_list(&a->defaults);
    putchar(')');
}

static void keyword_list(const gp_keyword_seq *s) {
    putchar('[');
    for (int i = 0; i < s->n; i++) {
        const gp_keyword *k = s->items[i];
        if (i) {
            fputs(", ", stdout);
        }
        fputs("keyword(", stdout);
        if (k->arg) {
            fputs("arg=", stdout);
            ident(k->arg);
            fputs(", ", stdout);
        }
        fputs("value=", stdout);
        expr(k->value);
        attrs(1, k->lineno, k->col_offset, k->end_lineno, k->end_col_offset);
        putchar(')');
    }
    putchar(']');
}

static void comprehensions(const gp_comprehension_seq *s) {
    putchar('[');
    for (int i = 0; i < s->n; i++) {
        const gp_comprehension *c = s->items[i];
        if (i) {
            fputs(", ", stdout);
        }
        fputs("comprehension(target=", stdout);
        expr(c->target);
        fputs(", iter=", stdout);
        expr(c->iter);
        fputs(", ifs=", stdout);
        expr_list(&c->ifs);
        printf(", is_async=%d)", c->is_async);
    }
    putchar(']');
}

static void ctx(gp_expr_context c) { printf(", ctx=%s()", gp_ast_context_name(c)); }

static void expr(const gp_expr *e) {
    printf("%s(", gp_ast_expr_name(e->kind));
    switch (e->kind) {
    case GP_EXPR_BoolOp:
        printf("op=%s(), values=", gp_ast_boolop_name(e->v.BoolOp.op));
        expr_list(&e->v.BoolOp.values);
        break;
    case GP_EXPR_NamedExpr:
        fputs("target=", stdout);
        expr(e->v.NamedExpr.target);
        fputs(", value=", stdout);
        expr(e->v.NamedExpr.value);
        break;
    case GP_EXPR_BinOp:
        fputs("left=", stdout);
        expr(e->v.BinOp.left);
        printf(", op=%s(), right=", gp_ast_operator_name(e->v.BinOp.op));
        expr(e->v.BinOp.right);
        break;
    case GP_EXPR_UnaryOp:
        printf("op=%s(), operand=", gp_ast_unaryop_name(e->v.UnaryOp.op));
        expr(e->v.UnaryOp.operand);
        break;
    case GP_EXPR_Lambda:
        fputs("args=", stdout);
        arguments(e->v.Lambda.args);
        fputs(", body=", stdout);
        expr(e->v.Lambda.body);
        break;
    case GP_EXPR_IfExp:
        fputs("test=", stdout);
        expr(e->v.IfExp.test);
        fputs(", body=", stdout);
        expr(e->v.IfExp.body);
        fputs(", orelse=", stdout);
        expr(e->v.IfExp.orelse);
        break;
    case GP_EXPR_Dict:
        fputs("keys=", stdout);
        expr_list(&e->v.Dict.keys);
        fputs(", values=", stdout);
        expr_list(&e->v.Dict.values);
        break;
    case GP_EXPR_Set:
        fputs("elts=", stdout);
        expr_list(&e->v.Set.elts);
        break;
    case GP_EXPR_ListComp:
    case GP_EXPR_SetComp:
    case GP_EXPR_GeneratorExp:
        fputs("elt=", stdout);
        expr(e->v.ListComp.elt);
        fputs(", generators=", stdout);
        comprehensions(&e->v.ListComp.generators);
        break;
    case GP_EXPR_DictComp:
        fputs("key=", stdout);
        expr(e->v.DictComp.key);
        fputs(", value=", stdout);
        expr(e->v.DictComp.value);
        fputs(", generators=", stdout);
        comprehensions(&e->v.DictComp.generators);
        break;
    case GP_EXPR_Await:
        fputs("value=", stdout);
        expr(e->v.Await.value);
        break;
    case GP_EXPR_Yield:
        if (e->v.Yield.value) {
            fputs("value=", stdout);
            expr(e->v.Yield.value);
        }
        break;
    case GP_EXPR_YieldFrom:
        fputs("value=", stdout);
        expr(e->v.YieldFrom.value);
        break;
    case GP_EXPR_Compare:
        fputs("left=", stdout);
        expr(e->v.Compare.left);
        fputs(", ops=[", stdout);
        for (int i = 0; i < e->v.Compare.ops.n; i++) {
            printf("%s%s()", i ? ", " : "", gp_ast_cmpop_name(e->v.Compare.ops.items[i]));
        }
        fputs("], comparators=", stdout);
        expr_list(&e->v.Compare.comparators);
        break;
    case GP_EXPR_Call:
        fputs("func=", stdout);
        expr(e->v.Call.func);
        fputs(", args=", stdout);
        expr_list(&e->v.Call.args);
        fputs(", keywords=", stdout);
        keyword_list(&e->v.Call.keywords);
        break;
    case GP_EXPR_FormattedValue:
        fputs("value=", stdout);
        expr(e->v.FormattedValue.value);
        printf(", conversion=%d", e->v.FormattedValue.conversion);
        opt_expr("format_spec", e->v.FormattedValue.format_spec);
        break;
    case GP_EXPR_JoinedStr:
        fputs("values=", stdout);
        expr_list(&e->v.JoinedStr.values);
        break;
    case GP_EXPR_Constant:
        fputs("value=", stdout);
        constant(&e->v.Constant.value);
        if (e->v.Constant.kind) {
            fputs(", kind=", stdout);
            ident(e->v.Constant.kind);
        }
        break;
    case GP_EXPR_Attribute:
        fputs("value=", stdout);
        expr(e->v.Attribute.value);
        fputs(", attr=", stdout);
        ident(e->v.Attribute.attr);
        ctx(e->v.Attribute.ctx);
        break;
    case GP_EXPR_Subscript:
        fputs("value=", stdout);
        expr(e->v.Subscript.value);
        fputs(", slice=", stdout);
        expr(e->v.Subscript.slice);
        ctx(e->v.Subscript.ctx);
        break;
    case GP_EXPR_Starred:
        fputs("value=", stdout);
        expr(e->v.Starred.value);
        ctx(e->v.Starred.ctx);
        break;
    case GP_EXPR_Name:
        fputs("id=", stdout);
        ident(e->v.Name.id);
        ctx(e->v.Name.ctx);
        break;
    case GP_EXPR_List:
    case GP_EXPR_Tuple:
        fputs("elts=", stdout);
        expr_list(&e->v.List.elts);
        ctx(e->v.List.ctx);
        break;
    case GP_EXPR_Slice: {
        /* Only the fields present are printed, the first without a comma. */
        const char *sep = "";
        if (e->v.Slice.lower) {
            fputs("lower=", stdout);
            expr(e->v.Slice.lower);
            sep = ", ";
        }
        if (e->v.Slice.upper) {
            printf("%supper=", sep);
            expr(e->v.Slice.upper);
            sep = ", ";
        }
        if (e->v.Slice.step) {
            printf("%sstep=", sep);
            expr(e->v.Slice.step);
        }
        break;
    }
    default:
        break;
    }
    int empty =
        (e->kind == GP_EXPR_Yield && !e->v.Yield.value) ||
        (e->kind == GP_EXPR_Slice && !e->v.Slice.lower && !e->v.Slice.upper && !e->v.Slice.step);
    attrs(!empty, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    putchar(')');
}

static void pattern(const gp_pattern *pt);

static void pattern_list(const gp_pattern_seq *s) {
    putchar('[');
    for (int i = 0; i < s->n; i++) {
        if (i) {
            fputs(", ", stdout);
        }
        pattern(s->items[i]);
    }
    putchar(']');
}

static void ident_list(const gp_ident_seq *s) {
    putchar('[');
    for (int i = 0; i < s->n; i++) {
        if (i) {
            fputs(", ", stdout);
        }
        ident(s->items[i]);
    }
    putchar(']');
}

static void pattern(const gp_pattern *pt) {
    printf("%s(", gp_ast_pattern_name(pt->kind));
    int empty = 0;
    switch (pt->kind) {
    case GP_PAT_MatchValue:
        fputs("value=", stdout);
        expr(pt->v.MatchValue.value);
        break;
    case GP_PAT_MatchSingleton:
        fputs("value=", stdout);
        constant(&pt->v.MatchSingleton.value);
        break;
    case GP_PAT_MatchSequence:
        fputs("patterns=", stdout);
        pattern_list(&pt->v.MatchSequence.patterns);
        break;
    case GP_PAT_MatchMapping:
        fputs("keys=", stdout);
        expr_list(&pt->v.MatchMapping.keys);
        fputs(", patterns=", stdout);
        pattern_list(&pt->v.MatchMapping.patterns);
        if (pt->v.MatchMapping.rest) {
            fputs(", rest=", stdout);
            ident(pt->v.MatchMapping.rest);
        }
        break;
    case GP_PAT_MatchClass:
        fputs("cls=", stdout);
        expr(pt->v.MatchClass.cls);
        fputs(", patterns=", stdout);
        pattern_list(&pt->v.MatchClass.patterns);
        fputs(", kwd_attrs=", stdout);
        ident_list(&pt->v.MatchClass.kwd_attrs);
        fputs(", kwd_patterns=", stdout);
        pattern_list(&pt->v.MatchClass.kwd_patterns);
        break;
    case GP_PAT_MatchStar:
        if (pt->v.MatchStar.name) {
            fputs("name=", stdout);
            ident(pt->v.MatchStar.name);
        } else {
            empty = 1;
        }
        break;
    case GP_PAT_MatchAs:
        if (pt->v.MatchAs.pattern) {
            fputs("pattern=", stdout);
            pattern(pt->v.MatchAs.pattern);
        }
        if (pt->v.MatchAs.name) {
            fputs(pt->v.MatchAs.pattern ? ", name=" : "name=", stdout);
            ident(pt->v.MatchAs.name);
        }
        empty = !pt->v.MatchAs.pattern && !pt->v.MatchAs.name;
        break;
    case GP_PAT_MatchOr:
        fputs("patterns=", stdout);
        pattern_list(&pt->v.MatchOr.patterns);
        break;
    }
    attrs(!empty, pt->lineno, pt->col_offset, pt->end_lineno, pt->end_col_offset);
    putchar(')');
}

static void stmt(const gp_stmt *s) {
    printf("%s(", gp_ast_stmt_name(s->kind));
    int empty = 0;
    switch (s->kind) {
    case GP_STMT_FunctionDef:
    case GP_STMT_AsyncFunctionDef:
        fputs("name=", stdout);
        ident(s->v.FunctionDef.name);
        fputs(", args=", stdout);
        arguments(s->v.FunctionDef.args);
        fputs(", body=", stdout);
        stmt_list(&s->v.FunctionDef.body);
        fputs(", decorator_list=", stdout);
        expr_list(&s->v.FunctionDef.decorator_list);
        opt_expr("returns", s->v.FunctionDef.returns);
        break;
    case GP_STMT_ClassDef:
        fputs("name=", stdout);
        ident(s->v.ClassDef.name);
        fputs(", bases=", stdout);
        expr_list(&s->v.ClassDef.bases);
        fputs(", keywords=", stdout);
        keyword_list(&s->v.ClassDef.keywords);
        fputs(", body=", stdout);
        stmt_list(&s->v.ClassDef.body);
        fputs(", decorator_list=", stdout);
        expr_list(&s->v.ClassDef.decorator_list);
        break;
    case GP_STMT_Return:
        if (s->v.Return.value) {
            fputs("value=", stdout);
            expr(s->v.Return.value);
        } else {
            empty = 1;
        }
        break;
    case GP_STMT_Delete:
        fputs("targets=", stdout);
        expr_list(&s->v.Delete.targets);
        break;
    case GP_STMT_Assign:
        fputs("targets=", stdout);
        expr_list(&s->v.Assign.targets);
        fputs(", value=", stdout);
        expr(s->v.Assign.value);
        break;
    case GP_STMT_AugAssign:
        fputs("target=", stdout);
        expr(s->v.AugAssign.target);
        printf(", op=%s(), value=", gp_ast_operator_name(s->v.AugAssign.op));
        expr(s->v.AugAssign.value);
        break;
    case GP_STMT_AnnAssign:
        fputs("target=", stdout);
        expr(s->v.AnnAssign.target);
        fputs(", annotation=", stdout);
        expr(s->v.AnnAssign.annotation);
        opt_expr("value", s->v.AnnAssign.value);
        printf(", simple=%d", s->v.AnnAssign.simple);
        break;
    case GP_STMT_For:
    case GP_STMT_AsyncFor:
        fputs("target=", stdout);
        expr(s->v.For.target);
        fputs(", iter=", stdout);
        expr(s->v.For.iter);
        fputs(", body=", stdout);
        stmt_list(&s->v.For.body);
        fputs(", orelse=", stdout);
        stmt_list(&s->v.For.orelse);
        break;
    case GP_STMT_While:
    case GP_STMT_If:
        fputs("test=", stdout);
        expr(s->v.If.test);
        fputs(", body=", stdout);
        stmt_list(&s->v.If.body);
        fputs(", orelse=", stdout);
        stmt_list(&s->v.If.orelse);
        break;
    case GP_STMT_With:
    case GP_STMT_AsyncWith:
        fputs("items=[", stdout);
        for (int i = 0; i < s->v.With.items.n; i++) {
            const gp_withitem *w = s->v.With.items.items[i];
            fputs(i ? ", withitem(context_expr=" : "withitem(context_expr=", stdout);
            expr(w->context_expr);
            opt_expr("optional_vars", w->optional_vars);
            putchar(')');
        }
        fputs("], body=", stdout);
        stmt_list(&s->v.With.body);
        break;
    case GP_STMT_Raise:
        if (s->v.Raise.exc) {
            fputs("exc=", stdout);
            expr(s->v.Raise.exc);
            opt_expr("cause", s->v.Raise.cause);
        } else if (s->v.Raise.cause) {
            fputs("cause=", stdout);
            expr(s->v.Raise.cause);
        } else {
            empty = 1;
        }
        break;
    case GP_STMT_Match:
        fputs("subject=", stdout);
        expr(s->v.Match.subject);
        fputs(", cases=[", stdout);
        for (int i = 0; i < s->v.Match.cases.n; i++) {
            const gp_match_case *mc = s->v.Match.cases.items[i];
            fputs(i ? ", match_case(pattern=" : "match_case(pattern=", stdout);
            pattern(mc->pattern);
            opt_expr("guard", mc->guard);
            fputs(", body=", stdout);
            stmt_list(&mc->body);
            putchar(')');
        }
        putchar(']');
        break;
    case GP_STMT_Try:
    case GP_STMT_TryStar:
        fputs("body=", stdout);
        stmt_list(&s->v.Try.body);
        fputs(", handlers=[", stdout);
        for (int i = 0; i < s->v.Try.handlers.n; i++) {
            const gp_excepthandler *h = s->v.Try.handlers.items[i];
            fputs(i ? ", ExceptHandler(" : "ExceptHandler(", stdout);
            if (h->type) {
                fputs("type=", stdout);
                expr(h->type);
                fputs(", ", stdout);
            }
            if (h->name) {
                fputs("name=", stdout);
                ident(h->name);
                fputs(", ", stdout);
            }
            fputs("body=", stdout);
            stmt_list(&h->body);
            attrs(1, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset);
            putchar(')');
        }
        fputs("], orelse=", stdout);
        stmt_list(&s->v.Try.orelse);
        fputs(", finalbody=", stdout);
        stmt_list(&s->v.Try.finalbody);
        break;
    case GP_STMT_Assert:
        fputs("test=", stdout);
        expr(s->v.Assert.test);
        opt_expr("msg", s->v.Assert.msg);
        break;
    case GP_STMT_Import:
    case GP_STMT_ImportFrom: {
        const gp_alias_seq *names =
            s->kind == GP_STMT_Import ? &s->v.Import.names : &s->v.ImportFrom.names;
        if (s->kind == GP_STMT_ImportFrom && s->v.ImportFrom.module) {
            fputs("module=", stdout);
            ident(s->v.ImportFrom.module);
            fputs(", ", stdout);
        }
        fputs("names=[", stdout);
        for (int i = 0; i < names->n; i++) {
            const gp_alias *a = names->items[i];
            fputs(i ? ", alias(name=" : "alias(name=", stdout);
            ident(a->name);
            if (a->asname) {
                fputs(", asname=", stdout);
                ident(a->asname);
            }
            attrs(1, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
            putchar(')');
        }
        putchar(']');
        if (s->kind == GP_STMT_ImportFrom) {
            printf(", level=%d", s->v.ImportFrom.level);
        }
        break;
    }
    case GP_STMT_Global:
    case GP_STMT_Nonlocal:
        fputs("names=[", stdout);
        for (int i = 0; i < s->v.Global.names.n; i++) {
            if (i) {
                fputs(", ", stdout);
            }
            ident(s->v.Global.names.items[i]);
        }
        putchar(']');
        break;
    case GP_STMT_Expr:
        fputs("value=", stdout);
        expr(s->v.Expr.value);
        break;
    default:
        empty = 1;
        break;
    }
    attrs(!empty, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    putchar(')');
}

static const char *error_kind(const gp_parse_error *err) {
    if (err->recursion) {
        return "RecursionError";
    }
    switch (err->kind) {
    case GP_PERR_INDENT:
        return "IndentationError";
    case GP_PERR_TAB:
        return "TabError";
    case GP_PERR_NOMEM:
        return "MemoryError";
    default:
        return "SyntaxError";
    }
}

int main(int argc, char **argv) {
    gp_parse_mode mode = GP_PARSE_FILE;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-a") == 0) {
            show_attributes = 1;
        } else if (strcmp(argv[i], "-i") == 0) {
            show_flags = 1;
        } else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc) {
            i++;
            mode = strcmp(argv[i], "eval") == 0     ? GP_PARSE_EVAL
                   : strcmp(argv[i], "single") == 0 ? GP_PARSE_SINGLE
                                                    : GP_PARSE_FILE;
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        fprintf(stderr, "usage: astdump [-m exec|eval|single] [-a] FILE\n");
        return 2;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 2;
    }
    size_t cap = 1 << 16, len = 0;
    char *src = malloc(cap);
    size_t n;
    while (src && (n = fread(src + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            cap *= 2;
            src = realloc(src, cap);
        }
    }
    fclose(f);
    if (!src) {
        return 2;
    }
    gp_arena *arena = gp_arena_new();
    gp_parse_error err;
    gp_mod *mod = gp_parse(arena, src, len, path, mode, &err);
    if (!mod) {
        if (err.lineno > 0 || err.text) {
            printf("%s: %s (line %d, offset %d)", error_kind(&err), err.msg, err.lineno,
                   err.offset);
        } else {
            printf("%s: %s (line None, offset None)", error_kind(&err), err.msg);
        }
        if (show_flags) {
            printf(" [end %d:%d incomplete=%d]", err.end_lineno, err.end_offset, err.incomplete);
        }
        putchar('\n');
        free(err.text);
    } else if (mod->kind == GP_MOD_Expression) {
        fputs("Expression(body=", stdout);
        expr(mod->v.Expression.body);
        puts(")");
    } else if (mod->kind == GP_MOD_Interactive) {
        fputs("Interactive(body=", stdout);
        stmt_list(&mod->v.Interactive.body);
        puts(")");
    } else {
        fputs("Module(body=", stdout);
        stmt_list(&mod->v.Module.body);
        puts(", type_ignores=[])");
    }
    gp_arena_free(arena);
    free(src);
    return 0;
}
