# io.StringIO and io.BytesIO.
import io
s = io.StringIO()
print(s.write('hello '), s.write('wörld\n'), s.write('line2\nline3'))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([l for l in s])
s.seek(6)
s.write('W')
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
s.seek(8)
s.write('x')
print(repr(s.getvalue()))
for bad in [(-1,), (1, 1), (1, 2)]:
    try:
        s.seek(*bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    s.write(5)
except TypeError as e:
    print(e)
print(s.readable(), s.writable(), s.seekable(), s.closed)
s.close()
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print(e)
with io.StringIO('a\nb\nc') as f:
    print(f.read(), f.tell())
print(f.closed)
print(repr(io.StringIO('x\r\ny\rz\n', newline=None).getvalue()))
print(io.StringIO('x\r\ny\rz\n', newline='').readlines())
print(repr(io.StringIO('a\nb', newline='\r\n').getvalue()))
s = io.StringIO('abc')
s.write('X')
print(repr(s.getvalue()), s.tell())
s = io.StringIO()
s.writelines(['a', 'b', 'c'])
print(s.getvalue(), s.readline(1), repr(s.readline()))
print(io.StringIO('one\ntwo\n').readline(2))
parts = io.StringIO()
for i in range(100000):
    parts.write(str(i))
print(len(parts.getvalue()))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
b = io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.readline(), b.readlines(), b.read())
print(b.write(b'XYZ'), b.getvalue(), b.tell())
b.seek(-2, 2)
print(b.read(), b.seek(0), b.read1(2), b.tell())
b.seek(20)
b.write(b'!')
print(b.getvalue())
print(b.truncate(3), b.getvalue())
b.seek(0)
ba = bytearray(2)
print(b.readinto(ba), ba)
try:
    b.write('str')
except TypeError as e:
    print(e)
try:
    b.seek(-1)
except ValueError as e:
    print(e)
print(list(io.BytesIO(b'1\n2\n3')))
b.close()
try:
    b.read()
except ValueError as e:
    print(e)
class MyIO(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
m = MyIO()
m.write('abc')
m.writelines(['d', 'e'])
print(m.getvalue())
print(io.SEEK_END, io.open is open)
print(type(io.StringIO()).__name__, io.BytesIO(bytearray(b'q')).getvalue())
