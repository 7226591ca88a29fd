# array.array as a C type: its memory exported through the buffer
# protocol, resizes refused while exported, slices and extended slices,
# iteration, subclassing and the conversions of each typecode.
import array
import struct

a = array.array('h', [1, -2, 300])
print(bytes(a), bytearray(a), b'x' + a, len(memoryview(a)))
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m[1])
m[0] = 7
print(a)
for op in [lambda: a.append(1), lambda: a.extend([1]), lambda: a.pop(), lambda: a.remove(7),
           lambda: a.frombytes(b'\0\0'), lambda: a.__delitem__(0), lambda: a.__imul__(2)]:
    try:
        op()
        print('no error')
    except BufferError as e:
        print('BufferError', e)
a[1] = 5
print(a)
m.release()
a.append(9)
print(a, memoryview(array.array('u', 'hi')).format, memoryview(array.array('d', [1.5])).tolist())

q = array.array('q', [-1, 2 ** 62])
Q = array.array('Q', [2 ** 64 - 1])
print(bytes(q).hex(), bytes(Q).hex(), list(memoryview(q)), memoryview(Q)[0])
buf = array.array('B', bytes(8))
struct.pack_into('<HI', buf, 1, 513, 65536)
print(buf)
print(array.array('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'), array.array('b', bytearray(b'\xff\x01')))
print(bytes(array.array('f', [1.5])).hex(), array.array('d', memoryview(b'12')))

s = array.array('i', range(10))
print(s[::3], s[8:2:-2], s[-3:])
s[::2] = array.array('i', [0, 0, 0, 0, 0])
del s[1::3]
print(s)
for bad in [lambda: s.__setitem__(slice(None, None, 2), array.array('i', [1])),
            lambda: s.__setitem__(slice(0, 2), [1, 2]),
            lambda: s.__setitem__(slice(0, 2), array.array('h', [1])),
            lambda: s['x'], lambda: s + [1], lambda: s.__iadd__([1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s[2:4] = s
print(s, s.index(0, 2), s.count(0), s.buffer_info()[1] == len(s))

it = iter(array.array('b', [1, 2]))
print(type(it).__name__, next(it), list(it), list(it))
u = array.array('u', 'abc')
u.fromunicode('d')
print(u, u.tounicode(), u[1], u.itemsize, repr(array.array('u')))

class Sub(array.array):
    pass

x = Sub('d', [1.0, 2.5])
x.tag = 't'
print(x, x.tag, type(x[:1]).__name__, x == array.array('d', [1, 2.5]), array.array('i', [1]) == array.array('d', [1.0]))
print(array.array('b', [1, 2]) < array.array('b', [1, 3]), array.array('b', [1]) <= array.array('b', [1, 0]))
r = array.array('i', [3, 1, 2])
r.reverse()
r *= 2
print(r, r.__reduce_ex__(2)[1], sorted(r), array.array('L', [2 ** 64 - 1]).tolist())
