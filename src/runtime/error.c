/* Raising exceptions from C, implicit chaining, printing uncaught
   exceptions in Python's format, and the recursion guard for C code. */
#include <errno.h>
#include <stdio.h>

#include "objects/typeobj_impl.h"

static int is_exception(gp_obj *o) { return !gp_is_small(o) && GP_FAST_CHECK(o, GP_TPFLAGS_BASE_EXC_SUBCLASS); }

/* Link the exception being handled as the __context__ of exc, first
   cutting any path from the handled one back to exc so that the chain
   never loops. */
static void chain_context(gp_thread *t, gp_obj *exc) {
    gp_obj *handled = t->exc_info ? t->exc_info->exc : NULL;
    if (!handled || handled == GP_NONE || handled == exc || !is_exception(handled)) return;
    gp_obj *o = handled;
    int steps = 0;
    while (o && steps++ < 100000) {
        gp_exc *e = (gp_exc *)o;
        if (e->context == exc) {
            gp_clear(&e->context);
            break;
        }
        o = e->context;
    }
    gp_exc_set_context_steal(exc, gp_newref(handled));
}

static void set_raised_steal(gp_thread *t, gp_obj *exc) {
    chain_context(t, exc);
    gp_obj *old = t->exc;
    t->exc = exc;
    gp_xdecref(old);
}

void gp_err_set(gp_thread *t, gp_type *type, gp_obj *value) {
    gp_err_clear(t);
    gp_obj *exc;
    if (value && is_exception(value) && gp_type_is_subtype(gp_typeof(value), type)) {
        exc = gp_newref(value);
    } else {
        if (value == GP_NONE) value = NULL;
        if (value && gp_tuple_check(value))
            exc = gp_call(t, (gp_obj *)type, gp_tuple_items(value), gp_tuple_size(value), NULL);
        else if (value)
            exc = gp_call(t, (gp_obj *)type, &value, 1, NULL);
        else
            exc = gp_call(t, (gp_obj *)type, NULL, 0, NULL);
        if (!exc) return;
        if (!is_exception(exc)) {
            gp_err_format(t, &gp_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %s", (gp_obj *)type,
                          gp_type_name(gp_typeof(exc)));
            gp_decref(exc);
            return;
        }
    }
    set_raised_steal(t, exc);
}

void gp_err_set_str(gp_thread *t, gp_type *type, const char *msg) {
    gp_obj *s = gp_str_from_cstr(t, msg);
    if (!s) return;
    gp_err_set(t, type, s);
    gp_decref(s);
}

void *gp_err_format(gp_thread *t, gp_type *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    gp_obj *s = gp_str_from_vformat(t, fmt, ap);
    va_end(ap);
    if (!s) return NULL;
    gp_err_set(t, type, s);
    gp_decref(s);
    return NULL;
}

void gp_err_raise_steal(gp_thread *t, gp_obj *exc) {
    gp_err_clear(t);
    set_raised_steal(t, exc);
}

void *gp_err_nomemory(gp_thread *t) {
    gp_err_set(t, &gp_exc_MemoryError, NULL);
    return NULL;
}

void *gp_err_from_errno(gp_thread *t, gp_type *type, gp_obj *filename) {
    int code = errno;
    gp_obj *num = gp_int_from_ssize(t, code);
    gp_obj *msg = gp_str_from_cstr(t, strerror(code));
    if (!num || !msg) {
        gp_xdecref(num);
        gp_xdecref(msg);
        return NULL;
    }
    gp_obj *args[3] = {num, msg, filename};
    gp_obj *exc = gp_call(t, (gp_obj *)type, args, filename ? 3 : 2, NULL);
    gp_decref(num);
    gp_decref(msg);
    if (exc) gp_err_raise_steal(t, exc);
    return NULL;
}

