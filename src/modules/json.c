/* The _json module: the hot parts of the json package in C.  scan_once
   parses one JSON value (with the decoder's hooks and CPython's error
   messages and positions); encode_basestring(_ascii) quote strings.
   lib/json falls back to its Python versions when this module is absent. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "gilpy_core.h"

#define JSON_ARGS gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw

/* A decoding run.  Positions inside are byte offsets into the UTF-8 text;
   they become code-point offsets for the results and errors. */
typedef struct {
    gp_thread *t;
    gp_obj *doc;
    const unsigned char *s;
    gp_ssize n;
    int ascii;
    int strict;
    gp_obj *object_hook, *object_pairs_hook, *parse_float, *parse_int, *parse_constant;
    gp_obj *errcls;
    gp_obj *memo;
} scanner;

static gp_ssize cp_of(const scanner *sc, gp_ssize b) {
    if (sc->ascii) return b;
    gp_ssize k = 0;
    for (gp_ssize i = 0; i < b && i < sc->n; i++) k += (sc->s[i] & 0xC0) != 0x80;
    return k;
}

static void *raise_at(scanner *sc, const char *msg, gp_ssize b) {
    gp_thread *t = sc->t;
    gp_obj *m = gp_str_from_cstr(t, msg);
    gp_obj *pos = gp_int_from_ssize(t, cp_of(sc, b));
    if (m && pos) {
        gp_obj *a[3] = {m, sc->doc, pos};
        gp_obj *exc = gp_call(t, sc->errcls, a, 3, NULL);
        if (exc) {
            gp_err_set(t, gp_typeof(exc), exc);
            gp_decref(exc);
        }
    }
    gp_xdecref(m);
    gp_xdecref(pos);
    return NULL;
}

/* "Expecting value" at the top level travels as StopIteration(pos), as in
   CPython's scanner; inside containers it is a JSONDecodeError. */
static void *stop_at(scanner *sc, gp_ssize b) {
    gp_obj *pos = gp_int_from_ssize(sc->t, cp_of(sc, b));
    if (pos) {
        gp_err_set(sc->t, &gp_exc_StopIteration, pos);
        gp_decref(pos);
    }
    return NULL;
}

static gp_ssize skip_ws(const scanner *sc, gp_ssize i) {
    while (i < sc->n && (sc->s[i] == ' ' || sc->s[i] == '\t' || sc->s[i] == '\n' || sc->s[i] == '\r')) i++;
    return i;
}

static int hex4(const unsigned char *p, uint32_t *out) {
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        unsigned c = p[k];
        int d = c >= '0' && c <= '9' ? (int)c - '0' : c >= 'a' && c <= 'f' ? (int)c - 'a' + 10
                : c >= 'A' && c <= 'F' ? (int)c - 'A' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + (uint32_t)d;
    }
    *out = v;
    return 0;
}

/* A string whose opening quote is at begin-1; *end gets the index after
   the closing quote. */
