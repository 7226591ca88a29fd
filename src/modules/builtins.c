/* The builtins module: built-in functions, types and exceptions. */
#include <stdio.h>
#include <string.h>

#include "gilpy_core.h"

static gp_obj *none(void) { return GP_NONE; }

static gp_obj *b_import(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    static const gp_argspec spec = {"__import__", names, 1, -1};
    gp_obj *a[5];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    gp_ssize level = 0;
    if (a[4] && gp_number_as_ssize(t, a[4], &gp_exc_OverflowError, &level) < 0) return NULL;
    gp_obj *globals = a[1] && a[1] != GP_NONE ? a[1] : NULL;
    if (globals && !gp_dict_check(globals))
        return gp_err_format(t, &gp_exc_TypeError, "globals must be a dict");
    return gp_import_name(t, a[0], globals, a[3], (int)level);
}

static gp_obj *b_abs(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "abs", kw) < 0 || gp_args_count(t, "abs", nargs, 1, 1) < 0) return NULL;
    return gp_number_abs(t, args[0]);
}

/* all() and any(): stop at the first item whose truth equals `stop_on`. */
static gp_obj *all_any(gp_thread *t, const char *name, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kw, int stop_on) {
    if (gp_args_no_kw(t, name, kw) < 0 || gp_args_count(t, name, nargs, 1, 1) < 0) return NULL;
    gp_obj *it = gp_obj_getiter(t, args[0]);
    if (!it) return NULL;
    gp_obj *item;
    while ((item = gp_iter_next(t, it))) {
        int v = gp_obj_truthy(t, item);
        gp_decref(item);
        if (v < 0) goto error;
        if (v == stop_on) {
            gp_decref(it);
            return gp_bool_from(stop_on);
        }
    }
    if (t->exc) goto error;
    gp_decref(it);
    return gp_bool_from(!stop_on);
error:
    gp_decref(it);
    return NULL;
}

static gp_obj *b_all(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return all_any(t, "all", args, nargs, kw, 0);
}

static gp_obj *b_any(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return all_any(t, "any", args, nargs, kw, 1);
}

static gp_obj *b_ascii(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "ascii", kw) < 0 || gp_args_count(t, "ascii", nargs, 1, 1) < 0) return NULL;
    return gp_obj_ascii(t, args[0]);
}

static gp_obj *int_in_base(gp_thread *t, const char *name, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kw, int base) {
    if (gp_args_no_kw(t, name, kw) < 0 || gp_args_count(t, name, nargs, 1, 1) < 0) return NULL;
    gp_obj *v = gp_number_index(t, args[0]);
    if (!v) return NULL;
    gp_obj *r = gp_int_to_str(t, v, base, 1);
    gp_decref(v);
    return r;
}

static gp_obj *b_bin(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return int_in_base(t, "bin", args, nargs, kw, 2);
}
static gp_obj *b_oct(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return int_in_base(t, "oct", args, nargs, kw, 8);
}
static gp_obj *b_hex(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return int_in_base(t, "hex", args, nargs, kw, 16);
}

static gp_obj *b_callable(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "callable", kw) < 0 || gp_args_count(t, "callable", nargs, 1, 1) < 0)
        return NULL;
    return gp_bool_from(gp_callable_check(args[0]));
}

static gp_obj *b_chr(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "chr", kw) < 0 || gp_args_count(t, "chr", nargs, 1, 1) < 0) return NULL;
    gp_obj *idx = gp_number_index(t, args[0]);
    if (!idx) return NULL;
    gp_ssize v;
    int rc = gp_int_as_ssize(t, idx, &v);
    gp_decref(idx);
    /* chr() takes a C int, and says so when the value does not fit one. */
    if (rc < 0 || v > INT32_MAX || v < INT32_MIN) {
        gp_err_clear(t);
        return gp_err_format(t, &gp_exc_OverflowError, "Python int too large to convert to C int");
    }
    if (v < 0 || v > 0x10FFFF)
        return gp_err_format(t, &gp_exc_ValueError, "chr() arg not in range(0x110000)");
    return gp_str_from_codepoint(t, (uint32_t)v);
}

static gp_obj *b_ord(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "ord", kw) < 0 || gp_args_count(t, "ord", nargs, 1, 1) < 0) return NULL;
    gp_obj *c = args[0];
    if (gp_str_check(c)) {
        if (gp_str_len(c) == 1) return gp_int_from_ssize(t, gp_str_char_at(c, 0));
        return gp_err_format(t, &gp_exc_TypeError,
                             "ord() expected a character, but string of length %zd found",
                             gp_str_len(c));
    }
    const char *data;
    gp_ssize n;
    if (gp_bytes_check(c) || gp_bytearray_check(c)) {
        if (gp_bytes_like(t, c, &data, &n) < 0) return NULL;
        if (n == 1) return gp_int_from_ssize(t, (unsigned char)data[0]);
        return gp_err_format(t, &gp_exc_TypeError,
                             "ord() expected a character, but string of length %zd found", n);
    }
    return gp_err_format(t, &gp_exc_TypeError,
                         "ord() expected string of length 1, but %T found", c);
}

