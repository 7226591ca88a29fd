/* Modules written in C.  Each has an init function that builds and returns
   the module object; the import system finds them by name in the table. */
#ifndef GP_MODULES_H
#define GP_MODULES_H

#include "object.h"

typedef gp_obj *(*gp_module_initfunc)(gp_thread *t);

typedef struct {
    const char *name;
    gp_module_initfunc init;
} gp_builtin_module;

/* Ends with a {NULL, NULL} entry. */
extern const gp_builtin_module gp_builtin_modules[];

gp_obj *gp_mod_builtins_init(gp_thread *t);
gp_obj *gp_mod_sys_init(gp_thread *t);
gp_obj *gp_mod_time_init(gp_thread *t);
gp_obj *gp_mod_math_init(gp_thread *t);

#endif
