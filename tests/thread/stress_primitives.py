# Dozens of threads hammer Lock, RLock, Condition, Semaphore, queue.Queue
# and containers shared under a lock, for many iterations: nothing may
# deadlock and every total must come out exact.
import collections
import queue
import threading

N = 32        # threads per part
ITERS = 1000  # iterations per thread


def run_all(target, n=N, args=()):
    ts = [threading.Thread(target=target, args=(i,) + args) for i in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


# Lock: a read-modify-write that the lock makes atomic.
lock = threading.Lock()
total = [0]


def locked_add(i):
    for _ in range(ITERS):
        with lock:
            v = total[0]
            total[0] = v + 1


run_all(locked_add)
print("Lock", total[0] == N * ITERS, total[0])

# RLock: re-entered three levels deep, released with explicit calls.
rlock = threading.RLock()
rtotal = [0]


def rlocked_add(i):
    for _ in range(ITERS):
        rlock.acquire()
        with rlock:
            with rlock:
                rtotal[0] += 1
        rlock.release()


run_all(rlocked_add)
print("RLock", rtotal[0])

# Condition: a bounded buffer, 16 producers and 16 consumers.
cond = threading.Condition()
buf = collections.deque()
CAP = 8
consumed = []
done_producers = [0]


def produce(i):
    for k in range(ITERS):
        with cond:
            cond.wait_for(lambda: len(buf) < CAP)
            buf.append(i * ITERS + k)
            cond.notify_all()
    with cond:
        done_producers[0] += 1
        cond.notify_all()


def consume(i):
    got = []
    while True:
        with cond:
            cond.wait_for(lambda: buf or done_producers[0] == N // 2)
            if not buf:
                break
            got.append(buf.popleft())
            cond.notify_all()
    with cond:
        consumed.extend(got)


ts = [threading.Thread(target=produce, args=(i,)) for i in range(N // 2)]
ts += [threading.Thread(target=consume, args=(i,)) for i in range(N // 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("Condition", len(consumed), sorted(consumed) == list(range(N // 2 * ITERS)))

# Semaphore: at most 4 threads inside at once.
sem = threading.BoundedSemaphore(4)
inside = [0]
most = [0]
count_lock = threading.Lock()
passes = [0]


def limited(i):
    for _ in range(ITERS // 4):
        with sem:
            with count_lock:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
                passes[0] += 1
            with count_lock:
                inside[0] -= 1


run_all(limited)
print("Semaphore", passes[0], most[0] <= 4, inside[0])

# queue.Queue with a bound: 16 producers, 16 consumers, a None per consumer.
q = queue.Queue(maxsize=16)
sums = []
sums_lock = threading.Lock()


def q_produce(i):
    for k in range(ITERS):
        q.put(k)


def q_consume(i):
    s = 0
    n = 0
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        s += item
        n += 1
        q.task_done()
    with sums_lock:
        sums.append((s, n))


producers = [threading.Thread(target=q_produce, args=(i,)) for i in range(N // 2)]
consumers = [threading.Thread(target=q_consume, args=(i,)) for i in range(N // 2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
q.join()
for t in consumers:
    t.join()
print("Queue", sum(s for s, _ in sums) == N // 2 * sum(range(ITERS)), sum(n for _, n in sums),
      q.empty(), q.unfinished_tasks)

# Shared containers under one lock: compound updates stay consistent.
shared_lock = threading.Lock()
shared_list = []
shared_dict = {}
shared_set = set()


def containers(i):
    for k in range(ITERS):
        with shared_lock:
            shared_list.append(k)
            shared_dict[k % 50] = shared_dict.get(k % 50, 0) + 1
            if k % 2:
                shared_set.add((i, k))
            else:
                shared_set.discard((i, k - 1))


run_all(containers)
print("containers", len(shared_list), sum(shared_list) == N * sum(range(ITERS)),
      sum(shared_dict.values()), len(shared_dict), len(shared_set))

# Events and barriers in rounds: every thread meets the others each round.
barrier = threading.Barrier(N)
rounds = [0]


def meet(i):
    for r in range(20):
        if barrier.wait() == 0:
            rounds[0] += 1
        barrier.wait()


run_all(meet)
print("Barrier rounds", rounds[0])
print("threads left", threading.active_count())
