/* The methods of str.  Each has a fast path for ASCII text (byte-wise,
   memchr/memmem) and a general path that walks code points. */
#define _GNU_SOURCE
#include <string.h>

#include "objects/strimpl.h"

#define S(o) ((gp_str *)(o))

static inline uint32_t next_cp(const unsigned char *p, gp_ssize *off) {
    int len;
    uint32_t c = gp_utf8_decode(p + *off, &len);
    *off += len;
    return c;
}

/* The code point ending just before byte offset *off, moving *off back. */
static inline uint32_t prev_cp(const unsigned char *p, gp_ssize *off) {
    gp_ssize o = *off - 1;
    while (o > 0 && (p[o] & 0xC0) == 0x80)
        o--;
    *off = o;
    int len;
    return gp_utf8_decode(p + o, &len);
}

static inline int is_space(uint32_t c) { return (gp_uni_flags(c) & GP_UNI_SPACE) != 0; }

static int need_str(gp_thread *t, gp_obj *o) {
    if (gp_str_check(o)) return 0;
    gp_err_format(t, &gp_exc_TypeError, "must be str, not %s", gp_type_name(gp_typeof(o)));
    return -1;
}

/* A str result that may be self unchanged. */
static gp_obj *self_or_copy(gp_thread *t, gp_obj *self) { return gp_str_exact(t, self); }

/* ------------------------------------------------------------ searching */

gp_ssize gp_bytes_find_raw(const char *h, gp_ssize hn, const char *n, gp_ssize nn) {
    if (nn == 0) return 0;
    if (nn > hn) return -1;
    if (nn == 1) {
        const char *r = memchr(h, n[0], (size_t)hn);
        return r ? r - h : -1;
    }
    const char *r = memmem(h, (size_t)hn, n, (size_t)nn);
    return r ? r - h : -1;
}

gp_ssize gp_bytes_rfind_raw(const char *h, gp_ssize hn, const char *n, gp_ssize nn) {
    if (nn == 0) return hn;
    if (nn > hn) return -1;
    if (nn == 1) {
        const char *r = memrchr(h, n[0], (size_t)hn);
        return r ? r - h : -1;
    }
    /* Look for the last byte of the needle from the right, then compare. */
    gp_ssize end = hn;
    char lastc = n[nn - 1];
    while (end >= nn) {
        const char *r = memrchr(h + nn - 1, lastc, (size_t)(end - nn + 1));
        if (!r) return -1;
        gp_ssize pos = (r - h) - (nn - 1);
        if (memcmp(h + pos, n, (size_t)nn) == 0) return pos;
        end = (r - h);
    }
    return -1;
}

gp_ssize gp_bytes_count_raw(const char *h, gp_ssize hn, const char *n, gp_ssize nn,
                            gp_ssize maxcount) {
    gp_ssize count = 0;
    if (maxcount < 0) maxcount = INTPTR_MAX;
    if (nn == 0) {
        gp_ssize c = hn + 1;
        return c < maxcount ? c : maxcount;
    }
    gp_ssize pos = 0;
    while (count < maxcount) {
        gp_ssize r = gp_bytes_find_raw(h + pos, hn - pos, n, nn);
        if (r < 0) break;
        count++;
        pos += r + nn;
    }
    return count;
}

/* The arguments of find/rfind/index/rindex/count: sub[, start[, end]],
   with start and end turned into a byte range of self. */
typedef struct {
    gp_obj *sub;
    gp_ssize start, end;   /* code points, adjusted */
    gp_ssize bstart, bend; /* bytes */
    int empty_range;       /* start > len or end < start */
} find_args;

static int parse_find(gp_thread *t, const char *name, const char *qualname, gp_obj *self,
                      gp_obj *const *args, gp_ssize nargs, gp_obj *kwnames, find_args *fa) {
    if (gp_strarg_old(t, name, qualname, nargs, kwnames, 1, 3) < 0) return -1;
    fa->sub = args[0];
    if (need_str(t, fa->sub) < 0) return -1;
    gp_ssize len = S(self)->length;
    fa->start = 0;
    fa->end = INTPTR_MAX;
    if (nargs > 1 && args[1] != GP_NONE && gp_strarg_slice_index(t, args[1], &fa->start) < 0)
        return -1;
    if (nargs > 2 && args[2] != GP_NONE && gp_strarg_slice_index(t, args[2], &fa->end) < 0)
        return -1;
    gp_strarg_adjust(&fa->start, &fa->end, len);
    fa->empty_range = fa->start > len || fa->end < fa->start;
    if (fa->empty_range) {
        fa->bstart = fa->bend = 0;
        return 0;
    }
    fa->bstart = gp_str_byte_offset(self, fa->start);
    fa->bend = gp_str_byte_offset(self, fa->end);
    return 0;
}

static gp_ssize byte_to_cp(gp_obj *self, gp_ssize boff) {
    if (S(self)->ascii) return boff;
    return gp_utf8_count(S(self)->data, boff);
}

static gp_ssize do_find(gp_obj *self, find_args *fa, int reverse) {
    if (fa->empty_range) return -1;
    const char *d = S(self)->data + fa->bstart;
    gp_ssize n = fa->bend - fa->bstart;
    gp_ssize r = reverse ? gp_bytes_rfind_raw(d, n, S(fa->sub)->data, S(fa->sub)->size)
                         : gp_bytes_find_raw(d, n, S(fa->sub)->data, S(fa->sub)->size);
    if (r < 0) return -1;
    return byte_to_cp(self, fa->bstart + r);
}

static gp_obj *str_find(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    find_args fa;
    if (parse_find(t, "find", "str.find", self, args, nargs, kwnames, &fa) < 0) return NULL;
    return gp_int_from_ssize(t, do_find(self, &fa, 0));
}

static gp_obj *str_rfind(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    find_args fa;
    if (parse_find(t, "rfind", "str.rfind", self, args, nargs, kwnames, &fa) < 0) return NULL;
    return gp_int_from_ssize(t, do_find(self, &fa, 1));
}

static gp_obj *str_index(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    find_args fa;
    if (parse_find(t, "index", "str.index", self, args, nargs, kwnames, &fa) < 0) return NULL;
    gp_ssize r = do_find(self, &fa, 0);
    if (r < 0) {
        gp_err_set_str(t, &gp_exc_ValueError, "substring not found");
        return NULL;
    }
    return gp_int_from_ssize(t, r);
}

