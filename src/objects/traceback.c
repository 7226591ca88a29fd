/* Traceback objects: one entry per frame an exception passed through,
   newest first in memory (tb_next points towards the frame that raised),
   and their text form as Python prints it. */
#include <stdio.h>

#include "objects/typeobj_impl.h"

static void tb_dealloc(gp_obj *o) {
    gp_traceback *tb = (gp_traceback *)o;
    gp_gc_untrack(o);
    gp_xdecref((gp_obj *)tb->next);
    gp_xdecref(tb->frame);
    gp_xdecref(tb->code);
    gp_obj_free(o);
}

static int tb_traverse(gp_obj *o, gp_visitproc visit, void *arg) {
    gp_traceback *tb = (gp_traceback *)o;
    if (tb->next && visit((gp_obj *)tb->next, arg)) return 1;
    if (tb->frame && visit(tb->frame, arg)) return 1;
    return 0;
}

static int tb_clear(gp_obj *o) {
    gp_traceback *tb = (gp_traceback *)o;
    gp_obj *next = (gp_obj *)tb->next;
    tb->next = NULL;
    gp_xdecref(next);
    gp_clear(&tb->frame);
    return 0;
}

static gp_obj *tb_get_next(gp_thread *t, gp_obj *self, void *c) {
    gp_traceback *tb = (gp_traceback *)self;
    return gp_newref(tb->next ? (gp_obj *)tb->next : GP_NONE);
}

