from fractions import Fraction as F
import math
print(F(3, 4), repr(F(6, -8)), F(5), F(), F('3/7'), F(' -1.25 '), F('1e-3'), F('2.5E2'), F('1_000/3'), F(0.5), F(F(1, 3)), F(3, F(1, 2)))
print(F(1, 3) + F(1, 6), F(1, 2) - 1, F(2, 3) * F(9, 4), F(1, 2) / F(3, 4), 1 / F(3), F(7, 2) // 2, F(7, 2) % 1, divmod(F(7, 2), F(1, 3)))
print(F(1, 2) + 0.25, 0.5 * F(1, 4), F(1, 2) + 1j, F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, F(4) ** F(1, 2), 2 ** F(2), 2 ** F(1, 2))
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(2, 1) == 2, F(1, 2) < 1, F(1, 2) > 0.3, F(1, 3) <= F(2, 6), F(1) != 1.0, F(1, 2) < float('inf'), F(1, 2) == float('nan'))
print(-F(1, 2), +F(1, 2), abs(F(-3, 4)), int(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(1234, 1), -2), bool(F(0)))
print(F.from_float(0.1), F.from_float(3), F(0.1).limit_denominator(), F('3.141592653589793').limit_denominator(10), F('3.141592653589793').limit_denominator(100), F(1, 3).limit_denominator(5))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10**20, 3)))
print(F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio(), float(F(1, 8)), complex(F(1, 2)))
for bad in ('1/0', 'x', '1.2.3', '/2', '1/', '', ' ', '_1', '1__0'):
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for args in ((1, 0), (1.5, 2), ([],)):
    try:
        F(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    F.from_float('x')
except TypeError as e:
    print('TypeError', e)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(sum(F(1, n) for n in range(1, 11)), sorted([F(1, 2), F(1, 3), 0.4, 1]), max(F(1, 2), F(2, 3)), {F(1, 2): 'a'}[0.5])
import numbers
print(isinstance(F(1), numbers.Rational), isinstance(3, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Rational), isinstance(1j, numbers.Complex))
