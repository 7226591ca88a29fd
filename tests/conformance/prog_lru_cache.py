class LRU:
    def __init__(self, cap):
        self.cap, self.d = cap, {}
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.d:
            v = self.d.pop(k)
            self.d[k] = v
            self.hits += 1
            return v
        self.misses += 1
        return None
    def put(self, k, v):
        self.d.pop(k, None)
        self.d[k] = v
        if len(self.d) > self.cap:
            oldest = next(iter(self.d))
            del self.d[oldest]
    def __repr__(self): return 'LRU(%r)' % list(self.d.items())
c = LRU(3)
for op in ['p1', 'p2', 'p3', 'g1', 'p4', 'g2', 'g3', 'p5', 'g1', 'g4']:
    k = int(op[1])
    if op[0] == 'p':
        c.put(k, k * 100)
    else:
        print('get', k, c.get(k))
print(c, c.hits, c.misses)
def lru_cache(n):
    def deco(f):
        cache = LRU(n)
        def w(*a):
            r = cache.get(a)
            if r is None:
                r = f(*a)
                cache.put(a, r)
            return r
        w.cache = cache
        return w
    return deco
@lru_cache(100)
def binom(n, k):
    return 1 if k in (0, n) else binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(60, 30), binom.cache.hits > 0)
