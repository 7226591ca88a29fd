print(list(range(10, -10, -7)), list(range(-3, 3)), list(range(5, 5)), list(range(0, -5, -1)))
r = range(-10, 10, 3)
print(r[2], r[-2], r[1:5], r[::-2], r[10:], len(r), -1 in r, -2 in r, r.index(-1), r.count(5))
big = range(-2**65, 2**65, 2**60)
print(len(big), big[5], big[-1], big.index(0), 2**61 in big, 2**61 + 1 in big, list(big[:3]))
print(reversed(range(3)).__class__.__name__, list(reversed(range(-5, 5, 4))), list(reversed(range(2**64, 2**64 + 3))))
print(range(0, 3) == range(0, 3, 1), range(0, 0) == range(5, 1), range(1, 10, 3) == range(1, 11, 3), range(3) != [0, 1, 2])
print(sum(range(10**6)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(1.0 in range(3), 1.5 in range(3), True in range(2), range(2)[True])
for bad in [lambda: range(1.5), lambda: range('a'), lambda: range(1, 2, 3, 4)]:
    try:
        bad()
    except TypeError as e:
        print(e)
