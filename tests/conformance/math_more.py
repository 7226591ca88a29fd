import math
print(math.floor(3), math.ceil(3.0001), math.floor(-0.5), math.ceil(-0.5), math.trunc(2**70 + 0.5) == 2**70)
print(math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.copysign(3, -0.0), math.expm1(1e-10), math.log1p(1e-10))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asin(1), math.acos(0), math.atan(1), math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10))
print(math.isqrt(2**200) == 2**100, math.dist([0, 0], [3, 4]), math.nextafter(1.0, 2.0), math.ulp(1.0), math.cbrt(27) if hasattr(math, 'cbrt') else 3.0)
print(math.log(2**1000), math.log(10**500, 10), math.log2(2**1100), math.log10(10**400))
class F:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
for bad in [lambda: math.log(-1), lambda: math.acos(2), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.floor('x'), lambda: math.gcd(1.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
