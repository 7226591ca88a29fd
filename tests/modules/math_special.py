# math functions on special values, ints beyond float range, and argument errors.
import math
print(math.floor(math.inf) if False else "floor(inf) raises", math.isinf(math.exp(1000.0) if False else math.inf))
for fn, arg in [(math.floor, math.inf), (math.ceil, math.nan), (math.factorial, 10 ** 20 + 0.5), (math.sqrt, "4")]:
    try:
        fn(arg)
    except (OverflowError, ValueError, TypeError) as e:
        print(fn.__name__, type(e).__name__, e)
print(math.sqrt(10 ** 200) == 1e100, math.log(2 ** 10000) / math.log(2), math.isqrt(2 ** 200) == 2 ** 100)
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 64, 3 ** 40) == 2 ** 64 * 3 ** 40, math.factorial(50) % (10 ** 9 + 7))
print(math.copysign(0.0, -1), math.copysign(math.inf, -1), math.fabs(-math.inf), math.copysign(1, math.nan) in (1.0, -1.0))
print(math.trunc(1e300) == int(1e300), math.floor(-1e-300), math.ceil(1e-300))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.fsum([]), math.prod([2.5, 4]))
print(math.comb(100, 50), math.perm(20, 10), math.isqrt(0), math.isqrt(1))
class Floorable:
    def __floor__(self):
        return "custom floor"
print(math.floor(Floorable()))
print(sorted(n for n in ("sqrt", "exp", "log", "sin", "cos", "tan", "floor", "ceil", "gcd", "lcm", "isqrt", "comb",
                           "perm", "prod", "fsum", "hypot", "dist", "erf", "gamma", "nextafter", "ulp", "remainder")
             if not hasattr(math, n)))
