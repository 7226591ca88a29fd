# concurrent.futures: Future states and callbacks, ThreadPoolExecutor
# submit/map/shutdown/context manager, wait() and as_completed(), timeouts,
# cancellation, thread names and initializers.
import concurrent.futures as cf
import threading
import time
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                                CancelledError, Future, ThreadPoolExecutor)

print(cf.TimeoutError is TimeoutError, issubclass(CancelledError, cf._base.Error))
print(issubclass(cf.BrokenExecutor, RuntimeError), cf.InvalidStateError.__mro__[1].__name__)
# (ProcessPoolExecutor needs multiprocessing, which gilpy does not have.)
print([n for n in ("Future", "ThreadPoolExecutor", "wait", "as_completed") if n in cf.__all__])

# A Future by hand.
f = Future()
print(f.done(), f.running(), f.cancelled(), repr(f).split("state=")[1])
log = []
f.add_done_callback(lambda fut: log.append(("cb1", fut.result())))
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
try:
    f.result(timeout=0.01)
except TimeoutError:
    print("result timed out")
try:
    f.exception(timeout=0)
except TimeoutError:
    print("exception timed out")
f.set_result(42)
f.add_done_callback(lambda fut: log.append(("cb2", fut.result())))
print(log, f.result(), f.exception(), repr(f).split("state=")[1])
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
g = Future()
print(g.cancel(), g.cancelled(), g.done(), g.cancel())
for call in (g.result, g.exception):
    try:
        call()
    except CancelledError:
        print("CancelledError")
print(g.set_running_or_notify_cancel())
h = Future()
h.set_exception(KeyError("k"))
print(repr(h.exception()), repr(h).split("state=")[1])
try:
    h.result()
except KeyError as e:
    print("KeyError", e)
print(Future[int])

# A callback that raises is logged, and the others still run.
import logging
logging.getLogger("concurrent.futures").disabled = True
k = Future()
k.add_done_callback(lambda fut: 1 / 0)
k.add_done_callback(lambda fut: log.append("after bad callback"))
k.set_result(None)
print(log[-1])

# The executor.
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    print(list(ex.map(lambda x: x * 2, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    names = set(ex.map(lambda _: threading.current_thread().name, range(30)))
    print(all(n.startswith("pool_") for n in names), len(names) <= 3)
    fut = ex.submit(sum, [1, 2, 3])
    print(fut.result(timeout=60))
    bad = ex.submit(int, "x")
    print(type(bad.exception()).__name__)
    it = ex.map(lambda x: 10 // x, [5, 0, 1])
    print(next(it))
    try:
        next(it)
    except ZeroDivisionError:
        print("map re-raises")
    kw = ex.submit(lambda a, b=0: a - b, 10, b=3)
    print(kw.result())
print(ex._shutdown)
try:
    ex.submit(print)
except RuntimeError as e:
    print("RuntimeError:", e)

# Default names and max_workers checks.
ex = ThreadPoolExecutor(max_workers=1)
name = ex.submit(lambda: threading.current_thread().name).result()
print(name.startswith("ThreadPoolExecutor-"), name.endswith("_0"))
ex.shutdown()
for bad_args in ({"max_workers": 0}, {"initializer": 5}):
    try:
        ThreadPoolExecutor(**bad_args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Initializers.
local = threading.local()


def init(value):
    local.value = value


with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=(7,)) as ex:
    print(sorted(set(ex.map(lambda _: local.value, range(10)))))


def failing_init():
    raise ValueError("init failed")


ex = ThreadPoolExecutor(max_workers=1, initializer=failing_init)
fut = ex.submit(print, "never")
try:
    fut.result(timeout=60)
except cf.thread.BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
try:
    ex.submit(print, "never")
except cf.BrokenExecutor:
    print("broken executor refuses work")
ex.shutdown()

# wait() with each return_when, and as_completed(); the order of
# completion is forced with events.
events = [threading.Event() for _ in range(3)]


def job(i):
    events[i].wait()
    if i == 1:
        raise ValueError(i)
    return i


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(job, i) for i in range(3)]
    done, not_done = cf.wait(fs, timeout=0.01)
    print("timeout", len(done), len(not_done))
    events[2].set()
    done, not_done = cf.wait(fs, return_when=FIRST_COMPLETED)
    print("first completed", [f.result() for f in done], len(not_done))
    events[1].set()
    done, not_done = cf.wait(fs, return_when=FIRST_EXCEPTION)
    print("first exception", sorted(type(f.exception()).__name__ for f in done), len(not_done))
    events[0].set()
    result = cf.wait(fs, return_when=ALL_COMPLETED)
    print("all completed", len(result.done), len(result.not_done), type(result).__name__)
    try:
        cf.wait(fs, return_when="bogus")
    except ValueError:
        print("ValueError")

gates = [threading.Event() for _ in range(4)]
order = []
with ThreadPoolExecutor(max_workers=4) as ex:
    fs = {ex.submit(lambda i=i: gates[i].wait() and i): i for i in range(4)}
    gen = cf.as_completed(list(fs) + list(fs))
    for i in (2, 0, 3, 1):
        gates[i].set()
        order.append(next(gen).result())
    print("as_completed", order, list(gen))
    slow = Future()
    try:
        for _ in cf.as_completed([slow], timeout=0.02):
            pass
    except TimeoutError as e:
        print("TimeoutError:", e)
    try:
        list(ex.map(lambda _: time.sleep(0.5), range(2), timeout=0.01))
    except TimeoutError:
        print("map timed out")

# shutdown(cancel_futures=True) cancels what no worker took.
block = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(block.wait)
rest = [ex.submit(print, "never run") for _ in range(5)]
while not first.running():
    time.sleep(0.001)
threading.Timer(0.05, block.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), [f.cancelled() for f in rest])
ex = ThreadPoolExecutor(max_workers=2)
f = ex.submit(time.sleep, 0.05)
ex.shutdown(wait=False)
print(f.result(), f.done())