static int tb_set_next(gp_thread *t, gp_obj *self, gp_obj *v, void *c) {
    if (!v) {
        gp_err_format(t, &gp_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == GP_NONE) v = NULL;
    if (v && gp_typeof(v) != &gp_traceback_type) {
        gp_err_format(t, &gp_exc_TypeError, "expected traceback object or None, got '%s'", gp_type_name(gp_typeof(v)));
        return -1;
    }
    for (gp_traceback *c2 = (gp_traceback *)v; c2; c2 = c2->next)
        if (c2 == (gp_traceback *)self) {
            gp_err_format(t, &gp_exc_ValueError, "traceback loop detected");
            return -1;
        }
    gp_setref_steal((gp_obj **)&((gp_traceback *)self)->next, gp_xnewref(v));
    return 0;
}

static gp_obj *tb_get_frame(gp_thread *t, gp_obj *self, void *c) {
    gp_traceback *tb = (gp_traceback *)self;
    return gp_newref(tb->frame ? tb->frame : GP_NONE);
}

static gp_obj *tb_get_lineno(gp_thread *t, gp_obj *self, void *c) {
    return gp_int_from_ssize(t, ((gp_traceback *)self)->lineno);
}

static gp_obj *tb_get_lasti(gp_thread *t, gp_obj *self, void *c) {
    return gp_int_from_ssize(t, ((gp_traceback *)self)->lasti);
}

static gp_obj *tb_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    static const char *const names[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno", NULL};
    static const gp_argspec spec = {"traceback", names, 4, -1};
    gp_obj *a[4];
    if (gp_args_bind(t, &spec, args, nargs, kw, a) < 0) return NULL;
    if (a[0] != GP_NONE && gp_typeof(a[0]) != &gp_traceback_type)
        return gp_err_format(t, &gp_exc_TypeError, "expected traceback object or None, got '%s'",
                             gp_type_name(gp_typeof(a[0])));
    gp_ssize lasti, lineno;
    if (gp_int_as_ssize(t, a[2], &lasti) < 0 || gp_int_as_ssize(t, a[3], &lineno) < 0) return NULL;
    gp_traceback *tb = (gp_traceback *)gp_obj_alloc(t, &gp_traceback_type, 0);
    if (!tb) return NULL;
    tb->next = a[0] == GP_NONE ? NULL : (gp_traceback *)gp_newref(a[0]);
    tb->frame = gp_newref(a[1]);
    tb->lasti = (int)lasti;
    tb->lineno = (int)lineno;
    gp_gc_track((gp_obj *)tb);
    return (gp_obj *)tb;
}

static const gp_getset_def tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

gp_type gp_traceback_type = {
    GP_TYPE_HEAD,
    .name = "traceback",
    .basicsize = sizeof(gp_traceback),
    .flags = GP_TPFLAGS_HAVE_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .new_ = tb_new,
    .getset = tb_getset,
};

int gp_traceback_add(gp_thread *t, struct gp_frame *f, int lineno) {
    gp_obj *exc = gp_err_fetch(t);
    if (!exc) return 0;
    if (!(GP_FAST_CHECK(exc, GP_TPFLAGS_BASE_EXC_SUBCLASS))) {
        gp_err_restore_steal(t, exc);
        return 0;
    }
    gp_traceback *tb = (gp_traceback *)gp_obj_alloc(t, &gp_traceback_type, 0);
    if (!tb) {
        gp_err_clear(t);
        gp_err_restore_steal(t, exc);
        return -1;
    }
    gp_obj *frame = gp_frame_object(t, f);
    if (!frame) {
        gp_err_clear(t);
        frame = GP_NONE;
    }
    tb->frame = frame;
    tb->code = gp_xnewref(gp_frame_code_borrow(f));
    tb->lineno = lineno;
    tb->lasti = -1;
    tb->next = (gp_traceback *)gp_xnewref(gp_exc_get_traceback_borrow(exc));
    gp_gc_track((gp_obj *)tb);
    gp_exc_set_traceback(exc, (gp_obj *)tb);
    gp_decref((gp_obj *)tb);
    gp_err_restore_steal(t, exc);
    return 0;
}

/* ------------------------------------------------------------ formatting */

/* The source line `lineno` of `path`, without leading and trailing
   whitespace, into buf; 0 when unavailable. */
static int source_line(const char *path, int lineno, char *buf, size_t size) {
    if (!path || path[0] == '<' || lineno < 1) return 0;
    FILE *fp = fopen(path, "r");
    if (!fp) return 0;
    int line = 1, c = 0;
    while (line < lineno && (c = fgetc(fp)) != EOF)
        if (c == '\n') line++;
    if (line != lineno) {
        fclose(fp);
        return 0;
    }
    size_t n = 0;
    while ((c = fgetc(fp)) != EOF && c != '\n')
        if (n + 1 < size) buf[n++] = (char)c;
    fclose(fp);
    buf[n] = 0;
    while (n > 0 && (buf[n - 1] == ' ' || buf[n - 1] == '\t' || buf[n - 1] == '\r' || buf[n - 1] == '\f'))
        buf[--n] = 0;
    size_t s = 0;
    while (buf[s] == ' ' || buf[s] == '\t' || buf[s] == '\f') s++;
    if (s) memmove(buf, buf + s, n - s + 1);
    return buf[0] != 0;
}

static const char *tb_filename(gp_traceback *tb) {
    if (!tb->code) return "<unknown>";
    gp_obj *f = ((gp_code *)tb->code)->filename;
    return f && gp_str_check(f) ? gp_str_utf8(f) : "<unknown>";
}

static const char *tb_funcname(gp_traceback *tb) {
    if (!tb->code) return "<unknown>";
    gp_obj *n = ((gp_code *)tb->code)->name;
    return n && gp_str_check(n) ? gp_str_utf8(n) : "<unknown>";
}

static void append_entry(gp_strbuf *b, gp_traceback *tb) {
    char num[32];
    gp_strbuf_append_cstr(b, "  File \"");
    gp_strbuf_append_cstr(b, tb_filename(tb));
    snprintf(num, sizeof num, "\", line %d, in ", tb->lineno);
    gp_strbuf_append_cstr(b, num);
    gp_strbuf_append_cstr(b, tb_funcname(tb));
    gp_strbuf_append_char(b, '\n');
    char line[4096];
    if (source_line(tb_filename(tb), tb->lineno, line, sizeof line)) {
        gp_strbuf_append_cstr(b, "    ");
        gp_strbuf_append_cstr(b, line);
        gp_strbuf_append_char(b, '\n');
    }
}

static void append_repeated(gp_strbuf *b, int count) {
    char msg[96];
    count -= 3;
    snprintf(msg, sizeof msg, "  [Previous line repeated %d more time%s]\n", count, count > 1 ? "s" : "");
    gp_strbuf_append_cstr(b, msg);
}

static int traceback_limit(gp_thread *t) {
    gp_obj *lim = gp_sys_get_borrow(t, "tracebacklimit");
    if (!lim) {
        if (t->exc) gp_err_clear(t);
        return 1000;
    }
    gp_ssize n;
    if (!gp_int_check(lim) || gp_int_as_ssize(t, lim, &n) < 0) {
        gp_err_clear(t);
        return 1000;
    }
    return n < 0 ? 0 : (n > 1000000 ? 1000000 : (int)n);
}

gp_obj *gp_traceback_format(gp_thread *t, gp_obj *tbobj) {
    gp_strbuf b;
    gp_strbuf_init(&b);
    int limit = traceback_limit(t);
    int depth = 0;
    for (gp_traceback *tb = (gp_traceback *)tbobj; tb; tb = tb->next) depth++;
    gp_traceback *tb = (gp_traceback *)tbobj;
    while (tb && depth > limit) {
        tb = tb->next;
        depth--;
    }
    const char *last_file = NULL, *last_name = NULL;
    int last_line = -1, count = 0;
    for (; tb; tb = tb->next) {
        const char *file = tb_filename(tb), *name = tb_funcname(tb);
        if (!last_file || strcmp(file, last_file) != 0 || last_line != tb->lineno || strcmp(name, last_name) != 0) {
            if (count > 3) append_repeated(&b, count);
            last_file = file;
            last_line = tb->lineno;
            last_name = name;
            count = 0;
        }
        count++;
        if (count > 3) continue;
        append_entry(&b, tb);
    }
    if (count > 3) append_repeated(&b, count);
    return gp_strbuf_finish(t, &b);
}
