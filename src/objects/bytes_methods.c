/* The methods shared by bytes and bytearray.  Each reads self through
   gp_bytes_view (either layout) and returns results of self's kind: bytes
   for bytes and its subclasses, bytearray for bytearray. */
#define _GNU_SOURCE
#include <string.h>

#include <stdio.h>

#include "objects/strimpl.h"

static inline int is_bytes_kind(gp_obj *self) { return gp_bytes_check(self); }

static gp_obj *make(gp_thread *t, gp_obj *self, const char *p, gp_ssize n) {
    return is_bytes_kind(self) ? gp_bytes_new(t, p, n) : gp_bytearray_new(t, p, n);
}

/* A result equal to self: bytes are immutable, so exact bytes is shared. */
static gp_obj *same(gp_thread *t, gp_obj *self) {
    if (gp_typeof(self) == &gp_bytes_type) return gp_newref(self);
    const char *p;
    gp_ssize n;
    gp_bytes_view(self, &p, &n);
    return make(t, self, p, n);
}

static const char *kind_name(gp_obj *self) { return is_bytes_kind(self) ? "bytes" : "bytearray"; }

/* "bytes.upper" or "bytearray.upper" for argument messages. */
static const char *qual(gp_obj *self, const char *name, char *buf, size_t cap) {
    snprintf(buf, cap, "%s.%s", kind_name(self), name);
    return buf;
}

static inline int b_isspace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static inline int b_islower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline int b_isupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int b_isalpha(unsigned char c) { return b_islower(c) || b_isupper(c); }
static inline int b_isdigit(unsigned char c) { return c >= '0' && c <= '9'; }

/* The argument of find/count/index/in: bytes-like or an int byte value. */
static int sub_arg(gp_thread *t, gp_obj *o, const char **p, gp_ssize *n, char *one) {
    int ok = gp_bytes_like_opt(t, o, p, n);
    if (ok != 0) return ok < 0 ? -1 : 0;
    gp_type *tp = gp_typeof(o);
    if (gp_int_check(o) || (tp->as_number && tp->as_number->index && !gp_float_check(o))) {
        int v;
        if (gp_bytes_byte_value(t, o, &v) < 0) return -1;
        one[0] = (char)v;
        *p = one;
        *n = 1;
        return 0;
    }
    gp_err_format(t, &gp_exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                  gp_type_name(tp));
    return -1;
}

/* ------------------------------------------------------------- searching */

typedef struct {
    const char *sub;
    gp_ssize subn;
    char one[1];
    gp_ssize start, end;
    int empty;
} bfind_args;

static int parse_find(gp_thread *t, const char *name, gp_obj *self, gp_obj *const *args,
                      gp_ssize nargs, gp_obj *kwnames, bfind_args *fa) {
    char qb[48];
    if (gp_strarg_old(t, name, qual(self, name, qb, sizeof qb), nargs, kwnames, 1, 3) < 0)
        return -1;
    if (sub_arg(t, args[0], &fa->sub, &fa->subn, fa->one) < 0) return -1;
    const char *p;
    gp_ssize len;
    gp_bytes_view(self, &p, &len);
    fa->start = 0;
    fa->end = INTPTR_MAX;
    if (nargs > 1 && args[1] != GP_NONE && gp_strarg_slice_index(t, args[1], &fa->start) < 0)
        return -1;
    if (nargs > 2 && args[2] != GP_NONE && gp_strarg_slice_index(t, args[2], &fa->end) < 0)
        return -1;
    gp_strarg_adjust(&fa->start, &fa->end, len);
    fa->empty = fa->start > len || fa->end < fa->start;
    return 0;
}

static gp_ssize do_find(gp_obj *self, bfind_args *fa, int reverse) {
    if (fa->empty) return -1;
    const char *p;
    gp_ssize len;
    gp_bytes_view(self, &p, &len);
    gp_ssize r = reverse ? gp_bytes_rfind_raw(p + fa->start, fa->end - fa->start, fa->sub, fa->subn)
                         : gp_bytes_find_raw(p + fa->start, fa->end - fa->start, fa->sub, fa->subn);
    return r < 0 ? -1 : fa->start + r;
}

gp_obj *gp_bytes_m_find(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    bfind_args fa;
    if (parse_find(t, "find", self, args, nargs, kwnames, &fa) < 0) return NULL;
    return gp_int_from_ssize(t, do_find(self, &fa, 0));
}

gp_obj *gp_bytes_m_rfind(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    bfind_args fa;
    if (parse_find(t, "rfind", self, args, nargs, kwnames, &fa) < 0) return NULL;
    return gp_int_from_ssize(t, do_find(self, &fa, 1));
}

