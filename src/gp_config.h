/* Every tunable of the interpreter with its default, in one place. */
#ifndef GP_CONFIG_H
#define GP_CONFIG_H

#define GP_VERSION "0.1.0"
#define GP_PY_MAJOR 3
#define GP_PY_MINOR 11
#define GP_PY_MICRO 0

/* Python-level recursion limit (sys.getrecursionlimit()). */
#define GP_DEFAULT_RECURSION_LIMIT 1000

/* C recursion guard for recursive C code (repr of nested containers, the
   compiler, comparisons): this many nested calls raise RecursionError well
   before the C stack (8 MiB by default) runs out. */
#define GP_C_RECURSION_LIMIT 8000

/* Whether build/gilpy-ft runs with the GIL when neither -X gil nor
   GILPY_GIL says (build/gilpy always does).  0 once every container takes
   its per-object lock; until then programs that mutate shared containers
   from several threads need the GIL. */
#define GP_FT_GIL_DEFAULT 0

/* The GIL switch interval in microseconds (sys.setswitchinterval). */
#define GP_DEFAULT_SWITCH_INTERVAL_US 5000

/* Maximum nesting of try/with/loop blocks in one function, as in CPython. */
#define GP_MAX_BLOCKS 20

/* Small free lists kept per thread for frequently allocated objects. */
#define GP_FREELIST_MAX 80

#endif