static gp_obj *str_rindex(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    find_args fa;
    if (parse_find(t, "rindex", "str.rindex", self, args, nargs, kwnames, &fa) < 0) return NULL;
    gp_ssize r = do_find(self, &fa, 1);
    if (r < 0) {
        gp_err_set_str(t, &gp_exc_ValueError, "substring not found");
        return NULL;
    }
    return gp_int_from_ssize(t, r);
}

static gp_obj *str_count(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    find_args fa;
    if (parse_find(t, "count", "str.count", self, args, nargs, kwnames, &fa) < 0) return NULL;
    if (fa.empty_range) return gp_int_from_ssize(t, 0);
    gp_str *sub = S(fa.sub);
    if (sub->size == 0) return gp_int_from_ssize(t, fa.end - fa.start + 1);
    return gp_int_from_ssize(t, gp_bytes_count_raw(S(self)->data + fa.bstart, fa.bend - fa.bstart,
                                                   sub->data, sub->size, -1));
}

/* startswith / endswith: prefix may be a tuple of str. */
static int match_at(gp_obj *self, gp_obj *sub, gp_ssize start, gp_ssize end, int suffix) {
    gp_ssize len = S(self)->length;
    gp_strarg_adjust(&start, &end, len);
    if (start > len || end - start < S(sub)->length) return 0;
    if (S(sub)->size == 0) return 1;
    gp_ssize b0 = gp_str_byte_offset(self, start), b1 = gp_str_byte_offset(self, end);
    gp_ssize n = S(sub)->size;
    if (b1 - b0 < n) return 0;
    return memcmp(S(self)->data + (suffix ? b1 - n : b0), S(sub)->data, (size_t)n) == 0;
}

static gp_obj *starts_ends(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames, int suffix) {
    const char *name = suffix ? "endswith" : "startswith";
    if (gp_strarg_old(t, name, suffix ? "str.endswith" : "str.startswith", nargs, kwnames, 1, 3) <
        0)
        return NULL;
    gp_ssize start = 0, end = INTPTR_MAX;
    if (nargs > 1 && args[1] != GP_NONE && gp_strarg_slice_index(t, args[1], &start) < 0)
        return NULL;
    if (nargs > 2 && args[2] != GP_NONE && gp_strarg_slice_index(t, args[2], &end) < 0) return NULL;
    gp_obj *x = args[0];
    if (gp_tuple_check(x)) {
        for (gp_ssize i = 0; i < gp_tuple_size(x); i++) {
            gp_obj *it = gp_tuple_get_borrow(x, i);
            if (!gp_str_check(it))
                return gp_err_format(t, &gp_exc_TypeError,
                                     "tuple for %s must only contain str, not %s", name,
                                     gp_type_name(gp_typeof(it)));
            if (match_at(self, it, start, end, suffix)) return GP_TRUE;
        }
        return GP_FALSE;
    }
    if (!gp_str_check(x))
        return gp_err_format(t, &gp_exc_TypeError,
                             "%s first arg must be str or a tuple of str, not %s", name,
                             gp_type_name(gp_typeof(x)));
    return gp_bool_from(match_at(self, x, start, end, suffix));
}

static gp_obj *str_startswith(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    return starts_ends(t, self, args, nargs, kwnames, 0);
}

static gp_obj *str_endswith(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    return starts_ends(t, self, args, nargs, kwnames, 1);
}

/* ------------------------------------------------------------ case maps */

enum { CM_LOWER, CM_UPPER, CM_FOLD, CM_SWAP, CM_TITLE, CM_CAPITALIZE };

/* Lowercase of the capital sigma at byte offset off: final form when it
   ends a word (cased letter before it, none after it, skipping
   case-ignorable characters). */
static uint32_t sigma_lower(gp_str *s, gp_ssize off, gp_ssize next) {
    const unsigned char *p = (const unsigned char *)s->data;
    gp_ssize o = off;
    int final = 0;
    while (o > 0) {
        uint32_t c = prev_cp(p, &o);
        unsigned f = gp_uni_flags(c);
        if (f & GP_UNI_CASE_IGNORABLE) continue;
        final = (f & GP_UNI_CASED) != 0;
        break;
    }
    if (final) {
        o = next;
        while (o < s->size) {
            uint32_t c = next_cp(p, &o);
            unsigned f = gp_uni_flags(c);
            if (f & GP_UNI_CASE_IGNORABLE) continue;
            final = !(f & GP_UNI_CASED);
            break;
        }
    }
    return final ? 0x3C2 : 0x3C3;
}

/* Write the mapping of c (kind) at d; returns the bytes written. */
static int put_mapped(char *d, gp_str *s, int kind, uint32_t c, gp_ssize off, gp_ssize next,
                      gp_ssize *length) {
    if (kind == GP_CASE_LOWER && c == 0x3A3) {
        (*length)++;
        return gp_utf8_encode(sigma_lower(s, off, next), d);
    }
    uint32_t out[3];
    int n = gp_uni_case_full(kind, c, out), k = 0;
    for (int i = 0; i < n; i++)
        k += gp_utf8_encode(out[i], d + k);
    *length += n;
    return k;
}

