# Unpacking in calls and displays.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())

print(f(*[1, 2], *(3,), 4))
print(f(**{'a': 1}, b=2, **{'c': 3}))
print(f(*range(3), x=1, *[9]))
print(f(*"ab", **dict(z=0)))
print([*[1], *(2, 3), *{4}, *range(5, 7)])
print({*"aab"} == {"a", "b"})
print({**{1: 1}, **{2: 2}, 1: 'one'})
print(*[1, 2, 3], sep="-")
print((*"abc",))
def g(a, b, c=0, *, d=0):
    return a, b, c, d
print(g(*[1, 2], **{'d': 4}))
print(g(1, *[2], c=3))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
try:
    g(*[1, 2, 3, 4])
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
