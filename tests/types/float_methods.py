# Methods of float: is_integer, as_integer_ratio, hex/fromhex, round, conjugate.
for v in (0.5, 2.0, -3.75, 0.1, 1e20, 1e-3):
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex())
for h in ["0x1p0", "0x1.8p1", "-0x1.0p-2", "0x.8p0", "0X1P+10", "inf", "-infinity", "nan", "0x1.fffffffffffffp1023"]:
    print(h, float.fromhex(h))
try:
    float.fromhex("0x1p99999")
except OverflowError as e:
    print(e)
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 3), round(1234.5678, -2), round(-0.0), round(1e300), round(5.5, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(0.125, 2), round(0.375, 2))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.__name__)
print(float(), float(3), float("3.25"), float(" -1e3 "), float(True))
print((1.5).__trunc__(), (-1.5).__trunc__(), (7.9).__int__())
