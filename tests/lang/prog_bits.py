# Bit tricks: popcount, gray codes, subset enumeration, bit reversal, xor swaps.
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c
print([popcount(i) for i in range(16)], popcount(2 ** 100 - 1), all(popcount(i) == bin(i).count("1") for i in range(1000)))
gray = [i ^ (i >> 1) for i in range(16)]
print(gray, all(popcount(a ^ b) == 1 for a, b in zip(gray, gray[1:])))
def subsets(mask):
    s = mask
    while True:
        yield s
        if s == 0:
            return
        s = (s - 1) & mask
print(list(subsets(0b1011)))
def reverse_bits(x, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r
print([reverse_bits(i) for i in (1, 2, 3, 0b10110000)], reverse_bits(1, 64) == 1 << 63)
a, b = 12345, 67890
a ^= b; b ^= a; a ^= b
print(a, b)
print((-1) & 0xFF, (-256) >> 4, ~0 & ((1 << 64) - 1), (1 << 64) - 1 == 2 ** 64 - 1)
lowest = [x & -x for x in (12, 40, 7, 2 ** 70 + 2 ** 35)]
print(lowest, [(x).bit_length() - 1 for x in lowest])
