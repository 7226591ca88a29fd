# Threads that start threads, three levels deep.
import threading

lock = threading.Lock()
leaves = []

def node(depth, path):
    if depth == 0:
        with lock:
            leaves.append(path)
        return
    children = [threading.Thread(target=node, args=(depth - 1, path + (i,))) for i in range(3)]
    for c in children:
        c.start()
    for c in children:
        c.join()

node(3, ())
print(len(leaves))
print(sorted(leaves)[:4])
print(sorted(leaves) == sorted((a, b, c) for a in range(3) for b in range(3) for c in range(3)))
