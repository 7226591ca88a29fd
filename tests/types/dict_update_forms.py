# dict construction and update from every kind of source.
d = {}
d.update(a=1)
d.update({"b": 2})
d.update([("c", 3), ["d", 4]])
d.update(zip("ef", (5, 6)), g=7)
d.update(())
print(d)
print(dict({"x": 1}, x=2), dict([("k", 1), ("k", 2)]), dict(zip(range(3), "abc")))
print(dict.fromkeys("aab"), dict.fromkeys(range(3), []), {}.fromkeys(["z"], 0))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
class Keys:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
d.update(Keys())
print(d["p"], d["q"])
for bad in [1, [1], [(1, 2, 3)], ["ab", "c"]]:
    try:
        {}.update(bad)
        print(bad, "accepted")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print({"a": 1}.copy() == {"a": 1}, dict(**{"s": 1}), len(dict(a=1, b=2, c=3)))
d2 = {1: "one"}
d2.setdefault(2)
print(d2, d2.get(3, "dflt"), d2.pop(2), d2.pop(3, None))