void gp_err_syntax(gp_thread *t, gp_type *type, const char *msg, gp_obj *filename, int lineno, int offset,
                   const char *text, int end_lineno, int end_offset) {
    gp_err_clear(t);
    gp_obj *m = gp_str_from_cstr(t, msg);
    gp_obj *txt = text ? gp_str_decode(t, text, (gp_ssize)strlen(text), "utf-8", "replace") : GP_NONE;
    gp_obj *ln = gp_int_from_ssize(t, lineno);
    gp_obj *off = gp_int_from_ssize(t, offset);
    gp_obj *eln = gp_int_from_ssize(t, end_lineno);
    gp_obj *eoff = gp_int_from_ssize(t, end_offset);
    gp_obj *info = NULL, *exc = NULL;
    if (!m || !txt || !ln || !off || !eln || !eoff) goto done;
    info = gp_tuple_pack(t, 6, filename ? filename : GP_NONE, ln, off, txt, eln, eoff);
    if (!info) goto done;
    gp_obj *args[2] = {m, info};
    exc = gp_call(t, (gp_obj *)type, args, 2, NULL);
    if (exc) gp_err_raise_steal(t, exc);
done:
    gp_xdecref(m);
    gp_xdecref(txt);
    gp_xdecref(ln);
    gp_xdecref(off);
    gp_xdecref(eln);
    gp_xdecref(eoff);
    gp_xdecref(info);
}

void *gp_err_bad_internal_call(gp_thread *t, const char *where) {
    return gp_err_format(t, &gp_exc_SystemError, "%s: bad argument to internal function", where);
}

int gp_err_matches(gp_thread *t, gp_type *type) {
    return t->exc && gp_type_is_subtype(gp_typeof(t->exc), type);
}

int gp_exc_matches(gp_thread *t, gp_obj *exc, gp_obj *cls) {
    if (gp_tuple_check(cls)) {
        gp_ssize n = gp_tuple_size(cls);
        for (gp_ssize i = 0; i < n; i++)
            if (gp_exc_matches(t, exc, gp_tuple_get_borrow(cls, i))) return 1;
        return 0;
    }
    if (!gp_type_check(cls)) return exc == cls;
    gp_type *et = gp_type_check(exc) ? (gp_type *)exc : gp_typeof(exc);
    return gp_type_is_subtype(et, (gp_type *)cls);
}

gp_obj *gp_err_fetch(gp_thread *t) {
    gp_obj *e = t->exc;
    t->exc = NULL;
    return e;
}

void gp_err_restore_steal(gp_thread *t, gp_obj *exc) {
    gp_obj *old = t->exc;
    t->exc = exc;
    gp_xdecref(old);
}

void gp_err_clear(gp_thread *t) {
    gp_obj *old = t->exc;
    if (!old) return;
    t->exc = NULL;
    gp_decref(old);
}

/* ------------------------------------------------------------ printing */

static void append_obj_str(gp_thread *t, gp_strbuf *b, gp_obj *o) {
    gp_obj *s = gp_obj_str(t, o);
    if (s) {
        gp_strbuf_append(b, gp_str_utf8(s), gp_str_size(s));
        gp_decref(s);
    } else {
        gp_err_clear(t);
    }
}

/* The caret block of a SyntaxError: the offending line, stripped of its
   indentation, and carets under the columns it points at. */
