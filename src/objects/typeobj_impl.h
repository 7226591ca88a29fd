/* Declarations shared by the files of the types area only (typeobj.c,
   slots.c, object.c, descr.c, module.c, exceptions.c, traceback.c, error.c,
   abstract.c).  Nothing outside those files includes it. */
#ifndef GP_TYPEOBJ_IMPL_H
#define GP_TYPEOBJ_IMPL_H

#include "gilpy_core.h"

/* A type made by a class statement or type(name, bases, dict).  The slot
   tables live inside the same allocation so that the dispatchers installed
   for dunder methods never touch a base's tables. */
typedef struct {
    gp_type type;
    gp_number_methods as_number;
    gp_sequence_methods as_sequence;
    gp_mapping_methods as_mapping;
    gp_member_def *slot_members; /* one per __slots__ name, NULL-terminated */
    char *name_utf8;             /* what type.name points at */
} gp_heaptype;

/* Interned names, cached after the first use.  Threads may fill the cache
   at once (with the same immortal string): it is read and written
   atomically, and each use works on a local copy. */
gp_obj *gp_id(gp_thread *t, const char *s);
#define GP_ID(var, text) \
    static gp_obj *var##_cached_; \
    gp_obj *var = __atomic_load_n(&var##_cached_, __ATOMIC_ACQUIRE); \
    if (!var) { \
        var = gp_str_intern_cstr_borrow(t, text); \
        __atomic_store_n(&var##_cached_, var, __ATOMIC_RELEASE); \
    }

/* object.c */
gp_obj *gp_object_new_impl(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames);
int gp_object_init_impl(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames);
gp_hash gp_hash_pointer(const void *p);
gp_hash gp_hash_not_implemented(gp_thread *t, gp_obj *o);
gp_obj *gp_object_richcompare(gp_thread *t, gp_obj *a, gp_obj *b, int op);
/* The instance __dict__ getset for heap types that add one. */
extern const gp_getset_def gp_subtype_dict_getset[];
/* dir() helpers: add the attribute names of a class (with its bases). */
int gp_type_merge_dir(gp_thread *t, gp_obj *dict, gp_type *type);

/* typeobj.c */
gp_type *gp_type_solid_base(gp_type *type);
gp_obj *gp_type_call(gp_thread *t, gp_obj *callable, gp_obj *const *args, gp_ssize nargs,
                     gp_obj *kwnames);
gp_obj *gp_type_qualname_obj(gp_thread *t, gp_type *type);
gp_obj *gp_type_module_obj(gp_thread *t, gp_type *type);
gp_obj *gp_type_repr(gp_thread *t, gp_obj *o);
void gp_type_add_subclass(gp_thread *t, gp_type *base, gp_type *sub);

/* slots.c: the slot table. */
int gp_slots_add_wrappers(gp_thread *t, gp_type *type);
void gp_slots_fixup(gp_thread *t, gp_type *type);
/* Called after a class attribute changed: re-derive the slots named by name. */
void gp_slots_update(gp_thread *t, gp_type *type, gp_obj *name);
int gp_slots_is_dunder_slot(gp_obj *name);
void gp_subtype_dealloc(gp_obj *o);
/* The collector's view of instances of heap types: what the heap classes
   added (slots, __dict__), then the static base's own fields. */
int gp_subtype_traverse(gp_obj *o, gp_visitproc visit, void *arg);
int gp_subtype_clear(gp_obj *o);
gp_obj *gp_slot_tp_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames);

/* descr.c */
typedef struct gp_slotdef gp_slotdef;
gp_obj *gp_method_descr_new(gp_thread *t, gp_type *type, const gp_method_def *def);
gp_obj *gp_classmethod_descr_new(gp_thread *t, gp_type *type, const gp_method_def *def);
gp_obj *gp_member_descr_new(gp_thread *t, gp_type *type, const gp_member_def *def);
gp_obj *gp_getset_descr_new(gp_thread *t, gp_type *type, const gp_getset_def *def);
gp_obj *gp_wrapper_descr_new(gp_thread *t, gp_type *type, const gp_slotdef *sd, void *wrapped);
gp_obj *gp_mappingproxy_new(gp_thread *t, gp_obj *mapping);
gp_obj *gp_staticmethod_new(gp_thread *t, gp_obj *callable);
gp_obj *gp_classmethod_new(gp_thread *t, gp_obj *callable);
/* For slot-wrapper descriptors: which slotdef and C function they wrap. */
const gp_slotdef *gp_wrapper_descr_slotdef(gp_obj *d);
void *gp_wrapper_descr_wrapped(gp_obj *d);
gp_obj *gp_builtin_new_wrapper(gp_thread *t, gp_type *type);
int gp_is_builtin_new_wrapper(gp_obj *o, gp_type **type);
gp_obj *gp_member_get(gp_thread *t, gp_obj *o, const gp_member_def *m);
int gp_member_set(gp_thread *t, gp_obj *o, const gp_member_def *m, gp_obj *v);

/* slots.c: the slot definitions seen by descr.c. */
typedef gp_obj *(*gp_wrapperfunc)(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                  gp_obj *kwnames, void *wrapped, const gp_slotdef *sd);
struct gp_slotdef {
    const char *name;
    int table;            /* 0 the type, 1 as_number, 2 as_sequence, 3 as_mapping */
    size_t offset;        /* of the slot inside that table */
    void *dispatcher;     /* the slot function of heap types that calls the dunder */
    gp_wrapperfunc wrap;  /* calls the C slot from Python */
    int op;               /* comparison op for richcompare entries */
    int kw;               /* the wrapper accepts keyword arguments */
    const char *doc;
};

/* exceptions.c */
int gp_exceptions_init(gp_thread *t);
int gp_exc_is_syntax_error(gp_obj *exc);
/* Fill name and obj of the AttributeError being raised. */
void gp_exc_set_attribute_error_info(gp_thread *t, gp_obj *name, gp_obj *obj);

/* traceback.c */
typedef struct gp_traceback {
    gp_obj base;
    struct gp_traceback *next;
    gp_obj *frame;   /* frame object or None */
    gp_obj *code;    /* the code object, for file and function names */
    int lineno;
    int lasti;
} gp_traceback;

/* error.c */
gp_obj *gp_err_format_exception_only(gp_thread *t, gp_obj *exc);

#endif