static gp_obj *b_compile(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version", NULL};
    static const gp_argspec spec = {"compile", names, 3, -1};
    gp_obj *a[7];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    /* The __future__ feature flags and CPython's PyCF_* bits are accepted;
       only the annotations feature changes how code compiles here. */
    gp_ssize flags = 0;
    if (a[3] && gp_int_as_ssize(t, a[3], &flags) < 0) return NULL;
    if (flags > INT_MAX || flags < INT_MIN)
        return gp_err_format(t, &gp_exc_OverflowError, "Python int too large to convert to C int");
    if (flags & ~(gp_ssize)(0x1FE0000 | 0x10 | 0x7F00))
        return gp_err_format(t, &gp_exc_ValueError, "compile(): unrecognised flags");
    const char *mode = gp_str_check(a[2]) ? gp_str_utf8(a[2]) : "";
    int m;
    if (strcmp(mode, "exec") == 0) m = GP_COMPILE_EXEC;
    else if (strcmp(mode, "eval") == 0) m = GP_COMPILE_EVAL;
    else if (strcmp(mode, "single") == 0) m = GP_COMPILE_SINGLE;
    else return gp_err_format(t, &gp_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    const char *src;
    gp_ssize len;
    if (gp_str_check(a[0])) {
        src = gp_str_utf8(a[0]);
        len = gp_str_size(a[0]);
    } else if (gp_bytes_check(a[0]) || gp_bytearray_check(a[0])) {
        if (gp_bytes_like(t, a[0], &src, &len) < 0) return NULL;
    } else if (gp_type_check_exact(a[0], &gp_code_type)) {
        return gp_newref(a[0]);
    } else {
        return gp_err_format(t, &gp_exc_TypeError,
                             "compile() arg 1 must be a string, bytes or AST object");
    }
    if (memchr(src, '\0', (size_t)len))
        return gp_err_format(t, &gp_exc_ValueError, "source code string cannot contain null bytes");
    gp_obj *fname = gp_obj_str(t, a[1]);
    if (!fname) return NULL;
    gp_obj *code = gp_compile(t, src, len, fname, m, (int)(flags & GP_COMPILE_FUTURE_ANNOTATIONS), NULL);
    gp_decref(fname);
    return code;
}

static gp_obj *b_getattr(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "getattr", kw) < 0) return NULL;
    if (nargs < 2)
        return gp_err_format(t, &gp_exc_TypeError, "getattr expected at least 2 arguments, got %zd", nargs);
    if (nargs > 3)
        return gp_err_format(t, &gp_exc_TypeError, "getattr expected at most 3 arguments, got %zd", nargs);
    if (!gp_str_check(args[1]))
        return gp_err_format(t, &gp_exc_TypeError, "attribute name must be string, not '%T'", args[1]);
    if (nargs == 2) return gp_obj_getattr(t, args[0], args[1]);
    gp_obj *out;
    int r = gp_obj_lookup_attr(t, args[0], args[1], &out);
    if (r < 0) return NULL;
    return r ? out : gp_newref(args[2]);
}

static gp_obj *b_setattr(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "setattr", kw) < 0 || gp_args_count(t, "setattr", nargs, 3, 3) < 0) return NULL;
    if (!gp_str_check(args[1]))
        return gp_err_format(t, &gp_exc_TypeError, "attribute name must be string, not '%T'", args[1]);
    if (gp_obj_setattr(t, args[0], args[1], args[2]) < 0) return NULL;
    return none();
}

static gp_obj *b_delattr(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "delattr", kw) < 0 || gp_args_count(t, "delattr", nargs, 2, 2) < 0) return NULL;
    if (!gp_str_check(args[1]))
        return gp_err_format(t, &gp_exc_TypeError, "attribute name must be string, not '%T'", args[1]);
    if (gp_obj_delattr(t, args[0], args[1]) < 0) return NULL;
    return none();
}

static gp_obj *b_hasattr(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "hasattr", kw) < 0 || gp_args_count(t, "hasattr", nargs, 2, 2) < 0) return NULL;
    if (!gp_str_check(args[1]))
        return gp_err_format(t, &gp_exc_TypeError, "attribute name must be string, not '%T'", args[1]);
    gp_obj *out;
    int r = gp_obj_lookup_attr(t, args[0], args[1], &out);
    if (r < 0) return NULL;
    gp_xdecref(out);
    return gp_bool_from(r);
}