static void append_syntax_location(gp_thread *t, gp_strbuf *b, gp_obj *exc) {
    gp_obj *filename = NULL, *lineno = NULL, *text = NULL, *offset = NULL, *end_lineno = NULL, *end_offset = NULL;
    gp_obj_lookup_attr(t, exc, gp_id(t, "filename"), &filename);
    gp_obj_lookup_attr(t, exc, gp_id(t, "lineno"), &lineno);
    gp_obj_lookup_attr(t, exc, gp_id(t, "text"), &text);
    gp_obj_lookup_attr(t, exc, gp_id(t, "offset"), &offset);
    gp_obj_lookup_attr(t, exc, gp_id(t, "end_lineno"), &end_lineno);
    gp_obj_lookup_attr(t, exc, gp_id(t, "end_offset"), &end_offset);
    gp_err_clear(t);
    gp_strbuf_append_cstr(b, "  File \"");
    if (filename && gp_str_check(filename))
        gp_strbuf_append(b, gp_str_utf8(filename), gp_str_size(filename));
    else
        gp_strbuf_append_cstr(b, "<string>");
    gp_strbuf_append_cstr(b, "\", line ");
    if (lineno && lineno != GP_NONE)
        append_obj_str(t, b, lineno);
    else
        gp_strbuf_append_cstr(b, "0");
    gp_strbuf_append_char(b, '\n');
    if (text && gp_str_check(text)) {
        gp_ssize off = 0, end = 0, ln = 0, eln = 0;
        if (offset && gp_int_check(offset) && gp_int_as_ssize(t, offset, &off) < 0) off = 0;
        if (end_offset && gp_int_check(end_offset) && gp_int_as_ssize(t, end_offset, &end) < 0) end = 0;
        if (lineno && gp_int_check(lineno) && gp_int_as_ssize(t, lineno, &ln) < 0) ln = 0;
        if (end_lineno && gp_int_check(end_lineno) && gp_int_as_ssize(t, end_lineno, &eln) < 0) eln = 0;
        gp_err_clear(t);
        const char *s = gp_str_utf8(text);
        /* A range that continues on later lines runs to the end of the text. */
        if (eln > ln) end = gp_str_size(text);
        gp_ssize col = off - 1;
        gp_ssize ecol;
        while (*s == ' ' || *s == '\t' || *s == '\f') {
            s++;
            col--;
            end--;
        }
        gp_ssize len = (gp_ssize)strlen(s);
        /* Only the first line of a multi-line text is shown. */
        const char *nl = strchr(s, '\n');
        if (nl) len = nl - s;
        ecol = end > 0 ? end - 1 : col + 1;
        gp_strbuf_append_cstr(b, "    ");
        gp_strbuf_append(b, s, len);
        gp_strbuf_append_char(b, '\n');
        if (off > 0 && col >= 0) {
            if (col > len) col = len;
            if (ecol > len) ecol = len;
            gp_ssize carets = ecol - col;
            if (carets < 1) carets = 1;
            gp_strbuf_append_cstr(b, "    ");
            for (gp_ssize i = 0; i < col; i++) gp_strbuf_append_char(b, ' ');
            for (gp_ssize i = 0; i < carets; i++) gp_strbuf_append_char(b, '^');
            gp_strbuf_append_char(b, '\n');
        }
    }
    gp_xdecref(filename);
    gp_xdecref(lineno);
    gp_xdecref(text);
    gp_xdecref(offset);
    gp_xdecref(end_lineno);
    gp_xdecref(end_offset);
}

/* -------------------------------------------------- "Did you mean" hints */

/* Edit distance with case flips cheaper than other edits, giving up once
   the cost passes max_cost (as Python's suggestion engine does). */
enum { MOVE_COST = 2, CASE_COST = 1, MAX_NAME = 40 };

