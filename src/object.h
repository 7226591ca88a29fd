/* The object model: the object header, tagged small ints, reference
   counting and the type object with its slots.

   Every Python value is a gp_obj *.  A pointer with its low bit set is not a
   pointer but a small int (see "Tagged ints" below); every other value points
   at a header followed by the type's own fields.  Code never reads the header
   fields directly: gp_typeof(), gp_incref() and gp_decref() are the only
   accessors, so that the two builds can differ in the header alone. */
#ifndef GP_OBJECT_H
#define GP_OBJECT_H

#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "gp_config.h"

typedef struct gp_obj gp_obj;
typedef struct gp_type gp_type;
typedef struct gp_thread gp_thread;
typedef struct gp_interp gp_interp;

typedef intptr_t gp_ssize; /* sizes, indices and counts; -1 is the error value */
typedef int64_t gp_hash;   /* hash values; -1 is the error value */

/* ---------------------------------------------------------------- header */

/* The object header.  The GIL build has a plain count.  The free-threaded
   build uses biased reference counting (PEP 703): the thread that created an
   object (ob_tid) counts in ob_ref_local without atomics; every other thread
   counts in ob_ref_shared with atomics; when the local count drops to zero
   the owner merges the two.  ob_mutex is the per-object lock that containers
   take in the free-threaded build.  The owner id and the shared count are
   32 bits, PEP 703's 64, so that the header takes 24 bytes instead of 32
   (docs/DECISIONS.md, "A 24-byte header"). */
struct gp_obj {
#ifdef GP_FREE_THREADED
    uint32_t ob_tid;
    uint32_t ob_ref_local;
    _Atomic int32_t ob_ref_shared;
    uint8_t ob_flags;
    _Atomic uint8_t ob_mutex;      /* per-object lock, see runtime/objlock.h */
    uint16_t ob_spare;
#else
    gp_ssize ob_refcnt;
#endif
    gp_type *ob_type;
};

/* Objects whose size varies (tuple, big containers) put their item count
   right after the header. */
typedef struct {
    gp_obj base;
    gp_ssize size;
} gp_varobj;

/* ------------------------------------------------------------ tagged ints */

/* A small int lives in the pointer itself: low bit 1, the value in the other
   63 bits.  Every int result that fits is stored this way; heap ints (GMP)
   only hold values outside this range, and bool/int-subclass instances. */
#define GP_SMALL_MIN (-((intptr_t)1 << 62))
#define GP_SMALL_MAX (((intptr_t)1 << 62) - 1)

static inline int gp_is_small(const gp_obj *o) { return ((uintptr_t)o & 1) != 0; }
static inline intptr_t gp_small_value(const gp_obj *o) { return (intptr_t)o >> 1; }
static inline int gp_small_fits(intptr_t v) { return v >= GP_SMALL_MIN && v <= GP_SMALL_MAX; }
/* Only for values that satisfy gp_small_fits(). */
static inline gp_obj *gp_small_new(intptr_t v) { return (gp_obj *)(((uintptr_t)v << 1) | 1); }

extern gp_type gp_int_type;

static inline gp_type *gp_typeof(const gp_obj *o) {
    return gp_is_small(o) ? &gp_int_type : o->ob_type;
}

/* Call the type's dealloc.  Reached only through gp_decref. */
void gp_dealloc(gp_obj *o);

#include "runtime/refcount.h"

/* Replace *slot with v (a new reference), releasing the old value after the
   store so that a destructor never sees a dangling slot. */
GP_ALWAYS_INLINE void gp_setref_steal(gp_obj **slot, gp_obj *v) {
    gp_obj *old = *slot;
    *slot = v;
    gp_xdecref(old);
}
GP_ALWAYS_INLINE void gp_clear(gp_obj **slot) { gp_setref_steal(slot, NULL); }
GP_ALWAYS_INLINE gp_obj *gp_newref(gp_obj *o) { gp_incref(o); return o; }
GP_ALWAYS_INLINE gp_obj *gp_xnewref(gp_obj *o) { gp_xincref(o); return o; }

/* ------------------------------------------------------------ slot types */

/* Comparison operators, in CPython's order. */
enum { GP_LT = 0, GP_LE = 1, GP_EQ = 2, GP_NE = 3, GP_GT = 4, GP_GE = 5 };

