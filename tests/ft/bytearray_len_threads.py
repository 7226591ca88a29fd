# Threads grow one bytearray while others read its length without a lock
# (run under ThreadSanitizer by make test-tsan): the length only grows,
# and ends as the sum of what was added.
import threading

N_WRITERS = 3
PER = 3000
ba = bytearray()
stop = threading.Event()
errors = []


def writer(k):
    for i in range(PER):
        if i % 2:
            ba.append(k)
        else:
            ba.extend(bytes([k]))


def reader():
    last = 0
    while not stop.is_set():
        n = len(ba)
        if n < last:
            errors.append("length went down")
        last = n


readers = [threading.Thread(target=reader) for _ in range(2)]
for t in readers:
    t.start()
writers = [threading.Thread(target=writer, args=(k,)) for k in range(N_WRITERS)]
for t in writers:
    t.start()
for t in writers:
    t.join()
stop.set()
for t in readers:
    t.join()
print("errors:", errors)
print("length:", len(ba) == N_WRITERS * PER)
print("counts:", [ba.count(k) for k in range(N_WRITERS)])
