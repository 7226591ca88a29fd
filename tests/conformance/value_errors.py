cases = [lambda: int('abc'), lambda: int('1', 99), lambda: float('x'), lambda: [1].index(2), lambda: 'abc'.index('z'), lambda: (1,).index(3),
         lambda: range(0, 1, 0), lambda: chr(-5), lambda: 'a'.split(''), lambda: [].remove(1), lambda: int('1e3'), lambda: complex('zz'),
         lambda: bytes([300]), lambda: 'x'.center(-1, 'ab'), lambda: '{0}{}'.format(1, 2), lambda: math.sqrt(-1), lambda: 'é'.encode('ascii'),
         lambda: b'\xff'.decode(), lambda: [].index(0, 5), lambda: 'abc'.rindex('q'), lambda: bytearray(b'a').remove(98)]
import math
for c in cases:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
