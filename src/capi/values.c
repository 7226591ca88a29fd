/* Values through the C API: building and reading the core types,
   reference counts, attributes and items. */
#include "gilpy_core.h"
#include "runtime/gil.h"
#include "gilpy.h"

void gilpy_incref(gilpy_obj *o) { gp_incref(o); }
void gilpy_decref(gilpy_obj *o) { gp_decref(o); }
void gilpy_xdecref(gilpy_obj *o) { gp_xdecref(o); }

gilpy_obj *gilpy_none(void) { return GP_NONE; }
gilpy_obj *gilpy_bool(int v) { return gp_bool_from(v); }
gilpy_obj *gilpy_int_new(gilpy_thread *t, int64_t v) { return gp_int_from_i64(t, v); }
gilpy_obj *gilpy_float_new(gilpy_thread *t, double v) { return gp_float_new(t, v); }
gilpy_obj *gilpy_str_new(gilpy_thread *t, const char *utf8) { return gp_str_from_cstr(t, utf8); }

gilpy_obj *gilpy_str_new_len(gilpy_thread *t, const char *utf8, intptr_t len) {
    return gp_str_new(t, utf8, len);
}

gilpy_obj *gilpy_str_printf(gilpy_thread *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    gp_obj *s = gp_str_from_vformat(t, fmt, ap);
    va_end(ap);
    return s;
}

gilpy_obj *gilpy_bytes_new(gilpy_thread *t, const void *data, intptr_t len) {
    return gp_bytes_new(t, data, len);
}

gilpy_obj *gilpy_list_new(gilpy_thread *t) { return gp_list_new(t, 0); }

gilpy_obj *gilpy_tuple_new(gilpy_thread *t, intptr_t n, ...) {
    gp_obj *tup = gp_tuple_new(t, n);
    if (!tup) return NULL;
    va_list ap;
    va_start(ap, n);
    for (intptr_t i = 0; i < n; i++) ((gp_tuple *)tup)->items[i] = gp_newref(va_arg(ap, gp_obj *));
    va_end(ap);
    return tup;
}

gilpy_obj *gilpy_dict_new(gilpy_thread *t) { return gp_dict_new(t); }

int gilpy_int_value(gilpy_thread *t, gilpy_obj *o, int64_t *out) {
    if (gp_int_check(o)) return gp_int_as_i64(t, o, out);
    /* Anything with __index__ converts, as an int argument would. */
    gp_obj *i = gp_number_index(t, o);
    if (!i) return -1;
    int r = gp_int_as_i64(t, i, out);
    gp_decref(i);
    return r;
}

int gilpy_float_value(gilpy_thread *t, gilpy_obj *o, double *out) {
    if (gp_float_check(o)) {
        *out = gp_float_value(o);
        return 0;
    }
    if (gp_int_check(o)) return gp_int_as_double(t, o, out);
    gp_err_format(t, &gp_exc_TypeError, "must be real number, not %T", o);
    return -1;
}

const char *gilpy_str_value(gilpy_thread *t, gilpy_obj *o, intptr_t *len) {
    if (!gp_str_check(o)) return gp_err_format(t, &gp_exc_TypeError, "expected str, not %T", o);
    if (len) *len = gp_str_size(o);
    return gp_str_utf8(o);
}

const char *gilpy_bytes_value(gilpy_thread *t, gilpy_obj *o, intptr_t *len) {
    if (!gp_bytes_check(o))
        return gp_err_format(t, &gp_exc_TypeError, "expected bytes, not %T", o);
    if (len) *len = gp_bytes_size(o);
    return gp_bytes_data(o);
}

int gilpy_truth(gilpy_thread *t, gilpy_obj *o) { return gp_obj_truthy(t, o); }

int gilpy_is_none(gilpy_obj *o) { return o == GP_NONE; }
int gilpy_is_bool(gilpy_obj *o) { return o == GP_TRUE || o == GP_FALSE; }
int gilpy_is_int(gilpy_obj *o) { return gp_int_check(o); }
int gilpy_is_float(gilpy_obj *o) { return gp_float_check(o); }
int gilpy_is_str(gilpy_obj *o) { return gp_str_check(o); }
int gilpy_is_bytes(gilpy_obj *o) { return gp_bytes_check(o); }
int gilpy_is_list(gilpy_obj *o) { return gp_list_check(o); }
int gilpy_is_tuple(gilpy_obj *o) { return gp_tuple_check(o); }
int gilpy_is_dict(gilpy_obj *o) { return gp_dict_check(o); }
int gilpy_is_callable(gilpy_obj *o) { return gp_callable_check(o); }
const char *gilpy_type_name(gilpy_obj *o) { return gp_type_name(gp_typeof(o)); }

