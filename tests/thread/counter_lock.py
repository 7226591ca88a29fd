# Fifty threads increment one counter under a lock: no update is lost.
import threading

counter = 0
lock = threading.Lock()

def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=work, args=(2000,)) for _ in range(50)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
print("expected:", 50 * 2000)

# The same with an RLock taken twice per increment.
rlock = threading.RLock()
total = [0]

def work2(n):
    for _ in range(n):
        with rlock:
            with rlock:
                total[0] += 1

threads = [threading.Thread(target=work2, args=(500,)) for _ in range(20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("rlock total:", total[0])
