edge = []
for base in (2**62, 2**63, 2**64):
    for d in (-2, -1, 0, 1, 2):
        edge.append(base + d)
        edge.append(-base + d)
res = []
for a in edge:
    for b in edge:
        res.append((a + b, a - b, a * b % (2**127 - 1), a // b, a % b, a & b, a | b, a ^ b, a < b, a == b))
acc = 0
for t in res:
    for v in t:
        acc = (acc * 31 + int(v)) % (2**61 - 1)
print(len(res), acc)
x = 2**62 - 1
y = x + 1
print(y - 1 == x, type(y - 1) is int, (y - 1) * 2 + 2 == 2**63, x + x + 2 == 2**63, -x - x - 2 == -2**63)
vals = [2**62 - 1, -2**62, 2**63 - 1, -2**63]
for v in vals:
    print(v, v + 1, v - 1, v * -1, -v, v // -1, v * 3, v << 1, v >> 62, abs(v), ~v, hash(v) == hash(v + 0))
s = 0
for i in range(200):
    s += 2**61
    s -= 2**60
print(s, s == 200 * 2**60)
