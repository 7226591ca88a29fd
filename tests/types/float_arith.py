# Float arithmetic, floor division/modulo signs, special values.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e300, 1e-300), (0.1, 0.03), (5.0, 0.5)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(nan == nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308, nan is nan)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** 1023 * 2)
for expr in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "0.0 ** -1", "2.0 ** 10000", "(-8.0) ** 0.5"]:
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(expr, type(e).__name__, e)
print(-0.0 == 0.0, str(-0.0), 0.0 * -1, abs(-0.0), -0.0 + 0.0, 5 % -0.5 if False else 5.0 % -3)
print(-7 % 2.5, 7 % -2.5, -1e-20 % 1.0, (-0.0) % 1.0, 0.0 % -1.0)
print(3.0 ** 2, 2 ** -1.0, 4 ** 0.5, (-2.0) ** 2, (-2.0) ** 3, 10.0 ** -2)
print(0.1 + 0.7, 0.1 * 0.1, 1.1 + 2.2, 3 * 1.1, 1 - 0.9)
print(float(7) == 7, 0.5 == 1 / 2, 1 / 3 == 0.3333333333333333, 2.0 > 1, 1.0 < 2 ** 100)
print(int(1e15 + 0.5), int(-2.999), 2.5 .__floor__() if False else int(2.5))
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
