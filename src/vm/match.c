/* The structural tests of pattern matching: which subjects are sequences
   and mappings, how a class pattern extracts attributes, how a mapping
   pattern reads its keys. */
#include "gilpy_core.h"
#include "vm/match.h"

/* Does a type or one of its bases carry a flag that built-in types set
   (GP_TPFLAGS_SEQUENCE, GP_TPFLAGS_MAPPING)? */
static int mro_has_flag(gp_type *tp, unsigned flag) {
    if (tp->flags & flag) return 1;
    gp_obj *mro = tp->mro;
    if (!mro || !gp_tuple_check(mro)) return 0;
    for (gp_ssize i = 0; i < gp_tuple_size(mro); i++) {
        gp_obj *b = gp_tuple_get_borrow(mro, i);
        if (gp_type_check(b) && (((gp_type *)b)->flags & flag)) return 1;
    }
    return 0;
}

/* isinstance(o, collections.abc.<name>) when collections.abc is loaded:
   classes registered with (or derived from) the ABC count, as they do in
   CPython.  Without the module loaded no class can have been registered. */
static int abc_isinstance(gp_thread *t, gp_obj *o, const char *name) {
    gp_obj *modules = gp_sys_get_borrow(t, "modules");
    if (!modules || !gp_dict_check(modules)) return 0;
    gp_obj *abc = gp_dict_get_str_borrow(t, modules, "collections.abc");
    if (!abc) return gp_err_occurred(t) ? -1 : 0;
    gp_obj *cls = gp_obj_getattr_cstr(t, abc, name);
    if (!cls) {
        gp_err_clear(t);
        return 0;
    }
    int r = gp_obj_isinstance(t, o, cls);
    gp_decref(cls);
    return r;
}

int gp_match_is_sequence(gp_thread *t, gp_obj *o) {
    gp_type *tp = gp_typeof(o);
    if (gp_is_small(o) || tp->flags & (GP_TPFLAGS_STR_SUBCLASS | GP_TPFLAGS_BYTES_SUBCLASS) ||
        gp_obj_isinstance(t, o, (gp_obj *)&gp_bytearray_type) > 0)
        return 0;
    if (tp->flags & (GP_TPFLAGS_LIST_SUBCLASS | GP_TPFLAGS_TUPLE_SUBCLASS) ||
        mro_has_flag(tp, GP_TPFLAGS_SEQUENCE))
        return 1;
    if (tp->flags & GP_TPFLAGS_DICT_SUBCLASS || mro_has_flag(tp, GP_TPFLAGS_MAPPING)) return 0;
    return abc_isinstance(t, o, "Sequence");
}

int gp_match_is_mapping(gp_thread *t, gp_obj *o) {
    if (gp_is_small(o)) return 0;
    gp_type *tp = gp_typeof(o);
    if (tp->flags & GP_TPFLAGS_DICT_SUBCLASS || mro_has_flag(tp, GP_TPFLAGS_MAPPING)) return 1;
    if (tp->flags & (GP_TPFLAGS_STR_SUBCLASS | GP_TPFLAGS_BYTES_SUBCLASS |
                     GP_TPFLAGS_LIST_SUBCLASS | GP_TPFLAGS_TUPLE_SUBCLASS))
        return 0;
    return abc_isinstance(t, o, "Mapping");
}

/* The built-in types whose class pattern with one positional sub-pattern
   matches the subject itself: int(x) binds x to the int. */
static int matches_self(gp_type *tp) {
    static gp_type *const self_types[] = {
        &gp_bool_type,  &gp_bytearray_type, &gp_bytes_type, &gp_dict_type,
        &gp_float_type, &gp_frozenset_type, &gp_int_type,   &gp_list_type,
        &gp_set_type,   &gp_str_type,       &gp_tuple_type,
    };
    gp_obj *mro = tp->mro;
    gp_ssize n = mro && gp_tuple_check(mro) ? gp_tuple_size(mro) : 0;
    for (gp_ssize i = -1; i < n; i++) {
        gp_type *b = i < 0 ? tp : (gp_type *)gp_tuple_get_borrow(mro, i);
        for (size_t k = 0; k < sizeof(self_types) / sizeof(self_types[0]); k++)
            if (b == self_types[k]) return 1;
    }
    return 0;
}

/* getattr(subject, name) for one sub-pattern, refusing a name given twice.
   NULL without an exception when the attribute is missing. */
static gp_obj *class_attr(gp_thread *t, gp_obj *subject, gp_type *tp, gp_obj *name, gp_obj *seen) {
    int r = gp_set_contains(t, seen, name);
    if (r == 0)
        r = gp_set_add(t, seen, name);
    else if (r > 0) {
        gp_obj *rep = gp_obj_repr(t, name);
        if (rep) {
            gp_err_format(t, &gp_exc_TypeError, "%s() got multiple sub-patterns for attribute %s",
                          tp->name, gp_str_utf8(rep));
            gp_decref(rep);
        }
        return NULL;
    }
    if (r < 0) return NULL;
    gp_obj *attr = NULL;
    r = gp_obj_lookup_attr(t, subject, name, &attr);
    return r > 0 ? attr : NULL;
}

