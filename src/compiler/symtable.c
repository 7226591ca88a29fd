/* The symbol table: one entry per scope (module, class body, function,
   lambda, comprehension) recording how each name is used there, then an
   analysis pass that decides for every name whether it is local, global,
   free (taken from an enclosing function) or a cell (captured by an inner
   function).  The rules, the messages and the order of checks are
   Python's. */
#include <limits.h>

#include "compiler/cinternal.h"

#define LOC(n) (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset

static int visit_stmt(gp_symtable *st, gp_stmt *s);
static int visit_expr(gp_symtable *st, gp_expr *e);

/* ------------------------------------------------------------- helpers */

const char *gp_symtable_mangle(gp_arena *a, const char *private_, const char *name) {
    if (!private_ || name[0] != '_' || name[1] != '_')
        return name;
    size_t nlen = strlen(name);
    /* Dunder names and dotted (import) names are left alone. */
    if ((name[nlen - 1] == '_' && name[nlen - 2] == '_') || strchr(name, '.'))
        return name;
    while (*private_ == '_')
        private_++;
    if (!*private_)
        return name;
    size_t plen = strlen(private_);
    char *r = gp_arena_alloc(a, 1 + plen + nlen + 1);
    if (!r)
        return NULL;
    r[0] = '_';
    memcpy(r + 1, private_, plen);
    memcpy(r + 1 + plen, name, nlen + 1);
    return r;
}

int gp_symtable_flags(const gp_ste *ste, const char *name) {
    int *v = gp_strmap_get(&ste->symbols, name);
    return v ? *v : 0;
}

static int nomem(gp_symtable *st) {
    gp_err_nomemory(st->si->t);
    return -1;
}

static int register_key(gp_symtable *st, const void *key, gp_ste *ste) {
    if ((st->nkeys + 1) * 2 > st->keys_cap) {
        int cap = st->keys_cap ? st->keys_cap * 2 : 64;
        const void **keys = gp_arena_alloc(st->arena, (size_t)cap * sizeof(*keys));
        gp_ste **vals = gp_arena_alloc(st->arena, (size_t)cap * sizeof(*vals));
        if (!keys || !vals)
            return nomem(st);
        for (int i = 0; i < st->keys_cap; i++) {
            if (!st->keys[i])
                continue;
            unsigned j = (unsigned)(((uintptr_t)st->keys[i] >> 3) & (unsigned)(cap - 1));
            while (keys[j])
                j = (j + 1) & (unsigned)(cap - 1);
            keys[j] = st->keys[i];
            vals[j] = st->vals[i];
        }
        st->keys = keys;
        st->vals = vals;
        st->keys_cap = cap;
    }
    unsigned j = (unsigned)(((uintptr_t)key >> 3) & (unsigned)(st->keys_cap - 1));
    while (st->keys[j])
        j = (j + 1) & (unsigned)(st->keys_cap - 1);
    st->keys[j] = key;
    st->vals[j] = ste;
    st->nkeys++;
    return 0;
}

gp_ste *gp_symtable_lookup(gp_symtable *st, const void *key) {
    if (!st->keys_cap)
        return NULL;
    unsigned j = (unsigned)(((uintptr_t)key >> 3) & (unsigned)(st->keys_cap - 1));
    while (st->keys[j]) {
        if (st->keys[j] == key)
            return st->vals[j];
        j = (j + 1) & (unsigned)(st->keys_cap - 1);
    }
    return NULL;
}

static int enter_block(gp_symtable *st, const char *name, gp_ste_type type, const void *key,
                       int lineno) {
    gp_ste *ste = gp_arena_alloc(st->arena, sizeof(*ste));
    if (!ste)
        return nomem(st);
    ste->type = type;
    ste->name = name;
    ste->key = key;
    ste->lineno = lineno;
    gp_strmap_init(&ste->symbols, st->arena);
    gp_strmap_init(&ste->directives, st->arena);
    if (st->cur && (st->cur->nested || st->cur->type == GP_STE_FUNCTION))
        ste->nested = 1;
    if (st->cur) {
        gp_ste **ch = gp_strmap_grow(st->arena, st->cur->children, st->cur->nchildren,
                                     &st->cur->capchildren, sizeof(*ch));
        if (!ch)
            return nomem(st);
        st->cur->children = ch;
        ch[st->cur->nchildren++] = ste;
        gp_ste **stack = gp_strmap_grow(st->arena, st->stack, st->nstack, &st->capstack,
                                        sizeof(*stack));
        if (!stack)
            return nomem(st);
        st->stack = stack;
        stack[st->nstack++] = st->cur;
    }
    st->cur = ste;
    if (type == GP_STE_MODULE)
        st->top = ste;
    return register_key(st, key, ste);
}

static void exit_block(gp_symtable *st) {
    st->cur = st->nstack ? st->stack[--st->nstack] : NULL;
}

