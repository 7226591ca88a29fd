/* The code generator: AST -> basic blocks of instructions, one compilation
   unit per scope, following the bytecode contract of vm/opcodes.h.  The
   shape of the generated code is that of Python 3.10's compiler, with
   exceptions travelling as one object: a handler starts with
   [previous exception, exception] on the stack. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "compiler/cinternal.h"

/* Calls, collection displays and f-strings with more items than this are
   built up piecewise so that the value stack stays small. */
#define STACK_USE_GUIDELINE 30

#define CHECK(x)               \
    do {                       \
        if ((x) < 0)           \
            return -1;         \
    } while (0)

typedef struct {
    gp_thread *t;
    gp_srcinfo si;
    gp_arena *arena;
    gp_symtable *st;
    gp_unit *u;
    int interactive;
    int nestlevel;
    int future_annotations;
    int future_lineno; /* the line of the last valid __future__ import */
} compiler;

enum { COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP };

static int visit_expr(compiler *c, gp_expr *e);
static int visit_stmt(compiler *c, gp_stmt *s);
static int visit_stmts(compiler *c, gp_stmt_seq seq);
static int jump_if(compiler *c, gp_expr *e, gp_block *next, int cond);
static int fold_const(compiler *c, gp_expr *e, gp_obj **out);
static int call_helper(compiler *c, int n, gp_expr_seq args, gp_keyword_seq keywords);
static int visit_comparator(compiler *c, gp_cmpop op, gp_expr *e);

/* ----------------------------------------------------------------- errors */

static char *source_line(const gp_srcinfo *si, int lineno) {
    if (!si->src || lineno < 1)
        return NULL;
    const char *p = si->src, *end = si->src + si->len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p >= end)
        return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
    char *line = malloc(n + 2);
    if (!line)
        return NULL;
    memcpy(line, p, n);
    if (n == 0 || line[n - 1] != '\n')
        line[n++] = '\n';
    line[n] = 0;
    return line;
}

