# Barrier rounds, action, abort, timeout, reset; Timer firing and cancel.
import threading

actions = []
b = threading.Barrier(4, action=lambda: actions.append("tripped"))
indices = []
lock = threading.Lock()

def party():
    for _ in range(3):
        i = b.wait()
        with lock:
            indices.append(i)

ts = [threading.Thread(target=party) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), actions, b.n_waiting, b.parties, b.broken)

# A barrier that never fills times out and breaks.
b2 = threading.Barrier(3, timeout=0.05)
errors = []
def lonely():
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")
t = threading.Thread(target=lonely)
t.start()
try:
    b2.wait()
except threading.BrokenBarrierError:
    errors.append("broken")
t.join()
print(errors, b2.broken)
b2.reset()
print("after reset:", b2.broken)

b3 = threading.Barrier(2)
b3.abort()
try:
    b3.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", isinstance(e, RuntimeError))

fired = []
t1 = threading.Timer(0.02, fired.append, args=("one",))
t2 = threading.Timer(10, fired.append, args=("two",))
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print(fired, t1.finished.is_set(), t2.finished.is_set())
t3 = threading.Timer(0.01, lambda **kw: fired.append(sorted(kw)), kwargs={'a': 1, 'b': 2})
t3.start()
t3.join()
print(fired)
print(threading.Timer(1, print).name.startswith("Thread-"))
