/* list.sort(): a stable, adaptive merge sort.

   The list is cut into natural runs (ascending, or strictly descending and
   then reversed); runs shorter than a minimum length are extended with a
   binary insertion sort.  Runs wait on a stack and are merged following the
   "powersort" policy: each boundary between two neighbouring runs gets a
   power (the depth at which the boundary's midpoint would sit in a perfectly
   balanced merge tree over the whole array), and a boundary is merged once a
   boundary of lower power arrives.  Merges copy the shorter run aside and
   switch to galloping (exponential then binary search) when one run keeps
   winning, which makes nearly sorted input cost close to O(n).

   With a key function the keys are computed once and sorted alongside the
   items (a second array moved in parallel).  While the sort runs the list
   looks empty; changes made to it meanwhile (by a key function or a
   comparison) are detected and reported as "list modified during sort". */
#include "gilpy_core.h"
#include "runtime/objlock.h"

#define MIN_GALLOP 7
#define MAX_PENDING 85

typedef struct sort_state sort_state;

/* Keys and, when a key function is used, the items that move with them. */
typedef struct {
    gp_obj **keys;
    gp_obj **values;
} span;

typedef struct {
    gp_ssize base, len;
    int power;
} run;

struct sort_state {
    gp_thread *t;
    gp_obj **keys, **values; /* the whole array */
    gp_ssize n;
    /* a < b: 1, 0, or -1 on error */
    int (*lt)(sort_state *s, gp_obj *a, gp_obj *b);
    gp_ssize min_gallop;
    gp_obj **tmp; /* room for tmp_alloc keys and as many values */
    gp_ssize tmp_alloc;
    gp_obj *small_tmp[64];
    int npending;
    run pending[MAX_PENDING];
};

/* ------------------------------------------------------------ comparisons */

static int lt_generic(sort_state *s, gp_obj *a, gp_obj *b) {
    return gp_obj_richcompare_bool(s->t, a, b, GP_LT);
}

static int lt_small_int(sort_state *s, gp_obj *a, gp_obj *b) {
    return gp_small_value(a) < gp_small_value(b);
}

static int lt_float(sort_state *s, gp_obj *a, gp_obj *b) {
    return gp_float_value(a) < gp_float_value(b);
}

static int lt_str(sort_state *s, gp_obj *a, gp_obj *b) { return gp_str_compare(a, b) < 0; }

/* Tuples: skip the equal leading items, then order by the first that
   differs (or by length).  Small ints among the items compare inline. */
static int lt_tuple(sort_state *s, gp_obj *a, gp_obj *b) {
    gp_ssize na = gp_tuple_size(a), nb = gp_tuple_size(b);
    gp_obj **ia = gp_tuple_items(a), **ib = gp_tuple_items(b);
    gp_ssize i;
    for (i = 0; i < na && i < nb; i++) {
        gp_obj *x = ia[i], *y = ib[i];
        if (x == y) continue;
        if (gp_is_small(x) && gp_is_small(y)) return gp_small_value(x) < gp_small_value(y);
        int k = gp_obj_richcompare_bool(s->t, x, y, GP_EQ);
        if (k < 0) return -1;
        if (!k) break;
    }
    if (i >= na || i >= nb) return na < nb;
    gp_obj *x = ia[i], *y = ib[i];
    if (gp_str_check_exact(x) && gp_str_check_exact(y)) return gp_str_compare(x, y) < 0;
    return gp_obj_richcompare_bool(s->t, x, y, GP_LT);
}

/* Pick the cheapest comparison that is exact for every key. */
static void choose_compare(sort_state *s) {
    gp_obj **k = s->keys;
    gp_ssize n = s->n;
    int all_small = 1, all_float = 1, all_str = 1, all_tuple = 1;
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *o = k[i];
        if (gp_is_small(o)) {
            all_float = all_str = all_tuple = 0;
        } else {
            all_small = 0;
            gp_type *tp = o->ob_type;
            if (tp != &gp_float_type) all_float = 0;
            if (tp != &gp_str_type) all_str = 0;
            if (tp != &gp_tuple_type) all_tuple = 0;
        }
        if (!(all_small | all_float | all_str | all_tuple)) break;
    }
    s->lt = all_small ? lt_small_int
            : all_float ? lt_float
            : all_str ? lt_str
            : all_tuple ? lt_tuple
            : lt_generic;
}