gp_obj *gp_bytes_m_index(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    bfind_args fa;
    if (parse_find(t, "index", self, args, nargs, kwnames, &fa) < 0) return NULL;
    gp_ssize r = do_find(self, &fa, 0);
    if (r < 0) {
        gp_err_set_str(t, &gp_exc_ValueError, "subsection not found");
        return NULL;
    }
    return gp_int_from_ssize(t, r);
}

gp_obj *gp_bytes_m_rindex(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    bfind_args fa;
    if (parse_find(t, "rindex", self, args, nargs, kwnames, &fa) < 0) return NULL;
    gp_ssize r = do_find(self, &fa, 1);
    if (r < 0) {
        gp_err_set_str(t, &gp_exc_ValueError, "subsection not found");
        return NULL;
    }
    return gp_int_from_ssize(t, r);
}

gp_obj *gp_bytes_m_count(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    bfind_args fa;
    if (parse_find(t, "count", self, args, nargs, kwnames, &fa) < 0) return NULL;
    if (fa.empty) return gp_int_from_ssize(t, 0);
    const char *p;
    gp_ssize len;
    gp_bytes_view(self, &p, &len);
    return gp_int_from_ssize(
        t, gp_bytes_count_raw(p + fa.start, fa.end - fa.start, fa.sub, fa.subn, -1));
}

static int match_at(gp_obj *self, const char *sub, gp_ssize subn, gp_ssize start, gp_ssize end,
                    int suffix) {
    const char *p;
    gp_ssize len;
    gp_bytes_view(self, &p, &len);
    gp_strarg_adjust(&start, &end, len);
    if (start > len || end - start < subn) return 0;
    return memcmp(p + (suffix ? end - subn : start), sub, (size_t)subn) == 0;
}

static gp_obj *starts_ends(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames, int suffix) {
    const char *name = suffix ? "endswith" : "startswith";
    char qb[48];
    if (gp_strarg_old(t, name, qual(self, name, qb, sizeof qb), nargs, kwnames, 1, 3) < 0)
        return NULL;
    gp_ssize start = 0, end = INTPTR_MAX;
    if (nargs > 1 && args[1] != GP_NONE && gp_strarg_slice_index(t, args[1], &start) < 0)
        return NULL;
    if (nargs > 2 && args[2] != GP_NONE && gp_strarg_slice_index(t, args[2], &end) < 0) return NULL;
    gp_obj *x = args[0];
    const char *p;
    gp_ssize n;
    if (gp_tuple_check(x)) {
        for (gp_ssize i = 0; i < gp_tuple_size(x); i++) {
            gp_obj *it = gp_tuple_get_borrow(x, i);
            if (gp_bytes_like(t, it, &p, &n) < 0) return NULL;
            if (match_at(self, p, n, start, end, suffix)) return GP_TRUE;
        }
        return GP_FALSE;
    }
    int ok = gp_bytes_like_opt(t, x, &p, &n);
    if (ok < 0) return NULL;
    if (ok == 0)
        return gp_err_format(t, &gp_exc_TypeError,
                             "%s first arg must be bytes or a tuple of bytes, not %s", name,
                             gp_type_name(gp_typeof(x)));
    return gp_bool_from(match_at(self, p, n, start, end, suffix));
}

gp_obj *gp_bytes_m_startswith(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    return starts_ends(t, self, args, nargs, kwnames, 0);
}

gp_obj *gp_bytes_m_endswith(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    return starts_ends(t, self, args, nargs, kwnames, 1);
}

/* ------------------------------------------------------ case and classes */

enum { BM_LOWER, BM_UPPER, BM_SWAP, BM_TITLE, BM_CAPITALIZE };

static gp_obj *bcase(gp_thread *t, gp_obj *self, gp_ssize nargs, gp_obj *kwnames, const char *name,
                     int mode) {
    char qb[48];
    if (gp_strarg_none(t, qual(self, name, qb, sizeof qb), nargs, kwnames) < 0) return NULL;
    const char *p;
    gp_ssize n;
    gp_bytes_view(self, &p, &n);
    gp_obj *r = make(t, self, p, n);
    if (!r) return NULL;
    if (n == 0) return r;
    /* A one-byte bytes result may be a shared singleton: build into a
       buffer for those. */
    char small[1];
    char *d;
    if (gp_bytes_check(r)) {
        if (n == 1)
            d = small;
        else
            d = ((gp_bytes *)r)->data;
    } else {
        d = ((gp_bytearray *)r)->data;
    }
    int prev_cased = 0;
    for (gp_ssize i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        unsigned char o = c;
        switch (mode) {
        case BM_LOWER:
            if (b_isupper(c)) o = c + 32;
            break;
        case BM_UPPER:
            if (b_islower(c)) o = c - 32;
            break;
        case BM_SWAP:
            o = b_isupper(c) ? c + 32 : b_islower(c) ? c - 32 : c;
            break;
        case BM_TITLE:
            if (prev_cased)
                o = b_isupper(c) ? c + 32 : c;
            else
                o = b_islower(c) ? c - 32 : c;
            prev_cased = b_isalpha(c);
            break;
        default:
            if (i == 0)
                o = b_islower(c) ? c - 32 : c;
            else
                o = b_isupper(c) ? c + 32 : c;
            break;
        }
        d[i] = (char)o;
    }
    if (d == small) {
        gp_decref(r);
        return gp_bytes_new(t, small, 1);
    }
    return r;
}

