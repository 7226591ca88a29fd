# io.FileIO: raw reads and writes on a descriptor, modes, seeking, errors.
import io, os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.bin')
with io.FileIO(p, 'w') as f:
    print(f.mode, f.writable(), f.readable(), f.write(b'hello world'), f.tell(), f.closefd, f.name == p)
with io.FileIO(p) as f:
    print(f.mode, f.read(5), f.read(), f.read(), f.seek(0), f.readall(), f.seekable())
    b = bytearray(4)
    f.seek(6)
    print(f.readinto(b), b)
with io.FileIO(p, 'a+') as f:
    f.write(b'!')
    f.seek(0)
    print(f.mode, f.read())
with io.FileIO(p, 'r+') as f:
    print(f.truncate(5), f.read(), f.tell())
f = io.FileIO(p, 'rb')
fd = f.fileno()
g = io.FileIO(fd, 'r', closefd=False)
print(g.read(2), g.closefd)
g.close()
print(f.read(), f.closed, g.closed)
f.close()
print(f.closed, repr(f))
for fn in [lambda: io.FileIO(p, 'rw'), lambda: io.FileIO(p, 'q'), lambda: io.FileIO(p, 'x'),
           lambda: io.FileIO(os.path.join(d, 'missing')), lambda: io.FileIO(-1),
           lambda: io.FileIO(p).write(b'x'), lambda: io.FileIO(p, 'w').read(), lambda: f.read(),
           lambda: io.FileIO(p, closefd=False)]:
    try:
        fn()
    except (ValueError, OSError, io.UnsupportedOperation) as e:
        print(type(e).__name__, str(e).replace(d, 'D'))
print(issubclass(io.FileIO, io.RawIOBase), isinstance(io.FileIO(p), io.IOBase))
os.unlink(p)
os.rmdir(d)