/* The caller's locals as a dict (new reference). */
static gp_obj *caller_locals(gp_thread *t) {
    if (!t->frame) return gp_dict_new(t);
    return gp_frame_locals(t, t->frame);
}

static gp_obj *b_dir(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "dir", kw) < 0 || gp_args_count(t, "dir", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1) return gp_obj_dir(t, args[0]);
    gp_obj *locals = caller_locals(t);
    if (!locals) return NULL;
    gp_obj *keys = gp_seq_list(t, locals);
    gp_decref(locals);
    if (keys && gp_list_sort(t, keys, NULL, 0) < 0) gp_clear(&keys);
    return keys;
}

static gp_obj *b_divmod(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "divmod", kw) < 0 || gp_args_count(t, "divmod", nargs, 2, 2) < 0) return NULL;
    return gp_number_divmod(t, args[0], args[1]);
}

/* Shared by eval() and exec(): compile if needed, pick the namespaces and
   run.  For exec the result is dropped and None returned. */
static gp_obj *eval_exec(gp_thread *t, const char *name, int mode, gp_obj *const *args,
                         gp_ssize nargs, gp_obj *kwnames) {
    static const char *const names[] = {"", "globals", "locals", "closure", NULL};
    const gp_argspec spec = {name, names, 1, 3};
    gp_obj *a[4];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    gp_obj *globals = a[1] && a[1] != GP_NONE ? a[1] : NULL;
    gp_obj *locals = a[2] && a[2] != GP_NONE ? a[2] : NULL;
    gp_obj *code = NULL, *owned_locals = NULL, *r = NULL;
    if (globals && !gp_dict_check(globals))
        return gp_err_format(t, &gp_exc_TypeError,
                             mode == GP_COMPILE_EVAL ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                     : "exec() globals must be a dict, not %T",
                             globals);
    if (!globals) {
        globals = gp_vm_globals_borrow(t);
        if (!locals) {
            owned_locals = t->frame ? gp_frame_locals(t, t->frame) : gp_newref(globals);
            if (!owned_locals) return NULL;
            locals = owned_locals;
        }
    } else if (!locals) {
        locals = globals;
    }
    if (!gp_dict_get_str_borrow(t, globals, "__builtins__")) {
        if (t->exc || gp_dict_set_str(t, globals, "__builtins__", t->interp->builtins_mod) < 0)
            goto done;
    }
    gp_obj *src = args[0];
    if (gp_type_check_exact(src, &gp_code_type)) {
        code = gp_newref(src);
    } else {
        const char *text;
        gp_ssize len;
        if (gp_str_check(src)) {
            text = gp_str_utf8(src);
            len = gp_str_size(src);
        } else if (gp_bytes_check(src) || gp_bytearray_check(src)) {
            if (gp_bytes_like(t, src, &text, &len) < 0) goto done;
        } else {
            gp_err_format(t, &gp_exc_TypeError,
                          "%s() arg 1 must be a string, bytes or code object", name);
            goto done;
        }
        /* eval() ignores leading spaces and tabs, as CPython does. */
        if (mode == GP_COMPILE_EVAL)
            while (len > 0 && (*text == ' ' || *text == '\t')) text++, len--;
        gp_obj *fname = gp_str_from_cstr(t, "<string>");
        if (!fname) goto done;
        code = gp_compile(t, text, len, fname, mode, 0, NULL);
        gp_decref(fname);
        if (!code) goto done;
    }
    r = gp_eval_code(t, code, globals, locals);
    if (r && mode == GP_COMPILE_EXEC) gp_setref_steal(&r, none());
done:
    gp_xdecref(code);
    gp_xdecref(owned_locals);
    return r;
}

static gp_obj *b_eval(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return eval_exec(t, "eval", GP_COMPILE_EVAL, args, nargs, kw);
}

static gp_obj *b_exec(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return eval_exec(t, "exec", GP_COMPILE_EXEC, args, nargs, kw);
}

static gp_obj *b_format(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "format", kw) < 0 || gp_args_count(t, "format", nargs, 1, 2) < 0) return NULL;
    if (nargs == 2 && !gp_str_check(args[1]))
        return gp_err_format(t, &gp_exc_TypeError, "format() argument 2 must be str, not %T", args[1]);
    return gp_obj_format(t, args[0], nargs == 2 ? args[1] : NULL);
}

static gp_obj *b_globals(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "globals", kw) < 0 || gp_args_count(t, "globals", nargs, 0, 0) < 0) return NULL;
    return gp_newref(gp_vm_globals_borrow(t));
}

