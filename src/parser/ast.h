/*
 * The abstract syntax tree produced by the parser.
 *
 * It mirrors the `ast` module of Python 3.11 node for node and field for
 * field: a statement `s` of kind GP_STMT_FunctionDef has `s->v.FunctionDef.name`
 * exactly as `ast.FunctionDef` has `.name`.  Anything known about the Python
 * `ast` module applies here.
 *
 * Conventions:
 *  - All memory belongs to the gp_arena the tree was parsed into and is freed
 *    with it at once; nodes are never freed one by one.
 *  - Every enum starts at 1 so that a zeroed field is recognisably unset.
 *  - An optional field ("expr?" in the ASDL) is NULL when absent.
 *  - Sequences are {n, items}; items[i] is a node pointer.  Two sequences may
 *    hold NULL entries, as their Python counterparts hold None:
 *    Dict.keys (NULL for a `**mapping` entry) and arguments.kw_defaults
 *    (NULL for a keyword-only parameter without a default).
 *  - Identifiers are NUL-terminated UTF-8 strings.
 *  - Locations are CPython's: lineno/end_lineno are 1-based lines,
 *    col_offset/end_col_offset are 0-based byte offsets into the UTF-8 line.
 */
#ifndef GP_PARSER_AST_H
#define GP_PARSER_AST_H

#include <stddef.h>

typedef struct gp_mod gp_mod;
typedef struct gp_stmt gp_stmt;
typedef struct gp_expr gp_expr;
typedef struct gp_arguments gp_arguments;
typedef struct gp_arg gp_arg;
typedef struct gp_keyword gp_keyword;
typedef struct gp_alias gp_alias;
typedef struct gp_withitem gp_withitem;
typedef struct gp_comprehension gp_comprehension;
typedef struct gp_excepthandler gp_excepthandler;
typedef struct gp_pattern gp_pattern;
typedef struct gp_match_case gp_match_case;

/* ---- operator enums ---- */

typedef enum { GP_Load = 1, GP_Store, GP_Del } gp_expr_context;

typedef enum { GP_And = 1, GP_Or } gp_boolop;

typedef enum {
    GP_Add = 1,
    GP_Sub,
    GP_Mult,
    GP_MatMult,
    GP_Div,
    GP_Mod,
    GP_Pow,
    GP_LShift,
    GP_RShift,
    GP_BitOr,
    GP_BitXor,
    GP_BitAnd,
    GP_FloorDiv
} gp_operator;

typedef enum { GP_Invert = 1, GP_Not, GP_UAdd, GP_USub } gp_unaryop;

typedef enum {
    GP_Eq = 1,
    GP_NotEq,
    GP_Lt,
    GP_LtE,
    GP_Gt,
    GP_GtE,
    GP_Is,
    GP_IsNot,
    GP_In,
    GP_NotIn
} gp_cmpop;

/* ---- sequences ---- */

typedef struct { int n; gp_stmt **items; } gp_stmt_seq;
typedef struct { int n; gp_expr **items; } gp_expr_seq;
typedef struct { int n; gp_arg **items; } gp_arg_seq;
typedef struct { int n; gp_keyword **items; } gp_keyword_seq;
typedef struct { int n; gp_alias **items; } gp_alias_seq;
typedef struct { int n; gp_withitem **items; } gp_withitem_seq;
typedef struct { int n; gp_comprehension **items; } gp_comprehension_seq;
typedef struct { int n; gp_excepthandler **items; } gp_excepthandler_seq;
typedef struct { int n; const char **items; } gp_ident_seq;
typedef struct { int n; gp_cmpop *items; } gp_cmpop_seq;
typedef struct { int n; gp_pattern **items; } gp_pattern_seq;
typedef struct { int n; gp_match_case **items; } gp_match_case_seq;

/* ---- constants ---- */

typedef enum {
    GP_CONST_NONE = 1,
    GP_CONST_TRUE,
    GP_CONST_FALSE,
    GP_CONST_ELLIPSIS,
    GP_CONST_INT,   /* s: digits in `base`, no prefix, no underscores */
    GP_CONST_FLOAT, /* s: the literal text without underscores, for strtod */
    GP_CONST_IMAG,  /* s: the float text before the j/J, no underscores */
    GP_CONST_STR,   /* s/len: decoded UTF-8 text; may contain NUL bytes */
    GP_CONST_BYTES  /* s/len: the bytes; may contain NUL bytes */
} gp_const_kind;

