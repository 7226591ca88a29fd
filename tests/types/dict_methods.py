# Every dict method.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.keys(), d.values(), d.items(), list(d), list(d.items()))
print(d.pop("b"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["a"] = -1
print(d["a"], c["a"])
c.clear()
print(c, dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print(dict(), dict(a=1), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("xy", (1, 2))))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(e)
print({1: "a"} == {1: "a"}, {1: "a"} == {1: "b"}, {1: 1, 2: 2} == {2: 2, 1: 1}, {} != {0: 0})
print(d | {"new": 0}, {"a": 1} | {"a": 2})
d |= {"merged": True}
print(d)
print(reversed({"a": 1, "b": 2}).__next__(), list(reversed({"a": 1, "b": 2}.items())))
print({(1, 2): 3, 1.5: 2, None: 0, True: "t", "s": frozenset()})
