# sys.getswitchinterval / setswitchinterval.
import sys, threading

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.0123456789)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError:", e)

# A tiny interval makes threads switch often; results stay exact.
sys.setswitchinterval(1e-5)
counts = [0] * 4
def spin(i):
    for _ in range(20000):
        counts[i] += 1
ts = [threading.Thread(target=spin, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counts)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
