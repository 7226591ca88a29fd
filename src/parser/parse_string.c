/*
 * String literals: prefixes, escape sequences, implicit concatenation of
 * adjacent literals and f-strings (with the rules of Python 3.11, where the
 * expression of a replacement field is found by scanning the literal's text
 * and then parsed on its own).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parser_impl.h"
#include "parser/unicode_names.h"

#define FSTRING_MAXNEST 200

/* Text built up in the arena. */
typedef struct {
    char *s;
    size_t n, cap;
} sbuf;

static int sbuf_add(parser *p, sbuf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->n + n + 1) {
            cap *= 2;
        }
        char *ns = gp_p_alloc(p, cap);
        if (!ns) {
            return -1;
        }
        if (b->n) {
            memcpy(ns, b->s, b->n);
        }
        b->s = ns;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
    return 0;
}

static int sbuf_add_cp(parser *p, sbuf *b, unsigned cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return sbuf_add(p, b, u, n);
}

/* ---- one literal token ---- */

typedef struct {
    int raw, bytes, fstr, u;
    const char *body; /* between the quotes */
    int len;
} literal;

static void split_literal(gp_token *t, literal *l) {
    memset(l, 0, sizeof *l);
    const char *s = t->s;
    while (*s != '\'' && *s != '"') {
        switch (*s) {
        case 'r':
        case 'R':
            l->raw = 1;
            break;
        case 'b':
        case 'B':
            l->bytes = 1;
            break;
        case 'f':
        case 'F':
            l->fstr = 1;
            break;
        case 'u':
        case 'U':
            l->u = 1;
            break;
        default:
            break;
        }
        s++;
    }
    int quote = (t->s + t->len - s) >= 6 && s[0] == s[1] && s[1] == s[2] ? 3 : 1;
    l->body = s + quote;
    l->len = (int)(t->s + t->len - s) - 2 * quote;
}

/* Hangul syllable names are composed from the short names of their jamo:
   leading consonant, vowel, optional trailing consonant. */
static const char *const jamo_l[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                     "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
static const char *const jamo_v[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                     "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const jamo_t[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                     "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                     "SS", "NG", "J", "C", "K", "T", "P", "H"};

static int lookup_hangul(const char *name, size_t n, unsigned *cp) {
    for (int l = 0; l < 19; l++) {
        size_t ll = strlen(jamo_l[l]);
        if (ll > n || memcmp(name, jamo_l[l], ll) != 0) continue;
        for (int v = 0; v < 21; v++) {
            size_t vl = strlen(jamo_v[v]);
            if (ll + vl > n || memcmp(name + ll, jamo_v[v], vl) != 0) continue;
            for (int t = 0; t < 28; t++) {
                size_t tl = strlen(jamo_t[t]);
                if (ll + vl + tl == n && memcmp(name + ll + vl, jamo_t[t], tl) == 0) {
                    *cp = 0xAC00 + (unsigned)((l * 21 + v) * 28 + t);
                    return 1;
                }
            }
        }
    }
    return 0;
}

/* Names that are a prefix and a hex code point over a known range. */
static int lookup_computed(const char *name, size_t n, unsigned *cp) {
    for (const gp_unicode_name_range *r = gp_unicode_computed; r->prefix; r++) {
        size_t pl = strlen(r->prefix);
        if (n <= pl || n > pl + 6 || memcmp(name, r->prefix, pl) != 0) continue;
        unsigned v = 0;
        for (size_t i = pl; i < n; i++) {
            char c = name[i];
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) return 0;
            v = v * 16 + (unsigned)(c <= '9' ? c - '0' : c - 'A' + 10);
        }
        /* The code is written with at least four digits, as the names are. */
        if (n - pl < 4) return 0;
        if (v >= r->lo && v <= r->hi) {
            *cp = v;
            return 1;
        }
    }
    return 0;
}