static gp_obj *b_locals(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "locals", kw) < 0 || gp_args_count(t, "locals", nargs, 0, 0) < 0) return NULL;
    return caller_locals(t);
}

static gp_obj *b_vars(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "vars", kw) < 0 || gp_args_count(t, "vars", nargs, 0, 1) < 0) return NULL;
    if (nargs == 0) return caller_locals(t);
    gp_obj *d;
    int r = gp_obj_lookup_attr(t, args[0], gp_str_intern_cstr_borrow(t, "__dict__"), &d);
    if (r < 0) return NULL;
    if (r == 0)
        return gp_err_format(t, &gp_exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static gp_obj *b_hash(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "hash", kw) < 0 || gp_args_count(t, "hash", nargs, 1, 1) < 0) return NULL;
    gp_hash h = gp_obj_hash(t, args[0]);
    if (h == -1 && t->exc) return NULL;
    return gp_int_from_i64(t, h);
}

static gp_obj *b_id(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "id", kw) < 0 || gp_args_count(t, "id", nargs, 1, 1) < 0) return NULL;
    return gp_int_from_u64(t, (uint64_t)(uintptr_t)args[0]);
}

static gp_obj *b_input(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "input", kw) < 0 || gp_args_count(t, "input", nargs, 0, 1) < 0) return NULL;
    gp_obj *out = gp_sys_get_borrow(t, "stdout");
    gp_obj *in = gp_sys_get_borrow(t, "stdin");
    if (!in || in == GP_NONE) return gp_err_format(t, &gp_exc_RuntimeError, "input(): lost sys.stdin");
    if (nargs == 1 && out && out != GP_NONE) {
        gp_obj *s = gp_obj_str(t, args[0]);
        if (!s) return NULL;
        int rc = gp_file_write_obj(t, out, s);
        gp_decref(s);
        if (rc < 0) return NULL;
    }
    if (out && out != GP_NONE) {
        gp_obj *r = gp_call_method(t, out, "flush", NULL, 0);
        if (!r) return NULL;
        gp_decref(r);
    }
    gp_obj *line = gp_call_method(t, in, "readline", NULL, 0);
    if (!line) return NULL;
    if (!gp_str_check(line)) {
        gp_decref(line);
        return gp_err_format(t, &gp_exc_TypeError, "object.readline() returned non-string");
    }
    gp_ssize n = gp_str_size(line);
    if (n == 0) {
        gp_decref(line);
        return gp_err_format(t, &gp_exc_EOFError, "EOF when reading a line");
    }
    if (gp_str_utf8(line)[n - 1] == '\n') {
        gp_obj *r = gp_str_new(t, gp_str_utf8(line), n - 1);
        gp_decref(line);
        return r;
    }
    return line;
}

static gp_obj *b_isinstance(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "isinstance", kw) < 0) return NULL;
    if (nargs != 2)
        return gp_err_format(t, &gp_exc_TypeError, "isinstance expected 2 arguments, got %zd", nargs);
    int r = gp_obj_isinstance(t, args[0], args[1]);
    return r < 0 ? NULL : gp_bool_from(r);
}

static gp_obj *b_issubclass(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "issubclass", kw) < 0) return NULL;
    if (nargs != 2)
        return gp_err_format(t, &gp_exc_TypeError, "issubclass expected 2 arguments, got %zd", nargs);
    int r = gp_obj_issubclass(t, args[0], args[1]);
    return r < 0 ? NULL : gp_bool_from(r);
}

static gp_obj *b_iter(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "iter", kw) < 0 || gp_args_count(t, "iter", nargs, 1, 2) < 0) return NULL;
    if (nargs == 1) return gp_obj_getiter(t, args[0]);
    if (!gp_callable_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "iter(v, w): v must be callable");
    return gp_calliter_new(t, args[0], args[1]);
}

static gp_obj *b_len(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "len", kw) < 0 || gp_args_count(t, "len", nargs, 1, 1) < 0) return NULL;
    gp_ssize n = gp_obj_len(t, args[0]);
    return n < 0 ? NULL : gp_int_from_ssize(t, n);
}

