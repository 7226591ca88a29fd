# Insertion order, re-insertion, views that track changes, view set operations.
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(list(d))
d["a"] = "updated"
print(list(d.items()))
del d["z"]
d["z"] = "back"
print(list(d))
ks, vs, its = d.keys(), d.values(), d.items()
d["new"] = 1
print(len(ks), list(ks), list(vs), len(its))
print(ks & {"a", "q"}, sorted(ks | {"q"}), sorted(ks - {"a"}), sorted(ks ^ {"a", "q"}))
print(its & {("new", 1)}, ("new", 1) in its, ("new", 2) in its, "a" in ks, "updated" in vs)
print({"a": 1}.keys() == {"a"}, {"a": 1}.items() == {("a", 1)}, d.keys().isdisjoint({"x"}))
try:
    for k in d:
        d["another"] = 1
except RuntimeError as e:
    print(e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
e = {i: i * i for i in range(10)}
for k in list(e):
    if k % 2:
        del e[k]
print(e)
big = {}
for i in range(1000):
    big[i] = str(i)
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], big[500])
print(repr(d.keys())[:9], type(d.values()).__name__, type(d.items()).__name__)
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(list(zip({"x": 1, "y": 2}.values(), {"x": 1, "y": 2})))