/* Compare the line starting at `line` ("NAME;HEX\n") with the name. */
static int compare_line(const char *line, const char *name, size_t n) {
    size_t i = 0;
    for (; i < n && line[i] != ';'; i++)
        if (line[i] != name[i]) return (unsigned char)line[i] < (unsigned char)name[i] ? -1 : 1;
    if (i == n) return line[i] == ';' ? 0 : 1;
    return -1;
}

/* \N{NAME}: the character's name in any case, looked up in the generated
   table of names (binary search over its sorted lines). */
static int lookup_name(const char *s, size_t n, unsigned *cp) {
    char name[128];
    if (n == 0 || n >= sizeof name) return 0;
    for (size_t i = 0; i < n; i++) name[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
    name[n] = '\0';
    static const char hangul[] = "HANGUL SYLLABLE ";
    if (n > sizeof hangul - 1 && memcmp(name, hangul, sizeof hangul - 1) == 0)
        return lookup_hangul(name + sizeof hangul - 1, n - (sizeof hangul - 1), cp);
    if (lookup_computed(name, n, cp)) return 1;
    size_t lo = 0, hi = strlen(gp_unicode_names);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        while (mid > lo && gp_unicode_names[mid - 1] != '\n') mid--;
        const char *line = gp_unicode_names + mid;
        int c = compare_line(line, name, n);
        if (c == 0) {
            *cp = (unsigned)strtoul(line + n + 1, NULL, 16);
            return 1;
        }
        const char *end = strchr(line, '\n');
        if (c < 0) lo = (size_t)(end - gp_unicode_names) + 1;
        else hi = mid;
    }
    return 0;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

/* Errors in literals are reported at the last token looked at, as CPython
   reports them. */
#define literal_error(p, ...) gp_p_error_tok((p), &(p)->toks[(p)->fill - 1], __VA_ARGS__)

/*
 * Append the value of s[0..n) to `b`, decoding escape sequences unless
 * `raw`.  For bytes every character must be ASCII; \u, \U and \N are then
 * not escapes.
 */
static int decode(parser *p, sbuf *b, const char *s, int n, int bytes, int raw, gp_token *tok) {
    int i = 0;
    while (i < n) {
        int start = i;
        while (i < n && s[i] != '\\' && !(bytes && (unsigned char)s[i] >= 0x80)) {
            i++;
        }
        if (i > start && sbuf_add(p, b, s + start, (size_t)(i - start)) < 0) {
            return -1;
        }
        if (i >= n) {
            break;
        }
        if ((unsigned char)s[i] >= 0x80) {
            gp_p_error_tok(p, tok, "bytes can only contain ASCII literal characters");
            return -1;
        }
        if (raw) {
            /* A backslash in a raw literal is itself. */
            if (sbuf_add(p, b, "\\", 1) < 0) {
                return -1;
            }
            i++;
            continue;
        }
        int esc = i++;
        if (i >= n) {
            /* A lone backslash at the end only occurs before the closing quote
               of a literal whose last character is escaped away; keep it. */
            if (sbuf_add(p, b, "\\", 1) < 0) {
                return -1;
            }
            break;
        }
        char c = s[i++];
        unsigned cp;
        const char *simple = NULL;
        switch (c) {
        case '\n':
            continue;
        case '\\':
            simple = "\\";
            break;
        case '\'':
            simple = "'";
            break;
        case '"':
            simple = "\"";
            break;
        case 'a':
            simple = "\a";
            break;
        case 'b':
            simple = "\b";
            break;
        case 'f':
            simple = "\f";
            break;
        case 'n':
            simple = "\n";
            break;
        case 'r':
            simple = "\r";
            break;
        case 't':
            simple = "\t";
            break;
        case 'v':
            simple = "\v";
            break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
            cp = (unsigned)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) {
                cp = cp * 8 + (unsigned)(s[i++] - '0');
            }
            if (bytes) {
                char ch = (char)(cp & 0xFF);
                if (sbuf_add(p, b, &ch, 1) < 0) {
                    return -1;
                }
            } else if (sbuf_add_cp(p, b, cp) < 0) {
                return -1;
            }
            continue;
        case 'x':
        case 'u':
        case 'U': {
            if (bytes && c != 'x') {
                break;
            }
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            cp = 0;
            int k = 0;
            for (; k < digits && i < n && hexval((unsigned char)s[i]) >= 0; k++) {
                cp = cp * 16 + (unsigned)hexval((unsigned char)s[i++]);
            }
            if (k < digits) {
                if (bytes) {
                    literal_error(p, "(value error) invalid \\x escape at position %d", esc);
                } else {
                    literal_error(p,
                                  "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                  "position %d-%d: truncated \\%c%s escape",
                                  esc, i - 1, c,
                                  c == 'x'   ? "XX"
                                  : c == 'u' ? "XXXX"
                                             : "XXXXXXXX");
                }
                return -1;
            }
            if (cp > 0x10FFFF) {
                literal_error(p,
                              "(unicode error) 'unicodeescape' codec can't decode bytes in "
                              "position %d-%d: illegal Unicode character",
                              esc, i - 1);
                return -1;
            }
            if (bytes) {
                char ch = (char)cp;
                if (sbuf_add(p, b, &ch, 1) < 0) {
                    return -1;
                }
            } else if (sbuf_add_cp(p, b, cp) < 0) {
                return -1;
            }
            continue;
        }
        case 'N': {
            if (bytes) {
                break;
            }
            /* \N{NAME}: the scan for '}' also gives the error's end. */
            int stop = i;
            if (i < n && s[i] == '{') {
                stop = i + 1;
                while (stop < n && s[stop] != '}') {
                    stop++;
                }
            }
            if (stop == i || stop == i + 1 || stop >= n) {
                literal_error(p,
                              "(unicode error) 'unicodeescape' codec can't decode bytes in "
                              "position %d-%d: malformed \\N character escape",
                              esc, stop - 1);
                return -1;
            }
            const char *close = s + stop;
            if (!lookup_name(s + i + 1, (size_t)(close - s - i - 1), &cp)) {
                literal_error(p,
                              "(unicode error) 'unicodeescape' codec can't decode bytes in "
                              "position %d-%d: unknown Unicode character name",
                              esc, stop);
                return -1;
            }
            i = (int)(close - s) + 1;
            if (sbuf_add_cp(p, b, cp) < 0) {
                return -1;
            }
            continue;
        }
        default:
            break;
        }
        if (simple) {
            if (sbuf_add(p, b, simple, 1) < 0) {
                return -1;
            }
        } else {
            /* An unknown escape keeps its backslash. */
            if (sbuf_add(p, b, s + esc, (size_t)(i - esc)) < 0) {
                return -1;
            }
            if (bytes && (unsigned char)s[i - 1] >= 0x80) {
                gp_p_error_tok(p, tok, "bytes can only contain ASCII literal characters");
                return -1;
            }
        }
    }
    return 0;
}