static gp_obj *case_map(gp_thread *t, gp_obj *self, int mode) {
    gp_str *s = S(self);
    if (s->ascii) {
        gp_obj *r = gp_str_alloc(t, s->size);
        if (!r) return NULL;
        const unsigned char *p = (const unsigned char *)s->data;
        char *d = gp_str_data(r);
        int prev_cased = 0;
        for (gp_ssize i = 0; i < s->size; i++) {
            unsigned char c = p[i];
            int up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
            switch (mode) {
            case CM_LOWER:
            case CM_FOLD:
                d[i] = up ? (char)(c + 32) : (char)c;
                break;
            case CM_UPPER:
                d[i] = low ? (char)(c - 32) : (char)c;
                break;
            case CM_SWAP:
                d[i] = up ? (char)(c + 32) : low ? (char)(c - 32) : (char)c;
                break;
            case CM_TITLE:
                if (prev_cased)
                    d[i] = up ? (char)(c + 32) : (char)c;
                else
                    d[i] = low ? (char)(c - 32) : (char)c;
                prev_cased = up || low;
                break;
            default:
                if (i == 0)
                    d[i] = low ? (char)(c - 32) : (char)c;
                else
                    d[i] = up ? (char)(c + 32) : (char)c;
                break;
            }
        }
        gp_str_set_info(r, s->length, 1);
        return r;
    }
    /* A mapping at most triples the UTF-8 size ('\u0390'.upper() is three
       characters of two bytes each): write into a buffer that large, then
       shrink it. */
    if (s->size > (INTPTR_MAX - 64) / 3) return gp_err_nomemory(t);
    gp_obj *r = gp_str_alloc(t, s->size * 3);
    if (!r) return NULL;
    char *d0 = gp_str_data(r), *d = d0;
    const unsigned char *p = (const unsigned char *)s->data;
    int prev_cased = 0, ascii = 1;
    gp_ssize off = 0, idx = 0, length = 0;
    while (off < s->size) {
        unsigned char b0 = p[off];
        if (b0 < 0x80) {
            /* ASCII characters inside non-ASCII text. */
            int up = b0 >= 'A' && b0 <= 'Z', low = b0 >= 'a' && b0 <= 'z';
            int to_upper;
            switch (mode) {
            case CM_UPPER:
                to_upper = 1;
                break;
            case CM_SWAP:
                to_upper = low;
                break;
            case CM_TITLE:
                to_upper = !prev_cased;
                break;
            case CM_CAPITALIZE:
                to_upper = idx == 0;
                break;
            default:
                to_upper = 0;
                break;
            }
            *d++ = (char)(to_upper ? (low ? b0 - 32 : b0) : (up ? b0 + 32 : b0));
            prev_cased = up || low;
            off++;
            idx++;
            length++;
            continue;
        }
        gp_ssize start = off;
        uint32_t c = next_cp(p, &off);
        unsigned f = gp_uni_flags(c);
        int kind;
        switch (mode) {
        case CM_LOWER:
            kind = GP_CASE_LOWER;
            break;
        case CM_UPPER:
            kind = GP_CASE_UPPER;
            break;
        case CM_FOLD:
            kind = GP_CASE_FOLD;
            break;
        case CM_SWAP:
            kind = (f & GP_UNI_UPPER) ? GP_CASE_LOWER : (f & GP_UNI_LOWER) ? GP_CASE_UPPER : -1;
            break;
        case CM_TITLE:
            kind = prev_cased ? GP_CASE_LOWER : GP_CASE_TITLE;
            prev_cased = (f & GP_UNI_CASED) != 0;
            break;
        default:
            kind = idx == 0 ? GP_CASE_TITLE : GP_CASE_LOWER;
            break;
        }
        if (kind < 0) {
            memcpy(d, p + start, (size_t)(off - start));
            d += off - start;
            length++;
            ascii = 0;
        } else {
            char *before = d;
            d += put_mapped(d, s, kind, c, start, off, &length);
            for (char *q = before; q < d; q++)
                if ((unsigned char)*q >= 0x80) ascii = 0;
        }
        idx++;
    }
    return gp_str_shrink(r, d - d0, length, ascii);
}

static gp_obj *str_lower(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (gp_strarg_none(t, "str.lower", nargs, kwnames) < 0) return NULL;
    return case_map(t, self, CM_LOWER);
}

static gp_obj *str_upper(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (gp_strarg_none(t, "str.upper", nargs, kwnames) < 0) return NULL;
    return case_map(t, self, CM_UPPER);
}

static gp_obj *str_casefold(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    if (gp_strarg_none(t, "str.casefold", nargs, kwnames) < 0) return NULL;
    return case_map(t, self, CM_FOLD);
}

static gp_obj *str_swapcase(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames) {
    if (gp_strarg_none(t, "str.swapcase", nargs, kwnames) < 0) return NULL;
    return case_map(t, self, CM_SWAP);
}

static gp_obj *str_title(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (gp_strarg_none(t, "str.title", nargs, kwnames) < 0) return NULL;
    return case_map(t, self, CM_TITLE);
}

static gp_obj *str_capitalize(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    if (gp_strarg_none(t, "str.capitalize", nargs, kwnames) < 0) return NULL;
    return case_map(t, self, CM_CAPITALIZE);
}

/* ------------------------------------------------------------ predicates */

enum {
    P_ALNUM,
    P_ALPHA,
    P_DECIMAL,
    P_DIGIT,
    P_NUMERIC,
    P_SPACE,
    P_PRINTABLE,
    P_LOWER,
    P_UPPER,
    P_TITLE,
    P_ASCII,
    P_IDENT
};

static int pred_eval(gp_str *s, int which) {
    const unsigned char *p = (const unsigned char *)s->data;
    gp_ssize off = 0;
    unsigned need;
    switch (which) {
    case P_ASCII:
        return s->ascii;
    case P_PRINTABLE:
        while (off < s->size)
            if (!(gp_uni_flags(next_cp(p, &off)) & GP_UNI_PRINTABLE)) return 0;
        return 1;
    case P_LOWER:
    case P_UPPER: {
        unsigned bad = (which == P_LOWER ? GP_UNI_UPPER : GP_UNI_LOWER) | GP_UNI_TITLE;
        unsigned good = which == P_LOWER ? GP_UNI_LOWER : GP_UNI_UPPER;
        int cased = 0;
        while (off < s->size) {
            unsigned f = gp_uni_flags(next_cp(p, &off));
            if (f & bad) return 0;
            if (f & good) cased = 1;
        }
        return cased;
    }
    case P_TITLE: {
        int cased = 0, prev_cased = 0;
        while (off < s->size) {
            unsigned f = gp_uni_flags(next_cp(p, &off));
            if (f & (GP_UNI_UPPER | GP_UNI_TITLE)) {
                if (prev_cased) return 0;
                prev_cased = cased = 1;
            } else if (f & GP_UNI_LOWER) {
                if (!prev_cased) return 0;
                prev_cased = cased = 1;
            } else {
                prev_cased = 0;
            }
        }
        return cased;
    }
    case P_IDENT: {
        if (s->size == 0) return 0;
        uint32_t c = next_cp(p, &off);
        if (!(gp_uni_flags(c) & GP_UNI_XID_START)) return 0;
        while (off < s->size)
            if (!(gp_uni_flags(next_cp(p, &off)) & GP_UNI_XID_CONTINUE)) return 0;
        return 1;
    }
    case P_ALNUM:
        need = GP_UNI_ALNUM;
        break;
    case P_ALPHA:
        need = GP_UNI_ALPHA;
        break;
    case P_DECIMAL:
        need = GP_UNI_DECIMAL;
        break;
    case P_DIGIT:
        need = GP_UNI_DIGIT;
        break;
    case P_NUMERIC:
        need = GP_UNI_NUMERIC;
        break;
    default:
        need = GP_UNI_SPACE;
        break;
    }
    if (s->size == 0) return 0;
    while (off < s->size)
        if (!(gp_uni_flags(next_cp(p, &off)) & need)) return 0;
    return 1;
}