/* min() and max(): op is GP_LT for min, GP_GT for max. */
static gp_obj *min_max(gp_thread *t, const char *name, int op, gp_obj *const *args,
                       gp_ssize nargs, gp_obj *kwnames) {
    gp_obj *key = NULL, *dflt = NULL;
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    for (gp_ssize i = 0; i < nkw; i++) {
        gp_obj *k = gp_tuple_get_borrow(kwnames, i);
        if (gp_str_eq_cstr(k, "key")) key = args[nargs + i];
        else if (gp_str_eq_cstr(k, "default")) dflt = args[nargs + i];
        else
            return gp_err_format(t, &gp_exc_TypeError, "%s() got an unexpected keyword argument '%U'",
                                 name, k);
    }
    if (key == GP_NONE) key = NULL;
    if (nargs == 0)
        return gp_err_format(t, &gp_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && dflt)
        return gp_err_format(t, &gp_exc_TypeError,
                             "Cannot specify a default for %s() with multiple positional arguments", name);
    gp_obj *it = nargs == 1 ? gp_obj_getiter(t, args[0]) : gp_tuple_from_array(t, args, nargs);
    if (nargs > 1 && it) gp_setref_steal(&it, gp_obj_getiter(t, it));
    if (!it) return NULL;
    gp_obj *best = NULL, *bestkey = NULL, *item;
    while ((item = gp_iter_next(t, it))) {
        gp_obj *k = key ? gp_call1(t, key, item) : gp_newref(item);
        if (!k) {
            gp_decref(item);
            goto error;
        }
        if (!best) {
            best = item;
            bestkey = k;
            continue;
        }
        int better = gp_obj_richcompare_bool(t, k, bestkey, op);
        if (better < 0) {
            gp_decref(item);
            gp_decref(k);
            goto error;
        }
        if (better) {
            gp_setref_steal(&best, item);
            gp_setref_steal(&bestkey, k);
        } else {
            gp_decref(item);
            gp_decref(k);
        }
    }
    if (t->exc) goto error;
    gp_decref(it);
    gp_xdecref(bestkey);
    if (!best) {
        if (dflt) return gp_newref(dflt);
        return gp_err_format(t, &gp_exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
error:
    gp_decref(it);
    gp_xdecref(best);
    gp_xdecref(bestkey);
    return NULL;
}

static gp_obj *b_max(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return min_max(t, "max", GP_GT, args, nargs, kw);
}

static gp_obj *b_min(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return min_max(t, "min", GP_LT, args, nargs, kw);
}

static gp_obj *b_next(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "next", kw) < 0 || gp_args_count(t, "next", nargs, 1, 2) < 0) return NULL;
    gp_obj *it = args[0];
    if (!gp_iter_check(it))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object is not an iterator", it);
    gp_obj *r = gp_iter_next(t, it);
    if (r) return r;
    if (t->exc) {
        if (nargs == 2 && gp_err_matches(t, &gp_exc_StopIteration)) {
            gp_err_clear(t);
            return gp_newref(args[1]);
        }
        return NULL;
    }
    if (nargs == 2) return gp_newref(args[1]);
    gp_err_set(t, &gp_exc_StopIteration, NULL);
    return NULL;
}

static gp_obj *b_pow(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames) {
    static const char *const names[] = {"base", "exp", "mod", NULL};
    static const gp_argspec spec = {"pow", names, 2, -1};
    gp_obj *a[3];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    return gp_number_pow(t, a[0], a[1], a[2] ? a[2] : GP_NONE);
}