int gp_compile_error(const gp_srcinfo *si, int lineno, int col, int end_lineno, int end_col,
                     const char *fmt, ...) {
    char small[256];
    char *msg = small;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof(small), fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof(small)) {
        msg = malloc((size_t)n + 1);
        if (!msg) {
            gp_err_nomemory(si->t);
            return -1;
        }
        va_start(ap, fmt);
        vsnprintf(msg, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    /* Like Python, the text of the line is only available for real files:
       names such as "<string>" or "<stdin>" have none to read back. */
    char *text = NULL;
    const char *fname = si->filename ? gp_str_utf8(si->filename) : "<unknown>";
    if (fname[0] != '<')
        text = source_line(si, lineno);
    gp_err_syntax(si->t, &gp_exc_SyntaxError, msg, si->filename, lineno, col + 1, text,
                  end_lineno, end_col + 1);
    free(text);
    if (msg != small)
        free(msg);
    return -1;
}

static int error(compiler *c, const char *msg) {
    gp_loc *l = &c->u->loc;
    return gp_compile_error(&c->si, l->lineno, l->col, l->end_lineno, l->end_col, "%s", msg);
}

static int nomem(compiler *c) {
    gp_err_nomemory(c->t);
    return -1;
}

#define SET_LOC(c, n)                                                                      \
    ((c)->u->loc = (gp_loc){(n)->lineno, (n)->col_offset, (n)->end_lineno,                 \
                            (n)->end_col_offset})

/* -------------------------------------------------------------- constants */

static uint64_t bytes_hash(const char *s, gp_ssize n) {
    uint64_t h = 1469598103934665603ull;
    for (gp_ssize i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

/* Constants are shared within a code object when they have the same type
   and the same value, so 1, 1.0 and True stay apart, and 0.0 and -0.0 too. */
static uint64_t const_hash(gp_obj *o) {
    if (gp_is_small(o))
        return (uint64_t)gp_small_value(o) * 0x9E3779B97F4A7C15ull;
    gp_type *tp = gp_typeof(o);
    uint64_t h = (uint64_t)(uintptr_t)tp;
    if (tp == &gp_int_type)
        return h ^ mpz_get_ui(((gp_bigint *)o)->z);
    if (tp == &gp_float_type) {
        uint64_t bits;
        memcpy(&bits, &((gp_float *)o)->value, sizeof(bits));
        return h ^ bits;
    }
    if (tp == &gp_complex_type) {
        uint64_t a, b;
        memcpy(&a, &((gp_complex *)o)->real, sizeof(a));
        memcpy(&b, &((gp_complex *)o)->imag, sizeof(b));
        return h ^ a ^ (b * 31);
    }
    if (tp == &gp_str_type)
        return h ^ bytes_hash(gp_str_utf8(o), gp_str_size(o));
    if (tp == &gp_bytes_type)
        return h ^ bytes_hash(gp_bytes_data(o), gp_bytes_size(o));
    if (tp == &gp_tuple_type) {
        for (gp_ssize i = 0; i < gp_tuple_size(o); i++)
            h = h * 1000003u ^ const_hash(gp_tuple_get_borrow(o, i));
        return h;
    }
    return (uint64_t)(uintptr_t)o;
}

static int const_equal(gp_obj *a, gp_obj *b) {
    if (a == b)
        return 1;
    if (gp_is_small(a) || gp_is_small(b))
        return 0;
    gp_type *tp = gp_typeof(a);
    if (tp != gp_typeof(b))
        return 0;
    if (tp == &gp_int_type)
        return mpz_cmp(((gp_bigint *)a)->z, ((gp_bigint *)b)->z) == 0;
    if (tp == &gp_float_type)
        return memcmp(&((gp_float *)a)->value, &((gp_float *)b)->value, sizeof(double)) == 0;
    if (tp == &gp_complex_type)
        return memcmp(&((gp_complex *)a)->real, &((gp_complex *)b)->real, sizeof(double)) == 0 &&
               memcmp(&((gp_complex *)a)->imag, &((gp_complex *)b)->imag, sizeof(double)) == 0;
    if (tp == &gp_str_type)
        return gp_str_eq(a, b);
    if (tp == &gp_bytes_type)
        return gp_bytes_size(a) == gp_bytes_size(b) &&
               memcmp(gp_bytes_data(a), gp_bytes_data(b), (size_t)gp_bytes_size(a)) == 0;
    if (tp == &gp_tuple_type) {
        if (gp_tuple_size(a) != gp_tuple_size(b))
            return 0;
        for (gp_ssize i = 0; i < gp_tuple_size(a); i++)
            if (!const_equal(gp_tuple_get_borrow(a, i), gp_tuple_get_borrow(b, i)))
                return 0;
        return 1;
    }
    return 0;
}

static int const_rehash(compiler *c, gp_unit *u) {
    int cap = u->const_index_cap ? u->const_index_cap * 2 : 32;
    int *idx = gp_arena_alloc(c->arena, (size_t)cap * sizeof(int));
    if (!idx)
        return nomem(c);
    for (int i = 0; i < u->nconsts; i++) {
        unsigned j = (unsigned)const_hash(u->consts[i]) & (unsigned)(cap - 1);
        while (idx[j])
            j = (j + 1) & (unsigned)(cap - 1);
        idx[j] = i + 1;
    }
    u->const_index = idx;
    u->const_index_cap = cap;
    return 0;
}

/* The index of a constant in the unit's co_consts; steals o. */
static int add_const_steal(compiler *c, gp_obj *o) {
    gp_unit *u = c->u;
    if ((u->nconsts + 1) * 2 > u->const_index_cap && const_rehash(c, u) < 0) {
        gp_decref(o);
        return -1;
    }
    unsigned mask = (unsigned)u->const_index_cap - 1;
    unsigned j = (unsigned)const_hash(o) & mask;
    while (u->const_index[j]) {
        int k = u->const_index[j] - 1;
        if (const_equal(u->consts[k], o)) {
            gp_decref(o);
            return k;
        }
        j = (j + 1) & mask;
    }
    gp_obj **arr = gp_strmap_grow(c->arena, u->consts, u->nconsts, &u->capconsts, sizeof(*arr));
    if (!arr) {
        gp_decref(o);
        return nomem(c);
    }
    u->consts = arr;
    arr[u->nconsts] = o;
    u->const_index[j] = u->nconsts + 1;
    return u->nconsts++;
}

static int add_const(compiler *c, gp_obj *o) {
    return add_const_steal(c, gp_newref(o));
}

static int is_name_chars(const char *s, gp_ssize n) {
    for (gp_ssize i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!(ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') ||
              (ch >= 'A' && ch <= 'Z')))
            return 0;
    }
    return 1;
}

int gp_compile_enter_nested(gp_thread *t) {
    int limit = t->interp ? t->interp->recursion_limit : GP_DEFAULT_RECURSION_LIMIT;
    int depth = ++t->c_depth;
    if (depth + 3 * t->py_depth > 3 * limit || depth > GP_C_RECURSION_LIMIT) {
        t->c_depth--;
        gp_err_format(t, &gp_exc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    return 0;
}

gp_obj *gp_compile_intern(gp_thread *t, const char *name) {
    gp_obj *s = gp_str_intern_cstr_borrow(t, name);
    return s ? gp_newref(s) : NULL;
}

/* An interned str for an identifier (a new reference). */
static gp_obj *name_obj(compiler *c, const char *name) {
    return gp_compile_intern(c->t, name);
}

static gp_obj *str_const(gp_thread *t, const char *s, gp_ssize n) {
    if (is_name_chars(s, n) && (gp_ssize)strlen(s) == n)
        return gp_compile_intern(t, s);
    return gp_str_new(t, s, n);
}

gp_obj *gp_compile_constant(gp_thread *t, const gp_constant *k) {
    switch (k->kind) {
    case GP_CONST_NONE: return GP_NONE;
    case GP_CONST_TRUE: return GP_TRUE;
    case GP_CONST_FALSE: return GP_FALSE;
    case GP_CONST_ELLIPSIS: return gp_newref(GP_ELLIPSIS);
    case GP_CONST_INT: return gp_int_from_string(t, k->s, (gp_ssize)k->len, k->base);
    case GP_CONST_FLOAT: return gp_float_from_string(t, k->s, (gp_ssize)k->len);
    case GP_CONST_IMAG: {
        gp_obj *f = gp_float_from_string(t, k->s, (gp_ssize)k->len);
        if (!f)
            return NULL;
        double v = gp_float_value(f);
        gp_decref(f);
        return gp_complex_new(t, 0.0, v);
    }
    case GP_CONST_STR: return str_const(t, k->s, (gp_ssize)k->len);
    case GP_CONST_BYTES: return gp_bytes_new(t, k->s, (gp_ssize)k->len);
    }
    return gp_err_bad_internal_call(t, "gp_compile_constant");
}

static gp_obj *const_from_ast(compiler *c, const gp_constant *k) {
    return gp_compile_constant(c->t, k);
}

static int is_number(gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    return gp_int_check(o) || tp == &gp_float_type || tp == &gp_complex_type;
}

/* Kinds of expression that fold_const may turn into a constant. */
static int maybe_const(const gp_expr *e) {
    switch (e->kind) {
    case GP_EXPR_Constant:
    case GP_EXPR_UnaryOp:
    case GP_EXPR_BinOp:
    case GP_EXPR_Tuple:
        return 1;
    case GP_EXPR_Name:
        return strcmp(e->v.Name.id, "__debug__") == 0;
    default:
        return 0;
    }
}

/* Results of folding stay small: no huge ints, strings or tuples are
   computed at compile time (and kept in the code object). */
#define MAX_INT_BITS 128
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096

/* The bit length of an exact int, or -1 for anything else. */
static long int_bits(gp_obj *o) {
    if (gp_is_small(o)) {
        intptr_t v = gp_small_value(o);
        uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        return m ? 64 - __builtin_clzll(m) : 0;
    }
    if (gp_typeof(o) != &gp_int_type)
        return -1;
    return (long)mpz_sizeinbase(((gp_bigint *)o)->z, 2);
}

static gp_ssize sized_len(gp_obj *o, int *is_str) {
    gp_type *tp = gp_typeof(o);
    *is_str = tp == &gp_str_type || tp == &gp_bytes_type;
    if (tp == &gp_str_type)
        return gp_str_len(o);
    if (tp == &gp_bytes_type)
        return gp_bytes_size(o);
    if (tp == &gp_tuple_type)
        return gp_tuple_size(o);
    return -1;
}

/* v * w, unless the result would be large. */
static gp_obj *safe_multiply(compiler *c, gp_obj *v, gp_obj *w) {
    long vb = int_bits(v), wb = int_bits(w);
    if (vb > 0 && wb > 0 && vb + wb > MAX_INT_BITS)
        return NULL;
    for (int swap = 0; swap < 2; swap++) {
        gp_obj *n = swap ? w : v, *seq = swap ? v : w;
        int is_str;
        gp_ssize size = sized_len(seq, &is_str);
        if (int_bits(n) < 0 || size <= 0)
            continue;
        gp_ssize count;
        if (gp_int_as_ssize(c->t, n, &count) < 0) {
            gp_err_clear(c->t);
            return NULL;
        }
        if (count < 0 || count > (is_str ? MAX_STR_SIZE : MAX_COLLECTION_SIZE) / size)
            return NULL;
    }
    return gp_number_mul(c->t, v, w);
}

/* Fold a binary operation on two constants; NULL (no error) leaves it to
   run time, where any exception it raises belongs. */
static gp_obj *fold_binop(compiler *c, gp_operator op, gp_obj *v, gp_obj *w) {
    gp_thread *t = c->t;
    long vb = int_bits(v), wb = int_bits(w);
    gp_ssize n;
    int is_str;
    switch (op) {
    case GP_Add: return gp_number_add(t, v, w);
    case GP_Sub: return gp_number_sub(t, v, w);
    case GP_Mult: return safe_multiply(c, v, w);
    case GP_Div: return gp_number_truediv(t, v, w);
    case GP_FloorDiv: return gp_number_floordiv(t, v, w);
    case GP_Mod:
        /* str % args is formatting, left alone. */
        if (sized_len(v, &is_str) >= 0 && is_str)
            return NULL;
        return gp_number_mod(t, v, w);
    case GP_Pow:
        if (vb > 0 && wb > 0 && gp_int_sign(w) > 0) {
            if (gp_int_as_ssize(t, w, &n) < 0 || vb > MAX_INT_BITS / n) {
                gp_err_clear(t);
                return NULL;
            }
        }
        return gp_number_pow(t, v, w, GP_NONE);
    case GP_LShift:
        if (vb > 0 && wb > 0) {
            if (gp_int_as_ssize(t, w, &n) < 0 || n > MAX_INT_BITS || vb > MAX_INT_BITS - n) {
                gp_err_clear(t);
                return NULL;
            }
        }
        return gp_number_lshift(t, v, w);
    case GP_RShift: return gp_number_rshift(t, v, w);
    case GP_BitOr: return gp_number_or(t, v, w);
    case GP_BitXor: return gp_number_xor(t, v, w);
    case GP_BitAnd: return gp_number_and(t, v, w);
    case GP_MatMult: return NULL;
    }
    return NULL;
}

/* Evaluate an expression made only of literals at compile time: numbers
   with unary and binary operators, tuples of constants and __debug__.  Returns 1 with
   *out set, 0 when e is not constant, -1 on error. */
static int fold_const_inner(compiler *c, gp_expr *e, gp_obj **out) {
    switch (e->kind) {
    case GP_EXPR_Constant:
        *out = const_from_ast(c, &e->v.Constant.value);
        return *out ? 1 : -1;
    case GP_EXPR_Name:
        if (e->v.Name.ctx == GP_Load && strcmp(e->v.Name.id, "__debug__") == 0) {
            *out = GP_TRUE;
            return 1;
        }
        return 0;
    case GP_EXPR_UnaryOp: {
        gp_unaryop op = e->v.UnaryOp.op;
        if (op == GP_Not)
            return 0;
        gp_obj *v;
        int r = fold_const(c, e->v.UnaryOp.operand, &v);
        if (r <= 0)
            return r;
        if (!is_number(v)) {
            gp_decref(v);
            return 0;
        }
        gp_obj *res = op == GP_USub ? gp_number_neg(c->t, v)
                      : op == GP_UAdd ? gp_number_pos(c->t, v)
                                      : gp_number_invert(c->t, v);
        gp_decref(v);
        if (!res) {
            /* Left for run time, where it raises. */
            gp_err_clear(c->t);
            return 0;
        }
        *out = res;
        return 1;
    }
    case GP_EXPR_BinOp: {
        gp_obj *v, *w;
        /* The right operand first: in long chains it is the cheap one. */
        if (!maybe_const(e->v.BinOp.right) || !maybe_const(e->v.BinOp.left))
            return 0;
        int r = fold_const(c, e->v.BinOp.right, &w);
        if (r <= 0)
            return r;
        r = fold_const(c, e->v.BinOp.left, &v);
        if (r <= 0) {
            gp_decref(w);
            return r;
        }
        gp_obj *res = fold_binop(c, e->v.BinOp.op, v, w);
        gp_decref(v);
        gp_decref(w);
        if (!res) {
            gp_err_clear(c->t);
            return 0;
        }
        *out = res;
        return 1;
    }
    case GP_EXPR_Tuple: {
        if (e->v.Tuple.ctx != GP_Load)
            return 0;
        int n = e->v.Tuple.elts.n;
        for (int i = 0; i < n; i++) {
            gp_expr *el = e->v.Tuple.elts.items[i];
            if (!maybe_const(el))
                return 0;
        }
        gp_obj *tup = gp_tuple_new(c->t, n);
        if (!tup)
            return -1;
        for (int i = 0; i < n; i++) {
            gp_obj *v;
            int r = fold_const(c, e->v.Tuple.elts.items[i], &v);
            if (r <= 0) {
                for (int j = i; j < n; j++)
                    gp_tuple_items(tup)[j] = GP_NONE;
                gp_decref(tup);
                return r;
            }
            gp_tuple_items(tup)[i] = v;
        }
        *out = tup;
        return 1;
    }
    default:
        return 0;
    }
}

static int fold_const(compiler *c, gp_expr *e, gp_obj **out) {
    if (gp_compile_enter_nested(c->t) < 0)
        return -1;
    int r = fold_const_inner(c, e, out);
    gp_compile_leave_nested(c->t);
    return r;
}

/* Whether e is a literal (Constant node, or foldable to one). */
static int is_const_expr(compiler *c, gp_expr *e, gp_obj **out) {
    if (!maybe_const(e))
        return 0;
    return fold_const(c, e, out);
}

/* ---------------------------------------------------------------- names */

static int name_index(compiler *c, gp_strmap *m, const char *name) {
    int *v = gp_strmap_get(m, name);
    if (v)
        return *v;
    int idx = gp_strmap_put(m, name, m->n);
    return idx < 0 ? nomem(c) : idx;
}

static const char *mangle(compiler *c, const char *name) {
    const char *m = gp_symtable_mangle(c->arena, c->u->private_, name);
    if (!m)
        nomem(c);
    return m;
}

/* ------------------------------------------------------- blocks and ops */

static gp_block *new_block(compiler *c) {
    gp_block *b = gp_arena_alloc(c->arena, sizeof(*b));
    if (!b) {
        nomem(c);
        return NULL;
    }
    b->all = c->u->blocks;
    c->u->blocks = b;
    b->startdepth = INT_MIN;
    return b;
}

static void use_block(compiler *c, gp_block *b) {
    c->u->cur->next = b;
    c->u->cur = b;
}

static int next_block(compiler *c) {
    gp_block *b = new_block(c);
    if (!b)
        return -1;
    use_block(c, b);
    return 0;
}

static int addop_full(compiler *c, int op, int arg, gp_block *target) {
    gp_block *b = c->u->cur;
    gp_instr *in = gp_strmap_grow(c->arena, b->instrs, b->n, &b->cap, sizeof(*in));
    if (!in)
        return nomem(c);
    b->instrs = in;
    in[b->n].op = op;
    in[b->n].arg = arg;
    in[b->n].target = target;
    in[b->n].lineno = c->u->loc.lineno;
    b->n++;
    return 0;
}

static int addop(compiler *c, int op) {
    return addop_full(c, op, 0, NULL);
}

static int addop_i(compiler *c, int op, int arg) {
    return addop_full(c, op, arg, NULL);
}

static int addop_jump(compiler *c, int op, gp_block *target) {
    return addop_full(c, op, 0, target);
}

static int load_const_steal(compiler *c, gp_obj *o) {
    if (!o)
        return -1;
    int i = add_const_steal(c, o);
    return i < 0 ? -1 : addop_i(c, OP_LOAD_CONST, i);
}

static int load_const(compiler *c, gp_obj *o) {
    return load_const_steal(c, gp_newref(o));
}

/* An op whose argument is a name in co_names, mangled like Python does
   for attribute and import names. */
static int addop_name(compiler *c, int op, const char *name) {
    const char *m = mangle(c, name);
    if (!m)
        return -1;
    int i = name_index(c, &c->u->names, m);
    return i < 0 ? -1 : addop_i(c, op, i);
}

static int addop_name_raw(compiler *c, int op, const char *name) {
    int i = name_index(c, &c->u->names, name);
    return i < 0 ? -1 : addop_i(c, op, i);
}

static int forbidden_name(compiler *c, const char *name, gp_expr_context ctx) {
    if (strcmp(name, "__debug__") != 0)
        return 0;
    if (ctx == GP_Store)
        return error(c, "cannot assign to __debug__");
    if (ctx == GP_Del)
        return error(c, "cannot delete __debug__");
    return 0;
}

static int nameop(compiler *c, const char *name, gp_expr_context ctx) {
    gp_unit *u = c->u;
    CHECK(forbidden_name(c, name, ctx));
    const char *mangled = mangle(c, name);
    if (!mangled)
        return -1;
    enum { OPT_NAME, OPT_FAST, OPT_GLOBAL, OPT_DEREF } optype = OPT_NAME;
    int idx = 0;
    int *v;
    switch (gp_symtable_scope(u->ste, mangled)) {
    case GP_SCOPE_FREE:
        v = gp_strmap_get(&u->freevars, mangled);
        if (!v)
            goto bad;
        idx = *v;
        optype = OPT_DEREF;
        break;
    case GP_SCOPE_CELL:
        v = gp_strmap_get(&u->cellvars, mangled);
        if (!v)
            goto bad;
        idx = *v;
        optype = OPT_DEREF;
        break;
    case GP_SCOPE_LOCAL:
        if (u->ste->type == GP_STE_FUNCTION)
            optype = OPT_FAST;
        break;
    case GP_SCOPE_GLOBAL_IMPLICIT:
        if (u->ste->type == GP_STE_FUNCTION)
            optype = OPT_GLOBAL;
        break;
    case GP_SCOPE_GLOBAL_EXPLICIT:
        optype = OPT_GLOBAL;
        break;
    default:
        break;
    }
    int op;
    switch (optype) {
    case OPT_DEREF:
        op = ctx == GP_Load ? (u->ste->type == GP_STE_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF)
             : ctx == GP_Store ? OP_STORE_DEREF
                               : OP_DELETE_DEREF;
        return addop_i(c, op, idx);
    case OPT_FAST:
        op = ctx == GP_Load ? OP_LOAD_FAST : ctx == GP_Store ? OP_STORE_FAST : OP_DELETE_FAST;
        idx = name_index(c, &u->varnames, mangled);
        return idx < 0 ? -1 : addop_i(c, op, idx);
    case OPT_GLOBAL:
        op = ctx == GP_Load ? OP_LOAD_GLOBAL : ctx == GP_Store ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL;
        return addop_name_raw(c, op, mangled);
    case OPT_NAME:
        op = ctx == GP_Load ? OP_LOAD_NAME : ctx == GP_Store ? OP_STORE_NAME : OP_DELETE_NAME;
        return addop_name_raw(c, op, mangled);
    }
bad:
    gp_err_format(c->t, &gp_exc_SystemError, "compiler: no cell or free slot for '%s'", mangled);
    return -1;
}

/* --------------------------------------------------------- frame blocks */

static int push_fblock(compiler *c, gp_fblock_kind kind, gp_block *block, gp_block *exit,
                       const void *datum) {
    gp_unit *u = c->u;
    if (u->nfblocks >= GP_MAX_BLOCKS)
        return error(c, "too many statically nested blocks");
    u->fblocks[u->nfblocks++] = (gp_fblock){kind, block, exit, datum};
    return 0;
}

static void pop_fblock(compiler *c) {
    c->u->nfblocks--;
}

static int call_exit_with_nones(compiler *c) {
    CHECK(load_const(c, GP_NONE));
    CHECK(addop(c, OP_DUP_TOP));
    CHECK(addop(c, OP_DUP_TOP));
    return addop_i(c, OP_CALL_FUNCTION, 3);
}

/* Emit what leaving one frame block takes on a return, break or continue.
   With preserve_tos the value on top of the stack (a return value) is
   kept above whatever is popped. */
static int unwind_fblock(compiler *c, gp_fblock *fb, int preserve_tos) {
    switch (fb->kind) {
    case GP_FB_WHILE_LOOP:
    case GP_FB_EXCEPTION_HANDLER:
    case GP_FB_EXCEPTION_GROUP_HANDLER:
        return 0;
    case GP_FB_FOR_LOOP:
        if (preserve_tos)
            CHECK(addop(c, OP_ROT_TWO));
        return addop(c, OP_POP_TOP);
    case GP_FB_TRY_EXCEPT:
        return addop(c, OP_POP_BLOCK);
    case GP_FB_FINALLY_TRY: {
        CHECK(addop(c, OP_POP_BLOCK));
        if (preserve_tos)
            CHECK(push_fblock(c, GP_FB_POP_VALUE, NULL, NULL, NULL));
        gp_loc saved = c->u->loc;
        CHECK(visit_stmts(c, *(const gp_stmt_seq *)fb->datum));
        c->u->loc = saved;
        if (preserve_tos)
            pop_fblock(c);
        return 0;
    }
    case GP_FB_FINALLY_END:
        /* [prev_exc, exc] under the value: drop exc, restore prev_exc. */
        if (preserve_tos)
            CHECK(addop(c, OP_ROT_THREE));
        CHECK(addop(c, OP_POP_TOP));
        return addop(c, OP_POP_EXCEPT);
    case GP_FB_WITH: {
        gp_loc saved = c->u->loc;
        SET_LOC(c, (const gp_stmt *)fb->datum);
        CHECK(addop(c, OP_POP_BLOCK));
        if (preserve_tos)
            CHECK(addop(c, OP_ROT_TWO));
        CHECK(call_exit_with_nones(c));
        CHECK(addop(c, OP_POP_TOP));
        c->u->loc = saved;
        return 0;
    }
    case GP_FB_HANDLER_CLEANUP:
        if (fb->datum)
            CHECK(addop(c, OP_POP_BLOCK));
        if (preserve_tos)
            CHECK(addop(c, OP_ROT_TWO));
        CHECK(addop(c, OP_POP_EXCEPT));
        if (fb->datum) {
            CHECK(load_const(c, GP_NONE));
            CHECK(nameop(c, fb->datum, GP_Store));
            CHECK(nameop(c, fb->datum, GP_Del));
        }
        return 0;
    case GP_FB_POP_VALUE:
        if (preserve_tos)
            CHECK(addop(c, OP_ROT_TWO));
        return addop(c, OP_POP_TOP);
    }
    return 0;
}

/* Unwind every frame block, innermost first, stopping at a loop when loop
   is not NULL (the loop found is returned there). */
static int unwind_fblock_stack(compiler *c, int preserve_tos, gp_fblock **loop) {
    gp_unit *u = c->u;
    if (u->nfblocks == 0)
        return 0;
    gp_fblock *top = &u->fblocks[u->nfblocks - 1];
    if (top->kind == GP_FB_EXCEPTION_GROUP_HANDLER)
        return error(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->kind == GP_FB_WHILE_LOOP || top->kind == GP_FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    gp_fblock copy = *top;
    u->nfblocks--;
    if (unwind_fblock(c, &copy, preserve_tos) < 0 ||
        unwind_fblock_stack(c, preserve_tos, loop) < 0)
        return -1;
    u->fblocks[u->nfblocks++] = copy;
    return 0;
}

/* ------------------------------------------------------------ operators */

static int binop(gp_operator op, int inplace) {
    switch (op) {
    case GP_Add: return inplace ? OP_INPLACE_ADD : OP_BINARY_ADD;
    case GP_Sub: return inplace ? OP_INPLACE_SUBTRACT : OP_BINARY_SUBTRACT;
    case GP_Mult: return inplace ? OP_INPLACE_MULTIPLY : OP_BINARY_MULTIPLY;
    case GP_MatMult: return inplace ? OP_INPLACE_MATRIX_MULTIPLY : OP_BINARY_MATRIX_MULTIPLY;
    case GP_Div: return inplace ? OP_INPLACE_TRUE_DIVIDE : OP_BINARY_TRUE_DIVIDE;
    case GP_Mod: return inplace ? OP_INPLACE_MODULO : OP_BINARY_MODULO;
    case GP_Pow: return inplace ? OP_INPLACE_POWER : OP_BINARY_POWER;
    case GP_LShift: return inplace ? OP_INPLACE_LSHIFT : OP_BINARY_LSHIFT;
    case GP_RShift: return inplace ? OP_INPLACE_RSHIFT : OP_BINARY_RSHIFT;
    case GP_BitOr: return inplace ? OP_INPLACE_OR : OP_BINARY_OR;
    case GP_BitXor: return inplace ? OP_INPLACE_XOR : OP_BINARY_XOR;
    case GP_BitAnd: return inplace ? OP_INPLACE_AND : OP_BINARY_AND;
    case GP_FloorDiv: return inplace ? OP_INPLACE_FLOOR_DIVIDE : OP_BINARY_FLOOR_DIVIDE;
    }
    return OP_NOP;
}

static int addop_compare(compiler *c, gp_cmpop op) {
    switch (op) {
    case GP_Eq: return addop_i(c, OP_COMPARE_OP, GP_EQ);
    case GP_NotEq: return addop_i(c, OP_COMPARE_OP, GP_NE);
    case GP_Lt: return addop_i(c, OP_COMPARE_OP, GP_LT);
    case GP_LtE: return addop_i(c, OP_COMPARE_OP, GP_LE);
    case GP_Gt: return addop_i(c, OP_COMPARE_OP, GP_GT);
    case GP_GtE: return addop_i(c, OP_COMPARE_OP, GP_GE);
    case GP_Is: return addop_i(c, OP_IS_OP, 0);
    case GP_IsNot: return addop_i(c, OP_IS_OP, 1);
    case GP_In: return addop_i(c, OP_CONTAINS_OP, 0);
    case GP_NotIn: return addop_i(c, OP_CONTAINS_OP, 1);
    }
    return 0;
}

/* ------------------------------------------------------------ expressions */

static int visit_exprs(compiler *c, gp_expr_seq seq) {
    for (int i = 0; i < seq.n; i++)
        CHECK(visit_expr(c, seq.items[i]));
    return 0;
}

/* Truthiness of a literal condition: 1, 0, or -1 when not a literal. */
static int const_truth(compiler *c, gp_expr *e) {
    if (e->kind != GP_EXPR_Constant &&
        !(e->kind == GP_EXPR_Name && strcmp(e->v.Name.id, "__debug__") == 0))
        return -1;
    gp_obj *v;
    if (fold_const(c, e, &v) <= 0) {
        gp_err_clear(c->t);
        return -1;
    }
    int r = gp_obj_truthy(c->t, v);
    gp_decref(v);
    if (r < 0)
        gp_err_clear(c->t);
    return r;
}

/* Jump to next when the truth of e equals cond, else fall through. */
static int jump_if(compiler *c, gp_expr *e, gp_block *next, int cond) {
    switch (e->kind) {
    case GP_EXPR_UnaryOp:
        if (e->v.UnaryOp.op == GP_Not)
            return jump_if(c, e->v.UnaryOp.operand, next, !cond);
        break;
    case GP_EXPR_BoolOp: {
        gp_expr_seq s = e->v.BoolOp.values;
        int n = s.n - 1;
        int cond2 = e->v.BoolOp.op == GP_Or;
        gp_block *next2 = next;
        if (!cond2 != !cond) {
            next2 = new_block(c);
            if (!next2)
                return -1;
        }
        for (int i = 0; i < n; i++)
            CHECK(jump_if(c, s.items[i], next2, cond2));
        CHECK(jump_if(c, s.items[n], next, cond));
        if (next2 != next)
            use_block(c, next2);
        return 0;
    }
    case GP_EXPR_IfExp: {
        gp_block *end = new_block(c), *next2 = new_block(c);
        if (!end || !next2)
            return -1;
        CHECK(jump_if(c, e->v.IfExp.test, next2, 0));
        CHECK(jump_if(c, e->v.IfExp.body, next, cond));
        CHECK(addop_jump(c, OP_JUMP_FORWARD, end));
        use_block(c, next2);
        CHECK(jump_if(c, e->v.IfExp.orelse, next, cond));
        use_block(c, end);
        return 0;
    }
    case GP_EXPR_Compare: {
        int n = e->v.Compare.ops.n - 1;
        if (n > 0) {
            gp_block *cleanup = new_block(c);
            if (!cleanup)
                return -1;
            CHECK(visit_expr(c, e->v.Compare.left));
            for (int i = 0; i < n; i++) {
                CHECK(visit_expr(c, e->v.Compare.comparators.items[i]));
                CHECK(addop(c, OP_DUP_TOP));
                CHECK(addop(c, OP_ROT_THREE));
                CHECK(addop_compare(c, e->v.Compare.ops.items[i]));
                CHECK(addop_jump(c, OP_POP_JUMP_IF_FALSE, cleanup));
                CHECK(next_block(c));
            }
            CHECK(visit_comparator(c, e->v.Compare.ops.items[n],
                                   e->v.Compare.comparators.items[n]));
            CHECK(addop_compare(c, e->v.Compare.ops.items[n]));
            CHECK(addop_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next));
            CHECK(next_block(c));
            gp_block *end = new_block(c);
            if (!end)
                return -1;
            CHECK(addop_jump(c, OP_JUMP_FORWARD, end));
            use_block(c, cleanup);
            CHECK(addop(c, OP_POP_TOP));
            if (!cond)
                CHECK(addop_jump(c, OP_JUMP_FORWARD, next));
            use_block(c, end);
            return 0;
        }
        break;
    }
    default:
        break;
    }
    int truth = const_truth(c, e);
    if (truth >= 0) {
        if (truth == cond) {
            CHECK(addop_jump(c, OP_JUMP_ABSOLUTE, next));
            return next_block(c);
        }
        return 0;
    }
    CHECK(visit_expr(c, e));
    CHECK(addop_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next));
    return next_block(c);
}

/* The frozenset constant of a set display, from the tuple of its items
   (stolen).  It is built twice, the second time from the first one's
   iteration order, which is what fixes the order a set made from it
   iterates in. */
static gp_obj *frozen_constant(compiler *c, gp_obj *items) {
    gp_obj *fs = gp_frozenset_new(c->t, items);
    gp_decref(items);
    if (!fs)
        return NULL;
    gp_obj *again = gp_tuple_from_iterable(c->t, fs);
    gp_decref(fs);
    if (!again)
        return NULL;
    fs = gp_frozenset_new(c->t, again);
    gp_decref(again);
    return fs;
}

/* A list or set display of literals that is only iterated over or
   searched (`x in [1, 2]`, `for x in [1, 2]`) is loaded as one tuple or
   frozenset constant instead of being built each time. */
static int visit_iterable(compiler *c, gp_expr *e, int allow_set) {
    int is_set = e->kind == GP_EXPR_Set;
    if ((e->kind == GP_EXPR_List && e->v.List.ctx == GP_Load) || (is_set && allow_set)) {
        gp_expr_seq elts = is_set ? e->v.Set.elts : e->v.List.elts;
        gp_obj *items = gp_tuple_new(c->t, elts.n);
        if (!items)
            return -1;
        int i;
        for (i = 0; i < elts.n; i++) {
            gp_obj *v;
            int r = is_const_expr(c, elts.items[i], &v);
            if (r <= 0)
                break;
            gp_tuple_items(items)[i] = v;
        }
        if (i == elts.n) {
            gp_loc saved = c->u->loc;
            SET_LOC(c, e);
            if (is_set)
                items = frozen_constant(c, items);
            int r = load_const_steal(c, items);
            c->u->loc = saved;
            return r;
        }
        for (int j = i; j < elts.n; j++)
            gp_tuple_items(items)[j] = GP_NONE;
        gp_decref(items);
        if (gp_err_occurred(c->t))
            return -1;
    }
    return visit_expr(c, e);
}

/* Only the last operand of a comparison chain, which is not compared
   again, may be folded. */
static int visit_comparator(compiler *c, gp_cmpop op, gp_expr *e) {
    if (op == GP_In || op == GP_NotIn)
        return visit_iterable(c, e, 1);
    return visit_expr(c, e);
}

/* Build a list, tuple or set from elements that may include *starred
   ones; `pushed` values are already on the stack below them. */
static int starunpack_helper(compiler *c, gp_expr_seq elts, int pushed, int build, int add,
                             int extend, int tuple) {
    int n = elts.n;
    if (n > 2) {
        int all_const = 1;
        for (int i = 0; i < n && all_const; i++) {
            gp_expr *el = elts.items[i];
            if (!maybe_const(el))
                all_const = 0;
        }
        if (all_const) {
            gp_obj *folded = gp_tuple_new(c->t, n);
            if (!folded)
                return -1;
            int i;
            for (i = 0; i < n; i++) {
                gp_obj *v;
                int r = is_const_expr(c, elts.items[i], &v);
                if (r <= 0)
                    break;
                gp_tuple_items(folded)[i] = v;
            }
            if (i == n) {
                if (tuple)
                    return load_const_steal(c, folded);
                if (build == OP_BUILD_SET) {
                    folded = frozen_constant(c, folded);
                    if (!folded)
                        return -1;
                }
                CHECK(addop_i(c, build, pushed));
                CHECK(load_const_steal(c, folded));
                return addop_i(c, extend, 1);
            }
            for (int j = i; j < n; j++)
                gp_tuple_items(folded)[j] = GP_NONE;
            gp_decref(folded);
            if (gp_err_occurred(c->t))
                return -1;
        }
    }
    int big = n + pushed > STACK_USE_GUIDELINE;
    int seen_star = 0;
    for (int i = 0; i < n; i++)
        if (elts.items[i]->kind == GP_EXPR_Starred)
            seen_star = 1;
    if (!seen_star && !big) {
        CHECK(visit_exprs(c, elts));
        return addop_i(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
    }
    int built = 0;
    if (big) {
        CHECK(addop_i(c, build, pushed));
        built = 1;
    }
    for (int i = 0; i < n; i++) {
        gp_expr *el = elts.items[i];
        if (el->kind == GP_EXPR_Starred) {
            if (!built) {
                CHECK(addop_i(c, build, i + pushed));
                built = 1;
            }
            CHECK(visit_expr(c, el->v.Starred.value));
            CHECK(addop_i(c, extend, 1));
        } else {
            CHECK(visit_expr(c, el));
            if (built)
                CHECK(addop_i(c, add, 1));
        }
    }
    if (tuple)
        CHECK(addop(c, OP_LIST_TO_TUPLE));
    return 0;
}

/* Unpack the value on the stack into the targets of a list or tuple. */
static int assignment_helper(compiler *c, gp_expr_seq elts) {
    int n = elts.n;
    int seen_star = 0;
    for (int i = 0; i < n; i++) {
        gp_expr *el = elts.items[i];
        if (el->kind == GP_EXPR_Starred && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (INT_MAX >> 8))
                return error(c, "too many expressions in star-unpacking assignment");
            CHECK(addop_i(c, OP_UNPACK_EX, i + ((n - i - 1) << 8)));
            seen_star = 1;
        } else if (el->kind == GP_EXPR_Starred) {
            return error(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star)
        CHECK(addop_i(c, OP_UNPACK_SEQUENCE, n));
    for (int i = 0; i < n; i++) {
        gp_expr *el = elts.items[i];
        CHECK(visit_expr(c, el->kind == GP_EXPR_Starred ? el->v.Starred.value : el));
    }
    return 0;
}

static int compile_list_or_tuple(compiler *c, gp_expr *e, int is_tuple) {
    gp_expr_seq elts = e->v.List.elts;
    gp_expr_context ctx = e->v.List.ctx;
    if (ctx == GP_Store)
        return assignment_helper(c, elts);
    if (ctx == GP_Load) {
        if (is_tuple) {
            gp_obj *v;
            int r = fold_const(c, e, &v);
            if (r < 0)
                return -1;
            if (r > 0)
                return load_const_steal(c, v);
        }
        return starunpack_helper(c, elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                                 is_tuple);
    }
    return visit_exprs(c, elts);
}

/* Dict entries [begin, end) without ** unpacking. */
static int compile_subdict(compiler *c, gp_expr *e, int begin, int end) {
    int n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        gp_obj *keys = gp_tuple_new(c->t, n);
        if (!keys)
            return -1;
        int i;
        for (i = begin; i < end; i++) {
            gp_obj *k;
            gp_expr *ke = e->v.Dict.keys.items[i];
            int r = ke->kind == GP_EXPR_Constant ? fold_const(c, ke, &k) : 0;
            if (r <= 0)
                break;
            gp_tuple_items(keys)[i - begin] = k;
        }
        if (i == end) {
            for (i = begin; i < end; i++)
                CHECK(visit_expr(c, e->v.Dict.values.items[i]));
            CHECK(load_const_steal(c, keys));
            return addop_i(c, OP_BUILD_CONST_KEY_MAP, n);
        }
        for (int j = i - begin; j < n; j++)
            gp_tuple_items(keys)[j] = GP_NONE;
        gp_decref(keys);
        if (gp_err_occurred(c->t))
            return -1;
    }
    if (big)
        CHECK(addop_i(c, OP_BUILD_MAP, 0));
    for (int i = begin; i < end; i++) {
        CHECK(visit_expr(c, e->v.Dict.keys.items[i]));
        CHECK(visit_expr(c, e->v.Dict.values.items[i]));
        if (big)
            CHECK(addop_i(c, OP_MAP_ADD, 1));
    }
    if (!big)
        CHECK(addop_i(c, OP_BUILD_MAP, n));
    return 0;
}

static int compile_dict(compiler *c, gp_expr *e) {
    int n = e->v.Dict.values.n;
    int have_dict = 0, elements = 0;
    for (int i = 0; i < n; i++) {
        if (e->v.Dict.keys.items[i] == NULL) {
            if (elements) {
                CHECK(compile_subdict(c, e, i - elements, i));
                if (have_dict)
                    CHECK(addop_i(c, OP_DICT_UPDATE, 1));
                have_dict = 1;
                elements = 0;
            }
            if (!have_dict) {
                CHECK(addop_i(c, OP_BUILD_MAP, 0));
                have_dict = 1;
            }
            CHECK(visit_expr(c, e->v.Dict.values.items[i]));
            CHECK(addop_i(c, OP_DICT_UPDATE, 1));
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            CHECK(compile_subdict(c, e, i - elements, i + 1));
            if (have_dict)
                CHECK(addop_i(c, OP_DICT_UPDATE, 1));
            have_dict = 1;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        CHECK(compile_subdict(c, e, n - elements, n));
        if (have_dict)
            CHECK(addop_i(c, OP_DICT_UPDATE, 1));
        have_dict = 1;
    }
    if (!have_dict)
        CHECK(addop_i(c, OP_BUILD_MAP, 0));
    return 0;
}

static int compile_compare(compiler *c, gp_expr *e) {
    int n = e->v.Compare.ops.n - 1;
    CHECK(visit_expr(c, e->v.Compare.left));
    if (n == 0) {
        CHECK(visit_comparator(c, e->v.Compare.ops.items[0], e->v.Compare.comparators.items[0]));
        return addop_compare(c, e->v.Compare.ops.items[0]);
    }
    gp_block *cleanup = new_block(c);
    if (!cleanup)
        return -1;
    for (int i = 0; i < n; i++) {
        CHECK(visit_expr(c, e->v.Compare.comparators.items[i]));
        CHECK(addop(c, OP_DUP_TOP));
        CHECK(addop(c, OP_ROT_THREE));
        CHECK(addop_compare(c, e->v.Compare.ops.items[i]));
        CHECK(addop_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup));
        CHECK(next_block(c));
    }
    CHECK(visit_comparator(c, e->v.Compare.ops.items[n], e->v.Compare.comparators.items[n]));
    CHECK(addop_compare(c, e->v.Compare.ops.items[n]));
    gp_block *end = new_block(c);
    if (!end)
        return -1;
    CHECK(addop_jump(c, OP_JUMP_FORWARD, end));
    use_block(c, cleanup);
    CHECK(addop(c, OP_ROT_TWO));
    CHECK(addop(c, OP_POP_TOP));
    use_block(c, end);
    return 0;
}

static int compile_boolop(compiler *c, gp_expr *e) {
    int jumpi = e->v.BoolOp.op == GP_And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    gp_block *end = new_block(c);
    if (!end)
        return -1;
    gp_expr_seq s = e->v.BoolOp.values;
    for (int i = 0; i < s.n - 1; i++) {
        CHECK(visit_expr(c, s.items[i]));
        CHECK(addop_jump(c, jumpi, end));
        CHECK(next_block(c));
    }
    CHECK(visit_expr(c, s.items[s.n - 1]));
    use_block(c, end);
    return 0;
}

static int compile_ifexp(compiler *c, gp_expr *e) {
    gp_block *end = new_block(c), *next = new_block(c);
    if (!end || !next)
        return -1;
    CHECK(jump_if(c, e->v.IfExp.test, next, 0));
    CHECK(visit_expr(c, e->v.IfExp.body));
    CHECK(addop_jump(c, OP_JUMP_FORWARD, end));
    use_block(c, next);
    CHECK(visit_expr(c, e->v.IfExp.orelse));
    use_block(c, end);
    return 0;
}

static int validate_keywords(compiler *c, gp_keyword_seq kws) {
    for (int i = 0; i < kws.n; i++) {
        gp_keyword *k = kws.items[i];
        if (!k->arg)
            continue;
        if (strcmp(k->arg, "__debug__") == 0)
            return error(c, "cannot assign to __debug__");
        for (int j = i + 1; j < kws.n; j++) {
            gp_keyword *o = kws.items[j];
            if (o->arg && strcmp(k->arg, o->arg) == 0) {
                SET_LOC(c, o);
                return gp_compile_error(&c->si, o->lineno, o->col_offset, o->end_lineno,
                                        o->end_col_offset, "keyword argument repeated: %s",
                                        k->arg);
            }
        }
    }
    return 0;
}

/* Keyword arguments [begin, end) (none of them **) as one dict. */
static int compile_subkwargs(compiler *c, gp_keyword_seq kws, int begin, int end) {
    int n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        for (int i = begin; i < end; i++)
            CHECK(visit_expr(c, kws.items[i]->value));
        gp_obj *keys = gp_tuple_new(c->t, n);
        if (!keys)
            return -1;
        for (int i = begin; i < end; i++) {
            gp_obj *k = name_obj(c, kws.items[i]->arg);
            gp_tuple_items(keys)[i - begin] = k ? k : GP_NONE;
            if (!k) {
                for (int j = i + 1; j < end; j++)
                    gp_tuple_items(keys)[j - begin] = GP_NONE;
                gp_decref(keys);
                return -1;
            }
        }
        CHECK(load_const_steal(c, keys));
        return addop_i(c, OP_BUILD_CONST_KEY_MAP, n);
    }
    if (big)
        CHECK(addop_i(c, OP_BUILD_MAP, 0));
    for (int i = begin; i < end; i++) {
        CHECK(load_const_steal(c, name_obj(c, kws.items[i]->arg)));
        CHECK(visit_expr(c, kws.items[i]->value));
        if (big)
            CHECK(addop_i(c, OP_MAP_ADD, 1));
    }
    if (!big)
        CHECK(addop_i(c, OP_BUILD_MAP, n));
    return 0;
}

/* The arguments of a call whose callable (and n other values) are on the
   stack already. */
static int call_helper(compiler *c, int n, gp_expr_seq args, gp_keyword_seq keywords) {
    CHECK(validate_keywords(c, keywords));
    int nelts = args.n, nkw = keywords.n;
    int simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE;
    for (int i = 0; i < nelts && simple; i++)
        if (args.items[i]->kind == GP_EXPR_Starred)
            simple = 0;
    for (int i = 0; i < nkw && simple; i++)
        if (!keywords.items[i]->arg)
            simple = 0;
    if (simple) {
        CHECK(visit_exprs(c, args));
        if (nkw) {
            for (int i = 0; i < nkw; i++)
                CHECK(visit_expr(c, keywords.items[i]->value));
            gp_obj *names = gp_tuple_new(c->t, nkw);
            if (!names)
                return -1;
            for (int i = 0; i < nkw; i++) {
                gp_obj *k = name_obj(c, keywords.items[i]->arg);
                gp_tuple_items(names)[i] = k ? k : GP_NONE;
                if (!k) {
                    for (int j = i + 1; j < nkw; j++)
                        gp_tuple_items(names)[j] = GP_NONE;
                    gp_decref(names);
                    return -1;
                }
            }
            CHECK(load_const_steal(c, names));
            return addop_i(c, OP_CALL_FUNCTION_KW, n + nelts + nkw);
        }
        return addop_i(c, OP_CALL_FUNCTION, n + nelts);
    }
    /* The general form: a tuple of positional arguments and a dict. */
    if (n == 0 && nelts == 1 && args.items[0]->kind == GP_EXPR_Starred)
        CHECK(visit_expr(c, args.items[0]->v.Starred.value));
    else
        CHECK(starunpack_helper(c, args, n, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, 1));
    if (nkw) {
        int have_dict = 0, nseen = 0;
        for (int i = 0; i < nkw; i++) {
            gp_keyword *kw = keywords.items[i];
            if (kw->arg) {
                nseen++;
                continue;
            }
            if (nseen) {
                CHECK(compile_subkwargs(c, keywords, i - nseen, i));
                if (have_dict)
                    CHECK(addop_i(c, OP_DICT_MERGE, 1));
                have_dict = 1;
                nseen = 0;
            }
            if (!have_dict) {
                CHECK(addop_i(c, OP_BUILD_MAP, 0));
                have_dict = 1;
            }
            CHECK(visit_expr(c, kw->value));
            CHECK(addop_i(c, OP_DICT_MERGE, 1));
        }
        if (nseen) {
            CHECK(compile_subkwargs(c, keywords, nkw - nseen, nkw));
            if (have_dict)
                CHECK(addop_i(c, OP_DICT_MERGE, 1));
        }
    }
    return addop_i(c, OP_CALL_FUNCTION_EX, nkw > 0);
}

static int compile_call(compiler *c, gp_expr *e) {
    gp_expr *func = e->v.Call.func;
    gp_expr_seq args = e->v.Call.args;
    /* obj.meth(args) without keywords or unpacking avoids the bound method. */
    int method = func->kind == GP_EXPR_Attribute && func->v.Attribute.ctx == GP_Load &&
                 e->v.Call.keywords.n == 0 && args.n < STACK_USE_GUIDELINE;
    for (int i = 0; i < args.n && method; i++)
        if (args.items[i]->kind == GP_EXPR_Starred)
            method = 0;
    if (method) {
        CHECK(visit_expr(c, func->v.Attribute.value));
        int saved = c->u->loc.lineno;
        c->u->loc.lineno = func->end_lineno;
        CHECK(addop_name(c, OP_LOAD_METHOD, func->v.Attribute.attr));
        CHECK(visit_exprs(c, args));
        c->u->loc.lineno = func->end_lineno;
        CHECK(addop_i(c, OP_CALL_METHOD, args.n));
        c->u->loc.lineno = saved;
        return 0;
    }
    CHECK(visit_expr(c, func));
    return call_helper(c, 0, args, e->v.Call.keywords);
}

static int compile_formatted_value(compiler *c, gp_expr *e) {
    CHECK(visit_expr(c, e->v.FormattedValue.value));
    int oparg;
    switch (e->v.FormattedValue.conversion) {
    case 's': oparg = GP_FVC_STR; break;
    case 'r': oparg = GP_FVC_REPR; break;
    case 'a': oparg = GP_FVC_ASCII; break;
    default: oparg = GP_FVC_NONE; break;
    }
    if (e->v.FormattedValue.format_spec) {
        CHECK(visit_expr(c, e->v.FormattedValue.format_spec));
        oparg |= GP_FVS_HAVE_SPEC;
    }
    return addop_i(c, OP_FORMAT_VALUE, oparg);
}

static int compile_joined_str(compiler *c, gp_expr *e) {
    gp_expr_seq vals = e->v.JoinedStr.values;
    if (vals.n > STACK_USE_GUIDELINE) {
        CHECK(load_const_steal(c, gp_str_new(c->t, "", 0)));
        CHECK(addop_name_raw(c, OP_LOAD_METHOD, "join"));
        CHECK(addop_i(c, OP_BUILD_LIST, 0));
        for (int i = 0; i < vals.n; i++) {
            CHECK(visit_expr(c, vals.items[i]));
            CHECK(addop_i(c, OP_LIST_APPEND, 1));
        }
        return addop_i(c, OP_CALL_METHOD, 1);
    }
    CHECK(visit_exprs(c, vals));
    if (vals.n != 1)
        CHECK(addop_i(c, OP_BUILD_STRING, vals.n));
    return 0;
}

static int compile_slice(compiler *c, gp_expr *e) {
    int n = 2;
    if (e->v.Slice.lower)
        CHECK(visit_expr(c, e->v.Slice.lower));
    else
        CHECK(load_const(c, GP_NONE));
    if (e->v.Slice.upper)
        CHECK(visit_expr(c, e->v.Slice.upper));
    else
        CHECK(load_const(c, GP_NONE));
    if (e->v.Slice.step) {
        n++;
        CHECK(visit_expr(c, e->v.Slice.step));
    }
    return addop_i(c, OP_BUILD_SLICE, n);
}

static int compile_lambda(compiler *c, gp_expr *e);
static int compile_comprehension(compiler *c, gp_expr *e);

static int visit_expr_inner(compiler *c, gp_expr *e) {
    switch (e->kind) {
    case GP_EXPR_NamedExpr:
        CHECK(visit_expr(c, e->v.NamedExpr.value));
        CHECK(addop(c, OP_DUP_TOP));
        return visit_expr(c, e->v.NamedExpr.target);
    case GP_EXPR_BoolOp:
        return compile_boolop(c, e);
    case GP_EXPR_BinOp: {
        gp_obj *v;
        int r = fold_const(c, e, &v);
        if (r < 0)
            return -1;
        if (r > 0)
            return load_const_steal(c, v);
        CHECK(visit_expr(c, e->v.BinOp.left));
        CHECK(visit_expr(c, e->v.BinOp.right));
        return addop(c, binop(e->v.BinOp.op, 0));
    }
    case GP_EXPR_UnaryOp: {
        gp_obj *v;
        int r = fold_const(c, e, &v);
        if (r < 0)
            return -1;
        if (r > 0)
            return load_const_steal(c, v);
        CHECK(visit_expr(c, e->v.UnaryOp.operand));
        switch (e->v.UnaryOp.op) {
        case GP_Invert: return addop(c, OP_UNARY_INVERT);
        case GP_Not: return addop(c, OP_UNARY_NOT);
        case GP_UAdd: return addop(c, OP_UNARY_POSITIVE);
        case GP_USub: return addop(c, OP_UNARY_NEGATIVE);
        }
        return 0;
    }
    case GP_EXPR_Lambda:
        return compile_lambda(c, e);
    case GP_EXPR_IfExp:
        return compile_ifexp(c, e);
    case GP_EXPR_Dict:
        return compile_dict(c, e);
    case GP_EXPR_Set:
        return starunpack_helper(c, e->v.Set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE,
                                 0);
    case GP_EXPR_ListComp:
    case GP_EXPR_SetComp:
    case GP_EXPR_DictComp:
    case GP_EXPR_GeneratorExp:
        return compile_comprehension(c, e);
    case GP_EXPR_Yield:
        if (c->u->ste->type != GP_STE_FUNCTION)
            return error(c, "'yield' outside function");
        if (e->v.Yield.value)
            CHECK(visit_expr(c, e->v.Yield.value));
        else
            CHECK(load_const(c, GP_NONE));
        return addop(c, OP_YIELD_VALUE);
    case GP_EXPR_YieldFrom:
        if (c->u->ste->type != GP_STE_FUNCTION)
            return error(c, "'yield' outside function");
        CHECK(visit_expr(c, e->v.YieldFrom.value));
        CHECK(addop(c, OP_GET_YIELD_FROM_ITER));
        CHECK(load_const(c, GP_NONE));
        return addop(c, OP_YIELD_FROM);
    case GP_EXPR_Await:
        if (c->u->ste->type != GP_STE_FUNCTION)
            return error(c, "'await' outside function");
        return error(c, "'await' outside async function");
    case GP_EXPR_Compare:
        return compile_compare(c, e);
    case GP_EXPR_Call:
        return compile_call(c, e);
    case GP_EXPR_FormattedValue:
        return compile_formatted_value(c, e);
    case GP_EXPR_JoinedStr:
        return compile_joined_str(c, e);
    case GP_EXPR_Constant:
        return load_const_steal(c, const_from_ast(c, &e->v.Constant.value));
    case GP_EXPR_Attribute: {
        gp_expr_context ctx = e->v.Attribute.ctx;
        CHECK(visit_expr(c, e->v.Attribute.value));
        int saved = c->u->loc.lineno;
        c->u->loc.lineno = e->end_lineno;
        int r;
        if (ctx == GP_Load) {
            r = addop_name(c, OP_LOAD_ATTR, e->v.Attribute.attr);
        } else if (ctx == GP_Store) {
            CHECK(forbidden_name(c, e->v.Attribute.attr, ctx));
            r = addop_name(c, OP_STORE_ATTR, e->v.Attribute.attr);
        } else {
            r = addop_name(c, OP_DELETE_ATTR, e->v.Attribute.attr);
        }
        c->u->loc.lineno = saved;
        return r;
    }
    case GP_EXPR_Subscript: {
        gp_expr_context ctx = e->v.Subscript.ctx;
        CHECK(visit_expr(c, e->v.Subscript.value));
        CHECK(visit_expr(c, e->v.Subscript.slice));
        return addop(c, ctx == GP_Load    ? OP_BINARY_SUBSCR
                        : ctx == GP_Store ? OP_STORE_SUBSCR
                                          : OP_DELETE_SUBSCR);
    }
    case GP_EXPR_Starred:
        if (e->v.Starred.ctx == GP_Store)
            return error(c, "starred assignment target must be in a list or tuple");
        return error(c, "can't use starred expression here");
    case GP_EXPR_Name:
        if (e->v.Name.ctx == GP_Load && strcmp(e->v.Name.id, "__debug__") == 0)
            return load_const(c, GP_TRUE);
        return nameop(c, e->v.Name.id, e->v.Name.ctx);
    case GP_EXPR_List:
        return compile_list_or_tuple(c, e, 0);
    case GP_EXPR_Tuple:
        return compile_list_or_tuple(c, e, 1);
    case GP_EXPR_Slice:
        return compile_slice(c, e);
    }
    return 0;
}

static int visit_expr(compiler *c, gp_expr *e) {
    if (gp_compile_enter_nested(c->t) < 0)
        return -1;
    gp_loc saved = c->u->loc;
    SET_LOC(c, e);
    int r = visit_expr_inner(c, e);
    c->u->loc = saved;
    gp_compile_leave_nested(c->t);
    return r;
}

/* ------------------------------------------------------------- scopes */

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Fill m with the names of ste whose scope is `scope` (or that carry
   `flag`), sorted, numbered from `offset`. */
static int names_by_scope(compiler *c, gp_strmap *m, gp_ste *ste, int scope, int flag,
                          int offset) {
    int n = 0;
    const char **names = gp_arena_alloc(c->arena, sizeof(char *) * (size_t)(ste->symbols.n + 1));
    if (!names)
        return nomem(c);
    for (int i = 0; i < ste->symbols.n; i++) {
        int v = ste->symbols.entries[i].value;
        if (((v >> GP_SCOPE_SHIFT) & 7) == scope || (flag && (v & flag)))
            names[n++] = ste->symbols.entries[i].key;
    }
    qsort(names, (size_t)n, sizeof(char *), cmp_names);
    for (int i = 0; i < n; i++)
        if (gp_strmap_put(m, names[i], offset + m->n) < 0)
            return nomem(c);
    return 0;
}

static gp_obj *make_qualname(compiler *c, gp_unit *u) {
    gp_unit *parent = u->parent;
    int force_global = 0;
    if (parent && parent->kind != GP_UNIT_MODULE) {
        if (u->kind == GP_UNIT_FUNCTION || u->kind == GP_UNIT_CLASS) {
            const char *m = gp_symtable_mangle(c->arena, parent->private_, u->name);
            if (!m) {
                nomem(c);
                return NULL;
            }
            if (gp_symtable_scope(parent->ste, m) == GP_SCOPE_GLOBAL_EXPLICIT)
                force_global = 1;
        }
        if (!force_global) {
            int locals = parent->kind == GP_UNIT_FUNCTION || parent->kind == GP_UNIT_LAMBDA;
            return gp_str_from_format(c->t, locals ? "%U.<locals>.%s" : "%U.%s",
                                      parent->qualname, u->name);
        }
    }
    return gp_str_from_cstr(c->t, u->name);
}

static int enter_scope(compiler *c, const char *name, gp_unit_kind kind, const void *key,
                       int lineno) {
    gp_unit *u = gp_arena_alloc(c->arena, sizeof(*u));
    if (!u)
        return nomem(c);
    u->parent = c->u;
    u->kind = kind;
    u->name = name;
    u->ste = gp_symtable_lookup(c->st, key);
    if (!u->ste) {
        gp_err_bad_internal_call(c->t, "compiler: scope without symbol table entry");
        return -1;
    }
    gp_strmap_init(&u->names, c->arena);
    gp_strmap_init(&u->varnames, c->arena);
    gp_strmap_init(&u->cellvars, c->arena);
    gp_strmap_init(&u->freevars, c->arena);
    for (int i = 0; i < u->ste->nparams; i++)
        if (name_index(c, &u->varnames, u->ste->params[i]) < 0)
            return -1;
    if (u->ste->needs_class_closure) {
        /* The implicit __class__ cell of a class body comes first. */
        if (gp_strmap_put(&u->cellvars, "__class__", 0) < 0)
            return nomem(c);
    }
    CHECK(names_by_scope(c, &u->cellvars, u->ste, GP_SCOPE_CELL, 0, 0));
    CHECK(names_by_scope(c, &u->freevars, u->ste, GP_SCOPE_FREE, GP_DEF_FREE_CLASS,
                         u->cellvars.n));
    u->private_ = c->u ? c->u->private_ : NULL;
    u->firstlineno = lineno;
    u->loc = (gp_loc){lineno, 0, lineno, 0};
    c->u = u;
    c->nestlevel++;
    u->entry = new_block(c);
    if (!u->entry)
        return -1;
    u->cur = u->entry;
    u->qualname = kind == GP_UNIT_MODULE ? gp_str_from_cstr(c->t, name) : make_qualname(c, u);
    if (!u->qualname)
        return -1;
    return 0;
}

static void exit_scope(compiler *c) {
    gp_unit *u = c->u;
    for (int i = 0; i < u->nconsts; i++)
        gp_decref(u->consts[i]);
    u->nconsts = 0;
    gp_clear(&u->qualname);
    c->u = u->parent;
    c->nestlevel--;
}

static int compute_flags(gp_unit *u) {
    gp_ste *ste = u->ste;
    int flags = 0;
    if (ste->type == GP_STE_FUNCTION) {
        flags |= GP_CO_NEWLOCALS | GP_CO_OPTIMIZED;
        if (ste->nested)
            flags |= GP_CO_NESTED;
        if (ste->generator && !ste->coroutine)
            flags |= GP_CO_GENERATOR;
        if (!ste->generator && ste->coroutine)
            flags |= GP_CO_COROUTINE;
        if (ste->generator && ste->coroutine)
            flags |= GP_CO_ASYNC_GENERATOR;
        if (ste->varargs)
            flags |= GP_CO_VARARGS;
        if (ste->varkeywords)
            flags |= GP_CO_VARKEYWORDS;
    }
    if (u->freevars.n == 0 && u->cellvars.n == 0)
        flags |= GP_CO_NOFREE;
    return flags;
}

/* Finish the current unit: make sure it ends with a return, assemble. */
static gp_obj *finish_unit(compiler *c, int add_none) {
    gp_unit *u = c->u;
    gp_block *b = u->cur;
    if (b->n == 0 || b->instrs[b->n - 1].op != OP_RETURN_VALUE) {
        if (add_none && load_const(c, GP_NONE) < 0)
            return NULL;
        if (addop(c, OP_RETURN_VALUE) < 0)
            return NULL;
    }
    int flags = compute_flags(u);
    if (flags & (GP_CO_GENERATOR | GP_CO_COROUTINE | GP_CO_ASYNC_GENERATOR)) {
        /* A generator starts by dropping the None sent by the first next(). */
        gp_block *gen = new_block(c), *saved = u->cur;
        if (!gen)
            return NULL;
        u->cur = gen;
        u->loc.lineno = u->firstlineno;
        int kind = (flags & GP_CO_GENERATOR) ? 0 : (flags & GP_CO_COROUTINE) ? 1 : 2;
        if (addop_i(c, OP_GEN_START, kind) < 0)
            return NULL;
        gen->next = u->entry;
        u->entry = gen;
        u->cur = saved;
    }
    return gp_assemble(c->t, u, c->si.filename, flags);
}

/* Push a function for code `co` made in the unit that was just left,
   with a closure over the free variables the child recorded. */
static int make_closure(compiler *c, gp_obj *co, gp_strmap *child_free, int flags,
                        gp_obj *qualname) {
    if (child_free->n) {
        for (int i = 0; i < child_free->n; i++) {
            const char *name = child_free->entries[i].key;
            int cell;
            if (c->u->kind == GP_UNIT_CLASS && strcmp(name, "__class__") == 0)
                cell = 1;
            else
                cell = gp_symtable_scope(c->u->ste, name) == GP_SCOPE_CELL;
            int *v = gp_strmap_get(cell ? &c->u->cellvars : &c->u->freevars, name);
            if (!v) {
                gp_err_format(c->t, &gp_exc_SystemError,
                              "compiler: no closure slot for free variable '%s'", name);
                return -1;
            }
            CHECK(addop_i(c, OP_LOAD_CLOSURE, *v));
        }
        flags |= GP_MF_CLOSURE;
        CHECK(addop_i(c, OP_BUILD_TUPLE, child_free->n));
    }
    CHECK(load_const(c, co));
    CHECK(load_const(c, qualname));
    return addop_i(c, OP_MAKE_FUNCTION, flags);
}

/* Positional defaults as a tuple, keyword-only defaults as a dict. */
static int default_arguments(compiler *c, gp_arguments *args) {
    int flags = 0;
    if (args->defaults.n) {
        CHECK(visit_exprs(c, args->defaults));
        CHECK(addop_i(c, OP_BUILD_TUPLE, args->defaults.n));
        flags |= GP_MF_DEFAULTS;
    }
    int nkw = 0;
    for (int i = 0; i < args->kwonlyargs.n; i++) {
        gp_expr *d = args->kw_defaults.items[i];
        if (!d)
            continue;
        nkw++;
        CHECK(visit_expr(c, d));
    }
    if (nkw) {
        gp_obj *keys = gp_tuple_new(c->t, nkw);
        if (!keys)
            return -1;
        int k = 0;
        for (int i = 0; i < args->kwonlyargs.n; i++) {
            if (!args->kw_defaults.items[i])
                continue;
            const char *m = mangle(c, args->kwonlyargs.items[i]->arg);
            gp_obj *s = m ? name_obj(c, m) : NULL;
            gp_tuple_items(keys)[k++] = s ? s : GP_NONE;
            if (!s) {
                while (k < nkw)
                    gp_tuple_items(keys)[k++] = GP_NONE;
                gp_decref(keys);
                return -1;
            }
        }
        CHECK(load_const_steal(c, keys));
        CHECK(addop_i(c, OP_BUILD_CONST_KEY_MAP, nkw));
        flags |= GP_MF_KWDEFAULTS;
    }
    return flags;
}

/* An annotation's value: evaluated, or its text under
   `from __future__ import annotations`. */
static int visit_annexpr(compiler *c, gp_expr *e) {
    if (c->future_annotations)
        return load_const_steal(c, gp_unparse_annotation(c->t, e));
    return visit_expr(c, e);
}

static int visit_argannotation(compiler *c, const char *name, gp_expr *ann, int *count) {
    if (!ann)
        return 0;
    const char *m = mangle(c, name);
    if (!m)
        return -1;
    CHECK(load_const_steal(c, name_obj(c, m)));
    CHECK(visit_annexpr(c, ann));
    (*count)++;
    return 0;
}

static int visit_argannotations(compiler *c, gp_arg_seq args, int *count) {
    for (int i = 0; i < args.n; i++)
        CHECK(visit_argannotation(c, args.items[i]->arg, args.items[i]->annotation, count));
    return 0;
}

/* Annotations as a dict built when the function is defined: 1 if there
   are any, 0 if none, -1 on error. */
static int visit_annotations(compiler *c, gp_arguments *args, gp_expr *returns) {
    int count = 0;
    CHECK(visit_argannotations(c, args->args, &count));
    CHECK(visit_argannotations(c, args->posonlyargs, &count));
    if (args->vararg)
        CHECK(visit_argannotation(c, args->vararg->arg, args->vararg->annotation, &count));
    CHECK(visit_argannotations(c, args->kwonlyargs, &count));
    if (args->kwarg)
        CHECK(visit_argannotation(c, args->kwarg->arg, args->kwarg->annotation, &count));
    CHECK(visit_argannotation(c, "return", returns, &count));
    if (!count)
        return 0;
    CHECK(addop_i(c, OP_BUILD_MAP, count));
    return 1;
}

static int check_debug_args_seq(compiler *c, gp_arg_seq args) {
    for (int i = 0; i < args.n; i++)
        if (strcmp(args.items[i]->arg, "__debug__") == 0)
            return error(c, "cannot assign to __debug__");
    return 0;
}

static int check_debug_args(compiler *c, gp_arguments *a) {
    CHECK(check_debug_args_seq(c, a->posonlyargs));
    CHECK(check_debug_args_seq(c, a->args));
    if (a->vararg && strcmp(a->vararg->arg, "__debug__") == 0)
        return error(c, "cannot assign to __debug__");
    CHECK(check_debug_args_seq(c, a->kwonlyargs));
    if (a->kwarg && strcmp(a->kwarg->arg, "__debug__") == 0)
        return error(c, "cannot assign to __debug__");
    return 0;
}

/* The docstring of a body: its first statement when that is a string
   literal. */
static gp_expr *docstring_of(gp_stmt_seq body) {
    if (body.n == 0 || body.items[0]->kind != GP_STMT_Expr)
        return NULL;
    gp_expr *e = body.items[0]->v.Expr.value;
    if (e->kind == GP_EXPR_Constant && e->v.Constant.value.kind == GP_CONST_STR)
        return e;
    return NULL;
}

/* Leave the unit, then push the function made from its code. */
static int finish_function(compiler *c, int add_none, int funcflags) {
    gp_obj *co = finish_unit(c, add_none);
    if (!co) {
        exit_scope(c);
        return -1;
    }
    gp_strmap freevars = c->u->freevars;
    gp_obj *qualname = gp_newref(c->u->qualname);
    exit_scope(c);
    int r = make_closure(c, co, &freevars, funcflags, qualname);
    gp_decref(qualname);
    gp_decref(co);
    return r;
}

static int compile_function(compiler *c, gp_stmt *s) {
    gp_arguments *args = s->v.FunctionDef.args;
    gp_expr_seq decos = s->v.FunctionDef.decorator_list;
    gp_stmt_seq body = s->v.FunctionDef.body;
    if (s->kind == GP_STMT_AsyncFunctionDef)
        return error(c, "async is not supported yet");
    CHECK(check_debug_args(c, args));
    CHECK(visit_exprs(c, decos));
    int firstlineno = decos.n ? decos.items[0]->lineno : s->lineno;
    int funcflags = default_arguments(c, args);
    CHECK(funcflags);
    int ann = visit_annotations(c, args, s->v.FunctionDef.returns);
    CHECK(ann);
    if (ann)
        funcflags |= GP_MF_ANNOTATIONS;
    CHECK(enter_scope(c, s->v.FunctionDef.name, GP_UNIT_FUNCTION, s, firstlineno));
    gp_expr *doc = docstring_of(body);
    int r = add_const_steal(c, doc ? const_from_ast(c, &doc->v.Constant.value)
                                   : GP_NONE);
    if (r >= 0) {
        c->u->argcount = args->posonlyargs.n + args->args.n;
        c->u->posonlyargcount = args->posonlyargs.n;
        c->u->kwonlyargcount = args->kwonlyargs.n;
        for (int i = doc ? 1 : 0; i < body.n && r >= 0; i++)
            r = visit_stmt(c, body.items[i]);
    }
    if (r < 0) {
        exit_scope(c);
        return -1;
    }
    CHECK(finish_function(c, 1, funcflags));
    for (int i = 0; i < decos.n; i++)
        CHECK(addop_i(c, OP_CALL_FUNCTION, 1));
    return nameop(c, s->v.FunctionDef.name, GP_Store);
}

static int compile_lambda(compiler *c, gp_expr *e) {
    gp_arguments *args = e->v.Lambda.args;
    CHECK(check_debug_args(c, args));
    int funcflags = default_arguments(c, args);
    CHECK(funcflags);
    CHECK(enter_scope(c, "<lambda>", GP_UNIT_LAMBDA, e, e->lineno));
    /* None comes first among the constants: a lambda has no docstring. */
    int r = add_const(c, GP_NONE);
    if (r >= 0) {
        c->u->argcount = args->posonlyargs.n + args->args.n;
        c->u->posonlyargcount = args->posonlyargs.n;
        c->u->kwonlyargcount = args->kwonlyargs.n;
        r = visit_expr(c, e->v.Lambda.body);
    }
    if (r >= 0 && !c->u->ste->generator)
        r = addop(c, OP_RETURN_VALUE);
    if (r < 0) {
        exit_scope(c);
        return -1;
    }
    return finish_function(c, 0, funcflags);
}

static int comprehension_generator(compiler *c, gp_comprehension_seq gens, int gen_index,
                                   int depth, gp_expr *elt, gp_expr *val, int type) {
    gp_block *start = new_block(c), *if_cleanup = new_block(c), *anchor = new_block(c);
    if (!start || !if_cleanup || !anchor)
        return -1;
    gp_comprehension *gen = gens.items[gen_index];
    if (gen_index == 0) {
        /* The outermost iterator is the implicit argument. */
        c->u->argcount = 1;
        CHECK(addop_i(c, OP_LOAD_FAST, 0));
    } else {
        /* `for y in [expr]` just binds y to expr: no loop. */
        gp_expr_seq *elts = NULL;
        if (gen->iter->kind == GP_EXPR_List || gen->iter->kind == GP_EXPR_Tuple)
            elts = &gen->iter->v.List.elts;
        if (elts && elts->n == 1 && elts->items[0]->kind != GP_EXPR_Starred) {
            CHECK(visit_expr(c, elts->items[0]));
            start = NULL;
        } else {
            CHECK(visit_iterable(c, gen->iter, 0));
            CHECK(addop(c, OP_GET_ITER));
        }
    }
    if (start) {
        depth++;
        use_block(c, start);
        CHECK(addop_jump(c, OP_FOR_ITER, anchor));
        CHECK(next_block(c));
    }
    CHECK(visit_expr(c, gen->target));
    for (int i = 0; i < gen->ifs.n; i++) {
        CHECK(jump_if(c, gen->ifs.items[i], if_cleanup, 0));
        CHECK(next_block(c));
    }
    if (gen_index + 1 < gens.n) {
        CHECK(comprehension_generator(c, gens, gen_index + 1, depth, elt, val, type));
    } else {
        switch (type) {
        case COMP_GENEXP:
            CHECK(visit_expr(c, elt));
            CHECK(addop(c, OP_YIELD_VALUE));
            CHECK(addop(c, OP_POP_TOP));
            break;
        case COMP_LISTCOMP:
            CHECK(visit_expr(c, elt));
            CHECK(addop_i(c, OP_LIST_APPEND, depth + 1));
            break;
        case COMP_SETCOMP:
            CHECK(visit_expr(c, elt));
            CHECK(addop_i(c, OP_SET_ADD, depth + 1));
            break;
        case COMP_DICTCOMP:
            CHECK(visit_expr(c, elt));
            CHECK(visit_expr(c, val));
            CHECK(addop_i(c, OP_MAP_ADD, depth + 1));
            break;
        }
    }
    use_block(c, if_cleanup);
    if (start) {
        CHECK(addop_jump(c, OP_JUMP_ABSOLUTE, start));
        use_block(c, anchor);
    }
    return 0;
}

static int compile_comprehension(compiler *c, gp_expr *e) {
    gp_comprehension_seq gens;
    gp_expr *elt, *val = NULL;
    int type;
    const char *name;
    switch (e->kind) {
    case GP_EXPR_ListComp:
        type = COMP_LISTCOMP, name = "<listcomp>";
        break;
    case GP_EXPR_SetComp:
        type = COMP_SETCOMP, name = "<setcomp>";
        break;
    case GP_EXPR_DictComp:
        type = COMP_DICTCOMP, name = "<dictcomp>";
        break;
    default:
        type = COMP_GENEXP, name = "<genexpr>";
        break;
    }
    if (type == COMP_DICTCOMP) {
        gens = e->v.DictComp.generators;
        elt = e->v.DictComp.key;
        val = e->v.DictComp.value;
    } else {
        gens = e->v.ListComp.generators;
        elt = e->v.ListComp.elt;
    }
    for (int i = 0; i < gens.n; i++)
        if (gens.items[i]->is_async)
            return error(c, "async is not supported yet");
    gp_comprehension *outermost = gens.items[0];
    CHECK(enter_scope(c, name, GP_UNIT_COMPREHENSION, e, e->lineno));
    int r = 0;
    if (type != COMP_GENEXP) {
        int op = type == COMP_LISTCOMP ? OP_BUILD_LIST
                 : type == COMP_SETCOMP ? OP_BUILD_SET
                                        : OP_BUILD_MAP;
        r = addop_i(c, op, 0);
    }
    if (r >= 0)
        r = comprehension_generator(c, gens, 0, 0, elt, val, type);
    if (r >= 0 && type != COMP_GENEXP)
        r = addop(c, OP_RETURN_VALUE);
    if (r < 0) {
        exit_scope(c);
        return -1;
    }
    CHECK(finish_function(c, 1, 0));
    CHECK(visit_iterable(c, outermost->iter, 0));
    CHECK(addop(c, OP_GET_ITER));
    return addop_i(c, OP_CALL_FUNCTION, 1);
}

static int find_ann(gp_stmt_seq stmts) {
    for (int i = 0; i < stmts.n; i++) {
        gp_stmt *s = stmts.items[i];
        switch (s->kind) {
        case GP_STMT_AnnAssign:
            return 1;
        case GP_STMT_For:
        case GP_STMT_AsyncFor:
            if (find_ann(s->v.For.body) || find_ann(s->v.For.orelse))
                return 1;
            break;
        case GP_STMT_While:
            if (find_ann(s->v.While.body) || find_ann(s->v.While.orelse))
                return 1;
            break;
        case GP_STMT_If:
            if (find_ann(s->v.If.body) || find_ann(s->v.If.orelse))
                return 1;
            break;
        case GP_STMT_With:
        case GP_STMT_AsyncWith:
            if (find_ann(s->v.With.body))
                return 1;
            break;
        case GP_STMT_Match:
            for (int j = 0; j < s->v.Match.cases.n; j++)
                if (find_ann(s->v.Match.cases.items[j]->body))
                    return 1;
            break;
        case GP_STMT_Try:
        case GP_STMT_TryStar:
            for (int j = 0; j < s->v.Try.handlers.n; j++)
                if (find_ann(s->v.Try.handlers.items[j]->body))
                    return 1;
            if (find_ann(s->v.Try.body) || find_ann(s->v.Try.finalbody) ||
                find_ann(s->v.Try.orelse))
                return 1;
            break;
        default:
            break;
        }
    }
    return 0;
}

/* A module or class body: __annotations__ when needed, the docstring as
   __doc__, then the statements. */
static int compile_body(compiler *c, gp_stmt_seq stmts) {
    if (c->u->kind == GP_UNIT_MODULE && stmts.n)
        SET_LOC(c, stmts.items[0]);
    if (find_ann(stmts))
        CHECK(addop(c, OP_SETUP_ANNOTATIONS));
    int i = 0;
    gp_expr *doc = docstring_of(stmts);
    if (doc) {
        SET_LOC(c, stmts.items[0]);
        CHECK(visit_expr(c, doc));
        CHECK(nameop(c, "__doc__", GP_Store));
        i = 1;
    }
    for (; i < stmts.n; i++)
        CHECK(visit_stmt(c, stmts.items[i]));
    return 0;
}

static int compile_class_body(compiler *c, gp_stmt *s) {
    c->u->private_ = s->v.ClassDef.name;
    CHECK(nameop(c, "__name__", GP_Load));
    CHECK(nameop(c, "__module__", GP_Store));
    CHECK(load_const(c, c->u->qualname));
    CHECK(nameop(c, "__qualname__", GP_Store));
    CHECK(compile_body(c, s->v.ClassDef.body));
    if (c->u->ste->needs_class_closure) {
        /* Hand the __class__ cell to type.__new__ through the namespace,
           and return it so __build_class__ can check it was used. */
        CHECK(addop_i(c, OP_LOAD_CLOSURE, 0));
        CHECK(addop(c, OP_DUP_TOP));
        CHECK(nameop(c, "__classcell__", GP_Store));
    } else {
        CHECK(load_const(c, GP_NONE));
    }
    return addop(c, OP_RETURN_VALUE);
}

static int compile_class(compiler *c, gp_stmt *s) {
    gp_expr_seq decos = s->v.ClassDef.decorator_list;
    CHECK(visit_exprs(c, decos));
    int firstlineno = decos.n ? decos.items[0]->lineno : s->lineno;
    CHECK(enter_scope(c, s->v.ClassDef.name, GP_UNIT_CLASS, s, firstlineno));
    if (compile_class_body(c, s) < 0) {
        exit_scope(c);
        return -1;
    }
    gp_obj *co = finish_unit(c, 1);
    if (!co) {
        exit_scope(c);
        return -1;
    }
    gp_strmap freevars = c->u->freevars;
    exit_scope(c);
    int r = addop(c, OP_LOAD_BUILD_CLASS);
    gp_obj *name = r < 0 ? NULL : name_obj(c, s->v.ClassDef.name);
    if (name)
        r = make_closure(c, co, &freevars, 0, name);
    else
        r = -1;
    gp_decref(co);
    if (r >= 0)
        r = load_const(c, name);
    gp_xdecref(name);
    CHECK(r);
    CHECK(call_helper(c, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords));
    for (int i = 0; i < decos.n; i++)
        CHECK(addop_i(c, OP_CALL_FUNCTION, 1));
    return nameop(c, s->v.ClassDef.name, GP_Store);
}

/* ------------------------------------------------------------ statements */

static int visit_stmts(compiler *c, gp_stmt_seq seq) {
    for (int i = 0; i < seq.n; i++)
        CHECK(visit_stmt(c, seq.items[i]));
    return 0;
}

static int compile_return(compiler *c, gp_stmt *s) {
    gp_expr *v = s->v.Return.value;
    int preserve_tos = v && v->kind != GP_EXPR_Constant;
    if (c->u->ste->type != GP_STE_FUNCTION)
        return error(c, "'return' outside function");
    if (preserve_tos)
        CHECK(visit_expr(c, v));
    /* As in CPython, the unwinding (and its errors) is placed at the
       value when it starts on the statement's line. */
    if (v && v->lineno == s->lineno)
        SET_LOC(c, v);
    CHECK(unwind_fblock_stack(c, preserve_tos, NULL));
    if (!v)
        CHECK(load_const(c, GP_NONE));
    else if (!preserve_tos)
        CHECK(load_const_steal(c, const_from_ast(c, &v->v.Constant.value)));
    CHECK(addop(c, OP_RETURN_VALUE));
    return next_block(c);
}

static int compile_break(compiler *c) {
    gp_fblock *loop = NULL;
    CHECK(unwind_fblock_stack(c, 0, &loop));
    if (!loop)
        return error(c, "'break' outside loop");
    CHECK(unwind_fblock(c, loop, 0));
    CHECK(addop_jump(c, OP_JUMP_ABSOLUTE, loop->exit));
    return next_block(c);
}

static int compile_continue(compiler *c) {
    gp_fblock *loop = NULL;
    CHECK(unwind_fblock_stack(c, 0, &loop));
    if (!loop)
        return error(c, "'continue' not properly in loop");
    CHECK(addop_jump(c, OP_JUMP_ABSOLUTE, loop->block));
    return next_block(c);
}

static int compile_if(compiler *c, gp_stmt *s) {
    gp_block *end = new_block(c);
    if (!end)
        return -1;
    gp_block *next = end;
    if (s->v.If.orelse.n) {
        next = new_block(c);
        if (!next)
            return -1;
    }
    CHECK(jump_if(c, s->v.If.test, next, 0));
    CHECK(visit_stmts(c, s->v.If.body));
    if (s->v.If.orelse.n) {
        CHECK(addop_jump(c, OP_JUMP_FORWARD, end));
        use_block(c, next);
        CHECK(visit_stmts(c, s->v.If.orelse));
    }
    use_block(c, end);
    return 0;
}

static int compile_for(compiler *c, gp_stmt *s) {
    if (s->kind == GP_STMT_AsyncFor)
        return error(c, "async is not supported yet");
    gp_block *start = new_block(c), *cleanup = new_block(c), *end = new_block(c);
    if (!start || !cleanup || !end)
        return -1;
    CHECK(push_fblock(c, GP_FB_FOR_LOOP, start, end, NULL));
    CHECK(visit_iterable(c, s->v.For.iter, 0));
    CHECK(addop(c, OP_GET_ITER));
    use_block(c, start);
    CHECK(addop_jump(c, OP_FOR_ITER, cleanup));
    CHECK(next_block(c));
    CHECK(visit_expr(c, s->v.For.target));
    CHECK(visit_stmts(c, s->v.For.body));
    CHECK(addop_jump(c, OP_JUMP_ABSOLUTE, start));
    use_block(c, cleanup);
    pop_fblock(c);
    CHECK(visit_stmts(c, s->v.For.orelse));
    use_block(c, end);
    return 0;
}

static int compile_while(compiler *c, gp_stmt *s) {
    gp_block *loop = new_block(c), *body = new_block(c), *anchor = new_block(c),
             *end = new_block(c);
    if (!loop || !body || !anchor || !end)
        return -1;
    use_block(c, loop);
    CHECK(push_fblock(c, GP_FB_WHILE_LOOP, loop, end, NULL));
    CHECK(jump_if(c, s->v.While.test, anchor, 0));
    use_block(c, body);
    CHECK(visit_stmts(c, s->v.While.body));
    SET_LOC(c, s);
    CHECK(jump_if(c, s->v.While.test, body, 1));
    pop_fblock(c);
    use_block(c, anchor);
    CHECK(visit_stmts(c, s->v.While.orelse));
    use_block(c, end);
    return 0;
}

static int compile_try_except(compiler *c, gp_stmt *s) {
    gp_block *body = new_block(c), *except = new_block(c), *orelse = new_block(c),
             *end = new_block(c);
    if (!body || !except || !orelse || !end)
        return -1;
    CHECK(addop_jump(c, OP_SETUP_FINALLY, except));
    use_block(c, body);
    CHECK(push_fblock(c, GP_FB_TRY_EXCEPT, body, NULL, NULL));
    CHECK(visit_stmts(c, s->v.Try.body));
    pop_fblock(c);
    CHECK(addop(c, OP_POP_BLOCK));
    CHECK(addop_jump(c, OP_JUMP_FORWARD, orelse));
    use_block(c, except);
    /* Here the stack holds [previous exception, exception]. */
    CHECK(push_fblock(c, GP_FB_EXCEPTION_HANDLER, NULL, NULL, NULL));
    int n = s->v.Try.handlers.n;
    for (int i = 0; i < n; i++) {
        gp_excepthandler *h = s->v.Try.handlers.items[i];
        SET_LOC(c, h);
        if (!h->type && i < n - 1)
            return error(c, "default 'except:' must be last");
        except = new_block(c);
        if (!except)
            return -1;
        if (h->type) {
            CHECK(addop(c, OP_DUP_TOP));
            CHECK(visit_expr(c, h->type));
            CHECK(addop_jump(c, OP_JUMP_IF_NOT_EXC_MATCH, except));
            CHECK(next_block(c));
        }
        if (h->name) {
            gp_block *cleanup_end = new_block(c), *cleanup_body = new_block(c);
            if (!cleanup_end || !cleanup_body)
                return -1;
            CHECK(nameop(c, h->name, GP_Store));
            /* The body runs as `try: body finally: name = None; del name`
               so that the exception does not stay referenced. */
            CHECK(addop_jump(c, OP_SETUP_FINALLY, cleanup_end));
            use_block(c, cleanup_body);
            CHECK(push_fblock(c, GP_FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name));
            CHECK(visit_stmts(c, h->body));
            pop_fblock(c);
            CHECK(addop(c, OP_POP_BLOCK));
            CHECK(addop(c, OP_POP_EXCEPT));
            CHECK(load_const(c, GP_NONE));
            CHECK(nameop(c, h->name, GP_Store));
            CHECK(nameop(c, h->name, GP_Del));
            CHECK(addop_jump(c, OP_JUMP_FORWARD, end));
            use_block(c, cleanup_end);
            CHECK(load_const(c, GP_NONE));
            CHECK(nameop(c, h->name, GP_Store));
            CHECK(nameop(c, h->name, GP_Del));
            CHECK(addop_i(c, OP_RERAISE, 1));
        } else {
            gp_block *cleanup_body = new_block(c);
            if (!cleanup_body)
                return -1;
            CHECK(addop(c, OP_POP_TOP));
            use_block(c, cleanup_body);
            CHECK(push_fblock(c, GP_FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL));
            CHECK(visit_stmts(c, h->body));
            pop_fblock(c);
            CHECK(addop(c, OP_POP_EXCEPT));
            CHECK(addop_jump(c, OP_JUMP_FORWARD, end));
        }
        use_block(c, except);
    }
    pop_fblock(c);
    /* No handler matched. */
    CHECK(addop_i(c, OP_RERAISE, 0));
    use_block(c, orelse);
    CHECK(visit_stmts(c, s->v.Try.orelse));
    use_block(c, end);
    return 0;
}

/* try ... except* (PEP 654), in the shape of CPython 3.11's code.  Under
   the handler's [previous exception, exception] the stack holds
   [orig, raised, exc]: the original exception, the list of what the clauses
   raised, and what is left to match.  Each clause splits off its part
   (CHECK_EG_MATCH) and leaves the rest for the next; at the end
   PREP_RERAISE_STAR combines what is unhandled with what was raised. */
static int compile_try_star_except(compiler *c, gp_stmt *s) {
    gp_block *body = new_block(c), *except = new_block(c), *orelse = new_block(c),
             *end = new_block(c), *reraise = new_block(c);
    if (!body || !except || !orelse || !end || !reraise)
        return -1;
    CHECK(addop_jump(c, OP_SETUP_FINALLY, except));
    use_block(c, body);
    CHECK(push_fblock(c, GP_FB_TRY_EXCEPT, body, NULL, NULL));
    CHECK(visit_stmts(c, s->v.TryStar.body));
    pop_fblock(c);
    CHECK(addop(c, OP_POP_BLOCK));
    CHECK(addop_jump(c, OP_JUMP_FORWARD, orelse));
    use_block(c, except);
    CHECK(push_fblock(c, GP_FB_EXCEPTION_GROUP_HANDLER, NULL, NULL, NULL));
    int n = s->v.TryStar.handlers.n;
    for (int i = 0; i < n; i++) {
        gp_excepthandler *h = s->v.TryStar.handlers.items[i];
        const char *name = h->name;
        SET_LOC(c, h);
        gp_block *next_exc = new_block(c), *no_match = new_block(c), *cleanup_end = new_block(c),
                 *cleanup_body = new_block(c);
        if (!next_exc || !no_match || !cleanup_end || !cleanup_body)
            return -1;
        if (i == 0) {
            /* [exc] -> [orig, [], exc] */
            CHECK(addop(c, OP_DUP_TOP));
            CHECK(addop_i(c, OP_BUILD_LIST, 0));
            CHECK(addop(c, OP_ROT_TWO));
        }
        CHECK(visit_expr(c, h->type));
        CHECK(addop(c, OP_CHECK_EG_MATCH));
        CHECK(addop(c, OP_DUP_TOP));
        CHECK(load_const(c, GP_NONE));
        CHECK(addop_i(c, OP_IS_OP, 0));
        CHECK(addop_jump(c, OP_POP_JUMP_IF_TRUE, no_match));
        CHECK(next_block(c));
        if (name)
            CHECK(nameop(c, name, GP_Store));
        else
            CHECK(addop(c, OP_POP_TOP));
        CHECK(addop_jump(c, OP_SETUP_FINALLY, cleanup_end));
        use_block(c, cleanup_body);
        CHECK(visit_stmts(c, h->body));
        CHECK(addop(c, OP_POP_BLOCK));
        if (name) {
            CHECK(load_const(c, GP_NONE));
            CHECK(nameop(c, name, GP_Store));
            CHECK(nameop(c, name, GP_Del));
        }
        CHECK(addop_jump(c, OP_JUMP_FORWARD, next_exc));
        /* The clause raised: [..., rest, match, raised exception]. */
        use_block(c, cleanup_end);
        if (name) {
            CHECK(load_const(c, GP_NONE));
            CHECK(nameop(c, name, GP_Store));
            CHECK(nameop(c, name, GP_Del));
        }
        CHECK(addop_i(c, OP_LIST_APPEND, 3));
        CHECK(addop(c, OP_POP_EXCEPT));
        CHECK(addop_jump(c, OP_JUMP_FORWARD, next_exc));
        use_block(c, no_match);
        CHECK(addop(c, OP_POP_TOP));
        use_block(c, next_exc);
    }
    pop_fblock(c);
    /* The unhandled rest joins the list: [orig, raised]. */
    CHECK(addop_i(c, OP_LIST_APPEND, 1));
    CHECK(addop(c, OP_PREP_RERAISE_STAR));
    CHECK(addop(c, OP_DUP_TOP));
    CHECK(load_const(c, GP_NONE));
    CHECK(addop_i(c, OP_IS_OP, 0));
    CHECK(addop_jump(c, OP_POP_JUMP_IF_FALSE, reraise));
    CHECK(next_block(c));
    CHECK(addop(c, OP_POP_TOP));
    CHECK(addop(c, OP_POP_EXCEPT));
    CHECK(addop_jump(c, OP_JUMP_FORWARD, end));
    use_block(c, reraise);
    CHECK(addop_i(c, OP_RERAISE, 0));
    use_block(c, orelse);
    CHECK(visit_stmts(c, s->v.TryStar.orelse));
    use_block(c, end);
    return 0;
}

static int compile_try_finally(compiler *c, gp_stmt *s) {
    gp_block *body = new_block(c), *end = new_block(c), *exit = new_block(c);
    if (!body || !end || !exit)
        return -1;
    CHECK(addop_jump(c, OP_SETUP_FINALLY, end));
    use_block(c, body);
    CHECK(push_fblock(c, GP_FB_FINALLY_TRY, body, end, &s->v.Try.finalbody));
    if (s->v.Try.handlers.n && s->kind == GP_STMT_TryStar)
        CHECK(compile_try_star_except(c, s));
    else if (s->v.Try.handlers.n)
        CHECK(compile_try_except(c, s));
    else
        CHECK(visit_stmts(c, s->v.Try.body));
    CHECK(addop(c, OP_POP_BLOCK));
    pop_fblock(c);
    CHECK(visit_stmts(c, s->v.Try.finalbody));
    CHECK(addop_jump(c, OP_JUMP_FORWARD, exit));
    /* The exceptional path: [previous exception, exception] on the stack. */
    use_block(c, end);
    CHECK(push_fblock(c, GP_FB_FINALLY_END, end, NULL, NULL));
    CHECK(visit_stmts(c, s->v.Try.finalbody));
    pop_fblock(c);
    CHECK(addop_i(c, OP_RERAISE, 0));
    use_block(c, exit);
    return 0;
}

static int compile_with(compiler *c, gp_stmt *s, int pos) {
    if (s->kind == GP_STMT_AsyncWith)
        return error(c, "async is not supported yet");
    gp_withitem *item = s->v.With.items.items[pos];
    gp_block *block = new_block(c), *final = new_block(c), *exit = new_block(c);
    if (!block || !final || !exit)
        return -1;
    CHECK(visit_expr(c, item->context_expr));
    CHECK(addop_jump(c, OP_SETUP_WITH, final));
    use_block(c, block);
    CHECK(push_fblock(c, GP_FB_WITH, block, final, s));
    if (item->optional_vars)
        CHECK(visit_expr(c, item->optional_vars));
    else
        CHECK(addop(c, OP_POP_TOP));
    if (pos + 1 == s->v.With.items.n)
        CHECK(visit_stmts(c, s->v.With.body));
    else
        CHECK(compile_with(c, s, pos + 1));
    CHECK(addop(c, OP_POP_BLOCK));
    pop_fblock(c);
    SET_LOC(c, s);
    CHECK(call_exit_with_nones(c));
    CHECK(addop(c, OP_POP_TOP));
    CHECK(addop_jump(c, OP_JUMP_FORWARD, exit));
    /* The exceptional path: [exit, previous exception, exception]. */
    use_block(c, final);
    CHECK(addop(c, OP_WITH_EXCEPT_START));
    gp_block *suppress = new_block(c);
    if (!suppress)
        return -1;
    CHECK(addop_jump(c, OP_POP_JUMP_IF_TRUE, suppress));
    CHECK(next_block(c));
    CHECK(addop_i(c, OP_RERAISE, 1));
    use_block(c, suppress);
    CHECK(addop(c, OP_POP_TOP));
    CHECK(addop(c, OP_POP_EXCEPT));
    CHECK(addop(c, OP_POP_TOP));
    use_block(c, exit);
    return 0;
}

static int compile_augassign(compiler *c, gp_stmt *s) {
    gp_expr *e = s->v.AugAssign.target;
    gp_loc saved = c->u->loc;
    SET_LOC(c, e);
    switch (e->kind) {
    case GP_EXPR_Attribute:
        CHECK(visit_expr(c, e->v.Attribute.value));
        CHECK(addop(c, OP_DUP_TOP));
        c->u->loc.lineno = e->end_lineno;
        CHECK(addop_name(c, OP_LOAD_ATTR, e->v.Attribute.attr));
        break;
    case GP_EXPR_Subscript:
        CHECK(visit_expr(c, e->v.Subscript.value));
        CHECK(visit_expr(c, e->v.Subscript.slice));
        CHECK(addop(c, OP_DUP_TOP_TWO));
        CHECK(addop(c, OP_BINARY_SUBSCR));
        break;
    case GP_EXPR_Name:
        CHECK(nameop(c, e->v.Name.id, GP_Load));
        break;
    default:
        return error(c, "illegal expression for augmented assignment");
    }
    c->u->loc = saved;
    CHECK(visit_expr(c, s->v.AugAssign.value));
    CHECK(addop(c, binop(s->v.AugAssign.op, 1)));
    SET_LOC(c, e);
    switch (e->kind) {
    case GP_EXPR_Attribute:
        c->u->loc.lineno = e->end_lineno;
        CHECK(addop(c, OP_ROT_TWO));
        CHECK(addop_name(c, OP_STORE_ATTR, e->v.Attribute.attr));
        break;
    case GP_EXPR_Subscript:
        CHECK(addop(c, OP_ROT_THREE));
        CHECK(addop(c, OP_STORE_SUBSCR));
        break;
    default:
        CHECK(nameop(c, e->v.Name.id, GP_Store));
        break;
    }
    c->u->loc = saved;
    return 0;
}

/* Evaluate an annotation target's parts (or an annotation) for effect. */
static int check_ann_expr(compiler *c, gp_expr *e) {
    CHECK(visit_expr(c, e));
    return addop(c, OP_POP_TOP);
}

static int compile_annassign(compiler *c, gp_stmt *s) {
    gp_expr *target = s->v.AnnAssign.target;
    int module_or_class = c->u->kind == GP_UNIT_MODULE || c->u->kind == GP_UNIT_CLASS;
    if (s->v.AnnAssign.value) {
        CHECK(visit_expr(c, s->v.AnnAssign.value));
        CHECK(visit_expr(c, target));
    }
    switch (target->kind) {
    case GP_EXPR_Name:
        CHECK(forbidden_name(c, target->v.Name.id, GP_Store));
        if (s->v.AnnAssign.simple && module_or_class) {
            CHECK(visit_annexpr(c, s->v.AnnAssign.annotation));
            CHECK(addop_name_raw(c, OP_LOAD_NAME, "__annotations__"));
            const char *m = mangle(c, target->v.Name.id);
            if (!m)
                return -1;
            CHECK(load_const_steal(c, name_obj(c, m)));
            CHECK(addop(c, OP_STORE_SUBSCR));
        }
        break;
    case GP_EXPR_Attribute:
        CHECK(forbidden_name(c, target->v.Attribute.attr, GP_Store));
        if (!s->v.AnnAssign.value)
            CHECK(check_ann_expr(c, target->v.Attribute.value));
        break;
    case GP_EXPR_Subscript:
        if (!s->v.AnnAssign.value) {
            CHECK(check_ann_expr(c, target->v.Subscript.value));
            CHECK(check_ann_expr(c, target->v.Subscript.slice));
        }
        break;
    default:
        return error(c, "invalid node type for annotated assignment");
    }
    if (!s->v.AnnAssign.simple && module_or_class && !c->future_annotations)
        CHECK(check_ann_expr(c, s->v.AnnAssign.annotation));
    return 0;
}

static int compile_assert(compiler *c, gp_stmt *s) {
    gp_block *end = new_block(c);
    if (!end)
        return -1;
    CHECK(jump_if(c, s->v.Assert.test, end, 1));
    CHECK(addop(c, OP_LOAD_ASSERTION_ERROR));
    if (s->v.Assert.msg) {
        CHECK(visit_expr(c, s->v.Assert.msg));
        CHECK(addop_i(c, OP_CALL_FUNCTION, 1));
    }
    CHECK(addop_i(c, OP_RAISE_VARARGS, 1));
    use_block(c, end);
    return 0;
}

static char *substr(compiler *c, const char *s, size_t n) {
    char *r = gp_arena_alloc(c->arena, n + 1);
    if (!r) {
        nomem(c);
        return NULL;
    }
    memcpy(r, s, n);
    return r;
}

static int compile_import(compiler *c, gp_stmt *s) {
    for (int i = 0; i < s->v.Import.names.n; i++) {
        gp_alias *a = s->v.Import.names.items[i];
        CHECK(load_const_steal(c, gp_int_from_ssize(c->t, 0)));
        CHECK(load_const(c, GP_NONE));
        CHECK(addop_name(c, OP_IMPORT_NAME, a->name));
        const char *dot = strchr(a->name, '.');
        if (a->asname) {
            if (dot) {
                /* import a.b.c as d: d is the submodule, reached through
                   the attributes of the top-level package. */
                const char *pos = dot + 1;
                for (;;) {
                    const char *next = strchr(pos, '.');
                    size_t n = next ? (size_t)(next - pos) : strlen(pos);
                    char *attr = substr(c, pos, n);
                    if (!attr)
                        return -1;
                    CHECK(addop_name_raw(c, OP_IMPORT_FROM, attr));
                    if (!next)
                        break;
                    CHECK(addop(c, OP_ROT_TWO));
                    CHECK(addop(c, OP_POP_TOP));
                    pos = next + 1;
                }
                CHECK(nameop(c, a->asname, GP_Store));
                CHECK(addop(c, OP_POP_TOP));
            } else {
                CHECK(nameop(c, a->asname, GP_Store));
            }
        } else {
            const char *store = a->name;
            if (dot) {
                store = substr(c, a->name, (size_t)(dot - a->name));
                if (!store)
                    return -1;
            }
            CHECK(nameop(c, store, GP_Store));
        }
    }
    return 0;
}

static int compile_from_import(compiler *c, gp_stmt *s) {
    int n = s->v.ImportFrom.names.n;
    if (s->v.ImportFrom.module && strcmp(s->v.ImportFrom.module, "__future__") == 0 &&
        s->v.ImportFrom.level == 0) {
        if (s->lineno > c->future_lineno)
            return error(c, "from __future__ imports must occur at the beginning of the file");
        /* Future statements act at compile time only. */
        return 0;
    }
    CHECK(load_const_steal(c, gp_int_from_ssize(c->t, s->v.ImportFrom.level)));
    gp_obj *names = gp_tuple_new(c->t, n);
    if (!names)
        return -1;
    for (int i = 0; i < n; i++) {
        gp_obj *nm = name_obj(c, s->v.ImportFrom.names.items[i]->name);
        gp_tuple_items(names)[i] = nm ? nm : GP_NONE;
        if (!nm) {
            for (int j = i + 1; j < n; j++)
                gp_tuple_items(names)[j] = GP_NONE;
            gp_decref(names);
            return -1;
        }
    }
    CHECK(load_const_steal(c, names));
    CHECK(addop_name(c, OP_IMPORT_NAME, s->v.ImportFrom.module ? s->v.ImportFrom.module : ""));
    for (int i = 0; i < n; i++) {
        gp_alias *a = s->v.ImportFrom.names.items[i];
        if (i == 0 && a->name[0] == '*')
            return addop(c, OP_IMPORT_STAR);
        CHECK(addop_name(c, OP_IMPORT_FROM, a->name));
        CHECK(nameop(c, a->asname ? a->asname : a->name, GP_Store));
    }
    return addop(c, OP_POP_TOP);
}

/* ------------------------------------------------------ pattern matching */

/* The state of compiling one case's pattern (PEP 634), in the scheme of
   CPython 3.10.  Captured values wait on the stack until the whole pattern
   has matched, then they are stored in order: stores[0] lies right under
   the `on_top` values (subjects of the enclosing patterns still in use) and
   each later capture is rotated under the earlier ones.  A failed test
   jumps to fail_pop[k], which pops the k values above the case's subject
   and falls through to fail_pop[0]: the next case. */
typedef struct {
    const char **stores;
    int nstores, capstores;
    int allow_irrefutable;
    gp_block **fail_pop;
    int nfail_pop, capfail_pop;
    int on_top;
} pattern_ctx;

static int compile_pattern(compiler *c, gp_pattern *p, pattern_ctx *pc);

static int pattern_error(compiler *c, gp_pattern *p, const char *fmt, const char *arg) {
    return gp_compile_error(&c->si, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset,
                            fmt, arg);
}

/* An error at the pattern compiled last, which is where CPython reports
   a repeated name. */
static int last_pattern_error(compiler *c, const char *fmt, const char *arg) {
    gp_loc *l = &c->u->loc;
    return gp_compile_error(&c->si, l->lineno, l->col, l->end_lineno, l->end_col, fmt, arg);
}

static int is_wildcard(gp_pattern *p) {
    return p->kind == GP_PAT_MatchAs && !p->v.MatchAs.pattern && !p->v.MatchAs.name;
}

static int ensure_fail_pop(compiler *c, pattern_ctx *pc, int n) {
    while (pc->nfail_pop <= n) {
        gp_block **a = gp_strmap_grow(c->arena, pc->fail_pop, pc->nfail_pop, &pc->capfail_pop,
                                      sizeof(*a));
        if (!a)
            return nomem(c);
        pc->fail_pop = a;
        if (!(a[pc->nfail_pop] = new_block(c)))
            return -1;
        pc->nfail_pop++;
    }
    return 0;
}

/* Jump with `op` to where everything above the case's subject is popped. */
static int jump_to_fail_pop(compiler *c, pattern_ctx *pc, int op) {
    int pops = pc->on_top + pc->nstores;
    CHECK(ensure_fail_pop(c, pc, pops));
    CHECK(addop_jump(c, op, pc->fail_pop[pops]));
    return next_block(c);
}

/* Lay out the chain of POP_TOPs that the failure jumps land in. */
static int emit_and_reset_fail_pop(compiler *c, pattern_ctx *pc) {
    if (!pc->nfail_pop)
        return next_block(c);
    for (int k = pc->nfail_pop - 1; k > 0; k--) {
        use_block(c, pc->fail_pop[k]);
        CHECK(addop(c, OP_POP_TOP));
    }
    use_block(c, pc->fail_pop[0]);
    pc->fail_pop = NULL;
    pc->nfail_pop = pc->capfail_pop = 0;
    return 0;
}

static int add_store(compiler *c, pattern_ctx *pc, const char *name) {
    const char **a =
        gp_strmap_grow(c->arena, pc->stores, pc->nstores, &pc->capstores, sizeof(*a));
    if (!a)
        return nomem(c);
    pc->stores = a;
    a[pc->nstores++] = name;
    return 0;
}

static int store_index(pattern_ctx *pc, const char *name) {
    for (int i = 0; i < pc->nstores; i++)
        if (strcmp(pc->stores[i], name) == 0)
            return i;
    return -1;
}

/* Keep the value on top for storing `name` once the pattern matched (pop
   it when there is no name). */
static int store_capture(compiler *c, const char *name, pattern_ctx *pc) {
    if (!name)
        return addop(c, OP_POP_TOP);
    if (strcmp(name, "__debug__") == 0)
        return last_pattern_error(c, "cannot assign to %s", name);
    if (store_index(pc, name) >= 0)
        return last_pattern_error(c, "multiple assignments to name '%s' in pattern", name);
    int depth = pc->on_top + pc->nstores + 1;
    if (depth > 1)
        CHECK(addop_i(c, OP_ROT_N, depth));
    return add_store(c, pc, name);
}

/* A sub-pattern may be irrefutable even where its case may not. */
static int compile_subpattern(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    int saved = pc->allow_irrefutable;
    pc->allow_irrefutable = 1;
    int r = compile_pattern(c, p, pc);
    pc->allow_irrefutable = saved;
    return r;
}

static int pattern_value_check(compiler *c, gp_expr *e) {
    if (e->kind == GP_EXPR_JoinedStr)
        return gp_compile_error(&c->si, e->lineno, e->col_offset, e->end_lineno,
                                e->end_col_offset,
                                "patterns may only match literals and attribute lookups");
    return 0;
}

static int compile_pattern_as(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->v.MatchAs.name)
                return pattern_error(c, p, "name capture '%s' makes remaining patterns unreachable",
                                     p->v.MatchAs.name);
            return pattern_error(c, p, "wildcard makes remaining patterns unreachable", NULL);
        }
        return store_capture(c, p->v.MatchAs.name, pc);
    }
    /* A copy of the subject waits for the name while the sub-pattern
       consumes the other. */
    pc->on_top++;
    CHECK(addop(c, OP_DUP_TOP));
    CHECK(compile_pattern(c, p->v.MatchAs.pattern, pc));
    pc->on_top--;
    return store_capture(c, p->v.MatchAs.name, pc);
}

