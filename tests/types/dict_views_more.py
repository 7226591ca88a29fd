# Dict views: reversed, len, membership, iteration after changes, comparisons.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(len(k), len(v), len(i), "b" in k, 2 in v, ("b", 2) in i, ("b", 3) in i, ["b", 2] in i)
del d["a"]
print(list(k), list(v), list(i))
print(k == {"b", "c"}, k == ["b", "c"], v == v, i == {("b", 2), ("c", 3)})
print(sorted(k - {"b"}), sorted(k | ["z"]), sorted(i | {1}, key=str), k & "bx")
print(list(d.values())[0], next(iter(d.items())), tuple(d))
print({}.keys(), {}.values(), {}.items(), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items())
m = dict.fromkeys(range(5))
print(list(m.keys()), set(m.values()))
try:
    hash(d.keys())
except TypeError as e:
    print(e)
print(d.keys().isdisjoint(["q"]), d.items().isdisjoint([("b", 2)]), k <= {"b", "c", "d"}, k >= {"b"})
