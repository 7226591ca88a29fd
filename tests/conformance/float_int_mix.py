print(1 + 1.0, 2**64 + 0.5, 2**64 * 1.0, 10**20 - 1e20, 3 * 0.1, 1 / 2**64, 2**1023 * 2.0)
try:
    2**1024 * 1.0
except OverflowError as e:
    print(e)
try:
    2**1024 + 1.0
except OverflowError as e:
    print(e)
print(2**1024 > 1e308, 2**1024 == float('inf'), int(1e18), int(1.5e300) % 1000, int(-2.5), int(2.0**63), int(-2.0**63))
print(float(2**63 - 1), float(2**64 - 1), float(-2**63), (2**63 - 1) / 1, 7 // 0.5, 7 % 0.75)
print(round(2.5) + 1, 1e0 == 1, hash(2.0**63) == hash(2**63), {1: 'a', 1.0: 'b'}, {2**64: 1, float(2**64): 2})
