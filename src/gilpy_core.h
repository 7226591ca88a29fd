/* Everything the interpreter's own C files see.  Not for use outside src/. */
#ifndef GILPY_CORE_H
#define GILPY_CORE_H

#include "gp_config.h"
#include "object.h"
#include "runtime/thread.h"
#include "runtime/error.h"
#include "objects/number.h"
#include "objects/strings.h"
#include "objects/containers.h"
#include "objects/typeobj.h"
#include "runtime/abstract.h"
#include "vm/vm.h"
#include "compiler/compile.h"
#include "runtime/runtime.h"
#include "runtime/objlock.h"
#include "modules/modules.h"

#endif