gp_obj *gp_bytes_m_lower(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    return bcase(t, self, nargs, kwnames, "lower", BM_LOWER);
}
gp_obj *gp_bytes_m_upper(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    return bcase(t, self, nargs, kwnames, "upper", BM_UPPER);
}
gp_obj *gp_bytes_m_swapcase(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    return bcase(t, self, nargs, kwnames, "swapcase", BM_SWAP);
}
gp_obj *gp_bytes_m_title(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    return bcase(t, self, nargs, kwnames, "title", BM_TITLE);
}
gp_obj *gp_bytes_m_capitalize(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    return bcase(t, self, nargs, kwnames, "capitalize", BM_CAPITALIZE);
}

enum { BP_ALNUM, BP_ALPHA, BP_ASCII, BP_DIGIT, BP_LOWER, BP_UPPER, BP_SPACE, BP_TITLE };

static gp_obj *bpred(gp_thread *t, gp_obj *self, gp_ssize nargs, gp_obj *kwnames, const char *name,
                     int which) {
    char qb[48];
    if (gp_strarg_none(t, qual(self, name, qb, sizeof qb), nargs, kwnames) < 0) return NULL;
    const char *sp;
    gp_ssize n;
    gp_bytes_view(self, &sp, &n);
    const unsigned char *p = (const unsigned char *)sp;
    int r = 1;
    switch (which) {
    case BP_ASCII:
        r = gp_utf8_is_ascii(sp, n);
        break;
    case BP_LOWER:
    case BP_UPPER: {
        int cased = 0;
        for (gp_ssize i = 0; i < n && r; i++) {
            if (which == BP_LOWER ? b_isupper(p[i]) : b_islower(p[i])) r = 0;
            if (which == BP_LOWER ? b_islower(p[i]) : b_isupper(p[i])) cased = 1;
        }
        r = r && cased;
        break;
    }
    case BP_TITLE: {
        int cased = 0, prev = 0;
        for (gp_ssize i = 0; i < n && r; i++) {
            if (b_isupper(p[i])) {
                if (prev) r = 0;
                prev = cased = 1;
            } else if (b_islower(p[i])) {
                if (!prev) r = 0;
                prev = cased = 1;
            } else {
                prev = 0;
            }
        }
        r = r && cased;
        break;
    }
    default:
        if (n == 0) r = 0;
        for (gp_ssize i = 0; i < n && r; i++) {
            unsigned char c = p[i];
            switch (which) {
            case BP_ALNUM:
                r = b_isalpha(c) || b_isdigit(c);
                break;
            case BP_ALPHA:
                r = b_isalpha(c);
                break;
            case BP_DIGIT:
                r = b_isdigit(c);
                break;
            default:
                r = b_isspace(c);
                break;
            }
        }
        break;
    }
    return gp_bool_from(r);
}

gp_obj *gp_bytes_m_isalnum(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return bpred(t, self, nargs, kwnames, "isalnum", BP_ALNUM);
}
gp_obj *gp_bytes_m_isalpha(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return bpred(t, self, nargs, kwnames, "isalpha", BP_ALPHA);
}
gp_obj *gp_bytes_m_isascii(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return bpred(t, self, nargs, kwnames, "isascii", BP_ASCII);
}
gp_obj *gp_bytes_m_isdigit(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return bpred(t, self, nargs, kwnames, "isdigit", BP_DIGIT);
}
gp_obj *gp_bytes_m_islower(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return bpred(t, self, nargs, kwnames, "islower", BP_LOWER);
}
gp_obj *gp_bytes_m_isupper(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return bpred(t, self, nargs, kwnames, "isupper", BP_UPPER);
}
gp_obj *gp_bytes_m_isspace(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return bpred(t, self, nargs, kwnames, "isspace", BP_SPACE);
}
gp_obj *gp_bytes_m_istitle(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return bpred(t, self, nargs, kwnames, "istitle", BP_TITLE);
}

