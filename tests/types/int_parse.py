# int() from strings in every base, with whitespace, signs and underscores.
for s in ["0", "-0", "+17", "  42  ", "\t-3\n", "1_000", "007"]:
    print(repr(s), int(s))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("z", 36), int("ZZ", 36))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0), int("-0b101", 0))
print(int("10", 3), int("  +1_0 ", 5), int("0", 0), int("00", 0), int("0_0", 0))
print(int("9" * 50), int("-" + "9" * 30, 10), int("1" * 70, 2))
for s, base in [("", 10), ("12a", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("08", 0),
                ("0x", 16), ("12", 2), ("1.5", 10), ("  ", 10), ("- 1", 10), ("z", 35), ("1", 1), ("1", 37)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
print(int(3.9), int(-3.9), int(True), int(1e20), int(-0.5))
print(int(b"42"), int(bytearray(b"-7")), int(b" 0x1f ", 16))
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
print(int(), int("10", base=16), int(x="11") if False else "kw x not allowed")
