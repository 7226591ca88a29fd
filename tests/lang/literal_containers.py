# Displays of lists, tuples, dicts and sets, including trailing commas.
print([], [1], [1, 2,], [[1], [2, [3]]])
print((), (1,), (1, 2), ((1,), ()))
print({}, {1: 'a'}, {'k': [1, 2], 2: (3,)})
print({1}, {1, 2, 2, 3}, set())
x = 1,
print(x, type(x).__name__)
y = 1, 2, 3
print(y)
print({True: 'a', 1: 'b', 1.0: 'c'})
print([*range(3), *'ab'], (*[1, 2], 3), {*[1, 2], *(2, 3)})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print(type(...).__name__, ..., Ellipsis is ...)
print(None, True, False, NotImplemented)
