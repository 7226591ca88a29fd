# Keys that compare equal collide: 1, 1.0 and True; custom hashable keys.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {0: "a", False: "b", 0.0: "c", -0.0: "d"}
print(d2)
print({(1, 2): "t", (1, 2.0): "u"})
print({frozenset([1, 2]): 1, frozenset([2, 1]): 2})
nan = float("nan")
d3 = {nan: 1}
d3[nan] = 2
print(len(d3), list(d3.values()))
d3[float("nan")] = 3
print(len(d3))
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return 1   # every key collides
    def __eq__(self, o): return self.k == o.k
    def __repr__(self): return f"Key({self.k})"
d4 = {Key(i): i for i in range(50)}
print(len(d4), d4[Key(33)], Key(49) in d4, Key(50) in d4)
for i in range(0, 50, 2):
    del d4[Key(i)]
print(len(d4), list(d4)[:3])
d5 = {10 ** 20: "big", -1: "neg", 2 ** 61 - 1: "mersenne", 0: "zero"}
print(d5[10 ** 20], d5[-1], d5[2 ** 61 - 1], d5[0.0])
print({"a": 1}.get("a"), {None: 1}[None], {...: "e"}[...], {(): 1}[()])
