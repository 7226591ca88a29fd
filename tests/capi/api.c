/* The embedding API from the outside: values, errors, globals, running
   strings and files, calls with keyword arguments, built-in and .so native
   modules, argument parsing.  Prints one line per check group and exits 1
   at the first failed check.  The expected output, api.exp, is gilpy's
   own: the program links the gilpy library.  Run by tests/capi/run.sh with the directory
   of the .so modules as argv[1]. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gilpy.h"

static gilpy_thread *T;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (!(cond)) {                                                                \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);                    \
            if (gilpy_error_occurred(T)) gilpy_error_print(T);                        \
            exit(1);                                                                  \
        }                                                                             \
    } while (0)

/* The text of an object's repr, in a static buffer. */
static const char *repr(gilpy_obj *o) {
    static char buf[512];
    gilpy_obj *r = gilpy_repr(T, o);
    CHECK(r);
    snprintf(buf, sizeof buf, "%s", gilpy_str_value(T, r, NULL));
    gilpy_decref(r);
    return buf;
}

/* pair(a, b=10, *, scale=1) -> (a + b) * scale, with every format code
   exercised by the other parameters of mixed(). */
static gilpy_obj *f_pair(gilpy_thread *t, gilpy_obj *self, gilpy_obj *const *args, intptr_t nargs,
                         gilpy_obj *kwnames) {
    static const char *const kwlist[] = {"a", "b", "scale", NULL};
    int64_t a, b = 10, scale = 1;
    if (gilpy_parse_args(t, args, nargs, kwnames, "L|L$L:pair", kwlist, &a, &b, &scale) < 0)
        return NULL;
    return gilpy_int_new(t, (a + b) * scale);
}

static gilpy_obj *f_mixed(gilpy_thread *t, gilpy_obj *self, gilpy_obj *const *args, intptr_t nargs,
                          gilpy_obj *kwnames) {
    static const char *const kwlist[] = {"", "d", "s", "z", "y", "p", "n", NULL};
    gilpy_obj *o;
    double d = 0;
    const char *s = "-", *z = "-", *y = "";
    intptr_t ylen = 0, n = -1;
    int p = -1;
    if (gilpy_parse_args(t, args, nargs, kwnames, "Odszy|pn:mixed", kwlist, &o, &d, &s, &z, &y,
                         &ylen, &p, &n) < 0)
        return NULL;
    return gilpy_str_printf(t, "%s %d %s %s %d %d %d", gilpy_type_name(o), (int)(d * 10), s,
                            z ? z : "NULL", (int)ylen, p, (int)n);
}

static gilpy_obj *f_raise(gilpy_thread *t, gilpy_obj *self, gilpy_obj *const *args, intptr_t nargs,
                          gilpy_obj *kwnames) {
    return gilpy_error_set(t, "KeyError", "no such key: %d", 42);
}

static int exec_mod(gilpy_thread *t, gilpy_obj *m) {
    gilpy_obj *v = gilpy_tuple_new(t, 0);
    if (!v) return -1;
    int r = gilpy_module_add(t, m, "EMPTY", v);
    gilpy_decref(v);
    return r;
}

