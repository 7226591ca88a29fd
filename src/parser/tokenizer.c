/*
 * The tokenizer.  It follows the rules of CPython 3.11's tokenizer, including
 * where its errors point, because error messages are compared with CPython's.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/tokenizer.h"

#define MAXLEVEL 200  /* bracket nesting */
#define MAXINDENT 100 /* indentation levels */
#define TABSIZE 8

typedef struct {
    gp_tokens *out;
    const char *buf, *end; /* end points at the terminating NUL */
    const char *cur;
    const char *line_start;
    int lineno;
    int atbol;
    int pendin; /* pending INDENT (>0) or DEDENT (<0) tokens */
    int indent;
    int indstack[MAXINDENT];
    int altindstack[MAXINDENT];
    int level;
    char parenstack[MAXLEVEL];
    int parenline[MAXLEVEL];
    int parencol[MAXLEVEL];
} tstate;

/* ---- helpers shared with the parser ---- */

int gp_utf8_chars(const char *s, int n) {
    int c = 0;
    for (int i = 0; i < n; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            c++;
        }
    }
    return c;
}

const char *gp_line_start(const char *buf, int first_lineno, int lineno) {
    const char *p = buf;
    for (int l = first_lineno; l < lineno && *p; l++) {
        const char *nl = strchr(p, '\n');
        if (!nl) {
            break;
        }
        p = nl + 1;
    }
    return p;
}

static char *dup_line(const char *line) {
    size_t n = strcspn(line, "\n");
    int nl = line[n] == '\n';
    char *s = malloc(n + nl + 1);
    if (s) {
        memcpy(s, line, n + nl);
        s[n + nl] = 0;
    }
    return s;
}

static void set_msg(gp_parse_error *err, const char *fmt, va_list ap) {
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
}

void gp_set_error(gp_parse_error *err, const char *buf, int kind, int lineno, int col,
                  int end_lineno, int end_col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    set_msg(err, fmt, ap);
    va_end(ap);
    err->kind = kind;
    err->lineno = lineno;
    err->end_lineno = end_lineno;
    free(err->text);
    err->text = NULL;
    const char *line = buf ? gp_line_start(buf, 1, lineno) : NULL;
    int linelen = line ? (int)strcspn(line, "\n") : 0;
    if (line) {
        err->text = dup_line(line);
    }
    /* A byte offset is turned into characters by counting the characters of
       the first col+1 bytes (capped at the line's length + 1). */
    if (col < 0) {
        err->offset = 0;
    } else if (line) {
        int n = col + 1 > linelen + 1 ? linelen + 1 : col + 1;
        err->offset =
            gp_utf8_chars(line, n < linelen ? n : linelen) + (n > linelen ? n - linelen : 0);
    } else {
        err->offset = col + 1;
    }
    if (end_col < 0) {
        err->end_offset = end_col == -1 ? 0 : end_col;
    } else {
        const char *eline = buf ? gp_line_start(buf, 1, end_lineno) : NULL;
        if (eline) {
            int elen = (int)strcspn(eline, "\n");
            int n = end_col + 1 > elen + 1 ? elen + 1 : end_col + 1;
            err->end_offset = gp_utf8_chars(eline, n < elen ? n : elen) + (n > elen ? n - elen : 0);
        } else {
            err->end_offset = end_col + 1;
        }
    }
}

/* ---- token output ---- */

static gp_token *push(tstate *t, int type) {
    gp_tokens *o = t->out;
    if (o->ntoks == o->cap) {
        int cap = o->cap ? o->cap * 2 : 256;
        gp_token *n = realloc(o->toks, (size_t)cap * sizeof *n);
        if (!n) {
            return NULL;
        }
        o->toks = n;
        o->cap = cap;
    }
    gp_token *k = &o->toks[o->ntoks++];
    memset(k, 0, sizeof *k);
    k->type = type;
    k->level = t->level;
    return k;
}

/* A token with text from `start` (on line `lineno` starting at `lstart`) to
   the current position. */
static int emit(tstate *t, int type, const char *start, int lineno, const char *lstart) {
    gp_token *k = push(t, type);
    if (!k) {
        return -1;
    }
    k->s = start;
    k->len = (int)(t->cur - start);
    k->lineno = lineno;
    k->col = (int)(start - lstart);
    k->end_lineno = t->lineno;
    k->end_col = (int)(t->cur - t->line_start);
    k->curcol = k->end_col;
    return 0;
}

/* INDENT, DEDENT and ENDMARKER. */
static int emit_empty(tstate *t, int type) {
    gp_token *k = push(t, type);
    if (!k) {
        return -1;
    }
    k->s = t->cur;
    k->lineno = k->end_lineno = t->lineno;
    k->col = k->end_col = -1;
    k->curcol = (int)(t->cur - t->line_start);
    if (t->cur >= t->end && t->cur > t->buf) {
        /* At the end CPython is still on the last line, past its newline. */
        const char *prev = t->cur - 1;
        while (prev > t->buf && prev[-1] != '\n') {
            prev--;
        }
        k->lineno = k->end_lineno = t->lineno - 1;
        k->curcol = (int)(t->cur - prev);
    }
    return 0;
}

/*
 * A tokenizer error.  The offset CPython reports is the number of characters
 * from the start of the line to `at` (not plus one); `end_at` gives the end
 * the same way (NULL: same as the start).
 */
