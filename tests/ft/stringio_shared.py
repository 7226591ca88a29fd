# Threads write lines to one io.StringIO and then read them back with
# readline() and iteration, without a lock: every write lands whole and
# every line is read exactly once.
import io
import threading

N_THREADS = 4
LINES = 500
shared = io.StringIO()


def writer(k):
    for i in range(LINES):
        shared.write("t%d-%d é\n" % (k, i))


threads = [threading.Thread(target=writer, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
text = shared.getvalue()
expected = sorted("t%d-%d é\n" % (k, i) for k in range(N_THREADS) for i in range(LINES))
print("writes whole:", sorted(text.splitlines(keepends=True)) == expected)

shared.seek(0)
got = [[] for _ in range(N_THREADS)]


def reader(k):
    mine = got[k]
    if k % 2:
        for line in shared:
            mine.append(line)
    else:
        while True:
            line = shared.readline()
            if not line:
                break
            mine.append(line)


threads = [threading.Thread(target=reader, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("lines read once:", sorted(l for g in got for l in g) == expected)
print("at end:", shared.tell() == len(text), shared.read() == "")
