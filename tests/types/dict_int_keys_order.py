# Insertion order with int keys, deletion, re-insertion and popitem.
d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = k * k
print(list(d), list(d.values()))
del d[9]
d[9] = "back"
d[3] = "updated in place"
print(list(d.items()))
print(d.popitem(), d.popitem(), list(d))
d.update({1: "one", 100: "hundred"})
print(d)
e = {i: None for i in range(10, 0, -1)}
print(list(e)[:5], next(iter(e)), list(reversed(e))[:3])
f = dict(zip([3, 1, 2], "abc"))
print(sorted(f), list(f), sorted(f.items(), key=lambda kv: kv[1], reverse=True))
g = {-1: "a", 0: "b", 2 ** 70: "c", -(2 ** 70): "d"}
print(list(g), g[2 ** 70])