/* Unpack the subject (known to be a sequence of the right length) and match
   each item. */
static int sequence_unpack(compiler *c, gp_pattern_seq pats, int star, pattern_ctx *pc) {
    int n = pats.n;
    if (star < 0)
        CHECK(addop_i(c, OP_UNPACK_SEQUENCE, n));
    else
        CHECK(addop_i(c, OP_UNPACK_EX, star | ((n - star - 1) << 8)));
    pc->on_top += n;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        CHECK(compile_subpattern(c, pats.items[i], pc));
    }
    return 0;
}

/* With a `*_` the items are read by index instead, so that the middle is
   never copied. */
static int sequence_subscr(compiler *c, gp_pattern_seq pats, int star, pattern_ctx *pc) {
    int n = pats.n;
    pc->on_top++;
    for (int i = 0; i < n; i++) {
        gp_pattern *sub = pats.items[i];
        if (i == star || is_wildcard(sub))
            continue;
        CHECK(addop(c, OP_DUP_TOP));
        if (i < star) {
            CHECK(load_const_steal(c, gp_int_from_ssize(c->t, i)));
        } else {
            CHECK(addop(c, OP_GET_LEN));
            CHECK(load_const_steal(c, gp_int_from_ssize(c->t, n - i)));
            CHECK(addop(c, OP_BINARY_SUBTRACT));
        }
        CHECK(addop(c, OP_BINARY_SUBSCR));
        CHECK(compile_subpattern(c, sub, pc));
    }
    pc->on_top--;
    return addop(c, OP_POP_TOP);
}

