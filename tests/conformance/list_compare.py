print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1, [2]] == [1, [2]], [1, 2] != [1, 2], [2] > [1, 99])
print([1, 2] == (1, 2), (1, 2) == (1, 2), (1, 2) < (1, 2, 3), (2,) > (1, 5), () == ())
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(e)
n = float('nan')
print([n] == [n], (n,) == (n,), [float('nan')] == [float('nan')], n in [n])
a = [1]; a.append(a); print(a, a == a)
d = {'k': None}; d['k'] = d; print(d)