typedef void (*gp_destructor)(gp_obj *o);
typedef gp_obj *(*gp_unaryfunc)(gp_thread *t, gp_obj *a);
typedef gp_obj *(*gp_binaryfunc)(gp_thread *t, gp_obj *a, gp_obj *b);
typedef gp_obj *(*gp_ternaryfunc)(gp_thread *t, gp_obj *a, gp_obj *b, gp_obj *c);
typedef int (*gp_inquiry)(gp_thread *t, gp_obj *a);         /* 0/1, -1 on error */
typedef gp_ssize (*gp_lenfunc)(gp_thread *t, gp_obj *a);     /* -1 on error */
typedef gp_hash (*gp_hashfunc)(gp_thread *t, gp_obj *a);     /* -1 on error */
typedef gp_obj *(*gp_ssizeargfunc)(gp_thread *t, gp_obj *a, gp_ssize i);
typedef int (*gp_ssizeobjargproc)(gp_thread *t, gp_obj *a, gp_ssize i, gp_obj *v); /* v NULL: delete */
typedef int (*gp_objobjproc)(gp_thread *t, gp_obj *a, gp_obj *b);           /* contains: 0/1/-1 */
typedef int (*gp_objobjargproc)(gp_thread *t, gp_obj *a, gp_obj *k, gp_obj *v); /* v NULL: delete */
typedef gp_obj *(*gp_getattrfunc)(gp_thread *t, gp_obj *o, gp_obj *name);
typedef int (*gp_setattrfunc)(gp_thread *t, gp_obj *o, gp_obj *name, gp_obj *v); /* v NULL: delete */
typedef gp_obj *(*gp_richcmpfunc)(gp_thread *t, gp_obj *a, gp_obj *b, int op);
typedef gp_obj *(*gp_descrgetfunc)(gp_thread *t, gp_obj *descr, gp_obj *obj, gp_obj *type);
typedef int (*gp_descrsetfunc)(gp_thread *t, gp_obj *descr, gp_obj *obj, gp_obj *v); /* v NULL: delete */
typedef int (*gp_visitproc)(gp_obj *o, void *arg);
typedef int (*gp_traverseproc)(gp_obj *o, gp_visitproc visit, void *arg);
typedef int (*gp_clearproc)(gp_obj *o);

/* The one calling convention ("vector call"): positional arguments first in
   args[0..nargs), then the values of keyword arguments whose names are the
   str objects in the tuple kwnames (NULL when there are none).  All borrowed. */
typedef gp_obj *(*gp_callfunc)(gp_thread *t, gp_obj *callable, gp_obj *const *args,
                               gp_ssize nargs, gp_obj *kwnames);
/* tp_new: same convention, the type first.  tp_init returns 0 or -1. */
typedef gp_obj *(*gp_newfunc)(gp_thread *t, gp_type *type, gp_obj *const *args,
                              gp_ssize nargs, gp_obj *kwnames);
typedef int (*gp_initfunc)(gp_thread *t, gp_obj *self, gp_obj *const *args,
                           gp_ssize nargs, gp_obj *kwnames);

typedef struct {
    gp_binaryfunc add, subtract, multiply, remainder, divmod;
    gp_ternaryfunc power;
    gp_unaryfunc negative, positive, absolute;
    gp_inquiry bool_;
    gp_unaryfunc invert;
    gp_binaryfunc lshift, rshift, and_, xor_, or_;
    gp_unaryfunc int_, float_;
    gp_binaryfunc inplace_add, inplace_subtract, inplace_multiply, inplace_remainder;
    gp_ternaryfunc inplace_power;
    gp_binaryfunc inplace_lshift, inplace_rshift, inplace_and, inplace_xor, inplace_or;
    gp_binaryfunc floor_divide, true_divide, inplace_floor_divide, inplace_true_divide;
    gp_unaryfunc index;
    gp_binaryfunc matrix_multiply, inplace_matrix_multiply;
} gp_number_methods;

typedef struct {
    gp_lenfunc length;
    gp_binaryfunc concat;
    gp_ssizeargfunc repeat;
    gp_ssizeargfunc item;          /* the raw index: negative ones are the callee's to adjust */
    gp_ssizeobjargproc ass_item;
    gp_objobjproc contains;
    gp_binaryfunc inplace_concat;
    gp_ssizeargfunc inplace_repeat;
} gp_sequence_methods;

typedef struct {
    gp_lenfunc length;
    gp_binaryfunc subscript;
    gp_objobjargproc ass_subscript;
} gp_mapping_methods;

/* The buffer protocol: an object that exposes its memory fills a gp_buffer
   in getbuffer and is told in releasebuffer that the consumer is done.
   While a buffer is held the exporter keeps buf valid (a bytearray refuses
   to resize).  The view describes an array of ndim dimensions of items of
   itemsize bytes in the struct-module format `format` ("B" for bytes);
   shape and strides point at ndim values owned by the exporter (for a flat
   exporter they may point at len and itemsize).  obj is a new reference
   that gp_buffer_release drops. */
