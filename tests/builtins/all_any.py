# all() and any() short-circuit and accept any iterable.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 1]))
print(all("abc"), any(""), all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]))
def gen():
    for x in [1, 0, 2]:
        print("yield", x)
        yield x
print(all(gen()))
print(any(gen()))
print(all([[], []]), any([[], [0]]), all({0: 1}), any({0: 1}), all(range(1, 5)), any(range(0)))
try:
    all(5)
except TypeError as e:
    print(e)
