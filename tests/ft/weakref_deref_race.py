# One thread dereferences weak references while the thread that made
# their referents drops the last strong reference to each: a dereference
# either gets a live object or None, never a freed one.
import threading
import weakref


class O:
    pass


N = 100000
refs = [None]
stop = False
seen = [0, 0]


def reader():
    while not stop:
        r = refs[0]
        if r is None:
            continue
        o = r()
        if o is not None:
            o.x = 1
            seen[0] += 1
        else:
            seen[1] += 1


th = threading.Thread(target=reader)
th.start()
for i in range(N):
    o = O()
    refs[0] = weakref.ref(o)
    del o
stop = True
th.join()
refs[0] = None
print("dereferenced:", seen[0] + seen[1] > 0)
