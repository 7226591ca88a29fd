print(sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True), sorted([]))
print(sorted(['b', 'A', 'a', 'B'], key=str.lower), sorted({3: 'x', 1: 'y'}))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')]), sorted([-3, 2, -1], key=abs, reverse=True))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(e)
try:
    sorted()
except TypeError as e:
    print(e)
data = [('x', 2), ('y', 1), ('z', 2), ('w', 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted([1.5, 1, True, 0.5]), sorted([[2], [1, 5], [1]]))