/* ------------------------------------------------------------ moving data */

static inline void sp_advance(span *p, gp_ssize n) {
    p->keys += n;
    if (p->values) p->values += n;
}

static inline void sp_copy(span *dst, gp_ssize i, span *src, gp_ssize j) {
    dst->keys[i] = src->keys[j];
    if (dst->values) dst->values[i] = src->values[j];
}

/* *dst++ = *src++ */
static inline void sp_copy_incr(span *dst, span *src) {
    *dst->keys++ = *src->keys++;
    if (dst->values) *dst->values++ = *src->values++;
}

/* *dst-- = *src-- */
static inline void sp_copy_decr(span *dst, span *src) {
    *dst->keys-- = *src->keys--;
    if (dst->values) *dst->values-- = *src->values--;
}

static inline void sp_memcpy(span *dst, gp_ssize i, span *src, gp_ssize j, gp_ssize n) {
    memcpy(&dst->keys[i], &src->keys[j], (size_t)n * sizeof(gp_obj *));
    if (dst->values) memcpy(&dst->values[i], &src->values[j], (size_t)n * sizeof(gp_obj *));
}

static inline void sp_memmove(span *dst, gp_ssize i, span *src, gp_ssize j, gp_ssize n) {
    memmove(&dst->keys[i], &src->keys[j], (size_t)n * sizeof(gp_obj *));
    if (dst->values) memmove(&dst->values[i], &src->values[j], (size_t)n * sizeof(gp_obj *));
}

static void reverse_range(gp_obj **lo, gp_obj **hi) {
    for (--hi; lo < hi; lo++, hi--) {
        gp_obj *x = *lo;
        *lo = *hi;
        *hi = x;
    }
}

static span span_at(sort_state *s, gp_ssize i) {
    span p = {s->keys + i, s->values ? s->values + i : NULL};
    return p;
}

/* Make the temporary area hold at least need keys (and values). */
static int ensure_tmp(sort_state *s, gp_ssize need) {
    if (need <= s->tmp_alloc) return 0;
    if (s->tmp != s->small_tmp) gp_mem_free(s->tmp);
    s->tmp = gp_mem_alloc((size_t)need * 2 * sizeof(gp_obj *));
    if (!s->tmp) {
        s->tmp = s->small_tmp;
        s->tmp_alloc = 32;
        gp_err_nomemory(s->t);
        return -1;
    }
    s->tmp_alloc = need;
    return 0;
}

static span tmp_span(sort_state *s) {
    span p = {s->tmp, s->values ? s->tmp + s->tmp_alloc : NULL};
    return p;
}

/* ------------------------------------------------------------ small sorts */

/* Sort [lo, hi) given that [lo, start) is already sorted, inserting each
   further item after the last equal one (which keeps the sort stable). */
static int binary_insertion(sort_state *s, gp_ssize lo, gp_ssize hi, gp_ssize start) {
    gp_obj **k = s->keys, **v = s->values;
    if (start == lo) start++;
    for (; start < hi; start++) {
        gp_obj *pivot = k[start];
        gp_ssize l = lo, r = start;
        while (l < r) {
            gp_ssize mid = l + ((r - l) >> 1);
            int c = s->lt(s, pivot, k[mid]);
            if (c < 0) return -1;
            if (c) r = mid;
            else l = mid + 1;
        }
        memmove(&k[l + 1], &k[l], (size_t)(start - l) * sizeof(gp_obj *));
        k[l] = pivot;
        if (v) {
            gp_obj *pv = v[start];
            memmove(&v[l + 1], &v[l], (size_t)(start - l) * sizeof(gp_obj *));
            v[l] = pv;
        }
    }
    return 0;
}

/* The length of the run starting at lo (at most hi - lo).  A strictly
   descending run is reversed in place; strictness keeps equal items in
   their original order. */