/* Record a use or binding of a name (already mangled) in scope ste. */
static int add_def_helper(gp_symtable *st, const char *name, int flag, gp_ste *ste, int lineno,
                          int col, int end_lineno, int end_col) {
    int *o = gp_strmap_get(&ste->symbols, name);
    int val = flag;
    if (o) {
        if ((flag & GP_DEF_PARAM) && (*o & GP_DEF_PARAM))
            return gp_compile_error(st->si, lineno, col, end_lineno, end_col,
                                    "duplicate argument '%s' in function definition", name);
        val = *o | flag;
    }
    if (ste->comp_iter_target) {
        /* A comprehension's iteration variable may not be a name that an
           assignment expression in it binds in the enclosing scope. */
        if (val & (GP_DEF_GLOBAL | GP_DEF_NONLOCAL))
            return gp_compile_error(
                st->si, lineno, col, end_lineno, end_col,
                "comprehension inner loop cannot rebind assignment expression target '%s'", name);
        val |= GP_DEF_COMP_ITER;
    }
    if (gp_strmap_put(&ste->symbols, name, val) < 0)
        return nomem(st);
    if (flag & GP_DEF_PARAM) {
        const char **p = gp_strmap_grow(st->arena, ste->params, ste->nparams, &ste->capparams,
                                        sizeof(*p));
        if (!p)
            return nomem(st);
        ste->params = p;
        p[ste->nparams++] = name;
    } else if (flag & GP_DEF_GLOBAL) {
        /* The module learns of every name declared global anywhere. */
        int *g = gp_strmap_get(&st->top->symbols, name);
        int gval = flag | (g ? *g : 0);
        if (gp_strmap_put(&st->top->symbols, name, gval) < 0)
            return nomem(st);
    }
    return 0;
}

static int add_def(gp_symtable *st, const char *name, int flag, int lineno, int col,
                   int end_lineno, int end_col) {
    const char *mangled = gp_symtable_mangle(st->arena, st->private_, name);
    if (!mangled)
        return nomem(st);
    return add_def_helper(st, mangled, flag, st->cur, lineno, col, end_lineno, end_col);
}

static int lookup(gp_symtable *st, const char *name) {
    const char *mangled = gp_symtable_mangle(st->arena, st->private_, name);
    if (!mangled)
        return nomem(st);
    return gp_symtable_flags(st->cur, mangled);
}

static int record_directive(gp_symtable *st, const char *name, int lineno, int col,
                            int end_lineno, int end_col) {
    gp_ste *ste = st->cur;
    const char *mangled = gp_symtable_mangle(st->arena, st->private_, name);
    if (!mangled)
        return nomem(st);
    gp_loc *d = gp_strmap_grow(st->arena, ste->dirlocs, ste->ndirlocs, &ste->capdirlocs,
                               sizeof(*d));
    if (!d)
        return nomem(st);
    ste->dirlocs = d;
    d[ste->ndirlocs] = (gp_loc){lineno, col, end_lineno, end_col};
    /* Errors point at the first declaration of the name. */
    if (!gp_strmap_get(&ste->directives, mangled) &&
        gp_strmap_put(&ste->directives, mangled, ste->ndirlocs) < 0)
        return nomem(st);
    ste->ndirlocs++;
    return 0;
}

/* -------------------------------------------------------------- visitor */

static int visit_stmts(gp_symtable *st, gp_stmt_seq seq) {
    for (int i = 0; i < seq.n; i++)
        if (visit_stmt(st, seq.items[i]) < 0)
            return -1;
    return 0;
}

static int visit_exprs(gp_symtable *st, gp_expr_seq seq) {
    for (int i = 0; i < seq.n; i++)
        if (seq.items[i] && visit_expr(st, seq.items[i]) < 0)
            return -1;
    return 0;
}

static int visit_params(gp_symtable *st, gp_arg_seq args) {
    for (int i = 0; i < args.n; i++) {
        gp_arg *a = args.items[i];
        if (add_def(st, a->arg, GP_DEF_PARAM, LOC(a)) < 0)
            return -1;
    }
    return 0;
}

static int visit_arguments(gp_symtable *st, gp_arguments *a) {
    if (visit_params(st, a->posonlyargs) < 0 || visit_params(st, a->args) < 0 ||
        visit_params(st, a->kwonlyargs) < 0)
        return -1;
    if (a->vararg) {
        if (add_def(st, a->vararg->arg, GP_DEF_PARAM, LOC(a->vararg)) < 0)
            return -1;
        st->cur->varargs = 1;
    }
    if (a->kwarg) {
        if (add_def(st, a->kwarg->arg, GP_DEF_PARAM, LOC(a->kwarg)) < 0)
            return -1;
        st->cur->varkeywords = 1;
    }
    return 0;
}

/* Annotations kept as text name nothing. */
static int visit_annotation(gp_symtable *st, gp_expr *e) {
    if (!e || st->future_annotations)
        return 0;
    return visit_expr(st, e);
}

static int visit_arg_annotations(gp_symtable *st, gp_arg_seq args) {
    for (int i = 0; i < args.n; i++)
        if (visit_annotation(st, args.items[i]->annotation) < 0)
            return -1;
    return 0;
}

/* Function annotations are evaluated in the scope that defines the
   function, when it is defined. */
static int visit_annotations(gp_symtable *st, gp_arguments *a, gp_expr *returns) {
    if (visit_arg_annotations(st, a->posonlyargs) < 0 || visit_arg_annotations(st, a->args) < 0)
        return -1;
    if (a->vararg && visit_annotation(st, a->vararg->annotation) < 0)
        return -1;
    if (a->kwarg && visit_annotation(st, a->kwarg->annotation) < 0)
        return -1;
    if (visit_arg_annotations(st, a->kwonlyargs) < 0)
        return -1;
    return visit_annotation(st, returns);
}

