import array
for tc, v in [('b', 200), ('b', -200), ('B', -1), ('B', 256), ('h', 1 << 15), ('H', -1), ('i', 1 << 31), ('i', -(1 << 31) - 1),
              ('I', -1), ('I', 1 << 32), ('l', 1 << 63), ('L', -1), ('L', 1 << 64), ('q', 1 << 63), ('Q', -1), ('Q', 1 << 64),
              ('b', 1.5), ('f', 'x'), ('u', 1), ('u', 'ab')]:
    try:
        array.array(tc, [v])
    except Exception as e:
        print(tc, type(e).__name__, e)
a = array.array('i', [1, 2, 3])
print(a, repr(array.array('d')), array.array('u', 'hi'), a[1:], a * 2, a + a, 2 * a, a.tobytes(), a.itemsize, a.typecode, a.tolist())
for call in [lambda: array.array('x'), lambda: a + array.array('d'), lambda: a.index(9), lambda: array.array('i', 'ab'),
             lambda: a.remove(7), lambda: array.array('i').pop(), lambda: a[10], lambda: a.frombytes(b'abc')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(array.typecodes)
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, a.pop(), a.pop(0), a, len(a), a.count(2), a.index(3), 3 in a, list(reversed(a)))
a[0] = 10
del a[1]
a[1:3] = array.array('i', [7, 8, 9])
print(a, a == array.array('i', [10, 7, 8, 9, 5]), a < array.array('i', [11]), sorted(a))
f = array.array('f', [0.1, 1.5, 1e40 if False else 2.25])
print(f, f.tobytes().hex(), array.array('d', [0.1]).tobytes().hex())
b = array.array('h', b'\x01\x00\x02\x00')
print(b, b.tobytes())
b.byteswap()
print(b)
b += array.array('h', [3])
b *= 2
print(b, array.array('b', range(5)), array.array('B', bytearray(b'\x01\x02')))
u = array.array('u', 'hello')
print(u.tounicode(), u[1], u, array.array('Q', [2 ** 64 - 1]), array.array('q', [-2 ** 63]))
print(array.array('l', [1]).itemsize, array.array('d', [1, 2.5]), array.ArrayType is array.array)
