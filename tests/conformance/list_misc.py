l = [0] * 5; print(l, [[]] * 3, [1, 2] * 0, [1] * -1)
m = [[0] * 2] * 2; m[0][0] = 1; print(m)
print(list(range(5))[::-1], [x for x in range(3)] + [None])
print(len([]), bool([]), [1, 2, 3].__contains__(2), 2 in [1, 2.0], [None].count(None))
l = [1, 2, 3, 4, 5]
del l[0]; del l[-1]; print(l)
try:
    del l[10]
except IndexError as e:
    print(e)
try:
    l[10] = 5
except IndexError as e:
    print(e)
print([1, 2, 3].index(3), [[1], [2]].index([2]), l.__iadd__([9]), l)
x = [3, 1]
y = x
x += [2]
print(y, x is y)
x = x + [0]
print(y, x is y)
try:
    [0] * (2**62)
except MemoryError:
    print('MemoryError')