typedef struct {
    gp_obj *obj;
    char *buf;
    gp_ssize len; /* bytes in the view: product of shape times itemsize */
    int readonly;
    gp_ssize itemsize;
    const char *format;
    int ndim;
    gp_ssize *shape;
    gp_ssize *strides;
} gp_buffer;

/* Flags a consumer passes to getbuffer: what it needs from the exporter. */
enum {
    GP_BUF_SIMPLE = 0,
    GP_BUF_WRITABLE = 1 << 0,   /* BufferError for a read-only exporter */
    GP_BUF_ANY_LAYOUT = 1 << 1  /* accept a non-contiguous view (memoryview) */
};

typedef int (*gp_getbufferproc)(gp_thread *t, gp_obj *o, gp_buffer *view, int flags);
typedef void (*gp_releasebufferproc)(gp_obj *o, gp_buffer *view);

typedef struct {
    gp_getbufferproc getbuffer;
    gp_releasebufferproc releasebuffer; /* may be NULL */
} gp_buffer_procs;

/* ------------------------------------------------ methods, members, getset */

/* A built-in function or method.  self is the bound object (the module for
   module functions, NULL for static methods, the class for class methods). */
typedef gp_obj *(*gp_cfunc)(gp_thread *t, gp_obj *self, gp_obj *const *args,
                            gp_ssize nargs, gp_obj *kwnames);

enum {
    GP_METH_STATIC = 1 << 0, /* staticmethod: no self */
    GP_METH_CLASS = 1 << 1,  /* classmethod: self is the class */
    GP_METH_COEXIST = 1 << 2 /* do not replace a slot wrapper of the same name */
};

typedef struct {
    const char *name; /* NULL ends the table */
    gp_cfunc fn;
    int flags;
    const char *doc;
} gp_method_def;

/* Member kinds for gp_member_def.type. */
enum {
    GP_MEMBER_OBJECT,    /* gp_obj *, NULL reads as None */
    GP_MEMBER_OBJECT_EX, /* gp_obj *, NULL raises AttributeError */
    GP_MEMBER_INT,       /* int */
    GP_MEMBER_SSIZE,     /* gp_ssize */
    GP_MEMBER_BOOL,      /* char, 0/1 */
    GP_MEMBER_DOUBLE     /* double */
};
enum { GP_MEMBER_READONLY = 1 };

typedef struct {
    const char *name; /* NULL ends the table */
    int type;
    gp_ssize offset;
    int flags;
    const char *doc;
} gp_member_def;

typedef gp_obj *(*gp_getter)(gp_thread *t, gp_obj *self, void *closure);
typedef int (*gp_setter)(gp_thread *t, gp_obj *self, gp_obj *v, void *closure); /* v NULL: delete */

typedef struct {
    const char *name; /* NULL ends the table */
    gp_getter get;
    gp_setter set;
    const char *doc;
    void *closure;
} gp_getset_def;

/* ------------------------------------------------------------ type object */

enum {
    GP_TPFLAGS_HEAPTYPE = 1u << 0,      /* created by a class statement or type() */
    GP_TPFLAGS_BASETYPE = 1u << 1,      /* may be subclassed */
    GP_TPFLAGS_HAVE_GC = 1u << 2,       /* instances carry a gp_gc_head before the header */
    GP_TPFLAGS_READY = 1u << 3,         /* gp_type_ready() has run */
    GP_TPFLAGS_READYING = 1u << 4,
    GP_TPFLAGS_IMMUTABLETYPE = 1u << 5, /* attributes cannot be set */
    GP_TPFLAGS_IS_ABSTRACT = 1u << 6,
    GP_TPFLAGS_METHOD_DESCRIPTOR = 1u << 7, /* binds like a function: LOAD_METHOD may skip binding */
    GP_TPFLAGS_SEQUENCE = 1u << 8,
    GP_TPFLAGS_MAPPING = 1u << 9,
    /* Fast subclass checks for the core types. */
    GP_TPFLAGS_INT_SUBCLASS = 1u << 20,
    GP_TPFLAGS_LIST_SUBCLASS = 1u << 21,
    GP_TPFLAGS_TUPLE_SUBCLASS = 1u << 22,
    GP_TPFLAGS_BYTES_SUBCLASS = 1u << 23,
    GP_TPFLAGS_STR_SUBCLASS = 1u << 24,
    GP_TPFLAGS_DICT_SUBCLASS = 1u << 25,
    GP_TPFLAGS_BASE_EXC_SUBCLASS = 1u << 26,
    GP_TPFLAGS_TYPE_SUBCLASS = 1u << 27
};

