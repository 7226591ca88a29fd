/* What the match statement's opcodes (MATCH_CLASS, MATCH_MAPPING,
   MATCH_SEQUENCE, MATCH_KEYS, COPY_DICT_WITHOUT_KEYS) do to their
   operands, as CPython 3.11 does it (PEP 634).  Owned by the vm area. */
#ifndef GP_VM_MATCH_H
#define GP_VM_MATCH_H

#include "gilpy_core.h"

/* Is o a sequence for pattern matching (a collections.abc.Sequence other
   than str, bytes and bytearray)?  1, 0, or -1 with an exception. */
int gp_match_is_sequence(gp_thread *t, gp_obj *o);
/* Is o a mapping (a collections.abc.Mapping)?  1, 0, or -1. */
int gp_match_is_mapping(gp_thread *t, gp_obj *o);

/* cls(*nargs positional, **names) against subject: a new tuple of the
   attributes to match the sub-patterns against, or NULL: no match when no
   exception is set, an error otherwise. */
gp_obj *gp_match_class(gp_thread *t, gp_obj *subject, gp_obj *cls, int nargs, gp_obj *names);

/* The values of the keys (a tuple) in the mapping subject: a new tuple, or
   None (a new reference) when a key is missing; NULL with an exception. */
gp_obj *gp_match_keys(gp_thread *t, gp_obj *subject, gp_obj *keys);

/* A dict of the items of the mapping subject without the keys (a tuple). */
gp_obj *gp_match_rest(gp_thread *t, gp_obj *subject, gp_obj *keys);

#endif
