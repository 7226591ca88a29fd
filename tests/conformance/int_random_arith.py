seed = 99
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
def pick():
    r = rnd()
    kind = r % 6
    if kind == 0:
        v = rnd() % 200 - 100
    elif kind == 1:
        v = 2 ** (60 + rnd() % 6) + (rnd() % 5) - 2
    elif kind == 2:
        v = rnd() >> (rnd() % 64)
    elif kind == 3:
        v = rnd() * rnd() * rnd()
    elif kind == 4:
        v = (1 << 62) - 1 - (rnd() % 3)
    else:
        v = rnd()
    return -v if rnd() % 2 else v
acc = {op: 0 for op in ['add', 'sub', 'mul', 'floordiv', 'mod', 'and', 'or', 'xor', 'lshift', 'rshift', 'neg', 'invert', 'pow', 'cmp', 'str', 'hex', 'abs', 'divmod']}
M = 1000000007
def mix(op, v):
    acc[op] = (acc[op] * 1000003 + v % M) % M
for i in range(4000):
    a, b = pick(), pick()
    mix('add', a + b); mix('sub', a - b); mix('mul', a * b)
    if b:
        mix('floordiv', a // b); mix('mod', a % b); q, r = divmod(a, b); mix('divmod', q * 7 + r)
    mix('and', a & b); mix('or', a | b); mix('xor', a ^ b)
    s = rnd() % 80
    mix('lshift', a << s); mix('rshift', a >> s)
    mix('neg', -a); mix('invert', ~a); mix('abs', abs(a))
    mix('pow', pow(a, rnd() % 50, (b % 10**12) or 7))
    mix('cmp', (a < b) * 4 + (a == b) * 2 + (a > b))
    mix('str', int(str(a)) + len(str(a)))
    mix('hex', int(hex(a), 16) + len(format(a, 'b')))
for k in sorted(acc):
    print(k, acc[k])
