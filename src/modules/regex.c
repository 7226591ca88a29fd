/* The _regex module: Python regular expressions over PCRE2.
   A pattern in Python's syntax is checked (with the messages of Python's
   re.error) and translated to PCRE2's syntax where the two differ: \Z,
   {,n}, \uXXXX, octal escapes, numbered back references, global inline
   flags, verbose-mode white space, '[' inside sets.  Matching returns group
   spans in code points; lib/re.py builds Pattern and Match on top. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <string.h>

#include "gilpy_core.h"

#define RX_ARGS gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw

/* Python's flag values. */
enum {
    F_TEMPLATE = 1, F_IGNORECASE = 2, F_LOCALE = 4, F_MULTILINE = 8,
    F_DOTALL = 16, F_UNICODE = 32, F_VERBOSE = 64, F_ASCII = 256
};

typedef struct {
    gp_obj base;
    pcre2_code *code;
    int is_bytes;
    int flags;
    gp_ssize groups;
    gp_obj *groupindex; /* dict name -> number */
} rx_code;

extern gp_type gp_rxcode_type;

/* PCRE2 allocates through the interpreter's allocator, like every other
   object, so compiled patterns cached until exit are no different from
   the rest of the heap.  The contexts are made once and never change. */
static void *pcre_alloc(PCRE2_SIZE n, void *data) { return gp_mem_alloc(n ? n : 1); }
static void pcre_free(void *p, void *data) { gp_mem_free(p); }
static pcre2_general_context *general_ctx;
static pcre2_compile_context *compile_ctx;

/* --------------------------------------------------------- translation */

typedef struct {
    gp_thread *t;
    gp_obj *module;
    gp_obj *pattern;
    const char *p; /* the pattern */
    gp_ssize n, i;
    int is_bytes;
    int flags;
    char *out;
    gp_ssize olen, ocap;
    gp_ssize *srcpos; /* for each output byte, the pattern position it came from */
    gp_ssize groups;  /* capturing groups opened so far */
    int failed;
    /* Named groups seen so far: where each name is in the pattern. */
    gp_ssize name_at[100], name_len[100], name_group[100];
    int nnames;
    /* Group numbers tested by conditionals (?(n)...), and where. */
    gp_ssize cond_group[100], cond_at[100];
    int ncond;
} xlat;

/* Code-point position of byte offset i of the pattern. */
static gp_ssize cp_pos(const xlat *x, gp_ssize i) {
    if (x->is_bytes) return i;
    gp_ssize k = 0;
    for (gp_ssize j = 0; j < i && j < x->n; j++) k += ((unsigned char)x->p[j] & 0xC0) != 0x80;
    return k;
}

static void rx_error_at(gp_thread *t, gp_obj *module, const char *msg, gp_ssize pos, gp_obj *pattern) {
    gp_obj *err = gp_dict_get_str_borrow(t, gp_module_dict_borrow(module), "error");
    gp_obj *m = gp_str_from_cstr(t, msg);
    gp_obj *posobj = gp_int_from_ssize(t, pos);
    if (!m || !posobj || !err) {
        gp_xdecref(m);
        gp_xdecref(posobj);
        if (!err && !gp_err_occurred(t)) gp_err_set_str(t, &gp_exc_RuntimeError, msg);
        return;
    }
    gp_obj *a[3] = {m, pattern ? pattern : GP_NONE, posobj};
    gp_obj *exc = gp_call(t, err, a, 3, NULL);
    gp_decref(m);
    gp_decref(posobj);
    if (!exc) return;
    gp_err_set(t, gp_typeof(exc), exc);
    gp_decref(exc);
}

static void xerr(xlat *x, const char *msg, gp_ssize byte_pos) {
    if (x->failed) return;
    x->failed = 1;
    rx_error_at(x->t, x->module, msg, cp_pos(x, byte_pos), x->pattern);
}

static void emit(xlat *x, const char *s, gp_ssize n, gp_ssize src) {
    if (x->failed) return;
    if (x->olen + n + 1 > x->ocap) {
        gp_ssize nc = (x->olen + n + 1) * 2 + 64;
        char *no = gp_mem_realloc(x->out, (size_t)nc);
        gp_ssize *ns = gp_mem_realloc(x->srcpos, (size_t)nc * sizeof(gp_ssize));
        if (no) x->out = no;
        if (ns) x->srcpos = ns;
        if (!no || !ns) {
            x->failed = 1;
            gp_err_nomemory(x->t);
            return;
        }
        x->ocap = nc;
    }
    memcpy(x->out + x->olen, s, (size_t)n);
    for (gp_ssize k = 0; k < n; k++) x->srcpos[x->olen + k] = src;
    x->olen += n;
}

