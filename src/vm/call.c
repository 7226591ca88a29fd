/* Calling Python functions: binding arguments to parameters with CPython's
   error messages, __build_class__ and zero-argument super(). */
#include "vm/frame.h"

/* A function's code and defaults may be replaced by another thread while
   it is called (function.c releases the old ones through QSBR): each call
   loads them once, so that a frame, its flags and the defaults bound all
   come from the same values. */
static inline gp_code *fn_code(gp_function *fn) {
    return (gp_code *)__atomic_load_n(&fn->code, __ATOMIC_ACQUIRE);
}

static inline gp_obj *fn_defaults(gp_function *fn) {
    return __atomic_load_n(&fn->defaults, __ATOMIC_ACQUIRE);
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static gp_obj *format_name_list(gp_thread *t, gp_obj *names) {
    gp_ssize n = gp_list_size(names);
    gp_strbuf b;
    gp_strbuf_init(&b);
    for (gp_ssize i = 0; i < n; i++) {
        if (i > 0) {
            if (n == 2)
                gp_strbuf_append_cstr(&b, " and ");
            else if (i == n - 1)
                gp_strbuf_append_cstr(&b, ", and ");
            else
                gp_strbuf_append_cstr(&b, ", ");
        }
        if (gp_strbuf_append_repr(t, &b, gp_list_get_borrow(names, i)) < 0) {
            gp_strbuf_free(&b);
            return NULL;
        }
    }
    return gp_strbuf_finish(t, &b);
}

static void missing_arguments(gp_thread *t, gp_function *fn, gp_code *co, gp_obj **fast, int start, int end,
                              int kwonly) {
    gp_obj *names = gp_list_new(t, 0);
    if (!names) return;
    for (int i = start; i < end; i++) {
        if (fast[i]) continue;
        if (gp_list_append(t, names, gp_tuple_get_borrow(co->varnames, i)) < 0) {
            gp_decref(names);
            return;
        }
    }
    gp_ssize n = gp_list_size(names);
    gp_obj *text = format_name_list(t, names);
    gp_decref(names);
    if (!text) return;
    gp_err_format(t, &gp_exc_TypeError, "%U() missing %zd required %s argument%s: %U", fn->qualname,
                  n, kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", text);
    gp_decref(text);
}

static void too_many_positional(gp_thread *t, gp_function *fn, gp_code *co, gp_obj **fast, gp_ssize given) {
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (fast[i]) kwonly_given++;
    gp_obj *defaults = fn_defaults(fn);
    gp_ssize ndef = defaults ? gp_tuple_size(defaults) : 0;
    gp_obj *sig;
    int plural;
    if (ndef) {
        plural = 1;
        sig = gp_str_from_format(t, "from %zd to %d", co->argcount - ndef, co->argcount);
    } else {
        plural = co->argcount != 1;
        sig = gp_str_from_format(t, "%d", co->argcount);
    }
    if (!sig) return;
    gp_obj *kwsig;
    if (kwonly_given)
        kwsig = gp_str_from_format(t, " positional argument%s (and %d keyword-only argument%s)",
                                   given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    else
        kwsig = gp_str_from_cstr(t, "");
    if (kwsig)
        gp_err_format(t, &gp_exc_TypeError, "%U() takes %U positional argument%s but %zd%U %s given",
                      fn->qualname, sig, plural ? "s" : "", given, kwsig,
                      given == 1 && !kwonly_given ? "was" : "were");
    gp_decref(sig);
    gp_xdecref(kwsig);
}

/* A keyword matched no parameter: if it names positional-only parameters
   CPython lists them all in one message. 1 if that error was raised. */
static int posonly_as_keyword(gp_thread *t, gp_function *fn, gp_code *co, gp_obj *kwnames) {
    gp_obj *names = gp_list_new(t, 0);
    if (!names) return -1;
    for (int i = 0; i < co->posonlyargcount; i++) {
        gp_obj *pname = gp_tuple_get_borrow(co->varnames, i);
        for (gp_ssize k = 0; k < gp_tuple_size(kwnames); k++) {
            gp_obj *key = gp_tuple_get_borrow(kwnames, k);
            if (key == pname || (gp_str_check(key) && gp_str_eq(key, pname))) {
                if (gp_list_append(t, names, pname) < 0) {
                    gp_decref(names);
                    return -1;
                }
                break;
            }
        }
    }
    if (gp_list_size(names) == 0) {
        gp_decref(names);
        return 0;
    }
    gp_obj *sep = gp_str_from_cstr(t, ", ");
    gp_obj *joined = sep ? gp_str_join(t, sep, names) : NULL;
    gp_xdecref(sep);
    gp_decref(names);
    if (!joined) return -1;
    gp_err_format(t, &gp_exc_TypeError,
                  "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                  fn->qualname, joined);
    gp_decref(joined);
    return 1;
}

/* Bind the arguments of a call to the parameters in fast[] (all NULL on
   entry), in CPython's order of checks so that the same error wins. */
static int bind_args(gp_thread *t, gp_function *fn, gp_code *co, gp_obj **fast, gp_obj *const *args,
                     gp_ssize nargs, gp_obj *kwnames) {
    int argcount = co->argcount;
    int total = argcount + co->kwonlyargcount;
    gp_obj *kwdict = NULL;
    if (co->flags & GP_CO_VARKEYWORDS) {
        kwdict = gp_dict_new(t);
        if (!kwdict) return -1;
        fast[total + ((co->flags & GP_CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    gp_ssize n = nargs < argcount ? nargs : argcount;
    for (gp_ssize i = 0; i < n; i++) fast[i] = gp_newref(args[i]);
    if (co->flags & GP_CO_VARARGS) {
        gp_obj *rest = gp_tuple_from_array(t, args + n, nargs - n);
        if (!rest) return -1;
        fast[total] = rest;
    }
    if (kwnames) {
        gp_ssize nkw = gp_tuple_size(kwnames);
        gp_obj *const *kwvals = args + nargs;
        gp_obj **varnames = gp_tuple_items(co->varnames);
        for (gp_ssize k = 0; k < nkw; k++) {
            gp_obj *key = gp_tuple_get_borrow(kwnames, k);
            gp_obj *value = kwvals[k];
            if (!gp_str_check(key)) {
                gp_err_format(t, &gp_exc_TypeError, "%U() keywords must be strings", fn->qualname);
                return -1;
            }
            int j;
            for (j = co->posonlyargcount; j < total; j++)
                if (varnames[j] == key) break;
            if (j == total) {
                for (j = co->posonlyargcount; j < total; j++)
                    if (gp_str_eq(varnames[j], key)) break;
            }
            if (j == total) {
                if (!kwdict) {
                    if (co->posonlyargcount) {
                        int r = posonly_as_keyword(t, fn, co, kwnames);
                        if (r != 0) return -1;
                    }
                    gp_err_format(t, &gp_exc_TypeError,
                                  "%U() got an unexpected keyword argument '%U'", fn->qualname, key);
                    return -1;
                }
                if (gp_dict_set(t, kwdict, key, value) < 0) return -1;
                continue;
            }
            if (fast[j]) {
                gp_err_format(t, &gp_exc_TypeError, "%U() got multiple values for argument '%U'",
                              fn->qualname, key);
                return -1;
            }
            fast[j] = gp_newref(value);
        }
    }
    if (nargs > argcount && !(co->flags & GP_CO_VARARGS)) {
        too_many_positional(t, fn, co, fast, nargs);
        return -1;
    }
    if (nargs < argcount) {
        gp_obj *defaults = fn_defaults(fn);
        gp_ssize ndef = defaults ? gp_tuple_size(defaults) : 0;
        gp_ssize m = argcount - ndef;
        for (gp_ssize i = nargs; i < m; i++) {
            if (!fast[i]) {
                missing_arguments(t, fn, co, fast, 0, (int)m, 0);
                return -1;
            }
        }
        for (gp_ssize i = nargs > m ? nargs : m; i < argcount; i++)
            if (!fast[i]) fast[i] = gp_newref(gp_tuple_get_borrow(defaults, i - m));
    }
    if (co->kwonlyargcount) {
        int missing = 0;
        gp_obj *kwdefaults = __atomic_load_n(&fn->kwdefaults, __ATOMIC_ACQUIRE);
        for (int i = argcount; i < total; i++) {
            if (fast[i]) continue;
            if (kwdefaults) {
                gp_obj *v = gp_dict_get_ref(t, kwdefaults, gp_tuple_get_borrow(co->varnames, i));
                if (v) {
                    fast[i] = v;
                    continue;
                }
                if (t->exc) return -1;
            }
            missing++;
        }
        if (missing) {
            missing_arguments(t, fn, co, fast, argcount, total, 1);
            return -1;
        }
    }
    return 0;
}

gp_frame *gp_call_make_frame_code(gp_thread *t, gp_function *fn, gp_code *co, gp_obj *const *args,
                                  gp_ssize nargs, gp_obj *kwnames, gp_obj *locals) {
    gp_code_extra *ex = gp_code_extra_of(co);
    gp_frame *f = gp_frame_new(t, co, (gp_function *)gp_newref((gp_obj *)fn), fn->globals,
                               fn->builtins, locals);
    if (!f) return NULL;
    gp_obj **fast = f->localsplus;
    if (!kwnames && nargs == co->argcount && ex->simple_args) {
        for (gp_ssize i = 0; i < nargs; i++) fast[i] = gp_newref(args[i]);
    } else if (bind_args(t, fn, co, fast, args, nargs, kwnames) < 0) {
        gp_decref((gp_obj *)f);
        return NULL;
    }
    if ((ex->ncells | ex->nfrees) && gp_frame_init_cells(t, f, fn->closure) < 0) {
        gp_decref((gp_obj *)f);
        return NULL;
    }
    return f;
}

gp_frame *gp_call_make_frame(gp_thread *t, gp_function *fn, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames, gp_obj *locals) {
    return gp_call_make_frame_code(t, fn, fn_code(fn), args, nargs, kwnames, locals);
}

gp_frame *gp_call_make_frame_steal(gp_thread *t, gp_function *fn, gp_code *co, gp_obj **args,
                                   gp_ssize nargs) {
    gp_code_extra *ex = gp_code_extra_of(co);
    gp_frame *f = gp_frame_new(t, co, fn, fn->globals, fn->builtins, NULL);
    if (!f) {
        for (gp_ssize i = 0; i < nargs; i++) gp_decref(args[i]);
        return NULL;
    }
    /* A loop, not memcpy: a call usually passes one to three arguments. */
    for (gp_ssize i = 0; i < nargs; i++) f->localsplus[i] = args[i];
    if ((ex->ncells | ex->nfrees) && gp_frame_init_cells(t, f, fn->closure) < 0) {
        gp_decref((gp_obj *)f);
        return NULL;
    }
    return f;
}

gp_obj *gp_call_function(gp_thread *t, gp_obj *callable, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    gp_function *fn = (gp_function *)callable;
    gp_frame *f = gp_call_make_frame(t, fn, args, nargs, kwnames, NULL);
    if (!f) return NULL;
    if (f->code->flags & GP_CO_GENERATOR) return gp_generator_new_steal(t, f, fn);
    gp_obj *r = gp_eval_frame(t, f, 0);
    gp_decref((gp_obj *)f);
    return r;
}

gp_obj *gp_eval_code(gp_thread *t, gp_obj *code, gp_obj *globals, gp_obj *locals) {
    static gp_name_cache c_builtins;
    gp_obj *s_builtins = gp_vm_name(t, &c_builtins, "__builtins__");
    gp_code *co = (gp_code *)code;
    if (gp_dict_check(globals)) {
        int has = gp_dict_contains(t, globals, s_builtins);
        if (has < 0) return NULL;
        if (!has && t->interp->builtins_mod &&
            gp_dict_set(t, globals, s_builtins, t->interp->builtins_mod) < 0)
            return NULL;
    }
    gp_obj *builtins = gp_frame_builtins_for(t, globals);
    if (!builtins) return NULL;
    gp_frame *f = gp_frame_new(t, co, NULL, globals, builtins, locals ? locals : globals);
    gp_decref(builtins);
    if (!f) return NULL;
    gp_code_extra *ex = gp_code_extra_of(co);
    if ((ex->ncells | ex->nfrees) && gp_frame_init_cells(t, f, NULL) < 0) {
        gp_decref((gp_obj *)f);
        return NULL;
    }
    gp_obj *r;
    if (co->flags & GP_CO_GENERATOR) {
        r = gp_generator_new_steal(t, f, NULL);
    } else {
        r = gp_eval_frame(t, f, 0);
        gp_decref((gp_obj *)f);
    }
    return r;
}

/* How CPython names a callable in call errors: "f()", "mod.C.f()". */
gp_obj *gp_call_function_str(gp_thread *t, gp_obj *func) {
    gp_obj *qualname = NULL;
    int r = gp_obj_lookup_attr(t, func, gp_str_intern_cstr_borrow(t, "__qualname__"), &qualname);
    if (r < 0) return NULL;
    if (r == 0 || !gp_str_check(qualname)) {
        gp_xdecref(qualname);
        return gp_obj_str(t, func);
    }
    gp_obj *module = NULL;
    r = gp_obj_lookup_attr(t, func, gp_str_intern_cstr_borrow(t, "__module__"), &module);
    if (r < 0) {
        gp_decref(qualname);
        return NULL;
    }
    gp_obj *res;
    if (module && module != GP_NONE && gp_str_check(module) && !gp_str_eq_cstr(module, "builtins"))
        res = gp_str_from_format(t, "%U.%U()", module, qualname);
    else
        res = gp_str_from_format(t, "%U()", qualname);
    gp_decref(qualname);
    gp_xdecref(module);
    return res;
}

/* ------------------------------------------------------------ __build_class__ */

/* Replace bases that are not classes but define __mro_entries__ by what it
   returns.  Returns bases itself (new ref) when nothing changes. */
static gp_obj *update_bases(gp_thread *t, gp_obj *bases) {
    static gp_name_cache c_mro_entries;
    gp_obj *s_mro_entries = gp_vm_name(t, &c_mro_entries, "__mro_entries__");
    gp_ssize n = gp_tuple_size(bases);
    gp_obj *list = NULL;
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *base = gp_tuple_get_borrow(bases, i);
        gp_obj *meth = NULL;
        if (gp_type_check(base)) {
            if (list && gp_list_append(t, list, base) < 0) goto error;
            continue;
        }
        int r = gp_obj_lookup_attr(t, base, s_mro_entries, &meth);
        if (r < 0) goto error;
        if (r == 0) {
            if (list && gp_list_append(t, list, base) < 0) goto error;
            continue;
        }
        gp_obj *entries = gp_call1(t, meth, bases);
        gp_decref(meth);
        if (!entries) goto error;
        if (!gp_tuple_check(entries)) {
            gp_decref(entries);
            gp_err_set_str(t, &gp_exc_TypeError, "__mro_entries__ must return a tuple");
            goto error;
        }
        if (!list) {
            list = gp_list_new(t, 0);
            if (!list) {
                gp_decref(entries);
                goto error;
            }
            for (gp_ssize j = 0; j < i; j++)
                if (gp_list_append(t, list, gp_tuple_get_borrow(bases, j)) < 0) {
                    gp_decref(entries);
                    goto error;
                }
        }
        int ok = gp_list_extend(t, list, entries);
        gp_decref(entries);
        if (ok < 0) goto error;
    }
    if (!list) return gp_newref(bases);
    gp_obj *res = gp_list_as_tuple(t, list);
    gp_decref(list);
    return res;
error:
    gp_xdecref(list);
    return NULL;
}

/* The most derived metaclass among meta and the types of the bases. */
static gp_type *calculate_metaclass(gp_thread *t, gp_type *meta, gp_obj *bases) {
    gp_type *winner = meta;
    for (gp_ssize i = 0; i < gp_tuple_size(bases); i++) {
        gp_type *tmp = gp_typeof(gp_tuple_get_borrow(bases, i));
        if (gp_type_is_subtype(winner, tmp)) continue;
        if (gp_type_is_subtype(tmp, winner)) {
            winner = tmp;
            continue;
        }
        gp_err_set_str(t, &gp_exc_TypeError,
                       "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                       "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

gp_obj *gp_vm_build_class(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    static gp_name_cache c_metaclass, c_prepare, c_orig_bases;
    gp_obj *s_metaclass = gp_vm_name(t, &c_metaclass, "metaclass");
    gp_obj *s_prepare = gp_vm_name(t, &c_prepare, "__prepare__");
    gp_obj *s_orig_bases = gp_vm_name(t, &c_orig_bases, "__orig_bases__");
    gp_obj *orig_bases = NULL, *bases = NULL, *meta = NULL, *ns = NULL, *cell = NULL, *cls = NULL;
    gp_obj *kwnames2 = NULL, **kwvals = NULL;
    gp_ssize nkw2 = 0;
    if (nargs < 2) {
        gp_err_set_str(t, &gp_exc_TypeError, "__build_class__: not enough arguments");
        return NULL;
    }
    gp_obj *func = args[0], *name = args[1];
    if (!gp_function_check(func)) {
        gp_err_set_str(t, &gp_exc_TypeError, "__build_class__: func must be a function");
        return NULL;
    }
    if (!gp_str_check(name)) {
        gp_err_set_str(t, &gp_exc_TypeError, "__build_class__: name is not a string");
        return NULL;
    }
    orig_bases = gp_tuple_from_array(t, args + 2, nargs - 2);
    if (!orig_bases) return NULL;
    bases = update_bases(t, orig_bases);
    if (!bases) goto error;

    /* Split the keywords into metaclass= and the rest, which go both to
       __prepare__ and to the metaclass call. */
    gp_ssize nkw = kwnames ? gp_tuple_size(kwnames) : 0;
    if (nkw) {
        kwvals = gp_mem_alloc(sizeof(gp_obj *) * (size_t)(nkw + 3));
        if (!kwvals) {
            gp_err_nomemory(t);
            goto error;
        }
        for (gp_ssize i = 0; i < nkw; i++) {
            gp_obj *k = gp_tuple_get_borrow(kwnames, i);
            if (k == s_metaclass || gp_str_eq(k, s_metaclass))
                gp_setref_steal(&meta, gp_newref(args[nargs + i]));
            else
                kwvals[3 + nkw2++] = args[nargs + i];
        }
        if (nkw2) {
            kwnames2 = gp_tuple_new(t, nkw2);
            if (!kwnames2) goto error;
            gp_ssize j = 0;
            for (gp_ssize i = 0; i < nkw; i++) {
                gp_obj *k = gp_tuple_get_borrow(kwnames, i);
                if (k != s_metaclass && !gp_str_eq(k, s_metaclass))
                    gp_tuple_items(kwnames2)[j++] = gp_newref(k);
            }
        }
    }
    int isclass;
    if (meta) {
        isclass = gp_type_check(meta);
    } else {
        meta = gp_newref(gp_tuple_size(bases) == 0 ? (gp_obj *)&gp_type_type
                                                   : (gp_obj *)gp_typeof(gp_tuple_get_borrow(bases, 0)));
        isclass = 1;
    }
    if (isclass) {
        gp_type *winner = calculate_metaclass(t, (gp_type *)meta, bases);
        if (!winner) goto error;
        gp_setref_steal(&meta, gp_newref((gp_obj *)winner));
    }

    gp_obj *prep = NULL;
    int r = gp_obj_lookup_attr(t, meta, s_prepare, &prep);
    if (r < 0) goto error;
    if (r == 0) {
        ns = gp_dict_new(t);
    } else {
        gp_obj *pargs[2];
        gp_obj **pa = kwvals ? kwvals + 1 : pargs;
        pa[0] = name;
        pa[1] = bases;
        ns = gp_call(t, prep, pa, 2, kwnames2);
        gp_decref(prep);
    }
    if (!ns) goto error;
    if (!gp_dict_check(ns) &&
        !(gp_typeof(ns)->as_mapping && gp_typeof(ns)->as_mapping->subscript)) {
        gp_err_format(t, &gp_exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                      isclass ? gp_type_name((gp_type *)meta) : "<metaclass>",
                      gp_type_name(gp_typeof(ns)));
        goto error;
    }

    /* Run the class body with the namespace as its locals. */
    gp_frame *f = gp_call_make_frame(t, (gp_function *)func, NULL, 0, NULL, ns);
    if (!f) goto error;
    cell = gp_eval_frame(t, f, 0);
    gp_decref((gp_obj *)f);
    if (!cell) goto error;

    if (bases != orig_bases) {
        if (gp_obj_setitem(t, ns, s_orig_bases, orig_bases) < 0) goto error;
    }
    {
        gp_obj *margs[3];
        gp_obj **ma = kwvals ? kwvals : margs;
        ma[0] = name;
        ma[1] = bases;
        ma[2] = ns;
        cls = gp_call(t, meta, ma, 3, kwnames2);
    }
    if (!cls) goto error;
    if (gp_type_check(cls) && gp_cell_check(cell)) {
        gp_obj *cell_cls = gp_cell_get_borrow(cell);
        if (cell_cls != cls) {
            if (!cell_cls) {
                gp_err_format(t, &gp_exc_RuntimeError,
                              "__class__ not set defining %R as %R. Was __classcell__ propagated to "
                              "type.__new__?",
                              name, cls);
            } else {
                gp_err_format(t, &gp_exc_TypeError, "__class__ set to %R defining %R as %R",
                              cell_cls, name, cls);
            }
            goto error;
        }
    }
    goto done;
error:
    gp_clear(&cls);
done:
    gp_xdecref(orig_bases);
    gp_xdecref(bases);
    gp_xdecref(meta);
    gp_xdecref(ns);
    gp_xdecref(cell);
    gp_xdecref(kwnames2);
    gp_mem_free(kwvals);
    return cls;
}

/* ------------------------------------------------------------ super() */

int gp_vm_super_args(gp_thread *t, gp_obj **type, gp_obj **self) {
    static gp_name_cache c_class;
    gp_obj *s_class = gp_vm_name(t, &c_class, "__class__");
    gp_frame *f = t->frame;
    if (!f) {
        gp_err_set_str(t, &gp_exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    gp_code *co = f->code;
    gp_code_extra *ex = gp_code_extra_of(co);
    if (co->argcount == 0) {
        gp_err_set_str(t, &gp_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    gp_obj *obj = f->localsplus[0];
    if (!obj && co->cell2arg) {
        for (int i = 0; i < ex->ncells; i++) {
            if (co->cell2arg[i] == 0) {
                gp_obj *c = f->localsplus[co->nlocals + i];
                obj = c ? gp_cell_get_borrow(c) : NULL;
                break;
            }
        }
    }
    if (!obj) {
        gp_err_set_str(t, &gp_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < ex->nfrees; i++) {
        gp_obj *name = gp_tuple_get_borrow(co->freevars, i);
        if (name != s_class && !gp_str_eq(name, s_class)) continue;
        gp_obj *cell = f->localsplus[co->nlocals + ex->ncells + i];
        gp_obj *cls = cell ? gp_cell_get_borrow(cell) : NULL;
        if (!cls) {
            gp_err_set_str(t, &gp_exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!gp_type_check(cls)) {
            gp_err_format(t, &gp_exc_RuntimeError, "super(): __class__ is not a type (%s)",
                          gp_type_name(gp_typeof(cls)));
            return -1;
        }
        *type = cls;
        *self = obj;
        return 0;
    }
    gp_err_set_str(t, &gp_exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}
