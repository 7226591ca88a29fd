class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    def __mul__(self, o):
        r = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                r[i + j] += a * b
        return Poly(r)
    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc
    def deriv(self): return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            t = ('' if abs(a) == 1 and i else str(abs(a))) + ('x' if i else '') + ('^%d' % i if i > 1 else '')
            terms.append(('-' if a < 0 else '+') + t)
        s = ' '.join(terms)
        return s[1:] if s.startswith('+') else s
p = Poly([1, -3, 0, 2])
q = Poly([-1, 1])
print(p, '|', q, '|', p + q, '|', p * q, '|', p.deriv(), '|', Poly([0]))
print([p(x) for x in range(-2, 3)], (q * q * q)(10), Poly([1, 1]) * Poly([1, 1]) * Poly([1, 1]))
b = Poly([1])
for _ in range(10):
    b = b * Poly([1, 1])
print(b.c, b(1), b(2**20) % 1000)