static int tok_error_at(tstate *t, int kind, const char *at, const char *end_at, const char *fmt,
                        ...) {
    gp_parse_error *e = &t->out->error;
    va_list ap;
    va_start(ap, fmt);
    set_msg(e, fmt, ap);
    va_end(ap);
    e->kind = kind;
    e->lineno = e->end_lineno = t->lineno;
    e->offset = gp_utf8_chars(t->line_start, (int)(at - t->line_start));
    e->end_offset =
        end_at ? gp_utf8_chars(t->line_start, (int)(end_at - t->line_start)) : e->offset;
    free(e->text);
    e->text = dup_line(t->line_start);
    /* The tokenizer's copy of the line has no newline. */
    if (e->text) {
        e->text[strcspn(e->text, "\n")] = 0;
    }
    if (!push(t, T_ERRORTOKEN)) {
        return -2;
    }
    t->out->toks[t->out->ntoks - 1].lineno = t->lineno;
    return -1;
}

#define syntax_error(t, ...) tok_error_at((t), GP_PERR_SYNTAX, (t)->cur, NULL, __VA_ARGS__)

/* Errors about indentation and line continuation quote the line with its
   newline (CPython reports them from the parser, which keeps it). */
static void keep_newline(tstate *t) {
    free(t->out->error.text);
    t->out->error.text = dup_line(t->line_start);
}

/* ---- character classes ---- */

static int is_id_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static int is_id_char(int c) { return is_id_start(c) || (c >= '0' && c <= '9'); }

static int is_digit(int c) { return c >= '0' && c <= '9'; }

static int is_xdigit(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Decode one UTF-8 sequence (already validated); returns its length. */
static int utf8_decode(const unsigned char *s, unsigned *cp) {
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (s[0] < 0xE0) {
        *cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
        return 2;
    }
    if (s[0] < 0xF0) {
        *cp = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
        return 3;
    }
    *cp = ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
    return 4;
}

/*
 * Non-ASCII characters that print but are not letters: punctuation, symbols,
 * arrows, box drawing, emoji...  Without the Unicode database this is an
 * approximation that covers the characters people actually paste into code.
 */
static int is_symbol(unsigned c) {
    static const unsigned ranges[][2] = {
        {0xA1, 0xA9},     {0xAB, 0xAC},       {0xAE, 0xB4},     {0xB6, 0xB6},     {0xB8, 0xB9},
        {0xBB, 0xBF},     {0xD7, 0xD7},       {0xF7, 0xF7},     {0x2010, 0x2027}, {0x2030, 0x203E},
        {0x2041, 0x2053}, {0x2055, 0x205E},   {0x20A0, 0x20CF}, {0x2190, 0x245F}, {0x2500, 0x2775},
        {0x2794, 0x2BFF}, {0x2E00, 0x2E7F},   {0x3001, 0x3004}, {0x3008, 0x3020}, {0x3030, 0x3030},
        {0xFE10, 0xFE19}, {0xFE30, 0xFE32},   {0xFE35, 0xFE4C}, {0xFE50, 0xFE6B}, {0xFF01, 0xFF0F},
        {0xFF1A, 0xFF20}, {0xFF3B, 0xFF3E},   {0xFF40, 0xFF40}, {0xFF5B, 0xFF65}, {0xFFE0, 0xFFEE},
        {0xFFFC, 0xFFFD}, {0x1F000, 0x1FAFF},
    };
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
        if (c >= ranges[i][0] && c <= ranges[i][1]) {
            return 1;
        }
    }
    return 0;
}

/* Control, format, separator, private-use and unassigned-ish characters. */
static int is_nonprintable(unsigned c) {
    return (c >= 0x80 && c <= 0xA0) || c == 0xAD || c == 0x1680 || (c >= 0x2000 && c <= 0x200F) ||
           (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F) || c == 0x3000 ||
           c == 0xFEFF || (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xFFF0 && c <= 0xFFFB) ||
           (c >= 0xD800 && c <= 0xDFFF) || c >= 0xF0000;
}

/* Combining marks and other characters that may continue but not start an
   identifier. */
static int is_continue_only(unsigned c) {
    return (c >= 0x300 && c <= 0x36F) || c == 0xB7 || (c >= 0x203F && c <= 0x2040) || c == 0x2054 ||
           (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9) ||
           (c >= 0x0966 && c <= 0x096F) || (c >= 0xFF10 && c <= 0xFF19) || c == 0xFF3F ||
           (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x20D0 && c <= 0x20FF) ||
           (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0xFE33 && c <= 0xFE34) ||
           (c >= 0xFE4D && c <= 0xFE4F);
}

/* Check the identifier from `start` to t->cur; report the first character
   that may not appear in it, as CPython does. */
static int verify_identifier(tstate *t, const char *start) {
    const unsigned char *p = (const unsigned char *)start;
    const unsigned char *e = (const unsigned char *)t->cur;
    int first = 1;
    while (p < e) {
        unsigned cp;
        int n = utf8_decode(p, &cp);
        int bad;
        if (cp < 128) {
            bad = first && is_digit((int)cp);
        } else {
            bad = is_symbol(cp) || is_nonprintable(cp) || (first && is_continue_only(cp));
        }
        if (bad) {
            t->cur = (const char *)p + n;
            if (is_nonprintable(cp)) {
                return syntax_error(t, "invalid non-printable character U+%04X", cp);
            }
            char ch[5];
            memcpy(ch, p, (size_t)n);
            ch[n] = 0;
            return syntax_error(t, "invalid character '%s' (U+%04X)", ch, cp);
        }
        p += n;
        first = 0;
    }
    return 0;
}

