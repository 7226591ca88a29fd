# Comparisons among small and big ints, with floats, and sorting mixed magnitudes.
xs = [0, -1, 1, 2 ** 62, -(2 ** 62), 2 ** 63, -(2 ** 63), 2 ** 64, 10 ** 30, -(10 ** 30), 4611686018427387903, 4611686018427387904]
print(sorted(xs))
print([a < b for a, b in zip(xs, xs[1:])])
print(max(xs), min(xs), sum(xs))
print(2 ** 63 == 2 ** 63, 2 ** 63 != 2 ** 63 + 1, 2 ** 62 - 1 < 2 ** 62, -(2 ** 62) > -(2 ** 62) - 1)
print(2 ** 63 > 1e18, 2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63, 2 ** 63 - 1 < 2.0 ** 63)
print(10 ** 30 == 1e30, int(1e30), 10 ** 16 + 1 == 1e16 + 1, 10 ** 16 + 1 == float(10 ** 16 + 1))
print(0 == -0, 0 == 0.0, 0 == -0.0, 1 == True, 2 == True, 0 == False, -1 < False)
x = 2 ** 100
y = 2 ** 100
print(x == y, x <= y, x >= y, x < y + 1, hash(x) == hash(y))
print(sorted([3, 1.5, 2 ** 70, -2.5, True, 0]))
print(1 < 2 < 2 ** 70 < 1e30 < 10 ** 31)
