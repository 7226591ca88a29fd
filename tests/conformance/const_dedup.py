def f(): return 0.0, -0.0, 1, 1.0, True, 0j, -0j
print(f())
def g(): return (0, 0.0, False, -0.0), {1: 'a', True: 'b'}, [1, 1.0, True]
print(g())
h = lambda: (-0.0, 0.0)
print(h(), [str(x) for x in h()])
import math
print(math.copysign(1, f()[1]), math.copysign(1, h()[0]), (0.0, -0.0) == (-0.0, 0.0))
def k(): return 'a' * 3, b'\x00' * 2, (1, 2) * 2, -(-5), not 1, 2 ** 10, 10 // 3, 'ab'[1]
print(k())
def big(): return 2 ** 64, -2 ** 63, ~0, 1 << 70, 9999999999999999999999
print(big())
