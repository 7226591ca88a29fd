# open() in text mode: write, read, append, readline(s), iteration, with.
# The file lives in /tmp under a unique name; it is removed at the end when
# the os module exists (tests/run.sh also sweeps old gilpy-test-* files).
import sys, time
path = "/tmp/gilpy-test-open_text-%d-%d.txt" % (time.time_ns(), id(sys) % 100003)
with open(path, "w") as f:
    print(f.write("first line\n"), f.write("second line\n"))
    f.write("third")
with open(path) as f:
    print(repr(f.read()))
with open(path, "a") as f:
    f.write(" appended\nfourth\n")
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
f = open(path)
print(f.closed, f.read(5), f.read(3))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo wörld ✓\n")
with open(path, encoding="utf-8") as f:
    s = f.read()
print(s, len(s))
with open(path, "rb") as f:
    print(f.read())
with open(path, "w") as f:
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(f.read().splitlines(), f.read() == "")
try:
    open("/tmp/definitely/not/here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    import os
except ImportError:
    os = None
if os:
    os.remove(path)
