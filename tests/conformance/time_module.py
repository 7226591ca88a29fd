import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.01)
print(time.time() >= t0, time.monotonic() - m0 >= 0.009, time.perf_counter() > p0)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__)
print(time.time_ns() > 1600000000 * 10**9, isinstance(time.process_time(), float))
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t[0], tuple(t)[:6])
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400 * 365)))
print(time.gmtime(1700000000)[:6])
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
