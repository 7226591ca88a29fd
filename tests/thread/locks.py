# Lock and RLock semantics.
import threading, _thread

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
lock.acquire()
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
lock.release()

for args, kw in [((False, 1), {}), ((True, -2), {}), ((), {'timeout': -5})]:
    try:
        lock.acquire(*args, **kw)
    except ValueError as e:
        print("ValueError:", e)
print(lock.acquire(timeout=0), lock.acquire(blocking=False))
lock.release()

# A lock may be released by another thread than the one that took it.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start(); t.join()
print("released by other thread:", not lock.locked())

# A held lock blocks another thread until released.
order = []
lock.acquire()
def waiter():
    with lock:
        order.append("waiter")
t = threading.Thread(target=waiter)
t.start()
order.append("main")
lock.release()
t.join()
print(order)

r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
print(r._is_owned())
r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
with r:
    with r:
        print("nested with ok", "count=2" in repr(r))

# Another thread cannot take or release an RLock owned here.
r.acquire()
res = []
def other():
    res.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))
t = threading.Thread(target=other)
t.start(); t.join()
print(res)
state = r._release_save()
print(state[0], r._is_owned())
r._acquire_restore(state)
print(r._is_owned())
r.release()

class MyRLock(_thread.RLock):
    pass
m = MyRLock()
with m:
    print(type(m).__name__, m._is_owned())
