print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max('abc'), min('b', 'a', 'c'))
print(min([], default=7), max((), default=None))
print(min([1, -3, 2], key=abs), max(['aa', 'b', 'ccc'], key=len))
print(max([1, 1.0]), min([1.0, 1]), max([(1, 'b'), (1, 'a')]))
try:
    min([])
except ValueError as e:
    print(e)
try:
    max(1)
except TypeError as e:
    print(e)
try:
    min(1, 'a')
except TypeError as e:
    print(e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print(e)
print(max([2**64, 2**63, -1]), min(float('inf'), 2**1000))
print(max([3, 1, 3], key=lambda x: x), max(iter([1, 5, 2])))
