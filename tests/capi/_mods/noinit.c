/* A shared object without the gilpy_init_noinit function: importing it
   raises ImportError. */
int noinit_value(void);
int noinit_value(void) { return 1; }