static gp_obj *predicate(gp_thread *t, gp_obj *self, gp_ssize nargs, gp_obj *kwnames,
                         const char *qual, int which) {
    if (gp_strarg_none(t, qual, nargs, kwnames) < 0) return NULL;
    return gp_bool_from(pred_eval(S(self), which));
}

static gp_obj *str_isalnum(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return predicate(t, self, nargs, kwnames, "str.isalnum", P_ALNUM);
}
static gp_obj *str_isalpha(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return predicate(t, self, nargs, kwnames, "str.isalpha", P_ALPHA);
}
static gp_obj *str_isascii(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return predicate(t, self, nargs, kwnames, "str.isascii", P_ASCII);
}
static gp_obj *str_isdecimal(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    return predicate(t, self, nargs, kwnames, "str.isdecimal", P_DECIMAL);
}
static gp_obj *str_isdigit(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return predicate(t, self, nargs, kwnames, "str.isdigit", P_DIGIT);
}
static gp_obj *str_isnumeric(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    return predicate(t, self, nargs, kwnames, "str.isnumeric", P_NUMERIC);
}
static gp_obj *str_isspace(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return predicate(t, self, nargs, kwnames, "str.isspace", P_SPACE);
}
static gp_obj *str_isprintable(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                               gp_obj *kwnames) {
    return predicate(t, self, nargs, kwnames, "str.isprintable", P_PRINTABLE);
}
static gp_obj *str_islower(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return predicate(t, self, nargs, kwnames, "str.islower", P_LOWER);
}
static gp_obj *str_isupper(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return predicate(t, self, nargs, kwnames, "str.isupper", P_UPPER);
}
static gp_obj *str_istitle(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    return predicate(t, self, nargs, kwnames, "str.istitle", P_TITLE);
}
static gp_obj *str_isidentifier(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kwnames) {
    return predicate(t, self, nargs, kwnames, "str.isidentifier", P_IDENT);
}

/* ------------------------------------------------------------- splitting */

/* Append a piece [b0, b1) of self to list. */
static int add_piece(gp_thread *t, gp_obj *list, gp_obj *self, gp_ssize b0, gp_ssize b1) {
    gp_str *s = S(self);
    gp_obj *piece;
    if (b0 == 0 && b1 == s->size && gp_str_check_exact(self)) {
        piece = gp_newref(self);
    } else if (s->ascii) {
        piece = gp_str_from_buf(t, s->data + b0, b1 - b0, b1 - b0, 1);
    } else {
        piece = gp_str_new(t, s->data + b0, b1 - b0);
    }
    if (!piece) return -1;
    return gp_list_append_steal(t, list, piece);
}

static int parse_split(gp_thread *t, const char *fname, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames, gp_obj **sep, gp_ssize *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    gp_obj *a[2];
    if (gp_strarg_parse(t, fname, names, 0, args, nargs, kwnames, a) < 0) return -1;
    *sep = a[0] == GP_NONE ? NULL : a[0];
    *maxsplit = -1;
    if (a[1] && gp_strarg_ssize(t, a[1], maxsplit) < 0) return -1;
    if (*maxsplit < 0) *maxsplit = INTPTR_MAX;
    if (*sep) {
        if (!gp_str_check(*sep)) {
            gp_err_format(t, &gp_exc_TypeError, "must be str or None, not %s",
                          gp_type_name(gp_typeof(*sep)));
            return -1;
        }
        if (S(*sep)->size == 0) {
            gp_err_set_str(t, &gp_exc_ValueError, "empty separator");
            return -1;
        }
    }
    return 0;
}

static gp_obj *str_split(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    gp_obj *sep;
    gp_ssize maxsplit;
    if (parse_split(t, "split", args, nargs, kwnames, &sep, &maxsplit) < 0) return NULL;
    gp_str *s = S(self);
    gp_obj *list = gp_list_new(t, 0);
    if (!list) return NULL;
    const unsigned char *p = (const unsigned char *)s->data;
    gp_ssize n = s->size;
    if (!sep) {
        gp_ssize i = 0;
        while (1) {
            /* Skip whitespace, then take a run of non-whitespace. */
            gp_ssize j = i;
            while (i < n) {
                j = i;
                uint32_t c = next_cp(p, &j);
                if (!is_space(c)) break;
                i = j;
            }
            if (i >= n) break;
            if (maxsplit-- == 0) {
                if (add_piece(t, list, self, i, n) < 0) goto error;
                break;
            }
            gp_ssize start = i;
            while (i < n) {
                j = i;
                uint32_t c = next_cp(p, &j);
                if (is_space(c)) break;
                i = j;
            }
            if (add_piece(t, list, self, start, i) < 0) goto error;
        }
        return list;
    }
    gp_str *sp = S(sep);
    gp_ssize i = 0;
    while (maxsplit-- > 0) {
        gp_ssize r = gp_bytes_find_raw(s->data + i, n - i, sp->data, sp->size);
        if (r < 0) break;
        if (add_piece(t, list, self, i, i + r) < 0) goto error;
        i += r + sp->size;
    }
    if (add_piece(t, list, self, i, n) < 0) goto error;
    return list;
error:
    gp_decref(list);
    return NULL;
}

