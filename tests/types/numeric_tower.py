# Mixed-type arithmetic: result types and exact int/float comparisons.
vals = [True, 3, 2.5, 1 + 1j]
for a in vals:
    print([type(a + b).__name__ for b in vals], [type(a * b).__name__ for b in vals])
print(type(4 / 2).__name__, type(4 // 2).__name__, type(4.0 // 2).__name__, type(2 ** -1).__name__, type(True + True).__name__)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(0.1 == 1 / 10, 1 / 3 + 1 / 3 + 1 / 3 == 1, 9007199254740993 == 9007199254740992.0)
print(float("nan") == 1, float("nan") != 1, 1 < float("nan"), max(1, 2.0), min(1.0, 1), max(1, 1.0))
print(int(2.0 ** 60) == 2 ** 60, hash(2.0 ** 60) == hash(2 ** 60), hash(0.5) == hash(0.5))
print(sum([1, 2.5, True]), sum([1j, 2]), abs(-2.5), abs(True), divmod(7.5, 2), divmod(-7, 2.0))
print(round(7 / 2), round(-7 / 2), 7 // 2.0, -7 // 2.0, 7 % 2.0, -7 % 2.0)
print(1 == 1.0 == 1 + 0j == True, {1, 1.0, True, 1 + 0j}, len({0, 0.0, False, 0j, -0.0}))
print(3 * "ab", True * "x", "y" * False, [0] * True)
try:
    1 + "1"
except TypeError as e:
    print(e)
try:
    [] + ()
except TypeError as e:
    print(e)
try:
    2.5 * "x"
except TypeError as e:
    print(e)
try:
    1 < "x"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
