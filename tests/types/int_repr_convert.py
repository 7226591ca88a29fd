# str/repr of ints, bin/oct/hex, and conversions to float.
for n in (0, 7, -7, 255, -255, 2 ** 63, -(2 ** 63) - 1, 10 ** 25):
    print(str(n), repr(n), bin(n), oct(n), hex(n))
print(float(2 ** 53), float(2 ** 53 + 1), float(-(2 ** 63)), float(10 ** 22), float(10 ** 23))
print(float(2 ** 1023), float(123456789012345678901234567890))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(e)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(10 ** 18 < 1e18 + 1, 10 ** 30 > 1e30, 1e30 == 10 ** 30, int(1e30))
print(1 == 1.0, 2 ** 64 == 2.0 ** 64, (2 ** 64 + 1) == 2.0 ** 64, 3 < 3.5, -1 > -1.5)
print(2 ** 1024 > float("inf"), -(2 ** 1024) < float("-inf"), 2 ** 1024 > 1e308)
print(5 + 2.5, 5 * 1.5, 2 ** 0.5 * 2 ** 0.5, 7 - True, True + True)
print(f"{12345678901234567890:,}", f"{-42:010d}", f"{255:x}", f"{2 ** 70:e}")
print(round(12345, -2), round(12355, -1), round(-15, -1), round(25, -1), round(7, 2))
print(abs(-10 ** 30), max(2 ** 64, 2 ** 63), min(-1, -(10 ** 20)))
print(int("123456789" * 30) % 1000000007)