static int visit_alias(gp_symtable *st, gp_alias *a) {
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0) {
        if (st->cur->type != GP_STE_MODULE)
            return gp_compile_error(st->si, LOC(a), "import * only allowed at module level");
        return 0;
    }
    const char *dot = strchr(name, '.');
    if (dot) {
        size_t n = (size_t)(dot - name);
        char *first = gp_arena_alloc(st->arena, n + 1);
        if (!first)
            return nomem(st);
        memcpy(first, name, n);
        name = first;
    }
    return add_def(st, name, GP_DEF_IMPORT, LOC(a));
}

static int visit_global_or_nonlocal(gp_symtable *st, gp_stmt *s, int is_global) {
    gp_ident_seq names = is_global ? s->v.Global.names : s->v.Nonlocal.names;
    const char *what = is_global ? "global" : "nonlocal";
    for (int i = 0; i < names.n; i++) {
        const char *name = names.items[i];
        int cur = lookup(st, name);
        if (cur < 0)
            return -1;
        if (cur & (GP_DEF_PARAM | GP_DEF_LOCAL | GP_DEF_USE | GP_DEF_ANNOT)) {
            if (cur & GP_DEF_PARAM)
                return gp_compile_error(st->si, LOC(s), "name '%s' is parameter and %s", name,
                                        what);
            if (cur & GP_DEF_USE)
                return gp_compile_error(st->si, LOC(s),
                                        "name '%s' is used prior to %s declaration", name, what);
            if (cur & GP_DEF_ANNOT)
                return gp_compile_error(st->si, LOC(s), "annotated name '%s' can't be %s", name,
                                        what);
            return gp_compile_error(st->si, LOC(s),
                                    "name '%s' is assigned to before %s declaration", name, what);
        }
        if (add_def(st, name, is_global ? GP_DEF_GLOBAL : GP_DEF_NONLOCAL, LOC(s)) < 0)
            return -1;
        if (record_directive(st, name, LOC(s)) < 0)
            return -1;
    }
    return 0;
}

/* A pattern binds its capture names; its values, classes and keys are
   loads. */
static int visit_pattern(gp_symtable *st, gp_pattern *pt) {
    if (gp_compile_enter_nested(st->si->t) < 0)
        return -1;
    int r = 0;
    switch (pt->kind) {
    case GP_PAT_MatchValue:
        r = visit_expr(st, pt->v.MatchValue.value);
        break;
    case GP_PAT_MatchSingleton:
        break;
    case GP_PAT_MatchSequence:
        for (int i = 0; i < pt->v.MatchSequence.patterns.n && r == 0; i++)
            r = visit_pattern(st, pt->v.MatchSequence.patterns.items[i]);
        break;
    case GP_PAT_MatchMapping:
        r = visit_exprs(st, pt->v.MatchMapping.keys);
        for (int i = 0; i < pt->v.MatchMapping.patterns.n && r == 0; i++)
            r = visit_pattern(st, pt->v.MatchMapping.patterns.items[i]);
        if (r == 0 && pt->v.MatchMapping.rest)
            r = add_def(st, pt->v.MatchMapping.rest, GP_DEF_LOCAL, LOC(pt));
        break;
    case GP_PAT_MatchClass:
        r = visit_expr(st, pt->v.MatchClass.cls);
        for (int i = 0; i < pt->v.MatchClass.patterns.n && r == 0; i++)
            r = visit_pattern(st, pt->v.MatchClass.patterns.items[i]);
        for (int i = 0; i < pt->v.MatchClass.kwd_patterns.n && r == 0; i++)
            r = visit_pattern(st, pt->v.MatchClass.kwd_patterns.items[i]);
        break;
    case GP_PAT_MatchStar:
        if (pt->v.MatchStar.name)
            r = add_def(st, pt->v.MatchStar.name, GP_DEF_LOCAL, LOC(pt));
        break;
    case GP_PAT_MatchAs:
        if (pt->v.MatchAs.pattern)
            r = visit_pattern(st, pt->v.MatchAs.pattern);
        if (r == 0 && pt->v.MatchAs.name)
            r = add_def(st, pt->v.MatchAs.name, GP_DEF_LOCAL, LOC(pt));
        break;
    case GP_PAT_MatchOr:
        for (int i = 0; i < pt->v.MatchOr.patterns.n && r == 0; i++)
            r = visit_pattern(st, pt->v.MatchOr.patterns.items[i]);
        break;
    }
    gp_compile_leave_nested(st->si->t);
    return r;
}

