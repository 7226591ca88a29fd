import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2**70 + 0.0), type(math.floor(1.5)))
print(math.isnan(float('nan')), math.isinf(-1e309), math.isfinite(1e308), math.copysign(1, -0.0), math.fabs(-3))
print(math.sqrt(16), math.sqrt(2), math.pow(2, 0.5), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(2**80, 2**70 * 3), math.lcm(4, 6), math.factorial(20), math.factorial(25))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.hypot(3, 4), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 6), 12), math.atan2(1, 1) * 4 == math.pi, math.degrees(math.pi), math.radians(180))
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(10**20 + 5), math.isqrt(99), math.prod([1, 2, 3, 4]), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
