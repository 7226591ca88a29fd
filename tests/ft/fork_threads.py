# os.fork() while other threads run: the child has only the forking thread,
# its heap is usable, and it can start threads of its own.
import os
import threading

stop = threading.Event()
counts = [0, 0, 0]


def spin(i):
    x = []
    while not stop.is_set():
        x.append([i])
        if len(x) > 100:
            x = []
        counts[i] += 1


threads = [threading.Thread(target=spin, args=(i,)) for i in range(3)]
for t in threads:
    t.start()

results = []
for k in range(5):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        data = {str(n): [n] * 3 for n in range(500)}
        box = []
        child = threading.Thread(target=lambda: box.append(sum(len(v) for v in data.values())))
        child.start()
        child.join()
        msg = "%d %d %d" % (threading.active_count(), len(data), box[0])
        os.write(w, msg.encode())
        os._exit(0)
    os.close(w)
    out = b""
    while True:
        chunk = os.read(r, 100)
        if not chunk:
            break
        out += chunk
    os.close(r)
    _, status = os.waitpid(pid, 0)
    results.append((out.decode(), os.WEXITSTATUS(status)))

stop.set()
for t in threads:
    t.join()
for line in results:
    print(line)
print("spinners ran:", all(c > 0 for c in counts))