static gp_obj *b_print(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    gp_obj *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    for (gp_ssize i = 0; i < nkw; i++) {
        gp_obj *k = gp_tuple_get_borrow(kwnames, i);
        gp_obj *v = args[nargs + i];
        if (gp_str_eq_cstr(k, "sep")) sep = v;
        else if (gp_str_eq_cstr(k, "end")) end = v;
        else if (gp_str_eq_cstr(k, "file")) file = v;
        else if (gp_str_eq_cstr(k, "flush")) flush = v;
        else
            return gp_err_format(t, &gp_exc_TypeError,
                                 "'%U' is an invalid keyword argument for print()", k);
    }
    if (sep == GP_NONE) sep = NULL;
    if (end == GP_NONE) end = NULL;
    if (sep && !gp_str_check(sep))
        return gp_err_format(t, &gp_exc_TypeError, "sep must be None or a string, not %T", sep);
    if (end && !gp_str_check(end))
        return gp_err_format(t, &gp_exc_TypeError, "end must be None or a string, not %T", end);
    if (!file || file == GP_NONE) {
        file = gp_sys_get_borrow(t, "stdout");
        /* print() to a missing stdout does nothing, as in CPython. */
        if (!file || file == GP_NONE) return none();
    }
    if (gp_type_check_exact(file, &gp_textio_type)) {
        /* Our own text files cannot observe how the line is cut into
           writes, so it goes in one. */
        gp_strbuf b;
        gp_strbuf_init(&b);
        for (gp_ssize i = 0; i < nargs; i++) {
            if (i > 0) {
                if (sep) gp_strbuf_append(&b, gp_str_utf8(sep), gp_str_size(sep));
                else gp_strbuf_append_char(&b, ' ');
            }
            if (gp_strbuf_append_str(t, &b, args[i]) < 0) {
                gp_strbuf_free(&b);
                return NULL;
            }
        }
        if (end) gp_strbuf_append(&b, gp_str_utf8(end), gp_str_size(end));
        else gp_strbuf_append_char(&b, '\n');
        gp_obj *line = gp_strbuf_finish(t, &b);
        if (!line) return NULL;
        int rc = gp_file_write_obj(t, file, line);
        gp_decref(line);
        if (rc < 0) return NULL;
    } else {
        /* Any other file sees each piece written separately, as in CPython. */
        static gp_obj *space, *newline;
        if (!space) space = gp_str_intern_cstr_borrow(t, " ");
        if (!newline) newline = gp_str_intern_cstr_borrow(t, "\n");
        for (gp_ssize i = 0; i < nargs; i++) {
            if (i > 0 && gp_file_write_obj(t, file, sep ? sep : space) < 0) return NULL;
            gp_obj *s = gp_obj_str(t, args[i]);
            int rc = s ? gp_file_write_obj(t, file, s) : -1;
            gp_xdecref(s);
            if (rc < 0) return NULL;
        }
        if (gp_file_write_obj(t, file, end ? end : newline) < 0) return NULL;
    }
    if (flush) {
        int f = gp_obj_truthy(t, flush);
        if (f < 0) return NULL;
        if (f) {
            gp_obj *r = gp_call_method(t, file, "flush", NULL, 0);
            if (!r) return NULL;
            gp_decref(r);
        }
    }
    return none();
}

static gp_obj *b_repr(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "repr", kw) < 0 || gp_args_count(t, "repr", nargs, 1, 1) < 0) return NULL;
    return gp_obj_repr(t, args[0]);
}

static gp_obj *b_round(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    static const char *const names[] = {"number", "ndigits", NULL};
    static const gp_argspec spec = {"round", names, 1, -1};
    gp_obj *a[2];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    gp_obj *meth = gp_obj_lookup_special(t, a[0], gp_str_intern_cstr_borrow(t, "__round__"));
    if (!meth) {
        if (t->exc) return NULL;
        return gp_err_format(t, &gp_exc_TypeError, "type %s doesn't define __round__ method",
                             gp_type_name(gp_typeof(a[0])));
    }
    gp_obj *r = (a[1] && a[1] != GP_NONE) ? gp_call1(t, meth, a[1]) : gp_call0(t, meth);
    gp_decref(meth);
    return r;
}

/* sorted(iterable, /, **kw) is list(iterable).sort(**kw), with sort's own
   argument checks and messages. */
static gp_obj *b_sorted(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (nargs != 1)
        return gp_err_format(t, &gp_exc_TypeError, "sorted expected 1 argument, got %zd", nargs);
    gp_obj *list = gp_seq_list(t, args[0]);
    if (!list) return NULL;
    gp_obj *r = gp_list_sort_args(t, list, args + 1, 0, kwnames);
    if (!r) {
        gp_decref(list);
        return NULL;
    }
    gp_decref(r);
    return list;
}

