# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.x = "main"
seen = {}
lock = threading.Lock()

def worker(i):
    print_missing = not hasattr(data, 'x')
    data.x = i
    data.y = [i] * 2
    with lock:
        seen[i] = (print_missing, data.x, data.y, sorted(data.__dict__))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
print(data.x, hasattr(data, 'y'), data.__dict__)
del data.x
print(hasattr(data, 'x'))

class Counter(threading.local):
    def __init__(self, start, step=1):
        self.value = start
        self.step = step
    def bump(self):
        self.value += self.step
        return self.value

c = Counter(10, step=5)
c.bump()
results = []
def use():
    results.append((c.value, c.bump(), c.bump()))
t = threading.Thread(target=use)
t.start(); t.join()
print(results, c.value)

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
print(type(data).__name__, isinstance(c, threading.local))