static int visit_stmt_inner(gp_symtable *st, gp_stmt *s) {
    switch (s->kind) {
    case GP_STMT_FunctionDef:
    case GP_STMT_AsyncFunctionDef: {
        gp_arguments *args = s->v.FunctionDef.args;
        if (add_def(st, s->v.FunctionDef.name, GP_DEF_LOCAL, LOC(s)) < 0)
            return -1;
        if (visit_exprs(st, args->defaults) < 0 || visit_exprs(st, args->kw_defaults) < 0)
            return -1;
        if (visit_annotations(st, args, s->v.FunctionDef.returns) < 0)
            return -1;
        if (visit_exprs(st, s->v.FunctionDef.decorator_list) < 0)
            return -1;
        if (enter_block(st, s->v.FunctionDef.name, GP_STE_FUNCTION, s, s->lineno) < 0)
            return -1;
        if (s->kind == GP_STMT_AsyncFunctionDef)
            st->cur->coroutine = 1;
        if (visit_arguments(st, args) < 0 || visit_stmts(st, s->v.FunctionDef.body) < 0)
            return -1;
        exit_block(st);
        return 0;
    }
    case GP_STMT_ClassDef: {
        if (add_def(st, s->v.ClassDef.name, GP_DEF_LOCAL, LOC(s)) < 0)
            return -1;
        if (visit_exprs(st, s->v.ClassDef.bases) < 0)
            return -1;
        for (int i = 0; i < s->v.ClassDef.keywords.n; i++)
            if (visit_expr(st, s->v.ClassDef.keywords.items[i]->value) < 0)
                return -1;
        if (visit_exprs(st, s->v.ClassDef.decorator_list) < 0)
            return -1;
        if (enter_block(st, s->v.ClassDef.name, GP_STE_CLASS, s, s->lineno) < 0)
            return -1;
        const char *saved = st->private_;
        st->private_ = s->v.ClassDef.name;
        int r = visit_stmts(st, s->v.ClassDef.body);
        st->private_ = saved;
        if (r < 0)
            return -1;
        exit_block(st);
        return 0;
    }
    case GP_STMT_Return:
        return s->v.Return.value ? visit_expr(st, s->v.Return.value) : 0;
    case GP_STMT_Delete:
        return visit_exprs(st, s->v.Delete.targets);
    case GP_STMT_Assign:
        if (visit_exprs(st, s->v.Assign.targets) < 0)
            return -1;
        return visit_expr(st, s->v.Assign.value);
    case GP_STMT_AnnAssign: {
        gp_expr *target = s->v.AnnAssign.target;
        if (target->kind == GP_EXPR_Name) {
            int cur = lookup(st, target->v.Name.id);
            if (cur < 0)
                return -1;
            if ((cur & (GP_DEF_GLOBAL | GP_DEF_NONLOCAL)) && st->cur != st->top &&
                s->v.AnnAssign.simple)
                return gp_compile_error(st->si, LOC(s), "annotated name '%s' can't be %s",
                                        target->v.Name.id,
                                        (cur & GP_DEF_GLOBAL) ? "global" : "nonlocal");
            if (s->v.AnnAssign.simple) {
                if (add_def(st, target->v.Name.id, GP_DEF_ANNOT | GP_DEF_LOCAL, LOC(target)) < 0)
                    return -1;
            } else if (s->v.AnnAssign.value) {
                if (add_def(st, target->v.Name.id, GP_DEF_LOCAL, LOC(target)) < 0)
                    return -1;
            }
        } else if (visit_expr(st, target) < 0) {
            return -1;
        }
        if (visit_annotation(st, s->v.AnnAssign.annotation) < 0)
            return -1;
        return s->v.AnnAssign.value ? visit_expr(st, s->v.AnnAssign.value) : 0;
    }
    case GP_STMT_AugAssign:
        if (visit_expr(st, s->v.AugAssign.target) < 0)
            return -1;
        return visit_expr(st, s->v.AugAssign.value);
    case GP_STMT_For:
    case GP_STMT_AsyncFor:
        if (visit_expr(st, s->v.For.target) < 0 || visit_expr(st, s->v.For.iter) < 0)
            return -1;
        if (visit_stmts(st, s->v.For.body) < 0)
            return -1;
        return visit_stmts(st, s->v.For.orelse);
    case GP_STMT_While:
        if (visit_expr(st, s->v.While.test) < 0 || visit_stmts(st, s->v.While.body) < 0)
            return -1;
        return visit_stmts(st, s->v.While.orelse);
    case GP_STMT_If:
        if (visit_expr(st, s->v.If.test) < 0 || visit_stmts(st, s->v.If.body) < 0)
            return -1;
        return visit_stmts(st, s->v.If.orelse);
    case GP_STMT_With:
    case GP_STMT_AsyncWith:
        for (int i = 0; i < s->v.With.items.n; i++) {
            gp_withitem *it = s->v.With.items.items[i];
            if (visit_expr(st, it->context_expr) < 0)
                return -1;
            if (it->optional_vars && visit_expr(st, it->optional_vars) < 0)
                return -1;
        }
        return visit_stmts(st, s->v.With.body);
    case GP_STMT_Raise:
        if (s->v.Raise.exc && visit_expr(st, s->v.Raise.exc) < 0)
            return -1;
        return s->v.Raise.cause ? visit_expr(st, s->v.Raise.cause) : 0;
    case GP_STMT_Match:
        if (visit_expr(st, s->v.Match.subject) < 0)
            return -1;
        for (int i = 0; i < s->v.Match.cases.n; i++) {
            gp_match_case *mc = s->v.Match.cases.items[i];
            if (visit_pattern(st, mc->pattern) < 0)
                return -1;
            if (mc->guard && visit_expr(st, mc->guard) < 0)
                return -1;
            if (visit_stmts(st, mc->body) < 0)
                return -1;
        }
        return 0;
    case GP_STMT_Try:
    case GP_STMT_TryStar:
        if (visit_stmts(st, s->v.Try.body) < 0 || visit_stmts(st, s->v.Try.orelse) < 0)
            return -1;
        for (int i = 0; i < s->v.Try.handlers.n; i++) {
            gp_excepthandler *h = s->v.Try.handlers.items[i];
            if (h->type && visit_expr(st, h->type) < 0)
                return -1;
            if (h->name && add_def(st, h->name, GP_DEF_LOCAL, LOC(h)) < 0)
                return -1;
            if (visit_stmts(st, h->body) < 0)
                return -1;
        }
        return visit_stmts(st, s->v.Try.finalbody);
    case GP_STMT_Assert:
        if (visit_expr(st, s->v.Assert.test) < 0)
            return -1;
        return s->v.Assert.msg ? visit_expr(st, s->v.Assert.msg) : 0;
    case GP_STMT_Import:
        for (int i = 0; i < s->v.Import.names.n; i++)
            if (visit_alias(st, s->v.Import.names.items[i]) < 0)
                return -1;
        return 0;
    case GP_STMT_ImportFrom:
        for (int i = 0; i < s->v.ImportFrom.names.n; i++)
            if (visit_alias(st, s->v.ImportFrom.names.items[i]) < 0)
                return -1;
        return 0;
    case GP_STMT_Global:
        return visit_global_or_nonlocal(st, s, 1);
    case GP_STMT_Nonlocal:
        return visit_global_or_nonlocal(st, s, 0);
    case GP_STMT_Expr:
        return visit_expr(st, s->v.Expr.value);
    case GP_STMT_Pass:
    case GP_STMT_Break:
    case GP_STMT_Continue:
        return 0;
    }
    return 0;
}