struct gp_type {
    gp_varobj base;   /* a type is an object whose type is `type` (or a metaclass) */
    const char *name; /* for static types "module.Name" or "Name" as CPython's tp_name */
    gp_ssize basicsize, itemsize;
    uint32_t flags;

    gp_destructor dealloc;
    gp_unaryfunc repr;
    gp_unaryfunc str;
    gp_hashfunc hash;
    gp_richcmpfunc richcompare;
    gp_getattrfunc getattro;
    gp_setattrfunc setattro;
    gp_callfunc call;
    gp_unaryfunc iter;
    gp_unaryfunc iternext; /* NULL without an exception set: exhausted */
    gp_descrgetfunc descr_get;
    gp_descrsetfunc descr_set;
    gp_newfunc new_;
    gp_initfunc init;
    gp_traverseproc traverse;
    gp_clearproc clear;
    void (*finalize)(gp_thread *t, gp_obj *o); /* __del__ */

    gp_number_methods *as_number;
    gp_sequence_methods *as_sequence;
    gp_mapping_methods *as_mapping;
    gp_buffer_procs *as_buffer;

    const gp_method_def *methods;
    const gp_member_def *members;
    const gp_getset_def *getset;
    const char *doc;

    gp_type *tp_base;     /* the solid base (NULL only for object) */
    gp_obj *bases;        /* tuple of types */
    gp_obj *mro;          /* tuple of types, this type first */
    gp_obj *dict;         /* the type's namespace (a dict) */
    gp_obj *subclasses;   /* dict id -> weak ref / type, or NULL */
    gp_obj *name_obj;     /* __name__ as a str (heap types; built lazily for static) */
    gp_obj *qualname;     /* __qualname__ */
    gp_obj *slots;        /* heap types: the __slots__ names tuple or NULL */
    gp_ssize dictoffset;  /* where the instance __dict__ pointer is; 0 = none;
                             negative: counted from the end of a var-sized object */
    gp_ssize weaklistoffset;
    uint32_t version_tag; /* bumped when the type or a base changes (attribute caches) */
    void *extra;          /* owner-defined data for special types */
};

/* Initialisers for statically allocated objects and types:
     gp_type gp_list_type = { GP_TYPE_HEAD, .name = "list", ... };
     gp_obj gp_none_obj = GP_STATIC_HEAD(&gp_none_type); */
#define GP_STATIC_VARHEAD(type, size) { GP_STATIC_HEAD(type), (size) }
#define GP_TYPE_HEAD .base = GP_STATIC_VARHEAD(&gp_type_type, 0)

extern gp_type gp_type_type;   /* type */
extern gp_type gp_object_type; /* object */

static inline int gp_type_check_exact(const gp_obj *o, const gp_type *tp) { return gp_typeof(o) == tp; }
static inline int gp_type_has_flag(const gp_type *tp, uint32_t f) { return (tp->flags & f) != 0; }
#define GP_FAST_CHECK(o, flag) gp_type_has_flag(gp_typeof(o), (flag))

/* ------------------------------------------------------------- allocation */

/* mimalloc underneath.  gp_mem_* never raise; NULL means out of memory. */
void *gp_mem_alloc(size_t n);
void *gp_mem_calloc(size_t count, size_t n);
void *gp_mem_realloc(void *p, size_t n);
void gp_mem_free(void *p);
char *gp_mem_strdup(const char *s);

/* The collector's link fields, placed in front of the header of instances of
   GP_TPFLAGS_HAVE_GC types. */
typedef struct gp_gc_head {
    struct gp_gc_head *gc_next, *gc_prev;
    gp_ssize gc_refs;
} gp_gc_head;

#define GP_GC_HEAD(o) ((gp_gc_head *)(o) - 1)

/* Allocate an instance of `type` with nitems variable items (0 for fixed-size
   types): size = basicsize + nitems * itemsize, zero-filled, header set, count
   1, the type's reference taken for heap types.  Raises MemoryError. */
gp_obj *gp_obj_alloc(gp_thread *t, gp_type *type, gp_ssize nitems);
/* Free the memory of an object whose fields are already released (the last
   step of a dealloc); drops the reference to a heap type. */
void gp_obj_free(gp_obj *o);
/* Start/stop tracking a container object by the cycle collector. */
void gp_gc_track(gp_obj *o);
void gp_gc_untrack(gp_obj *o);

#endif
