/* The interactive prompt: libedit for line editing and history, the
   compiler's "incomplete input" answer for continuation lines, and
   sys.displayhook (through PRINT_EXPR) for the value echo. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <editline/readline.h>

#include "gilpy_core.h"
#include "runtime/repl.h"

/* The prompt strings: sys.ps1 / sys.ps2 when set. */
static const char *prompt(gp_thread *t, const char *name, const char *dflt, gp_obj **keep) {
    gp_obj *p = gp_sys_get_borrow(t, name);
    gp_clear(keep);
    if (!p) return dflt;
    *keep = gp_obj_str(t, p);
    if (!*keep) {
        gp_err_clear(t);
        return dflt;
    }
    return gp_str_utf8(*keep);
}

/* Does the input start a compound statement (a block), which CPython's
   prompt ends only at an empty line?  Other statements run as soon as they
   are complete, even when brackets spread them over several lines. */
static int starts_block(const char *src) {
    static const char *const words[] = {"if", "for", "while", "def", "class", "try", "with",
                                        "async", "elif", "else", "except", "finally", NULL};
    const char *p = src + strspn(src, " \t");
    if (*p == '@') return 1;
    for (int i = 0; words[i]; i++) {
        size_t n = strlen(words[i]);
        if (strncmp(p, words[i], n) == 0 && (p[n] == ' ' || p[n] == ':' || p[n] == '(' || p[n] == '\t'))
            return 1;
    }
    return 0;
}

int gp_repl(gp_thread *t) {
    gp_obj *ps = NULL;
    gp_obj *fname = gp_str_from_cstr(t, "<stdin>");
    gp_obj *main = gp_dict_get_str_borrow(t, t->interp->modules, "__main__");
    gp_obj *globals;
    if (main) {
        globals = gp_newref(gp_module_dict_borrow(main));
    } else {
        gp_obj *m = gp_module_new(t, "__main__");
        if (!m || gp_dict_set_str(t, t->interp->modules, "__main__", m) < 0) return 1;
        globals = gp_newref(gp_module_dict_borrow(m));
        gp_dict_set_str(t, globals, "__builtins__", t->interp->builtins_mod);
        gp_decref(m);
    }
    if (!fname) return 1;
    int status = 0;
    gp_sys_flush(t);
    printf("gilpy %s (Python %d.%d compatible, %s)\n", GP_VERSION, GP_PY_MAJOR, GP_PY_MINOR,
           t->interp->gil_enabled ? "GIL" : "free-threaded");
    printf("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
    for (;;) {
        gp_strbuf src;
        gp_strbuf_init(&src);
        const char *p = prompt(t, "ps1", ">>> ", &ps);
        gp_obj *code = NULL;
        for (;;) {
            gp_sys_flush(t);
            char *line = readline(p);
            if (!line) {
                /* End of input: finish a pending block, else leave. */
                if (src.len == 0) {
                    gp_strbuf_free(&src);
                    printf("\n");
                    goto out;
                }
                break;
            }
            if (*line) add_history(line);
            int blank = line[strspn(line, " \t")] == '\0';
            gp_strbuf_append_cstr(&src, line);
            gp_strbuf_append_char(&src, '\n');
            free(line);
            gp_strbuf_append_char(&src, '\0');
            src.len--;
            if (src.failed) break;
            if (blank && src.len == 1) break;
            if (starts_block(src.buf)) {
                /* A block runs at the first empty line after it. */
                if (!blank) {
                    p = prompt(t, "ps2", "... ", &ps);
                    continue;
                }
                code = gp_compile(t, src.buf, src.len, fname, GP_COMPILE_SINGLE, 0, NULL);
                break;
            }
            int incomplete = 0;
            code = gp_compile(t, src.buf, src.len, fname, GP_COMPILE_SINGLE, 0, &incomplete);
            if (code || !incomplete) break;
            gp_err_clear(t);
            p = prompt(t, "ps2", "... ", &ps);
        }
        if (!code && !t->exc && src.len > 1) code = gp_compile(t, src.buf, src.len, fname, GP_COMPILE_SINGLE, 0, NULL);
        gp_strbuf_free(&src);
        if (code) {
            gp_obj *r = gp_eval_code(t, code, globals, globals);
            gp_decref(code);
            gp_xdecref(r);
        }
        if (t->exc) {
            if (gp_err_matches(t, &gp_exc_SystemExit)) {
                status = gp_handle_uncaught(t);
                goto out;
            }
            gp_sys_flush(t);
            gp_err_print(t);
        }
    }
out:
    gp_xdecref(ps);
    gp_decref(fname);
    gp_decref(globals);
    return status;
}

/* Functions registered by the atexit module live in sys._exitfuncs, a list
   of (func, args, kwargs) run last-in first-out at shut-down. */
int gp_run_atexit(gp_thread *t) {
    gp_obj *funcs = gp_sys_get_borrow(t, "_exitfuncs");
    if (!funcs || !gp_list_check(funcs)) return 0;
    while (gp_list_size(funcs) > 0) {
        gp_ssize i = gp_list_size(funcs) - 1;
        gp_obj *entry = gp_newref(gp_list_get_borrow(funcs, i));
        gp_obj *popped = gp_call_method(t, funcs, "pop", NULL, 0);
        gp_xdecref(popped);
        gp_obj *r = NULL;
        if (gp_tuple_check(entry) && gp_tuple_size(entry) == 3) {
            gp_obj *kw = gp_tuple_get_borrow(entry, 2);
            r = gp_call_tuple_dict(t, gp_tuple_get_borrow(entry, 0), gp_tuple_get_borrow(entry, 1),
                                   kw == GP_NONE ? NULL : kw);
        }
        gp_decref(entry);
        if (r) {
            gp_decref(r);
        } else if (t->exc) {
            if (gp_err_matches(t, &gp_exc_SystemExit)) {
                gp_err_clear(t);
            } else {
                gp_sys_write_stderr(t, "Error in atexit._run_exitfuncs:\n");
                gp_err_print(t);
            }
        }
    }
    return 0;
}
