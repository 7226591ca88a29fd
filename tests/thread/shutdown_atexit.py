# At exit: threading._register_atexit functions run first (last registered
# first), then the non-daemon threads are joined, then atexit handlers run.
# A ThreadPoolExecutor left open finishes its queued work before exit.
import atexit
import threading
import time
from concurrent.futures import ThreadPoolExecutor

atexit.register(print, "atexit handler")
threading._register_atexit(print, "threading atexit 1")
threading._register_atexit(print, "threading atexit 2")
go = threading.Event()


def late():
    go.wait()
    time.sleep(0.05)
    print("non-daemon thread done")


threading.Thread(target=late).start()
threading.Timer(0.01, go.set).start()
ex = ThreadPoolExecutor(max_workers=1)
results = []
for i in range(5):
    ex.submit(lambda i=i: results.append(i) or time.sleep(0.01))
atexit.register(lambda: print("pool results", results))
print("main done")