static gp_obj *b_sum(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                     gp_obj *kwnames) {
    static const char *const names[] = {"", "start", NULL};
    static const gp_argspec spec = {"sum", names, 1, 2};
    gp_obj *a[2];
    if (gp_args_bind(t, &spec, args, nargs, kwnames, a) < 0) return NULL;
    gp_obj *acc = a[1] ? a[1] : gp_small_new(0);
    if (gp_str_check(acc))
        return gp_err_format(t, &gp_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (gp_bytes_check(acc))
        return gp_err_format(t, &gp_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (gp_bytearray_check(acc))
        return gp_err_format(t, &gp_exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    gp_obj *it = gp_obj_getiter(t, a[0]);
    if (!it) return NULL;
    gp_incref(acc);
    gp_obj *item;
    while ((item = gp_iter_next(t, it))) {
        gp_obj *r;
        /* Small ints add without the generic dispatch. */
        if (gp_is_small(acc) && gp_is_small(item))
            r = gp_int_from_i64(t, (int64_t)gp_small_value(acc) + gp_small_value(item));
        else
            r = gp_number_add(t, acc, item);
        gp_decref(item);
        gp_decref(acc);
        acc = r;
        if (!acc) break;
    }
    gp_decref(it);
    if (t->exc) {
        gp_xdecref(acc);
        return NULL;
    }
    return acc;
}

static gp_obj *b_exit(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "exit", kw) < 0 || gp_args_count(t, "exit", nargs, 0, 1) < 0) return NULL;
    gp_err_set(t, &gp_exc_SystemExit, nargs ? args[0] : NULL);
    return NULL;
}

static gp_obj *b_open(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    return gp_io_open(t, args, nargs, kw);
}

/* breakpoint(*args, **kws): hand over to sys.breakpointhook (PEP 553). */
static gp_obj *b_breakpoint(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kw) {
    gp_obj *hook = gp_sys_get_borrow(t, "breakpointhook");
    if (!hook) return gp_err_format(t, &gp_exc_RuntimeError, "lost sys.breakpointhook");
    gp_incref(hook);
    gp_obj *r = gp_call(t, hook, args, nargs, kw);
    gp_decref(hook);
    return r;
}

/* The special method `name` of o's type called on o, or NULL with no
   exception when the type has none. */
static gp_obj *call_special(gp_thread *t, gp_obj *o, const char *name) {
    gp_obj *m = gp_obj_lookup_special(t, o, gp_str_intern_cstr_borrow(t, name));
    if (!m) return NULL;
    gp_obj *r = gp_call0(t, m);
    gp_decref(m);
    return r;
}

static int has_special(gp_thread *t, gp_obj *o, const char *name) {
    return gp_type_lookup_borrow(t, gp_typeof(o), gp_str_intern_cstr_borrow(t, name)) != NULL;
}

static gp_obj *b_aiter(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "aiter", kw) < 0 || gp_args_count(t, "aiter", nargs, 1, 1) < 0) return NULL;
    if (!has_special(t, args[0], "__aiter__"))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object is not an async iterable", args[0]);
    gp_obj *it = call_special(t, args[0], "__aiter__");
    if (!it) return NULL;
    if (!has_special(t, it, "__anext__")) {
        gp_err_format(t, &gp_exc_TypeError, "aiter() returned not an async iterator of type '%T'", it);
        gp_decref(it);
        return NULL;
    }
    return it;
}

/* anext(aiterator[, default]): the awaitable of the next item; with a
   default, one that gives the default instead of StopAsyncIteration
   (lib/_sitebuiltins.py's anext_awaitable). */
static gp_obj *b_anext(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs, gp_obj *kw) {
    if (gp_args_no_kw(t, "anext", kw) < 0 || gp_args_count(t, "anext", nargs, 1, 2) < 0) return NULL;
    if (!has_special(t, args[0], "__anext__"))
        return gp_err_format(t, &gp_exc_TypeError, "'%T' object is not an async iterator", args[0]);
    gp_obj *aw = call_special(t, args[0], "__anext__");
    if (!aw || nargs == 1) return aw;
    gp_obj *mod = gp_import_module(t, "_sitebuiltins");
    gp_obj *cls = mod ? gp_obj_getattr_cstr(t, mod, "anext_awaitable") : NULL;
    gp_xdecref(mod);
    gp_obj *r = cls ? gp_call2(t, cls, aw, args[1]) : NULL;
    gp_xdecref(cls);
    gp_decref(aw);
    return r;
}

