# Native code that gives the GIL away (examples/ext/nativework.c), seen from
# Python threads.  gilpy's own test: CPython cannot import the module.
# Every timing is turned into a boolean with a wide margin; each timing
# check takes the best of a few attempts so that a burst of load on the
# machine cannot flip it.
import sys
import threading
import time

import nativework as nw

# A Python thread keeps printing while a native call blocks.
ticks = []
def ticker():
    for i in range(5):
        print('tick', i + 1, flush=True)
        ticks.append(i)
        time.sleep(0.02)

th = threading.Thread(target=ticker)
th.start()
nw.block(1.0)
during = len(ticks)
th.join()
print('ticker finished while the native call blocked:', during == 5)

# Holding the GIL, the same call freezes every other thread.
count = [0]
started = threading.Event()
stop = threading.Event()
def counter():
    started.set()
    while not stop.is_set():
        count[0] += 1
th = threading.Thread(target=counter)
th.start()
started.wait()
time.sleep(0.05)
before = count[0]
nw.block(0.2, release_gil=False)
after = count[0]
stop.set()
th.join()
print('no Python code ran while the GIL was held:', before == after)

# CPU-heavy native work: spin() computes for a fixed amount of CPU time, so
# two threads on two cores take about as long as one when the GIL is
# released, and twice as long when it is held.
def wall(nthreads, release):
    ths = [threading.Thread(target=nw.spin, args=(0.2,), kwargs={'release_gil': release})
           for _ in range(nthreads)]
    t0 = time.monotonic()
    for t in ths:
        t.start()
    for t in ths:
        t.join()
    return time.monotonic() - t0

def ratio(release):
    one = wall(1, release)
    return wall(2, release) / one

print('released: two threads within 1.5x of one:',
      any(ratio(True) <= 1.5 for _ in range(5)))
print('held: two threads take at least 1.5x of one:',
      any(ratio(False) >= 1.5 for _ in range(3)))

# crunch gives the same answer with and without the GIL, in any thread.
results = []
def crunch_into(n):
    results.append(nw.crunch(n))
ths = [threading.Thread(target=crunch_into, args=(200000,)) for _ in range(4)]
for t in ths:
    t.start()
for t in ths:
    t.join()
print('crunch agrees:', len(set(results)) == 1 and results[0] == nw.crunch(200000, release_gil=False))
print('GIL enabled after import:', sys._is_gil_enabled())
