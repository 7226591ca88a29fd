/* What the container types share: start-up, the guard that stops repr()
   from looping on a container that holds itself, and deferred deallocation
   for deeply nested containers. */
#include "gilpy_core.h"

/* ------------------------------------------------------------ repr guard */

/* The containers whose repr is being built on this thread, innermost last.
   A container that meets itself again while its repr is being built prints
   "[...]" (or its kind's equivalent) instead of looping forever.  The stack
   belongs to the OS thread, so no lock is needed in either build. */
typedef struct {
    gp_obj **items;
    gp_ssize size, alloc;
} repr_stack;

static _Thread_local repr_stack repr_active;

int gp_containers_repr_enter(gp_thread *t, gp_obj *o) {
    repr_stack *s = &repr_active;
    for (gp_ssize i = s->size - 1; i >= 0; i--)
        if (s->items[i] == o) return 1;
    if (s->size == s->alloc) {
        gp_ssize n = s->alloc ? s->alloc * 2 : 16;
        gp_obj **items = gp_mem_realloc(s->items, (size_t)n * sizeof(gp_obj *));
        if (!items) {
            gp_err_nomemory(t);
            return -1;
        }
        s->items = items;
        s->alloc = n;
    }
    s->items[s->size++] = o;
    return 0;
}

void gp_containers_repr_leave(gp_thread *t, gp_obj *o) {
    repr_stack *s = &repr_active;
    /* Leave in any order, as an exception may unwind several levels. */
    for (gp_ssize i = s->size - 1; i >= 0; i--) {
        if (s->items[i] == o) {
            memmove(&s->items[i], &s->items[i + 1], (size_t)(s->size - i - 1) * sizeof(gp_obj *));
            s->size--;
            /* The stack is per OS thread and nothing frees it when the
               thread ends: release it whenever the outermost repr ends. */
            if (s->size == 0) {
                gp_mem_free(s->items);
                s->items = NULL;
                s->alloc = 0;
            }
            return;
        }
    }
}

/* ------------------------------------------------- deferred deallocation */

/* Freeing a list nested a million deep would recurse a million times through
   the deallocators and overflow the C stack.  Past a fixed depth a
   deallocator parks its object here instead, and the outermost deallocator
   frees the parked objects one after the other, at a shallow depth. */
#define TRASH_DEPTH 50

typedef struct {
    int depth;
    gp_obj **items;
    gp_ssize size, alloc;
} trash_state;

static _Thread_local trash_state trash;

int gp_containers_trash_begin(gp_obj *o) {
    trash_state *s = &trash;
    /* Instances of classes are freed through their class's deallocator,
       which runs __del__ and clears slots: they are never parked, so that
       this cannot happen twice. */
    if (s->depth >= TRASH_DEPTH && !(o->ob_type->flags & GP_TPFLAGS_HEAPTYPE)) {
        if (s->size == s->alloc) {
            gp_ssize n = s->alloc ? s->alloc * 2 : 64;
            gp_obj **items = gp_mem_realloc(s->items, (size_t)n * sizeof(gp_obj *));
            /* Without memory, recursing is still better than leaking. */
            if (!items) goto deep;
            s->items = items;
            s->alloc = n;
        }
        s->items[s->size++] = o;
        return 1;
    }
deep:
    s->depth++;
    return 0;
}

void gp_containers_trash_end(void) {
    trash_state *s = &trash;
    if (s->depth > 1) {
        s->depth--;
        return;
    }
    /* The outermost deallocator frees the parked objects.  The depth stays
       at 1 meanwhile, so that their own deallocators do not start draining
       in turn (which would nest one level per parked object). */
    while (s->size > 0) {
        gp_obj *o = s->items[--s->size];
        gp_dealloc(o);
    }
    s->depth = 0;
}

/* ---------------------------------------------------------------- start-up */

int gp_containers_init(gp_thread *t) {
    gp_type *types[] = {
        &gp_tuple_type,       &gp_list_type,         &gp_dict_type,         &gp_set_type,
        &gp_frozenset_type,   &gp_range_type,        &gp_slice_type,        &gp_enumerate_type,
        &gp_zip_type,         &gp_map_type,          &gp_filter_type,       &gp_reversed_type,
        &gp_seqiter_type,     &gp_calliter_type,     &gp_dict_keys_type,    &gp_dict_values_type,
        &gp_dict_items_type,  &gp_tupleiter_type,    &gp_listiter_type,     &gp_listreviter_type,
        &gp_rangeiter_type,   &gp_longrangeiter_type, &gp_setiter_type,     &gp_dict_keyiter_type,
        &gp_dict_valueiter_type, &gp_dict_itemiter_type, &gp_dict_revkeyiter_type,
        &gp_dict_revvalueiter_type, &gp_dict_revitemiter_type,
    };
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
        if (gp_type_ready(t, types[i]) < 0) return -1;
    /* Build the empty tuple now rather than at its first use. */
    gp_obj *empty = gp_tuple_new(t, 0);
    if (!empty) return -1;
    gp_decref(empty);
    return 0;
}
