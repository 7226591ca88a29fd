# Threads write lines to one shared binary file without a lock while
# another thread flushes it; each line must come out whole, exactly once.
# Meanwhile they print to sys.stderr, whose text is not checked (CPython's
# text layer does not promise whole lines across threads): only that
# nothing breaks.
import os
import sys
import tempfile
import threading

N_THREADS = 4
LINES = 1000

fd, path = tempfile.mkstemp()
os.close(fd)
try:
    with open(path, "wb") as out:
        stop = threading.Event()

        def writer(k):
            for i in range(LINES):
                out.write(b"thread %d line %d\n" % (k, i))
                if i % 10 == 0:
                    print("thread", k, "at", i, file=sys.stderr)

        def flusher():
            while not stop.is_set():
                out.flush()

        f = threading.Thread(target=flusher)
        f.start()
        threads = [threading.Thread(target=writer, args=(k,)) for k in range(N_THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        stop.set()
        f.join()

    expected = sorted(b"thread %d line %d\n" % (k, i) for k in range(N_THREADS) for i in range(LINES))
    with open(path, "rb") as src:
        lines = src.readlines()
    print("lines whole, once each:", sorted(lines) == expected)
finally:
    os.unlink(path)