gp_obj *gp_match_class(gp_thread *t, gp_obj *subject, gp_obj *cls, int nargs, gp_obj *names) {
    if (!gp_type_check(cls))
        return gp_err_format(t, &gp_exc_TypeError, "called match pattern must be a type");
    int r = gp_obj_isinstance(t, subject, cls);
    if (r <= 0) return NULL;
    gp_type *tp = (gp_type *)cls;
    gp_obj *seen = gp_set_new(t, NULL), *attrs = gp_list_new(t, 0), *match_args = NULL;
    gp_obj *result = NULL;
    if (!seen || !attrs) goto done;
    if (nargs > 0) {
        int match_self = 0;
        r = gp_obj_lookup_attr(t, cls, gp_str_intern_cstr_borrow(t, "__match_args__"), &match_args);
        if (r < 0) goto done;
        if (r == 0) {
            /* Only a class without __match_args__ may match itself, so a
               subclass that defines it loses the behaviour. */
            match_self = matches_self(tp);
        } else if (!gp_tuple_check_exact(match_args)) {
            gp_err_format(t, &gp_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                          tp->name, gp_typeof(match_args)->name);
            goto done;
        }
        gp_ssize allowed = match_self ? 1 : match_args ? gp_tuple_size(match_args) : 0;
        if (allowed < nargs) {
            gp_err_format(t, &gp_exc_TypeError,
                          "%s() accepts %zd positional sub-pattern%s (%d given)", tp->name, allowed,
                          allowed == 1 ? "" : "s", nargs);
            goto done;
        }
        if (match_self) {
            if (gp_list_append(t, attrs, subject) < 0) goto done;
        } else {
            for (int i = 0; i < nargs; i++) {
                gp_obj *name = gp_tuple_get_borrow(match_args, i);
                if (!gp_str_check_exact(name)) {
                    gp_err_format(t, &gp_exc_TypeError,
                                  "__match_args__ elements must be strings (got %s)",
                                  gp_typeof(name)->name);
                    goto done;
                }
                gp_obj *attr = class_attr(t, subject, tp, name, seen);
                if (!attr || gp_list_append_steal(t, attrs, attr) < 0) goto done;
            }
        }
    }
    for (gp_ssize i = 0; i < gp_tuple_size(names); i++) {
        gp_obj *attr = class_attr(t, subject, tp, gp_tuple_get_borrow(names, i), seen);
        if (!attr || gp_list_append_steal(t, attrs, attr) < 0) goto done;
    }
    result = gp_list_as_tuple(t, attrs);
done:
    if (match_args) gp_decref(match_args);
    if (seen) gp_decref(seen);
    if (attrs) gp_decref(attrs);
    return result;
}

gp_obj *gp_match_keys(gp_thread *t, gp_obj *subject, gp_obj *keys) {
    gp_ssize n = gp_tuple_size(keys);
    if (n == 0) return gp_tuple_new(t, 0);
    /* subject.get(key, marker) tests and reads a key at once and does not
       create keys in mappings with __missing__ (defaultdict). */
    gp_obj *marker = gp_call0(t, (gp_obj *)&gp_object_type);
    gp_obj *seen = gp_set_new(t, NULL), *values = gp_list_new(t, 0);
    gp_obj *get = gp_obj_getattr_cstr(t, subject, "get");
    gp_obj *result = NULL;
    if (!marker || !seen || !values || !get) goto done;
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *key = gp_tuple_get_borrow(keys, i);
        int r = gp_set_contains(t, seen, key);
        if (r > 0) {
            gp_obj *rep = gp_obj_repr(t, key);
            if (rep) {
                gp_err_format(t, &gp_exc_ValueError, "mapping pattern checks duplicate key (%s)",
                              gp_str_utf8(rep));
                gp_decref(rep);
            }
            goto done;
        }
        if (r < 0 || gp_set_add(t, seen, key) < 0) goto done;
        gp_obj *value = gp_call2(t, get, key, marker);
        if (!value) goto done;
        if (value == marker) {
            gp_decref(value);
            result = GP_NONE;
            goto done;
        }
        if (gp_list_append_steal(t, values, value) < 0) goto done;
    }
    result = gp_list_as_tuple(t, values);
done:
    if (marker) gp_decref(marker);
    if (seen) gp_decref(seen);
    if (values) gp_decref(values);
    if (get) gp_decref(get);
    return result;
}

gp_obj *gp_match_rest(gp_thread *t, gp_obj *subject, gp_obj *keys) {
    gp_obj *rest = gp_dict_new(t);
    if (!rest || gp_dict_update(t, rest, subject) < 0) goto error;
    for (gp_ssize i = 0; i < gp_tuple_size(keys); i++)
        if (gp_dict_del(t, rest, gp_tuple_get_borrow(keys, i)) < 0) goto error;
    return rest;
error:
    if (rest) gp_decref(rest);
    return NULL;
}