static gp_obj *str_rsplit(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    gp_obj *sep;
    gp_ssize maxsplit;
    if (parse_split(t, "rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0) return NULL;
    gp_str *s = S(self);
    gp_obj *list = gp_list_new(t, 0);
    if (!list) return NULL;
    const unsigned char *p = (const unsigned char *)s->data;
    gp_ssize n = s->size;
    if (!sep) {
        gp_ssize i = n;
        while (1) {
            gp_ssize o = i;
            while (i > 0) {
                o = i;
                if (!is_space(prev_cp(p, &o))) break;
                i = o;
            }
            if (i <= 0) break;
            if (maxsplit-- == 0) {
                if (add_piece(t, list, self, 0, i) < 0) goto error;
                break;
            }
            gp_ssize end = i;
            while (i > 0) {
                o = i;
                if (is_space(prev_cp(p, &o))) break;
                i = o;
            }
            if (add_piece(t, list, self, i, end) < 0) goto error;
        }
    } else {
        gp_str *sp = S(sep);
        gp_ssize end = n;
        while (maxsplit-- > 0) {
            gp_ssize r = gp_bytes_rfind_raw(s->data, end, sp->data, sp->size);
            if (r < 0) break;
            if (add_piece(t, list, self, r + sp->size, end) < 0) goto error;
            end = r;
        }
        if (add_piece(t, list, self, 0, end) < 0) goto error;
    }
    if (gp_list_reverse(t, list) < 0) goto error;
    return list;
error:
    gp_decref(list);
    return NULL;
}

static gp_obj *str_splitlines(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    static const char *const names[] = {"keepends", NULL};
    gp_obj *a[1];
    if (gp_strarg_parse(t, "splitlines", names, 0, args, nargs, kwnames, a) < 0) return NULL;
    int keep = 0;
    if (a[0]) {
        if (gp_float_check(a[0])) {
            gp_err_set_str(t, &gp_exc_TypeError,
                           "'float' object cannot be interpreted as an integer");
            return NULL;
        }
        keep = gp_obj_truthy(t, a[0]);
        if (keep < 0) return NULL;
    }
    gp_str *s = S(self);
    gp_obj *list = gp_list_new(t, 0);
    if (!list) return NULL;
    const unsigned char *p = (const unsigned char *)s->data;
    gp_ssize n = s->size, i = 0;
    while (i < n) {
        gp_ssize start = i, eol = -1;
        while (i < n) {
            gp_ssize j = i;
            uint32_t c = next_cp(p, &j);
            if (gp_uni_flags(c) & GP_UNI_LINEBREAK) {
                eol = i;
                i = j;
                if (c == '\r' && i < n && p[i] == '\n') i++;
                break;
            }
            i = j;
        }
        if (eol < 0) eol = i;
        if (add_piece(t, list, self, start, keep ? i : eol) < 0) {
            gp_decref(list);
            return NULL;
        }
    }
    return list;
}

static gp_obj *partition(gp_thread *t, gp_obj *self, gp_obj *sep, int reverse) {
    if (need_str(t, sep) < 0) return NULL;
    gp_str *s = S(self), *sp = S(sep);
    if (sp->size == 0) {
        gp_err_set_str(t, &gp_exc_ValueError, "empty separator");
        return NULL;
    }
    gp_ssize r = reverse ? gp_bytes_rfind_raw(s->data, s->size, sp->data, sp->size)
                         : gp_bytes_find_raw(s->data, s->size, sp->data, sp->size);
    gp_obj *parts[3] = {NULL, NULL, NULL};
    if (r < 0) {
        gp_obj *whole = self_or_copy(t, self);
        if (!whole) return NULL;
        gp_obj *e = gp_str_empty();
        gp_obj *res = reverse ? gp_tuple_pack(t, 3, e, e, whole) : gp_tuple_pack(t, 3, whole, e, e);
        gp_decref(whole);
        return res;
    }
    parts[0] = gp_str_new(t, s->data, r);
    parts[1] = gp_str_exact(t, sep);
    parts[2] = gp_str_new(t, s->data + r + sp->size, s->size - r - sp->size);
    gp_obj *res = NULL;
    if (parts[0] && parts[1] && parts[2]) res = gp_tuple_pack(t, 3, parts[0], parts[1], parts[2]);
    for (int i = 0; i < 3; i++)
        gp_xdecref(parts[i]);
    return res;
}

static gp_obj *str_partition(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    if (gp_strarg_one(t, "str.partition", nargs, kwnames) < 0) return NULL;
    return partition(t, self, args[0], 0);
}

static gp_obj *str_rpartition(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    if (gp_strarg_one(t, "str.rpartition", nargs, kwnames) < 0) return NULL;
    return partition(t, self, args[0], 1);
}

/* ---------------------------------------------------------------- strip */

static gp_obj *do_strip(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames, const char *name, const char *qual, int left, int right) {
    if (gp_strarg_clinic(t, name, qual, nargs, kwnames, 0, 1) < 0) return NULL;
    gp_obj *chars = nargs > 0 && args[0] != GP_NONE ? args[0] : NULL;
    if (chars && !gp_str_check(chars))
        return gp_err_format(t, &gp_exc_TypeError, "%s arg must be None or str", name);
    gp_str *s = S(self);
    const unsigned char *p = (const unsigned char *)s->data;
    gp_ssize b0 = 0, b1 = s->size;
    if (!chars) {
        if (left)
            while (b0 < b1) {
                gp_ssize j = b0;
                if (!is_space(next_cp(p, &j))) break;
                b0 = j;
            }
        if (right)
            while (b1 > b0) {
                gp_ssize o = b1;
                if (!is_space(prev_cp(p, &o))) break;
                b1 = o;
            }
    } else {
        gp_str *cs = S(chars);
        const unsigned char *cp = (const unsigned char *)cs->data;
        if (cs->ascii) {
            unsigned char table[256] = {0};
            for (gp_ssize i = 0; i < cs->size; i++)
                table[cp[i]] = 1;
            if (left)
                while (b0 < b1 && table[p[b0]])
                    b0++;
            if (right)
                while (b1 > b0 && table[p[b1 - 1]])
                    b1--;
        } else {
            /* Non-ASCII set: compare each code point's bytes with memmem
               over the set's text (a match is always whole characters). */
            if (left)
                while (b0 < b1) {
                    gp_ssize j = b0;
                    next_cp(p, &j);
                    if (gp_bytes_find_raw(cs->data, cs->size, (const char *)p + b0, j - b0) < 0)
                        break;
                    b0 = j;
                }
            if (right)
                while (b1 > b0) {
                    gp_ssize o = b1;
                    prev_cp(p, &o);
                    if (gp_bytes_find_raw(cs->data, cs->size, (const char *)p + o, b1 - o) < 0)
                        break;
                    b1 = o;
                }
        }
    }
    if (b0 == 0 && b1 == s->size) return self_or_copy(t, self);
    if (s->ascii) return gp_str_from_buf(t, s->data + b0, b1 - b0, b1 - b0, 1);
    return gp_str_new(t, s->data + b0, b1 - b0);
}

static gp_obj *str_strip(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    return do_strip(t, self, args, nargs, kwnames, "strip", "str.strip", 1, 1);
}
static gp_obj *str_lstrip(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    return do_strip(t, self, args, nargs, kwnames, "lstrip", "str.lstrip", 1, 0);
}
static gp_obj *str_rstrip(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    return do_strip(t, self, args, nargs, kwnames, "rstrip", "str.rstrip", 0, 1);
}

/* -------------------------------------------------------------- replace */

static gp_obj *str_replace(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                           gp_obj *kwnames) {
    if (gp_strarg_clinic(t, "replace", "str.replace", nargs, kwnames, 2, 3) < 0) return NULL;
    for (int i = 0; i < 2; i++)
        if (!gp_str_check(args[i]))
            return gp_err_format(t, &gp_exc_TypeError, "replace() argument %d must be str, not %s",
                                 i + 1, gp_type_name(gp_typeof(args[i])));
    gp_ssize maxcount = -1;
    if (nargs > 2 && gp_strarg_ssize(t, args[2], &maxcount) < 0) return NULL;
    if (maxcount < 0) maxcount = INTPTR_MAX;
    gp_str *s = S(self), *old = S(args[0]), *rep = S(args[1]);
    if (maxcount == 0) return self_or_copy(t, self);
    gp_ssize count;
    if (old->size == 0) {
        count = s->length + 1;
        if (count > maxcount) count = maxcount;
    } else {
        count = gp_bytes_count_raw(s->data, s->size, old->data, old->size, maxcount);
    }
    if (count == 0) return self_or_copy(t, self);
    gp_ssize size, grow;
    if (__builtin_mul_overflow(rep->size - old->size, count, &grow) ||
        __builtin_add_overflow(s->size, grow, &size)) {
        gp_err_set_str(t, &gp_exc_OverflowError, "replace string is too long");
        return NULL;
    }
    if (size == 0) return gp_str_empty();
    gp_obj *r = gp_str_alloc(t, size);
    if (!r) return NULL;
    char *d = gp_str_data(r);
    const char *src = s->data;
    gp_ssize i = 0;
    if (old->size == 0) {
        const unsigned char *p = (const unsigned char *)s->data;
        for (gp_ssize k = 0; k < count; k++) {
            memcpy(d, rep->data, (size_t)rep->size);
            d += rep->size;
            if (i < s->size) {
                int len = gp_utf8_seqlen(p[i]);
                memcpy(d, src + i, (size_t)len);
                d += len;
                i += len;
            }
        }
    } else {
        for (gp_ssize k = 0; k < count; k++) {
            gp_ssize pos = gp_bytes_find_raw(src + i, s->size - i, old->data, old->size);
            memcpy(d, src + i, (size_t)pos);
            d += pos;
            memcpy(d, rep->data, (size_t)rep->size);
            d += rep->size;
            i += pos + old->size;
        }
    }
    memcpy(d, src + i, (size_t)(s->size - i));
    gp_str_set_info(r, s->length + (rep->length - old->length) * count, s->ascii && rep->ascii);
    return r;
}

/* ------------------------------------------------------------ padding */

static int fill_arg(gp_thread *t, gp_obj *o, uint32_t *fill) {
    if (!gp_str_check(o)) {
        gp_err_format(t, &gp_exc_TypeError,
                      "The fill character must be a unicode character, not %s",
                      gp_type_name(gp_typeof(o)));
        return -1;
    }
    if (S(o)->length != 1) {
        gp_err_set_str(t, &gp_exc_TypeError,
                       "The fill character must be exactly one character long");
        return -1;
    }
    *fill = gp_str_char_at(o, 0);
    return 0;
}

static gp_obj *pad(gp_thread *t, gp_obj *self, gp_ssize left, gp_ssize right, uint32_t fill) {
    gp_str *s = S(self);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return self_or_copy(t, self);
    char fb[4];
    int fl = gp_utf8_encode(fill, fb);
    gp_ssize size;
    if (__builtin_mul_overflow(left + right, (gp_ssize)fl, &size) ||
        __builtin_add_overflow(size, s->size, &size))
        return gp_err_nomemory(t);
    gp_obj *r = gp_str_alloc(t, size);
    if (!r) return NULL;
    char *d = gp_str_data(r);
    if (fl == 1) {
        memset(d, fb[0], (size_t)left);
        d += left;
    } else
        for (gp_ssize i = 0; i < left; i++, d += fl)
            memcpy(d, fb, (size_t)fl);
    memcpy(d, s->data, (size_t)s->size);
    d += s->size;
    if (fl == 1)
        memset(d, fb[0], (size_t)right);
    else
        for (gp_ssize i = 0; i < right; i++, d += fl)
            memcpy(d, fb, (size_t)fl);
    gp_str_set_info(r, s->length + left + right, s->ascii && fill < 128);
    return r;
}

static gp_obj *justify(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                       gp_obj *kwnames, const char *name, const char *qual, int how) {
    if (gp_strarg_clinic(t, name, qual, nargs, kwnames, 1, 2) < 0) return NULL;
    gp_ssize width;
    if (gp_strarg_ssize(t, args[0], &width) < 0) return NULL;
    uint32_t fill = ' ';
    if (nargs > 1 && fill_arg(t, args[1], &fill) < 0) return NULL;
    gp_ssize len = S(self)->length;
    if (width <= len) return self_or_copy(t, self);
    gp_ssize marg = width - len;
    if (how < 0) return pad(t, self, 0, marg, fill);
    if (how > 0) return pad(t, self, marg, 0, fill);
    gp_ssize left = marg / 2 + (marg & width & 1);
    return pad(t, self, left, marg - left, fill);
}

static gp_obj *str_ljust(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    return justify(t, self, args, nargs, kwnames, "ljust", "str.ljust", -1);
}
static gp_obj *str_rjust(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    return justify(t, self, args, nargs, kwnames, "rjust", "str.rjust", 1);
}
static gp_obj *str_center(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    return justify(t, self, args, nargs, kwnames, "center", "str.center", 0);
}

static gp_obj *str_zfill(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                         gp_obj *kwnames) {
    if (gp_strarg_one(t, "str.zfill", nargs, kwnames) < 0) return NULL;
    gp_ssize width;
    if (gp_strarg_ssize(t, args[0], &width) < 0) return NULL;
    gp_str *s = S(self);
    if (width <= s->length) return self_or_copy(t, self);
    gp_obj *r = pad(t, self, width - s->length, 0, '0');
    if (!r) return NULL;
    char *d = gp_str_data(r);
    gp_ssize fillw = width - s->length;
    if (s->size > 0 && (d[fillw] == '+' || d[fillw] == '-')) {
        d[0] = d[fillw];
        d[fillw] = '0';
    }
    return r;
}

static gp_obj *str_expandtabs(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    gp_obj *a[1];
    if (gp_strarg_parse(t, "expandtabs", names, 0, args, nargs, kwnames, a) < 0) return NULL;
    gp_ssize tabsize = 8;
    if (a[0] && gp_strarg_ssize(t, a[0], &tabsize) < 0) return NULL;
    /* tabsize is a C int, as in CPython. */
    if (tabsize > INT32_MAX || tabsize < INT32_MIN)
        return gp_err_format(t, &gp_exc_OverflowError, "Python int too large to convert to C int");
    gp_str *s = S(self);
    if (!memchr(s->data, '\t', (size_t)s->size)) return self_or_copy(t, self);
    gp_strbuf b;
    gp_strbuf_init(&b);
    const unsigned char *p = (const unsigned char *)s->data;
    gp_ssize col = 0;
    for (gp_ssize i = 0; i < s->size;) {
        unsigned char c = p[i];
        if (c == '\t') {
            if (tabsize > 0) {
                gp_ssize n = tabsize - col % tabsize;
                gp_strbuf_append_fill(&b, ' ', n);
                col += n;
            }
            i++;
        } else {
            int len = gp_utf8_seqlen(c);
            gp_strbuf_append(&b, (const char *)p + i, len);
            i += len;
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return gp_strbuf_finish(t, &b);
}

/* ---------------------------------------------------------- translate */

static gp_obj *str_translate(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    if (gp_strarg_one(t, "str.translate", nargs, kwnames) < 0) return NULL;
    gp_obj *table = args[0];
    gp_str *s = S(self);
    gp_strbuf b;
    gp_strbuf_init(&b);
    const unsigned char *p = (const unsigned char *)s->data;
    /* Results for ASCII characters are looked up once. */
    gp_obj *cache[128] = {NULL};
    gp_obj *missing = GP_ELLIPSIS;
    for (gp_ssize i = 0; i < s->size;) {
        gp_ssize start = i;
        uint32_t c = next_cp(p, &i);
        gp_obj *v = c < 128 ? cache[c] : NULL;
        if (!v) {
            gp_obj *key = gp_small_new((intptr_t)c);
            v = gp_obj_getitem(t, table, key);
            if (!v) {
                if (!gp_err_matches(t, &gp_exc_LookupError)) goto error;
                gp_err_clear(t);
                v = gp_newref(missing);
            } else if (v != GP_NONE && !gp_int_check(v) && !gp_str_check(v)) {
                gp_decref(v);
                gp_err_set_str(t, &gp_exc_TypeError,
                               "character mapping must return integer, None or str");
                goto error;
            }
            if (c < 128) cache[c] = v;
        }
        if (v == missing) {
            gp_strbuf_append(&b, (const char *)p + start, i - start);
        } else if (v == GP_NONE) {
            /* deleted */
        } else if (gp_str_check(v)) {
            gp_strbuf_append(&b, gp_str_utf8(v), gp_str_size(v));
        } else {
            gp_ssize cp;
            if (gp_int_as_ssize(t, v, &cp) < 0 || cp < 0 || cp > 0x10FFFF) {
                if (!gp_err_occurred(t) || gp_err_matches(t, &gp_exc_OverflowError)) {
                    gp_err_clear(t);
                    gp_err_set_str(t, &gp_exc_ValueError,
                                   "character mapping must be in range(0x110000)");
                }
                if (c >= 128) gp_decref(v);
                goto error;
            }
            gp_strbuf_append_codepoint(&b, (uint32_t)cp);
        }
        if (c >= 128) gp_decref(v);
    }
    for (int k = 0; k < 128; k++)
        gp_xdecref(cache[k]);
    return gp_strbuf_finish(t, &b);
error:
    for (int k = 0; k < 128; k++)
        gp_xdecref(cache[k]);
    gp_strbuf_free(&b);
    return NULL;
}

static gp_obj *str_maketrans(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                             gp_obj *kwnames) {
    if (gp_strarg_clinic(t, "maketrans", "str.maketrans", nargs, kwnames, 1, 3) < 0) return NULL;
    gp_obj *d = gp_dict_new(t);
    if (!d) return NULL;
    if (nargs == 1) {
        gp_obj *m = args[0];
        if (!gp_dict_check(m)) {
            gp_err_set_str(t, &gp_exc_TypeError,
                           "if you give only one argument to maketrans it must be a dict");
            goto error;
        }
        gp_ssize pos = 0;
        gp_obj *k, *v;
        while (gp_dict_next(m, &pos, &k, &v)) {
            if (gp_str_check(k)) {
                if (S(k)->length != 1) {
                    gp_err_set_str(t, &gp_exc_ValueError,
                                   "string keys in translate table must be of length 1");
                    goto error;
                }
                gp_obj *key = gp_small_new((intptr_t)gp_str_char_at(k, 0));
                if (gp_dict_set(t, d, key, v) < 0) goto error;
            } else if (gp_int_check(k)) {
                if (gp_dict_set(t, d, k, v) < 0) goto error;
            } else {
                gp_err_set_str(t, &gp_exc_TypeError,
                               "keys in translate table must be strings or integers");
                goto error;
            }
        }
        return d;
    }
    for (gp_ssize i = 0; i < nargs; i++)
        if (!gp_str_check(args[i])) {
            gp_err_format(t, &gp_exc_TypeError, "maketrans() argument %zd must be str, not %s",
                          i + 1, gp_type_name(gp_typeof(args[i])));
            goto error;
        }
    if (S(args[0])->length != S(args[1])->length) {
        gp_err_set_str(t, &gp_exc_ValueError,
                       "the first two maketrans arguments must have equal length");
        goto error;
    }
    for (gp_ssize i = 0; i < S(args[0])->length; i++) {
        gp_obj *key = gp_small_new((intptr_t)gp_str_char_at(args[0], i));
        gp_obj *val = gp_small_new((intptr_t)gp_str_char_at(args[1], i));
        if (gp_dict_set(t, d, key, val) < 0) goto error;
    }
    if (nargs == 3)
        for (gp_ssize i = 0; i < S(args[2])->length; i++) {
            gp_obj *key = gp_small_new((intptr_t)gp_str_char_at(args[2], i));
            if (gp_dict_set(t, d, key, GP_NONE) < 0) goto error;
        }
    return d;
error:
    gp_decref(d);
    return NULL;
}

/* --------------------------------------------------------------- others */

static gp_obj *str_join(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                        gp_obj *kwnames) {
    if (gp_strarg_one(t, "str.join", nargs, kwnames) < 0) return NULL;
    return gp_str_join(t, self, args[0]);
}

static gp_obj *remove_affix(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                            gp_obj *kwnames, int suffix) {
    const char *name = suffix ? "removesuffix" : "removeprefix";
    if (gp_strarg_one(t, suffix ? "str.removesuffix" : "str.removeprefix", nargs, kwnames) < 0)
        return NULL;
    gp_obj *a = args[0];
    if (!gp_str_check(a))
        return gp_err_format(t, &gp_exc_TypeError, "%s() argument must be str, not %s", name,
                             gp_type_name(gp_typeof(a)));
    gp_str *s = S(self), *x = S(a);
    if (x->size > 0 && x->size <= s->size) {
        if (!suffix && memcmp(s->data, x->data, (size_t)x->size) == 0)
            return gp_str_new(t, s->data + x->size, s->size - x->size);
        if (suffix && memcmp(s->data + s->size - x->size, x->data, (size_t)x->size) == 0)
            return gp_str_new(t, s->data, s->size - x->size);
    }
    return self_or_copy(t, self);
}

static gp_obj *str_removeprefix(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kwnames) {
    return remove_affix(t, self, args, nargs, kwnames, 0);
}
static gp_obj *str_removesuffix(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                gp_obj *kwnames) {
    return remove_affix(t, self, args, nargs, kwnames, 1);
}

static gp_obj *str_encode(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    gp_obj *a[2];
    if (gp_strarg_parse(t, "encode", names, 0, args, nargs, kwnames, a) < 0) return NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !gp_str_check(a[i]))
            return gp_err_format(t, &gp_exc_TypeError, "encode() argument '%s' must be str, not %s",
                                 names[i], gp_type_name(gp_typeof(a[i])));
    return gp_str_encode(t, self, a[0] ? gp_str_utf8(a[0]) : NULL, a[1] ? gp_str_utf8(a[1]) : NULL);
}

static gp_obj *str_format(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    return gp_str_format_impl(t, self, args, nargs, kwnames, NULL);
}

static gp_obj *str_format_map(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    if (gp_strarg_one(t, "str.format_map", nargs, kwnames) < 0) return NULL;
    return gp_str_format_impl(t, self, NULL, 0, NULL, args[0]);
}

static gp_obj *str_dunder_format(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                                 gp_obj *kwnames) {
    if (gp_strarg_clinic(t, "__format__", "str.__format__", nargs, kwnames, 1, 1) < 0) return NULL;
    if (!gp_str_check(args[0]))
        return gp_err_format(t, &gp_exc_TypeError, "__format__() argument must be str, not %s",
                             gp_type_name(gp_typeof(args[0])));
    return gp_str_format_spec(t, self, args[0]);
}

static gp_obj *str_getnewargs(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                              gp_obj *kwnames) {
    if (gp_strarg_none(t, "str.__getnewargs__", nargs, kwnames) < 0) return NULL;
    gp_obj *copy = gp_str_exact(t, self);
    if (!copy) return NULL;
    gp_obj *r = gp_tuple_pack(t, 1, copy);
    gp_decref(copy);
    return r;
}

static gp_obj *str_sizeof(gp_thread *t, gp_obj *self, gp_obj *const *args, gp_ssize nargs,
                          gp_obj *kwnames) {
    if (gp_strarg_none(t, "str.__sizeof__", nargs, kwnames) < 0) return NULL;
    gp_str *s = S(self);
    gp_ssize n = (gp_ssize)gp_typeof(self)->basicsize + s->size + 1;
    if (s->index) n += ((s->length >> 5) + 1) * (gp_ssize)sizeof(gp_ssize);
    return gp_int_from_ssize(t, n);
}

const gp_method_def gp_str_methods[] = {
    {"encode", str_encode, 0, "Encode the string using the codec registered for encoding."},
    {"replace", str_replace, 0,
     "Return a copy with all occurrences of substring old replaced by new."},
    {"split", str_split, 0,
     "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", str_rsplit, 0,
     "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", str_join, 0, "Concatenate any number of strings."},
    {"capitalize", str_capitalize, 0, "Return a capitalized version of the string."},
    {"casefold", str_casefold, 0,
     "Return a version of the string suitable for caseless comparisons."},
    {"title", str_title, 0, "Return a version of the string where each word is titlecased."},
    {"center", str_center, 0, "Return a centered string of length width."},
    {"count", str_count, 0, "Return the number of non-overlapping occurrences of substring sub."},
    {"expandtabs", str_expandtabs, 0,
     "Return a copy where all tab characters are expanded using spaces."},
    {"find", str_find, 0, "Return the lowest index in S where substring sub is found."},
    {"partition", str_partition, 0,
     "Partition the string into three parts using the given separator."},
    {"index", str_index, 0, "Return the lowest index in S where substring sub is found."},
    {"ljust", str_ljust, 0, "Return a left-justified string of length width."},
    {"lower", str_lower, 0, "Return a copy of the string converted to lowercase."},
    {"lstrip", str_lstrip, 0, "Return a copy of the string with leading whitespace removed."},
    {"rfind", str_rfind, 0, "Return the highest index in S where substring sub is found."},
    {"rindex", str_rindex, 0, "Return the highest index in S where substring sub is found."},
    {"rjust", str_rjust, 0, "Return a right-justified string of length width."},
    {"rstrip", str_rstrip, 0, "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", str_rpartition, 0,
     "Partition the string into three parts using the given separator."},
    {"splitlines", str_splitlines, 0,
     "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", str_strip, 0,
     "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", str_swapcase, 0,
     "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", str_translate, 0,
     "Replace each character in the string using the given translation table."},
    {"upper", str_upper, 0, "Return a copy of the string converted to uppercase."},
    {"startswith", str_startswith, 0,
     "Return True if S starts with the specified prefix, False otherwise."},
    {"endswith", str_endswith, 0,
     "Return True if S ends with the specified suffix, False otherwise."},
    {"removeprefix", str_removeprefix, 0,
     "Return a str with the given prefix string removed if present."},
    {"removesuffix", str_removesuffix, 0,
     "Return a str with the given suffix string removed if present."},
    {"isascii", str_isascii, 0,
     "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", str_islower, 0,
     "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", str_isupper, 0,
     "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", str_istitle, 0,
     "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", str_isspace, 0,
     "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", str_isdecimal, 0,
     "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", str_isdigit, 0, "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", str_isnumeric, 0,
     "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", str_isalpha, 0,
     "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", str_isalnum, 0,
     "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", str_isidentifier, 0,
     "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", str_isprintable, 0, "Return True if the string is printable, False otherwise."},
    {"zfill", str_zfill, 0,
     "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", str_format, 0,
     "Return a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", str_format_map, 0,
     "Return a formatted version of S, using substitutions from mapping."},
    {"__format__", str_dunder_format, 0,
     "Return a formatted version of the string as described by format_spec."},
    {"maketrans", str_maketrans, GP_METH_STATIC,
     "Return a translation table usable for str.translate()."},
    {"__sizeof__", str_sizeof, 0, "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", str_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};
