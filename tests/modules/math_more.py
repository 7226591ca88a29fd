# More math functions: cbrt, exp2, integer functions on big values, float decomposition.
import math
print(math.cbrt(27), math.cbrt(-8), math.exp2(10), math.exp2(0.5) == math.sqrt(2))
print(math.factorial(25), math.comb(60, 30), math.perm(10, 10), math.gcd(), math.lcm())
print(math.isqrt(10 ** 50 - 1), math.isqrt(99), math.isqrt(100))
for x in [0.5, 1.0, 3.75, 1e-300, 1e300, -2.0]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
print(math.modf(1e20), math.modf(-0.0), math.fmod(-10, 3), math.fmod(10, -3), math.fmod(5.5, 2))
print(math.nextafter(0.0, 1.0), math.nextafter(1.0, 0.0), math.ulp(0.0), math.ulp(1e300))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4, 12), math.dist((1, 2, 3), (4, 6, 15)))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(True), math.ceil(10 ** 30))
print(math.log(1024, 2), math.log(27, 3), math.log10(0.001), math.log2(0.125), math.log(10 ** 400, 10))
print(math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(math.inf), math.isnan(math.sqrt(math.nan)))
print(math.prod(range(1, 11)), math.prod([2] * 70), math.prod([0.5, 4], start=3))
print(math.fsum([1e-16] * 10 + [1.0]), math.fsum([0.1, 0.2, 0.3]), math.fsum(x / 10 for x in range(11)))
print(math.copysign(1, -0.0), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9))