/* ------------------------------------------------------------- splitting */

static int add_piece(gp_thread *t, gp_obj *list, gp_obj *self, const char *p, gp_ssize n) {
    gp_obj *piece = make(t, self, p, n);
    if (!piece) return -1;
    return gp_list_append_steal(t, list, piece);
}

static int parse_split(gp_thread *t, const char *fname, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames, const char **sep, gp_ssize *sepn, gp_ssize *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    gp_obj *a[2];
    if (gp_strarg_parse(t, fname, names, 0, args, nargs, kwnames, a) < 0) return -1;
    *sep = NULL;
    *maxsplit = -1;
    if (a[1] && gp_strarg_ssize(t, a[1], maxsplit) < 0) return -1;
    if (*maxsplit < 0) *maxsplit = INTPTR_MAX;
    if (a[0] && a[0] != GP_NONE) {
        if (gp_bytes_like(t, a[0], sep, sepn) < 0) return -1;
        if (*sepn == 0) {
            gp_err_set_str(t, &gp_exc_ValueError, "empty separator");
            return -1;
        }
    }
    return 0;
}

gp_obj *gp_bytes_m_split(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    const char *sep;
    gp_ssize sepn, maxsplit;
    if (parse_split(t, "split", args, nargs, kwnames, &sep, &sepn, &maxsplit) < 0) return NULL;
    const char *p;
    gp_ssize n;
    gp_bytes_view(self, &p, &n);
    gp_obj *list = gp_list_new(t, 0);
    if (!list) return NULL;
    gp_ssize i = 0;
    if (!sep) {
        while (1) {
            while (i < n && b_isspace((unsigned char)p[i]))
                i++;
            if (i >= n) break;
            if (maxsplit-- == 0) {
                if (add_piece(t, list, self, p + i, n - i) < 0) goto error;
                break;
            }
            gp_ssize s = i;
            while (i < n && !b_isspace((unsigned char)p[i]))
                i++;
            if (add_piece(t, list, self, p + s, i - s) < 0) goto error;
        }
        return list;
    }
    while (maxsplit-- > 0) {
        gp_ssize r = gp_bytes_find_raw(p + i, n - i, sep, sepn);
        if (r < 0) break;
        if (add_piece(t, list, self, p + i, r) < 0) goto error;
        i += r + sepn;
    }
    if (add_piece(t, list, self, p + i, n - i) < 0) goto error;
    return list;
error:
    gp_decref(list);
    return NULL;
}

gp_obj *gp_bytes_m_rsplit(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    const char *sep;
    gp_ssize sepn, maxsplit;
    if (parse_split(t, "rsplit", args, nargs, kwnames, &sep, &sepn, &maxsplit) < 0) return NULL;
    const char *p;
    gp_ssize n;
    gp_bytes_view(self, &p, &n);
    gp_obj *list = gp_list_new(t, 0);
    if (!list) return NULL;
    gp_ssize i = n;
    if (!sep) {
        while (1) {
            while (i > 0 && b_isspace((unsigned char)p[i - 1]))
                i--;
            if (i <= 0) break;
            if (maxsplit-- == 0) {
                if (add_piece(t, list, self, p, i) < 0) goto error;
                break;
            }
            gp_ssize e = i;
            while (i > 0 && !b_isspace((unsigned char)p[i - 1]))
                i--;
            if (add_piece(t, list, self, p + i, e - i) < 0) goto error;
        }
    } else {
        while (maxsplit-- > 0) {
            gp_ssize r = gp_bytes_rfind_raw(p, i, sep, sepn);
            if (r < 0) break;
            if (add_piece(t, list, self, p + r + sepn, i - r - sepn) < 0) goto error;
            i = r;
        }
        if (add_piece(t, list, self, p, i) < 0) goto error;
    }
    if (gp_list_reverse(t, list) < 0) goto error;
    return list;
error:
    gp_decref(list);
    return NULL;
}

gp_obj *gp_bytes_m_splitlines(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    static const char *const names[] = {"keepends", NULL};
    gp_obj *a[1];
    if (gp_strarg_parse(t, "splitlines", names, 0, args, nargs, kwnames, a) < 0) return NULL;
    int keep = 0;
    if (a[0]) {
        keep = gp_obj_truthy(t, a[0]);
        if (keep < 0) return NULL;
    }
    const char *p;
    gp_ssize n;
    gp_bytes_view(self, &p, &n);
    gp_obj *list = gp_list_new(t, 0);
    if (!list) return NULL;
    gp_ssize i = 0;
    while (i < n) {
        gp_ssize s = i;
        while (i < n && p[i] != '\n' && p[i] != '\r')
            i++;
        gp_ssize eol = i;
        if (i < n) {
            if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')
                i += 2;
            else
                i++;
        }
        if (add_piece(t, list, self, p + s, (keep ? i : eol) - s) < 0) {
            gp_decref(list);
            return NULL;
        }
    }
    return list;
}

