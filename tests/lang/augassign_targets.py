# Augmented assignment to subscripts, slices, nested attributes and dict entries.
class Box:
    pass
o = Box()
o.inner = Box()
o.inner.count = 1
o.inner.count += 41
print(o.inner.count)
lst = [1, 2, 3, 4]
lst[1:3] += ["x"]
print(lst)
lst[::2] *= 1
print(lst)
m = [[0, 0], [0, 0]]
m[1][0] += 5
m[0] += [9]
print(m)
d = {"k": [1]}
d["k"] += [2]
d["k"][0] -= 10
d.setdefault("n", 0)
d["n"] += 1
print(d)
s = {"a": "x"}
s["a"] *= 3
print(s)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
t = [(1, 2)]
t[0] += (3,)
print(t)
class Tracker:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print("get", k)
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
tr = Tracker()
tr["x"] += 5
tr["x"] **= 2
print(tr.data)
