seed = 2024
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
def checksum(strings):
    acc = 0
    for s in strings:
        for ch in s:
            acc = (acc * 131 + ord(ch)) % 1000000007
    return acc
vals = []
for i in range(3000):
    r = rnd()
    mant = r & ((1 << 52) - 1)
    exp = (r >> 52) % 2000 - 1000
    sign = '-' if r >> 63 else ''
    vals.append(float.fromhex('%s0x1.%013xp%d' % (sign, mant, exp)))
print(vals[:3])
reprs = [repr(v) for v in vals]
print(checksum(reprs), all(float(s) == v for s, v in zip(reprs, vals)))
for spec in ['.17g', '.3e', '.10f', 'g', '.0e', '.25g', 'r']:
    if spec == 'r':
        out = ['%r' % v for v in vals[:500]]
    else:
        out = [format(v, spec) for v in vals]
    print(spec, checksum(out), out[7])
small = [float.fromhex('0x1.%013xp-1070' % (rnd() & ((1 << 52) - 1))) for _ in range(200)] + [5e-324 * k for k in range(1, 50)]
print(checksum(repr(v) for v in small), repr(small[0]), repr(small[-1]))
ints = [float(rnd() >> (rnd() % 64)) for _ in range(500)]
print(checksum(repr(v) for v in ints), ints[:4])
