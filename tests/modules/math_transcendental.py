# Exponentials, logarithms and trigonometry, rounded to 12 digits.
import math
def r(x):
    return round(x, 12)
print(r(math.exp(1)), r(math.exp(-1)), math.exp(0), r(math.expm1(1e-10) * 1e10), r(math.log1p(1e-10) * 1e10))
print(math.log(1), r(math.log(math.e)), r(math.log(100, 10)), r(math.log(8, 2)), math.log10(1000), math.log2(1024))
print(r(math.log(10 ** 100)), r(math.log10(10 ** 300)), math.log2(2 ** 1000))
print(r(math.sin(math.pi / 6)), r(math.cos(math.pi / 3)), r(math.tan(math.pi / 4)), math.sin(0), math.cos(0))
print(r(math.asin(1)), r(math.acos(0)), r(math.atan(1)), r(math.atan2(1, 1)), r(math.atan2(-1, -1)), math.atan2(0, -1) == math.pi)
print(r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(1)), r(math.asinh(1)), r(math.acosh(2)), r(math.atanh(0.5)))
print(r(math.degrees(math.pi)), r(math.radians(180)), math.degrees(0))
print(math.pow(2, 10), math.pow(2, 0.5) == math.sqrt(2), math.pow(0, 0), math.pow(-8, 1 / 3) if False else "skip")
print(r(math.erf(1)), r(math.erfc(1)), r(math.gamma(5)), r(math.lgamma(10)), math.gamma(0.5) ** 2 - math.pi < 1e-12)
print(math.exp(-1000), math.tanh(1000), math.atan(math.inf) == math.pi / 2, math.log(math.inf))
print([r(math.sin(k * math.pi / 4)) for k in range(8)])
