import math
for c in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 0.0 / 0.0, lambda: 5 // 0.0, lambda: divmod(1, 0),
          lambda: 2**100 % 0, lambda: (1 + 1j) / 0, lambda: 0 ** -1, lambda: pow(0.0, -2), lambda: 1e308 ** 2, lambda: math.exp(800),
          lambda: float(10**400), lambda: int(float('inf')), lambda: 10.0 ** 400, lambda: (2**2000) * 1.0, lambda: math.ldexp(1, 5000)]:
    try:
        print(c())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
