/* type, object, None/NotImplemented/Ellipsis, descriptors (property,
   staticmethod, classmethod, method/member/getset descriptors, slot
   wrappers), super, built-in functions, modules, exceptions and tracebacks.
   Owned by the types area. */
#ifndef GP_TYPEOBJ_H
#define GP_TYPEOBJ_H

#include "object.h"

struct gp_frame;

/* None, NotImplemented, Ellipsis, True and False are immortal in both
   builds, so a reference to one is not counted: code returns or stores
   them without gp_incref, and a gp_decref of one changes nothing that
   matters (the GIL build's immortal count is too large to reach zero;
   the free-threaded build does not count immortal objects at all). */
extern gp_obj gp_none_obj, gp_notimplemented_obj, gp_ellipsis_obj;
#define GP_NONE (&gp_none_obj)
#define GP_NOTIMPLEMENTED (&gp_notimplemented_obj)
#define GP_ELLIPSIS (&gp_ellipsis_obj)

extern gp_type gp_none_type, gp_notimplemented_type, gp_ellipsis_type;
extern gp_type gp_property_type, gp_staticmethod_type, gp_classmethod_type, gp_super_type;
extern gp_type gp_cfunction_type;      /* builtin_function_or_method */
extern gp_type gp_method_descr_type;   /* method_descriptor */
extern gp_type gp_classmethod_descr_type;
extern gp_type gp_wrapper_descr_type;  /* wrapper_descriptor (slot wrappers) */
extern gp_type gp_method_wrapper_type;
extern gp_type gp_member_descr_type, gp_getset_descr_type;
extern gp_type gp_mappingproxy_type;
extern gp_type gp_module_type;
extern gp_type gp_traceback_type;

/* Fill in a static type: inherit slots from its base, build __dict__ with
   methods, members, getsets and slot wrappers (__add__, __repr__, ...),
   compute __mro__.  Idempotent; readies bases first. */
int gp_type_ready(gp_thread *t, gp_type *type);
/* Find name along type's MRO: borrowed, NULL (no exception) when absent. */
gp_obj *gp_type_lookup_borrow(gp_thread *t, gp_type *type, gp_obj *name);
/* The same lookup as a new reference: safe while other threads may replace
   the attribute (the borrowed result is not). */
gp_obj *gp_type_lookup_ref(gp_thread *t, gp_type *type, gp_obj *name);
int gp_type_is_subtype(gp_type *a, gp_type *b);
static inline int gp_type_check(const gp_obj *o) { return !gp_is_small(o) && GP_FAST_CHECK(o, GP_TPFLAGS_TYPE_SUBCLASS); }
/* The short name of a type as CPython prints it in messages ("int", "Foo"). */
const char *gp_type_name(gp_type *type);
/* A new heap type, as type(name, bases, dict) would make it (bases: tuple
   of types, borrowed; dict borrowed and copied). */
gp_obj *gp_type_new_heap(gp_thread *t, gp_type *meta, const char *name, gp_obj *bases, gp_obj *dict);
/* Notify attribute caches that type (and its subclasses) changed. */
void gp_type_modified(gp_type *type);
/* A method descriptor for a C function whose self is an instance of type,
   for methods added to a heap type made in C (sys's records). */
gp_obj *gp_method_descr_new(gp_thread *t, gp_type *type, const gp_method_def *def);

/* object's generic attribute protocol and instance dicts. */
gp_obj *gp_obj_generic_getattr(gp_thread *t, gp_obj *o, gp_obj *name);
int gp_obj_generic_setattr(gp_thread *t, gp_obj *o, gp_obj *name, gp_obj *v);
/* Store name = v into the instance dict at *dp of o (made if missing),
   against another thread replacing that dict. */
int gp_obj_dict_store(gp_thread *t, gp_obj *o, gp_obj **dp, gp_obj *name, gp_obj *v);
gp_obj **gp_obj_dictptr(gp_obj *o);   /* NULL if instances have no __dict__ */
/* The dict at dp (an instance's or a function's __dict__ slot) as a new
   reference; when there is none, NULL, or with create a new empty dict
   installed by compare-and-swap (NULL with MemoryError if that fails).
   Writers replace the pointer only through gp_obj_dict_replace, under
   the owner's object lock, and release the old dict through QSBR: a
   thread that loaded the pointer can still take its reference, and code
   that borrows it for one C step (the eval loop's attribute paths) never
   finds it freed. */
