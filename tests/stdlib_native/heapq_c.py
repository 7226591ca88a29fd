# heapq over the C functions of _heapq: results, messages, max-heap helpers
# and lists that change under a comparison.
import heapq, random

def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

print(heapq.heappush.__module__ if hasattr(heapq.heappush, '__module__') else None)
for f in [lambda: heapq.heappush([]), lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]),
          lambda: heapq.heapify(()), lambda: heapq.heapreplace([], 1), lambda: heapq.heappushpop(1, 1),
          lambda: heapq.heappop(h=[]), lambda: heapq._heappop_max([]), lambda: heapq.heappush([1], 'a'),
          lambda: heapq._heapify_max(3), lambda: heapq.heappushpop([], 5), lambda: heapq.heappushpop([1], 0),
          lambda: heapq.heappushpop([1], 3), lambda: heapq.heapify([], 1)]:
    attempt(f)

rng = random.Random(7)
for n in [0, 1, 2, 3, 10, 101, 1000]:
    data = [rng.randrange(50) for _ in range(n)]
    h = []
    for x in data:
        heapq.heappush(h, x)
    assert all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h)))
    out = [heapq.heappop(h) for _ in range(n)]
    assert out == sorted(data), n
    h = list(data)
    heapq.heapify(h)
    m = list(data)
    heapq._heapify_max(m)
    assert all(m[(i - 1) // 2] >= m[i] for i in range(1, len(m)))
    outm = [heapq._heappop_max(m) for _ in range(n)]
    assert outm == sorted(data, reverse=True)
    if h:
        r = [heapq.heapreplace(h, x) for x in data[:10]]
        p = [heapq.heappushpop(h, x) for x in data[:10]]
        print(n, r[:3], p[:3], sorted(h)[:5])
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(3, [5, 1, 4, 2]),
      list(heapq.merge([1, 4], [2, 3], [0])), list(heapq.merge([4, 1], [3, 2], reverse=True)))
print(heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len), heapq.nsmallest(2, [(1, 'b'), (1, 'a'), (0, 'z')]))
fl = [3.5, -1.0, 2.25, float('inf'), 0.0]
heapq.heapify(fl)
print([heapq.heappop(fl) for _ in range(5)])
big = [2 ** 70, -(2 ** 70), 5, 2 ** 65]
heapq.heapify(big)
print([heapq.heappop(big) for _ in range(4)])

class Evil:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v
h = []
h.extend([Evil(i, h) for i in range(5)])
attempt(lambda: heapq.heappush(h, Evil(-1, h)))
h = []
h.extend([Evil(i, h) for i in range(5)])
attempt(lambda: heapq.heappop(h))
h = []
h.extend([Evil(i, h) for i in range(5)])
attempt(lambda: heapq.heappushpop(h, Evil(9, h)))
h = [1, 2]
attempt(lambda: heapq.heappush(h, 'x'))
print(h)