/*
 * A literal value, kept as text so the parser needs no number or string
 * objects; the compiler converts it.  `s` is always NUL-terminated (the NUL is
 * not counted in `len`).  For INT, `base` is 10, 16, 8 or 2 and hex digits may
 * be of either case, e.g. `0x_1F` gives s="1F", base=16.
 */
typedef struct {
    gp_const_kind kind;
    int base;
    const char *s;
    size_t len;
} gp_constant;

/* ---- modules ---- */

typedef enum {
    GP_MOD_Module = 1,  /* mode "exec" */
    GP_MOD_Interactive, /* mode "single" */
    GP_MOD_Expression   /* mode "eval" */
} gp_mod_kind;

/* Module.type_ignores is always empty (type comments are ignored). */
struct gp_mod {
    gp_mod_kind kind;
    union {
        struct { gp_stmt_seq body; } Module;
        struct { gp_stmt_seq body; } Interactive;
        struct { gp_expr *body; } Expression;
    } v;
};

/* ---- statements ---- */

typedef enum {
    GP_STMT_FunctionDef = 1,
    GP_STMT_AsyncFunctionDef,
    GP_STMT_ClassDef,
    GP_STMT_Return,
    GP_STMT_Delete,
    GP_STMT_Assign,
    GP_STMT_AugAssign,
    GP_STMT_AnnAssign,
    GP_STMT_For,
    GP_STMT_AsyncFor,
    GP_STMT_While,
    GP_STMT_If,
    GP_STMT_With,
    GP_STMT_AsyncWith,
    GP_STMT_Raise,
    GP_STMT_Try,
    GP_STMT_Assert,
    GP_STMT_Import,
    GP_STMT_ImportFrom,
    GP_STMT_Global,
    GP_STMT_Nonlocal,
    GP_STMT_Expr,
    GP_STMT_Pass,
    GP_STMT_Break,
    GP_STMT_Continue,
    GP_STMT_Match,
    GP_STMT_TryStar
} gp_stmt_kind;

/* Type comments are not kept, so the type_comment fields are absent. */
struct gp_stmt {
    gp_stmt_kind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        /* FunctionDef and AsyncFunctionDef share this layout. */
        struct {
            const char *name;
            gp_arguments *args;
            gp_stmt_seq body;
            gp_expr_seq decorator_list;
            gp_expr *returns; /* optional */
        } FunctionDef, AsyncFunctionDef;
        struct {
            const char *name;
            gp_expr_seq bases;
            gp_keyword_seq keywords;
            gp_stmt_seq body;
            gp_expr_seq decorator_list;
        } ClassDef;
        struct { gp_expr *value; /* optional */ } Return;
        struct { gp_expr_seq targets; } Delete;
        struct {
            gp_expr_seq targets; /* a = b = v has two targets */
            gp_expr *value;
        } Assign;
        struct {
            gp_expr *target;
            gp_operator op;
            gp_expr *value;
        } AugAssign;
        struct {
            gp_expr *target;
            gp_expr *annotation;
            gp_expr *value; /* optional */
            int simple;     /* 1 for a bare, unparenthesized Name target */
        } AnnAssign;
        /* For and AsyncFor share this layout. */
        struct {
            gp_expr *target;
            gp_expr *iter;
            gp_stmt_seq body;
            gp_stmt_seq orelse;
        } For, AsyncFor;
        struct {
            gp_expr *test;
            gp_stmt_seq body;
            gp_stmt_seq orelse;
        } While;
        struct {
            gp_expr *test;
            gp_stmt_seq body;
            gp_stmt_seq orelse; /* elif becomes a single nested If here */
        } If;
        /* With and AsyncWith share this layout. */
        struct {
            gp_withitem_seq items;
            gp_stmt_seq body;
        } With, AsyncWith;
        struct {
            gp_expr *exc;   /* optional */
            gp_expr *cause; /* optional */
        } Raise;
        /* Try and TryStar (`except*` handlers) share this layout. */
        struct {
            gp_stmt_seq body;
            gp_excepthandler_seq handlers;
            gp_stmt_seq orelse;
            gp_stmt_seq finalbody;
        } Try, TryStar;
        struct {
            gp_expr *subject;
            gp_match_case_seq cases;
        } Match;
        struct {
            gp_expr *test;
            gp_expr *msg; /* optional */
        } Assert;
        struct { gp_alias_seq names; } Import;
        struct {
            const char *module; /* optional: NULL for `from . import x` */
            gp_alias_seq names;
            int level; /* number of leading dots */
        } ImportFrom;
        struct { gp_ident_seq names; } Global;
        struct { gp_ident_seq names; } Nonlocal;
        struct { gp_expr *value; } Expr;
    } v;
};

