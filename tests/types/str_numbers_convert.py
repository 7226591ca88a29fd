# Conversions between strings and numbers in both directions.
for v in [0, -1, 10 ** 21, 1.0, 1e21, 1e-4, 123.456, -0.0, 1 + 2j, True]:
    print(repr(v), str(v), repr(str(v)), type(v).__name__)
for s in ["12", "-12", "1.5", "1e3", "inf", "-0.0", " 7 "]:
    out = []
    for conv in (int, float, complex):
        try:
            out.append(repr(conv(s)))
        except ValueError:
            out.append("ValueError")
    print(repr(s), out)
print(str(12345678901234567890123), int(str(2 ** 200)) == 2 ** 200, float(str(0.1)) == 0.1)
print(float(repr(1 / 3)) == 1 / 3, repr(float("1.10")), repr(float("001.500")))
print(hex(255), oct(8), bin(5), int(hex(255), 16), int(oct(8), 8), int(bin(5), 2))
print(chr(65) + chr(97), ord("A"), [ord(c) for c in "09"], "".join(chr(c) for c in range(97, 102)))
print(str(3) + str(4), int("3") + int("4"), "3" * 4, float("1.5") * 2)
print("{:d}".format(int("042")), "{:.3f}".format(float("2")), "%d" % int(float("3.7")))
print(int("  0x_1f ".strip().replace("_", ""), 16), float("-1_000.5"), int(-7.999))