static void emit_cp(xlat *x, uint32_t cp, gp_ssize src) {
    char buf[24];
    int k = snprintf(buf, sizeof buf, "\\x{%x}", (unsigned)cp);
    emit(x, buf, k, src);
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_oct(char c) { return c >= '0' && c <= '7'; }
static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The text of the escape starting at the backslash at i, for messages. */
static void bad_escape(xlat *x, gp_ssize i) {
    char msg[64];
    if (i + 1 >= x->n) {
        xerr(x, "bad escape (end of pattern)", i);
        return;
    }
    gp_ssize len = 1;
    unsigned char c = (unsigned char)x->p[i + 1];
    if (c >= 0x80) len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    snprintf(msg, sizeof msg, "bad escape \\%.*s", (int)len, x->p + i + 1);
    xerr(x, msg, i);
}

/* Hex escapes \xhh, \uhhhh, \Uhhhhhhhh at the backslash i; returns the
   number of pattern bytes used, 0 on error. */
static gp_ssize hex_escape(xlat *x, gp_ssize i, uint32_t *cp) {
    char kind = x->p[i + 1];
    int want = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
    uint32_t v = 0;
    int k;
    for (k = 0; k < want && i + 2 + k < x->n && hexval(x->p[i + 2 + k]) >= 0; k++)
        v = v * 16 + (uint32_t)hexval(x->p[i + 2 + k]);
    if (k < want) {
        char msg[64];
        snprintf(msg, sizeof msg, "incomplete escape \\%.*s", k + 1, x->p + i + 1);
        xerr(x, msg, i);
        return 0;
    }
    if (kind == 'U' && v > 0x10FFFF) {
        char msg[64];
        snprintf(msg, sizeof msg, "bad escape \\%.*s", 9, x->p + i + 1);
        xerr(x, msg, i);
        return 0;
    }
    *cp = v;
    return 2 + want;
}

/* An escape inside or outside a set, at the backslash i.  Returns the
   index after it. */
static gp_ssize xlat_escape(xlat *x, gp_ssize i, int in_set) {
    if (i + 1 >= x->n) {
        bad_escape(x, i);
        return x->n;
    }
    char c = x->p[i + 1];
    uint32_t cp;
    gp_ssize used;
    switch (c) {
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
    case 'n': case 'r': case 't': case 'f':
        emit(x, x->p + i, 2, i);
        return i + 2;
    case 'A': case 'B':
        if (in_set) break;
        emit(x, x->p + i, 2, i);
        return i + 2;
    case 'Z':
        if (in_set) break;
        emit(x, "\\z", 2, i);
        return i + 2;
    case 'b':
        if (in_set) emit(x, "\\x{8}", 5, i);
        else emit(x, "\\b", 2, i);
        return i + 2;
    case 'a': emit(x, "\\x{7}", 5, i); return i + 2;
    case 'v': emit(x, "\\x{b}", 5, i); return i + 2;
    case 'x':
        used = hex_escape(x, i, &cp);
        if (!used) return x->n;
        emit_cp(x, cp, i);
        return i + used;
    case 'u': case 'U':
        if (x->is_bytes) break;
        used = hex_escape(x, i, &cp);
        if (!used) return x->n;
        emit_cp(x, cp, i);
        return i + used;
    case '0': {
        gp_ssize j = i + 2;
        uint32_t v = 0;
        while (j < x->n && j < i + 4 && is_oct(x->p[j])) v = v * 8 + (uint32_t)(x->p[j++] - '0');
        emit_cp(x, v, i);
        return j;
    }
    default:
        if (is_digit(c)) {
            if (in_set) {
                if (!is_oct(c)) break;
                gp_ssize j = i + 1;
                uint32_t v = 0;
                while (j < x->n && j < i + 4 && is_oct(x->p[j])) v = v * 8 + (uint32_t)(x->p[j++] - '0');
                emit_cp(x, v, i);
                return j;
            }
            /* Three octal digits make a character; otherwise one or two
               digits are a group reference. */
            if (i + 3 < x->n + 0 && is_oct(c) && is_oct(x->p[i + 2]) && i + 3 < x->n && is_oct(x->p[i + 3])) {
                uint32_t v = (uint32_t)((c - '0') * 64 + (x->p[i + 2] - '0') * 8 + (x->p[i + 3] - '0'));
                if (v > 0377) {
                    char msg[64];
                    snprintf(msg, sizeof msg, "octal escape value \\%.3s outside of range 0-0o377", x->p + i + 1);
                    xerr(x, msg, i);
                    return x->n;
                }
                emit_cp(x, v, i);
                return i + 4;
            }
            gp_ssize j = i + 1, g = 0;
            while (j < x->n && j < i + 3 && is_digit(x->p[j])) g = g * 10 + (x->p[j++] - '0');
            if (g > x->groups) {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid group reference %d", (int)g);
                xerr(x, msg, i + 1);
                return x->n;
            }
            char buf[24];
            int k = snprintf(buf, sizeof buf, "\\g{%d}", (int)g);
            emit(x, buf, k, i);
            return j;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) break;
        /* Any other character stands for itself. */
        {
            gp_ssize len = 1;
            unsigned char uc = (unsigned char)c;
            if (uc >= 0x80) len = uc >= 0xF0 ? 4 : uc >= 0xE0 ? 3 : 2;
            emit(x, x->p + i, 1 + len, i);
            return i + 1 + len;
        }
    }
    bad_escape(x, i);
    return x->n;
}

/* A set [...] starting at i; returns the index after it. */
/* One item of a set at i: its end, whether it is a class escape (\d ...)
   and its code point when it is a plain character (-1 otherwise). */
static gp_ssize set_item(const xlat *x, gp_ssize i, int *is_class, long *cp) {
    *is_class = 0;
    *cp = -1;
    unsigned char c = (unsigned char)x->p[i];
    if (c == '\\') {
        if (i + 1 < x->n && strchr("dDsSwW", x->p[i + 1])) *is_class = 1;
        return i + 2 <= x->n ? i + 2 : x->n;
    }
    gp_ssize len = 1;
    if (c >= 0x80 && !x->is_bytes) len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (len == 1) *cp = c;
    else if (len == 2) *cp = ((c & 0x1F) << 6) | (x->p[i + 1] & 0x3F);
    else if (len == 3) *cp = ((c & 0x0F) << 12) | ((x->p[i + 1] & 0x3F) << 6) | (x->p[i + 2] & 0x3F);
    else *cp = ((long)(c & 0x07) << 18) | ((x->p[i + 1] & 0x3F) << 12) | ((x->p[i + 2] & 0x3F) << 6) | (x->p[i + 3] & 0x3F);
    return i + len;
}

/* A set [...] starting at i; returns the index after it. */
static gp_ssize xlat_set(xlat *x, gp_ssize i) {
    gp_ssize start = i;
    emit(x, "[", 1, i);
    i++;
    if (i < x->n && x->p[i] == '^') {
        emit(x, "^", 1, i);
        i++;
    }
    int first = 1;
    gp_ssize prev = -1; /* start of the previous item, when it can begin a range */
    while (!x->failed) {
        if (i >= x->n) {
            xerr(x, "unterminated character set", start);
            return x->n;
        }
        char c = x->p[i];
        if (c == ']' && !first) {
            emit(x, "]", 1, i);
            return i + 1;
        }
        first = 0;
        if (c == '-' && prev >= 0 && i + 1 < x->n && x->p[i + 1] != ']') {
            /* A range: Python rejects classes as ends and reversed ends. */
            int c1, c2;
            long v1, v2;
            gp_ssize e1 = set_item(x, prev, &c1, &v1);
            gp_ssize e2 = set_item(x, i + 1, &c2, &v2);
            if (c1 || c2 || (v1 >= 0 && v2 >= 0 && v1 > v2)) {
                char msg[96];
                snprintf(msg, sizeof msg, "bad character range %.*s-%.*s", (int)(e1 - prev), x->p + prev,
                         (int)(e2 - i - 1), x->p + i + 1);
                xerr(x, msg, prev);
                return x->n;
            }
            emit(x, "-", 1, i);
            i++;
            prev = -1;
            if (x->p[i] == '\\') i = xlat_escape(x, i, 1);
            else if (x->p[i] == '[') {
                emit(x, "\\[", 2, i);
                i++;
            } else {
                gp_ssize e = set_item(x, i, &c1, &v1);
                emit(x, x->p + i, e - i, i);
                i = e;
            }
            continue;
        }
        prev = i;
        if (c == '\\') {
            i = xlat_escape(x, i, 1);
        } else if (c == '[' || c == ']') {
            emit(x, c == '[' ? "\\[" : "\\]", 2, i);
            i++;
        } else {
            int cl;
            long v;
            gp_ssize e = set_item(x, i, &cl, &v);
            emit(x, x->p + i, e - i, i);
            i = e;
        }
    }
    return x->n;
}

static int flag_letter(char c, int is_bytes) {
    switch (c) {
    case 'a': return F_ASCII;
    case 'i': return F_IGNORECASE;
    case 'L': return F_LOCALE;
    case 'm': return F_MULTILINE;
    case 's': return F_DOTALL;
    case 'u': return F_UNICODE;
    case 'x': return F_VERBOSE;
    }
    return 0;
}

/* A group starting "(?" at i.  Returns the index after what was handled
   and sets *capturing / *opens (whether a group was opened that ')' will
   close). */
static gp_ssize xlat_group_ext(xlat *x, gp_ssize i, int *opens) {
    gp_ssize q = i + 1; /* the '?' */
    *opens = 1;
    if (q + 1 >= x->n) {
        xerr(x, "unexpected end of pattern", q + 1);
        return x->n;
    }
    char c = x->p[q + 1];
    if (c == ':' || c == '=' || c == '!' || c == '>') {
        emit(x, x->p + i, 3, i);
        return q + 2;
    }
    if (c == '<') {
        if (q + 2 < x->n && (x->p[q + 2] == '=' || x->p[q + 2] == '!')) {
            emit(x, x->p + i, 4, i);
            return q + 3;
        }
        char msg[64];
        snprintf(msg, sizeof msg, "unknown extension ?<%.*s", q + 2 < x->n ? 1 : 0, x->p + q + 2);
        xerr(x, msg, q);
        return x->n;
    }
    if (c == '#') {
        gp_ssize j = q + 2;
        while (j < x->n && x->p[j] != ')') j++;
        if (j >= x->n) {
            xerr(x, "missing ), unterminated comment", i);
            return x->n;
        }
        *opens = 0;
        return j + 1;
    }
    if (c == 'P') {
        char d = q + 2 < x->n ? x->p[q + 2] : 0;
        if (d == '<' || d == '=') {
            char close = d == '<' ? '>' : ')';
            gp_ssize j = q + 3;
            while (j < x->n && x->p[j] != close) j++;
            if (j >= x->n) {
                xerr(x, d == '<' ? "missing >, unterminated name" : "missing ), unterminated name", q + 3);
                return x->n;
            }
            if (j == q + 3) {
                xerr(x, "missing group name", q + 3);
                return x->n;
            }
            int ok = !is_digit(x->p[q + 3]);
            for (gp_ssize k = q + 3; k < j; k++) {
                unsigned char ch = (unsigned char)x->p[k];
                if (!(ch == '_' || ch >= 0x80 || is_digit((char)ch) || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
                    ok = 0;
            }
            if (!ok) {
                char msg[96];
                snprintf(msg, sizeof msg, "bad character in group name '%.*s'", (int)(j - q - 3), x->p + q + 3);
                xerr(x, msg, q + 3);
                return x->n;
            }
            if (d == '<') {
                x->groups++;
                for (int k = 0; k < x->nnames; k++) {
                    if (x->name_len[k] == j - q - 3 && !memcmp(x->p + x->name_at[k], x->p + q + 3, (size_t)(j - q - 3))) {
                        char msg[160];
                        snprintf(msg, sizeof msg, "redefinition of group name '%.*s' as group %d; was group %d",
                                 (int)(j - q - 3), x->p + q + 3, (int)x->groups, (int)x->name_group[k]);
                        xerr(x, msg, q + 3);
                        return x->n;
                    }
                }
                if (x->nnames < 100) {
                    x->name_at[x->nnames] = q + 3;
                    x->name_len[x->nnames] = j - q - 3;
                    x->name_group[x->nnames++] = x->groups;
                }
            } else {
                *opens = 0;
                int known = 0;
                for (int k = 0; k < x->nnames; k++)
                    if (x->name_len[k] == j - q - 3 && !memcmp(x->p + x->name_at[k], x->p + q + 3, (size_t)(j - q - 3)))
                        known = 1;
                if (!known) {
                    char msg[96];
                    snprintf(msg, sizeof msg, "unknown group name '%.*s'", (int)(j - q - 3), x->p + q + 3);
                    xerr(x, msg, q + 3);
                    return x->n;
                }
            }
            emit(x, x->p + i, j + 1 - i, i);
            return j + 1;
        }
        char msg[64];
        snprintf(msg, sizeof msg, "unknown extension ?P%.*s", d ? 1 : 0, x->p + q + 2);
        xerr(x, msg, q);
        return x->n;
    }
    if (c == '(') {
        gp_ssize j = q + 2;
        while (j < x->n && x->p[j] != ')') j++;
        if (j >= x->n) {
            xerr(x, "missing ), unterminated name", q + 2);
            return x->n;
        }
        gp_ssize g = 0, k = q + 2;
        while (k < j && is_digit(x->p[k])) g = g * 10 + (x->p[k++] - '0');
        if (k == j && j > q + 2) {
            /* A group number: it must exist by the end of the pattern. */
            if (x->ncond < 100) {
                x->cond_group[x->ncond] = g;
                x->cond_at[x->ncond++] = q + 2;
            }
        } else {
            int known = 0;
            for (int n = 0; n < x->nnames; n++)
                if (x->name_len[n] == j - q - 2 && !memcmp(x->p + x->name_at[n], x->p + q + 2, (size_t)(j - q - 2)))
                    known = 1;
            if (!known) {
                char msg[96];
                snprintf(msg, sizeof msg, "unknown group name '%.*s'", (int)(j - q - 2), x->p + q + 2);
                xerr(x, msg, q + 2);
                return x->n;
            }
        }
        emit(x, x->p + i, j + 1 - i, i);
        return j + 1;
    }
    /* Inline flags: (?imsx) at the start (handled before) or (?i-s:...). */
    gp_ssize j = q + 1;
    char on[8], off[8];
    int non = 0, noff = 0, minus = 0;
    while (j < x->n) {
        char f = x->p[j];
        if (f == '-' && !minus) {
            minus = 1;
        } else if (flag_letter(f, x->is_bytes)) {
            if (f == 'i' || f == 'm' || f == 's' || f == 'x') {
                if (minus && noff < 7) off[noff++] = f;
                else if (!minus && non < 7) on[non++] = f;
            }
        } else {
            break;
        }
        j++;
    }
    if (j < x->n && x->p[j] == ')' && !minus && j > q + 1) {
        xerr(x, "global flags not at the start of the expression", i);
        return x->n;
    }
    if (j < x->n && x->p[j] == ':' && j > q + 1) {
        emit(x, "(?", 2, i);
        emit(x, on, non, i);
        if (noff) {
            emit(x, "-", 1, i);
            emit(x, off, noff, i);
        }
        emit(x, ":", 1, i);
        return j + 1;
    }
    if (j >= x->n) {
        xerr(x, "missing -, : or )", j);
        return x->n;
    }
    {
        char msg[64];
        gp_ssize len = 1;
        unsigned char uc = (unsigned char)x->p[j];
        if (uc >= 0x80) len = uc >= 0xF0 ? 4 : uc >= 0xE0 ? 3 : 2;
        if (j == q + 1) snprintf(msg, sizeof msg, "unknown extension ?%.*s", (int)len, x->p + j);
        else snprintf(msg, sizeof msg, "missing -, : or )");
        xerr(x, msg, j == q + 1 ? q : j);
    }
    return x->n;
}

/* Insert n bytes at output position at (for wrapping an atom already
   emitted). */
static void insert_at(xlat *x, gp_ssize at, const char *s, gp_ssize n) {
    gp_ssize old = x->olen;
    emit(x, s, n, x->srcpos && old > at ? x->srcpos[at] : 0);
    if (x->failed) return;
    memmove(x->out + at + n, x->out + at, (size_t)(old - at));
    memmove(x->srcpos + at + n, x->srcpos + at, (size_t)(old - at) * sizeof(gp_ssize));
    memcpy(x->out + at, s, (size_t)n);
    for (gp_ssize k = 0; k < n; k++) x->srcpos[at + k] = x->srcpos[at + n];
}

/* Translate the whole pattern into x->out. */
static void xlat_pattern(xlat *x) {
    gp_ssize i = 0;
    /* Global flags lead the pattern. */
    while (i + 2 < x->n && x->p[i] == '(' && x->p[i + 1] == '?') {
        gp_ssize j = i + 2;
        int fl = 0;
        while (j < x->n && flag_letter(x->p[j], x->is_bytes)) fl |= flag_letter(x->p[j++], x->is_bytes);
        if (j >= x->n || x->p[j] != ')' || j == i + 2) break;
        x->flags |= fl;
        i = j + 1;
    }
    int verbose = (x->flags & F_VERBOSE) != 0;
    gp_ssize stack[256], ostack[256];
    char lookstack[256];
    int depth = 0;
    gp_ssize look_out = -1; /* output start of a lookaround group just closed */
    int repeat_state = 0; /* 0 nothing to repeat, 1 an atom, 2 quantified, 3 quantifier modified */
    while (i < x->n && !x->failed) {
        char c = x->p[i];
        if (verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')) {
            i++;
            continue;
        }
        if (verbose && c == '#') {
            while (i < x->n && x->p[i] != '\n') i++;
            continue;
        }
        if (c != '*' && c != '+' && c != '?' && c != '{') look_out = -1;
        if (c == '*' || c == '+' || c == '?' || c == '{') {
            gp_ssize lo = -1, hi = -1, j = i + 1;
            if (c == '{') {
                /* A quantifier only if the braces hold digits[,digits]. */
                gp_ssize lo_start = j;
                while (j < x->n && is_digit(x->p[j])) j++;
                gp_ssize lo_end = j, hi_start = j, hi_end = j;
                int comma = 0;
                if (j < x->n && x->p[j] == ',') {
                    comma = 1;
                    hi_start = ++j;
                    while (j < x->n && is_digit(x->p[j])) j++;
                    hi_end = j;
                }
                if (j >= x->n || x->p[j] != '}' || (j == i + 1)) {
                    emit(x, "\\{", 2, i);
                    repeat_state = 1;
                    i++;
                    continue;
                }
                lo = lo_end > lo_start ? strtol(x->p + lo_start, NULL, 10) : 0;
                hi = comma ? (hi_end > hi_start ? strtol(x->p + hi_start, NULL, 10) : -1) : lo;
                if (hi >= 0 && lo > hi) {
                    xerr(x, "min repeat greater than max repeat", lo_start);
                    break;
                }
                j++;
            }
            if (repeat_state == 2 && (c == '?' || c == '+')) {
                emit(x, &c, 1, i);
                repeat_state = 3;
                i++;
                continue;
            }
            if (repeat_state >= 2 || repeat_state == 0) {
                /* Python's tokenizer has already read the next token: a
                   pattern ending in a lone backslash fails there first. */
                gp_ssize next = c == '{' ? j : i + 1;
                if (next == x->n - 1 && x->p[next] == '\\')
                    xerr(x, "bad escape (end of pattern)", next);
                else
                    xerr(x, repeat_state ? "multiple repeat" : "nothing to repeat", i);
                break;
            }
            if (look_out >= 0) {
                /* A repeated lookaround: PCRE2 and Python agree once it is
                   wrapped in a group. */
                insert_at(x, look_out, "(?:", 3);
                emit(x, ")", 1, i);
                look_out = -1;
            }
            if (c == '{') {
                char buf[48];
                int k = hi >= 0 ? snprintf(buf, sizeof buf, "{%ld,%ld}", (long)lo, (long)hi)
                                : snprintf(buf, sizeof buf, "{%ld,}", (long)lo);
                emit(x, buf, k, i);
                i = j;
            } else {
                emit(x, &c, 1, i);
                i++;
            }
            repeat_state = 2;
            continue;
        }
        switch (c) {
        case '\\': {
            char d = i + 1 < x->n ? x->p[i + 1] : 0;
            i = xlat_escape(x, i, 0);
            repeat_state = (d == 'A' || d == 'Z' || d == 'b' || d == 'B') ? 0 : 1;
            break;
        }
        case '[':
            i = xlat_set(x, i);
            repeat_state = 1;
            break;
        case '(': {
            int opens = 1;
            gp_ssize at = i, out_at = x->olen;
            int look = i + 2 < x->n && x->p[i + 1] == '?' &&
                       (x->p[i + 2] == '=' || x->p[i + 2] == '!' ||
                        (x->p[i + 2] == '<' && i + 3 < x->n && (x->p[i + 3] == '=' || x->p[i + 3] == '!')));
            if (i + 1 < x->n && x->p[i + 1] == '?') {
                i = xlat_group_ext(x, i, &opens);
            } else {
                x->groups++;
                emit(x, "(", 1, i);
                i++;
            }
            if (opens) {
                if (depth >= 256) {
                    xerr(x, "too many nested groups", at);
                    break;
                }
                ostack[depth] = out_at;
                lookstack[depth] = (char)look;
                stack[depth++] = at;
                repeat_state = 0;
            } else {
                repeat_state = 1;
            }
            break;
        }
        case ')':
            if (depth == 0) {
                xerr(x, "unbalanced parenthesis", i);
                break;
            }
            depth--;
            emit(x, ")", 1, i);
            i++;
            repeat_state = 1;
            look_out = lookstack[depth] ? ostack[depth] : -1;
            continue;
        case '|':
            emit(x, "|", 1, i);
            i++;
            repeat_state = 0;
            break;
        case '^':
        case '$':
            emit(x, &c, 1, i);
            i++;
            repeat_state = 0;
            break;
        case '}':
        case ']':
            emit(x, c == '}' ? "\\}" : "\\]", 2, i);
            i++;
            repeat_state = 1;
            break;
        default: {
            gp_ssize len = 1;
            unsigned char uc = (unsigned char)c;
            if (uc >= 0x80 && !x->is_bytes) len = uc >= 0xF0 ? 4 : uc >= 0xE0 ? 3 : 2;
            if (uc >= 0x80 && x->is_bytes) emit_cp(x, uc, i);
            else emit(x, x->p + i, len, i);
            i += len;
            repeat_state = 1;
        }
        }
    }
    if (!x->failed && depth > 0) xerr(x, "missing ), unterminated subpattern", stack[depth - 1]);
    for (int k = 0; k < x->ncond && !x->failed; k++) {
        if (x->cond_group[k] > x->groups || x->cond_group[k] == 0) {
            char msg[64];
            snprintf(msg, sizeof msg, "invalid group reference %d", (int)x->cond_group[k]);
            xerr(x, msg, x->cond_at[k]);
        }
    }
}

/* --------------------------------------------------------- code objects */

static void rxcode_dealloc(gp_obj *o) {
    rx_code *c = (rx_code *)o;
    if (c->code) pcre2_code_free(c->code);
    gp_xdecref(c->groupindex);
    gp_obj_free(o);
}

static int build_groupindex(gp_thread *t, rx_code *c) {
    c->groupindex = gp_dict_new(t);
    if (!c->groupindex) return -1;
    uint32_t count = 0, entry = 0;
    PCRE2_SPTR table;
    pcre2_pattern_info(c->code, PCRE2_INFO_NAMECOUNT, &count);
    if (count == 0) return 0;
    pcre2_pattern_info(c->code, PCRE2_INFO_NAMEENTRYSIZE, &entry);
    pcre2_pattern_info(c->code, PCRE2_INFO_NAMETABLE, &table);
    /* The table is sorted by name; Python lists groups by number. */
    gp_obj *byindex = gp_list_new(t, 0);
    if (!byindex) return -1;
    for (uint32_t k = 0; k < count; k++) {
        const unsigned char *e = table + (size_t)k * entry;
        int num = (e[0] << 8) | e[1];
        gp_obj *name = gp_str_from_cstr(t, (const char *)e + 2);
        gp_obj *idx = gp_int_from_ssize(t, num);
        gp_obj *pair = name && idx ? gp_tuple_pack(t, 2, idx, name) : NULL;
        gp_xdecref(name);
        gp_xdecref(idx);
        if (!pair || gp_list_append_steal(t, byindex, pair) < 0) {
            gp_decref(byindex);
            return -1;
        }
    }
    if (gp_list_sort(t, byindex, NULL, 0) < 0) {
        gp_decref(byindex);
        return -1;
    }
    for (gp_ssize k = 0; k < gp_list_size(byindex); k++) {
        gp_obj *pair = gp_list_get_borrow(byindex, k);
        if (gp_dict_set(t, c->groupindex, gp_tuple_get_borrow(pair, 1), gp_tuple_get_borrow(pair, 0)) < 0) {
            gp_decref(byindex);
            return -1;
        }
    }
    gp_decref(byindex);
    return 0;
}

/* _regex.compile(pattern, flags) -> code object. */
static gp_obj *rx_compile(RX_ARGS) {
    if (gp_args_no_kw(t, "compile", kw) < 0 || gp_args_count(t, "compile", nargs, 2, 2) < 0) return NULL;
    gp_obj *pat = args[0];
    int64_t flags;
    if (gp_int_as_i64(t, args[1], &flags) < 0) return NULL;
    xlat x;
    memset(&x, 0, sizeof x);
    x.t = t;
    x.module = self;
    x.pattern = pat;
    if (gp_str_check(pat)) {
        x.p = gp_str_utf8(pat);
        x.n = gp_str_size(pat);
    } else if (gp_bytes_check(pat)) {
        x.p = gp_bytes_data(pat);
        x.n = gp_bytes_size(pat);
        x.is_bytes = 1;
    } else {
        return gp_err_format(t, &gp_exc_TypeError, "first argument must be string or compiled pattern");
    }
    x.flags = (int)flags;
    xlat_pattern(&x);
    if (x.failed) goto fail;
    if (!x.is_bytes && (x.flags & F_ASCII) && (x.flags & F_UNICODE)) {
        gp_err_format(t, &gp_exc_ValueError, "ASCII and UNICODE flags are incompatible");
        goto fail;
    }
    if (x.is_bytes && (x.flags & F_UNICODE)) {
        gp_err_format(t, &gp_exc_ValueError, "cannot use UNICODE flag with a bytes pattern");
        goto fail;
    }
    if (!x.is_bytes && !(x.flags & F_ASCII)) x.flags |= F_UNICODE;
    emit(&x, "", 0, x.n);
    uint32_t opts = 0;
    if (x.flags & F_IGNORECASE) opts |= PCRE2_CASELESS;
    if (x.flags & F_MULTILINE) opts |= PCRE2_MULTILINE;
    if (x.flags & F_DOTALL) opts |= PCRE2_DOTALL;
    if (!x.is_bytes) {
        opts |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
        if (!(x.flags & F_ASCII)) opts |= PCRE2_UCP;
    }
    int errcode;
    PCRE2_SIZE erroff;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)(x.out ? x.out : ""), (PCRE2_SIZE)x.olen, opts, &errcode, &erroff,
                                     compile_ctx);
    if (!code) {
        PCRE2_UCHAR buf[256];
        pcre2_get_error_message(errcode, buf, sizeof buf);
        const char *msg = (const char *)buf;
        if (errcode == 109) msg = "nothing to repeat";
        else if (errcode == 108) msg = "bad character range";
        else if (errcode == 115) msg = "invalid group reference";
        else if (errcode == 125) msg = "look-behind requires fixed-width pattern";
        else if (errcode == 143) msg = "redefinition of group name";
        gp_ssize src = erroff < (PCRE2_SIZE)x.olen ? x.srcpos[erroff] : x.n;
        rx_error_at(t, self, msg, cp_pos(&x, src), pat);
        goto fail;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    rx_code *c = (rx_code *)gp_obj_alloc(t, &gp_rxcode_type, 0);
    if (!c) {
        pcre2_code_free(code);
        goto fail;
    }
    c->code = code;
    c->is_bytes = x.is_bytes;
    c->flags = x.flags;
    uint32_t ncap = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &ncap);
    c->groups = ncap;
    gp_mem_free(x.out);
    gp_mem_free(x.srcpos);
    if (build_groupindex(t, c) < 0) {
        gp_decref((gp_obj *)c);
        return NULL;
    }
    return (gp_obj *)c;
fail:
    gp_mem_free(x.out);
    gp_mem_free(x.srcpos);
    return NULL;
}

/* ------------------------------------------------------------- matching */

/* A subject string with a cursor for turning byte offsets into code-point
   offsets without rescanning from the start each time. */
typedef struct {
    const unsigned char *s;
    gp_ssize n;      /* bytes */
    int ascii;       /* offsets in bytes and code points agree */
    gp_ssize cur_b, cur_cp;
} subject;

static gp_ssize to_cp(subject *sj, gp_ssize b) {
    if (sj->ascii || b < 0) return b;
    if (b < sj->cur_b) {
        sj->cur_b = 0;
        sj->cur_cp = 0;
    }
    while (sj->cur_b < b) {
        sj->cur_cp += (sj->s[sj->cur_b] & 0xC0) != 0x80;
        sj->cur_b++;
    }
    return sj->cur_cp;
}

static gp_ssize to_byte(subject *sj, gp_ssize cp) {
    if (sj->ascii) return cp;
    gp_ssize b = 0, k = 0;
    while (b < sj->n && k < cp) {
        b++;
        while (b < sj->n && (sj->s[b] & 0xC0) == 0x80) b++;
        k++;
    }
    return b;
}

static int subject_init(gp_thread *t, rx_code *c, gp_obj *o, subject *sj, gp_ssize *len_cp) {
    memset(sj, 0, sizeof *sj);
    if (!c->is_bytes) {
        if (!gp_str_check(o)) {
            if (gp_bytes_check(o) || gp_bytearray_check(o) || gp_buffer_check(o))
                gp_err_format(t, &gp_exc_TypeError, "cannot use a string pattern on a bytes-like object");
            else
                gp_err_format(t, &gp_exc_TypeError, "expected string or bytes-like object, got '%T'", o);
            return -1;
        }
        sj->s = (const unsigned char *)gp_str_utf8(o);
        sj->n = gp_str_size(o);
        sj->ascii = gp_str_len(o) == gp_str_size(o);
        *len_cp = gp_str_len(o);
        return 0;
    }
    if (gp_str_check(o)) {
        gp_err_format(t, &gp_exc_TypeError, "cannot use a bytes pattern on a string-like object");
        return -1;
    }
    const char *d;
    gp_ssize n;
    if (gp_bytes_like(t, o, &d, &n) < 0) {
        gp_err_clear(t);
        gp_err_format(t, &gp_exc_TypeError, "expected string or bytes-like object, got '%T'", o);
        return -1;
    }
    sj->s = (const unsigned char *)d;
    sj->n = n;
    sj->ascii = 1;
    *len_cp = n;
    return 0;
}

/* One match attempt; returns 1 matched, 0 not, -1 error. */
static int do_match(gp_thread *t, rx_code *c, subject *sj, gp_ssize blen, gp_ssize bstart, uint32_t opts,
                    pcre2_match_data *md) {
    int rc = pcre2_match(c->code, sj->s, (PCRE2_SIZE)blen, (PCRE2_SIZE)bstart, opts, md, NULL);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
        rc = pcre2_match(c->code, sj->s, (PCRE2_SIZE)blen, (PCRE2_SIZE)bstart, opts | PCRE2_NO_JIT, md, NULL);
    if (rc >= 0) return 1;
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(rc, buf, sizeof buf);
    gp_err_format(t, &gp_exc_RuntimeError, "regular expression matching failed: %s", (const char *)buf);
    return -1;
}

/* The spans of all groups as a flat tuple (start0, end0, start1, ...) in
   code points; -1 for groups that did not take part. */
static gp_obj *spans_tuple(gp_thread *t, rx_code *c, subject *sj, pcre2_match_data *md) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    uint32_t pairs = pcre2_get_ovector_count(md);
    gp_ssize n = (c->groups + 1) * 2;
    gp_obj *tup = gp_tuple_new(t, n);
    if (!tup) return NULL;
    for (gp_ssize k = 0; k < n; k++) {
        gp_ssize v = -1;
        if ((uint32_t)(k / 2) < pairs && ov[k] != PCRE2_UNSET) v = to_cp(sj, (gp_ssize)ov[k]);
        gp_tuple_items(tup)[k] = gp_int_from_ssize(t, v);
    }
    return tup;
}