static gp_obj *scan_string(scanner *sc, gp_ssize begin, gp_ssize *end) {
    const unsigned char *s = sc->s;
    gp_ssize i = begin, n = sc->n;
    /* Fast path: no escapes. */
    gp_ssize j = i;
    while (j < n && s[j] != '"' && s[j] != '\\' && s[j] >= 0x20) j++;
    if (j < n && s[j] == '"') {
        *end = j + 1;
        return gp_str_new(sc->t, (const char *)s + i, j - i);
    }
    gp_strbuf b;
    gp_strbuf_init(&b);
    for (;;) {
        gp_ssize k = i;
        while (k < n && s[k] != '"' && s[k] != '\\' && (s[k] >= 0x20 || !sc->strict)) k++;
        if (k > i) gp_strbuf_append(&b, (const char *)s + i, k - i);
        if (k >= n) {
            gp_strbuf_free(&b);
            return raise_at(sc, "Unterminated string starting at", begin - 1);
        }
        unsigned char c = s[k];
        if (c == '"') {
            *end = k + 1;
            return gp_strbuf_finish(sc->t, &b);
        }
        if (c != '\\') {
            gp_strbuf_free(&b);
            return raise_at(sc, "Invalid control character at", k);
        }
        k++;
        if (k >= n) {
            gp_strbuf_free(&b);
            return raise_at(sc, "Unterminated string starting at", begin - 1);
        }
        c = s[k];
        const char *rep = NULL;
        switch (c) {
        case '"': rep = "\""; break;
        case '\\': rep = "\\"; break;
        case '/': rep = "/"; break;
        case 'b': rep = "\b"; break;
        case 'f': rep = "\f"; break;
        case 'n': rep = "\n"; break;
        case 'r': rep = "\r"; break;
        case 't': rep = "\t"; break;
        }
        if (rep) {
            gp_strbuf_append(&b, rep, 1);
            i = k + 1;
            continue;
        }
        if (c != 'u') {
            gp_strbuf_free(&b);
            return raise_at(sc, "Invalid \\escape", k - 1);
        }
        uint32_t cp;
        if (k + 5 > n || hex4(s + k + 1, &cp) < 0) {
            gp_strbuf_free(&b);
            return raise_at(sc, "Invalid \\uXXXX escape", k);
        }
        i = k + 5;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= n && s[i] == '\\' && s[i + 1] == 'u') {
            uint32_t lo;
            if (hex4(s + i + 2, &lo) < 0) {
                gp_strbuf_free(&b);
                return raise_at(sc, "Invalid \\uXXXX escape", i + 1);
            }
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + (((cp - 0xD800) << 10) | (lo - 0xDC00));
                i += 6;
            }
        }
        gp_strbuf_append_codepoint(&b, cp);
    }
}

static gp_obj *scan_value(scanner *sc, gp_ssize i, gp_ssize *end);

static gp_obj *scan_object(scanner *sc, gp_ssize i, gp_ssize *end) {
    gp_thread *t = sc->t;
    gp_obj *pairs = NULL, *d = NULL, *key = NULL, *val = NULL;
    int use_pairs = sc->object_pairs_hook != NULL;
    if (use_pairs) pairs = gp_list_new(t, 0);
    else d = gp_dict_new(t);
    if (!pairs && !d) return NULL;
    i = skip_ws(sc, i);
    if (i < sc->n && sc->s[i] == '}') {
        i++;
    } else {
        for (;;) {
            if (i >= sc->n || sc->s[i] != '"') {
                raise_at(sc, "Expecting property name enclosed in double quotes", i);
                goto error;
            }
            key = scan_string(sc, i + 1, &i);
            if (!key) goto error;
            if (sc->memo) {
                gp_obj *k2 = gp_dict_setdefault_borrow(t, sc->memo, key, key);
                if (!k2) goto error;
                gp_setref_steal(&key, gp_newref(k2));
            }
            i = skip_ws(sc, i);
            if (i >= sc->n || sc->s[i] != ':') {
                raise_at(sc, "Expecting ':' delimiter", i);
                goto error;
            }
            i = skip_ws(sc, i + 1);
            val = scan_value(sc, i, &i);
            if (!val) {
                if (gp_err_matches(t, &gp_exc_StopIteration)) {
                    gp_err_clear(t);
                    raise_at(sc, "Expecting value", i);
                }
                goto error;
            }
            if (use_pairs) {
                gp_obj *pair = gp_tuple_pack(t, 2, key, val);
                if (!pair || gp_list_append_steal(t, pairs, pair) < 0) goto error;
            } else if (gp_dict_set(t, d, key, val) < 0) {
                goto error;
            }
            gp_setref_steal(&key, NULL);
            gp_setref_steal(&val, NULL);
            i = skip_ws(sc, i);
            if (i < sc->n && sc->s[i] == '}') {
                i++;
                break;
            }
            if (i >= sc->n || sc->s[i] != ',') {
                raise_at(sc, "Expecting ',' delimiter", i);
                goto error;
            }
            i = skip_ws(sc, i + 1);
        }
    }
    *end = i;
    if (use_pairs) {
        gp_obj *r = gp_call1(t, sc->object_pairs_hook, pairs);
        gp_decref(pairs);
        return r;
    }
    if (sc->object_hook) {
        gp_obj *r = gp_call1(t, sc->object_hook, d);
        gp_decref(d);
        return r;
    }
    return d;
error:
    gp_xdecref(key);
    gp_xdecref(val);
    gp_xdecref(pairs);
    gp_xdecref(d);
    return NULL;
}