gp_obj *gp_obj_dict_ref(gp_thread *t, gp_obj **dp, int create);
void gp_obj_dict_replace(gp_thread *t, gp_obj *owner, gp_obj **dp, gp_obj *v); /* v borrowed or NULL */
/* Setting __dict__ at dp to v: TypeError unless v is a dict (deleting is
   refused too), else gp_obj_dict_replace. */
int gp_obj_dict_assign(gp_thread *t, gp_obj *owner, gp_obj **dp, gp_obj *v);
/* The getter and setter of __dict__ for built-in types whose dictoffset
   names their dict slot. */
gp_obj *gp_obj_dict_get(gp_thread *t, gp_obj *self, void *closure);
int gp_obj_dict_set(gp_thread *t, gp_obj *self, gp_obj *v, void *closure);
gp_obj *gp_obj_generic_repr(gp_thread *t, gp_obj *o); /* <Foo object at 0x...> */

/* Built-in functions and methods. */
gp_obj *gp_cfunction_new(gp_thread *t, const gp_method_def *def, gp_obj *self, gp_obj *module);

/* Modules. */
typedef struct {
    gp_obj base;
    gp_obj *dict;
    void *state;      /* native module state, if any */
} gp_module;
gp_obj *gp_module_new(gp_thread *t, const char *name);
gp_obj *gp_module_new_obj(gp_thread *t, gp_obj *name);
static inline gp_obj *gp_module_dict_borrow(gp_obj *m) { return ((gp_module *)m)->dict; }
int gp_module_add_functions(gp_thread *t, gp_obj *m, const gp_method_def *defs);
int gp_module_add_object(gp_thread *t, gp_obj *m, const char *name, gp_obj *v); /* borrowed */
int gp_module_add_int(gp_thread *t, gp_obj *m, const char *name, int64_t v);
int gp_module_add_str(gp_thread *t, gp_obj *m, const char *name, const char *v);

/* Tracebacks: the VM calls gp_traceback_add when an exception leaves (or
   passes through) a frame, recording the frame and its current line. */
int gp_traceback_add(gp_thread *t, struct gp_frame *f, int lineno);
/* Write the traceback entries of tb in CPython's format (with source lines)
   to a gp_strbuf-like sink: used by gp_err_print and the traceback module. */
gp_obj *gp_traceback_format(gp_thread *t, gp_obj *tb);

/* Exception instances. */
gp_obj *gp_exc_new(gp_thread *t, gp_type *type, gp_obj *const *args, gp_ssize nargs);
gp_obj *gp_exc_get_traceback_borrow(gp_obj *exc);
void gp_exc_set_traceback(gp_obj *exc, gp_obj *tb);             /* borrowed */
void gp_exc_set_context_steal(gp_obj *exc, gp_obj *context);
void gp_exc_set_cause_steal(gp_obj *exc, gp_obj *cause);
/* StopIteration.value of a StopIteration instance (borrowed). */
gp_obj *gp_exc_stopiteration_value_borrow(gp_obj *exc);

/* types.GenericAlias (list[int]); built-in generic classes list
   {"__class_getitem__", gp_class_getitem, GP_METH_CLASS, NULL} in their
   methods. */
extern gp_type gp_generic_alias_type;
gp_obj *gp_generic_alias_new(gp_thread *t, gp_obj *origin, gp_obj *args);
gp_obj *gp_class_getitem(gp_thread *t, gp_obj *cls, gp_obj *const *args, gp_ssize nargs, gp_obj *kw);
/* types.UnionType (int | str) and the | of classes that builds it. */
extern gp_type gp_union_type;
gp_obj *gp_union_or(gp_thread *t, gp_obj *a, gp_obj *b);

int gp_types_init(gp_thread *t);

#endif