/* ---- lines ---- */

/* Move past a '\n' at t->cur. */
static void newline(tstate *t) {
    t->cur++;
    t->lineno++;
    t->line_start = t->cur;
}

/*
 * After a backslash: it must end the line, and the file must go on.
 * Returns 0, or -1 with the error emitted.
 */
static int continuation(tstate *t) {
    t->cur++; /* the backslash */
    if (*t->cur != '\n') {
        /* CPython points just past the character after the backslash. */
        if (t->cur < t->end) {
            t->cur++;
        }
        tok_error_at(t, GP_PERR_SYNTAX, t->cur, NULL,
                     "unexpected character after line continuation character");
        keep_newline(t);
        t->out->error.end_offset = 0;
        return -1;
    }
    newline(t);
    if (t->cur >= t->end) {
        /* The error is reported at the end of the last line. */
        const char *prev = t->line_start - 1;
        while (prev > t->buf && prev[-1] != '\n') {
            prev--;
        }
        t->lineno--;
        t->line_start = prev;
        tok_error_at(t, GP_PERR_SYNTAX, t->cur, NULL, "unexpected EOF while parsing");
        keep_newline(t);
        t->out->error.end_offset = -1;
        t->out->error.incomplete = 1;
        return -1;
    }
    return 0;
}

/* Measure indentation at the start of a line; emits INDENT/DEDENT into
   t->pendin.  Returns 1 if the line is blank (only spaces and comment). */
static int indentation(tstate *t, int *blank) {
    int col = 0, altcol = 0, cont_col = 0;
    for (;;) {
        int c = (unsigned char)*t->cur;
        if (c == ' ') {
            col++;
            altcol++;
        } else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol = altcol + 1;
        } else if (c == '\014') {
            col = altcol = 0;
        } else if (c == '\\') {
            /* The first backslash after the indentation decides the level. */
            cont_col = cont_col ? cont_col : col;
            if (continuation(t) < 0) {
                return -1;
            }
            continue;
        } else {
            break;
        }
        t->cur++;
    }
    int c = (unsigned char)*t->cur;
    *blank = (c == '#' || c == '\n');
    if (*blank || t->level != 0 || t->cur >= t->end) {
        if (t->cur >= t->end && t->level == 0) {
            /* End of input: close every open block. */
            while (t->indent > 0) {
                t->indent--;
                t->pendin--;
            }
        }
        return 0;
    }
    if (cont_col) {
        col = altcol = cont_col;
    }
    if (col == t->indstack[t->indent]) {
        if (altcol != t->altindstack[t->indent]) {
            goto taberror;
        }
    } else if (col > t->indstack[t->indent]) {
        if (t->indent + 1 >= MAXINDENT) {
            tok_error_at(t, GP_PERR_INDENT, t->line_start, NULL, "too many levels of indentation");
            keep_newline(t);
            t->out->error.offset = 1;
            t->out->error.end_offset = 0;
            return -1;
        }
        if (altcol <= t->altindstack[t->indent]) {
            goto taberror;
        }
        t->pendin++;
        t->indent++;
        t->indstack[t->indent] = col;
        t->altindstack[t->indent] = altcol;
    } else {
        while (t->indent > 0 && col < t->indstack[t->indent]) {
            t->pendin--;
            t->indent--;
        }
        if (col != t->indstack[t->indent]) {
            /* Reported at the end of the line, newline included. */
            tok_error_at(t, GP_PERR_INDENT, t->cur + strcspn(t->cur, "\n") + 1, NULL,
                         "unindent does not match any outer indentation level");
            keep_newline(t);
            t->out->error.end_offset = -1;
            return -1;
        }
        if (altcol != t->altindstack[t->indent]) {
            goto taberror;
        }
    }
    return 0;
taberror:
    tok_error_at(t, GP_PERR_TAB, t->line_start, NULL,
                 "inconsistent use of tabs and spaces in indentation");
    keep_newline(t);
    t->out->error.offset = 1;
    t->out->error.end_offset = 0;
    return -1;
}

/* ---- numbers ---- */

/* Digits with single underscores between them.  Returns the character after
   them, or -1 after an error. */
static int decimal_tail(tstate *t) {
    for (;;) {
        while (is_digit(*t->cur)) {
            t->cur++;
        }
        if (*t->cur != '_') {
            return (unsigned char)*t->cur;
        }
        t->cur++;
        if (!is_digit(*t->cur)) {
            syntax_error(t, "invalid decimal literal");
            return -1;
        }
    }
}

static int starts_with(const char *s, const char *w) { return strncmp(s, w, strlen(w)) == 0; }

/*
 * A number must not run into a name ("1if" is still accepted, as CPython
 * does, because "1 if" used to be written that way).
 */
static int end_of_number(tstate *t, const char *kind) {
    const char *c = t->cur;
    int r = 0;
    switch (*c) {
    case 'a':
        r = starts_with(c + 1, "nd");
        break;
    case 'e':
        r = starts_with(c + 1, "lse");
        break;
    case 'f':
        r = starts_with(c + 1, "or");
        break;
    case 'i':
        r = c[1] == 'f' || c[1] == 'n' || c[1] == 's';
        break;
    case 'o':
        r = c[1] == 'r';
        break;
    case 'n':
        r = starts_with(c + 1, "ot");
        break;
    default:
        break;
    }
    if (r) {
        return 0;
    }
    /* A non-ASCII character after a number starts a token of its own. */
    if (is_id_char((unsigned char)*c) && (unsigned char)*c < 128) {
        syntax_error(t, "invalid %s literal", kind);
        return -1;
    }
    return 0;
}

