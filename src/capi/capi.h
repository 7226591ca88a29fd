/* What the rest of the interpreter sees of the C API (src/capi/): the
   import system asks it for registered native modules and loads NAME.so
   files through it.  The public side is include/gilpy.h. */
#ifndef GP_CAPI_H
#define GP_CAPI_H

#include "object.h"

/* The suffix of native module files on sys.path. */
#define GP_CAPI_EXT_SUFFIX ".so"

/* A module registered with gilpy_options.modules or gilpy_register_module,
   created and put in sys.modules; NULL with no exception when no module of
   that name is registered. */
gp_obj *gp_capi_import_registered(gp_thread *t, const char *name);

/* Load the native module `name` from the file at path: dlopen it, call its
   gilpy_init_<last part of name>, build the module and put it in
   sys.modules.  ImportError when the file or its init function is wrong. */
gp_obj *gp_capi_load_extension(gp_thread *t, const char *name, const char *path);

/* Does the path name a native module file? */
int gp_capi_is_extension_path(const char *path);

#endif