/* ---------------------------------------------------------- match objects */

typedef struct {
    gp_obj base;
    gp_obj *re;       /* the Pattern */
    gp_obj *string;
    rx_code *code;
    gp_ssize pos, endpos;
    gp_ssize nspans;  /* 2 * (groups + 1) */
    gp_ssize spans[1];
} rx_match;

extern gp_type gp_rxmatch_type;

static gp_obj *make_match(gp_thread *t, rx_code *c, gp_obj *re, gp_obj *string, gp_ssize pos, gp_ssize endpos,
                          subject *sj, pcre2_match_data *md) {
    gp_ssize n = (c->groups + 1) * 2;
    rx_match *m = (rx_match *)gp_obj_alloc(t, &gp_rxmatch_type, n);
    if (!m) return NULL;
    m->re = gp_newref(re);
    m->string = gp_newref(string);
    m->code = (rx_code *)gp_newref((gp_obj *)c);
    m->pos = pos;
    m->endpos = endpos;
    m->nspans = n;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
    uint32_t pairs = pcre2_get_ovector_count(md);
    for (gp_ssize k = 0; k < n; k++) {
        gp_ssize v = -1;
        if ((uint32_t)(k / 2) < pairs && ov[k] != PCRE2_UNSET) v = to_cp(sj, (gp_ssize)ov[k]);
        m->spans[k] = v;
    }
    /* A group that did not take part has both ends unset. */
    for (gp_ssize k = 0; k < n; k += 2)
        if (m->spans[k] < 0 || m->spans[k + 1] < 0) m->spans[k] = m->spans[k + 1] = -1;
    return (gp_obj *)m;
}