static int number(tstate *t, const char *start) {
    const char *lstart = t->line_start;
    int lineno = t->lineno;
    int c;
    if (*t->cur == '0' && (t->cur[1] == 'x' || t->cur[1] == 'X')) {
        t->cur += 2;
        do {
            if (*t->cur == '_') {
                t->cur++;
            }
            if (!is_xdigit(*t->cur)) {
                return syntax_error(t, "invalid hexadecimal literal");
            }
            while (is_xdigit(*t->cur)) {
                t->cur++;
            }
        } while (*t->cur == '_');
        if (end_of_number(t, "hexadecimal") < 0) {
            return -1;
        }
    } else if (*t->cur == '0' && (t->cur[1] == 'o' || t->cur[1] == 'O')) {
        t->cur += 2;
        do {
            if (*t->cur == '_') {
                t->cur++;
            }
            c = (unsigned char)*t->cur;
            if (c < '0' || c >= '8') {
                if (is_digit(c)) {
                    t->cur++;
                    return syntax_error(t, "invalid digit '%c' in octal literal", c);
                }
                return syntax_error(t, "invalid octal literal");
            }
            while (*t->cur >= '0' && *t->cur < '8') {
                t->cur++;
            }
        } while (*t->cur == '_');
        if (is_digit(*t->cur)) {
            c = (unsigned char)*t->cur++;
            return syntax_error(t, "invalid digit '%c' in octal literal", c);
        }
        if (end_of_number(t, "octal") < 0) {
            return -1;
        }
    } else if (*t->cur == '0' && (t->cur[1] == 'b' || t->cur[1] == 'B')) {
        t->cur += 2;
        do {
            if (*t->cur == '_') {
                t->cur++;
            }
            c = (unsigned char)*t->cur;
            if (c != '0' && c != '1') {
                if (is_digit(c)) {
                    t->cur++;
                    return syntax_error(t, "invalid digit '%c' in binary literal", c);
                }
                return syntax_error(t, "invalid binary literal");
            }
            while (*t->cur == '0' || *t->cur == '1') {
                t->cur++;
            }
        } while (*t->cur == '_');
        if (is_digit(*t->cur)) {
            c = (unsigned char)*t->cur++;
            return syntax_error(t, "invalid digit '%c' in binary literal", c);
        }
        if (end_of_number(t, "binary") < 0) {
            return -1;
        }
    } else {
        int nonzero = 0;
        int leading_zero = *t->cur == '0';
        const char *zeros_end = NULL;
        if (*t->cur == '.') {
            /* ".5": the caller saw a digit after the dot. */
            t->cur++;
            goto fraction;
        }
        if (leading_zero) {
            /* "0", "00", "0_0", or a float such as "01.5" */
            for (;;) {
                if (*t->cur == '_') {
                    t->cur++;
                    if (!is_digit(*t->cur)) {
                        return syntax_error(t, "invalid decimal literal");
                    }
                }
                if (*t->cur != '0') {
                    break;
                }
                t->cur++;
            }
            zeros_end = t->cur;
            if (is_digit(*t->cur)) {
                nonzero = 1;
                if (decimal_tail(t) < 0) {
                    return -1;
                }
            }
            c = (unsigned char)*t->cur;
            if (c == '.') {
                t->cur++;
                goto fraction;
            } else if (c == 'e' || c == 'E') {
                goto exponent;
            } else if (c == 'j' || c == 'J') {
                goto imaginary;
            } else if (nonzero) {
                tok_error_at(t, GP_PERR_SYNTAX, start + 1, zeros_end + 1,
                             "leading zeros in decimal integer literals are not permitted; "
                             "use an 0o prefix for octal integers");
                return -1;
            }
            if (end_of_number(t, "decimal") < 0) {
                return -1;
            }
            goto done;
        }
        if (decimal_tail(t) < 0) {
            return -1;
        }
        c = (unsigned char)*t->cur;
        if (c == '.') {
            t->cur++;
        fraction:
            if (is_digit(*t->cur)) {
                if (decimal_tail(t) < 0) {
                    return -1;
                }
            }
        }
        c = (unsigned char)*t->cur;
        if (c == 'e' || c == 'E') {
        exponent:
            t->cur++;
            c = (unsigned char)*t->cur;
            if (c == '+' || c == '-') {
                t->cur++;
                if (!is_digit(*t->cur)) {
                    return syntax_error(t, "invalid decimal literal");
                }
            } else if (!is_digit(c)) {
                /* "1e" not followed by digits: the 'e' is not part of the
                   number, and may only start a keyword such as "else". */
                t->cur--;
                if (end_of_number(t, "decimal") < 0) {
                    return -1;
                }
                goto done;
            }
            if (decimal_tail(t) < 0) {
                return -1;
            }
        }
        c = (unsigned char)*t->cur;
        if (c == 'j' || c == 'J') {
        imaginary:
            t->cur++;
            if (end_of_number(t, "imaginary") < 0) {
                return -1;
            }
        } else if (end_of_number(t, "decimal") < 0) {
            return -1;
        }
    }
done:
    return emit(t, T_NUMBER, start, lineno, lstart);
}