static gp_ssize count_run(sort_state *s, gp_ssize lo, gp_ssize hi) {
    gp_obj **k = s->keys;
    if (lo + 1 == hi) return 1;
    gp_ssize i = lo + 1;
    int c = s->lt(s, k[i], k[i - 1]);
    if (c < 0) return -1;
    if (c) {
        for (i++; i < hi; i++) {
            c = s->lt(s, k[i], k[i - 1]);
            if (c < 0) return -1;
            if (!c) break;
        }
        reverse_range(k + lo, k + i);
        if (s->values) reverse_range(s->values + lo, s->values + i);
    } else {
        for (i++; i < hi; i++) {
            c = s->lt(s, k[i], k[i - 1]);
            if (c < 0) return -1;
            if (c) break;
        }
    }
    return i - lo;
}

/* ------------------------------------------------------------- galloping */

/* Where key belongs in the sorted a[0..n): the first k with key <= a[k]
   (before any equal items).  hint is where to start looking. */
static gp_ssize gallop_left(sort_state *s, gp_obj *key, gp_obj **a, gp_ssize n, gp_ssize hint) {
    gp_ssize last = 0, ofs = 1;
    int c;
    a += hint;
    if ((c = s->lt(s, *a, key)) < 0) return -1;
    if (c) {
        /* a[hint] < key: gallop right until a[hint+last] < key <= a[hint+ofs]. */
        gp_ssize maxofs = n - hint;
        while (ofs < maxofs) {
            if ((c = s->lt(s, a[ofs], key)) < 0) return -1;
            if (!c) break;
            last = ofs;
            ofs = (ofs << 1) + 1;
            if (ofs <= 0) ofs = maxofs;
        }
        if (ofs > maxofs) ofs = maxofs;
        last += hint;
        ofs += hint;
    } else {
        /* key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-last]. */
        gp_ssize maxofs = hint + 1;
        while (ofs < maxofs) {
            if ((c = s->lt(s, *(a - ofs), key)) < 0) return -1;
            if (c) break;
            last = ofs;
            ofs = (ofs << 1) + 1;
            if (ofs <= 0) ofs = maxofs;
        }
        if (ofs > maxofs) ofs = maxofs;
        gp_ssize k = last;
        last = hint - ofs;
        ofs = hint - k;
    }
    a -= hint;
    /* Now a[last] < key <= a[ofs]: binary search in between. */
    last++;
    while (last < ofs) {
        gp_ssize m = last + ((ofs - last) >> 1);
        if ((c = s->lt(s, a[m], key)) < 0) return -1;
        if (c) last = m + 1;
        else ofs = m;
    }
    return ofs;
}

/* Like gallop_left, but the first k with key < a[k] (after equal items). */
static gp_ssize gallop_right(sort_state *s, gp_obj *key, gp_obj **a, gp_ssize n, gp_ssize hint) {
    gp_ssize last = 0, ofs = 1;
    int c;
    a += hint;
    if ((c = s->lt(s, key, *a)) < 0) return -1;
    if (c) {
        /* key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-last]. */
        gp_ssize maxofs = hint + 1;
        while (ofs < maxofs) {
            if ((c = s->lt(s, key, *(a - ofs))) < 0) return -1;
            if (!c) break;
            last = ofs;
            ofs = (ofs << 1) + 1;
            if (ofs <= 0) ofs = maxofs;
        }
        if (ofs > maxofs) ofs = maxofs;
        gp_ssize k = last;
        last = hint - ofs;
        ofs = hint - k;
    } else {
        /* a[hint] <= key: gallop right until a[hint+last] <= key < a[hint+ofs]. */
        gp_ssize maxofs = n - hint;
        while (ofs < maxofs) {
            if ((c = s->lt(s, key, a[ofs])) < 0) return -1;
            if (c) break;
            last = ofs;
            ofs = (ofs << 1) + 1;
            if (ofs <= 0) ofs = maxofs;
        }
        if (ofs > maxofs) ofs = maxofs;
        last += hint;
        ofs += hint;
    }
    a -= hint;
    last++;
    while (last < ofs) {
        gp_ssize m = last + ((ofs - last) >> 1);
        if ((c = s->lt(s, key, a[m])) < 0) return -1;
        if (c) ofs = m;
        else last = m + 1;
    }
    return ofs;
}

/* --------------------------------------------------------------- merging */

/* Merge the adjacent sorted runs a (na items) and b (nb items), na <= nb.
   The caller has trimmed them so that b[0] < a[0] and a's last item is
   greater than b's last: b[0] comes first and a's last item comes last.  a
   is copied aside and the merge fills the area from the left. */