static void rxmatch_dealloc(gp_obj *o) {
    rx_match *m = (rx_match *)o;
    gp_xdecref(m->re);
    gp_xdecref(m->string);
    gp_xdecref((gp_obj *)m->code);
    gp_obj_free(o);
}

/* The group number named by g (an int, a name or an index-like object). */
static gp_ssize group_index(gp_thread *t, rx_match *m, gp_obj *g) {
    gp_ssize i = -1;
    if (gp_int_check(g)) {
        if (gp_int_as_ssize(t, g, &i) < 0) {
            gp_err_clear(t);
            i = -1;
        }
    } else if (gp_str_check(g) || gp_bytes_check(g)) {
        gp_obj *v = gp_dict_get_borrow(t, m->code->groupindex, g);
        if (v && gp_int_as_ssize(t, v, &i) < 0) return -1;
        if (!v && gp_err_occurred(t)) gp_err_clear(t);
    } else {
        gp_obj *iv = gp_number_index(t, g);
        if (iv) {
            if (gp_int_as_ssize(t, iv, &i) < 0) {
                gp_err_clear(t);
                i = -1;
            }
            gp_decref(iv);
        } else {
            gp_err_clear(t);
        }
    }
    if (i < 0 || i > m->code->groups) {
        gp_err_format(t, &gp_exc_IndexError, "no such group");
        return -1;
    }
    return i;
}

