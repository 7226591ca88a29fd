# Threads that start threads that start threads: a tree of 1 + 3 + 9 + 27
# threads, each returning the sum of its subtree's work through join.
import threading

DEPTH = 3
FANOUT = 3


def work(n):
    s = 0
    for i in range(n):
        s += i % 7
    return s


def node(level, out, slot):
    results = [0] * FANOUT
    children = []
    if level < DEPTH:
        for k in range(FANOUT):
            t = threading.Thread(target=node, args=(level + 1, results, k))
            t.start()
            children.append(t)
    mine = work(2000)
    for t in children:
        t.join()
    out[slot] = mine + sum(results)


top = [0]
node(0, top, 0)
print("total:", top[0], "expected:", work(2000) * (1 + 3 + 9 + 27))
print("threads left:", threading.active_count())

# Many short-lived threads, started faster than they finish.
done = []
lock = threading.Lock()


def short(i):
    v = work(100) + i
    with lock:
        done.append(v)


threads = [threading.Thread(target=short, args=(i,)) for i in range(200)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("short threads:", len(done), sum(done) == 200 * work(100) + sum(range(200)))