static gp_obj *scan_array(scanner *sc, gp_ssize i, gp_ssize *end) {
    gp_thread *t = sc->t;
    gp_obj *list = gp_list_new(t, 0);
    if (!list) return NULL;
    i = skip_ws(sc, i);
    if (i < sc->n && sc->s[i] == ']') {
        *end = i + 1;
        return list;
    }
    for (;;) {
        gp_obj *v = scan_value(sc, i, &i);
        if (!v) {
            if (gp_err_matches(t, &gp_exc_StopIteration)) {
                gp_err_clear(t);
                raise_at(sc, "Expecting value", i);
            }
            gp_decref(list);
            return NULL;
        }
        if (gp_list_append_steal(t, list, v) < 0) {
            gp_decref(list);
            return NULL;
        }
        i = skip_ws(sc, i);
        if (i < sc->n && sc->s[i] == ']') {
            *end = i + 1;
            return list;
        }
        if (i >= sc->n || sc->s[i] != ',') {
            gp_decref(list);
            return raise_at(sc, "Expecting ',' delimiter", i);
        }
        i = skip_ws(sc, i + 1);
    }
}

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* A number at i, or NULL with no exception when there is none. */
static gp_obj *scan_number(scanner *sc, gp_ssize start, gp_ssize *end) {
    const unsigned char *s = sc->s;
    gp_ssize n = sc->n, i = start;
    if (i < n && s[i] == '-') i++;
    if (i >= n) return NULL;
    if (s[i] == '0') {
        i++;
    } else if (s[i] >= '1' && s[i] <= '9') {
        while (i < n && is_digit(s[i])) i++;
    } else {
        return NULL;
    }
    int is_float = 0;
    if (i + 1 < n && s[i] == '.' && is_digit(s[i + 1])) {
        i += 2;
        while (i < n && is_digit(s[i])) i++;
        is_float = 1;
    }
    if (i + 1 < n && (s[i] == 'e' || s[i] == 'E')) {
        gp_ssize j = i + 1;
        if (s[j] == '+' || s[j] == '-') j++;
        if (j < n && is_digit(s[j])) {
            while (j < n && is_digit(s[j])) j++;
            i = j;
            is_float = 1;
        }
    }
    *end = i;
    gp_thread *t = sc->t;
    gp_obj *hook = is_float ? sc->parse_float : sc->parse_int;
    if (!hook) {
        if (is_float) return gp_float_from_string(t, (const char *)s + start, i - start);
        return gp_int_from_string(t, (const char *)s + start, i - start, 10);
    }
    gp_obj *text = gp_str_new(t, (const char *)s + start, i - start);
    if (!text) return NULL;
    gp_obj *r = gp_call1(t, hook, text);
    gp_decref(text);
    return r;
}

static gp_obj *constant(scanner *sc, const char *name, double v) {
    if (!sc->parse_constant) return gp_float_new(sc->t, v);
    gp_obj *text = gp_str_from_cstr(sc->t, name);
    if (!text) return NULL;
    gp_obj *r = gp_call1(sc->t, sc->parse_constant, text);
    gp_decref(text);
    return r;
}

static int match_word(const scanner *sc, gp_ssize i, const char *w) {
    gp_ssize len = (gp_ssize)strlen(w);
    return i + len <= sc->n && !memcmp(sc->s + i, w, (size_t)len);
}

static gp_obj *scan_value(scanner *sc, gp_ssize i, gp_ssize *end) {
    if (i >= sc->n) return stop_at(sc, i);
    gp_obj *r;
    switch (sc->s[i]) {
    case '"':
        return scan_string(sc, i + 1, end);
    case '{':
    case '[':
        if (gp_enter_recursive(sc->t, " while decoding a JSON document") < 0) return NULL;
        r = sc->s[i] == '{' ? scan_object(sc, i + 1, end) : scan_array(sc, i + 1, end);
        gp_leave_recursive(sc->t);
        return r;
    case 'n':
        if (match_word(sc, i, "null")) {
            *end = i + 4;
            return GP_NONE;
        }
        break;
    case 't':
        if (match_word(sc, i, "true")) {
            *end = i + 4;
            return GP_TRUE;
        }
        break;
    case 'f':
        if (match_word(sc, i, "false")) {
            *end = i + 5;
            return GP_FALSE;
        }
        break;
    case 'N':
        if (match_word(sc, i, "NaN")) {
            *end = i + 3;
            return constant(sc, "NaN", NAN);
        }
        break;
    case 'I':
        if (match_word(sc, i, "Infinity")) {
            *end = i + 8;
            return constant(sc, "Infinity", INFINITY);
        }
        break;
    }
    if (sc->s[i] == '-' || is_digit(sc->s[i])) {
        gp_ssize e;
        r = scan_number(sc, i, &e);
        if (r) {
            *end = e;
            return r;
        }
        if (gp_err_occurred(sc->t)) return NULL;
        if (match_word(sc, i, "-Infinity")) {
            *end = i + 9;
            return constant(sc, "-Infinity", -INFINITY);
        }
    }
    return stop_at(sc, i);
}