static gp_obj *bpartition(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames, int reverse) {
    char qb[48];
    if (gp_strarg_one(t, qual(self, reverse ? "rpartition" : "partition", qb, sizeof qb), nargs,
                      kwnames) < 0)
        return NULL;
    const char *sep, *p;
    gp_ssize sepn, n;
    if (gp_bytes_like(t, args[0], &sep, &sepn) < 0) return NULL;
    if (sepn == 0) {
        gp_err_set_str(t, &gp_exc_ValueError, "empty separator");
        return NULL;
    }
    gp_bytes_view(self, &p, &n);
    gp_ssize r = reverse ? gp_bytes_rfind_raw(p, n, sep, sepn) : gp_bytes_find_raw(p, n, sep, sepn);
    gp_obj *parts[3];
    if (r < 0) {
        parts[reverse ? 2 : 0] = same(t, self);
        parts[1] = make(t, self, "", 0);
        parts[reverse ? 0 : 2] = make(t, self, "", 0);
    } else {
        parts[0] = make(t, self, p, r);
        parts[1] = make(t, self, sep, sepn);
        parts[2] = make(t, self, p + r + sepn, n - r - sepn);
    }
    gp_obj *res = NULL;
    if (parts[0] && parts[1] && parts[2]) res = gp_tuple_pack(t, 3, parts[0], parts[1], parts[2]);
    for (int i = 0; i < 3; i++)
        gp_xdecref(parts[i]);
    return res;
}

gp_obj *gp_bytes_m_partition(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    return bpartition(t, self, args, nargs, kwnames, 0);
}
gp_obj *gp_bytes_m_rpartition(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    return bpartition(t, self, args, nargs, kwnames, 1);
}

/* ---------------------------------------------------------------- strip */

static gp_obj *bstrip(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                      gp_obj *kwnames, const char *name, int left, int right) {
    char qb[48];
    if (gp_strarg_clinic(t, name, qual(self, name, qb, sizeof qb), nargs, kwnames, 0, 1) < 0)
        return NULL;
    unsigned char table[256];
    if (nargs > 0 && args[0] != GP_NONE) {
        const char *c;
        gp_ssize cn;
        if (gp_bytes_like(t, args[0], &c, &cn) < 0) return NULL;
        memset(table, 0, sizeof table);
        for (gp_ssize i = 0; i < cn; i++)
            table[(unsigned char)c[i]] = 1;
    } else {
        for (int i = 0; i < 256; i++)
            table[i] = (unsigned char)b_isspace((unsigned char)i);
    }
    const char *p;
    gp_ssize n;
    gp_bytes_view(self, &p, &n);
    gp_ssize b0 = 0, b1 = n;
    if (left)
        while (b0 < b1 && table[(unsigned char)p[b0]])
            b0++;
    if (right)
        while (b1 > b0 && table[(unsigned char)p[b1 - 1]])
            b1--;
    if (b0 == 0 && b1 == n) return same(t, self);
    return make(t, self, p + b0, b1 - b0);
}

gp_obj *gp_bytes_m_strip(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    return bstrip(t, self, args, nargs, kwnames, "strip", 1, 1);
}
gp_obj *gp_bytes_m_lstrip(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    return bstrip(t, self, args, nargs, kwnames, "lstrip", 1, 0);
}
gp_obj *gp_bytes_m_rstrip(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    return bstrip(t, self, args, nargs, kwnames, "rstrip", 0, 1);
}

/* ---------------------------------------------------- replace and friends */

gp_obj *gp_bytes_m_replace(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    char qb[48];
    if (gp_strarg_clinic(t, "replace", qual(self, "replace", qb, sizeof qb), nargs, kwnames, 2, 3) <
        0)
        return NULL;
    const char *old, *rep, *p;
    gp_ssize oldn, repn, n;
    if (gp_bytes_like(t, args[0], &old, &oldn) < 0 || gp_bytes_like(t, args[1], &rep, &repn) < 0)
        return NULL;
    gp_ssize maxcount = -1;
    if (nargs > 2 && gp_strarg_ssize(t, args[2], &maxcount) < 0) return NULL;
    if (maxcount < 0) maxcount = INTPTR_MAX;
    gp_bytes_view(self, &p, &n);
    gp_ssize count = oldn == 0 ? (n + 1 < maxcount ? n + 1 : maxcount)
                               : gp_bytes_count_raw(p, n, old, oldn, maxcount);
    if (count == 0) return same(t, self);
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_ssize i = 0;
    for (gp_ssize k = 0; k < count; k++) {
        if (oldn == 0) {
            gp_strbuf_append(&b, rep, repn);
            if (i < n) gp_strbuf_append_char(&b, p[i++]);
        } else {
            gp_ssize r = gp_bytes_find_raw(p + i, n - i, old, oldn);
            gp_strbuf_append(&b, p + i, r);
            gp_strbuf_append(&b, rep, repn);
            i += r + oldn;
        }
    }
    gp_strbuf_append(&b, p + i, n - i);
    gp_obj *r = b.failed ? gp_err_nomemory(t) : make(t, self, b.buf, b.len);
    gp_strbuf_free(&b);
    return r;
}

