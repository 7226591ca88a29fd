# io.BufferedReader, BufferedWriter and BufferedRWPair over raw streams
# written in Python, and TextIOWrapper on top of them.
import io

class Raw(io.RawIOBase):
    """A raw stream that gives at most `chunk` bytes per read and records
    every write."""
    def __init__(self, data=b"", chunk=3):
        self.data = data
        self.pos = 0
        self.chunk = chunk
        self.reads = 0
        self.writes = []
    def readable(self):
        return True
    def writable(self):
        return True
    def readinto(self, b):
        self.reads += 1
        n = min(len(b), self.chunk, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
    def write(self, b):
        self.writes.append(bytes(b))
        return len(b)

raw = Raw(b"line one\nline two\nlast", chunk=4)
r = io.BufferedReader(raw, 8)
print(r.readable(), r.seekable(), r.closed)
print(r.read1(100), r.peek()[:2])
print(r.readline(), r.read(3), r.readline(), r.read(), r.read())
print(raw.reads > 3)
r.close()
print(r.closed, raw.closed)
try:
    r.read()
except ValueError as e:
    print("ValueError:", e)

raw = Raw(b"0123456789", chunk=4)
r = io.BufferedReader(raw)
buf = bytearray(6)
print(r.readinto(buf), buf, r.readline(3), r.readlines())

raw = Raw()
w = io.BufferedWriter(raw, 4)
print(w.write(b"ab"), raw.writes)
print(w.write(b"cde"), raw.writes)
w.write(b"f")
w.flush()
print(raw.writes)
w.write(b"tail")
w.close()
print(raw.writes, w.closed)
w = io.BufferedWriter(Raw(), 4)
w.write(b"xy")
w.write(b"0123456789")
print(w.raw.writes)
try:
    w.write(b"x")
except ValueError as e:
    print("ValueError:", e)

out = Raw()
pair = io.BufferedRWPair(Raw(b"in\ndata"), out, 16)
print(pair.readable(), pair.writable(), pair.readline(), pair.read())
pair.write(b"out")
pair.flush()
print(out.writes)
pair.close()
print(pair.closed)

# TextIOWrapper over a buffered reader reads lines without waiting for a
# full chunk from the raw stream.
raw = Raw("héllo\nwörld\n".encode(), chunk=2)
t = io.TextIOWrapper(io.BufferedReader(raw), encoding="utf-8")
print(repr(t.readline()), raw.reads < 10, repr(t.readline()), repr(t.readline()))
out = Raw()
t = io.TextIOWrapper(io.BufferedWriter(out), encoding="utf-8")
t.write("text\n")
t.flush()
print(out.writes)
print(isinstance(r, io.BufferedIOBase), isinstance(w, io.BufferedIOBase), issubclass(io.BufferedRWPair, io.BufferedIOBase))
f = open(__file__, "rb")
print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedWriter))
f.close()
try:
    io.BufferedReader(Raw(), 0)
except ValueError as e:
    print("ValueError:", e)
