/* The slow paths of the per-object lock (free-threaded build only): a
   parking lot of a few condition variables shared by address hash, so that
   an object pays one byte for its lock and nothing for a waiter queue. */
#include "runtime/objlock.h"

#ifdef GP_FREE_THREADED

#include <pthread.h>
#include <sched.h>

_Atomic int gp_ft_threaded;

void gp_ft_set_threaded(void) { atomic_store_explicit(&gp_ft_threaded, 1, memory_order_seq_cst); }

#define BUCKETS 64
#define SPINS 64

typedef struct {
    pthread_mutex_t mutex;
    pthread_cond_t cond;
} bucket;

static bucket lot[BUCKETS];
static pthread_once_t lot_once = PTHREAD_ONCE_INIT;

static void lot_init(void) {
    for (int i = 0; i < BUCKETS; i++) {
        pthread_mutex_init(&lot[i].mutex, NULL);
        pthread_cond_init(&lot[i].cond, NULL);
    }
}

static bucket *bucket_of(gp_obj *o) {
    pthread_once(&lot_once, lot_init);
    uintptr_t h = (uintptr_t)o >> 4;
    h ^= h >> 7;
    return &lot[h % BUCKETS];
}

void gp_obj_lock_slow(gp_obj *o) {
    for (int i = 0; i < SPINS; i++) {
        uint8_t expected = 0;
        if (atomic_compare_exchange_weak_explicit(&o->ob_mutex, &expected, 1,
                                                  memory_order_acquire, memory_order_relaxed))
            return;
        if (i >= SPINS / 2) sched_yield();
    }
    /* Mark the lock as contended and sleep until a release sees the mark. */
    bucket *b = bucket_of(o);
    while (atomic_exchange_explicit(&o->ob_mutex, 2, memory_order_acquire) != 0) {
        pthread_mutex_lock(&b->mutex);
        if (atomic_load_explicit(&o->ob_mutex, memory_order_relaxed) == 2)
            pthread_cond_wait(&b->cond, &b->mutex);
        pthread_mutex_unlock(&b->mutex);
    }
}

/* The lock word was 2: free it and wake the sleepers of this bucket; each
   checks its own object again. */
void gp_obj_unlock_slow(gp_obj *o) {
    bucket *b = bucket_of(o);
    pthread_mutex_lock(&b->mutex);
    atomic_store_explicit(&o->ob_mutex, 0, memory_order_release);
    pthread_cond_broadcast(&b->cond);
    pthread_mutex_unlock(&b->mutex);
}

#endif
