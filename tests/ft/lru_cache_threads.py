# Threads call one lru_cache-wrapped function (bounded, so entries are
# evicted, and unbounded) while another clears it, or while it clears
# itself, without a lock: every result is right and every call is counted
# as a hit or a miss.
import functools
import threading

N_THREADS = 4
CALLS = 3000
errors = []


def check(cached, clear):
    def worker(k):
        try:
            for i in range(CALLS):
                x = (i * 31 + k) % 200
                if cached(x) != (x, x * x):
                    errors.append("wrong result")
                if clear and i % 300 == 0:
                    cached.cache_clear()
        except Exception as e:
            errors.append(repr(e))

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    info = cached.cache_info()
    return info.hits + info.misses


for maxsize in (None, 64):
    @functools.lru_cache(maxsize=maxsize)
    def square(x):
        return (x, x * x)

    total = check(square, clear=False)
    print(maxsize, "all calls counted:", total == N_THREADS * CALLS)

    @functools.lru_cache(maxsize=maxsize)
    def square2(x):
        return (x, x * x)

    check(square2, clear=True)
# A function that clears its own cache while other threads fill it.
@functools.lru_cache(maxsize=16)
def clearing(x):
    clearing.cache_clear()
    return (x, x * x)


check(clearing, clear=False)
print("errors:", errors)
