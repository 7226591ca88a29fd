# repr() of a set that another thread empties shows either state, never a
# half one; threads sharing an itertools.cycle, one of them ending its
# first pass, never find its source gone.
import itertools
import threading

N_THREADS = 4
bad = []

for _ in range(200):
    s = {1, 2, 3, 4}
    reprs = []
    barrier = threading.Barrier(N_THREADS)

    def show():
        barrier.wait()
        reprs.append(repr(s))

    def clear():
        barrier.wait()
        s.clear()

    threads = [threading.Thread(target=clear)] + [threading.Thread(target=show) for _ in range(N_THREADS - 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    bad += [r for r in reprs if r not in ("set()", "{1, 2, 3, 4}")]
print("half reprs:", bad)

errors = []
for _ in range(100):
    c = itertools.cycle(range(5))
    barrier = threading.Barrier(N_THREADS)

    def take():
        barrier.wait()
        try:
            for _ in range(50):
                if next(c) not in range(5):
                    errors.append("foreign item")
        except Exception as e:
            errors.append(repr(e))

    threads = [threading.Thread(target=take) for _ in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
print("cycle errors:", errors[:3])