static int visit_stmt(gp_symtable *st, gp_stmt *s) {
    if (gp_compile_enter_nested(st->si->t) < 0)
        return -1;
    int r = visit_stmt_inner(st, s);
    gp_compile_leave_nested(st->si->t);
    return r;
}

/* An assignment expression in a comprehension binds its name in the
   nearest enclosing function (or the module), not in the comprehension. */
static int extend_namedexpr_scope(gp_symtable *st, gp_expr *target) {
    const char *name = target->v.Name.id;
    for (int i = st->nstack; i >= 0; i--) {
        gp_ste *ste = i == st->nstack ? st->cur : st->stack[i];
        if (ste->comprehension) {
            if (gp_symtable_flags(ste, name) & GP_DEF_COMP_ITER)
                return gp_compile_error(
                    st->si, LOC(target),
                    "assignment expression cannot rebind comprehension iteration variable '%s'",
                    name);
            continue;
        }
        if (ste->type == GP_STE_FUNCTION) {
            int flags = gp_symtable_flags(ste, name);
            if (add_def(st, name, (flags & GP_DEF_GLOBAL) ? GP_DEF_GLOBAL : GP_DEF_NONLOCAL,
                        LOC(target)) < 0)
                return -1;
            if (record_directive(st, name, LOC(target)) < 0)
                return -1;
            return add_def_helper(st, name, GP_DEF_LOCAL, ste, LOC(target));
        }
        if (ste->type == GP_STE_MODULE) {
            if (add_def(st, name, GP_DEF_GLOBAL, LOC(target)) < 0)
                return -1;
            if (record_directive(st, name, LOC(target)) < 0)
                return -1;
            return add_def_helper(st, name, GP_DEF_GLOBAL, ste, LOC(target));
        }
        if (ste->type == GP_STE_CLASS)
            return gp_compile_error(
                st->si, LOC(target),
                "assignment expression within a comprehension cannot be used in a class body");
    }
    return 0;
}

static int visit_namedexpr(gp_symtable *st, gp_expr *e) {
    if (st->cur->comp_iter_expr > 0)
        return gp_compile_error(
            st->si, LOC(e),
            "assignment expression cannot be used in a comprehension iterable expression");
    if (st->cur->comprehension && extend_namedexpr_scope(st, e->v.NamedExpr.target) < 0)
        return -1;
    if (visit_expr(st, e->v.NamedExpr.value) < 0)
        return -1;
    return visit_expr(st, e->v.NamedExpr.target);
}