static gp_obj *affix(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                     gp_obj *kwnames, int suffix) {
    char qb[48];
    if (gp_strarg_one(t, qual(self, suffix ? "removesuffix" : "removeprefix", qb, sizeof qb), nargs,
                      kwnames) < 0)
        return NULL;
    const char *x, *p;
    gp_ssize xn, n;
    if (gp_bytes_like(t, args[0], &x, &xn) < 0) return NULL;
    gp_bytes_view(self, &p, &n);
    if (xn > 0 && xn <= n) {
        if (!suffix && memcmp(p, x, (size_t)xn) == 0) return make(t, self, p + xn, n - xn);
        if (suffix && memcmp(p + n - xn, x, (size_t)xn) == 0) return make(t, self, p, n - xn);
    }
    return same(t, self);
}

gp_obj *gp_bytes_m_removeprefix(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kwnames) {
    return affix(t, self, args, nargs, kwnames, 0);
}
gp_obj *gp_bytes_m_removesuffix(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kwnames) {
    return affix(t, self, args, nargs, kwnames, 1);
}

gp_obj *gp_bytes_m_join(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    char qb[48];
    if (gp_strarg_one(t, qual(self, "join", qb, sizeof qb), nargs, kwnames) < 0) return NULL;
    gp_obj *seq = gp_seq_list(t, args[0]);
    if (!seq) return NULL;
    const char *sep;
    gp_ssize sepn;
    gp_bytes_view(self, &sep, &sepn);
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_ssize n = gp_list_size(seq);
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *it = gp_list_get_borrow(seq, i);
        const char *p;
        gp_ssize m;
        int ok = gp_bytes_like_opt(t, it, &p, &m);
        if (ok <= 0) {
            if (ok < 0) gp_err_clear(t);
            gp_err_format(t, &gp_exc_TypeError,
                          "sequence item %zd: expected a bytes-like object, %s found", i,
                          gp_type_name(gp_typeof(it)));
            gp_strbuf_free(&b);
            gp_decref(seq);
            return NULL;
        }
        if (i > 0) gp_strbuf_append(&b, sep, sepn);
        gp_strbuf_append(&b, p, m);
    }
    gp_decref(seq);
    gp_obj *r = b.failed ? gp_err_nomemory(t) : make(t, self, b.buf, b.len);
    gp_strbuf_free(&b);
    return r;
}

/* ------------------------------------------------------------ padding */

static gp_obj *bpad(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                    gp_obj *kwnames, const char *name, int how) {
    char qb[48];
    if (gp_strarg_clinic(t, name, qual(self, name, qb, sizeof qb), nargs, kwnames, 1, 2) < 0)
        return NULL;
    gp_ssize width;
    if (gp_strarg_ssize(t, args[0], &width) < 0) return NULL;
    char fill = ' ';
    if (nargs > 1) {
        gp_obj *f = args[1];
        const char *fp;
        gp_ssize fn;
        if ((!gp_bytes_check(f) && !gp_bytearray_check(f)) || (gp_bytes_view(f, &fp, &fn), fn != 1))
            return gp_err_format(t, &gp_exc_TypeError,
                                 "%s() argument 2 must be a byte string of length 1, not %s", name,
                                 gp_type_name(gp_typeof(f)));
        fill = fp[0];
    }
    const char *p;
    gp_ssize n;
    gp_bytes_view(self, &p, &n);
    if (width <= n) return same(t, self);
    gp_ssize marg = width - n, left;
    if (how < 0)
        left = 0;
    else if (how > 0)
        left = marg;
    else
        left = marg / 2 + (marg & width & 1);
    char *buf = gp_mem_alloc((size_t)width);
    if (!buf) return gp_err_nomemory(t);
    memset(buf, fill, (size_t)left);
    memcpy(buf + left, p, (size_t)n);
    memset(buf + left + n, fill, (size_t)(marg - left));
    gp_obj *r = make(t, self, buf, width);
    gp_mem_free(buf);
    return r;
}

