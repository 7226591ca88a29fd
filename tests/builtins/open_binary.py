# open() in binary mode: bytes in and out, append, read sizes, seek/tell.
import sys, time
path = "/tmp/gilpy-test-open_binary-%d-%d.bin" % (time.time_ns(), id(sys) % 100003)
data = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(data), f.write(b"\r\n\x00end"))
with open(path, "rb") as f:
    b = f.read()
print(len(b), b[:4], b[-6:], b[13], type(b).__name__)
with open(path, "ab") as f:
    f.write(b"+more")
with open(path, "rb") as f:
    print(f.read(3), f.tell())
    f.seek(250)
    print(f.read(6), f.tell())
    f.seek(0)
    print(f.read(1))
    print(f.read()[-5:])
    print(f.read(), f.read(10))
with open(path, "rb") as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1][-9:])
with open(path, "wb") as f:
    f.write(bytearray(b"from bytearray"))
with open(path, "rb") as f:
    print(f.read())
try:
    with open(path, "wb") as f:
        f.write("text into binary")
except TypeError as e:
    print(e)
try:
    with open(path, "w") as f:
        f.write(b"bytes into text")
except TypeError as e:
    print(e)
with open(path, "r+b") as f:
    f.write(b"FROM")
    f.seek(0)
    print(f.read())
try:
    open(path, "q")
except ValueError as e:
    print(e)
try:
    import os
except ImportError:
    os = None
if os:
    os.remove(path)
