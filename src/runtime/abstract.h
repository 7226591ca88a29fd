/* The object protocols used by every part of the interpreter: attributes,
   comparison, hashing, calling, iteration, numbers, sequences, mappings,
   and argument parsing for built-in functions.  Owned by the types area
   (runtime/abstract.c). */
#ifndef GP_ABSTRACT_H
#define GP_ABSTRACT_H

#include "object.h"

gp_obj *gp_obj_repr(gp_thread *t, gp_obj *o);
gp_obj *gp_obj_str(gp_thread *t, gp_obj *o);
gp_obj *gp_obj_ascii(gp_thread *t, gp_obj *o);
gp_obj *gp_obj_format(gp_thread *t, gp_obj *o, gp_obj *spec); /* format(o, spec); spec NULL = '' */
gp_hash gp_obj_hash(gp_thread *t, gp_obj *o);    /* TypeError "unhashable type: 'list'" */
int gp_obj_truthy(gp_thread *t, gp_obj *o);       /* 0/1, -1 on error */
int gp_obj_not(gp_thread *t, gp_obj *o);
gp_obj *gp_obj_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op);
/* Identity implies equality for == and != here, as in containers. */
int gp_obj_richcompare_bool(gp_thread *t, gp_obj *a, gp_obj *b, int op);
int gp_obj_eq(gp_thread *t, gp_obj *a, gp_obj *b); /* richcompare_bool(..., GP_EQ) */
/* Whether x == v can be told without running any code, allocating or
   blocking, so that it may be asked while holding an object lock: 1 or 0
   when it can (identity, or two values of one exact int, str, float or
   bytes type), -1 when the full comparison is needed. */
int gp_obj_eq_quick(gp_obj *x, gp_obj *v);

gp_obj *gp_obj_getattr(gp_thread *t, gp_obj *o, gp_obj *name);
gp_obj *gp_obj_getattr_cstr(gp_thread *t, gp_obj *o, const char *name);
/* getattr that does not raise AttributeError: 1 found (*out new ref),
   0 absent, -1 other error. */
int gp_obj_lookup_attr(gp_thread *t, gp_obj *o, gp_obj *name, gp_obj **out);
int gp_obj_setattr(gp_thread *t, gp_obj *o, gp_obj *name, gp_obj *v);  /* v NULL: delete */
int gp_obj_setattr_cstr(gp_thread *t, gp_obj *o, const char *name, gp_obj *v);
int gp_obj_delattr(gp_thread *t, gp_obj *o, gp_obj *name);
int gp_obj_hasattr(gp_thread *t, gp_obj *o, gp_obj *name);
/* Look up a special method on the type (not the instance) and bind it:
   new ref, NULL with no exception when absent. */
gp_obj *gp_obj_lookup_special(gp_thread *t, gp_obj *o, gp_obj *name);
/* For LOAD_METHOD: 1 if *out is an unbound function to call with o as first
   argument, 0 if *out is an ordinary attribute value, -1 error. */
int gp_obj_get_method(gp_thread *t, gp_obj *o, gp_obj *name, gp_obj **out);

int gp_obj_isinstance(gp_thread *t, gp_obj *o, gp_obj *cls);     /* cls may be a tuple */
int gp_obj_issubclass(gp_thread *t, gp_obj *derived, gp_obj *cls);
gp_obj *gp_obj_type(gp_obj *o);                                   /* new ref to type(o) */
gp_obj *gp_obj_dir(gp_thread *t, gp_obj *o);

/* Calling.  args/kwnames as in gp_callfunc. */
gp_obj *gp_call(gp_thread *t, gp_obj *callable, gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames);
gp_obj *gp_call0(gp_thread *t, gp_obj *callable);
gp_obj *gp_call1(gp_thread *t, gp_obj *callable, gp_obj *a);
gp_obj *gp_call2(gp_thread *t, gp_obj *callable, gp_obj *a, gp_obj *b);
/* callable(*args_tuple, **kwargs_dict); kwargs may be NULL. */
gp_obj *gp_call_tuple_dict(gp_thread *t, gp_obj *callable, gp_obj *args, gp_obj *kwargs);
/* o.name(*args) */
gp_obj *gp_call_method(gp_thread *t, gp_obj *o, const char *name, gp_obj *const *args, gp_ssize nargs);
int gp_callable_check(gp_obj *o);

