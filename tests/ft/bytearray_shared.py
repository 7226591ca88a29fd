# Threads append to, extend, pop from and copy one shared bytearray.
import threading

N_THREADS = 4
PER = 5000
buf = bytearray()
popped = [0] * N_THREADS
errors = []


def worker(k):
    try:
        for i in range(PER):
            buf.append(k)
            if i % 5 == 0:
                buf.extend(bytes([k, k]))
            if i % 3 == 0:
                try:
                    buf.pop()
                    popped[k] += 1
                except IndexError:
                    pass
            if i % 500 == 0:
                _ = bytes(buf.copy())
                _ = buf + b"x"
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
added = N_THREADS * (PER + 2 * len(range(0, PER, 5)))
print("errors:", errors)
print(len(buf) + sum(popped) == added)
print(set(buf) <= set(range(N_THREADS)))