gilpy_obj *gilpy_repr(gilpy_thread *t, gilpy_obj *o) { return gp_obj_repr(t, o); }
gilpy_obj *gilpy_to_str(gilpy_thread *t, gilpy_obj *o) { return gp_obj_str(t, o); }

gilpy_obj *gilpy_getattr(gilpy_thread *t, gilpy_obj *o, const char *name) {
    return gp_obj_getattr_cstr(t, o, name);
}

int gilpy_setattr(gilpy_thread *t, gilpy_obj *o, const char *name, gilpy_obj *v) {
    return gp_obj_setattr_cstr(t, o, name, v);
}

int gilpy_hasattr(gilpy_thread *t, gilpy_obj *o, const char *name) {
    gp_obj *n = gp_str_from_cstr(t, name);
    if (!n) return -1;
    gp_obj *v = NULL;
    int r = gp_obj_lookup_attr(t, o, n, &v);
    gp_decref(n);
    gp_xdecref(v);
    return r;
}

gilpy_obj *gilpy_getitem(gilpy_thread *t, gilpy_obj *o, gilpy_obj *key) {
    return gp_obj_getitem(t, o, key);
}

gilpy_obj *gilpy_getitem_index(gilpy_thread *t, gilpy_obj *o, intptr_t i) {
    gp_obj *k = gp_int_from_ssize(t, i);
    if (!k) return NULL;
    gp_obj *r = gp_obj_getitem(t, o, k);
    gp_decref(k);
    return r;
}

gilpy_obj *gilpy_getitem_str(gilpy_thread *t, gilpy_obj *o, const char *key) {
    gp_obj *k = gp_str_from_cstr(t, key);
    if (!k) return NULL;
    gp_obj *r = gp_obj_getitem(t, o, k);
    gp_decref(k);
    return r;
}

int gilpy_setitem(gilpy_thread *t, gilpy_obj *o, gilpy_obj *key, gilpy_obj *v) {
    return gp_obj_setitem(t, o, key, v);
}

int gilpy_setitem_str(gilpy_thread *t, gilpy_obj *o, const char *key, gilpy_obj *v) {
    gp_obj *k = gp_str_from_cstr(t, key);
    if (!k) return -1;
    int r = gp_obj_setitem(t, o, k, v);
    gp_decref(k);
    return r;
}

int gilpy_setitem_index(gilpy_thread *t, gilpy_obj *o, intptr_t i, gilpy_obj *v) {
    gp_obj *k = gp_int_from_ssize(t, i);
    if (!k) return -1;
    int r = gp_obj_setitem(t, o, k, v);
    gp_decref(k);
    return r;
}

int gilpy_delitem(gilpy_thread *t, gilpy_obj *o, gilpy_obj *key) { return gp_obj_delitem(t, o, key); }

gilpy_obj *gilpy_iter(gilpy_thread *t, gilpy_obj *o) { return gp_obj_getiter(t, o); }

gilpy_obj *gilpy_next(gilpy_thread *t, gilpy_obj *it) {
    if (!gp_iter_check(it)) return gp_err_format(t, &gp_exc_TypeError, "'%T' object is not an iterator", it);
    return gp_iter_next(t, it);
}

intptr_t gilpy_len(gilpy_thread *t, gilpy_obj *o) { return gp_obj_len(t, o); }

int gilpy_list_append(gilpy_thread *t, gilpy_obj *list, gilpy_obj *v) {
    if (!gp_list_check(list)) {
        gp_err_format(t, &gp_exc_TypeError, "expected list, not %T", list);
        return -1;
    }
    return gp_list_append(t, list, v);
}

int gilpy_list_append_steal(gilpy_thread *t, gilpy_obj *list, gilpy_obj *v) {
    int r = gilpy_list_append(t, list, v);
    gp_decref(v);
    return r;
}

int gilpy_dict_get(gilpy_thread *t, gilpy_obj *d, gilpy_obj *key, gilpy_obj **out) {
    *out = NULL;
    if (!gp_dict_check(d)) {
        gp_err_format(t, &gp_exc_TypeError, "expected dict, not %T", d);
        return -1;
    }
    gp_obj *v = gp_dict_get_borrow(t, d, key);
    if (!v) return t->exc ? -1 : 0;
    *out = gp_newref(v);
    return 1;
}

int gilpy_dict_get_str(gilpy_thread *t, gilpy_obj *d, const char *key, gilpy_obj **out) {
    *out = NULL;
    gp_obj *k = gp_str_from_cstr(t, key);
    if (!k) return -1;
    int r = gilpy_dict_get(t, d, k, out);
    gp_decref(k);
    return r;
}

int gilpy_gil_enabled(gilpy_thread *t) { return t->interp->gil_enabled; }
