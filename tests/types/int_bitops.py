# Shifts and bitwise operations with negative and big numbers.
for a in (0, 1, 5, -5, 255, -256, 2 ** 64 + 3, -(2 ** 70)):
    print(a, a << 3, a >> 1, a >> 100, a & 0xF0, a | 3, a ^ -1, ~a)
print(1 << 64, 1 << 200, (1 << 200) >> 199, -1 >> 1000, -1 << 10)
print((2 ** 100 - 1) & (2 ** 64 + 5), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100))
print(-(2 ** 100) & 0xFFFF, -(2 ** 100) | 0xFF, -(2 ** 100) ^ 0xFF)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 >> -1
except ValueError as e:
    print(e)
print(True << 2, True & 3, True | False, True ^ True, False ^ True, type(True & True).__name__)
print(0 >> 5, 0 << 5000, 5 >> 63, 5 >> 64, 4611686018427387903 << 1, (-4611686018427387904) << 1)
x = 0
for i in range(0, 64, 7):
    x |= 1 << i
print(x, bin(x).count("1"))
