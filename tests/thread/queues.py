# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue with threads.
import queue, threading

q = queue.Queue()
results = []
rlock = threading.Lock()

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with rlock:
            results.append(item * 10)
        q.task_done()

ws = [threading.Thread(target=worker) for _ in range(4)]
for w in ws:
    w.start()
for i in range(500):
    q.put(i)
q.join()
print(len(results), sum(results), q.unfinished_tasks, q.empty())
for _ in ws:
    q.put(None)
for w in ws:
    w.join()

# A bounded queue blocks the producer until the consumer catches up.
bq = queue.Queue(maxsize=2)
got = []
def consume():
    for _ in range(20):
        got.append(bq.get())
c = threading.Thread(target=consume)
c.start()
for i in range(20):
    bq.put(i)
c.join()
print(got == list(range(20)), bq.qsize(), bq.full(), bq.maxsize)

print(queue.Queue().empty(), queue.Queue(1).full())
full = queue.Queue(1)
full.put_nowait("x")
print(full.full(), full.qsize())
for call in (lambda: full.put_nowait("y"), lambda: full.put("y", timeout=0.01),
             lambda: full.put("y", block=False)):
    try:
        call()
    except queue.Full:
        print("Full")
full.get()
for call in (full.get_nowait, lambda: full.get(timeout=0.01), lambda: full.get(False)):
    try:
        call()
    except queue.Empty:
        print("Empty")
try:
    full.task_done()
    full.task_done()
except ValueError as e:
    print("ValueError:", e)
try:
    full.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (5, 'e'), (2, 'b'), (4, 'd'), (0, 'z'), (9, 'y'), (7, 'x')]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
pq2 = queue.PriorityQueue()
nums = []
x = 12345
for _ in range(200):
    x = (x * 1103515245 + 12345) % 2**31
    nums.append(x % 1000)
for n in nums:
    pq2.put(n)
print([pq2.get() for _ in range(200)] == sorted(nums))

sq = queue.SimpleQueue()
def feed():
    for i in range(100):
        sq.put(i)
f = threading.Thread(target=feed)
f.start()
out = [sq.get() for _ in range(100)]
f.join()
print(out == list(range(100)), sq.empty(), sq.qsize())
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty")
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
