r = range(10, 0, -3)
print(list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 4 in r, 7 in r, r.index(4), r.count(7))
print(range(5), range(1, 5), range(1, 5, 2), repr(range(0)))
print(list(range(-5)), list(range(2**63 - 2, 2**63 + 2)))
big = range(2**70)
print(big[-1], big[2**65], 2**69 in big, big.index(12345))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    r.index(5)
except ValueError as e:
    print(e)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), hash(range(3)) == hash(range(0, 3)))
try:
    r[100]
except IndexError as e:
    print(e)
print(range(3).start, range(1, 9, 2).stop, range(4).step, bool(range(0)))