static int compile_pattern_sequence(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    gp_pattern_seq pats = p->v.MatchSequence.patterns;
    int n = pats.n, star = -1, only_wildcard = 1, star_wildcard = 0;
    for (int i = 0; i < n; i++) {
        gp_pattern *sub = pats.items[i];
        if (sub->kind == GP_PAT_MatchStar) {
            if (star >= 0)
                return pattern_error(c, p, "multiple starred names in sequence pattern", NULL);
            star = i;
            star_wildcard = !sub->v.MatchStar.name;
            only_wildcard &= star_wildcard;
            continue;
        }
        only_wildcard &= is_wildcard(sub);
    }
    /* The subject stays on top for the type and length checks. */
    pc->on_top++;
    CHECK(addop(c, OP_MATCH_SEQUENCE));
    CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (star < 0 || n > 1) {
        CHECK(addop(c, OP_GET_LEN));
        CHECK(load_const_steal(c, gp_int_from_ssize(c->t, star < 0 ? n : n - 1)));
        CHECK(addop_i(c, OP_COMPARE_OP, star < 0 ? GP_EQ : GP_GE));
        CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard)
        return addop(c, OP_POP_TOP);
    if (star_wildcard)
        return sequence_subscr(c, pats, star, pc);
    return sequence_unpack(c, pats, star, pc);
}

