# Reading a file line by line: newline handling, iteration, print(file=).
import sys, time
path = "/tmp/gilpy-test-open_lines-%d-%d.txt" % (time.time_ns(), id(sys) % 100003)
with open(path, "w") as f:
    for i in range(5):
        print("line", i, file=f)
    print("no newline at end", end="", file=f)
with open(path) as f:
    print([l.rstrip("\n") for l in f])
with open(path) as f:
    print(f.readline(), end="")
    print(next(f), end="")
    rest = list(f)
print(len(rest), repr(rest[-1]))
with open(path, "wb") as f:
    f.write(b"dos\r\nmac\rnix\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(f.read())
with open(path, "w") as f:
    pass
with open(path) as f:
    print(repr(f.read()), f.readlines(), list(f))
counts = {"words": 0, "lines": 0}
with open(path, "w") as f:
    f.write("the quick brown\nfox jumps\n\nover\n")
with open(path) as f:
    for line in f:
        counts["lines"] += 1
        counts["words"] += len(line.split())
print(counts)
try:
    import os
except ImportError:
    os = None
if os:
    os.remove(path)