/* scan_once(string, idx, strict, object_hook, object_pairs_hook,
             parse_float, parse_int, parse_constant, memo, errcls)
   -> (value, end).  A hook given as None uses the built-in conversion. */
static gp_obj *j_scan_once(JSON_ARGS) {
    if (gp_args_no_kw(t, "scan_once", kw) < 0 || gp_args_count(t, "scan_once", nargs, 10, 10) < 0) return NULL;
    if (!gp_str_check(args[0])) return gp_err_format(t, &gp_exc_TypeError, "first argument must be a string, not %T", args[0]);
    scanner sc;
    sc.t = t;
    sc.doc = args[0];
    sc.s = (const unsigned char *)gp_str_utf8(args[0]);
    sc.n = gp_str_size(args[0]);
    sc.ascii = gp_str_len(args[0]) == sc.n;
    gp_ssize idx;
    if (gp_number_as_ssize(t, args[1], NULL, &idx) < 0) return NULL;
    int strict = gp_obj_truthy(t, args[2]);
    if (strict < 0) return NULL;
    sc.strict = strict;
    gp_obj **hooks[5] = {&sc.object_hook, &sc.object_pairs_hook, &sc.parse_float, &sc.parse_int, &sc.parse_constant};
    for (int k = 0; k < 5; k++) *hooks[k] = args[3 + k] == GP_NONE ? NULL : args[3 + k];
    sc.memo = gp_dict_check(args[8]) ? args[8] : NULL;
    sc.errcls = args[9];
    if (idx < 0) return stop_at(&sc, 0);
    gp_ssize b = idx;
    if (!sc.ascii) {
        /* Code-point index to byte offset. */
        gp_ssize k = 0;
        b = 0;
        while (b < sc.n && k < idx) {
            b++;
            while (b < sc.n && (sc.s[b] & 0xC0) == 0x80) b++;
            k++;
        }
        if (k < idx) b = sc.n + 1;
    }
    gp_ssize end = b;
    gp_obj *v = scan_value(&sc, b, &end);
    if (!v) return NULL;
    gp_obj *e = gp_int_from_ssize(t, cp_of(&sc, end));
    gp_obj *r = e ? gp_tuple_pack(t, 2, v, e) : NULL;
    gp_decref(v);
    gp_xdecref(e);
    return r;
}

/* ------------------------------------------------------------- encoding */

