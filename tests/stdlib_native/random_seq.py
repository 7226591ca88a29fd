# Seeded sequences must equal CPython's exactly.
import random

for s in [0, 1, 42, 12345, -7, 2**80 + 3, "hello", b"bytes", 3.5]:
    random.seed(s)
    print(s, [random.random() for _ in range(3)])
    print(' randint', [random.randint(1, 100) for _ in range(5)])
    print(' randrange', random.randrange(10), random.randrange(5, 50, 7), random.randrange(100, 0, -3))
    print(' choice', random.choice('abcdefg'), random.choice([1, 2, 3]))
    l = list(range(12))
    random.shuffle(l)
    print(' shuffle', l)
    print(' sample', random.sample(range(100), 5), random.sample(range(10000), 7))
    print(' sample str', random.sample('abcdefgh', 3))
    print(' gauss', random.gauss(), random.gauss(5, 2), random.gauss(0, 1))
    print(' choices', random.choices('abc', k=5), random.choices('abc', weights=[1, 2, 7], k=4))
    print(' cum', random.choices(range(4), cum_weights=[1, 5, 6, 10], k=3))
    print(' uniform', random.uniform(1, 10), random.triangular(0, 10, 3))
    print(' normal', random.normalvariate(0, 1), random.expovariate(2.0))
    print(' getrandbits', random.getrandbits(1), random.getrandbits(32), random.getrandbits(77))
    print(' randbytes', random.randbytes(6))
    print(' gamma', random.gammavariate(2.0, 1.0), random.gammavariate(0.5, 1.0), random.betavariate(2, 3))
    print(' others', random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))

r = random.Random(99)
st = r.getstate()
a = [r.random() for _ in range(4)]
r.setstate(st)
print(a == [r.random() for _ in range(4)], len(st), st[0], len(st[1]))
print(random.Random(5).sample(range(30), k=10, counts=None))
print(random.Random(6).sample(['x', 'y'], counts=[3, 2], k=4))
try:
    random.choice([])
except IndexError as e:
    print('IndexError', e)
try:
    random.randrange(0)
except ValueError as e:
    print('ValueError', e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print('ValueError', e)
try:
    random.sample({1, 2}, 1)
except TypeError as e:
    print('TypeError', e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print('ValueError', e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print('ValueError', e)

class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom()
print(m.randrange(10), m.choice('abcd'), m.random())
print(isinstance(r, random.Random), type(random.random).__name__)