/* Constant keys of a mapping pattern may not repeat (1, 1.0 and True are
   one key). */
static int check_mapping_keys(compiler *c, gp_pattern *p) {
    gp_expr_seq keys = p->v.MatchMapping.keys;
    gp_obj **seen = gp_arena_alloc(c->arena, sizeof(gp_obj *) * (size_t)(keys.n + 1));
    if (!seen)
        return nomem(c);
    int nseen = 0, r = 0;
    for (int i = 0; i < keys.n && r == 0; i++) {
        gp_expr *k = keys.items[i];
        if (k->kind == GP_EXPR_Attribute)
            continue;
        gp_obj *v = NULL;
        int folded = k->kind == GP_EXPR_JoinedStr ? 0 : is_const_expr(c, k, &v);
        if (folded < 0) {
            r = -1;
            break;
        }
        if (!folded) {
            r = pattern_error(c, p, "%s", "mapping pattern keys may only match literals and "
                                          "attribute lookups");
            break;
        }
        for (int j = 0; j < nseen && r == 0; j++) {
            int eq = gp_obj_eq(c->t, seen[j], v);
            if (eq < 0) {
                r = -1;
            } else if (eq) {
                gp_obj *rep = gp_obj_repr(c->t, v);
                r = rep ? pattern_error(c, p, "mapping pattern checks duplicate key (%s)",
                                        gp_str_utf8(rep))
                        : -1;
                if (rep)
                    gp_decref(rep);
            }
        }
        seen[nseen++] = v;
    }
    for (int j = 0; j < nseen; j++)
        gp_decref(seen[j]);
    return r;
}

