"""I/O-bound work in threads: N threads that each sleep 0.2 s.

    threads_sleep.py [N]

time.sleep releases the GIL, so the sleeps overlap: any N should take
about 0.2 s, not N * 0.2 s.
"""
import sys
import threading
import time

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
done = []
threads = [threading.Thread(target=lambda: done.append(time.sleep(0.2))) for _ in range(n)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(done), "threads slept")
