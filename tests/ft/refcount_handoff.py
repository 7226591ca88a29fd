# Objects made in one thread and dropped in another: producers hand objects
# to consumers through queues and exit; the consumers drop the last
# references.  Every object is freed (counted by weak-reference callbacks),
# including those whose creating thread has already exited.
import queue
import threading
import weakref

N = 4
PER = 3000
freed = [0] * N
locks = [threading.Lock() for _ in range(N)]


class Item:
    __slots__ = ("owner", "payload", "__weakref__")

    def __init__(self, owner, payload):
        self.owner = owner
        self.payload = payload


refs = [[] for _ in range(N)]


def make_callback(i):
    def cb(_):
        with locks[i]:
            freed[i] += 1
    return cb


def producer(i, q):
    cb = make_callback(i)
    for k in range(PER):
        it = Item(i, [k, str(k)])
        refs[i].append(weakref.ref(it, cb))
        q.put(it)
    q.put(None)


def consumer(q, out):
    total = 0
    while True:
        it = q.get()
        if it is None:
            break
        total += it.payload[0]
        del it
    out.append(total)


queues = [queue.Queue() for _ in range(N)]
totals = []
producers = [threading.Thread(target=producer, args=(i, queues[i])) for i in range(N)]
for p in producers:
    p.start()
for p in producers:
    p.join()
consumers = [threading.Thread(target=consumer, args=(queues[i], totals)) for i in range(N)]
for c in consumers:
    c.start()
for c in consumers:
    c.join()
print("totals:", sorted(totals) == [sum(range(PER))] * N)
print("freed:", freed)
print("dead refs:", [sum(1 for r in rs if r() is None) for rs in refs])
