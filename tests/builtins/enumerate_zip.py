# enumerate and zip with starts, strict mode and infinite iterators.
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("a", start=-3)))
print(list(zip([1, 2, 3], "ab")), list(zip(range(3), range(3, 6), "xyz")), list(zip([1])), list(zip()))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in [([1, 2], [3]), ([1], [2, 3])]:
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print(e)
def count():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip("abc", count())), list(enumerate(zip("xy", "pq"))))
keys, values = zip(*{"a": 1, "b": 2}.items())
print(keys, values)
e = enumerate("xy")
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("done")
print(dict(enumerate("ab")), list(zip(*[[1, 2, 3], [4, 5, 6]])))
