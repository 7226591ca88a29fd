print(list(zip()), list(zip([1, 2, 3], 'ab')), list(zip(range(3))))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('abc', range(3))))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(e)
print(list(zip([1], [2], strict=True)))
it = iter(range(10))
print(list(zip(it, it)))
a, b = zip(*[[1, 2], [3, 4], [5, 6]])
print(a, b)
