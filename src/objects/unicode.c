/* Lookups in the generated character tables, and UTF-8 scanning. */
#include "gilpy_core.h"
#include "objects/unicode.h"

unsigned gp_uni_flags_slow(uint32_t cp) {
    int lo = 0, hi = gp_uni_props_count - 1;
    /* Find the last run starting at or before cp. */
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (gp_uni_props[mid].start <= cp)
            lo = mid;
        else
            hi = mid - 1;
    }
    return gp_uni_props[lo].flags;
}

static const gp_uni_case_run *find_run(const gp_uni_case_run *runs, int n, uint32_t cp) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < runs[mid].start)
            hi = mid - 1;
        else if (cp > runs[mid].end)
            lo = mid + 1;
        else
            return (cp - runs[mid].start) % (uint32_t)runs[mid].stride == 0 ? &runs[mid] : NULL;
    }
    return NULL;
}

static const gp_uni_case_multi *find_multi(const gp_uni_case_multi *m, int n, uint32_t cp) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < m[mid].cp)
            hi = mid - 1;
        else if (cp > m[mid].cp)
            lo = mid + 1;
        else
            return &m[mid];
    }
    return NULL;
}

static void tables_for(int kind, const gp_uni_case_run **runs, int *nruns,
                       const gp_uni_case_multi **multi, int *nmulti) {
    switch (kind) {
    case GP_CASE_LOWER:
        *runs = gp_uni_lower_runs, *nruns = gp_uni_lower_runs_count;
        *multi = gp_uni_lower_multi, *nmulti = gp_uni_lower_multi_count;
        break;
    case GP_CASE_UPPER:
        *runs = gp_uni_upper_runs, *nruns = gp_uni_upper_runs_count;
        *multi = gp_uni_upper_multi, *nmulti = gp_uni_upper_multi_count;
        break;
    case GP_CASE_TITLE:
        *runs = gp_uni_title_runs, *nruns = gp_uni_title_runs_count;
        *multi = gp_uni_title_multi, *nmulti = gp_uni_title_multi_count;
        break;
    default:
        *runs = gp_uni_fold_runs, *nruns = gp_uni_fold_runs_count;
        *multi = gp_uni_fold_multi, *nmulti = gp_uni_fold_multi_count;
        break;
    }
}

uint32_t gp_uni_case_simple(int kind, uint32_t cp) {
    unsigned f = gp_uni_flags(cp);
    if (!(f & (GP_UNI_MAP_LOWER << kind))) return cp;
    if (cp < 256 && gp_uni_latin1_case[kind][cp]) return gp_uni_latin1_case[kind][cp];
    const gp_uni_case_run *runs;
    const gp_uni_case_multi *multi;
    int nruns, nmulti;
    tables_for(kind, &runs, &nruns, &multi, &nmulti);
    const gp_uni_case_run *r = find_run(runs, nruns, cp);
    return r ? (uint32_t)((int32_t)cp + r->delta) : cp;
}

int gp_uni_case_full(int kind, uint32_t cp, uint32_t out[3]) {
    unsigned f = gp_uni_flags(cp);
    if (!(f & (GP_UNI_MAP_LOWER << kind))) {
        out[0] = cp;
        return 1;
    }
    if (cp < 256 && gp_uni_latin1_case[kind][cp]) {
        out[0] = gp_uni_latin1_case[kind][cp];
        return 1;
    }
    const gp_uni_case_run *runs;
    const gp_uni_case_multi *multi;
    int nruns, nmulti;
    tables_for(kind, &runs, &nruns, &multi, &nmulti);
    if (f & GP_UNI_MAP_MULTI) {
        const gp_uni_case_multi *m = find_multi(multi, nmulti, cp);
        if (m) {
            int n = 0;
            while (n < 3 && m->seq[n]) {
                out[n] = m->seq[n];
                n++;
            }
            return n;
        }
    }
    const gp_uni_case_run *r = find_run(runs, nruns, cp);
    out[0] = r ? (uint32_t)((int32_t)cp + r->delta) : cp;
    return 1;
}

int gp_uni_decimal(uint32_t cp) {
    if (cp < 128) return (cp >= '0' && cp <= '9') ? (int)(cp - '0') : -1;
    if (!(gp_uni_flags(cp) & GP_UNI_DECIMAL)) return -1;
    int lo = 0, hi = gp_uni_decimal_zeros_count - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (gp_uni_decimal_zeros[mid] <= cp)
            lo = mid;
        else
            hi = mid - 1;
    }
    return (int)((cp - gp_uni_decimal_zeros[lo]) % 10);
}

int gp_uni_isspace(uint32_t cp) { return (gp_uni_flags(cp) & GP_UNI_SPACE) != 0; }

gp_ssize gp_utf8_count(const char *s, gp_ssize n) {
    /* Count the bytes that start a code point: all but continuation bytes. */
    gp_ssize count = 0, i = 0;
    const unsigned char *p = (const unsigned char *)s;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        /* A continuation byte is 10xxxxxx: bit 7 set and bit 6 clear. */
        uint64_t cont = (w & ~(w << 1)) & 0x8080808080808080ULL;
        count += 8 - __builtin_popcountll(cont);
    }
    for (; i < n; i++)
        count += (p[i] & 0xC0) != 0x80;
    return count;
}

int gp_utf8_is_ascii(const char *s, gp_ssize n) {
    gp_ssize i = 0;
    const unsigned char *p = (const unsigned char *)s;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) return 0;
    }
    for (; i < n; i++)
        if (p[i] & 0x80) return 0;
    return 1;
}

int gp_uni_is_xid_start(uint32_t cp) { return (gp_uni_flags(cp) & GP_UNI_XID_START) != 0; }
int gp_uni_is_xid_continue(uint32_t cp) { return (gp_uni_flags(cp) & GP_UNI_XID_CONTINUE) != 0; }
