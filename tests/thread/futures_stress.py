# ThreadPoolExecutor under load: map over thousands of items, thousands of
# submits collected with as_completed and wait, callbacks counting under a
# lock, and many executors used at once from several threads.
import concurrent.futures as cf
import threading

with cf.ThreadPoolExecutor(max_workers=8) as ex:
    squares = list(ex.map(lambda x: x * x, range(5000)))
    print("map", len(squares), sum(squares), squares[:5], squares[-1])
    chunked = list(ex.map(lambda a, b: a + b, range(3000), range(3000), chunksize=50))
    print("map two iterables", sum(chunked))

    counted = [0, 0]
    lock = threading.Lock()
    all_called = threading.Event()

    # A future wakes its waiters before it runs its callbacks, so the last
    # callbacks may still be running when wait() returns: count them.
    def on_done(fut):
        with lock:
            counted[0] += fut.result()
            counted[1] += 1
            if counted[1] == 3000:
                all_called.set()

    fs = []
    for i in range(3000):
        f = ex.submit(lambda v: v % 7, i)
        f.add_done_callback(on_done)
        fs.append(f)
    total = sum(f.result() for f in cf.as_completed(fs))
    done, not_done = cf.wait(fs)
    all_called.wait(60)
    print("as_completed", total, counted[0], len(done), len(not_done))

    shared = {}
    shared_lock = threading.Lock()

    def tally(word):
        with shared_lock:
            shared[word] = shared.get(word, 0) + 1
        return len(word)

    words = ["alpha", "beta", "gamma", "delta"] * 1000
    lengths = sum(ex.map(tally, words))
    print("tally", lengths, sorted(shared.items()))

# Several threads each drive their own executor at the same time.
results = {}


def driver(k):
    with cf.ThreadPoolExecutor(max_workers=4, thread_name_prefix="d%d" % k) as ex:
        results[k] = sum(ex.map(lambda x: x * k, range(1000)))


ds = [threading.Thread(target=driver, args=(k,)) for k in range(8)]
for d in ds:
    d.start()
for d in ds:
    d.join()
print("drivers", sorted(results.items()))

# Work in one executor that submits work to another and waits for it.
with cf.ThreadPoolExecutor(max_workers=4) as inner, cf.ThreadPoolExecutor(max_workers=4) as ex:
    def outer(n):
        return sum(f.result() for f in [inner.submit(pow, n, 2) for _ in range(3)])
    print("nested", sum(ex.map(outer, range(100))))
print("threads left", threading.active_count())
