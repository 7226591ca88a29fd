# A deterministic bank-queue simulation with a linear congruential generator.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state
    def randint(self, a, b):
        return a + self.next() % (b - a + 1)
rng = LCG(42)
queue = []
tellers = [0, 0, 0]
served = waited = 0
max_queue = 0
for minute in range(480):
    for _ in range(rng.randint(0, 2)):
        queue.append(minute)
    for t in range(len(tellers)):
        if tellers[t] <= minute and queue:
            arrived = queue.pop(0)
            waited += minute - arrived
            served += 1
            tellers[t] = minute + rng.randint(1, 5)
    max_queue = max(max_queue, len(queue))
print("served", served, "left", len(queue), "max queue", max_queue)
print("average wait %.3f" % (waited / served))
print([rng.randint(1, 6) for _ in range(10)])