/* ---- strings ---- */

/* `start` is the token start (prefix included); t->cur is at the quote. */
static int string(tstate *t, const char *start) {
    const char *lstart = t->line_start;
    int lineno = t->lineno;
    char quote = *t->cur;
    int quote_size = 1, end_quote_size = 0;
    t->cur++;
    if (*t->cur == quote) {
        if (t->cur[1] == quote) {
            quote_size = 3;
            t->cur += 2;
        } else {
            t->cur++;
            end_quote_size = 1; /* the empty string */
        }
    }
    while (end_quote_size != quote_size) {
        if (t->cur >= t->end || (quote_size == 1 && *t->cur == '\n')) {
            /* Reported at the token's start, with the line where the input
               ran out. */
            int detected = t->lineno;
            int at_eof = t->cur >= t->end;
            t->lineno = lineno;
            t->line_start = lstart;
            if (quote_size == 3) {
                tok_error_at(t, GP_PERR_SYNTAX, start + 1, NULL,
                             "unterminated triple-quoted string literal (detected at line %d)",
                             detected - (at_eof ? 1 : 0));
            } else {
                tok_error_at(t, GP_PERR_SYNTAX, start + 1, NULL,
                             "unterminated string literal (detected at line %d)",
                             detected - (at_eof ? 1 : 0));
            }
            t->out->error.incomplete = at_eof;
            return -1;
        }
        char c = *t->cur;
        if (c == quote) {
            end_quote_size++;
            t->cur++;
            continue;
        }
        end_quote_size = 0;
        if (c == '\\') {
            t->cur++;
            if (t->cur >= t->end) {
                continue;
            }
            c = *t->cur;
        }
        if (c == '\n') {
            newline(t);
        } else {
            t->cur++;
        }
    }
    return emit(t, T_STRING, start, lineno, lstart);
}

/* ---- keywords and operators ---- */

static int keyword(const char *s, int n) {
    static const struct {
        const char *w;
        int type;
    } kw[] = {
        {"False", T_FALSE},
        {"None", T_NONE},
        {"True", T_TRUE},
        {"and", T_AND},
        {"as", T_AS},
        {"assert", T_ASSERT},
        {"async", T_ASYNC},
        {"await", T_AWAIT},
        {"break", T_BREAK},
        {"class", T_CLASS},
        {"continue", T_CONTINUE},
        {"def", T_DEF},
        {"del", T_DEL},
        {"elif", T_ELIF},
        {"else", T_ELSE},
        {"except", T_EXCEPT},
        {"finally", T_FINALLY},
        {"for", T_FOR},
        {"from", T_FROM},
        {"global", T_GLOBAL},
        {"if", T_IF},
        {"import", T_IMPORT},
        {"in", T_IN},
        {"is", T_IS},
        {"lambda", T_LAMBDA},
        {"nonlocal", T_NONLOCAL},
        {"not", T_NOT},
        {"or", T_OR},
        {"pass", T_PASS},
        {"raise", T_RAISE},
        {"return", T_RETURN},
        {"try", T_TRY},
        {"while", T_WHILE},
        {"with", T_WITH},
        {"yield", T_YIELD},
    };
    if (n < 2 || n > 8 || s[0] < 'F' || s[0] > 'y') {
        return T_NAME;
    }
    for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++) {
        if (kw[i].w[0] == s[0] && (int)strlen(kw[i].w) == n && memcmp(kw[i].w, s, (size_t)n) == 0) {
            return kw[i].type;
        }
    }
    return T_NAME;
}

