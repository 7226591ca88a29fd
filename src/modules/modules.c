/* The table of modules written in C, searched by the import system. */
#include "gilpy_core.h"
#include "runtime/gc.h"
#include "runtime/gil.h"

/* builtins and sys are made at start-up; the table lets `import sys`
   find them in sys.modules and lists them in sys.builtin_module_names. */
const gp_builtin_module gp_builtin_modules[] = {
    {"builtins", gp_mod_builtins_init},
    {"sys", gp_mod_sys_init},
    {"time", gp_mod_time_init},
    {"math", gp_mod_math_init},
    {"_io", gp_mod_io_init},
    {"_thread", gp_mod_thread_init},
    {"_random", gp_mod_random_init},
    {"posix", gp_mod_posix_init},
    {"errno", gp_mod_errno_init},
    {"_memio", gp_mod_memio_init},
    {"_struct", gp_mod_struct_init},
    {"_regex", gp_mod_regex_init},
    {"_localtime", gp_mod_localtime_init},
    {"_signal", gp_mod_signal_init},
    {"_json", gp_mod_json_init},
    {"_hashes", gp_mod_hashes_init},
    {"_collections", gp_mod_collections_init},
    {"array", gp_mod_array_init},
    {"cmath", gp_mod_cmath_init},
    {"_heapq", gp_mod_heapq_init},
    {"_functools", gp_mod_functools_init},
    {"_resource", gp_mod_resource_init},
    {"_binascii", gp_mod_binascii_init},
    {"gc", gp_mod_gc_init},
    {"_weakref", gp_mod_weakref_init},
    {"_socket", gp_mod_socket_init},
    {"select", gp_mod_select_init},
    {NULL, NULL},
};
