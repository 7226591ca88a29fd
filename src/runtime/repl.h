/* The interactive prompt. */
#ifndef GP_REPL_H
#define GP_REPL_H

#include "object.h"

/* Read-eval-print until end of input; returns the exit status. */
int gp_repl(gp_thread *t);

#endif