static gp_obj *group_value(gp_thread *t, rx_match *m, gp_ssize i, gp_obj *dflt) {
    gp_ssize a = m->spans[2 * i], b = m->spans[2 * i + 1];
    if (a < 0) return gp_newref(dflt);
    if (gp_str_check(m->string)) return gp_str_substr(t, m->string, a, b);
    if (gp_bytes_check(m->string)) return gp_bytes_new(t, gp_bytes_data(m->string) + a, b - a);
    /* Groups of any other bytes-like subject (bytearray, memoryview) are
       bytes, as CPython's. */
    const char *data;
    gp_ssize n;
    int ok = gp_bytes_like_opt(t, m->string, &data, &n);
    if (ok < 0) return NULL;
    if (ok && b <= n) return gp_bytes_new(t, data + a, b - a);
    gp_obj *lo = gp_int_from_ssize(t, a), *hi = gp_int_from_ssize(t, b);
    gp_obj *sl = lo && hi ? gp_slice_new(t, lo, hi, NULL) : NULL;
    gp_xdecref(lo);
    gp_xdecref(hi);
    if (!sl) return NULL;
    gp_obj *r = gp_obj_getitem(t, m->string, sl);
    gp_decref(sl);
    return r;
}

static gp_obj *rm_group(RX_ARGS) {
    rx_match *m = (rx_match *)self;
    if (gp_args_no_kw(t, "group", kw) < 0) return NULL;
    if (nargs == 0) return group_value(t, m, 0, GP_NONE);
    if (nargs == 1) {
        gp_ssize i = group_index(t, m, args[0]);
        return i < 0 ? NULL : group_value(t, m, i, GP_NONE);
    }
    gp_obj *tup = gp_tuple_new(t, nargs);
    if (!tup) return NULL;
    for (gp_ssize k = 0; k < nargs; k++) {
        gp_ssize i = group_index(t, m, args[k]);
        gp_obj *v = i < 0 ? NULL : group_value(t, m, i, GP_NONE);
        if (!v) {
            for (gp_ssize j = k; j < nargs; j++) gp_tuple_items(tup)[j] = GP_NONE;
            gp_decref(tup);
            return NULL;
        }
        gp_tuple_items(tup)[k] = v;
    }
    return tup;
}