static gp_ssize subst_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static gp_ssize edit_distance(const char *a, gp_ssize na, const char *b, gp_ssize nb, gp_ssize max_cost) {
    gp_ssize row[MAX_NAME];
    while (na && nb && a[0] == b[0]) {
        a++, b++;
        na--, nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1]) na--, nb--;
    if (na == 0 || nb == 0) return (na + nb) * MOVE_COST;
    if (na > MAX_NAME || nb > MAX_NAME) return max_cost + 1;
    if (nb < na) {
        const char *ts = a;
        a = b;
        b = ts;
        gp_ssize tn = na;
        na = nb;
        nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
    for (gp_ssize i = 0; i < na; i++) row[i] = (i + 1) * MOVE_COST;
    gp_ssize result = 0;
    for (gp_ssize bi = 0; bi < nb; bi++) {
        gp_ssize distance = result = bi * MOVE_COST;
        gp_ssize minimum = INTPTR_MAX;
        for (gp_ssize ai = 0; ai < na; ai++) {
            gp_ssize substitute = distance + subst_cost(b[bi], a[ai]);
            distance = row[ai];
            gp_ssize insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[ai] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* The closest name in candidates (a list of str), or NULL (borrowed). */
static gp_obj *closest_name(gp_obj *candidates, gp_obj *name) {
    gp_ssize n = gp_list_size(candidates);
    if (n >= 750) return NULL;
    gp_obj *best = NULL;
    gp_ssize best_dist = INTPTR_MAX;
    const char *ns = gp_str_utf8(name);
    gp_ssize nn = gp_str_size(name);
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *item = gp_list_get_borrow(candidates, i);
        if (!gp_str_check(item) || gp_str_eq(item, name)) continue;
        gp_ssize ni = gp_str_size(item);
        gp_ssize max_dist = (nn + ni + 3) * MOVE_COST / 6;
        if (best_dist - 1 < max_dist) max_dist = best_dist - 1;
        gp_ssize d = edit_distance(ns, nn, gp_str_utf8(item), ni, max_dist);
        if (d > max_dist) continue;
        if (!best || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return best;
}

static gp_obj *suggest_from(gp_thread *t, gp_obj *names_iterable, gp_obj *name) {
    if (!names_iterable) return NULL;
    gp_obj *l = gp_seq_list(t, names_iterable);
    if (!l) {
        gp_err_clear(t);
        return NULL;
    }
    gp_obj *best = gp_xnewref(closest_name(l, name));
    gp_decref(l);
    return best;
}

/* A suggestion for an AttributeError or NameError, as Python 3.11 prints
   after the message. */
static gp_obj *offer_suggestion(gp_thread *t, gp_obj *exc) {
    gp_type *tp = gp_typeof(exc);
    gp_obj *name = NULL, *r = NULL;
    if (gp_obj_lookup_attr(t, exc, gp_id(t, "name"), &name) <= 0 || !gp_str_check(name)) goto done;
    if (gp_type_is_subtype(tp, &gp_exc_AttributeError)) {
        gp_obj *obj = NULL;
        if (gp_obj_lookup_attr(t, exc, gp_id(t, "obj"), &obj) > 0 && obj != GP_NONE) {
            gp_obj *dir = gp_obj_dir(t, obj);
            if (dir) {
                r = gp_xnewref(closest_name(dir, name));
                gp_decref(dir);
            }
        }
        gp_xdecref(obj);
    } else if (gp_type_is_subtype(tp, &gp_exc_NameError)) {
        gp_traceback *tb = (gp_traceback *)((gp_exc *)exc)->traceback;
        while (tb && tb->next) tb = tb->next;
        if (!tb) goto done;
        if (tb->code) {
            gp_code *co = (gp_code *)tb->code;
            gp_obj *parts[3] = {co->varnames, co->cellvars, co->freevars};
            gp_obj *all = gp_list_new(t, 0);
            for (int i = 0; all && i < 3; i++)
                if (parts[i] && gp_list_extend(t, all, parts[i]) < 0) gp_clear(&all);
            if (all) {
                r = gp_xnewref(closest_name(all, name));
                gp_decref(all);
            }
        }
        if (!r && tb->frame && tb->frame != GP_NONE) {
            gp_obj *g = NULL, *b = NULL;
            if (gp_obj_lookup_attr(t, tb->frame, gp_id(t, "f_globals"), &g) > 0) r = suggest_from(t, g, name);
            if (!r && gp_obj_lookup_attr(t, tb->frame, gp_id(t, "f_builtins"), &b) > 0) r = suggest_from(t, b, name);
            gp_xdecref(g);
            gp_xdecref(b);
        }
    }
done:
    gp_err_clear(t);
    gp_xdecref(name);
    return r;
}

/* "ValueError: message" (or just "ValueError"), module-qualified for
   classes outside builtins and __main__, followed by any notes. */
static void append_exception_only(gp_thread *t, gp_strbuf *b, gp_obj *exc) {
    gp_type *tp = gp_typeof(exc);
    int syntax = gp_type_is_subtype(tp, &gp_exc_SyntaxError);
    if (syntax) append_syntax_location(t, b, exc);
    gp_obj *mod = gp_type_module_obj(t, tp);
    if (!mod) gp_err_clear(t);
    if (mod && gp_str_check(mod) && !gp_str_eq_cstr(mod, "builtins") && !gp_str_eq_cstr(mod, "__main__")) {
        gp_strbuf_append(b, gp_str_utf8(mod), gp_str_size(mod));
        gp_strbuf_append_char(b, '.');
    }
    gp_xdecref(mod);
    gp_obj *qn = gp_type_qualname_obj(t, tp);
    if (qn) {
        gp_strbuf_append(b, gp_str_utf8(qn), gp_str_size(qn));
        gp_decref(qn);
    } else {
        gp_err_clear(t);
        gp_strbuf_append_cstr(b, gp_type_name(tp));
    }
    gp_obj *s;
    if (syntax) {
        s = NULL;
        gp_obj *msg = NULL;
        if (gp_obj_lookup_attr(t, exc, gp_id(t, "msg"), &msg) > 0 && msg != GP_NONE) s = gp_obj_str(t, msg);
        gp_xdecref(msg);
        if (!s) {
            gp_err_clear(t);
            s = gp_obj_str(t, exc);
        }
    } else {
        s = gp_obj_str(t, exc);
    }
    if (!s) {
        gp_err_clear(t);
        gp_strbuf_append_cstr(b, ": <exception str() failed>");
    } else {
        if (gp_str_size(s) > 0) {
            gp_strbuf_append_cstr(b, ": ");
            gp_strbuf_append(b, gp_str_utf8(s), gp_str_size(s));
        }
        gp_decref(s);
    }
    if (gp_type_is_subtype(tp, &gp_exc_AttributeError) || gp_type_is_subtype(tp, &gp_exc_NameError)) {
        gp_obj *hint = offer_suggestion(t, exc);
        if (hint) {
            gp_strbuf_append_cstr(b, ". Did you mean: '");
            gp_strbuf_append(b, gp_str_utf8(hint), gp_str_size(hint));
            gp_strbuf_append_cstr(b, "'?");
            gp_decref(hint);
        }
    }
    gp_strbuf_append_char(b, '\n');
    gp_obj *notes = NULL;
    if (gp_obj_lookup_attr(t, exc, gp_id(t, "__notes__"), &notes) > 0) {
        if (gp_list_check(notes) || gp_tuple_check(notes)) {
            gp_obj *items = gp_seq_tuple(t, notes);
            for (gp_ssize i = 0; items && i < gp_tuple_size(items); i++) {
                gp_obj *n = gp_tuple_get_borrow(items, i);
                if (gp_str_check(n)) {
                    gp_strbuf_append(b, gp_str_utf8(n), gp_str_size(n));
                } else {
                    gp_obj *r = gp_obj_str(t, n);
                    if (r) {
                        gp_strbuf_append(b, gp_str_utf8(r), gp_str_size(r));
                        gp_decref(r);
                    } else {
                        gp_err_clear(t);
                        gp_strbuf_append_cstr(b, "<note str() failed>");
                    }
                }
                gp_strbuf_append_char(b, '\n');
            }
            gp_xdecref(items);
        } else {
            gp_obj *r = gp_obj_repr(t, notes);
            if (r) {
                gp_strbuf_append(b, gp_str_utf8(r), gp_str_size(r));
                gp_strbuf_append_char(b, '\n');
                gp_decref(r);
            }
        }
        gp_xdecref(notes);
    }
    gp_err_clear(t);
}

gp_obj *gp_err_format_exception_only(gp_thread *t, gp_obj *exc) {
    gp_strbuf b;
    gp_strbuf_init(&b);
    append_exception_only(t, &b, exc);
    return gp_strbuf_finish(t, &b);
}

/* Where the lines of an exception inside a group go: CPython 3.11 draws
   groups as nested boxes, each level indented by two spaces with a '|'
   margin (a '+' on the first line of the outermost one). */
typedef struct {
    int group_depth;
    int need_close; /* the last member's box is still open */
} print_ctx;

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

static void emit(print_ctx *ctx, gp_strbuf *b, const char *text, gp_ssize n, char margin) {
    gp_ssize i = 0;
    while (i < n) {
        gp_ssize j = i;
        while (j < n && text[j] != '\n')
            j++;
        if (j < n) j++;
        gp_strbuf_append_fill(b, ' ', 2 * ctx->group_depth);
        if (ctx->group_depth) {
            gp_strbuf_append_char(b, margin);
            gp_strbuf_append_char(b, ' ');
        }
        gp_strbuf_append(b, text + i, j - i);
        i = j;
    }
}

static void emit_cstr(print_ctx *ctx, gp_strbuf *b, const char *text, char margin) {
    emit(ctx, b, text, (gp_ssize)strlen(text), margin);
}

/* The traceback under `header`, if the exception has one. */
static void emit_traceback(gp_thread *t, print_ctx *ctx, gp_strbuf *b, gp_obj *exc,
                           const char *header, char margin) {
    gp_obj *tb = ((gp_exc *)exc)->traceback;
    if (!tb) return;
    gp_obj *text = gp_traceback_format(t, tb);
    if (!text) {
        gp_err_clear(t);
        return;
    }
    emit_cstr(ctx, b, header, margin);
    emit(ctx, b, gp_str_utf8(text), gp_str_size(text), '|');
    gp_decref(text);
}

static void emit_exception_only(gp_thread *t, print_ctx *ctx, gp_strbuf *b, gp_obj *exc) {
    gp_strbuf only;
    gp_strbuf_init(&only);
    append_exception_only(t, &only, exc);
    emit(ctx, b, only.buf, only.len, '|');
    gp_strbuf_free(&only);
}

static void append_chain(gp_thread *t, print_ctx *ctx, gp_strbuf *b, gp_obj *exc, gp_obj *seen,
                         int depth);

static void append_group(gp_thread *t, print_ctx *ctx, gp_strbuf *b, gp_obj *exc, gp_obj *seen,
                         int depth) {
    int toplevel = ctx->group_depth == 0;
    if (toplevel) ctx->group_depth++;
    emit_traceback(t, ctx, b, exc, "Exception Group Traceback (most recent call last):\n",
                   toplevel ? '+' : '|');
    emit_exception_only(t, ctx, b, exc);
    gp_obj *excs = gp_exc_group_exceptions_borrow(exc);
    gp_ssize count = gp_tuple_size(excs);
    gp_ssize shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
    char line[96];
    ctx->need_close = 0;
    for (gp_ssize i = 0; i < shown; i++) {
        int last = i == shown - 1, truncated = i >= MAX_GROUP_WIDTH;
        if (last) ctx->need_close = 1;
        gp_strbuf_append_fill(b, ' ', 2 * ctx->group_depth);
        if (truncated)
            snprintf(line, sizeof line, "%s+---------------- ... ----------------\n",
                     i == 0 ? "+-" : "  ");
        else
            snprintf(line, sizeof line, "%s+---------------- %zd ----------------\n",
                     i == 0 ? "+-" : "  ", i + 1);
        gp_strbuf_append_cstr(b, line);
        ctx->group_depth++;
        if (truncated) {
            gp_ssize more = count - MAX_GROUP_WIDTH;
            snprintf(line, sizeof line, "and %zd more exception%s\n", more, more > 1 ? "s" : "");
            emit_cstr(ctx, b, line, '|');
        } else {
            append_chain(t, ctx, b, gp_tuple_get_borrow(excs, i), seen, depth + 1);
        }
        if (last && ctx->need_close) {
            gp_strbuf_append_fill(b, ' ', 2 * ctx->group_depth);
            gp_strbuf_append_cstr(b, "+------------------------------------\n");
            ctx->need_close = 0;
        }
        ctx->group_depth--;
    }
    if (toplevel) ctx->group_depth = 0;
}

static void append_formatted(gp_thread *t, print_ctx *ctx, gp_strbuf *b, gp_obj *exc, gp_obj *seen,
                             int depth) {
    if (!gp_exc_is_group(exc)) {
        emit_traceback(t, ctx, b, exc, "Traceback (most recent call last):\n", '|');
        emit_exception_only(t, ctx, b, exc);
    } else if (ctx->group_depth > MAX_GROUP_DEPTH) {
        char line[64];
        snprintf(line, sizeof line, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        emit_cstr(ctx, b, line, '|');
    } else {
        append_group(t, ctx, b, exc, seen, depth);
    }
}

static void append_one(gp_thread *t, gp_strbuf *b, gp_obj *exc) {
    print_ctx ctx = {0, 0};
    append_formatted(t, &ctx, b, exc, NULL, 0);
}

static int seen_before(gp_thread *t, gp_obj *seen, gp_obj *exc) {
    return seen && gp_set_contains(t, seen, gp_small_new((intptr_t)((uintptr_t)exc >> 1))) == 1;
}

static void append_chain(gp_thread *t, print_ctx *ctx, gp_strbuf *b, gp_obj *exc, gp_obj *seen,
                         int depth) {
    gp_exc *e = (gp_exc *)exc;
    gp_obj *key = gp_small_new((intptr_t)((uintptr_t)exc >> 1));
    if (seen && gp_set_add(t, seen, key) < 0) gp_err_clear(t);
    if (depth < 100) {
        gp_obj *cause = e->cause, *context = e->context;
        if (cause && is_exception(cause) && !seen_before(t, seen, cause)) {
            append_chain(t, ctx, b, cause, seen, depth + 1);
            emit_cstr(ctx, b,
                      "\nThe above exception was the direct cause of the following exception:\n\n",
                      '|');
        } else if (context && is_exception(context) && !e->suppress_context &&
                   !seen_before(t, seen, context)) {
            append_chain(t, ctx, b, context, seen, depth + 1);
            emit_cstr(ctx, b,
                      "\nDuring handling of the above exception, another exception occurred:\n\n",
                      '|');
        }
    }
    append_formatted(t, ctx, b, exc, seen, depth);
}

static void write_stderr(gp_thread *t, gp_obj *text) {
    gp_obj *saved = gp_err_fetch(t);
    gp_obj *err = gp_sys_get_borrow(t, "stderr");
    if (err && err != GP_NONE && gp_sys_write_stderr(t, gp_str_utf8(text)) == 0) {
        gp_err_restore_steal(t, saved);
        return;
    }
    gp_err_clear(t);
    fflush(stdout);
    fwrite(gp_str_utf8(text), 1, (size_t)gp_str_size(text), stderr);
    fflush(stderr);
    gp_err_restore_steal(t, saved);
}

static gp_obj *format_exception_chain(gp_thread *t, gp_obj *exc) {
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_obj *seen = gp_set_new(t, NULL);
    if (!seen) gp_err_clear(t);
    print_ctx ctx = {0, 0};
    append_chain(t, &ctx, &b, exc, seen, 0);
    gp_xdecref(seen);
    return gp_strbuf_finish(t, &b);
}

gp_obj *gp_err_format_exception(gp_thread *t, gp_obj *exc) {
    if (!is_exception(exc)) return gp_obj_repr(t, exc);
    return format_exception_chain(t, exc);
}

void gp_err_print(gp_thread *t) {
    gp_obj *exc = gp_err_fetch(t);
    if (!exc) return;
    gp_obj *text = is_exception(exc) ? format_exception_chain(t, exc) : gp_obj_repr(t, exc);
    if (text) {
        write_stderr(t, text);
        gp_decref(text);
    } else {
        gp_err_clear(t);
        fprintf(stderr, "Exception: <unprintable>\n");
    }
    gp_decref(exc);
}

/* The default sys.unraisablehook's output: "Exception ignored in: obj"
   (or "err_msg: obj", or err_msg alone without an object), then the
   exception with its traceback.  err_msg and obj may be NULL or None. */
void gp_err_print_unraisable(gp_thread *t, gp_obj *exc, gp_obj *err_msg, gp_obj *obj) {
    gp_strbuf b;
    gp_strbuf_init(&b);
    int has_msg = err_msg && err_msg != GP_NONE;
    if (obj && obj != GP_NONE) {
        if (has_msg) {
            if (gp_strbuf_append_str(t, &b, err_msg) < 0) gp_err_clear(t);
        } else {
            gp_strbuf_append_cstr(&b, "Exception ignored in");
        }
        gp_strbuf_append_cstr(&b, ": ");
        gp_obj *r = gp_obj_repr(t, obj);
        if (r) {
            gp_strbuf_append(&b, gp_str_utf8(r), gp_str_size(r));
            gp_decref(r);
        } else {
            gp_err_clear(t);
            gp_strbuf_append_cstr(&b, "<object repr() failed>");
        }
        gp_strbuf_append_char(&b, '\n');
    } else if (has_msg) {
        if (gp_strbuf_append_str(t, &b, err_msg) < 0) gp_err_clear(t);
        gp_strbuf_append_char(&b, '\n');
    }
    if (exc && is_exception(exc)) append_one(t, &b, exc);
    gp_obj *text = gp_strbuf_finish(t, &b);
    if (text) {
        write_stderr(t, text);
        gp_decref(text);
    }
    gp_err_clear(t);
}

/* An exception that cannot be raised goes to sys.unraisablehook as a
   sys.UnraisableHookArgs; the default hook (or a missing one) prints it
   here directly, and a hook that fails is reported in turn, as CPython
   does. */
void gp_err_write_unraisable(gp_thread *t, gp_obj *where) { gp_err_write_unraisable_msg(t, NULL, where); }

void gp_err_write_unraisable_msg(gp_thread *t, const char *err_msg, gp_obj *where) {
    gp_obj *exc = gp_err_fetch(t);
    if (!exc) return;
    gp_obj *msg = NULL;
    if (err_msg && !(msg = gp_str_from_cstr(t, err_msg))) gp_err_clear(t);
    gp_obj *hook = gp_sys_get_borrow(t, "unraisablehook");
    gp_obj *dflt = gp_sys_get_borrow(t, "__unraisablehook__");
    gp_obj *argtype = gp_sys_unraisable_args_type();
    if (!hook || hook == GP_NONE || hook == dflt || !argtype || !is_exception(exc)) {
        gp_err_print_unraisable(t, exc, msg, where);
        gp_xdecref(msg);
        gp_decref(exc);
        return;
    }
    gp_incref(hook);
    gp_obj *tb = gp_obj_getattr_cstr(t, exc, "__traceback__");
    if (!tb) gp_err_clear(t);
    gp_obj *fields = gp_tuple_pack(t, 5, (gp_obj *)gp_typeof(exc), exc, tb ? tb : GP_NONE, msg ? msg : GP_NONE,
                                   where ? where : GP_NONE);
    gp_xdecref(msg);
    gp_xdecref(tb);
    gp_obj *args = fields ? gp_call1(t, argtype, fields) : NULL;
    gp_xdecref(fields);
    gp_obj *r = args ? gp_call1(t, hook, args) : NULL;
    gp_xdecref(args);
    if (r) {
        gp_decref(r);
    } else {
        gp_obj *hook_exc = gp_err_fetch(t);
        gp_obj *hook_msg = gp_str_from_cstr(t, "Exception ignored in sys.unraisablehook");
        if (!hook_msg) gp_err_clear(t);
        gp_err_print_unraisable(t, hook_exc, hook_msg, hook);
        gp_xdecref(hook_msg);
        gp_xdecref(hook_exc);
    }
    gp_decref(hook);
    gp_decref(exc);
}

/* ---------------------------------------------------------- recursion */

/* C recursion counts against the same limit as Python calls, so a deep
   repr fails at about the depth Python code would; the hard C limit
   protects the C stack whatever the Python limit is set to. */
int gp_enter_recursive(gp_thread *t, const char *where) {
    int depth = ++t->c_depth;
    int limit = t->interp ? t->interp->recursion_limit : GP_DEFAULT_RECURSION_LIMIT;
    if (t->recursion_headroom > 0) limit += 50;
    if (depth + t->py_depth > limit || depth > GP_C_RECURSION_LIMIT) {
        t->c_depth--;
        t->recursion_headroom++;
        gp_err_format(t, &gp_exc_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
        t->recursion_headroom--;
        return -1;
    }
    return 0;
}

void gp_leave_recursive(gp_thread *t) { t->c_depth--; }