static int compile_pattern_mapping(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    gp_expr_seq keys = p->v.MatchMapping.keys;
    gp_pattern_seq pats = p->v.MatchMapping.patterns;
    const char *rest = p->v.MatchMapping.rest;
    int n = keys.n;
    CHECK(check_mapping_keys(c, p));
    /* The subject stays on top for the type and length checks. */
    pc->on_top++;
    CHECK(addop(c, OP_MATCH_MAPPING));
    CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (!n && !rest) {
        pc->on_top--;
        return addop(c, OP_POP_TOP);
    }
    if (n) {
        CHECK(addop(c, OP_GET_LEN));
        CHECK(load_const_steal(c, gp_int_from_ssize(c->t, n)));
        CHECK(addop_i(c, OP_COMPARE_OP, GP_GE));
        CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    for (int i = 0; i < n; i++)
        CHECK(visit_expr(c, keys.items[i]));
    CHECK(addop_i(c, OP_BUILD_TUPLE, n));
    /* [subject, keys, values or None]: all three go on failure. */
    CHECK(addop(c, OP_MATCH_KEYS));
    pc->on_top += 2;
    CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    CHECK(addop_i(c, OP_UNPACK_SEQUENCE, n));
    pc->on_top += n - 1;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        CHECK(compile_subpattern(c, pats.items[i], pc));
    }
    /* Left: [subject, keys]. */
    if (rest) {
        CHECK(addop(c, OP_COPY_DICT_WITHOUT_KEYS));
        pc->on_top--;
        CHECK(store_capture(c, rest, pc));
    } else {
        CHECK(addop(c, OP_POP_TOP));
        pc->on_top--;
    }
    pc->on_top--;
    return addop(c, OP_POP_TOP);
}

