# Objects that become immortal while other threads count them: strings
# made in one thread and interned by several others at once, and the
# constants of a function made before any thread started (they become
# immortal when the first thread starts).  Threads keep taking and dropping
# references to them; afterwards every value is still intact.
import sys
import threading

N = 4
ROUNDS = 2000


def consts():
    return (1.5, "a-constant", (2.5, "nested"), 10**30)


made = [[] for _ in range(N)]
interned = [[] for _ in range(N)]
sums = [0.0] * N
barrier = threading.Barrier(N)


def maker(i):
    # Strings only this thread made (not interned by the compiler).
    made[i] = ["key-%d-%d" % (i, k) for k in range(ROUNDS)]


def worker(i):
    barrier.wait()
    total = 0.0
    for k in range(ROUNDS):
        # Intern another thread's strings while their maker may still
        # hold and count them.
        s = made[(i + 1) % N][k]
        interned[i].append(sys.intern(s))
        c = consts()
        total += c[0] + c[2][0] + len(c[1]) + (c[3] > 0)
        keep = [s, c, c[2]]
        del keep
    sums[i] = total


threads = [threading.Thread(target=maker, args=(i,)) for i in range(N)]
for th in threads:
    th.start()
for th in threads:
    th.join()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for th in threads:
    th.start()
for th in threads:
    th.join()

ok = all(interned[i][k] == "key-%d-%d" % ((i + 1) % N, k) for i in range(N) for k in range(ROUNDS))
same = all(interned[i][k] is sys.intern("key-%d-%d" % ((i + 1) % N, k))
           for i in range(N) for k in range(0, ROUNDS, 97))
print("interned intact:", ok, same)
print("sums:", sums)
print("consts:", consts())
del made, interned
print("done")
