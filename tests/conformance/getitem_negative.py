class Seq:
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(*self.items[i])
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError('Seq index out of range')
        return self.items[i]
    def __repr__(self): return 'Seq%r' % (self.items,)
s = Seq('a', 'b', 'c', 'd')
print(s[0], s[-1], s[1:3], s[::-1], s[::2], list(s), 'c' in s, list(reversed(s)), sorted(s, reverse=True))
try:
    s[10]
except IndexError as e:
    print(e)
a, b, *c = s
print(a, b, c, len(s), s.__getitem__(-4), [x.upper() for x in s])
class Sparse:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v):
        if isinstance(k, slice):
            for i, x in zip(range(*k.indices(100)), v):
                self.d[i] = x
        else:
            self.d[k] = v
    def __getitem__(self, k): return self.d.get(k, 0)
sp = Sparse(); sp[2:10:3] = 'xyz'; sp[-1] = 'neg'
print(sorted(sp.d.items()), sp[5], sp[6])