gp_obj *gp_bytes_m_ljust(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    return bpad(t, self, args, nargs, kwnames, "ljust", -1);
}
gp_obj *gp_bytes_m_rjust(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    return bpad(t, self, args, nargs, kwnames, "rjust", 1);
}
gp_obj *gp_bytes_m_center(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    return bpad(t, self, args, nargs, kwnames, "center", 0);
}

gp_obj *gp_bytes_m_zfill(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    char qb[48];
    if (gp_strarg_one(t, qual(self, "zfill", qb, sizeof qb), nargs, kwnames) < 0) return NULL;
    gp_ssize width;
    if (gp_strarg_ssize(t, args[0], &width) < 0) return NULL;
    const char *p;
    gp_ssize n;
    gp_bytes_view(self, &p, &n);
    if (width <= n) return same(t, self);
    char *buf = gp_mem_alloc((size_t)width);
    if (!buf) return gp_err_nomemory(t);
    gp_ssize fill = width - n;
    memset(buf, '0', (size_t)fill);
    memcpy(buf + fill, p, (size_t)n);
    if (n > 0 && (p[0] == '+' || p[0] == '-')) {
        buf[0] = p[0];
        buf[fill] = '0';
    }
    gp_obj *r = make(t, self, buf, width);
    gp_mem_free(buf);
    return r;
}

