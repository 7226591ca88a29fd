# Starting and joining threads: results, names, states and misuse errors.
import threading

results = {}

def square(i, scale=1):
    results[i] = i * i * scale

threads = [threading.Thread(target=square, args=(i,), kwargs={'scale': 2}) for i in range(8)]
print([t.is_alive() for t in threads[:2]], threads[0].ident is None)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(all(not t.is_alive() for t in threads))
print(all(isinstance(t.ident, int) and isinstance(t.native_id, int) for t in threads))


t = threading.Thread(target=square, args=(1,))
print(t.name.endswith("(square)"), t.name.startswith("Thread-"))
print(threading.Thread(name="worker").name, threading.Thread(name=42).name)
print(repr(t).startswith("<Thread(Thread-"), repr(t).endswith(", initial)>"))

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.value = None

    def run(self):
        self.value = sum(range(self.n))
        self.seen_name = threading.current_thread().name

w = Worker(100)
w.start()
w.join()
print(w.value, w.seen_name, w.is_alive())

try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    w.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

# join with a timeout on a thread that waits for an event
ev = threading.Event()
slow = threading.Thread(target=ev.wait)
slow.start()
slow.join(0.01)
print("alive after short join:", slow.is_alive())
ev.set()
slow.join()
print("alive after set:", slow.is_alive())

# daemon flag is inherited and checked
d = threading.Thread(target=print, daemon=True)
print(d.daemon, threading.Thread(target=print).daemon)
d2 = threading.Thread(target=lambda: None)
d2.start()
try:
    d2.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
d2.join()

print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
print(threading.active_count(), len(threading.enumerate()))
print(threading.get_ident() == threading.current_thread().ident)
print(threading.TIMEOUT_MAX > 0, threading.ThreadError is RuntimeError)