static int compile_pattern_class(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    gp_pattern_seq args = p->v.MatchClass.patterns;
    gp_ident_seq attrs = p->v.MatchClass.kwd_attrs;
    gp_pattern_seq kwpats = p->v.MatchClass.kwd_patterns;
    for (int i = 0; i < attrs.n; i++) {
        if (strcmp(attrs.items[i], "__debug__") == 0)
            return pattern_error(c, kwpats.items[i], "cannot assign to %s", attrs.items[i]);
        for (int j = i + 1; j < attrs.n; j++)
            if (strcmp(attrs.items[i], attrs.items[j]) == 0)
                return pattern_error(c, kwpats.items[j],
                                     "attribute name repeated in class pattern: %s",
                                     attrs.items[j]);
    }
    CHECK(visit_expr(c, p->v.MatchClass.cls));
    gp_obj *names = gp_tuple_new(c->t, attrs.n);
    if (!names)
        return -1;
    for (int i = 0; i < attrs.n; i++) {
        gp_obj *s = gp_compile_intern(c->t, attrs.items[i]);
        if (!s) {
            for (int j = i; j < attrs.n; j++)
                gp_tuple_items(names)[j] = GP_NONE;
            gp_decref(names);
            return -1;
        }
        gp_tuple_items(names)[i] = s;
    }
    CHECK(load_const_steal(c, names));
    CHECK(addop_i(c, OP_MATCH_CLASS, args.n));
    /* The tuple of attributes (or the subject) stays until every
       sub-pattern is done. */
    pc->on_top++;
    CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    for (int i = 0; i < args.n + attrs.n; i++) {
        gp_pattern *sub = i < args.n ? args.items[i] : kwpats.items[i - args.n];
        if (is_wildcard(sub))
            continue;
        CHECK(addop(c, OP_DUP_TOP));
        CHECK(load_const_steal(c, gp_int_from_ssize(c->t, i)));
        CHECK(addop(c, OP_BINARY_SUBSCR));
        CHECK(compile_subpattern(c, sub, pc));
    }
    pc->on_top--;
    return addop(c, OP_POP_TOP);
}

