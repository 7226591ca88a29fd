# str/bytes seeds go through SHA-512: check many lengths around block edges.
import random
for n in [0, 1, 55, 56, 111, 112, 113, 127, 128, 129, 239, 240, 255, 256, 1000]:
    random.seed('x' * n)
    a = random.random()
    random.seed(bytes(range(256)) * (n // 256 + 1))
    print(n, a, random.getrandbits(40))
random.seed(bytearray(b'abc'))
print(random.random())
random.seed('é∂ unicode')
print(random.random())
