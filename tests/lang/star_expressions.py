# Starred expressions in return, yield, for, subscripts, and set/dict displays.
def f():
    a = [1, 2]
    return *a, 3
print(f())
for x in *"ab", *[1]:
    print(x, end=" ")
print()
first, *middle, last = *range(3), *"xy"
print(first, middle, last)
t = *[1, 2], 3
print(t, type(t).__name__)
print([*{"k": 1}, *{"v"}], {**dict(a=1), **{"b": 2}}, {*(), *[]})
d = {"a": 1}
print({**d, "a": 2}, {"a": 2, **d})
def g(*args, **kwargs):
    return len(args), sorted(kwargs)
print(g(*range(4), *[], **{}, **{"z": 1}))
m = [[1, 2], [3, 4]]
print([*m[0], *m[1]], max(*m[0], *m[1]))
print(*(x for x in "abc"))
print(*[], sep="|")
lst = [0, 1, 2, 3]
lst[1:3] = *"xy",
print(lst)
