# gc.get_referrers(), gc.get_referents() and gc.get_objects() walk
# objects while other threads build, fill and drop containers that refer
# to a shared object.  The walk must see each container whole (no crash), and what it
# finds must be real referrers.
import gc
import threading

class Target:
    pass

target = Target()
shared = [target]
stop = threading.Event()
errors = []
kept = []


def builder(k):
    n = 0
    while not stop.is_set():
        d = {"key": target, "n": n}
        lst = [target] * (n % 5 + 1)
        lst.extend(range(n % 50))
        d["more"] = lst
        if n % 100 == 0:
            kept.append(d)
        shared.extend(lst)
        del shared[1:]
        n += 1


def walker(rounds):
    try:
        for _ in range(rounds):
            for r in gc.get_referrers(target):
                if isinstance(r, dict):
                    if target not in r.values():
                        errors.append("dict without the target")
                elif isinstance(r, list):
                    if target not in r:
                        errors.append("list without the target")
            gc.get_objects()
            for r in gc.get_referents(shared):
                if r is not target and not isinstance(r, int):
                    errors.append("strange referent")
    except Exception as e:
        errors.append(repr(e))


builders = [threading.Thread(target=builder, args=(k,)) for k in range(3)]
for b in builders:
    b.start()
walkers = [threading.Thread(target=walker, args=(30,)) for _ in range(2)]
for w in walkers:
    w.start()
for w in walkers:
    w.join()
stop.set()
for b in builders:
    b.join()

print("errors:", errors)
found = gc.get_referrers(target)
print("kept dicts found:", all(any(d is r for r in found) for d in kept))