/* ---- f-strings ---- */

/* The values of a JoinedStr being built, with the literal text not yet
   turned into a Constant. */
typedef struct {
    gp_vec values;
    sbuf lit;
    int fmode; /* an f-string took part: the result is a JoinedStr */
} joined;

/* Where the Constant and FormattedValue nodes of the whole literal go. */
typedef struct {
    int lineno, col, end_lineno, end_col;
    const char *kind;
} span;

static gp_expr *str_constant(parser *p, sbuf *b, span *sp) {
    gp_expr *e =
        gp_p_new_expr(p, GP_EXPR_Constant, sp->lineno, sp->col, sp->end_lineno, sp->end_col);
    if (!e) {
        return NULL;
    }
    e->v.Constant.value.kind = GP_CONST_STR;
    e->v.Constant.value.s = b->s ? b->s : "";
    e->v.Constant.value.len = b->n;
    e->v.Constant.kind = sp->kind;
    return e;
}

static int flush_literal(parser *p, joined *j, span *sp) {
    if (j->lit.n == 0) {
        return 0;
    }
    gp_expr *c = str_constant(p, &j->lit, sp);
    if (!c || gp_vec_push(p, &j->values, c) < 0) {
        return -1;
    }
    memset(&j->lit, 0, sizeof j->lit);
    return 0;
}

