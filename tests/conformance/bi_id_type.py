a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]) and False, type(a) is list, type(type), type(1), type(None))
print(type('X', (), {}).__name__, type('Y', (int,), {'z': 1})(5).z, type('Y', (int,), {})(7) + 1)
try:
    type('X', 1, {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
print(type.__name__, type(len).__name__, type(print).__name__, type([].append).__name__)
print(type(lambda: 0).__name__, type((x for x in [])).__name__, type(range(1)).__name__)