static int merge_lo(sort_state *s, span a, gp_ssize na, span b, gp_ssize nb) {
    if (ensure_tmp(s, na) < 0) return -1;
    span dest = a;
    span tmp = tmp_span(s);
    sp_memcpy(&tmp, 0, &a, 0, na);
    a = tmp;
    int c;
    gp_ssize k;

    sp_copy_incr(&dest, &b);
    nb--;
    if (nb == 0) goto succeed;
    if (na == 1) goto copy_a;

    gp_ssize min_gallop = s->min_gallop;
    for (;;) {
        gp_ssize acount = 0, bcount = 0;
        /* One item at a time until one run wins min_gallop times in a row. */
        for (;;) {
            c = s->lt(s, *b.keys, *a.keys);
            if (c < 0) goto fail;
            if (c) {
                sp_copy_incr(&dest, &b);
                bcount++;
                acount = 0;
                if (--nb == 0) goto succeed;
                if (bcount >= min_gallop) break;
            } else {
                sp_copy_incr(&dest, &a);
                acount++;
                bcount = 0;
                if (--na == 1) goto copy_a;
                if (acount >= min_gallop) break;
            }
        }
        /* Gallop: move whole stretches while either run keeps winning. */
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            k = gallop_right(s, *b.keys, a.keys, na, 0);
            acount = k;
            if (k) {
                if (k < 0) goto fail;
                sp_memcpy(&dest, 0, &a, 0, k);
                sp_advance(&dest, k);
                sp_advance(&a, k);
                na -= k;
                if (na == 1) goto copy_a;
                /* na == 0 is impossible: a's last item beats all of b. */
                if (na == 0) goto succeed;
            }
            sp_copy_incr(&dest, &b);
            if (--nb == 0) goto succeed;

            k = gallop_left(s, *a.keys, b.keys, nb, 0);
            bcount = k;
            if (k) {
                if (k < 0) goto fail;
                sp_memmove(&dest, 0, &b, 0, k);
                sp_advance(&dest, k);
                sp_advance(&b, k);
                nb -= k;
                if (nb == 0) goto succeed;
            }
            sp_copy_incr(&dest, &a);
            if (--na == 1) goto copy_a;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        s->min_gallop = min_gallop;
    }
succeed:
    if (na) sp_memcpy(&dest, 0, &a, 0, na);
    return 0;
fail:
    if (na) sp_memcpy(&dest, 0, &a, 0, na);
    return -1;
copy_a:
    /* The last item of a goes after everything left in b. */
    sp_memmove(&dest, 0, &b, 0, nb);
    sp_copy(&dest, nb, &a, 0);
    return 0;
}

/* The mirror image of merge_lo for nb < na: b is copied aside and the merge
   fills the area from the right.  a and b point at the runs' first items. */