/*
 * Parse the expression text [start, end) of a replacement field in token t.
 * It is tokenized on its own inside parentheses (so that it may begin with
 * spaces or span lines), with positions shifted to where the text stands in
 * the file.
 */
static gp_expr *compile_expr(parser *p, const char *start, const char *end, gp_token *t) {
    const char *s = start;
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')) {
        s++;
    }
    if (s == end) {
        if (*end == '!' || *end == ':' || *end == '=') {
            return literal_error(p, "f-string: expression required before '%c'", *end);
        }
        return literal_error(p, "f-string: empty expression not allowed");
    }
    size_t len = (size_t)(end - start);
    char *text = malloc(len + 3);
    if (!text) {
        return gp_p_nomem(p);
    }
    text[0] = '(';
    memcpy(text + 1, start, len);
    text[len + 1] = ')';
    text[len + 2] = 0;

    /* Lines before the '{' in the token, and the column shift of the
       expression's first line. */
    const char *brace = start - 1;
    int lines = 0, cols = 0;
    int newline_after_brace = 1;
    for (s = start; s < end && *s != '}' && *s != '\n'; s++) {
        if (*s != ' ' && *s != '\t' && *s != '\f') {
            newline_after_brace = 0;
            break;
        }
    }
    if (s == end) {
        newline_after_brace = 0;
    }
    if (!newline_after_brace) {
        s = brace;
        while (s > t->s && *s != '\n') {
            s--;
        }
        cols = (int)(brace - s) - (*s == '\n' ? 1 : 0);
    }
    for (s = t->s; s < brace; s++) {
        lines += *s == '\n';
    }
    int starting_col = lines == 0 ? t->col + cols : cols;
    int line_base = t->lineno + lines - 1;

    gp_tokens tk;
    int r = gp_tokenize(&tk, text, len + 2, 1);
    free(text);
    if (r < 0) {
        gp_tokens_free(&tk);
        return gp_p_nomem(p);
    }
    for (int i = 0; i < tk.ntoks; i++) {
        gp_token *k = &tk.toks[i];
        if (k->lineno == 1) {
            k->col += k->col >= 0 ? starting_col : 0;
            k->curcol += starting_col;
        }
        if (k->end_lineno == 1) {
            k->end_col += k->end_col >= 0 ? starting_col : 0;
        }
        k->lineno += line_base;
        k->end_lineno += line_base;
    }
    parser sub;
    memset(&sub, 0, sizeof sub);
    sub.arena = p->arena;
    sub.tk = &tk;
    sub.toks = tk.toks;
    sub.ntoks = tk.ntoks;
    sub.err = p->err;
    sub.mode = p->mode;
    sub.fstring = 1;
    sub.srcbuf = p->srcbuf;
    sub.depth = p->depth;
    sub.fstring_line = line_base;
    sub.fstring_col = starting_col;
    gp_expr *e = gp_p_star_expressions(&sub);
    if (e && !gp_p_check(&sub, T_NEWLINE)) {
        gp_p_syntax_error(&sub);
    }
    if (sub.error) {
        if (sub.error != 2 && tk.ntoks > 0 && tk.toks[tk.ntoks - 1].type == T_ERRORTOKEN) {
            /* The tokenizer's message, marked as coming from an f-string. */
            free(p->err->text);
            *p->err = tk.error;
            tk.error.text = NULL;
            snprintf(p->err->msg, sizeof p->err->msg, "f-string: %.240s", tk.error.msg);
            p->err->lineno += line_base;
            p->err->end_lineno += line_base;
        }
        p->error = sub.error;
        e = NULL;
    }
    gp_tokens_free(&tk);
    return e;
}