static gp_obj *encode_string(gp_thread *t, gp_obj *s, int ascii_only) {
    if (!gp_str_check(s))
        return gp_err_format(t, &gp_exc_TypeError, "first argument must be a string, not %T", s);
    const unsigned char *p = (const unsigned char *)gp_str_utf8(s);
    gp_ssize n = gp_str_size(s);
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_strbuf_append_char(&b, '"');
    gp_ssize i = 0;
    while (i < n) {
        gp_ssize j = i;
        while (j < n && p[j] >= 0x20 && p[j] != '"' && p[j] != '\\' && (p[j] < 0x80 || !ascii_only)) j++;
        if (j > i) gp_strbuf_append(&b, (const char *)p + i, j - i);
        if (j >= n) break;
        unsigned char c = p[j];
        char buf[16];
        if (c < 0x80) {
            switch (c) {
            case '"': gp_strbuf_append(&b, "\\\"", 2); break;
            case '\\': gp_strbuf_append(&b, "\\\\", 2); break;
            case '\b': gp_strbuf_append(&b, "\\b", 2); break;
            case '\f': gp_strbuf_append(&b, "\\f", 2); break;
            case '\n': gp_strbuf_append(&b, "\\n", 2); break;
            case '\r': gp_strbuf_append(&b, "\\r", 2); break;
            case '\t': gp_strbuf_append(&b, "\\t", 2); break;
            default:
                snprintf(buf, sizeof buf, "\\u%04x", c);
                gp_strbuf_append(&b, buf, 6);
            }
            i = j + 1;
            continue;
        }
        /* A non-ASCII code point, escaped (as a surrogate pair above the
           BMP). */
        uint32_t cp;
        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (len == 2) cp = ((uint32_t)(c & 0x1F) << 6) | (p[j + 1] & 0x3F);
        else if (len == 3) cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(p[j + 1] & 0x3F) << 6) | (p[j + 2] & 0x3F);
        else
            cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(p[j + 1] & 0x3F) << 12) |
                 ((uint32_t)(p[j + 2] & 0x3F) << 6) | (p[j + 3] & 0x3F);
        if (cp >= 0x10000) {
            uint32_t v = cp - 0x10000;
            snprintf(buf, sizeof buf, "\\u%04x\\u%04x", 0xD800 | (v >> 10), 0xDC00 | (v & 0x3FF));
            gp_strbuf_append(&b, buf, 12);
        } else {
            snprintf(buf, sizeof buf, "\\u%04x", cp);
            gp_strbuf_append(&b, buf, 6);
        }
        i = j + len;
    }
    gp_strbuf_append_char(&b, '"');
    return gp_strbuf_finish(t, &b);
}

static gp_obj *j_encode_basestring_ascii(JSON_ARGS) {
    if (gp_args_no_kw(t, "encode_basestring_ascii", kw) < 0 ||
        gp_args_count(t, "encode_basestring_ascii", nargs, 1, 1) < 0)
        return NULL;
    return encode_string(t, args[0], 1);
}

static gp_obj *j_encode_basestring(JSON_ARGS) {
    if (gp_args_no_kw(t, "encode_basestring", kw) < 0 || gp_args_count(t, "encode_basestring", nargs, 1, 1) < 0)
        return NULL;
    return encode_string(t, args[0], 0);
}

/* The whole-structure encoder: one call produces the text of dumps() for
   dicts, lists, tuples, strings, ints, floats, bools and None, calling
   `default` for anything else, with CPython's separators, indentation,
   key conversions, NaN rules and circular-reference check. */
typedef struct {
    gp_thread *t;
    gp_strbuf b;
    gp_obj *markers;   /* dict id -> object, or NULL */
    gp_obj *default_fn;
    gp_obj *indent;    /* str or NULL */
    gp_obj *key_sep, *item_sep;
    int sort_keys, skipkeys, ensure_ascii, allow_nan;
} encoder;

static int enc_value(encoder *e, gp_obj *o, gp_ssize level);

static int enc_str(encoder *e, gp_obj *s) {
    gp_obj *q = encode_string(e->t, s, e->ensure_ascii);
    if (!q) return -1;
    gp_strbuf_append(&e->b, gp_str_utf8(q), gp_str_size(q));
    gp_decref(q);
    return 0;
}

/* The text of a float as JSON writes it, in buf (32 bytes); NULL with
   ValueError for NaN and infinities when they are not allowed. */
static const char *float_text(encoder *e, double v, char *buf) {
    const char *text = NULL;
    if (v != v) text = "NaN";
    else if (v == INFINITY) text = "Infinity";
    else if (v == -INFINITY) text = "-Infinity";
    if (!text) return gp_double_repr(v, buf);
    if (!e->allow_nan) {
        gp_err_format(e->t, &gp_exc_ValueError, "Out of range float values are not JSON compliant");
        return NULL;
    }
    return text;
}

static int enc_float(encoder *e, double v) {
    char buf[32];
    const char *text = float_text(e, v, buf);
    if (!text) return -1;
    gp_strbuf_append_cstr(&e->b, text);
    return 0;
}

static int enc_int(encoder *e, gp_obj *o) {
    gp_obj *s = gp_int_to_str(e->t, o, 10, 0);
    if (!s) return -1;
    gp_strbuf_append(&e->b, gp_str_utf8(s), gp_str_size(s));
    gp_decref(s);
    return 0;
}