static int merge_hi(sort_state *s, span a, gp_ssize na, span b, gp_ssize nb) {
    if (ensure_tmp(s, nb) < 0) return -1;
    span dest = b;
    sp_advance(&dest, nb - 1);
    span tmp = tmp_span(s);
    sp_memcpy(&tmp, 0, &b, 0, nb);
    span basea = a, baseb = tmp;
    b = tmp;
    sp_advance(&b, nb - 1);
    sp_advance(&a, na - 1);
    int c;
    gp_ssize k;

    sp_copy_decr(&dest, &a);
    na--;
    if (na == 0) goto succeed;
    if (nb == 1) goto copy_b;

    gp_ssize min_gallop = s->min_gallop;
    for (;;) {
        gp_ssize acount = 0, bcount = 0;
        for (;;) {
            c = s->lt(s, *b.keys, *a.keys);
            if (c < 0) goto fail;
            if (c) {
                sp_copy_decr(&dest, &a);
                acount++;
                bcount = 0;
                if (--na == 0) goto succeed;
                if (acount >= min_gallop) break;
            } else {
                sp_copy_decr(&dest, &b);
                bcount++;
                acount = 0;
                if (--nb == 1) goto copy_b;
                if (bcount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            k = gallop_right(s, *b.keys, basea.keys, na, na - 1);
            if (k < 0) goto fail;
            k = na - k;
            acount = k;
            if (k) {
                sp_advance(&dest, -k);
                sp_advance(&a, -k);
                sp_memmove(&dest, 1, &a, 1, k);
                na -= k;
                if (na == 0) goto succeed;
            }
            sp_copy_decr(&dest, &b);
            if (--nb == 1) goto copy_b;

            k = gallop_left(s, *a.keys, baseb.keys, nb, nb - 1);
            if (k < 0) goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                sp_advance(&dest, -k);
                sp_advance(&b, -k);
                sp_memcpy(&dest, 1, &b, 1, k);
                nb -= k;
                if (nb == 1) goto copy_b;
                /* nb == 0 is impossible: b's first item loses to all of a. */
                if (nb == 0) goto succeed;
            }
            sp_copy_decr(&dest, &a);
            if (--na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        s->min_gallop = min_gallop;
    }
succeed:
    if (nb) sp_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return 0;
fail:
    if (nb) sp_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return -1;
copy_b:
    /* The first item of b goes before everything left in a. */
    sp_advance(&dest, -na);
    sp_advance(&a, -na);
    sp_memmove(&dest, 1, &a, 1, na);
    sp_copy(&dest, 0, &b, 0);
    return 0;
}

/* Merge pending runs i and i + 1. */
static int merge_at(sort_state *s, int i) {
    run *ra = &s->pending[i], *rb = &s->pending[i + 1];
    gp_ssize na = ra->len, nb = rb->len;
    span a = span_at(s, ra->base), b = span_at(s, rb->base);

    ra->len = na + nb;
    if (i == s->npending - 3) s->pending[i + 1] = s->pending[i + 2];
    s->npending--;

    /* Items of a that are <= b[0] are already in place. */
    gp_ssize k = gallop_right(s, *b.keys, a.keys, na, 0);
    if (k < 0) return -1;
    sp_advance(&a, k);
    na -= k;
    if (na == 0) return 0;
    /* Items of b that are >= a's last item are already in place. */
    nb = gallop_left(s, a.keys[na - 1], b.keys, nb, nb - 1);
    if (nb <= 0) return (int)nb;
    return na <= nb ? merge_lo(s, a, na, b, nb) : merge_hi(s, a, na, b, nb);
}

/* The power of the boundary between the run [s1, s1 + n1) and the run that
   follows it with n2 items, in an array of n items: the number of leading
   binary digits that the midpoints of the two runs, as fractions of n,
   share, plus one. */
static int boundary_power(gp_ssize s1, gp_ssize n1, gp_ssize n2, gp_ssize n) {
    /* Work with twice the midpoints so that they stay integers. */
    gp_ssize a = 2 * s1 + n1;
    gp_ssize b = a + n1 + n2;
    int power = 0;
    for (;;) {
        power++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return power;
}

/* A new run of n2 items was found right after the top of the stack: merge
   what the powersort policy says is due, then push it. */
static int push_run(sort_state *s, gp_ssize base, gp_ssize n2) {
    if (s->npending > 0) {
        run *top = &s->pending[s->npending - 1];
        int power = boundary_power(top->base, top->len, n2, s->n);
        while (s->npending > 1 && s->pending[s->npending - 2].power > power)
            if (merge_at(s, s->npending - 2) < 0) return -1;
        s->pending[s->npending - 1].power = power;
    }
    run *r = &s->pending[s->npending++];
    r->base = base;
    r->len = n2;
    r->power = 0;
    return 0;
}

static gp_ssize min_run_length(gp_ssize n) {
    gp_ssize r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int sort_arrays(sort_state *s) {
    gp_ssize n = s->n;
    if (n < 2) return 0;
    choose_compare(s);
    gp_ssize minrun = min_run_length(n);
    gp_ssize lo = 0;
    while (lo < n) {
        gp_ssize len = count_run(s, lo, n);
        if (len < 0) return -1;
        if (len < minrun) {
            gp_ssize force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(s, lo, lo + force, lo + len) < 0) return -1;
            len = force;
        }
        if (push_run(s, lo, len) < 0) return -1;
        lo += len;
    }
    while (s->npending > 1)
        if (merge_at(s, s->npending - 2) < 0) return -1;
    return 0;
}

/* Sort keys[0..n) (and values alongside when not NULL) in place. */
static int sort_run(gp_thread *t, gp_obj **keys, gp_obj **values, gp_ssize n, int reverse) {
    sort_state s;
    s.t = t;
    s.n = n;
    s.min_gallop = MIN_GALLOP;
    s.tmp = s.small_tmp;
    s.tmp_alloc = 32;
    s.npending = 0;
    s.keys = keys;
    s.values = values;
    int ok = -1;
    if (reverse && n > 1) {
        reverse_range(s.keys, s.keys + n);
        if (s.values) reverse_range(s.values, s.values + n);
    }
    if (sort_arrays(&s) < 0) goto done;
    if (reverse && n > 1) {
        reverse_range(s.keys, s.keys + n);
        if (s.values) reverse_range(s.values, s.values + n);
    }
    ok = 0;
done:
    if (s.tmp != s.small_tmp) gp_mem_free(s.tmp);
    return ok;
}

/* Whether comparing the items runs only C code of this file's kind: all
   exact ints, all exact floats or all exact strs.  Such a list can be
   sorted while its lock is held. */
static int plain_items(gp_obj **items, gp_ssize n) {
    if (n == 0) return 1;
    gp_type *tp = gp_typeof(items[0]);
    if (tp != &gp_int_type && tp != &gp_float_type && tp != &gp_str_type) return 0;
    for (gp_ssize i = 1; i < n; i++)
        if (gp_typeof(items[i]) != tp) return 0;
    return 1;
}

int gp_list_sort(gp_thread *t, gp_obj *list, gp_obj *key, int reverse) {
    gp_list *l = (gp_list *)list;
    gp_obj **keys = NULL;
    int ok = -1;

    gp_obj_lock(list);
    /* With other threads running, a list of plain ints, floats or strs is
       sorted under its lock: no Python code can run, and the sort is one
       step for every other thread. */
    if (gp_is_threaded() && !key && l->alloc >= 0 && plain_items(l->items, l->size)) {
        ok = sort_run(t, l->items, NULL, l->size, reverse);
        gp_obj_unlock(list);
        return ok;
    }
    /* Otherwise detach the items: the list looks empty to Python code (and
       to other threads) meanwhile, and the sort works on the detached array
       without the lock, since comparisons run Python code. */
    gp_obj **saved = l->items;
    gp_ssize n = l->size, saved_alloc = l->alloc;
    l->items = NULL;
    l->size = 0;
    l->alloc = -1;
    gp_obj_unlock(list);

    gp_ssize nkeys = 0;
    if (key && n > 0) {
        keys = gp_mem_alloc((size_t)n * sizeof(gp_obj *));
        if (!keys) {
            gp_err_nomemory(t);
            goto done;
        }
        for (; nkeys < n; nkeys++) {
            keys[nkeys] = gp_call1(t, key, saved[nkeys]);
            if (!keys[nkeys]) goto done;
        }
        ok = sort_run(t, keys, saved, n, reverse);
    } else {
        ok = sort_run(t, saved, NULL, n, reverse);
    }
done:
    if (keys) {
        for (gp_ssize i = 0; i < nkeys; i++) gp_decref(keys[i]);
        gp_mem_free(keys);
    }
    gp_obj_lock(list);
    int modified = l->alloc != -1;
    gp_obj **final = l->items;
    gp_ssize final_size = l->size;
    l->items = saved;
    l->size = n;
    l->alloc = saved_alloc;
    /* Another thread's changes during the sort are kept, appended after
       the sorted items, rather than dropped as single-threaded CPython
       drops a key function's changes: a program's data must not vanish
       because two threads raced. */
    if (modified && gp_is_threaded() && final_size > 0 && saved_alloc >= 0) {
        gp_obj **merged = gp_mem_realloc(saved, (size_t)(n + final_size) * sizeof(gp_obj *));
        if (merged) {
            memcpy(merged + n, final, (size_t)final_size * sizeof(gp_obj *));
            l->items = merged;
            l->size = l->alloc = n + final_size;
            final_size = 0;
        }
    }
    gp_obj_unlock(list);
    if (modified && ok == 0) {
        gp_err_set_str(t, &gp_exc_ValueError, "list modified during sort");
        ok = -1;
    }
    if (final) {
        while (--final_size >= 0) gp_xdecref(final[final_size]);
        gp_mem_free(final);
    }
    return ok;
}
