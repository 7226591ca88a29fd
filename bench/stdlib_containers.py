# The standard library's hot containers: collections.deque as a queue and a
# sliding window, heapq as a priority queue, functools.lru_cache and
# partial as memoisation and callbacks.
# Usage: stdlib_containers.py [N]
import sys
import heapq
from collections import deque
from functools import lru_cache, partial, reduce


def queues(n):
    d = deque()
    total = 0
    for i in range(n):
        d.append(i)
        d.appendleft(-i)
    while d:
        total += d.pop() - d.popleft()
    window = deque(maxlen=64)
    for i in range(n):
        window.append(i * 7 % 1000)
        if i % 16 == 0:
            window.rotate(5)
            total += window[32] if len(window) > 32 else 0
    return total


def priorities(n):
    seed = 12345
    h = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        heapq.heappush(h, (seed % 10007, seed))
    total = 0
    while len(h) > n // 2:
        total += heapq.heappop(h)[0]
    for i in range(n // 2):
        total += heapq.heappushpop(h, (i % 5003, i))[0]
    return total + len(heapq.nsmallest(10, h)) + heapq.nlargest(1, h)[0][0]


def memo(n):
    @lru_cache(maxsize=256)
    def cost(a, b):
        return (a * 31 + b) % 97

    @lru_cache(maxsize=None)
    def paths(r, c):
        if r == 0 or c == 0:
            return 1
        return (paths(r - 1, c) + paths(r, c - 1)) % 1000003

    total = 0
    for i in range(n):
        total += cost(i % 300, i % 7)
    for k in range(n // 2000):
        paths.cache_clear()
        total += paths(60, 60)
    add3 = partial(lambda a, b, c: a + b + c, 1, c=3)
    for i in range(n // 2):
        total += add3(i)
    return total + reduce(lambda a, b: a ^ b, range(n)) + cost.cache_info().hits


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    print("stdlib_containers(%d): %d %d %d" % (n, queues(n), priorities(n), memo(n)))


main()
