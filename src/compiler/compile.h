/* Source text to code objects.  Owned by the compiler area. */
#ifndef GP_COMPILE_H
#define GP_COMPILE_H

#include "object.h"

/* Modes, as compile()'s 'exec', 'eval' and 'single'. */
enum { GP_COMPILE_EXEC = 0, GP_COMPILE_EVAL = 1, GP_COMPILE_SINGLE = 2 };

/* compile()'s flag for `from __future__ import annotations` (CPython's
   CO_FUTURE_ANNOTATIONS value, which __future__.annotations reports). */
#define GP_COMPILE_FUTURE_ANNOTATIONS 0x1000000

/* Parse and compile src (UTF-8, len bytes) into a code object.  On a syntax
   error raises SyntaxError/IndentationError/TabError with filename, lineno,
   offset and text set as CPython does (RecursionError for input nested too
   deeply).  When incomplete is not NULL it is set to 1 if the only problem
   is that the input ended early (the REPL then reads another line).
   flags may hold GP_COMPILE_FUTURE_ANNOTATIONS. */
gp_obj *gp_compile(gp_thread *t, const char *src, gp_ssize len, gp_obj *filename, int mode,
                   int flags, int *incomplete);

/* Print a code object's instructions (and those of the code objects among
   its constants) to stdout, one per line: line, offset, name, argument and
   what the argument means.  A debugging aid. */
struct gp_code;
void gp_code_dump(gp_thread *t, struct gp_code *co);

#endif
