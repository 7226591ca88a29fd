# threading's API as CPython 3.11 has it: names, daemon inheritance,
# repr, the excepthook and its arguments, hooks, limits, Barrier, Timer,
# Semaphore, Condition.wait_for, local subclasses, enumeration.
import re
import sys
import threading
import time


def norm(text):
    # Thread idents vary between runs.
    return re.sub(r" \d+\)", " <ident>)", text)


def target():
    pass


class Named:
    def __call__(self):
        pass


# Names: "Thread-N (target)", or "Thread-N" when the target has no name.
t1 = threading.Thread(target=target)
t2 = threading.Thread(target=Named())
t3 = threading.Thread(target=target, name="custom")
t4 = threading.Thread(target=target, name=42)
n1 = int(t1.name.split("-")[1].split()[0])
print(t1.name == "Thread-%d (target)" % n1, t2.name == "Thread-%d" % (n1 + 1))
print(t3.name, repr(t4.name))
print(norm(repr(t1)))
t1.start()
t1.join()
print(norm(repr(t1)))
t1.name = "renamed"
print(t1.name, t1.getName(), t1.is_alive(), t1.ident is not None, t1.native_id is not None)

# Daemon status is inherited from the creating thread.
seen = []


def spawn_child():
    c = threading.Thread(target=target)
    seen.append(c.daemon)


d = threading.Thread(target=spawn_child, daemon=True)
d.start()
d.join()
nd = threading.Thread(target=spawn_child)
nd.start()
nd.join()
print("inherited daemon", seen)
try:
    t1.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t1.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=target).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

# The main thread and enumeration.
main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon)
print(norm(repr(main)))
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(isinstance(threading.get_native_id(), int), threading.get_ident() == main.ident)
gate = threading.Event()
workers = [threading.Thread(target=gate.wait, name="w%d" % i) for i in range(3)]
for w in workers:
    w.start()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
gate.set()
for w in workers:
    w.join()
print(threading.active_count())

# excepthook and ExceptHookArgs.
caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value),
                   args.exc_traceback is not None, args.thread.name))
    caught.append(type(args).__name__)
    caught.append(len(args))


def boom():
    raise ValueError("bad")


saved = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=boom, name="boomer")
t.start()
t.join()
threading.excepthook = saved
print(caught)
print(threading.__excepthook__ is threading.excepthook)
args = threading.ExceptHookArgs([ValueError, ValueError("x"), None, None])
print(args.exc_type, args.exc_value, args.thread)
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print("TypeError")

# SystemExit in a thread reaches the hook; the default hook is silent about it.
caught.clear()
threading.excepthook = hook
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
threading.excepthook = saved
print("after SystemExit", caught)

# Hooks and limits.
print(threading.gettrace(), threading.getprofile())
threading.settrace(None)
threading.setprofile(None)
print(threading.TIMEOUT_MAX > 1e6, threading.stack_size())
print(threading.stack_size(1 << 20), threading.stack_size())
t = threading.Thread(target=lambda: seen.append(sum(range(10))))
t.start()
t.join()
print(threading.stack_size(0), seen[-1])
try:
    threading.stack_size(100)
except ValueError as e:
    print("ValueError")

# Barrier: abort, reset, BrokenBarrierError, action and indices.
b = threading.Barrier(3, action=lambda: seen.append("action"))
out = []


def party():
    out.append(b.wait())


ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(out), seen[-1], b.broken, b.n_waiting, b.parties)
b = threading.Barrier(2)
errors = []


def broken_party():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")


p = threading.Thread(target=broken_party)
p.start()
while b.n_waiting == 0:
    time.sleep(0.001)
b.abort()
p.join()
print(errors, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print("after reset", b.broken, b.n_waiting)
p = threading.Thread(target=broken_party)
p.start()
while b.n_waiting == 0:
    time.sleep(0.001)
b.reset()
p.join()
print(errors)
try:
    threading.Barrier(2).wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("timeout breaks the barrier")
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# Timer.cancel.
fired = []
tm = threading.Timer(30, fired.append, args=("late",))
tm.start()
tm.cancel()
tm.join()
tm2 = threading.Timer(0.01, fired.append, args=("fired",))
tm2.start()
tm2.join()
print(fired, tm.finished.is_set())

# Semaphores.
s = threading.Semaphore(0)
s.release(3)
print([s.acquire(blocking=False) for _ in range(4)])
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
print(s.acquire(timeout=0.01))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

# Condition.wait_for with timeouts.
c = threading.Condition()
with c:
    print(c.wait_for(lambda: False, timeout=0.02), c.wait_for(lambda: 5, timeout=0))
    print(c.wait(0.01))
try:
    c.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
items = []


def producer():
    for i in range(5):
        with c:
            items.append(i)
            c.notify()


with c:
    threading.Thread(target=producer).start()
    print(c.wait_for(lambda: len(items) == 5, timeout=60), items)


# local subclasses with __init__ arguments.
class Local(threading.local):
    def __init__(self, start, step=1):
        self.value = start
        self.step = step


loc = Local(10, step=2)
res = []


def use_local():
    loc.value += loc.step
    res.append(loc.value)


ts = [threading.Thread(target=use_local) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res, loc.value)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# Lock details.
lk = threading.Lock()
print(lk.acquire(), lk.acquire(False), lk.acquire(timeout=0.01), lk.locked())
lk.release()
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lk.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
rl = threading.RLock()
with rl:
    with rl:
        print(rl._is_owned())
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.ThreadError is RuntimeError)

# The Python re-entrant lock, also under a Condition shared by threads.
pr = threading._PyRLock()
with pr:
    with pr:
        print(pr._recursion_count(), pr._is_owned(), repr(pr).split(" at ")[0])
pc = threading.Condition(threading._PyRLock())
box = []


def put_later():
    with pc:
        box.append("item")
        pc.notify()


with pc:
    threading.Thread(target=put_later).start()
    print(pc.wait_for(lambda: box, timeout=60))
try:
    pr.release()
except RuntimeError as e:
    print("RuntimeError:", e)
