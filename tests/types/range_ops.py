# range: construction, indexing, slicing, membership, len, equality.
for r in [range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(-5, 5), range(5, 5), range(1, 10, -1)]:
    print(r, list(r), len(r), r.start, r.stop, r.step, bool(r))
r = range(0, 100, 7)
print(r[0], r[-1], r[3], r[2:5], r[::-1], r[::2][1:3], r.index(21), r.count(21), r.count(22))
print(21 in r, 22 in r, 7.0 in r, -7 in r, 98 in r, "x" in r)
print(range(3) == range(0, 3), range(0) == range(5, 5), range(1, 2, 10) == range(1, 3, 10), range(3) != range(4))
print(list(reversed(range(1, 10, 3))), sum(range(101)), max(range(-3, 3)), list(range(3)) * 2)
try:
    range(0, 10, 0)
except ValueError as e:
    print(e)
try:
    range(5)[5]
except IndexError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range(10).index(11)
except ValueError as e:
    print(e)
big = range(0, 10 ** 17, 3)
print(len(big), big[-1], 10 ** 16 in big, 10 ** 16 + 1 in big, big[10 ** 15])
huge = range(2 ** 70)
print(huge[-1] == 2 ** 70 - 1, 2 ** 69 in huge)
try:
    len(huge)
except OverflowError as e:
    print(e)
print(hash(range(3)) == hash(range(0, 3, 1)), range(2, 8)[1:-1], list(range(-1, -10, -3)))