static void enc_newline(encoder *e, gp_ssize level) {
    gp_strbuf_append_char(&e->b, '\n');
    for (gp_ssize k = 0; k < level; k++) gp_strbuf_append(&e->b, gp_str_utf8(e->indent), gp_str_size(e->indent));
}

/* Record a container in the markers; 1 if it was there already. */
static int mark(encoder *e, gp_obj *o, gp_obj **id) {
    *id = NULL;
    if (!e->markers) return 0;
    *id = gp_int_from_u64(e->t, (uint64_t)(uintptr_t)o);
    if (!*id) return -1;
    int r = gp_dict_contains(e->t, e->markers, *id);
    if (r < 0) return -1;
    if (r) {
        gp_err_format(e->t, &gp_exc_ValueError, "Circular reference detected");
        return -1;
    }
    return gp_dict_set(e->t, e->markers, *id, o);
}

static int unmark(encoder *e, gp_obj *id) {
    if (!id) return 0;
    int r = gp_dict_del(e->t, e->markers, id);
    gp_decref(id);
    return r;
}

static int enc_list(encoder *e, gp_obj *seq, gp_ssize level) {
    gp_ssize n = gp_list_check(seq) ? gp_list_size(seq) : gp_tuple_size(seq);
    if (n == 0) {
        gp_strbuf_append(&e->b, "[]", 2);
        return 0;
    }
    gp_obj *id;
    if (mark(e, seq, &id) < 0) return -1;
    gp_strbuf_append_char(&e->b, '[');
    if (e->indent) enc_newline(e, ++level);
    for (gp_ssize k = 0;; k++) {
        /* The list may change under a default() call: re-read its size. */
        gp_ssize size = gp_list_check(seq) ? gp_list_size(seq) : gp_tuple_size(seq);
        if (k >= size) break;
        if (k > 0) {
            gp_strbuf_append(&e->b, gp_str_utf8(e->item_sep), gp_str_size(e->item_sep));
            if (e->indent) enc_newline(e, level);
        }
        /* A list is read under its lock: another thread may shrink it. */
        gp_obj *item = gp_list_check(seq) ? gp_list_getitem(e->t, seq, k)
                                           : gp_newref(gp_tuple_get_borrow(seq, k));
        if (!item) {
            gp_err_clear(e->t);
            break;
        }
        int r = enc_value(e, item, level);
        gp_decref(item);
        if (r < 0) {
            gp_xdecref(id);
            return -1;
        }
    }
    if (e->indent) enc_newline(e, --level);
    gp_strbuf_append_char(&e->b, ']');
    return unmark(e, id);
}

static int enc_dict(encoder *e, gp_obj *d, gp_ssize level) {
    gp_thread *t = e->t;
    if (gp_dict_size(d) == 0) {
        gp_strbuf_append(&e->b, "{}", 2);
        return 0;
    }
    gp_obj *id;
    if (mark(e, d, &id) < 0) return -1;
    gp_obj *items = gp_dict_items_list(t, d);
    if (!items || (e->sort_keys && gp_list_sort(t, items, NULL, 0) < 0)) goto error;
    gp_strbuf_append_char(&e->b, '{');
    if (e->indent) enc_newline(e, ++level);
    int first = 1;
    for (gp_ssize k = 0; k < gp_list_size(items); k++) {
        gp_obj *pair = gp_list_get_borrow(items, k);
        gp_obj *key = gp_tuple_get_borrow(pair, 0), *val = gp_tuple_get_borrow(pair, 1);
        gp_obj *keystr = NULL;
        if (gp_str_check(key)) {
            keystr = gp_newref(key);
        } else if (gp_float_check(key)) {
            char buf[32];
            const char *text = float_text(e, gp_float_value(key), buf);
            if (!text) goto error;
            keystr = gp_str_from_cstr(t, text);
        } else if (key == GP_TRUE || key == GP_FALSE || key == GP_NONE) {
            keystr = gp_str_from_cstr(t, key == GP_TRUE ? "true" : key == GP_FALSE ? "false" : "null");
        } else if (gp_int_check(key)) {
            keystr = gp_int_to_str(t, key, 10, 0);
        } else if (e->skipkeys) {
            continue;
        } else {
            gp_err_format(t, &gp_exc_TypeError, "keys must be str, int, float, bool or None, not %s",
                          gp_type_name(gp_typeof(key)));
            goto error;
        }
        if (!keystr) goto error;
        if (!first) {
            gp_strbuf_append(&e->b, gp_str_utf8(e->item_sep), gp_str_size(e->item_sep));
            if (e->indent) enc_newline(e, level);
        }
        first = 0;
        int r = enc_str(e, keystr);
        gp_decref(keystr);
        if (r < 0) goto error;
        gp_strbuf_append(&e->b, gp_str_utf8(e->key_sep), gp_str_size(e->key_sep));
        if (enc_value(e, val, level) < 0) goto error;
    }
    if (e->indent) enc_newline(e, --level);
    gp_strbuf_append_char(&e->b, '}');
    gp_decref(items);
    return unmark(e, id);
error:
    gp_xdecref(items);
    gp_xdecref(id);
    return -1;
}

