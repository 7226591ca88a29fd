# BytesIO.getbuffer(): a writable view of the contents; while it exists the
# BytesIO cannot be written, truncated or closed.
import io
b = io.BytesIO(b'abc')
m = b.getbuffer()
print(type(m).__name__, m.readonly, m.tobytes(), len(m), m.nbytes)
for f in [lambda: b.write(b'x'), lambda: b.write(b''), lambda: b.truncate(1), lambda: b.close(),
          lambda: b.seek(0), lambda: b.read(), lambda: b.getvalue(), lambda: b.closed]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
m[0] = 65
print(b.getvalue())
m2 = b.getbuffer()
m.release()
try:
    b.write(b'q')
except BufferError as e:
    print('BufferError', e)
m2.release()
print(b.write(b'zz'), b.getvalue())
with io.BytesIO(b'12345') as c:
    with c.getbuffer() as v:
        print(v[1:3].tobytes())
    print(c.getvalue())
e = io.BytesIO()
print(e.getbuffer().tobytes(), len(e.getbuffer()))
e.close()
try:
    e.getbuffer()
except ValueError as x:
    print('ValueError', x)
print(bytes(io.BytesIO(b'xyz').getbuffer()))
