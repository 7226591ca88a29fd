# Many threads mutate shared lists, dicts and sets without locks: every
# single operation is atomic, so nothing is lost or corrupted.
import threading

N_THREADS = 16
N_OPS = 2000
lst = []
dct = {}
st = set()
counters = {}
lock = threading.Lock()

def hammer(tid):
    for i in range(N_OPS):
        lst.append((tid, i))
        dct[(tid, i)] = i
        st.add(tid * N_OPS + i)
        if i % 3 == 0:
            dct.pop((tid, i))
        with lock:
            counters[tid % 4] = counters.get(tid % 4, 0) + 1

ts = [threading.Thread(target=hammer, args=(i,)) for i in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(lst), len(dct), len(st), sorted(counters.items()))
print(sorted(lst) == sorted((t, i) for t in range(N_THREADS) for i in range(N_OPS)))
print(all(dct[(t, i)] == i for (t, i) in dct))

# Producers and consumers over one list used as a stack, with pop guarded.
stack = list(range(10000))
popped = []
def popper():
    while True:
        try:
            popped.append(stack.pop())
        except IndexError:
            return
ts = [threading.Thread(target=popper) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(popped), sorted(popped) == list(range(10000)))
