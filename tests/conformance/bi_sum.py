print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 10))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([1.5, 2, 3j]))
print(sum([2**62, 2**62, 2**62]), sum([2**63, -2**63]), sum(x * x for x in range(10)))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print(e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(e)
print(sum([1, 2], start=5), sum([True, True, False]), sum([1e308, 1e308, -1e308]))