/* ---- expressions ---- */

typedef enum {
    GP_EXPR_BoolOp = 1,
    GP_EXPR_NamedExpr,
    GP_EXPR_BinOp,
    GP_EXPR_UnaryOp,
    GP_EXPR_Lambda,
    GP_EXPR_IfExp,
    GP_EXPR_Dict,
    GP_EXPR_Set,
    GP_EXPR_ListComp,
    GP_EXPR_SetComp,
    GP_EXPR_DictComp,
    GP_EXPR_GeneratorExp,
    GP_EXPR_Await,
    GP_EXPR_Yield,
    GP_EXPR_YieldFrom,
    GP_EXPR_Compare,
    GP_EXPR_Call,
    GP_EXPR_FormattedValue,
    GP_EXPR_JoinedStr,
    GP_EXPR_Constant,
    GP_EXPR_Attribute,
    GP_EXPR_Subscript,
    GP_EXPR_Starred,
    GP_EXPR_Name,
    GP_EXPR_List,
    GP_EXPR_Tuple,
    GP_EXPR_Slice
} gp_expr_kind;

struct gp_expr {
    gp_expr_kind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct {
            gp_boolop op;
            gp_expr_seq values; /* two or more */
        } BoolOp;
        struct {
            gp_expr *target; /* always a Name */
            gp_expr *value;
        } NamedExpr;
        struct {
            gp_expr *left;
            gp_operator op;
            gp_expr *right;
        } BinOp;
        struct {
            gp_unaryop op;
            gp_expr *operand;
        } UnaryOp;
        struct {
            gp_arguments *args;
            gp_expr *body;
        } Lambda;
        struct {
            gp_expr *test;
            gp_expr *body;
            gp_expr *orelse;
        } IfExp;
        struct {
            gp_expr_seq keys; /* NULL entry for `**mapping` */
            gp_expr_seq values;
        } Dict;
        struct { gp_expr_seq elts; } Set;
        /* ListComp, SetComp and GeneratorExp share this layout. */
        struct {
            gp_expr *elt;
            gp_comprehension_seq generators;
        } ListComp, SetComp, GeneratorExp;
        struct {
            gp_expr *key;
            gp_expr *value;
            gp_comprehension_seq generators;
        } DictComp;
        struct { gp_expr *value; } Await;
        struct { gp_expr *value; /* optional */ } Yield;
        struct { gp_expr *value; } YieldFrom;
        struct {
            gp_expr *left;
            gp_cmpop_seq ops;
            gp_expr_seq comparators; /* same length as ops */
        } Compare;
        struct {
            gp_expr *func;
            gp_expr_seq args;
            gp_keyword_seq keywords;
        } Call;
        struct {
            gp_expr *value;
            int conversion;       /* -1, or 's', 'r', 'a' */
            gp_expr *format_spec; /* optional; a JoinedStr */
        } FormattedValue;
        struct {
            gp_expr_seq values; /* Constant(str) and FormattedValue */
        } JoinedStr;
        struct {
            gp_constant value;
            const char *kind; /* "u" for a u-prefixed string, else NULL */
        } Constant;
        struct {
            gp_expr *value;
            const char *attr;
            gp_expr_context ctx;
        } Attribute;
        struct {
            gp_expr *value;
            gp_expr *slice; /* a Slice, a Tuple of them, or any expr */
            gp_expr_context ctx;
        } Subscript;
        struct {
            gp_expr *value;
            gp_expr_context ctx;
        } Starred;
        struct {
            const char *id;
            gp_expr_context ctx;
        } Name;
        /* List and Tuple share this layout. */
        struct {
            gp_expr_seq elts;
            gp_expr_context ctx;
        } List, Tuple;
        struct {
            gp_expr *lower; /* optional */
            gp_expr *upper; /* optional */
            gp_expr *step;  /* optional */
        } Slice;
    } v;
};