static int fstring_parse(parser *p, joined *j, span *sp, const char **str, const char *end, int raw,
                         int level, gp_token *t);

/*
 * At a '{' that starts a replacement field: parse it up to and including its
 * '}' and append the `x=` text and the FormattedValue to `j`.
 */
static int fstring_field(parser *p, joined *j, span *sp, const char **str, const char *end, int raw,
                         int level, gp_token *t) {
    if (level >= 2) {
        literal_error(p, "f-string: expressions nested too deeply");
        return -1;
    }
    const char *s = *str + 1;
    const char *expr_start = s;
    char quote = 0;
    int quote_size = 0, nested = 0;
    char stack[FSTRING_MAXNEST];
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\') {
            literal_error(p, "f-string expression part cannot include a backslash");
            return -1;
        }
        if (quote) {
            if (ch == quote) {
                if (quote_size == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                quote_size = 3;
                s += 2;
            } else {
                quote_size = 1;
            }
            quote = ch;
            continue;
        }
        if (ch == '[' || ch == '{' || ch == '(') {
            if (nested >= FSTRING_MAXNEST) {
                literal_error(p, "f-string: too many nested parenthesis");
                return -1;
            }
            stack[nested++] = ch;
            continue;
        }
        if (ch == '#') {
            literal_error(p, "f-string expression part cannot include '#'");
            return -1;
        }
        if (nested == 0 &&
            (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (s + 1 < end) {
                char next = s[1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                    (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    s++;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') {
                continue;
            }
            break;
        }
        if (ch == ']' || ch == '}' || ch == ')') {
            if (!nested) {
                literal_error(p, "f-string: unmatched '%c'", ch);
                return -1;
            }
            char open = stack[--nested];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                literal_error(
                    p, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                    ch, open);
                return -1;
            }
        }
    }
    const char *expr_end = s;
    if (quote) {
        literal_error(p, "f-string: unterminated string");
        return -1;
    }
    if (nested) {
        literal_error(p, "f-string: unmatched '%c'", stack[nested - 1]);
        return -1;
    }
    if (s >= end) {
        goto unexpected_end;
    }
    gp_expr *value = compile_expr(p, expr_start, expr_end, t);
    if (!value) {
        return -1;
    }
    int debug = 0;
    if (*s == '=') {
        s++;
        while (s < end &&
               (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v')) {
            s++;
        }
        if (s >= end) {
            goto unexpected_end;
        }
        /* The text of `x=` goes into the string before the value. */
        if (sbuf_add(p, &j->lit, expr_start, (size_t)(s - expr_start)) < 0) {
            return -1;
        }
        debug = 1;
    }
    int conversion = -1;
    if (*s == '!') {
        s++;
        if (s >= end) {
            goto unexpected_end;
        }
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            literal_error(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return -1;
        }
    }
    gp_expr *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        if (s >= end) {
            goto unexpected_end;
        }
        joined sj;
        memset(&sj, 0, sizeof sj);
        /* The spec's text after its last field is placed at the token. */
        span tsp = {t->lineno, t->col, t->end_lineno, t->end_col, sp->kind};
        if (fstring_parse(p, &sj, sp, &s, end, raw, level + 1, t) < 0 ||
            flush_literal(p, &sj, &tsp) < 0) {
            return -1;
        }
        spec = gp_p_new_expr(p, GP_EXPR_JoinedStr, t->lineno, t->col, t->end_lineno, t->end_col);
        if (!spec) {
            return -1;
        }
        spec->v.JoinedStr.values = GP_VEC_SEQ(gp_expr_seq, sj.values);
    }
    if (s >= end || *s != '}') {
        goto unexpected_end;
    }
    s++;
    *str = s;
    if (debug && !spec && conversion == -1) {
        conversion = 'r';
    }
    if (flush_literal(p, j, sp) < 0) {
        return -1;
    }
    gp_expr *fv =
        gp_p_new_expr(p, GP_EXPR_FormattedValue, sp->lineno, sp->col, sp->end_lineno, sp->end_col);
    if (!fv || gp_vec_push(p, &j->values, fv) < 0) {
        return -1;
    }
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    return 0;
unexpected_end:
    literal_error(p, "f-string: expecting '}'");
    return -1;
}

/*
 * Literal text and replacement fields of an f-string body from *str to
 * `end`; at `level` > 0 this is a format spec, which ends at its '}'.
 */
static int fstring_parse(parser *p, joined *j, span *sp, const char **str, const char *end, int raw,
                         int level, gp_token *t) {
    j->fmode = 1;
    const char *s = *str;
    while (s < end) {
        const char *lit_start = s;
        int doubled = 0;
        while (s < end) {
            char ch = *s++;
            if (!raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N') {
                    /* The braces of \N{...} are not a replacement field. */
                    if (s < end && *s++ == '{') {
                        while (s < end && *s++ != '}') {
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                /* Doubled braces are only special outside format specs. */
                if (level == 0) {
                    if (s < end && *s == ch) {
                        doubled = 1;
                        break;
                    }
                    if (ch == '}') {
                        *str = s - 1;
                        literal_error(p, "f-string: single '}' is not allowed");
                        return -1;
                    }
                }
                s--;
                break;
            }
        }
        if (s > lit_start && decode(p, &j->lit, lit_start, (int)(s - lit_start), 0, raw, t) < 0) {
            return -1;
        }
        if (doubled) {
            s++;
            continue;
        }
        if (s >= end || *s == '}') {
            break;
        }
        if (fstring_field(p, j, sp, &s, end, raw, level, t) < 0) {
            return -1;
        }
    }
    *str = s;
    if (level > 0 && (s >= end || *s != '}')) {
        literal_error(p, "f-string: expecting '}'");
        return -1;
    }
    return 0;
}

/* ---- concatenation ---- */

gp_expr *gp_p_strings(parser *p, int first, int last) {
    gp_token *ft = &p->toks[first], *lt = &p->toks[last];
    span sp = {ft->lineno, ft->col, lt->end_lineno, lt->end_col, NULL};
    if (ft->s[0] == 'u') {
        sp.kind = "u";
    }
    literal l;
    split_literal(ft, &l);
    int bytes = l.bytes, fmode = 0;
    for (int i = first; i <= last; i++) {
        split_literal(&p->toks[i], &l);
        if (l.bytes != bytes) {
            return literal_error(p, "cannot mix bytes and nonbytes literals");
        }
        fmode |= l.fstr;
    }
    joined j;
    memset(&j, 0, sizeof j);
    for (int i = first; i <= last; i++) {
        gp_token *t = &p->toks[i];
        split_literal(t, &l);
        if (l.fstr) {
            const char *s = l.body;
            if (fstring_parse(p, &j, &sp, &s, l.body + l.len, l.raw, 0, t) < 0) {
                return NULL;
            }
        } else if (decode(p, &j.lit, l.body, l.len, l.bytes, l.raw, t) < 0) {
            return NULL;
        }
    }
    if (!fmode) {
        gp_expr *c = str_constant(p, &j.lit, &sp);
        if (c && bytes) {
            c->v.Constant.value.kind = GP_CONST_BYTES;
            c->v.Constant.kind = NULL;
        }
        return c;
    }
    if (flush_literal(p, &j, &sp) < 0) {
        return NULL;
    }
    gp_expr *e = gp_p_new_expr(p, GP_EXPR_JoinedStr, sp.lineno, sp.col, sp.end_lineno, sp.end_col);
    if (e) {
        e->v.JoinedStr.values = GP_VEC_SEQ(gp_expr_seq, j.values);
    }
    return e;
}