static gp_obj *rm_subscript(gp_thread *t, gp_obj *self, gp_obj *key) {
    gp_ssize i = group_index(t, (rx_match *)self, key);
    return i < 0 ? NULL : group_value(t, (rx_match *)self, i, GP_NONE);
}

static gp_obj *default_arg(gp_thread *t, const char *fname, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    static const char *const names[] = {"default", NULL};
    gp_argspec spec = {fname, names, 0, -1};
    gp_obj *a[1];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    return a[0] ? a[0] : GP_NONE;
}

static gp_obj *rm_groups(RX_ARGS) {
    rx_match *m = (rx_match *)self;
    gp_obj *dflt = default_arg(t, "groups", args, nargs, kw);
    if (!dflt) return NULL;
    gp_ssize n = m->code->groups;
    gp_obj *tup = gp_tuple_new(t, n);
    if (!tup) return NULL;
    for (gp_ssize k = 0; k < n; k++) {
        gp_obj *v = group_value(t, m, k + 1, dflt);
        if (!v) {
            for (gp_ssize j = k; j < n; j++) gp_tuple_items(tup)[j] = GP_NONE;
            gp_decref(tup);
            return NULL;
        }
        gp_tuple_items(tup)[k] = v;
    }
    return tup;
}

static gp_obj *rm_groupdict(RX_ARGS) {
    rx_match *m = (rx_match *)self;
    gp_obj *dflt = default_arg(t, "groupdict", args, nargs, kw);
    if (!dflt) return NULL;
    gp_obj *d = gp_dict_new(t);
    gp_ssize pos = 0;
    gp_obj *name, *idx;
    while (d && gp_dict_next(m->code->groupindex, &pos, &name, &idx)) {
        gp_ssize i;
        if (gp_int_as_ssize(t, idx, &i) < 0) goto error;
        gp_obj *v = group_value(t, m, i, dflt);
        if (!v) goto error;
        int r = gp_dict_set(t, d, name, v);
        gp_decref(v);
        if (r < 0) goto error;
    }
    return d;
error:
    gp_decref(d);
    return NULL;
}

