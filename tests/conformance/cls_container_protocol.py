class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d.get(k, 0)
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
g = Grid(); g[1, 2] = 5; g[0, 0] = 1
print(g[1, 2], g[9, 9], len(g), (1, 2) in g, (5, 5) in g, list(g), bool(g))
del g[0, 0]; print(len(g))
try:
    del g[7, 7]
except KeyError as e:
    print('KeyError', e)
class Empty:
    def __len__(self): return 0
print(bool(Empty()), not Empty(), 'yes' if Empty() else 'no')
class C2:
    def __iter__(self): return iter([1, 2, 3])
print(2 in C2(), 5 in C2())
class NoContains:
    __contains__ = None
try:
    1 in NoContains()
except TypeError as e:
    print(e)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(e)
