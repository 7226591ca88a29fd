seed = 77
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
texts = []
for i in range(2000):
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(25)))
    point = rnd(len(digits) + 1)
    s = digits[:point] + '.' + digits[point:]
    if rnd(2):
        s += 'e' + str(rnd(700) - 350)
    texts.append(s)
vals = [float(t) for t in texts]
acc = 0
for v in vals:
    m, e = v.as_integer_ratio() if v == v and v not in (float('inf'),) else (0, 1)
    acc = (acc * 31 + m % 1000003 + e % 999983) % 1000000007
print(acc, texts[:3], vals[:3])
print(sum(1 for v in vals if v == float('inf')), sum(1 for v in vals if v == 0.0))
hard = ['2.2250738585072011e-308', '2.2250738585072012e-308', '9007199254740993', '9007199254740992.5', '1.00000000000000011102230246251565404236316680908203125',
        '1.00000000000000011102230246251565404236316680908203124', '1.00000000000000011102230246251565404236316680908203126', '8.98846567431158e307',
        '1e23', '8.533e+68', '4.1006e-184', '9.998e+307', '9.9538452227e-280', '6.47660115e-260', '7.4e+47', '5.92e+48', '7.35e+66', '8.32116e+55', '0.' + '9' * 40]
for h in hard:
    print(h[:30], repr(float(h)))
