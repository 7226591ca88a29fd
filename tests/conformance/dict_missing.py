class D(dict):
    def __missing__(self, key):
        return 'missing-' + str(key)
d = D(a=1)
print(d['a'], d['b'], d.get('b'), 'b' in d, d)
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()))
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, k):
        v = self[k] = self.factory()
        return v
g = Default(list)
g['x'].append(1); g['x'].append(2); g['y'].append(3)
print(dict(g), type(g).__name__, isinstance(g, dict))
