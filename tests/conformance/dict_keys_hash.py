class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v) % 3
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K(%r)' % self.v
d = {K(i): i for i in range(10)}
print(d[K(5)], K(11) in d, len(d))
del d[K(3)]
print(sorted(x.v for x in d))
d2 = {1: 'int', 1.0: 'float', True: 'bool'}
print(d2)
d3 = {(1, 2): 'tuple', frozenset([1]): 'fs', None: 'none', 'x': 'str', 2**70: 'big', -0.0: 'zero'}
print(d3[(1, 2)], d3[frozenset({1})], d3[None], d3[2**70], d3[0])
try:
    d3[[1]] = 0
except TypeError as e:
    print(e)
class Eq:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
e = Eq()
print({e: 1}[e], Eq() in {e: 1})
