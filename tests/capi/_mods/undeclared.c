/* A native module that does not declare GILPY_MOD_GIL_NOT_USED: importing
   it into gilpy-ft keeps (or turns) the GIL on. */
#include "gilpy.h"

static gilpy_obj *hello(gilpy_thread *t, gilpy_obj *self, gilpy_obj *const *args, intptr_t nargs,
                        gilpy_obj *kwnames) {
    static const char *const kwlist[] = {"name", NULL};
    const char *name;
    if (gilpy_parse_args(t, args, nargs, kwnames, "s:hello", kwlist, &name) < 0) return NULL;
    return gilpy_str_printf(t, "hello, %s", name);
}

static const gilpy_function functions[] = {
    {"hello", hello, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const gilpy_module_def undeclared_def = {
    .api_version = GILPY_API_VERSION,
    .name = "undeclared",
    .functions = functions,
};

GILPY_MODULE_INIT(undeclared) { return &undeclared_def; }
