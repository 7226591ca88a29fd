/* The objects that CPython's site module adds to builtins: help, copyright,
   credits and license (module _sitebuiltins).

   copyright, credits and license are _Printer objects: their repr and
   their call show a short text.  help is a _Helper: its call formats an
   object's signature and docstring with lib/_sitebuiltins.py, imported on
   the first call so that start-up does not pay for it.  There is no pydoc,
   so help() shows no interactive help and help('topic') looks the name up
   among the builtins and modules only. */
#include "gilpy_core.h"

static const char copyright_text[] =
    "Copyright (c) gilpy authors.\n"
    "gilpy is an interpreter for the Python language; Python is a trademark\n"
    "of the Python Software Foundation.";

static const char credits_text[] =
    "Thanks to the authors of CPython, whose behaviour gilpy follows, and to\n"
    "the makers of GMP, mimalloc, libedit and PCRE2, which gilpy builds on.";

static const char license_text[] =
    "gilpy is free software; see the LICENSE file of its source tree for the\n"
    "terms under which it may be used, changed and shared.";

typedef struct {
    gp_obj base;
    const char *text;
    int long_text; /* repr gives the hint, not the text (license) */
} printer;

static void printer_dealloc(gp_obj *o) { gp_obj_free(o); }

static gp_obj *printer_repr(gp_thread *t, gp_obj *o) {
    printer *p = (printer *)o;
    if (p->long_text) return gp_str_from_cstr(t, "Type license() to see the full license text");
    return gp_str_from_cstr(t, p->text);
}

static gp_obj *print_line(gp_thread *t, const char *text) {
    gp_obj *s = gp_str_from_cstr(t, text);
    if (!s) return NULL;
    gp_obj *out = gp_sys_get_borrow(t, "stdout");
    if (!out || out == GP_NONE) {
        gp_decref(s);
        return GP_NONE;
    }
    gp_obj *nl = gp_str_from_cstr(t, "\n");
    int rc = nl ? gp_file_write_obj(t, out, s) : -1;
    if (rc == 0) rc = gp_file_write_obj(t, out, nl);
    gp_decref(s);
    gp_xdecref(nl);
    return rc < 0 ? NULL : GP_NONE;
}

static gp_obj *printer_call(gp_thread *t, gp_obj *o, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kw) {
    if (gp_args_no_kw(t, "__call__", kw) < 0 || gp_args_count(t, "__call__", nargs, 0, 0) < 0)
        return NULL;
    return print_line(t, ((printer *)o)->text);
}

static gp_type printer_type = {
    GP_TYPE_HEAD,
    .name = "_sitebuiltins._Printer",
    .basicsize = sizeof(printer),
    .dealloc = printer_dealloc,
    .repr = printer_repr,
    .call = printer_call,
    .doc = "interactive prompt objects for printing the license text, a list of\n"
           "contributors and the copyright notice.",
};

typedef struct {
    gp_obj base;
} help_object;

static gp_obj *help_repr(gp_thread *t, gp_obj *o) {
    return gp_str_from_cstr(t, "Type help() for interactive help, or help(object) for help about "
                               "object.");
}

static gp_obj *help_call(gp_thread *t, gp_obj *o, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kw) {
    gp_obj *mod = gp_import_module(t, "_sitebuiltins");
    if (!mod) return NULL;
    gp_obj *fn = gp_obj_getattr_cstr(t, mod, "help");
    gp_decref(mod);
    if (!fn) return NULL;
    gp_obj *r = gp_call(t, fn, args, nargs, kw);
    gp_decref(fn);
    return r;
}

static gp_type help_type = {
    GP_TYPE_HEAD,
    .name = "_sitebuiltins._Helper",
    .basicsize = sizeof(help_object),
    .dealloc = printer_dealloc,
    .repr = help_repr,
    .call = help_call,
    .doc = "Define the builtin 'help'.\n\n"
           "This is a wrapper around lib/_sitebuiltins.py's help().",
};

static int add_printer(gp_thread *t, gp_obj *builtins, const char *name, const char *text,
                       int long_text) {
    printer *p = (printer *)gp_obj_alloc(t, &printer_type, 0);
    if (!p) return -1;
    p->text = text;
    p->long_text = long_text;
    int rc = gp_module_add_object(t, builtins, name, &p->base);
    gp_decref(&p->base);
    return rc;
}

int gp_sitebuiltins_add(gp_thread *t, gp_obj *builtins) {
    if (gp_type_ready(t, &printer_type) < 0 || gp_type_ready(t, &help_type) < 0) return -1;
    if (add_printer(t, builtins, "copyright", copyright_text, 0) < 0 ||
        add_printer(t, builtins, "credits", credits_text, 0) < 0 ||
        add_printer(t, builtins, "license", license_text, 1) < 0)
        return -1;
    gp_obj *h = gp_obj_alloc(t, &help_type, 0);
    if (!h) return -1;
    int rc = gp_module_add_object(t, builtins, "help", h);
    gp_decref(h);
    return rc;
}