static const gilpy_function mod_functions[] = {
    {"pair", f_pair, 0, "pair(a, b=10, *, scale=1)"},
    {"mixed", f_mixed, 0, NULL},
    {"fail", f_raise, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const gilpy_constant mod_constants[] = {
    GILPY_INT_CONSTANT("ANSWER", 42),
    GILPY_FLOAT_CONSTANT("HALF", 0.5),
    GILPY_STR_CONSTANT("WORD", "w\xc3\xa9"),
    {NULL, 0, 0, 0.0, NULL},
};

static const gilpy_module_def mod_def = {
    GILPY_API_VERSION, "capitest", "a test module", mod_functions, mod_constants, exec_mod,
    GILPY_MOD_GIL_NOT_USED,
};

static const gilpy_module_def late_def = {
    GILPY_API_VERSION, "capilate", NULL, NULL, mod_constants, NULL, GILPY_MOD_GIL_NOT_USED,
};

/* A Python string literal for a path (no quotes or backslashes expected). */
static const char *repr_path(const char *p) {
    static char buf[1100];
    snprintf(buf, sizeof buf, "'%s'", p);
    return buf;
}

static void check_values(void) {
    gilpy_obj *i = gilpy_int_new(T, INT64_MIN);
    int64_t iv = 0;
    CHECK(i && gilpy_is_int(i) && gilpy_int_value(T, i, &iv) == 0 && iv == INT64_MIN);
    gilpy_obj *f = gilpy_float_new(T, 2.5);
    double fv = 0;
    CHECK(f && gilpy_is_float(f) && gilpy_float_value(T, f, &fv) == 0 && fv == 2.5);
    CHECK(gilpy_float_value(T, i, &fv) == 0 && fv == (double)INT64_MIN);
    gilpy_obj *s = gilpy_str_new_len(T, "a\0b", 3);
    intptr_t len = 0;
    CHECK(s && gilpy_is_str(s) && gilpy_str_value(T, s, &len) && len == 3);
    gilpy_obj *b = gilpy_bytes_new(T, "xyz", 3);
    const char *bd = b ? gilpy_bytes_value(T, b, &len) : NULL;
    CHECK(bd && len == 3 && memcmp(bd, "xyz", 3) == 0 && gilpy_is_bytes(b));
    gilpy_obj *none = gilpy_none(), *yes = gilpy_bool(1), *no = gilpy_bool(0);
    CHECK(gilpy_is_none(none) && gilpy_is_bool(yes) && gilpy_truth(T, yes) == 1 &&
          gilpy_truth(T, no) == 0 && !gilpy_is_none(no));
    gilpy_obj *tup = gilpy_tuple_new(T, 4, i, f, s, none);
    CHECK(tup && gilpy_is_tuple(tup) && gilpy_len(T, tup) == 4);
    printf("tuple: %s\n", repr(tup));
    gilpy_obj *l = gilpy_list_new(T);
    CHECK(l && gilpy_list_append(T, l, b) == 0 && gilpy_list_append_steal(T, l, gilpy_int_new(T, 7)) == 0);
    gilpy_obj *d = gilpy_dict_new(T);
    CHECK(d && gilpy_setitem_str(T, d, "list", l) == 0 && gilpy_setitem(T, d, yes, tup) == 0);
    printf("dict: %s\n", repr(d));
    gilpy_obj *out = NULL;
    CHECK(gilpy_dict_get_str(T, d, "list", &out) == 1 && out == l);
    gilpy_decref(out);
    CHECK(gilpy_dict_get_str(T, d, "missing", &out) == 0 && out == NULL && !gilpy_error_occurred(T));
    CHECK(gilpy_dict_get(T, d, l, &out) == -1 && gilpy_error_matches(T, "TypeError"));
    gilpy_error_clear(T);
    gilpy_obj *item = gilpy_getitem_index(T, l, -1);
    CHECK(item && gilpy_int_value(T, item, &iv) == 0 && iv == 7);
    gilpy_decref(item);
    CHECK(gilpy_getitem_str(T, d, "nope") == NULL && gilpy_error_matches(T, "KeyError") &&
          gilpy_error_matches(T, "LookupError") && !gilpy_error_matches(T, "ValueError"));
    gilpy_error_clear(T);
    /* Iterating a dict gives its keys, in order. */
    gilpy_obj *it = gilpy_iter(T, d), *key;
    CHECK(it);
    printf("keys:");
    while ((key = gilpy_next(T, it))) {
        printf(" %s", repr(key));
        gilpy_decref(key);
    }
    CHECK(!gilpy_error_occurred(T));
    printf("\n");
    gilpy_decref(it);
    CHECK(gilpy_next(T, d) == NULL && gilpy_error_matches(T, "TypeError"));
    gilpy_error_clear(T);
    CHECK(gilpy_iter(T, i) == NULL && gilpy_error_matches(T, "TypeError"));
    gilpy_error_clear(T);
    CHECK(gilpy_setitem_index(T, l, 0, none) == 0 && gilpy_setitem_index(T, l, 5, none) < 0 &&
          gilpy_error_matches(T, "IndexError"));
    gilpy_error_clear(T);
    printf("list: %s\n", repr(l));
    CHECK(gilpy_delitem(T, d, yes) == 0 && gilpy_len(T, d) == 1);
    /* Wrong types give exceptions, never crashes. */
    CHECK(gilpy_int_value(T, s, &iv) < 0 && gilpy_error_matches(T, "TypeError"));
    gilpy_error_clear(T);
    CHECK(gilpy_str_value(T, i, NULL) == NULL && gilpy_error_matches(T, "TypeError"));
    gilpy_error_clear(T);
    gilpy_obj *big = gilpy_eval(T, "2 ** 70");
    CHECK(big && gilpy_int_value(T, big, &iv) < 0 && gilpy_error_matches(T, "OverflowError"));
    gilpy_error_clear(T);
    CHECK(gilpy_list_append(T, d, i) < 0 && gilpy_error_matches(T, "TypeError"));
    gilpy_error_clear(T);
    printf("types: %s %s %s %s\n", gilpy_type_name(i), gilpy_type_name(l), gilpy_type_name(d),
           gilpy_type_name(none));
    gilpy_obj *objs[] = {i, f, s, b, none, yes, no, tup, l, d, big};
    for (size_t k = 0; k < sizeof objs / sizeof *objs; k++) gilpy_decref(objs[k]);
    printf("values ok\n");
}

static void check_errors(void) {
    CHECK(gilpy_run_string(T, "def boom(n):\n    return {}[n]\n", "<boom>") == 0);
    gilpy_obj *boom = gilpy_get_global(T, "boom");
    gilpy_obj *arg = gilpy_str_new(T, "k");
    CHECK(boom && arg && gilpy_call(T, boom, &arg, 1, NULL) == NULL);
    CHECK(gilpy_error_matches(T, "KeyError"));
    gilpy_obj *exc = gilpy_error_fetch(T);
    CHECK(exc && !gilpy_error_occurred(T));
    gilpy_obj *text = gilpy_exception_format(T, exc);
    CHECK(text);
    printf("%s", gilpy_str_value(T, text, NULL));
    gilpy_decref(text);
    /* Restored, it can be fetched again. */
    gilpy_error_restore_steal(T, exc);
    CHECK(gilpy_error_matches(T, "KeyError"));
    gilpy_error_clear(T);
    CHECK(gilpy_run_string(T, "x = (", "<syntax>") < 0 && gilpy_error_matches(T, "SyntaxError"));
    exc = gilpy_error_fetch(T);
    text = gilpy_exception_format(T, exc);
    CHECK(text);
    printf("%s", gilpy_str_value(T, text, NULL));
    gilpy_decref(text);
    gilpy_decref(exc);
    CHECK(gilpy_error_set(T, "NoSuchError", "x") == NULL && gilpy_error_matches(T, "SystemError"));
    gilpy_error_clear(T);
    CHECK(gilpy_get_global(T, "undefined_name") == NULL && gilpy_error_matches(T, "NameError"));
    gilpy_error_clear(T);
    CHECK(gilpy_import(T, "no_such_module_here") == NULL &&
          gilpy_error_matches(T, "ModuleNotFoundError"));
    gilpy_error_clear(T);
    CHECK(gilpy_call(T, boom, &arg, 1, arg) == NULL && gilpy_error_matches(T, "TypeError"));
    gilpy_error_clear(T);
    gilpy_decref(boom);
    gilpy_decref(arg);
    printf("errors ok\n");
}

static void check_calls_and_globals(void) {
    gilpy_obj *n = gilpy_int_new(T, 5);
    CHECK(n && gilpy_set_global(T, "n", n) == 0);
    gilpy_decref(n);
    CHECK(gilpy_run_string(T, "def f(a, b=2, *, c=3):\n    return [a, b, c, n]\n", NULL) == 0);
    gilpy_obj *f = gilpy_get_global(T, "f");
    gilpy_obj *args[2] = {gilpy_int_new(T, 1), gilpy_str_new(T, "two")};
    gilpy_obj *kw = gilpy_dict_new(T);
    gilpy_obj *c = gilpy_float_new(T, 3.5);
    CHECK(f && args[0] && args[1] && kw && c && gilpy_setitem_str(T, kw, "c", c) == 0);
    gilpy_obj *r = gilpy_call(T, f, args, 2, kw);
    CHECK(r);
    printf("call: %s\n", repr(r));
    gilpy_decref(r);
    r = gilpy_call(T, f, args, 1, NULL);
    CHECK(r);
    printf("call: %s\n", repr(r));
    gilpy_decref(r);
    gilpy_obj *lst = gilpy_eval(T, "[3, 1, 2]");
    CHECK(lst);
    gilpy_obj *rev = gilpy_bool(1);
    gilpy_obj *ckey = gilpy_str_new(T, "c");
    CHECK(ckey && gilpy_setitem_str(T, kw, "reverse", rev) == 0 && gilpy_delitem(T, kw, ckey) == 0);
    gilpy_decref(ckey);
    gilpy_decref(rev);
    r = gilpy_call_method(T, lst, "sort", NULL, 0, kw);
    CHECK(r && gilpy_is_none(r));
    gilpy_decref(r);
    printf("sorted: %s\n", repr(lst));
    gilpy_decref(lst);
    gilpy_obj *g = gilpy_globals_borrow(T);
    CHECK(g && gilpy_is_dict(g) && gilpy_hasattr(T, f, "__name__") == 1 &&
          gilpy_hasattr(T, f, "nope") == 0);
    gilpy_obj *name = gilpy_getattr(T, f, "__name__");
    CHECK(name && gilpy_setattr(T, f, "tag", name) == 0);
    gilpy_decref(name);
    gilpy_obj *tag = gilpy_eval(T, "f.tag + '!'");
    CHECK(tag);
    printf("attr: %s\n", gilpy_str_value(T, tag, NULL));
    gilpy_decref(tag);
    gilpy_decref(f);
    gilpy_decref(args[0]);
    gilpy_decref(args[1]);
    gilpy_decref(kw);
    gilpy_decref(c);

    /* A file runs in __main__ with __file__ set. */
    char path[1024];
    snprintf(path, sizeof path, "%s/capi-test-%d.py", "/tmp", (int)getpid());
    FILE *fp = fopen(path, "w");
    CHECK(fp);
    fputs("import sys\nfrom_file = sorted(k for k in ('b', 'a'))\nhas_file = __file__.endswith('.py')\n", fp);
    fclose(fp);
    CHECK(gilpy_run_file(T, path) == 0);
    remove(path);
    r = gilpy_eval(T, "(from_file, has_file)");
    CHECK(r);
    printf("file: %s\n", repr(r));
    gilpy_decref(r);
    CHECK(gilpy_run_file(T, "/nonexistent/capi.py") < 0 && gilpy_error_matches(T, "FileNotFoundError"));
    gilpy_error_clear(T);
    printf("calls ok\n");
}

/* Python code that calls the module and prints what comes back or what
   it raises. */
static const char module_script[] =
    "import capitest\n"
    "print(capitest.__name__, capitest.__doc__, capitest.ANSWER, capitest.HALF, capitest.WORD,\n"
    "      capitest.EMPTY)\n"
    "print(capitest.pair(1), capitest.pair(1, 2), capitest.pair(b=3, a=4, scale=2))\n"
    "print(capitest.mixed(None, 1.5, 's', None, b'abc'), capitest.mixed([], 2, 't', 'z', b'', p=[1], n=9))\n"
    "calls = [lambda: capitest.pair(), lambda: capitest.pair(1, 2, 3), lambda: capitest.pair(1, c=2),\n"
    "         lambda: capitest.pair(1, a=1), lambda: capitest.pair('x'), lambda: capitest.pair(1.5),\n"
    "         lambda: capitest.mixed(1, 'x', 's', None, b''), lambda: capitest.mixed(1, 1, 2, None, b''),\n"
    "         lambda: capitest.mixed(1, 1, 's', 3, b''), lambda: capitest.mixed(1, 1, 's', None, 'y'),\n"
    "         lambda: capitest.mixed(x=1), lambda: capitest.pair(2 ** 80), lambda: capitest.fail()]\n"
    "for c in calls:\n"
    "    try:\n"
    "        c()\n"
    "    except Exception as e:\n"
    "        print(type(e).__name__ + ':', e)\n";

static void check_modules(const char *moddir) {
    CHECK(gilpy_run_string(T, module_script, "<modules>") == 0);
    /* Registered after start, found by import. */
    CHECK(gilpy_register_module(T, &late_def) == 0);
    gilpy_obj *m = gilpy_import(T, "capilate");
    CHECK(m);
    gilpy_obj *a = gilpy_getattr(T, m, "ANSWER");
    int64_t v;
    CHECK(a && gilpy_int_value(T, a, &v) == 0 && v == 42);
    gilpy_decref(a);
    gilpy_decref(m);
    /* A module object made directly is not in sys.modules. */
    m = gilpy_module_new(T, &mod_def);
    CHECK(m);
    gilpy_decref(m);
    /* Native modules from .so files on sys.path. */
    char code[2048];
    snprintf(code, sizeof code,
             "import sys\n"
             "sys.path.insert(0, %s)\n"
             "import nativework, undeclared\n"
             "print(nativework.crunch(100000), nativework.describe('d', 2, sep='+'))\n"
             "print(undeclared.hello('world'), sys._is_gil_enabled())\n"
             "for name in ('noinit', 'notelf'):\n"
             "    try:\n"
             "        __import__(name)\n"
             "    except ImportError as e:\n"
             "        print(type(e).__name__, e.name, e.path.endswith(name + '.so'),\n"
             "              str(e) if name == 'noinit' else 'dlopen error')\n",
             repr_path(moddir));
    CHECK(gilpy_run_string(T, code, "<so modules>") == 0);
    printf("modules ok\n");
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s MODULE_DIR\n", argv[0]);
        return 2;
    }
    /* C and Python write to the same stdout: neither may hold output back. */
    setvbuf(stdout, NULL, _IONBF, 0);
    const gilpy_module_def *mods[] = {&mod_def, NULL};
    const char *path[] = {"/nonexistent-first", "/nonexistent-second", NULL};
    gilpy_options opts = {0};
    opts.modules = mods;
    opts.path = path;
    opts.gil = -1;
    opts.unbuffered = 1;
    T = gilpy_create(&opts);
    CHECK(T && gilpy_current() == T && gilpy_interp_of(T));
    gilpy_obj *p = gilpy_eval(T, "__import__('sys').path[:2]");
    CHECK(p);
    printf("path: %s\n", repr(p));
    gilpy_decref(p);
    check_values();
    check_errors();
    check_calls_and_globals();
    check_modules(argv[1]);
    int st = gilpy_finalize(T);
    printf("finalize: %d\n", st);
    return st;
}