static const char *const token_texts[T_NTYPES] = {
    [T_ENDMARKER] = "end of input",
    [T_NAME] = "name",
    [T_NUMBER] = "number",
    [T_STRING] = "string",
    [T_NEWLINE] = "newline",
    [T_INDENT] = "indent",
    [T_DEDENT] = "dedent",
    [T_OP_OTHER] = "operator",
    [T_ERRORTOKEN] = "error",
    [T_LPAR] = "(",
    [T_RPAR] = ")",
    [T_LSQB] = "[",
    [T_RSQB] = "]",
    [T_LBRACE] = "{",
    [T_RBRACE] = "}",
    [T_COLON] = ":",
    [T_COMMA] = ",",
    [T_SEMI] = ";",
    [T_PLUS] = "+",
    [T_MINUS] = "-",
    [T_STAR] = "*",
    [T_SLASH] = "/",
    [T_VBAR] = "|",
    [T_AMPER] = "&",
    [T_LESS] = "<",
    [T_GREATER] = ">",
    [T_EQUAL] = "=",
    [T_DOT] = ".",
    [T_PERCENT] = "%",
    [T_EQEQUAL] = "==",
    [T_NOTEQUAL] = "!=",
    [T_LESSEQUAL] = "<=",
    [T_GREATEREQUAL] = ">=",
    [T_TILDE] = "~",
    [T_CIRCUMFLEX] = "^",
    [T_LEFTSHIFT] = "<<",
    [T_RIGHTSHIFT] = ">>",
    [T_DOUBLESTAR] = "**",
    [T_PLUSEQUAL] = "+=",
    [T_MINEQUAL] = "-=",
    [T_STAREQUAL] = "*=",
    [T_SLASHEQUAL] = "/=",
    [T_PERCENTEQUAL] = "%=",
    [T_AMPEREQUAL] = "&=",
    [T_VBAREQUAL] = "|=",
    [T_CIRCUMFLEXEQUAL] = "^=",
    [T_LEFTSHIFTEQUAL] = "<<=",
    [T_RIGHTSHIFTEQUAL] = ">>=",
    [T_DOUBLESTAREQUAL] = "**=",
    [T_DOUBLESLASH] = "//",
    [T_DOUBLESLASHEQUAL] = "//=",
    [T_AT] = "@",
    [T_ATEQUAL] = "@=",
    [T_RARROW] = "->",
    [T_ELLIPSIS] = "...",
    [T_COLONEQUAL] = ":=",
    [T_FALSE] = "False",
    [T_NONE] = "None",
    [T_TRUE] = "True",
    [T_AND] = "and",
    [T_AS] = "as",
    [T_ASSERT] = "assert",
    [T_ASYNC] = "async",
    [T_AWAIT] = "await",
    [T_BREAK] = "break",
    [T_CLASS] = "class",
    [T_CONTINUE] = "continue",
    [T_DEF] = "def",
    [T_DEL] = "del",
    [T_ELIF] = "elif",
    [T_ELSE] = "else",
    [T_EXCEPT] = "except",
    [T_FINALLY] = "finally",
    [T_FOR] = "for",
    [T_FROM] = "from",
    [T_GLOBAL] = "global",
    [T_IF] = "if",
    [T_IMPORT] = "import",
    [T_IN] = "in",
    [T_IS] = "is",
    [T_LAMBDA] = "lambda",
    [T_NONLOCAL] = "nonlocal",
    [T_NOT] = "not",
    [T_OR] = "or",
    [T_PASS] = "pass",
    [T_RAISE] = "raise",
    [T_RETURN] = "return",
    [T_TRY] = "try",
    [T_WHILE] = "while",
    [T_WITH] = "with",
    [T_YIELD] = "yield",
};

const char *gp_token_text(int type) {
    return type >= 0 && type < T_NTYPES && token_texts[type] ? token_texts[type] : "?";
}

/* The operator at s, longest match first; returns its length. */
static int operator(const char *s, int *type) {
    char a = s[0], b = s[1], c = b ? s[2] : 0;
    if (c == '=') {
        if (a == '*' && b == '*') {
            *type = T_DOUBLESTAREQUAL;
            return 3;
        }
        if (a == '/' && b == '/') {
            *type = T_DOUBLESLASHEQUAL;
            return 3;
        }
        if (a == '<' && b == '<') {
            *type = T_LEFTSHIFTEQUAL;
            return 3;
        }
        if (a == '>' && b == '>') {
            *type = T_RIGHTSHIFTEQUAL;
            return 3;
        }
    }
    if (a == '.' && b == '.' && c == '.') {
        *type = T_ELLIPSIS;
        return 3;
    }
    if (b == '=') {
        switch (a) {
        case '!':
            *type = T_NOTEQUAL;
            return 2;
        case '%':
            *type = T_PERCENTEQUAL;
            return 2;
        case '&':
            *type = T_AMPEREQUAL;
            return 2;
        case '*':
            *type = T_STAREQUAL;
            return 2;
        case '+':
            *type = T_PLUSEQUAL;
            return 2;
        case '-':
            *type = T_MINEQUAL;
            return 2;
        case '/':
            *type = T_SLASHEQUAL;
            return 2;
        case ':':
            *type = T_COLONEQUAL;
            return 2;
        case '<':
            *type = T_LESSEQUAL;
            return 2;
        case '=':
            *type = T_EQEQUAL;
            return 2;
        case '>':
            *type = T_GREATEREQUAL;
            return 2;
        case '@':
            *type = T_ATEQUAL;
            return 2;
        case '^':
            *type = T_CIRCUMFLEXEQUAL;
            return 2;
        case '|':
            *type = T_VBAREQUAL;
            return 2;
        default:
            break;
        }
    }
    if (a == '*' && b == '*') {
        *type = T_DOUBLESTAR;
        return 2;
    }
    if (a == '/' && b == '/') {
        *type = T_DOUBLESLASH;
        return 2;
    }
    if (a == '<' && b == '<') {
        *type = T_LEFTSHIFT;
        return 2;
    }
    if (a == '>' && b == '>') {
        *type = T_RIGHTSHIFT;
        return 2;
    }
    if (a == '-' && b == '>') {
        *type = T_RARROW;
        return 2;
    }
    if (a == '<' && b == '>') {
        *type = T_NOTEQUAL;
        return 2;
    }
    switch (a) {
    case '(':
        *type = T_LPAR;
        break;
    case ')':
        *type = T_RPAR;
        break;
    case '[':
        *type = T_LSQB;
        break;
    case ']':
        *type = T_RSQB;
        break;
    case '{':
        *type = T_LBRACE;
        break;
    case '}':
        *type = T_RBRACE;
        break;
    case ':':
        *type = T_COLON;
        break;
    case ',':
        *type = T_COMMA;
        break;
    case ';':
        *type = T_SEMI;
        break;
    case '+':
        *type = T_PLUS;
        break;
    case '-':
        *type = T_MINUS;
        break;
    case '*':
        *type = T_STAR;
        break;
    case '/':
        *type = T_SLASH;
        break;
    case '|':
        *type = T_VBAR;
        break;
    case '&':
        *type = T_AMPER;
        break;
    case '<':
        *type = T_LESS;
        break;
    case '>':
        *type = T_GREATER;
        break;
    case '=':
        *type = T_EQUAL;
        break;
    case '.':
        *type = T_DOT;
        break;
    case '%':
        *type = T_PERCENT;
        break;
    case '~':
        *type = T_TILDE;
        break;
    case '^':
        *type = T_CIRCUMFLEX;
        break;
    case '@':
        *type = T_AT;
        break;
    default:
        *type = T_OP_OTHER;
        break;
    }
    return 1;
}

