# memoryview over bytes and bytearray: attributes, indexing, slicing,
# iteration, conversion and item assignment.
m = memoryview(b'abcdef')
print(m[0], m[-1], len(m), m.nbytes, m.format, m.itemsize, m.ndim)
print(m.shape, m.strides, m.suboffsets, m.readonly, m.obj)
print(m.c_contiguous, m.f_contiguous, m.contiguous)
print(m.tobytes(), m.tolist(), bytes(m), list(m))
print(m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m[4:1:-1].tobytes())
s = m[::2]
print(s.shape, s.strides, s.nbytes, s.c_contiguous, s.contiguous, s.obj is m.obj)
print(s[1:].tobytes(), s[::-1].tolist(), len(m[10:]), m[10:].tobytes())
print(m.hex(), m.hex(':'), m.hex('-', 2), m.hex(b' ', -4), m[::2].hex())
print(memoryview(b'').tobytes(), memoryview(b'').tolist(), len(memoryview(b'')))
print(type(iter(m)).__name__, [x for x in m[:3]], 98 in m, 120 in m)
print(m.tobytes('C'), m.tobytes('A'), m.tobytes(None))

b = bytearray(b'hello world')
w = memoryview(b)
print(w.readonly, w.obj is b)
w[0] = 72
w[-5:] = b'WORLD'
w[1:3] = bytearray(b'EL')
w[::5] = b'**\x21'
print(b)
w[2:4] = memoryview(b'LL')
w[6:8] = w[0:2]
print(b)
print(bytes(w[2:5]), bytearray(w[2:5]))
v = w[1:4]
v[0] = 0x61
print(b, v.tobytes())
z = w.toreadonly()
print(z.readonly, z.tobytes() == bytes(b), w.readonly)

# Views of views share the base object and see its changes.
x = memoryview(w)
b[0] = 0x7a
print(x[0], x.obj is b, memoryview(x).tobytes()[:3])
w.release()
x.release()
z.release()
v.release()
b.append(33)
print(b)

# Equality compares the items; hashing needs a read-only byte view.
print(memoryview(b'ab') == b'ab', memoryview(b'ab') == bytearray(b'ab'), b'ab' == memoryview(b'ab'))
print(memoryview(b'ab') == memoryview(b'ab'), memoryview(b'ab') != b'ac', memoryview(b'ab') == 'ab')
print(memoryview(b'abc')[::2] == b'ac', memoryview(b'ab') == [97, 98], memoryview(b'') == b'')
print(hash(memoryview(b'abc')) == hash(b'abc'), hash(memoryview(b'xabcx')[1:4]) == hash(b'abc'))
try:
    hash(memoryview(bytearray(b'q')).toreadonly())
except TypeError as e:
    print('TypeError', e)
print(memoryview(b'\x80').cast('b') == memoryview(b'\x80'), memoryview(b'a').cast('c') == b'a')
d = {memoryview(b'key'): 1}
print(d[b'key'], b'key' in d)
print(repr(m).startswith('<memory at 0x'), str(m) == repr(m))
