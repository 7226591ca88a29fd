# Times nativework.spin(), one second of native CPU work, in one thread and
# in two threads, with the GIL released and held (docs/PERFORMANCE.md).
#
#   make build/ext/nativework.so
#   PYTHONPATH=build/ext build/gilpy examples/ext/gil_timing.py [RUNS] [SECONDS]
import sys
import threading
import time

import nativework

runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0

def wall(nthreads, release):
    ths = [threading.Thread(target=nativework.spin, args=(seconds,),
                            kwargs={'release_gil': release}) for _ in range(nthreads)]
    t0 = time.perf_counter()
    for t in ths:
        t.start()
    for t in ths:
        t.join()
    return time.perf_counter() - t0

def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]

print(f'{seconds:g} s of native work per thread, {runs} runs each, wall seconds')
print(f'{"":22} {"median":>8} {"min":>8} {"max":>8}')
for release in (True, False):
    for n in (1, 2):
        times = [wall(n, release) for _ in range(runs)]
        label = f'{n} thread{"s" if n > 1 else " "}, GIL {"released" if release else "held"}'
        print(f'{label:22} {median(times):8.3f} {min(times):8.3f} {max(times):8.3f}')
