/* A small insertion-ordered string map over the compilation arena, used
   for symbol tables and for the name tables of code objects. */
#include "compiler/cinternal.h"

uint32_t gp_strmap_hash(const char *s) {
    /* FNV-1a: names are short, and this only spreads them over slots. */
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

void *gp_strmap_grow(gp_arena *a, void *items, int n, int *cap, size_t elsize) {
    if (n < *cap)
        return items;
    int newcap = *cap ? *cap * 2 : 8;
    void *p = gp_arena_alloc(a, (size_t)newcap * elsize);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, items, (size_t)n * elsize);
    *cap = newcap;
    return p;
}

void gp_strmap_init(gp_strmap *m, gp_arena *arena) {
    memset(m, 0, sizeof(*m));
    m->arena = arena;
}

static int find_slot(const gp_strmap *m, const char *key, uint32_t h) {
    unsigned mask = (unsigned)m->index_cap - 1;
    unsigned i = h & mask;
    for (;;) {
        int e = m->index[i];
        if (e == 0)
            return (int)i;
        const gp_strmap_entry *ent = &m->entries[e - 1];
        if (ent->hash == h && strcmp(ent->key, key) == 0)
            return (int)i;
        i = (i + 1) & mask;
    }
}

int *gp_strmap_get(const gp_strmap *m, const char *key) {
    if (m->n == 0)
        return NULL;
    int slot = find_slot(m, key, gp_strmap_hash(key));
    int e = m->index[slot];
    return e ? &m->entries[e - 1].value : NULL;
}

static int rehash(gp_strmap *m) {
    int cap = m->index_cap ? m->index_cap * 2 : 16;
    int *index = gp_arena_alloc(m->arena, (size_t)cap * sizeof(int));
    if (!index)
        return -1;
    m->index = index;
    m->index_cap = cap;
    for (int i = 0; i < m->n; i++) {
        int slot = find_slot(m, m->entries[i].key, m->entries[i].hash);
        m->index[slot] = i + 1;
    }
    return 0;
}

int gp_strmap_put(gp_strmap *m, const char *key, int value) {
    uint32_t h = gp_strmap_hash(key);
    if (m->n > 0) {
        int slot = find_slot(m, key, h);
        if (m->index[slot]) {
            m->entries[m->index[slot] - 1].value = value;
            return m->index[slot] - 1;
        }
    }
    /* Keep the table at most half full so probes stay short. */
    if ((m->n + 1) * 2 > m->index_cap && rehash(m) < 0)
        return -1;
    gp_strmap_entry *ents = gp_strmap_grow(m->arena, m->entries, m->n, &m->cap, sizeof(*ents));
    if (!ents)
        return -1;
    m->entries = ents;
    ents[m->n].key = key;
    ents[m->n].hash = h;
    ents[m->n].value = value;
    m->index[find_slot(m, key, h)] = m->n + 1;
    return m->n++;
}
