# Threads share one range iterator, short or with values past the machine
# word, and take items from it without a lock: every value comes out
# exactly once and none past the end.
import sys
import threading

N_THREADS = 4


def drain(it, into):
    for x in it:
        into.append(x)


def shared(r):
    it = iter(r)
    got = [[] for _ in range(N_THREADS)]
    threads = [threading.Thread(target=drain, args=(it, got[k])) for k in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(x for g in got for x in g) == sorted(r)


print("short:", all(shared(range(20000)) for _ in range(5)))
print("stepped:", all(shared(range(10, -30000, -3)) for _ in range(5)))
print("long:", all(shared(range(0, sys.maxsize * 3000, sys.maxsize)) for _ in range(5)))
print("reversed long:", all(shared(range(2**70, 2**70 - 3000, -1)) for _ in range(5)))
