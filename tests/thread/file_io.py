# Threads writing to their own files and reading them back, while the GIL
# is released around the system calls.
import threading, sys

names = ["_thread_io_%d.tmp" % i for i in range(6)]
sizes = {}

def writer(i):
    with open(names[i], "w") as f:
        for k in range(3000):
            f.write("thread %d line %d\n" % (i, k))
    with open(names[i]) as f:
        lines = f.read().splitlines()
    sizes[i] = (len(lines), lines[0], lines[-1])

ts = [threading.Thread(target=writer, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for i in sorted(sizes):
    print(i, sizes[i])

# One shared file written by many threads, one write at a time.
shared = "_thread_io_shared.tmp"
f = open(shared, "w")
flock = threading.Lock()
def line_writer(i):
    for k in range(500):
        with flock:
            f.write("%d-%d\n" % (i, k))
ts = [threading.Thread(target=line_writer, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
f.close()
with open(shared) as g:
    lines = g.read().splitlines()
print(len(lines), sorted(lines) == sorted("%d-%d" % (i, k) for i in range(8) for k in range(500)))

import os
for n in names + [shared]:
    os.remove(n)
print("cleaned up")
