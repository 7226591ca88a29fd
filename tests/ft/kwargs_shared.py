# f(**d), dict(**d), list(d.items()) and tuple(d) on a dict that another
# thread keeps changing: each sees one state of the dict, never an error.
import threading

shared = {f"k{i}": i for i in range(20)}
stop = False
errors = []


def f(**kw):
    return len(kw)


def mutator():
    i = 0
    while not stop:
        shared[f"x{i % 50}"] = i
        shared.pop(f"x{(i + 25) % 50}", None)
        i += 1


def caller():
    try:
        for _ in range(10000):
            n = f(**shared)
            if n < 20:
                errors.append(n)
            d = dict(**shared)
            if len(d) < 20:
                errors.append(len(d))
            items = list(shared.items())
            keys = tuple(shared)
            values = list(shared.values())
            if min(len(items), len(keys), len(values)) < 20:
                errors.append("short")
    except Exception as e:
        errors.append(repr(e))


m = threading.Thread(target=mutator)
callers = [threading.Thread(target=caller) for _ in range(2)]
m.start()
for c in callers:
    c.start()
for c in callers:
    c.join()
stop = True
m.join()
print("errors:", errors)
print(sorted(k for k in shared if k.startswith("k")) == sorted(f"k{i}" for i in range(20)))