/* ---- the main loop ---- */

/* Produce the next token(s).  Returns 1 at the end, 0 to go on, -1 after an
   error token, -2 when out of memory. */
static int next(tstate *t) {
    int blank = 0;
nextline:
    if (t->atbol) {
        t->atbol = 0;
        if (indentation(t, &blank) < 0) {
            return -1;
        }
    }
    if (t->pendin != 0) {
        int type = t->pendin < 0 ? T_DEDENT : T_INDENT;
        while (t->pendin != 0) {
            if (emit_empty(t, type) < 0) {
                return -2;
            }
            t->pendin += t->pendin < 0 ? 1 : -1;
        }
    }
again:
    while (*t->cur == ' ' || *t->cur == '\t' || *t->cur == '\014') {
        t->cur++;
    }
    const char *start = t->cur;
    if (*t->cur == '#') {
        while (*t->cur != '\n' && t->cur < t->end) {
            t->cur++;
        }
    }
    if (t->cur >= t->end) {
        if (t->level > 0) {
            /* Input ended inside brackets. */
            int l = t->level - 1;
            gp_parse_error *e = &t->out->error;
            gp_set_error(e, t->buf, GP_PERR_SYNTAX, t->parenline[l], t->parencol[l],
                         t->parenline[l], -1, "'%c' was never closed", t->parenstack[l]);
            e->incomplete = 1;
            t->out->eof_in_brackets = 1;
            t->out->bracket_lineno = t->parenline[l];
            if (!push(t, T_ERRORTOKEN)) {
                return -2;
            }
            return -1;
        }
        if (emit_empty(t, T_ENDMARKER) < 0) {
            return -2;
        }
        return 1;
    }
    int c = (unsigned char)*t->cur;
    if (c == '\n') {
        const char *lstart = t->line_start;
        int lineno = t->lineno;
        if (blank || t->level > 0) {
            newline(t);
            t->atbol = 1;
            blank = 0;
            goto nextline;
        }
        /* The NEWLINE token has no width. */
        gp_token *k = push(t, T_NEWLINE);
        if (!k) {
            return -2;
        }
        k->s = t->cur;
        k->lineno = k->end_lineno = lineno;
        k->col = k->end_col = (int)(t->cur - lstart);
        k->curcol = k->col + 1;
        newline(t);
        t->atbol = 1;
        return 0;
    }
    if (is_id_start(c)) {
        /* A string prefix, or a name. */
        int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
        for (;;) {
            c = (unsigned char)*t->cur;
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
                saw_b = 1;
            } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
                saw_u = 1;
            } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
                saw_r = 1;
            } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
                saw_f = 1;
            } else {
                break;
            }
            t->cur++;
            if (*t->cur == '"' || *t->cur == '\'') {
                return string(t, start) == 0 ? 0 : -1;
            }
        }
        int nonascii = 0;
        while (is_id_char((unsigned char)*t->cur)) {
            nonascii |= (unsigned char)*t->cur >= 128;
            t->cur++;
        }
        if (nonascii && verify_identifier(t, start) < 0) {
            return -1;
        }
        int type = keyword(start, (int)(t->cur - start));
        return emit(t, type, start, t->lineno, t->line_start) < 0 ? -2 : 0;
    }
    if (c == '.' && is_digit(t->cur[1])) {
        return number(t, start) == 0 ? 0 : -1;
    }
    if (is_digit(c)) {
        return number(t, start) == 0 ? 0 : -1;
    }
    if (c == '"' || c == '\'') {
        return string(t, start) == 0 ? 0 : -1;
    }
    if (c == '\\') {
        if (continuation(t) < 0) {
            return -1;
        }
        goto again;
    }
    int type;
    int n = operator(t->cur, &type);
    t->cur += n;
    switch (c) {
    case '(':
    case '[':
    case '{':
        if (t->level >= MAXLEVEL) {
            return syntax_error(t, "too many nested parentheses");
        }
        t->parenstack[t->level] = (char)c;
        t->parenline[t->level] = t->lineno;
        t->parencol[t->level] = (int)(start - t->line_start);
        t->level++;
        break;
    case ')':
    case ']':
    case '}': {
        if (!t->level) {
            return syntax_error(t, "unmatched '%c'", c);
        }
        t->level--;
        int open = t->parenstack[t->level];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') ||
              (open == '{' && c == '}'))) {
            if (t->parenline[t->level] != t->lineno) {
                return syntax_error(t,
                                    "closing parenthesis '%c' does not match opening "
                                    "parenthesis '%c' on line %d",
                                    c, open, t->parenline[t->level]);
            }
            return syntax_error(
                t, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
        }
        break;
    }
    default:
        break;
    }
    if (c >= 0x80 || c < 0x20 || c == 0x7f) {
        if (c < 0x20 || c == 0x7f) {
            return syntax_error(t, "invalid non-printable character U+%04X", c);
        }
    }
    return emit(t, type, start, t->lineno, t->line_start) < 0 ? -2 : 0;
}