static int enc_value(encoder *e, gp_obj *o, gp_ssize level) {
    if (gp_str_check(o)) return enc_str(e, o);
    if (o == GP_NONE) {
        gp_strbuf_append(&e->b, "null", 4);
        return 0;
    }
    if (o == GP_TRUE || o == GP_FALSE) {
        gp_strbuf_append_cstr(&e->b, o == GP_TRUE ? "true" : "false");
        return 0;
    }
    if (gp_int_check(o)) return enc_int(e, o);
    if (gp_float_check(o)) return enc_float(e, gp_float_value(o));
    if (gp_enter_recursive(e->t, " while encoding a JSON object") < 0) return -1;
    int r;
    if (gp_list_check(o) || gp_tuple_check(o)) {
        r = enc_list(e, o, level);
    } else if (gp_dict_check(o)) {
        r = enc_dict(e, o, level);
    } else {
        gp_obj *id;
        r = mark(e, o, &id);
        if (r == 0) {
            gp_obj *v = gp_call1(e->t, e->default_fn, o);
            r = v ? enc_value(e, v, level) : -1;
            gp_xdecref(v);
            if (r == 0) r = unmark(e, id);
            else gp_xdecref(id);
        }
    }
    gp_leave_recursive(e->t);
    return r;
}

/* encode(obj, default, indent, key_separator, item_separator, sort_keys,
          skipkeys, ensure_ascii, allow_nan, check_circular) -> str */
static gp_obj *j_encode(JSON_ARGS) {
    if (gp_args_no_kw(t, "encode", kw) < 0 || gp_args_count(t, "encode", nargs, 10, 10) < 0) return NULL;
    encoder e;
    memset(&e, 0, sizeof e);
    e.t = t;
    e.default_fn = args[1];
    e.indent = args[2] == GP_NONE ? NULL : args[2];
    e.key_sep = args[3];
    e.item_sep = args[4];
    if ((e.indent && !gp_str_check(e.indent)) || !gp_str_check(e.key_sep) || !gp_str_check(e.item_sep))
        return gp_err_format(t, &gp_exc_TypeError, "indent and separators must be str");
    int flags[5];
    for (int k = 0; k < 5; k++)
        if ((flags[k] = gp_obj_truthy(t, args[5 + k])) < 0) return NULL;
    e.sort_keys = flags[0];
    e.skipkeys = flags[1];
    e.ensure_ascii = flags[2];
    e.allow_nan = flags[3];
    if (flags[4] && !(e.markers = gp_dict_new(t))) return NULL;
    gp_strbuf_init(&e.b);
    int r = enc_value(&e, args[0], 0);
    gp_xdecref(e.markers);
    if (r < 0) {
        gp_strbuf_free(&e.b);
        return NULL;
    }
    return gp_strbuf_finish(t, &e.b);
}

static const gp_method_def json_functions[] = {
    {"scan_once", j_scan_once, 0, "Parse one JSON value at an index; return (value, end)."},
    {"encode_basestring_ascii", j_encode_basestring_ascii, 0, "Return an ASCII-only JSON representation of a string."},
    {"encode_basestring", j_encode_basestring, 0, "Return a JSON representation of a string."},
    {"encode", j_encode, 0, "Return the JSON text of an object."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_json_init(gp_thread *t) {
    gp_obj *m = gp_module_new(t, "_json");
    if (!m || gp_module_add_functions(t, m, json_functions) < 0) {
        gp_xdecref(m);
        return NULL;
    }
    return m;
}
