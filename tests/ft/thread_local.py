# threading.local from many threads at once: each thread sees only its own
# attributes, subclasses run __init__ once per thread, and a thread's values
# go away with the thread.
import threading

data = threading.local()
N = 8
ROUNDS = 2000
errors = []
lock = threading.Lock()


class Counter(threading.local):
    inits = 0

    def __init__(self, start):
        with lock:
            Counter.inits += 1
        self.value = start


counter = Counter(100)


def worker(i):
    data.name = "t%d" % i
    data.items = []
    for r in range(ROUNDS):
        data.items.append(r)
        counter.value += 1
        if data.name != "t%d" % i:
            with lock:
                errors.append(i)
    if len(data.items) != ROUNDS or counter.value != 100 + ROUNDS:
        with lock:
            errors.append(i)
    if sorted(vars(data)) != ["items", "name"]:
        with lock:
            errors.append(i)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors:", errors)
print("inits:", Counter.inits)
print("main has name:", hasattr(data, "name"), "main counter:", counter.value)