/* Check that the buffer is UTF-8; report the first bad byte as CPython's
   decoder does. */
static int check_utf8(tstate *t) {
    const unsigned char *p = (const unsigned char *)t->buf;
    const unsigned char *e = (const unsigned char *)t->end;
    while (p < e) {
        if (*p < 0x80) {
            if (*p == '\n') {
                t->lineno++;
                t->line_start = (const char *)p + 1;
            }
            p++;
            continue;
        }
        int n = *p >= 0xF0 && *p <= 0xF4 ? 4 : *p >= 0xE0 ? 3 : *p >= 0xC2 && *p < 0xE0 ? 2 : 0;
        int ok = n > 0 && p + n <= e;
        for (int i = 1; ok && i < n; i++) {
            ok = (p[i] & 0xC0) == 0x80;
        }
        if (ok && n == 3) {
            unsigned cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6);
            ok = cp >= 0x800 && !(cp >= 0xD800 && cp <= 0xDFFF);
        }
        if (ok && n == 4) {
            unsigned cp = ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12);
            ok = cp >= 0x10000 && cp <= 0x10FFFF;
        }
        if (!ok) {
            t->cur = (const char *)p;
            tok_error_at(t, GP_PERR_SYNTAX, t->line_start, NULL,
                         "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: "
                         "invalid %s byte",
                         *p, (int)((const char *)p - t->line_start), n ? "continuation" : "start");
            t->out->error.offset = 0;
            t->out->error.end_offset = 0;
            return -1;
        }
        p += n;
    }
    t->lineno = t->out->first_lineno;
    t->line_start = t->buf;
    return 0;
}

/*
 * Does a coding declaration ("# -*- coding: latin-1 -*-") in the first two
 * lines name Latin-1?  That is the one encoding besides UTF-8 that is
 * decoded; a file declaring any other encoding is read as UTF-8, which is
 * right for the many such files that are plain ASCII.
 */
static int declares_latin1(const char *src, size_t len) {
    static const char *const names[] = {"latin-1",     "latin1", "iso-8859-1", "iso8859-1",
                                        "iso-latin-1", "l1",     "cp819",      "8859"};
    const char *p = src, *end = src + len;
    for (int line = 0; line < 2 && p < end; line++) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol) {
            eol = end;
        }
        const char *q = p;
        while (q < eol && (*q == ' ' || *q == '\t' || *q == '\014')) {
            q++;
        }
        if (q < eol && *q != '#') {
            return 0; /* code: no declaration on a later line counts */
        }
        for (; q + 7 < eol; q++) {
            if (memcmp(q, "coding", 6) != 0 || (q[6] != ':' && q[6] != '=')) {
                continue;
            }
            const char *n = q + 7;
            while (n < eol && (*n == ' ' || *n == '\t')) {
                n++;
            }
            char name[32];
            size_t k = 0;
            while (n < eol && k < sizeof name - 1 &&
                   (is_id_char((unsigned char)*n) || *n == '-' || *n == '.')) {
                char c = *n++;
                name[k++] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
            }
            name[k] = 0;
            for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
                size_t l = strlen(names[i]);
                if (strncmp(name, names[i], l) == 0 && (name[l] == 0 || name[l] == '-')) {
                    return 1;
                }
            }
            return 0;
        }
        p = eol + 1;
    }
    return 0;
}

int gp_tokenize(gp_tokens *out, const char *src, size_t len, int first_lineno) {
    memset(out, 0, sizeof *out);
    out->first_lineno = first_lineno;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
    }
    char *latin1 = NULL;
    if (declares_latin1(src, len)) {
        /* Each byte is the code point: re-encode as UTF-8. */
        latin1 = malloc(2 * len + 1);
        if (!latin1) {
            return -1;
        }
        size_t k = 0;
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)src[i];
            if (c < 0x80) {
                latin1[k++] = (char)c;
            } else {
                latin1[k++] = (char)(0xC0 | (c >> 6));
                latin1[k++] = (char)(0x80 | (c & 0x3F));
            }
        }
        src = latin1;
        len = k;
    }
    char *buf = malloc(len + 2);
    if (!buf) {
        free(latin1);
        return -1;
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\r') {
            buf[n++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n') {
                i++;
            }
        } else {
            buf[n++] = src[i];
        }
    }
    if (n == 0 || buf[n - 1] != '\n') {
        buf[n++] = '\n';
        out->added_newline = 1;
    }
    buf[n] = 0;
    free(latin1);
    out->buf = buf;
    out->len = n;

    tstate *t = calloc(1, sizeof *t);
    if (!t) {
        return -1;
    }
    t->out = out;
    t->buf = buf;
    t->end = buf + n;
    t->cur = buf;
    t->line_start = buf;
    t->lineno = first_lineno;
    t->atbol = 1;
    int r = check_utf8(t);
    while (r == 0) {
        r = next(t);
    }
    free(t);
    if (n == 1 && out->added_newline && out->ntoks > 0) {
        /* Empty input: the end is on line 0, before any line. */
        out->toks[out->ntoks - 1].lineno = out->toks[out->ntoks - 1].end_lineno = first_lineno - 1;
    }
    return r == -2 ? -1 : 0;
}

void gp_tokens_free(gp_tokens *t) {
    free(t->buf);
    free(t->toks);
    free(t->error.text);
    memset(t, 0, sizeof *t);
}