/* ---- the other node types ---- */

struct gp_comprehension {
    gp_expr *target;
    gp_expr *iter;
    gp_expr_seq ifs;
    int is_async;
};

/* The only kind of excepthandler is ExceptHandler. */
struct gp_excepthandler {
    int lineno, col_offset, end_lineno, end_col_offset;
    gp_expr *type;    /* optional */
    const char *name; /* optional */
    gp_stmt_seq body;
};

struct gp_arguments {
    gp_arg_seq posonlyargs;
    gp_arg_seq args;
    gp_arg *vararg; /* optional */
    gp_arg_seq kwonlyargs;
    gp_expr_seq kw_defaults; /* one per kwonlyarg, NULL when it has none */
    gp_arg *kwarg;           /* optional */
    gp_expr_seq defaults;    /* for the last len(defaults) positional params */
};

struct gp_arg {
    int lineno, col_offset, end_lineno, end_col_offset;
    const char *arg;
    gp_expr *annotation; /* optional */
};

struct gp_keyword {
    int lineno, col_offset, end_lineno, end_col_offset;
    const char *arg; /* NULL for `**mapping` */
    gp_expr *value;
};

struct gp_alias {
    int lineno, col_offset, end_lineno, end_col_offset;
    const char *name; /* dotted name, or "*" */
    const char *asname; /* optional */
};

struct gp_withitem {
    gp_expr *context_expr;
    gp_expr *optional_vars; /* optional */
};

/* ---- patterns of the match statement ---- */

typedef enum {
    GP_PAT_MatchValue = 1,
    GP_PAT_MatchSingleton,
    GP_PAT_MatchSequence,
    GP_PAT_MatchMapping,
    GP_PAT_MatchClass,
    GP_PAT_MatchStar,
    GP_PAT_MatchAs,
    GP_PAT_MatchOr
} gp_pattern_kind;

struct gp_pattern {
    gp_pattern_kind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct { gp_expr *value; } MatchValue;
        struct { gp_constant value; /* None, True or False */ } MatchSingleton;
        struct { gp_pattern_seq patterns; } MatchSequence;
        struct {
            gp_expr_seq keys;
            gp_pattern_seq patterns;
            const char *rest; /* optional: the name after `**` */
        } MatchMapping;
        struct {
            gp_expr *cls;
            gp_pattern_seq patterns;
            gp_ident_seq kwd_attrs;
            gp_pattern_seq kwd_patterns;
        } MatchClass;
        struct { const char *name; /* optional: NULL for `*_` */ } MatchStar;
        struct {
            gp_pattern *pattern; /* optional */
            const char *name;    /* optional: `_` alone has neither */
        } MatchAs;
        struct { gp_pattern_seq patterns; } MatchOr;
    } v;
};

struct gp_match_case {
    gp_pattern *pattern;
    gp_expr *guard; /* optional */
    gp_stmt_seq body;
};

/* Names of the enum values as the ast module spells them ("Add", "Eq" ...). */
const char *gp_ast_operator_name(gp_operator op);
const char *gp_ast_unaryop_name(gp_unaryop op);
const char *gp_ast_cmpop_name(gp_cmpop op);
const char *gp_ast_boolop_name(gp_boolop op);
const char *gp_ast_context_name(gp_expr_context ctx);
const char *gp_ast_stmt_name(gp_stmt_kind kind);
const char *gp_ast_expr_name(gp_expr_kind kind);
const char *gp_ast_pattern_name(gp_pattern_kind kind);

/* AST header complete */
#endif
