/* The table of modules written in C, searched by the import system. */
#include "gilpy_core.h"

/* builtins and sys are made at start-up; the table lets `import sys`
   find them in sys.modules and lists them in sys.builtin_module_names. */
const gp_builtin_module gp_builtin_modules[] = {
    {"builtins", gp_mod_builtins_init},
    {"sys", gp_mod_sys_init},
    {"time", gp_mod_time_init},
    {"math", gp_mod_math_init},
    {"_io", gp_mod_io_init},
    {NULL, NULL},
};
