# slice objects: attributes, indices(), equality, use with sequences.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100).indices(10))
print(slice(None, None, -2).indices(7), slice(5, 1, -1).indices(3))
print("abcdefghij"[s], list(range(20))[s], (1, 2, 3)[slice(None, None, -1)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(e)
print(slice("a", "b").start, type(s).__name__)
class Rec:
    def __getitem__(self, k):
        return k if not isinstance(k, slice) else ("slice", k.start, k.stop, k.step)
r = Rec()
print(r[1:2], r[::], r[:5], r[1:2:3], r["a":"b"])