gp_obj *gp_bytes_m_expandtabs(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    gp_obj *a[1];
    if (gp_strarg_parse(t, "expandtabs", names, 0, args, nargs, kwnames, a) < 0) return NULL;
    gp_ssize tabsize = 8;
    if (a[0] && gp_strarg_ssize(t, a[0], &tabsize) < 0) return NULL;
    const char *p;
    gp_ssize n;
    gp_bytes_view(self, &p, &n);
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_ssize col = 0;
    for (gp_ssize i = 0; i < n; i++) {
        char c = p[i];
        if (c == '\t') {
            if (tabsize > 0) {
                gp_ssize k = tabsize - col % tabsize;
                for (gp_ssize j = 0; j < k; j++)
                    gp_strbuf_append_char(&b, ' ');
                col += k;
            }
        } else {
            gp_strbuf_append_char(&b, c);
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    gp_obj *r = b.failed ? gp_err_nomemory(t) : make(t, self, b.buf, b.len);
    gp_strbuf_free(&b);
    return r;
}

/* ------------------------------------------------------------ translate */

gp_obj *gp_bytes_m_translate(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    static const char *const names[] = {"", "delete", NULL};
    gp_obj *a[2];
    if (gp_strarg_parse(t, "translate", names, 1, args, nargs, kwnames, a) < 0) return NULL;
    const char *table = NULL, *del = NULL;
    gp_ssize tn = 0, dn = 0;
    if (a[0] != GP_NONE) {
        if (gp_bytes_like(t, a[0], &table, &tn) < 0) return NULL;
        if (tn != 256) {
            gp_err_set_str(t, &gp_exc_ValueError, "translation table must be 256 characters long");
            return NULL;
        }
    }
    if (a[1] && gp_bytes_like(t, a[1], &del, &dn) < 0) return NULL;
    unsigned char deleted[256] = {0};
    for (gp_ssize i = 0; i < dn; i++)
        deleted[(unsigned char)del[i]] = 1;
    const char *p;
    gp_ssize n;
    gp_bytes_view(self, &p, &n);
    char *buf = gp_mem_alloc((size_t)n + 1);
    if (!buf) return gp_err_nomemory(t);
    gp_ssize k = 0;
    for (gp_ssize i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (deleted[c]) continue;
        buf[k++] = table ? table[c] : (char)c;
    }
    gp_obj *r = make(t, self, buf, k);
    gp_mem_free(buf);
    return r;
}

gp_obj *gp_bytes_maketrans(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    if (gp_strarg_clinic(t, "maketrans", "bytes.maketrans", nargs, kwnames, 2, 2) < 0) return NULL;
    const char *from, *to;
    gp_ssize fn, tn;
    if (gp_bytes_like(t, args[0], &from, &fn) < 0 || gp_bytes_like(t, args[1], &to, &tn) < 0)
        return NULL;
    if (fn != tn) {
        gp_err_set_str(t, &gp_exc_ValueError, "maketrans arguments must have same length");
        return NULL;
    }
    char table[256];
    for (int i = 0; i < 256; i++)
        table[i] = (char)i;
    for (gp_ssize i = 0; i < fn; i++)
        table[(unsigned char)from[i]] = to[i];
    return gp_bytes_new(t, table, 256);
}

/* ---------------------------------------------------------- hex, decode */

gp_obj *gp_bytes_m_hex(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames) {
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    static const char hexd[] = "0123456789abcdef";
    gp_obj *a[2];
    if (gp_strarg_parse(t, "hex", names, 0, args, nargs, kwnames, a) < 0) return NULL;
    char sep = 0;
    if (a[0]) {
        const char *sp;
        gp_ssize sn;
        if (gp_str_check(a[0])) {
            sp = gp_str_utf8(a[0]);
            sn = gp_str_len(a[0]);
            if (sn == 1 && (unsigned char)sp[0] >= 0x80) {
                gp_err_set_str(t, &gp_exc_ValueError, "sep must be ASCII.");
                return NULL;
            }
        } else if (gp_bytes_check(a[0]) || gp_bytearray_check(a[0])) {
            gp_bytes_view(a[0], &sp, &sn);
        } else if (gp_buffer_check(a[0])) {
            gp_err_set_str(t, &gp_exc_TypeError, "sep must be str or bytes.");
            return NULL;
        } else {
            return gp_err_format(t, &gp_exc_TypeError, "object of type '%s' has no len()",
                                 gp_type_name(gp_typeof(a[0])));
        }
        if (sn != 1) {
            gp_err_set_str(t, &gp_exc_ValueError, "sep must be length 1.");
            return NULL;
        }
        sep = sp[0];
    }
    gp_ssize per = 1;
    if (a[1] && gp_strarg_ssize(t, a[1], &per) < 0) return NULL;
    const char *p;
    gp_ssize n;
    gp_bytes_view(self, &p, &n);
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_ssize group = per < 0 ? -per : per;
    for (gp_ssize i = 0; i < n; i++) {
        if (sep && group > 0 && i > 0) {
            /* Positive counts group from the right, negative from the left. */
            int boundary = per > 0 ? ((n - i) % group == 0) : (i % group == 0);
            if (boundary) gp_strbuf_append_char(&b, sep);
        }
        unsigned char c = (unsigned char)p[i];
        gp_strbuf_append_char(&b, hexd[c >> 4]);
        gp_strbuf_append_char(&b, hexd[c & 15]);
    }
    return gp_strbuf_finish(t, &b);
}

static int hexval(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

gp_obj *gp_bytes_m_fromhex(gp_thread *t, gp_obj *cls, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    if (gp_strarg_clinic(t, "fromhex", "fromhex", nargs, kwnames, 1, 1) < 0) return NULL;
    gp_obj *s = args[0];
    if (!gp_str_check(s))
        return gp_err_format(t, &gp_exc_TypeError, "fromhex() argument must be str, not %s",
                             gp_type_name(gp_typeof(s)));
    const unsigned char *p = (const unsigned char *)gp_str_utf8(s);
    gp_ssize n = gp_str_size(s);
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_ssize i = 0;
    while (i < n) {
        if (b_isspace(p[i])) {
            i++;
            continue;
        }
        int hi = hexval(p[i]);
        int lo = i + 1 < n ? hexval(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            gp_ssize pos = hi < 0 ? i : i + 1;
            gp_strbuf_free(&b);
            return gp_err_format(t, &gp_exc_ValueError,
                                 "non-hexadecimal number found in fromhex() arg at position %zd",
                                 gp_utf8_count((const char *)p, pos));
        }
        gp_strbuf_append_char(&b, (char)(hi * 16 + lo));
        i += 2;
    }
    if (b.failed) {
        gp_strbuf_free(&b);
        return gp_err_nomemory(t);
    }
    gp_obj *r;
    if ((gp_type *)cls == &gp_bytearray_type)
        r = gp_bytearray_new(t, b.buf, b.len);
    else
        r = gp_bytes_new(t, b.buf, b.len);
    gp_strbuf_free(&b);
    if (!r) return NULL;
    if ((gp_type *)cls != &gp_bytes_type && (gp_type *)cls != &gp_bytearray_type) {
        gp_obj *sub = gp_call1(t, cls, r);
        gp_decref(r);
        return sub;
    }
    return r;
}

gp_obj *gp_bytes_m_decode(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    gp_obj *a[2];
    if (gp_strarg_parse(t, "decode", names, 0, args, nargs, kwnames, a) < 0) return NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !gp_str_check(a[i]))
            return gp_err_format(t, &gp_exc_TypeError, "decode() argument '%s' must be str, not %s",
                                 names[i], gp_type_name(gp_typeof(a[i])));
    const char *p;
    gp_ssize n;
    gp_bytes_view(self, &p, &n);
    return gp_str_decode(t, p, n, a[0] ? gp_str_utf8(a[0]) : NULL, a[1] ? gp_str_utf8(a[1]) : NULL);
}
