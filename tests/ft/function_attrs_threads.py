# Threads replace a function's __code__, __defaults__, __kwdefaults__,
# __name__ and __qualname__ while others call it and read them, without a
# lock: every call sees one whole set of defaults and one code object, and
# nothing is freed under a reader.
import threading


def code_a(x, y=0, *, z=0):
    return ("a", x, y, z)


def code_b(x, y=0, *, z=0):
    return ("b", x, y, z)


def target(x, y=0, *, z=0):
    return ("a", x, y, z)


stop = threading.Event()
errors = []


def writer():
    i = 0
    while not stop.is_set():
        target.__code__ = (code_a, code_b)[i % 2].__code__
        target.__defaults__ = (5,) if i % 3 else (6, 7)
        target.__kwdefaults__ = {"z": 8} if i % 2 else {"z": 9}
        target.__name__ = "n%d" % (i % 10)
        target.__qualname__ = "q%d" % (i % 10)
        i += 1


def caller():
    for i in range(20000):
        tag, x, y, z = target(1)
        if tag not in ("a", "b") or x != 1 or y not in (5, 7) or z not in (8, 9):
            errors.append((tag, x, y, z))
        if i % 100 == 0:
            if not target.__name__.startswith("n") or not target.__qualname__.startswith("q"):
                errors.append("name")
            target.__defaults__, target.__kwdefaults__, target.__code__


writers = [threading.Thread(target=writer) for _ in range(2)]
for t in writers:
    t.start()
callers = [threading.Thread(target=caller) for _ in range(3)]
for t in callers:
    t.start()
for t in callers:
    t.join()
stop.set()
for t in writers:
    t.join()
print("errors:", errors[:5])
