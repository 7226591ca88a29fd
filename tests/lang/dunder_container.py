# The container protocol: len, getitem, setitem, delitem, contains, iter, reversed.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, v):
        print("set", key, v)
        self.cells[key] = v
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, v):
        return v in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
    def __reversed__(self):
        return iter(["reversed!"])
g = Grid(3, 2)
g[1, 0] = "#"
g[2, 1] = "@"
print(len(g), g[1, 0], g[0, 0], "#" in g, "?" in g)
print(list(g), list(reversed(g)))
del g[1, 0]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print(e)

class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), [x for x in Seq()])
a, b, *c = Seq()
print(a, b, c)
class Sized:
    def __len__(self): return 0
print(bool(Sized()), len(Sized()))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class Iter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Iter()), sum(Iter()), max(Iter()))
try:
    iter(5)
except TypeError as e:
    print(e)
