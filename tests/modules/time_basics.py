# Deterministic properties of the time module.
import time
t1 = time.time()
t2 = time.time()
print(type(t1).__name__, t2 >= t1, t1 > 1600000000)
m1 = time.monotonic()
m2 = time.monotonic()
print(m2 >= m1)
p1 = time.perf_counter()
total = sum(range(10000))
p2 = time.perf_counter()
print(p2 >= p1, total)
c1 = time.process_time()
c2 = time.process_time()
print(c2 >= c1, c1 >= 0)
print(time.sleep(0), time.sleep(0.01))
s = time.monotonic()
time.sleep(0.05)
print(time.monotonic() - s >= 0.04)
ns = [time.time_ns(), time.monotonic_ns(), time.perf_counter_ns(), time.process_time_ns()]
print([type(v).__name__ for v in ns])
print(abs(time.time_ns() / 1e9 - time.time()) < 5)
print(time.monotonic_ns() >= ns[1], time.perf_counter_ns() >= ns[2])
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.sleep("1")
except TypeError as e:
    print(e)