static gp_ssize group_arg(gp_thread *t, rx_match *m, const char *fname, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, fname, kw) < 0 || gp_args_count(t, fname, nargs, 0, 1) < 0) return -1;
    return nargs ? group_index(t, m, args[0]) : 0;
}

static gp_obj *rm_start(RX_ARGS) {
    rx_match *m = (rx_match *)self;
    gp_ssize i = group_arg(t, m, "start", args, nargs, kw);
    return i < 0 ? NULL : gp_int_from_ssize(t, m->spans[2 * i]);
}

static gp_obj *rm_end(RX_ARGS) {
    rx_match *m = (rx_match *)self;
    gp_ssize i = group_arg(t, m, "end", args, nargs, kw);
    return i < 0 ? NULL : gp_int_from_ssize(t, m->spans[2 * i + 1]);
}

static gp_obj *span_of(gp_thread *t, rx_match *m, gp_ssize i) {
    gp_obj *a = gp_int_from_ssize(t, m->spans[2 * i]), *b = gp_int_from_ssize(t, m->spans[2 * i + 1]);
    gp_obj *r = a && b ? gp_tuple_pack(t, 2, a, b) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    return r;
}

static gp_obj *rm_span(RX_ARGS) {
    rx_match *m = (rx_match *)self;
    gp_ssize i = group_arg(t, m, "span", args, nargs, kw);
    return i < 0 ? NULL : span_of(t, m, i);
}

/* expand(template): the template is parsed by re.py's helper. */
static gp_obj *rm_expand(RX_ARGS) {
    if (gp_args_no_kw(t, "expand", kw) < 0 || gp_args_count(t, "expand", nargs, 1, 1) < 0) return NULL;
    gp_obj *re = gp_import_module(t, "re");
    if (!re) return NULL;
    gp_obj *helper = gp_obj_getattr_cstr(t, re, "_expand_match");
    gp_decref(re);
    if (!helper) return NULL;
    gp_obj *r = gp_call2(t, helper, self, args[0]);
    gp_decref(helper);
    return r;
}

static gp_obj *rm_self(RX_ARGS) { return gp_newref(self); }

static gp_obj *rm_get_lastindex(gp_thread *t, gp_obj *self, void *closure) {
    rx_match *m = (rx_match *)self;
    gp_ssize best = -1;
    for (gp_ssize i = 1; i <= m->code->groups; i++) {
        gp_ssize s = m->spans[2 * i], e = m->spans[2 * i + 1];
        if (s < 0) continue;
        if (best < 0) {
            best = i;
            continue;
        }
        gp_ssize be = m->spans[2 * best + 1];
        /* The group that closed last: the one ending last; of two ending
           together, the enclosing one unless the later one starts where
           the earlier one ends. */
        if (e > be || (e == be && s >= be)) best = i;
    }
    if (best < 0) return GP_NONE;
    return gp_int_from_ssize(t, best);
}

static gp_obj *rm_get_lastgroup(gp_thread *t, gp_obj *self, void *closure) {
    rx_match *m = (rx_match *)self;
    gp_obj *li = rm_get_lastindex(t, self, NULL);
    if (!li || li == GP_NONE) return li;
    gp_ssize pos = 0;
    gp_obj *name, *idx;
    while (gp_dict_next(m->code->groupindex, &pos, &name, &idx)) {
        if (gp_obj_eq(t, idx, li) == 1) {
            gp_decref(li);
            return gp_newref(name);
        }
    }
    gp_decref(li);
    return GP_NONE;
}

static gp_obj *rm_get_regs(gp_thread *t, gp_obj *self, void *closure) {
    rx_match *m = (rx_match *)self;
    gp_ssize n = m->nspans / 2;
    gp_obj *tup = gp_tuple_new(t, n);
    if (!tup) return NULL;
    for (gp_ssize k = 0; k < n; k++) {
        gp_obj *sp = span_of(t, m, k);
        if (!sp) {
            for (gp_ssize j = k; j < n; j++) gp_tuple_items(tup)[j] = GP_NONE;
            gp_decref(tup);
            return NULL;
        }
        gp_tuple_items(tup)[k] = sp;
    }
    return tup;
}

static gp_obj *rm_get_re(gp_thread *t, gp_obj *self, void *closure) { return gp_newref(((rx_match *)self)->re); }
static gp_obj *rm_get_string(gp_thread *t, gp_obj *self, void *closure) { return gp_newref(((rx_match *)self)->string); }
static gp_obj *rm_get_pos(gp_thread *t, gp_obj *self, void *closure) { return gp_int_from_ssize(t, ((rx_match *)self)->pos); }
static gp_obj *rm_get_endpos(gp_thread *t, gp_obj *self, void *closure) {
    return gp_int_from_ssize(t, ((rx_match *)self)->endpos);
}

static gp_obj *rm_repr(gp_thread *t, gp_obj *self) {
    rx_match *m = (rx_match *)self;
    gp_obj *g = group_value(t, m, 0, GP_NONE);
    if (!g) return NULL;
    gp_obj *r = gp_str_from_format(t, "<re.Match object; span=(%zd, %zd), match=%R>", m->spans[0], m->spans[1], g);
    gp_decref(g);
    return r;
}

