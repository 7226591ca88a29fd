# memoryview.cast: formats, shapes, multi-dimensional indexing and tolist.
import sys
big = sys.byteorder == 'big'
raw = bytearray(range(16))
m = memoryview(raw)
i = m.cast('I')
print(i.format, i.itemsize, i.shape, i.strides, i.nbytes, len(i))
print(i.tolist() == [int.from_bytes(raw[k:k + 4], sys.byteorder) for k in range(0, 16, 4)])
i[0] = 0x01020304
print(raw[:4] == (0x01020304).to_bytes(4, sys.byteorder))
print(m.cast('@H').format, m.cast('h').itemsize, len(m.cast('q')), m.cast('d').itemsize)
print(m.cast('c')[:3].tolist(), m.cast('b')[:2].tolist(), m.cast('?')[:3].tolist())
back = i.cast('B')
print(back.format, back.shape, back.tobytes() == bytes(raw))

g = m.cast('B', (4, 4))
print(g.ndim, g.shape, g.strides, g.tolist())
print(g[1, 2], g[3, 3], g[-1, -1], g.nbytes, len(g))
g[0, 0] = 99
print(raw[0], g.tobytes()[:2], g.tobytes('F')[:4])
print(g.c_contiguous, g.f_contiguous, g.contiguous)
print(g[::2].shape, g[::2].tolist(), g[1:3].strides)
flat = g.cast('B')
print(flat.shape, flat.ndim, flat[:5].tolist())
h = m.cast('H', [2, 4])
print(h.shape, h.strides, h.tolist() == [[int.from_bytes(raw[r * 8 + c * 2:r * 8 + c * 2 + 2], sys.byteorder) for c in range(4)] for r in range(2)])
t = m.cast('B', (2, 2, 4))
print(t.ndim, t.shape, t.strides, t.tolist()[1][0])
z = memoryview(b'\x07').cast('B', [])
print(z.ndim, z.shape, z.strides, z.tolist(), z[()], len(z), z.tobytes())
print(z[...] is z)
f = memoryview(bytearray(8)).cast('d')
f[0] = 1.5
print(f.tolist(), f[0])
f[0] = 3
print(f.tolist())
fl = memoryview(bytearray(4)).cast('f')
fl[0] = 0.1
print(fl[0] == 0.10000000149011612)
q = memoryview(bytearray(16)).cast('q')
q[0] = -2 ** 63
q[1] = 2 ** 63 - 1
print(q.tolist())
Q = memoryview(bytearray(8)).cast('Q')
Q[0] = 2 ** 64 - 1
print(Q.tolist())
bb = memoryview(bytearray(2)).cast('?')
bb[0] = 5
bb[1] = []
print(bb.tolist())
c = memoryview(bytearray(b'xy')).cast('c')
c[0] = b'Z'
print(c.tolist(), c.obj)