static const char *comprehension_name(int kind) {
    switch (kind) {
    case GP_EXPR_ListComp: return "<listcomp>";
    case GP_EXPR_SetComp: return "<setcomp>";
    case GP_EXPR_DictComp: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static int visit_comprehension(gp_symtable *st, gp_expr *e, gp_comprehension_seq gens,
                               gp_expr *elt, gp_expr *value) {
    gp_comprehension *outermost = gens.items[0];
    /* The outermost iterable is evaluated in the enclosing scope. */
    st->cur->comp_iter_expr++;
    int r = visit_expr(st, outermost->iter);
    st->cur->comp_iter_expr--;
    if (r < 0)
        return -1;
    if (enter_block(st, comprehension_name(e->kind), GP_STE_FUNCTION, e, e->lineno) < 0)
        return -1;
    if (outermost->is_async)
        st->cur->coroutine = 1;
    st->cur->comprehension = e->kind;
    /* The outermost iterator arrives as the implicit parameter ".0". */
    if (add_def(st, ".0", GP_DEF_PARAM, LOC(e)) < 0)
        return -1;
    st->cur->comp_iter_target = 1;
    r = visit_expr(st, outermost->target);
    st->cur->comp_iter_target = 0;
    if (r < 0 || visit_exprs(st, outermost->ifs) < 0)
        return -1;
    for (int i = 1; i < gens.n; i++) {
        gp_comprehension *g = gens.items[i];
        if (g->is_async)
            st->cur->coroutine = 1;
        st->cur->comp_iter_target = 1;
        r = visit_expr(st, g->target);
        st->cur->comp_iter_target = 0;
        if (r < 0)
            return -1;
        st->cur->comp_iter_expr++;
        r = visit_expr(st, g->iter);
        st->cur->comp_iter_expr--;
        if (r < 0 || visit_exprs(st, g->ifs) < 0)
            return -1;
    }
    if (value && visit_expr(st, value) < 0)
        return -1;
    if (visit_expr(st, elt) < 0)
        return -1;
    if (e->kind == GP_EXPR_GeneratorExp)
        st->cur->generator = 1;
    exit_block(st);
    return 0;
}

static int visit_expr_inner(gp_symtable *st, gp_expr *e) {
    switch (e->kind) {
    case GP_EXPR_NamedExpr:
        return visit_namedexpr(st, e);
    case GP_EXPR_BoolOp:
        return visit_exprs(st, e->v.BoolOp.values);
    case GP_EXPR_BinOp:
        if (visit_expr(st, e->v.BinOp.left) < 0)
            return -1;
        return visit_expr(st, e->v.BinOp.right);
    case GP_EXPR_UnaryOp:
        return visit_expr(st, e->v.UnaryOp.operand);
    case GP_EXPR_Lambda: {
        gp_arguments *args = e->v.Lambda.args;
        if (visit_exprs(st, args->defaults) < 0 || visit_exprs(st, args->kw_defaults) < 0)
            return -1;
        if (enter_block(st, "<lambda>", GP_STE_FUNCTION, e, e->lineno) < 0)
            return -1;
        if (visit_arguments(st, args) < 0 || visit_expr(st, e->v.Lambda.body) < 0)
            return -1;
        exit_block(st);
        return 0;
    }
    case GP_EXPR_IfExp:
        if (visit_expr(st, e->v.IfExp.test) < 0 || visit_expr(st, e->v.IfExp.body) < 0)
            return -1;
        return visit_expr(st, e->v.IfExp.orelse);
    case GP_EXPR_Dict:
        if (visit_exprs(st, e->v.Dict.keys) < 0)
            return -1;
        return visit_exprs(st, e->v.Dict.values);
    case GP_EXPR_Set:
        return visit_exprs(st, e->v.Set.elts);
    case GP_EXPR_ListComp:
    case GP_EXPR_SetComp:
    case GP_EXPR_GeneratorExp:
        return visit_comprehension(st, e, e->v.ListComp.generators, e->v.ListComp.elt, NULL);
    case GP_EXPR_DictComp:
        return visit_comprehension(st, e, e->v.DictComp.generators, e->v.DictComp.key,
                                   e->v.DictComp.value);
    case GP_EXPR_Yield:
    case GP_EXPR_YieldFrom: {
        gp_expr *v = e->kind == GP_EXPR_Yield ? e->v.Yield.value : e->v.YieldFrom.value;
        if (v && visit_expr(st, v) < 0)
            return -1;
        st->cur->generator = 1;
        if (st->cur->comprehension) {
            const char *where = "generator expression";
            switch (st->cur->comprehension) {
            case GP_EXPR_ListComp: where = "list comprehension"; break;
            case GP_EXPR_SetComp: where = "set comprehension"; break;
            case GP_EXPR_DictComp: where = "dict comprehension"; break;
            default: break;
            }
            return gp_compile_error(st->si, LOC(e), "'yield' inside %s", where);
        }
        return 0;
    }
    case GP_EXPR_Await:
        st->cur->coroutine = 1;
        return visit_expr(st, e->v.Await.value);
    case GP_EXPR_Compare:
        if (visit_expr(st, e->v.Compare.left) < 0)
            return -1;
        return visit_exprs(st, e->v.Compare.comparators);
    case GP_EXPR_Call:
        if (visit_expr(st, e->v.Call.func) < 0 || visit_exprs(st, e->v.Call.args) < 0)
            return -1;
        for (int i = 0; i < e->v.Call.keywords.n; i++)
            if (visit_expr(st, e->v.Call.keywords.items[i]->value) < 0)
                return -1;
        return 0;
    case GP_EXPR_FormattedValue:
        if (visit_expr(st, e->v.FormattedValue.value) < 0)
            return -1;
        return e->v.FormattedValue.format_spec ? visit_expr(st, e->v.FormattedValue.format_spec)
                                               : 0;
    case GP_EXPR_JoinedStr:
        return visit_exprs(st, e->v.JoinedStr.values);
    case GP_EXPR_Constant:
        return 0;
    case GP_EXPR_Attribute:
        return visit_expr(st, e->v.Attribute.value);
    case GP_EXPR_Subscript:
        if (visit_expr(st, e->v.Subscript.value) < 0)
            return -1;
        return visit_expr(st, e->v.Subscript.slice);
    case GP_EXPR_Starred:
        return visit_expr(st, e->v.Starred.value);
    case GP_EXPR_Slice:
        if (e->v.Slice.lower && visit_expr(st, e->v.Slice.lower) < 0)
            return -1;
        if (e->v.Slice.upper && visit_expr(st, e->v.Slice.upper) < 0)
            return -1;
        return e->v.Slice.step ? visit_expr(st, e->v.Slice.step) : 0;
    case GP_EXPR_Name:
        if (add_def(st, e->v.Name.id, e->v.Name.ctx == GP_Load ? GP_DEF_USE : GP_DEF_LOCAL,
                    LOC(e)) < 0)
            return -1;
        /* A function that names super may call it without arguments, which
           needs the __class__ cell of the class it is defined in. */
        if (e->v.Name.ctx == GP_Load && st->cur->type == GP_STE_FUNCTION &&
            strcmp(e->v.Name.id, "super") == 0)
            return add_def(st, "__class__", GP_DEF_USE, LOC(e));
        return 0;
    case GP_EXPR_List:
    case GP_EXPR_Tuple:
        return visit_exprs(st, e->v.List.elts);
    }
    return 0;
}

static int visit_expr(gp_symtable *st, gp_expr *e) {
    if (gp_compile_enter_nested(st->si->t) < 0)
        return -1;
    int r = visit_expr_inner(st, e);
    gp_compile_leave_nested(st->si->t);
    return r;
}

/* ------------------------------------------------------------- analysis */

/* Name sets for the analysis are string maps whose value says whether the
   name is (still) a member. */
static int set_has(const gp_strmap *s, const char *k) {
    int *v = gp_strmap_get(s, k);
    return v && *v;
}

static int set_add(gp_symtable *st, gp_strmap *s, const char *k) {
    return gp_strmap_put(s, k, 1) < 0 ? nomem(st) : 0;
}

static void set_discard(gp_strmap *s, const char *k) {
    int *v = gp_strmap_get(s, k);
    if (v)
        *v = 0;
}

static int set_update(gp_symtable *st, gp_strmap *dst, const gp_strmap *src) {
    for (int i = 0; i < src->n; i++)
        if (src->entries[i].value && set_add(st, dst, src->entries[i].key) < 0)
            return -1;
    return 0;
}

static int error_at_directive(gp_symtable *st, gp_ste *ste, const char *name, const char *fmt) {
    int *d = gp_strmap_get(&ste->directives, name);
    gp_loc loc = d ? ste->dirlocs[*d] : (gp_loc){ste->lineno, 0, ste->lineno, 0};
    return gp_compile_error(st->si, loc.lineno, loc.col, loc.end_lineno, loc.end_col, fmt, name);
}

static int analyze_name(gp_symtable *st, gp_ste *ste, gp_strmap *scopes, const char *name,
                        int flags, gp_strmap *bound, gp_strmap *local, gp_strmap *free,
                        gp_strmap *global) {
    int scope;
    if (flags & GP_DEF_GLOBAL) {
        if (flags & GP_DEF_NONLOCAL)
            return error_at_directive(st, ste, name, "name '%s' is nonlocal and global");
        scope = GP_SCOPE_GLOBAL_EXPLICIT;
        if (set_add(st, global, name) < 0)
            return -1;
        if (bound)
            set_discard(bound, name);
    } else if (flags & GP_DEF_NONLOCAL) {
        if (!bound)
            return error_at_directive(st, ste, name,
                                      "nonlocal declaration not allowed at module level");
        if (!set_has(bound, name))
            return error_at_directive(st, ste, name, "no binding for nonlocal '%s' found");
        scope = GP_SCOPE_FREE;
        ste->free = 1;
        if (set_add(st, free, name) < 0)
            return -1;
    } else if (flags & GP_DEF_BOUND) {
        scope = GP_SCOPE_LOCAL;
        if (set_add(st, local, name) < 0)
            return -1;
        set_discard(global, name);
    } else if (bound && set_has(bound, name)) {
        /* A name bound in an enclosing function is free here. */
        scope = GP_SCOPE_FREE;
        ste->free = 1;
        if (set_add(st, free, name) < 0)
            return -1;
    } else {
        scope = GP_SCOPE_GLOBAL_IMPLICIT;
        if (!(global && set_has(global, name)) && ste->nested)
            ste->free = 1;
    }
    return gp_strmap_put(scopes, name, scope) < 0 ? nomem(st) : 0;
}

static int analyze_block(gp_symtable *st, gp_ste *ste, gp_strmap *bound, gp_strmap *free,
                         gp_strmap *global);

/* Children are analysed with copies of the sets, which they modify. */
static int analyze_child_block(gp_symtable *st, gp_ste *child, gp_strmap *bound,
                               gp_strmap *global, gp_strmap *child_free) {
    gp_strmap tbound, tglobal, tfree;
    gp_strmap_init(&tbound, st->arena);
    gp_strmap_init(&tglobal, st->arena);
    gp_strmap_init(&tfree, st->arena);
    if (set_update(st, &tbound, bound) < 0 || set_update(st, &tglobal, global) < 0)
        return -1;
    if (analyze_block(st, child, &tbound, &tfree, &tglobal) < 0)
        return -1;
    return set_update(st, child_free, &tfree);
}

static int analyze_block(gp_symtable *st, gp_ste *ste, gp_strmap *bound, gp_strmap *free,
                         gp_strmap *global) {
    gp_strmap local, scopes, newbound, newglobal, newfree, allfree;
    gp_strmap_init(&local, st->arena);
    gp_strmap_init(&scopes, st->arena);
    gp_strmap_init(&newbound, st->arena);
    gp_strmap_init(&newglobal, st->arena);
    gp_strmap_init(&newfree, st->arena);
    gp_strmap_init(&allfree, st->arena);

    if (gp_compile_enter_nested(st->si->t) < 0)
        return -1;
    int r = -1;
    /* Class bodies pass their enclosing scope's bindings through: their own
       names are not visible from the functions they contain. */
    if (ste->type == GP_STE_CLASS) {
        if (set_update(st, &newglobal, global) < 0)
            goto done;
        if (bound && set_update(st, &newbound, bound) < 0)
            goto done;
    }
    for (int i = 0; i < ste->symbols.n; i++) {
        gp_strmap_entry *en = &ste->symbols.entries[i];
        if (analyze_name(st, ste, &scopes, en->key, en->value, bound, &local, free, global) < 0)
            goto done;
    }
    if (ste->type != GP_STE_CLASS) {
        if (ste->type == GP_STE_FUNCTION && set_update(st, &newbound, &local) < 0)
            goto done;
        if (bound && set_update(st, &newbound, bound) < 0)
            goto done;
        if (set_update(st, &newglobal, global) < 0)
            goto done;
    } else if (set_add(st, &newbound, "__class__") < 0) {
        goto done;
    }
    for (int i = 0; i < ste->nchildren; i++) {
        gp_ste *child = ste->children[i];
        if (analyze_child_block(st, child, &newbound, &newglobal, &allfree) < 0)
            goto done;
        if (child->free || child->child_free)
            ste->child_free = 1;
    }
    if (set_update(st, &newfree, &allfree) < 0)
        goto done;
    if (ste->type == GP_STE_FUNCTION) {
        /* Locals that inner functions use become cells. */
        for (int i = 0; i < scopes.n; i++) {
            gp_strmap_entry *en = &scopes.entries[i];
            if (en->value != GP_SCOPE_LOCAL || !set_has(&newfree, en->key))
                continue;
            en->value = GP_SCOPE_CELL;
            set_discard(&newfree, en->key);
        }
    } else if (ste->type == GP_STE_CLASS && set_has(&newfree, "__class__")) {
        set_discard(&newfree, "__class__");
        ste->needs_class_closure = 1;
    }
    /* Record the scopes, then the names that only pass through this block
       on their way from an enclosing function to an inner one. */
    for (int i = 0; i < ste->symbols.n; i++) {
        gp_strmap_entry *en = &ste->symbols.entries[i];
        int *sc = gp_strmap_get(&scopes, en->key);
        en->value |= (sc ? *sc : 0) << GP_SCOPE_SHIFT;
    }
    for (int i = 0; i < newfree.n; i++) {
        gp_strmap_entry *en = &newfree.entries[i];
        if (!en->value)
            continue;
        int *v = gp_strmap_get(&ste->symbols, en->key);
        if (v) {
            if (ste->type == GP_STE_CLASS && (*v & (GP_DEF_BOUND | GP_DEF_GLOBAL)))
                *v |= GP_DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_has(bound, en->key))
            continue;
        if (gp_strmap_put(&ste->symbols, en->key, GP_SCOPE_FREE << GP_SCOPE_SHIFT) < 0) {
            nomem(st);
            goto done;
        }
    }
    r = set_update(st, free, &newfree);
done:
    gp_compile_leave_nested(st->si->t);
    return r;
}

gp_symtable *gp_symtable_build(const gp_srcinfo *si, gp_arena *arena, gp_mod *mod,
                               int future_annotations) {
    gp_symtable *st = gp_arena_alloc(arena, sizeof(*st));
    if (!st) {
        gp_err_nomemory(si->t);
        return NULL;
    }
    st->si = si;
    st->arena = arena;
    st->future_annotations = future_annotations;
    if (enter_block(st, "top", GP_STE_MODULE, mod, 0) < 0)
        return NULL;
    int r = 0;
    switch (mod->kind) {
    case GP_MOD_Module:
        r = visit_stmts(st, mod->v.Module.body);
        break;
    case GP_MOD_Interactive:
        r = visit_stmts(st, mod->v.Interactive.body);
        break;
    case GP_MOD_Expression:
        r = visit_expr(st, mod->v.Expression.body);
        break;
    }
    if (r < 0)
        return NULL;
    gp_strmap free, global;
    gp_strmap_init(&free, arena);
    gp_strmap_init(&global, arena);
    if (analyze_block(st, st->top, NULL, &free, &global) < 0)
        return NULL;
    return st;
}
