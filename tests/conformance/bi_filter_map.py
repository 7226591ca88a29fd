print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(map(str, range(3))), list(map(len, ['a', 'bb', ''])))
m = map(int, ['1', 'x', '3'])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(e)
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
try:
    map(1, [1])
    print('map created')
    list(map(1, [1]))
except TypeError as e:
    print(e)
