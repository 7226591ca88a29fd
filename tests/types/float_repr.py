# float repr is the shortest string that round-trips.
vals = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-7, 1.5e-5, 123.456, 1e15, 1e16, 1.0e17, 12345678912345.678,
        0.1 + 0.2, 100.0, 1e100, 1.7976931348623157e308, 5e-324, 1e-320, 2.5, 9007199254740993.0,
        0.000123, 1234567.0, 3.0e-5, -2.5e-8, 4.35, 0.57, 1.1 * 3]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"), repr(float("-nan")))
print(float("  1.5  "), float("-0"), float("1e-3"), float("1_0.5"), float("+.5"), float("5."))
print(float("Infinity"), float("-iNF"), float("nan") != float("nan"))
print(float("0x1p3") if False else "no hex in float()", float.fromhex("0x1.8p1"), (3.0).hex())
for s in ["", "abc", "1e", "1.2.3", "0x10", "1__0", "_1"]:
    try:
        float(s)
    except ValueError as e:
        print(e)
print(1e16 + 1, 2 ** 0.5, 10 / 3, 1e-10 * 3, 0.1 * 3, 1.0 * 2 ** 60)
print([round(x * 0.1, 10) for x in range(5)])
print(float(1 << 60), float("1" * 25), 1e22, 1e23, 1e21, 1e-4, 1e-5)