/* Bring the top `n` captures from the order `have` (top first) to the
   order `want`: each wanted name in turn is raised to the top and sunk
   under the whole group, so the first one ends on top. */
static int reorder_captures(compiler *c, const char **have, const char **want, int n) {
    for (int k = 0; k < n; k++) {
        /* have[0 .. n-k-1] are the names not yet placed, top first. */
        int d = 0;
        while (strcmp(have[d], want[k]) != 0)
            d++;
        for (int r = 0; r < d; r++)
            CHECK(addop_i(c, OP_ROT_N, d + 1));
        const char *name = have[d];
        memmove(have + 1, have, sizeof(*have) * (size_t)d);
        have[0] = name;
        CHECK(addop_i(c, OP_ROT_N, n));
        memmove(have, have + 1, sizeof(*have) * (size_t)(n - 1));
        have[n - 1] = name;
    }
    return 0;
}

static int compile_pattern_or(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    gp_pattern_seq alts = p->v.MatchOr.patterns;
    gp_block *end = new_block(c);
    if (!end)
        return -1;
    pattern_ctx outer = *pc;
    const char **control = NULL;
    int ncontrol = 0;
    for (int i = 0; i < alts.n; i++) {
        gp_pattern *alt = alts.items[i];
        SET_LOC(c, alt);
        /* Each alternative starts afresh on its own copy of the subject;
           only the last may be irrefutable, and only if the whole may. */
        *pc = (pattern_ctx){0};
        pc->allow_irrefutable = i == alts.n - 1 && outer.allow_irrefutable;
        CHECK(addop(c, OP_DUP_TOP));
        CHECK(compile_pattern(c, alt, pc));
        if (i == 0) {
            control = pc->stores;
            ncontrol = pc->nstores;
        } else {
            int same = pc->nstores == ncontrol;
            for (int k = 0; k < ncontrol && same; k++)
                same = store_index(pc, control[k]) >= 0;
            if (!same)
                return error(c, "alternative patterns bind different names");
            /* stores[0] is the capture on top of the stack. */
            const char **have = gp_arena_alloc(c->arena, sizeof(*have) * (size_t)(ncontrol + 1));
            const char **want = gp_arena_alloc(c->arena, sizeof(*want) * (size_t)(ncontrol + 1));
            if (!have || !want)
                return nomem(c);
            int differ = 0;
            for (int k = 0; k < ncontrol; k++) {
                have[k] = pc->stores[k];
                want[k] = control[k];
                differ |= strcmp(have[k], want[k]) != 0;
            }
            if (differ)
                CHECK(reorder_captures(c, have, want, ncontrol));
        }
        CHECK(addop_jump(c, OP_JUMP_FORWARD, end));
        CHECK(next_block(c));
        CHECK(emit_and_reset_fail_pop(c, pc));
    }
    *pc = outer;
    /* No alternative matched: drop the subject and fail. */
    SET_LOC(c, p);
    CHECK(addop(c, OP_POP_TOP));
    CHECK(jump_to_fail_pop(c, pc, OP_JUMP_FORWARD));
    use_block(c, end);
    /* [earlier captures, on_top values, subject, new captures]: move the
       new ones under everything, the last stored deepest. */
    int depth = ncontrol + 1 + pc->on_top + pc->nstores;
    for (int k = 0; k < ncontrol; k++) {
        CHECK(addop_i(c, OP_ROT_N, depth));
        if (store_index(pc, control[k]) >= 0)
            return last_pattern_error(c, "multiple assignments to name '%s' in pattern",
                                      control[k]);
        CHECK(add_store(c, pc, control[k]));
    }
    return addop(c, OP_POP_TOP);
}

static int compile_pattern_inner(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    switch (p->kind) {
    case GP_PAT_MatchValue:
        CHECK(pattern_value_check(c, p->v.MatchValue.value));
        CHECK(visit_expr(c, p->v.MatchValue.value));
        CHECK(addop_i(c, OP_COMPARE_OP, GP_EQ));
        return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    case GP_PAT_MatchSingleton:
        CHECK(load_const_steal(c, const_from_ast(c, &p->v.MatchSingleton.value)));
        CHECK(addop_i(c, OP_IS_OP, 0));
        return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    case GP_PAT_MatchSequence:
        return compile_pattern_sequence(c, p, pc);
    case GP_PAT_MatchMapping:
        return compile_pattern_mapping(c, p, pc);
    case GP_PAT_MatchClass:
        return compile_pattern_class(c, p, pc);
    case GP_PAT_MatchStar:
        return store_capture(c, p->v.MatchStar.name, pc);
    case GP_PAT_MatchAs:
        return compile_pattern_as(c, p, pc);
    case GP_PAT_MatchOr:
        return compile_pattern_or(c, p, pc);
    }
    return 0;
}

/* Match the subject on top of the stack against p, consuming it. */
static int compile_pattern(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    if (gp_compile_enter_nested(c->t) < 0)
        return -1;
    SET_LOC(c, p);
    int r = compile_pattern_inner(c, p, pc);
    gp_compile_leave_nested(c->t);
    return r;
}

static int compile_match(compiler *c, gp_stmt *s) {
    gp_match_case_seq cases = s->v.Match.cases;
    gp_block *end = new_block(c);
    if (!end)
        return -1;
    CHECK(visit_expr(c, s->v.Match.subject));
    /* A last `case _:` needs no copy of the subject and no test. */
    int n = cases.n;
    int has_default = n > 1 && is_wildcard(cases.items[n - 1]->pattern);
    for (int i = 0; i < n - has_default; i++) {
        gp_match_case *m = cases.items[i];
        int last = i == n - has_default - 1;
        SET_LOC(c, m->pattern);
        if (!last)
            CHECK(addop(c, OP_DUP_TOP));
        pattern_ctx pc = {0};
        pc.allow_irrefutable = m->guard != NULL || i == n - 1;
        CHECK(compile_pattern(c, m->pattern, &pc));
        for (int k = 0; k < pc.nstores; k++)
            CHECK(nameop(c, pc.stores[k], GP_Store));
        if (m->guard) {
            CHECK(ensure_fail_pop(c, &pc, 0));
            CHECK(jump_if(c, m->guard, pc.fail_pop[0], 0));
        }
        if (!last)
            CHECK(addop(c, OP_POP_TOP));
        CHECK(visit_stmts(c, m->body));
        CHECK(addop_jump(c, OP_JUMP_FORWARD, end));
        SET_LOC(c, m->pattern);
        CHECK(emit_and_reset_fail_pop(c, &pc));
    }
    if (has_default) {
        gp_match_case *m = cases.items[n - 1];
        SET_LOC(c, m->pattern);
        CHECK(addop(c, OP_NOP));
        if (m->guard)
            CHECK(jump_if(c, m->guard, end, 0));
        CHECK(visit_stmts(c, m->body));
    }
    use_block(c, end);
    return 0;
}

static int visit_stmt_inner(compiler *c, gp_stmt *s) {
    switch (s->kind) {
    case GP_STMT_FunctionDef:
    case GP_STMT_AsyncFunctionDef:
        return compile_function(c, s);
    case GP_STMT_ClassDef:
        return compile_class(c, s);
    case GP_STMT_Return:
        return compile_return(c, s);
    case GP_STMT_Delete:
        return visit_exprs(c, s->v.Delete.targets);
    case GP_STMT_Assign: {
        int n = s->v.Assign.targets.n;
        CHECK(visit_expr(c, s->v.Assign.value));
        for (int i = 0; i < n; i++) {
            if (i < n - 1)
                CHECK(addop(c, OP_DUP_TOP));
            CHECK(visit_expr(c, s->v.Assign.targets.items[i]));
        }
        return 0;
    }
    case GP_STMT_AugAssign:
        return compile_augassign(c, s);
    case GP_STMT_AnnAssign:
        return compile_annassign(c, s);
    case GP_STMT_For:
    case GP_STMT_AsyncFor:
        return compile_for(c, s);
    case GP_STMT_While:
        return compile_while(c, s);
    case GP_STMT_If:
        return compile_if(c, s);
    case GP_STMT_With:
    case GP_STMT_AsyncWith:
        return compile_with(c, s, 0);
    case GP_STMT_Raise: {
        int n = 0;
        if (s->v.Raise.exc) {
            CHECK(visit_expr(c, s->v.Raise.exc));
            n++;
            if (s->v.Raise.cause) {
                CHECK(visit_expr(c, s->v.Raise.cause));
                n++;
            }
        }
        CHECK(addop_i(c, OP_RAISE_VARARGS, n));
        return next_block(c);
    }
    case GP_STMT_Match:
        return compile_match(c, s);
    case GP_STMT_TryStar:
        if (s->v.TryStar.finalbody.n)
            return compile_try_finally(c, s);
        return compile_try_star_except(c, s);
    case GP_STMT_Try:
        if (s->v.Try.finalbody.n)
            return compile_try_finally(c, s);
        return compile_try_except(c, s);
    case GP_STMT_Assert:
        return compile_assert(c, s);
    case GP_STMT_Import:
        return compile_import(c, s);
    case GP_STMT_ImportFrom:
        return compile_from_import(c, s);
    case GP_STMT_Global:
    case GP_STMT_Nonlocal:
    case GP_STMT_Pass:
        return 0;
    case GP_STMT_Expr: {
        gp_expr *v = s->v.Expr.value;
        if (c->interactive && c->nestlevel <= 1) {
            CHECK(visit_expr(c, v));
            return addop(c, OP_PRINT_EXPR);
        }
        if (v->kind == GP_EXPR_Constant)
            return 0;
        CHECK(visit_expr(c, v));
        return addop(c, OP_POP_TOP);
    }
    case GP_STMT_Break:
        return compile_break(c);
    case GP_STMT_Continue:
        return compile_continue(c);
    }
    return 0;
}

static int visit_stmt(compiler *c, gp_stmt *s) {
    if (gp_compile_enter_nested(c->t) < 0)
        return -1;
    SET_LOC(c, s);
    int r = visit_stmt_inner(c, s);
    gp_compile_leave_nested(c->t);
    return r;
}

/* ------------------------------------------------------------ the entry */

static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    NULL};

/* Find the future statements at the start of a module (after an optional
   docstring) and check the features they name. */
static int check_future(compiler *c, gp_mod *mod) {
    gp_stmt_seq body;
    if (mod->kind == GP_MOD_Module)
        body = mod->v.Module.body;
    else if (mod->kind == GP_MOD_Interactive)
        body = mod->v.Interactive.body;
    else
        return 0;
    int found_docstring = 0;
    for (int i = 0; i < body.n; i++) {
        gp_stmt *s = body.items[i];
        if (s->kind == GP_STMT_ImportFrom) {
            const char *m = s->v.ImportFrom.module;
            if (!m || strcmp(m, "__future__") != 0 || s->v.ImportFrom.level != 0)
                return 0;
            for (int j = 0; j < s->v.ImportFrom.names.n; j++) {
                const char *f = s->v.ImportFrom.names.items[j]->name;
                int known = 0;
                for (int k = 0; future_features[k]; k++)
                    if (strcmp(f, future_features[k]) == 0)
                        known = 1;
                if (strcmp(f, "annotations") == 0)
                    c->future_annotations = 1;
                if (known)
                    continue;
                if (strcmp(f, "braces") == 0)
                    return gp_compile_error(&c->si, s->lineno, s->col_offset, s->end_lineno,
                                            s->end_col_offset, "not a chance");
                return gp_compile_error(&c->si, s->lineno, s->col_offset, s->end_lineno,
                                        s->end_col_offset, "future feature %s is not defined",
                                        f);
            }
            c->future_lineno = s->lineno;
        } else if (s->kind == GP_STMT_Expr && !found_docstring &&
                   s->v.Expr.value->kind == GP_EXPR_Constant &&
                   s->v.Expr.value->v.Constant.value.kind == GP_CONST_STR) {
            found_docstring = 1;
        } else {
            return 0;
        }
    }
    return 0;
}

static gp_obj *compile_mod(compiler *c, gp_mod *mod) {
    if (enter_scope(c, "<module>", GP_UNIT_MODULE, mod, 1) < 0)
        return NULL;
    int r = 0, add_none = 1;
    switch (mod->kind) {
    case GP_MOD_Module:
        r = compile_body(c, mod->v.Module.body);
        break;
    case GP_MOD_Interactive:
        c->interactive = 1;
        if (find_ann(mod->v.Interactive.body))
            r = addop(c, OP_SETUP_ANNOTATIONS);
        if (r >= 0)
            r = visit_stmts(c, mod->v.Interactive.body);
        break;
    case GP_MOD_Expression:
        r = visit_expr(c, mod->v.Expression.body);
        add_none = 0;
        break;
    }
    gp_obj *co = r < 0 ? NULL : finish_unit(c, add_none);
    exit_scope(c);
    return co;
}

gp_obj *gp_compile(gp_thread *t, const char *src, gp_ssize len, gp_obj *filename, int mode,
                   int flags, int *incomplete) {
    if (incomplete)
        *incomplete = 0;
    gp_arena *arena = gp_arena_new();
    if (!arena)
        return gp_err_nomemory(t);
    gp_parse_mode pmode = mode == GP_COMPILE_EVAL     ? GP_PARSE_EVAL
                          : mode == GP_COMPILE_SINGLE ? GP_PARSE_SINGLE
                                                      : GP_PARSE_FILE;
    const char *fname = filename ? gp_str_utf8(filename) : "<string>";
    gp_parse_error perr;
    memset(&perr, 0, sizeof(perr));
    gp_mod *mod = gp_parse(arena, src, (size_t)len, fname, pmode, &perr);
    gp_obj *co = NULL;
    if (!mod) {
        if (incomplete)
            *incomplete = perr.incomplete;
        if (perr.kind == GP_PERR_NOMEM) {
            gp_err_nomemory(t);
        } else if (perr.recursion) {
            gp_err_set_str(t, &gp_exc_RecursionError, perr.msg);
        } else {
            gp_type *type = perr.kind == GP_PERR_INDENT ? &gp_exc_IndentationError
                            : perr.kind == GP_PERR_TAB  ? &gp_exc_TabError
                                                        : &gp_exc_SyntaxError;
            gp_err_syntax(t, type, perr.msg, filename, perr.lineno, perr.offset, perr.text,
                          perr.end_lineno, perr.end_offset);
        }
        free(perr.text);
        gp_arena_free(arena);
        return NULL;
    }
    gp_obj *default_name = NULL;
    if (!filename) {
        filename = default_name = gp_str_from_cstr(t, "<string>");
        if (!filename) {
            gp_arena_free(arena);
            return NULL;
        }
    }
    compiler c;
    memset(&c, 0, sizeof(c));
    c.t = t;
    c.arena = arena;
    c.si.t = t;
    c.si.filename = filename;
    c.si.src = src;
    c.si.len = len;
    c.future_annotations = (flags & GP_COMPILE_FUTURE_ANNOTATIONS) != 0;
    if (check_future(&c, mod) == 0)
        c.st = gp_symtable_build(&c.si, arena, mod, c.future_annotations);
    if (c.st)
        co = compile_mod(&c, mod);
    gp_arena_free(arena);
    gp_xdecref(default_name);
    return co;
}
