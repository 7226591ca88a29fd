# Iterator objects from builtins: type names, exhaustion, laziness.
e = enumerate("abc", 1)
z = zip([1, 2], "xy")
m = map(str.upper, "ab")
f = filter(None, [0, 1, "", "s"])
r = reversed([1, 2, 3])
for it in (e, z, m, f, r):
    print(type(it).__name__, iter(it) is it, list(it), list(it))
calls = []
def sq(x):
    calls.append(x)
    return x * x
lazy = map(sq, range(5))
print(calls)
print(next(lazy), next(lazy), calls)
print(list(lazy), calls)
print(list(zip()), list(zip("ab")), list(zip("abc", range(10), [True, False])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(filter(lambda x: x % 2, range(7))))
print(list(enumerate([])), list(enumerate("xy", start=-1)), list(reversed(range(4))), list(reversed("abc")))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration from empty iterator")
it = iter([1, 2, 3, 4])
for x in it:
    if x == 2:
        break
print(list(it))
a, b = iter(range(2))
print(a, b)
