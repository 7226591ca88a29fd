# min and max with iterables, several arguments, key and default.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("abc", "abd"), min((3, "c"), (1, "z")))
print(max([], default="empty"), min((), default=None), max([5], default=0), max(iter([1, 7, 3])))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([1, 3, 2, 3], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(min([1, -3, 2], key=abs), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), max(2, 1.5, key=float))
print(max(1, 2, 3, key=lambda v: -v), min(0, 0.0), max(0.0, 0), max(True, 1), max(1, True))
for call in [lambda: max([]), lambda: min([]), lambda: max(1), lambda: max(1, "a"), lambda: max([1], [2], default=0)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max([[1, 2], [1, 3], [0, 9]]), min("xyz", "abc", "mno"), max(range(10 ** 6)))
print(max(float("nan"), 1), max(1, float("nan")), min([2 ** 70, 2 ** 69]))
