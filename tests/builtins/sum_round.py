# sum with start values; round with and without ndigits.
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum(range(101)), sum([1.5, 2.5]), sum([1, 2.0]), sum([True, True]), sum([1j, 1]), sum(x * x for x in range(4)))
print(sum([10 ** 20, 1, -10 ** 20]), sum([1e100, 1, -1e100]), sum([0.1, 0.2, 0.3]), sum([], start=5))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum(["a"]), lambda: sum(5)]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(round(3.7), round(-3.7), round(3.14159, 2), round(1234, -2), round(2.5), round(3.5), round(0.5), round(-0.5))
print(type(round(2.2)).__name__, type(round(2.2, 1)).__name__, type(round(5, 1)).__name__, round(True))
try:
    round("1")
except TypeError as e:
    print(e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(e)
