a, b = 1, 2; a, b = b, a; print(a, b)
(a, b), c = (1, 2), 3; print(a, b, c)
a, *b, c = range(5); print(a, b, c)
*a, b = 'xyz'; print(a, b)
a, *b = [1]; print(a, b)
[a, [b, *c]] = [1, [2, 3, 4]]; print(a, b, c)
for i, (x, *ys) in enumerate([(1, 2, 3), (4,)]):
    print(i, x, ys)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
x = y = z = [0]; x.append(1); print(y, z is x)
d = {}; d['a'], d['b'] = 1, 2; print(d)
l = [0, 0, 0]; i = 0; i, l[i] = 1, 9; print(i, l)
print(*range(3), *'ab', sep='-')
print([*range(2), *'cd'], (*[1], 2), {*'aa', *'b'} == {'a', 'b'}, {**{'a': 1}, 'b': 2, **{'a': 3}})
first, *_ = 'hello'; print(first)
