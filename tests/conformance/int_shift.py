print(1 << 62, 1 << 63, 1 << 64, 1 << 200, -1 << 63, 3 << 61, (2**62 - 1) << 1)
print(2**200 >> 190, -1 >> 100, -2**64 >> 1, 2**64 >> 64, 2**64 >> 65, 5 >> 0, -5 >> 1, 0 << 1000)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 >> -1
except ValueError as e:
    print(e)
print(1 >> 2**100, -1 >> 2**100, 0 << 2**100)
try:
    1 << 2**100
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