/* Iteration.  gp_iter_next returns NULL without an exception at the end. */
gp_obj *gp_obj_getiter(gp_thread *t, gp_obj *o);
gp_obj *gp_iter_next(gp_thread *t, gp_obj *it);
int gp_iter_check(gp_obj *o);

/* Containers. */
gp_ssize gp_obj_len(gp_thread *t, gp_obj *o);
gp_obj *gp_obj_getitem(gp_thread *t, gp_obj *o, gp_obj *key);
int gp_obj_setitem(gp_thread *t, gp_obj *o, gp_obj *key, gp_obj *v);
int gp_obj_delitem(gp_thread *t, gp_obj *o, gp_obj *key);
int gp_seq_contains(gp_thread *t, gp_obj *container, gp_obj *item); /* `in` */
/* A list of the items of any iterable (a new list even if o is a list). */
gp_obj *gp_seq_list(gp_thread *t, gp_obj *o);
/* A tuple of the items of any iterable (o itself if an exact tuple). */
gp_obj *gp_seq_tuple(gp_thread *t, gp_obj *o);
gp_ssize gp_obj_length_hint(gp_thread *t, gp_obj *o, gp_ssize dflt);

/* Numbers: the operators with Python's dispatch (reflected operands,
   NotImplemented, subclass priority) and CPython's TypeError messages. */
gp_obj *gp_number_add(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_sub(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_mul(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_matmul(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_truediv(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_floordiv(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_mod(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_divmod(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_pow(gp_thread *t, gp_obj *a, gp_obj *b, gp_obj *mod); /* mod: None or value */
gp_obj *gp_number_lshift(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_rshift(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_and(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_or(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_xor(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_iadd(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_isub(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_imul(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_imatmul(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_itruediv(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_ifloordiv(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_imod(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_ipow(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_ilshift(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_irshift(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_iand(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_ior(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_ixor(gp_thread *t, gp_obj *a, gp_obj *b);
gp_obj *gp_number_neg(gp_thread *t, gp_obj *a);
gp_obj *gp_number_pos(gp_thread *t, gp_obj *a);
gp_obj *gp_number_abs(gp_thread *t, gp_obj *a);
gp_obj *gp_number_invert(gp_thread *t, gp_obj *a);
gp_obj *gp_number_index(gp_thread *t, gp_obj *o);   /* operator.index(o): an exact int */
/* o.__index__() as a gp_ssize; overflow raises `exc` (IndexError,
   OverflowError) or clamps when exc is NULL. */
int gp_number_as_ssize(gp_thread *t, gp_obj *o, gp_type *exc, gp_ssize *out);
gp_obj *gp_number_long(gp_thread *t, gp_obj *o);    /* int(o) */
gp_obj *gp_number_float(gp_thread *t, gp_obj *o);   /* float(o) */

/* Argument parsing for built-in functions.
   gp_args_bind matches vector-call arguments to the named parameters of a
   spec and stores borrowed references in out[] (NULL for an omitted
   optional one), raising CPython's TypeErrors ("f() takes at most 2
   arguments (3 given)", "'x' is an invalid keyword argument for f()",
   "f() missing required argument 'x' (pos 1)"). */
typedef struct {
    const char *fname;          /* name used in messages */
    const char *const *names;   /* parameter names, NULL-terminated; "" = positional-only */
    int required;               /* how many leading parameters are required */
    int maxpos;                 /* how many may be given positionally (-1: all) */
} gp_argspec;
int gp_args_bind(gp_thread *t, const gp_argspec *spec, gp_obj *const *args, gp_ssize nargs,
                 gp_obj *kwnames, gp_obj **out);
/* Quick checks for the common cases. */
int gp_args_no_kw(gp_thread *t, const char *fname, gp_obj *kwnames);
int gp_args_count(gp_thread *t, const char *fname, gp_ssize nargs, gp_ssize min, gp_ssize max);

#endif
