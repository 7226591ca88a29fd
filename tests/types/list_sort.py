# list.sort and sorted: stability, key, reverse, mixed types.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data), sorted(data, key=lambda x: x[1]), sorted(data, key=lambda x: x[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2.5, 0, -7, 10 ** 20, -0.5, True]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
recs = [{"n": "x", "age": 30}, {"n": "y", "age": 25}, {"n": "z", "age": 30}]
recs.sort(key=lambda r: r["age"])
print([r["n"] for r in recs])
recs.sort(key=lambda r: r["age"], reverse=True)   # stable even when reversed
print([r["n"] for r in recs])
big = [(i * 7919) % 1000 for i in range(2000)]
s = sorted(big)
print(s[:5], s[-5:], s == sorted(s), all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
idx = sorted(range(len(big)), key=big.__getitem__)
print(idx[:8])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(e)
x = [3, 1, 2]
print(x.sort(reverse=True), x)
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted((3, 1)), sorted([]), sorted([[2], [1, 5], [1]]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(9)], key=lambda k: k.v))
def bad_key(v):
    if v == 3:
        raise ValueError("no threes")
    return v
l = [1, 5, 3, 2]
try:
    l.sort(key=bad_key)
except ValueError as e:
    print(e, l)
