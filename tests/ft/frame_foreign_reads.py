# One thread reads f_back, f_locals, f_lineno and f_lasti of frames that
# other threads hand over while they keep running, calling and returning
# (their callers' frames are live and change under the reader).
import sys
import threading

frames = []
frames_lock = threading.Lock()
done = threading.Event()


def rec(n, tag):
    x = n * 2
    if n == 0:
        with frames_lock:
            frames.append(sys._getframe())
            if len(frames) > 40:
                del frames[:20]
        return x
    return rec(n - 1, tag) + x


def runner(tag, results):
    total = 0
    for i in range(3000):
        total += rec(i % 15, tag)
    results[tag] = total


def reader(out):
    walked = 0
    names = set()
    while not done.is_set() or walked == 0:
        with frames_lock:
            snapshot = list(frames)
        for f in snapshot:
            g = f
            while g is not None:
                loc = g.f_locals
                if g.f_lineno < 1 or g.f_lasti < -1 or not isinstance(loc, dict):
                    out.append('bad frame')
                names.add(g.f_code.co_name)
                g = g.f_back
                walked += 1
    # One append per reader: the two readers finish in either order.
    out.append((walked > 0, sorted(n for n in names if n in ('rec', 'runner'))))


results = {}
out = []
readers = [threading.Thread(target=reader, args=(out,)) for _ in range(2)]
runners = [threading.Thread(target=runner, args=(k, results)) for k in range(3)]
for t in readers + runners:
    t.start()
for t in runners:
    t.join()
done.set()
for t in readers:
    t.join()
print('sums:', sorted(results.items()))
print('reader results:', sorted(out))