static const gp_method_def builtin_functions[] = {
    {"__build_class__", gp_vm_build_class, 0, "Internal helper function used by the class statement."},
    {"__import__", b_import, 0, "Import a module."},
    {"abs", b_abs, 0, "Return the absolute value of the argument."},
    {"aiter", b_aiter, 0, "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", b_anext, 0, "Return the next item from the async iterator."},
    {"all", b_all, 0, "Return True if bool(x) is True for all values x in the iterable."},
    {"any", b_any, 0, "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", b_ascii, 0, "Return an ASCII-only representation of an object."},
    {"breakpoint", b_breakpoint, 0, "Call sys.breakpointhook(*args, **kws)."},
    {"bin", b_bin, 0, "Return the binary representation of an integer."},
    {"callable", b_callable, 0, "Return whether the object is callable."},
    {"chr", b_chr, 0, "Return a Unicode string of one character with ordinal i."},
    {"compile", b_compile, 0, "Compile source into a code object."},
    {"delattr", b_delattr, 0, "Deletes the named attribute from the given object."},
    {"dir", b_dir, 0, "Show attributes of an object."},
    {"divmod", b_divmod, 0, "Return the tuple (x//y, x%y)."},
    {"eval", b_eval, 0, "Evaluate the given source in the context of globals and locals."},
    {"exec", b_exec, 0, "Execute the given source in the context of globals and locals."},
    {"exit", b_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"format", b_format, 0, "Return type(value).__format__(value, format_spec)"},
    {"getattr", b_getattr, 0, "Get a named attribute from an object."},
    {"globals", b_globals, 0, "Return the dictionary containing the current scope's global variables."},
    {"hasattr", b_hasattr, 0, "Return whether the object has an attribute with the given name."},
    {"hash", b_hash, 0, "Return the hash value for the given object."},
    {"hex", b_hex, 0, "Return the hexadecimal representation of an integer."},
    {"id", b_id, 0, "Return the identity of an object."},
    {"input", b_input, 0, "Read a string from standard input."},
    {"isinstance", b_isinstance, 0, "Return whether an object is an instance of a class."},
    {"issubclass", b_issubclass, 0, "Return whether 'cls' is derived from another class."},
    {"iter", b_iter, 0, "Get an iterator from an object."},
    {"len", b_len, 0, "Return the number of items in a container."},
    {"locals", b_locals, 0, "Return a dictionary containing the current scope's local variables."},
    {"max", b_max, 0, "Return the largest item."},
    {"min", b_min, 0, "Return the smallest item."},
    {"next", b_next, 0, "Return the next item from the iterator."},
    {"oct", b_oct, 0, "Return the octal representation of an integer."},
    {"open", b_open, 0, "Open file and return a stream."},
    {"ord", b_ord, 0, "Return the Unicode code point for a one-character string."},
    {"pow", b_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3."},
    {"print", b_print, 0, "Prints the values to a stream, or to sys.stdout by default."},
    {"quit", b_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"repr", b_repr, 0, "Return the canonical string representation of the object."},
    {"round", b_round, 0, "Round a number to a given precision in decimal digits."},
    {"setattr", b_setattr, 0, "Sets the named attribute on the given object to the specified value."},
    {"sorted", b_sorted, 0, "Return a new list containing all items from the iterable in ascending order."},
    {"sum", b_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers."},
    {"vars", b_vars, 0, "Show vars."},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_builtins_init(gp_thread *t) {
    gp_obj *m = gp_module_new(t, "builtins");
    if (!m || gp_module_add_functions(t, m, builtin_functions) < 0) goto error;
    struct { const char *name; gp_obj *value; } objs[] = {
        {"None", GP_NONE}, {"Ellipsis", GP_ELLIPSIS}, {"NotImplemented", GP_NOTIMPLEMENTED},
        {"False", GP_FALSE}, {"True", GP_TRUE}, {"__debug__", GP_TRUE},
        {"bool", (gp_obj *)&gp_bool_type}, {"bytearray", (gp_obj *)&gp_bytearray_type},
        {"bytes", (gp_obj *)&gp_bytes_type}, {"classmethod", (gp_obj *)&gp_classmethod_type},
        {"complex", (gp_obj *)&gp_complex_type}, {"dict", (gp_obj *)&gp_dict_type},
        {"enumerate", (gp_obj *)&gp_enumerate_type}, {"filter", (gp_obj *)&gp_filter_type},
        {"float", (gp_obj *)&gp_float_type}, {"frozenset", (gp_obj *)&gp_frozenset_type},
        {"int", (gp_obj *)&gp_int_type}, {"list", (gp_obj *)&gp_list_type},
        {"map", (gp_obj *)&gp_map_type}, {"memoryview", (gp_obj *)&gp_memoryview_type},
        {"object", (gp_obj *)&gp_object_type},
        {"property", (gp_obj *)&gp_property_type}, {"range", (gp_obj *)&gp_range_type},
        {"reversed", (gp_obj *)&gp_reversed_type}, {"set", (gp_obj *)&gp_set_type},
        {"slice", (gp_obj *)&gp_slice_type}, {"staticmethod", (gp_obj *)&gp_staticmethod_type},
        {"str", (gp_obj *)&gp_str_type}, {"super", (gp_obj *)&gp_super_type},
        {"tuple", (gp_obj *)&gp_tuple_type}, {"type", (gp_obj *)&gp_type_type},
        {"zip", (gp_obj *)&gp_zip_type},
#define GP_EXC_ENTRY(name, base) {#name, (gp_obj *)&gp_exc_##name},
        GP_EXCEPTIONS(GP_EXC_ENTRY)
#undef GP_EXC_ENTRY
        {"EnvironmentError", (gp_obj *)&gp_exc_OSError}, {"IOError", (gp_obj *)&gp_exc_OSError},
        {"BaseExceptionGroup", (gp_obj *)&gp_exc_BaseExceptionGroup},
        {"ExceptionGroup", (gp_obj *)&gp_exc_ExceptionGroup},
    };
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        if (gp_module_add_object(t, m, objs[i].name, objs[i].value) < 0) goto error;
    if (gp_sitebuiltins_add(t, m) < 0) goto error;
    return m;
error:
    gp_xdecref(m);
    return NULL;
}
