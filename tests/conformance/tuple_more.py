t = tuple(range(10))
print(t[::3], t[-3:], t[5:2:-1], t.count(3), t.index(7, 2, 8))
try:
    t.index(7, 0, 5)
except ValueError as e:
    print(e)
print((1, 2) + (3,), (0,) * 3, () * 5, (1,) * -1, ((1, 2),) * 2)
print((1, 'a') < (1, 'b'), (1, 2) < (1, 2, -1), (2,) > (1, 2, 3), (1, float('nan')) == (1, float('nan')))
x = (1, [2])
x[1].append(3)
print(x)
a = b = ()
print(a is b, tuple() == (), len(((),)), (lambda *a: a)())
print(tuple('hello')[::-1], tuple(sorted('hello')), tuple({3: 1, 1: 2}))
nested = ((1, (2, (3, (4,)))),)
print(nested[0][1][1][1][0], hash(nested) == hash(((1, (2, (3, (4,)))),)))
for i, (a, b) in enumerate(((1, 2), (3, 4))):
    print(i, a + b)