static const gp_method_def rm_methods[] = {
    {"group", rm_group, 0, "Return one or more subgroups of the match."},
    {"groups", rm_groups, 0, "Return a tuple containing all the subgroups of the match."},
    {"groupdict", rm_groupdict, 0, "Return a dictionary containing all the named subgroups of the match."},
    {"start", rm_start, 0, "Return index of the start of the substring matched by group."},
    {"end", rm_end, 0, "Return index of the end of the substring matched by group."},
    {"span", rm_span, 0, "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
    {"expand", rm_expand, 0, "Return the string obtained by doing backslash substitution on the template."},
    {"__copy__", rm_self, 0, NULL},
    {"__deepcopy__", rm_self, 0, NULL},
    {"__class_getitem__", gp_class_getitem, GP_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const gp_getset_def rm_getset[] = {
    {"lastindex", rm_get_lastindex, NULL, "The integer index of the last matched capturing group.", NULL},
    {"lastgroup", rm_get_lastgroup, NULL, "The name of the last matched capturing group.", NULL},
    {"regs", rm_get_regs, NULL, NULL, NULL},
    {"re", rm_get_re, NULL, "The regular expression object.", NULL},
    {"string", rm_get_string, NULL, "The string passed to match() or search().", NULL},
    {"pos", rm_get_pos, NULL, "The index into the string at which the RE engine started looking for a match.", NULL},
    {"endpos", rm_get_endpos, NULL, "The index into the string beyond which the RE engine will not go.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static gp_mapping_methods rm_as_mapping = {.subscript = rm_subscript};

gp_type gp_rxmatch_type = {GP_TYPE_HEAD,
                           .name = "re.Match",
                           .basicsize = offsetof(rx_match, spans),
                           .itemsize = sizeof(gp_ssize),
                           .dealloc = rxmatch_dealloc,
                           .repr = rm_repr,
                           .as_mapping = &rm_as_mapping,
                           .methods = rm_methods,
                           .getset = rm_getset};

static int pos_args(gp_thread *t, gp_obj *const *args, gp_ssize nargs, gp_ssize len, gp_ssize *pos, gp_ssize *endpos) {
    *pos = 0;
    *endpos = len;
    if (nargs > 1 && args[1] != GP_NONE && gp_number_as_ssize(t, args[1], NULL, pos) < 0) return -1;
    if (nargs > 2 && args[2] != GP_NONE && gp_number_as_ssize(t, args[2], NULL, endpos) < 0) return -1;
    if (*pos < 0) *pos = 0;
    if (*pos > len) *pos = len;
    if (*endpos < 0) *endpos = 0;
    if (*endpos > len) *endpos = len;
    return 0;
}

/* code.match(pattern, string, pos, endpos, mode): mode 0 search, 1 match
   at pos, 2 fullmatch; returns a Match or None. */
static gp_obj *rxc_match(RX_ARGS) {
    if (gp_args_no_kw(t, "match", kw) < 0 || gp_args_count(t, "match", nargs, 5, 5) < 0) return NULL;
    rx_code *c = (rx_code *)self;
    subject sj;
    gp_ssize len, pos, endpos, mode;
    if (subject_init(t, c, args[1], &sj, &len) < 0) return NULL;
    if (pos_args(t, args + 1, nargs - 1, len, &pos, &endpos) < 0) return NULL;
    if (gp_number_as_ssize(t, args[4], NULL, &mode) < 0) return NULL;
    if (endpos < pos) return GP_NONE;
    gp_ssize bstart = to_byte(&sj, pos), blen = to_byte(&sj, endpos);
    uint32_t opts = mode == 1 ? PCRE2_ANCHORED : mode == 2 ? PCRE2_ANCHORED | PCRE2_ENDANCHORED : 0;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(c->code, general_ctx);
    if (!md) return gp_err_nomemory(t);
    int r = do_match(t, c, &sj, blen, bstart, opts, md);
    gp_obj *res = r < 0    ? NULL
                  : r == 0 ? GP_NONE
                           : make_match(t, c, args[0], args[1], pos, endpos, &sj, md);
    pcre2_match_data_free(md);
    return res;
}

/* code.scan(string, pos, endpos, maxcount[, pattern]): successive
   non-overlapping matches, as findall, finditer, sub and split walk them
   (after an empty match the next one may not be empty at the same
   place): flat span tuples, or Match objects when the pattern is given. */
static gp_obj *rxc_scan(RX_ARGS) {
    if (gp_args_no_kw(t, "scan", kw) < 0 || gp_args_count(t, "scan", nargs, 4, 5) < 0) return NULL;
    rx_code *c = (rx_code *)self;
    subject sj;
    gp_ssize len, pos, endpos, maxcount;
    gp_obj *pattern = nargs > 4 && args[4] != GP_NONE ? args[4] : NULL;
    if (subject_init(t, c, args[0], &sj, &len) < 0) return NULL;
    if (pos_args(t, args, nargs, len, &pos, &endpos) < 0) return NULL;
    if (gp_number_as_ssize(t, args[3], NULL, &maxcount) < 0) return NULL;
    gp_obj *list = gp_list_new(t, 0);
    if (!list) return NULL;
    if (endpos < pos) return list;
    gp_ssize bstart = to_byte(&sj, pos), blen = to_byte(&sj, endpos);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(c->code, general_ctx);
    if (!md) {
        gp_decref(list);
        return gp_err_nomemory(t);
    }
    uint32_t opts = 0;
    while (bstart <= blen && (maxcount <= 0 || gp_list_size(list) < maxcount)) {
        int r = do_match(t, c, &sj, blen, bstart, opts, md);
        if (r < 0) goto error;
        if (r == 0) break;
        gp_obj *item = pattern ? make_match(t, c, pattern, args[0], pos, endpos, &sj, md) : spans_tuple(t, c, &sj, md);
        if (!item || gp_list_append_steal(t, list, item) < 0) goto error;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        opts = ov[0] == ov[1] ? PCRE2_NOTEMPTY_ATSTART : 0;
        bstart = (gp_ssize)ov[1];
    }
    pcre2_match_data_free(md);
    return list;
error:
    pcre2_match_data_free(md);
    gp_decref(list);
    return NULL;
}

static gp_obj *rxc_get_groups(gp_thread *t, gp_obj *self, void *closure) {
    return gp_int_from_ssize(t, ((rx_code *)self)->groups);
}
static gp_obj *rxc_get_flags(gp_thread *t, gp_obj *self, void *closure) {
    return gp_int_from_ssize(t, ((rx_code *)self)->flags);
}
static gp_obj *rxc_get_groupindex(gp_thread *t, gp_obj *self, void *closure) {
    return gp_newref(((rx_code *)self)->groupindex);
}

static const gp_method_def rxc_methods[] = {
    {"match", rxc_match, 0, NULL},
    {"scan", rxc_scan, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const gp_getset_def rxc_getset[] = {
    {"groups", rxc_get_groups, NULL, NULL, NULL},
    {"flags", rxc_get_flags, NULL, NULL, NULL},
    {"groupindex", rxc_get_groupindex, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

gp_type gp_rxcode_type = {GP_TYPE_HEAD,
                          .name = "_regex.Code",
                          .basicsize = sizeof(rx_code),
                          .dealloc = rxcode_dealloc,
                          .methods = rxc_methods,
                          .getset = rxc_getset};

static const gp_method_def rx_functions[] = {
    {"compile", rx_compile, 0, "Compile a Python regular expression for PCRE2."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_regex_init(gp_thread *t) {
    if (gp_type_ready(t, &gp_rxmatch_type) < 0) return NULL;
    if (!general_ctx) {
        general_ctx = pcre2_general_context_create(pcre_alloc, pcre_free, NULL);
        compile_ctx = general_ctx ? pcre2_compile_context_create(general_ctx) : NULL;
        if (!compile_ctx) return gp_err_nomemory(t);
    }
    if (gp_type_ready(t, &gp_rxcode_type) < 0) return NULL;
    gp_obj *m = gp_module_new(t, "_regex");
    if (!m || gp_module_add_functions(t, m, rx_functions) < 0 ||
        gp_module_add_object(t, m, "Match", (gp_obj *)&gp_rxmatch_type) < 0) {
        gp_xdecref(m);
        return NULL;
    }
    return m;
}
