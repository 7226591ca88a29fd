# Threads draw from the random module's shared generator without a lock
# (run under ThreadSanitizer by make test-tsan): every value is in range,
# and the generator still gives the seeded sequence afterwards.
import random
import threading

N_THREADS = 4
errors = []


def draw(k):
    for i in range(3000):
        x = random.random()
        b = random.getrandbits(70 if i % 2 else 20)
        if not 0.0 <= x < 1.0 or b < 0 or b >= 2 ** 70:
            errors.append("out of range")
        if i % 500 == 0:
            random.setstate(random.getstate())


threads = [threading.Thread(target=draw, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors:", errors)
random.seed(12345)
print([random.randrange(1000) for _ in range(5)], random.getrandbits(40))
