# A key whose __eq__ starts the program's first thread, in the middle of a
# dict lookup, while that thread changes the dict: the lookup finishes
# under the dict's lock and finds the right entry.
import threading


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 7                      # every key collides

    def __eq__(self, other):
        if armed and not started:
            start_writer()
        return isinstance(other, Key) and self.n == other.n


started = []
armed = False
d = {Key(i): i for i in range(20)}


def writer():
    for i in range(100, 400):
        d[i] = i
    for i in range(100, 400, 2):
        del d[i]


def start_writer():
    t = threading.Thread(target=writer)
    started.append(t)
    t.start()


armed = True
found = d.get(Key(13))
started[0].join()
print("found:", found)
print("len:", len(d), "ints:", sum(1 for k in d if isinstance(k, int)))
print("keys:", sorted(k.n for k in d if isinstance(k, Key))[:5], d[Key(19)])
