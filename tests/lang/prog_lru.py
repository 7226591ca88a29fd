# An LRU cache built from a dict (relying on insertion order).
class LRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.data:
            self.hits += 1
            v = self.data.pop(k)
            self.data[k] = v
            return v
        self.misses += 1
        return None
    def put(self, k, v):
        if k in self.data:
            del self.data[k]
        elif len(self.data) >= self.cap:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[k] = v
    def __repr__(self):
        return f"LRU({list(self.data.items())})"
c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c)
c.get("a")
c.put("d", "D")
print(c)
print(c.get("b"), c.get("c"), c.hits, c.misses)
c.put("c", "CC")
print(c)
cache = LRU(64)
def slow_square(n):
    v = cache.get(n)
    if v is None:
        v = n * n
        cache.put(n, v)
    return v
seq = [(i * 7) % 60 for i in range(500)]
print(sum(slow_square(n) for n in seq), cache.hits, cache.misses)
