# Semaphore bounds concurrency; BoundedSemaphore and Event semantics.
import threading, time

sem = threading.Semaphore(3)
lock = threading.Lock()
active = [0]
peak = [0]

def worker():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with lock:
            active[0] -= 1

ts = [threading.Thread(target=worker) for _ in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 3:", peak[0] <= 3, "active:", active[0])

s = threading.Semaphore(0)
print(s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(), s.acquire(blocking=False), s.acquire(blocking=False))
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(repr(b).endswith("value=2/2>"), repr(threading.Semaphore(5)).endswith("value=5>"))

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01), repr(ev).endswith(": unset>"))
woken = []
def waiter(i):
    if ev.wait(5):
        woken.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for w in ws:
    w.start()
ev.set()
for w in ws:
    w.join()
print(sorted(woken), ev.is_set(), ev.wait(), repr(ev).endswith(": set>"))
ev.clear()
print(ev.is_set(), ev.wait(0))
