s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-100, 100).indices(7), slice(-3, None).indices(5))
print('abcdefghij'[s], [0, 1, 2, 3, 4][slice(-2, None)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    hash(slice(1))
    print('hashable')
except TypeError as e:
    print(e)
class G:
    def __getitem__(self, k): return k
g = G()
print(g[1:2], g[::3], g[1:2, 3], g[...], g[:, None])
