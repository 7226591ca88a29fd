# A bytearray with exported buffers cannot change size; memoryviews keep
# their own export until released.
def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)

b = bytearray(b'abcdef')
m = memoryview(b)
attempt(lambda: b.append(1))
attempt(lambda: b.extend(b'xy'))
attempt(lambda: b.pop())
attempt(lambda: b.remove(97))
attempt(lambda: b.insert(0, 1))
attempt(lambda: b.clear())
attempt(lambda: b.__iadd__(b'x'))
attempt(lambda: b.__imul__(2))
attempt(lambda: b.__delitem__(0))
attempt(lambda: b.__delitem__(slice(0, 4, 2)))
attempt(lambda: b.__setitem__(slice(0, 2), b'xyz'))
attempt(lambda: b.__setitem__(slice(0, 2), b''))
# Changes that keep the size are allowed.
b[0] = 65
b[1:3] = b'BC'
b[::2] = b'xyz'
print(b, m.tobytes())
b *= 1
attempt(lambda: b.__iadd__(b''))
print(b)

s = m[1:3]
c = m.cast('c')
m.release()
attempt(lambda: b.append(1))
s.release()
attempt(lambda: b.append(1))
c.release()
b.append(33)
print(b)

with memoryview(b) as w:
    attempt(lambda: b.extend(b'!!'))
b.extend(b'!!')
print(b)

# Copies made by bytes() or tobytes() do not hold the buffer.
t = memoryview(b).tobytes()
u = bytes(memoryview(b))
b.append(63)
print(t, u, b)

# A view made from a view keeps the base alive on its own.
def make():
    base = bytearray(b'temporary')
    return memoryview(memoryview(base))[3:]
v = make()
print(v.tobytes(), type(v.obj).__name__)
attempt(lambda: v.obj.append(1))
v.release()
