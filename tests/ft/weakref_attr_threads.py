# obj.__weakref__ is the first weak reference to obj (the plain one when
# there is one), or None; read while other threads make and drop weak
# references with callbacks, it must always be one of those.
import threading
import weakref


class Target:
    pass


obj = Target()
print(obj.__weakref__)
plain = weakref.ref(obj)
print(obj.__weakref__ is plain)
del plain
print(obj.__weakref__)
with_cb = weakref.ref(obj, lambda r: None)
print(obj.__weakref__ is with_cb)
del with_cb

errors = []
barrier = threading.Barrier(4)


def reader():
    barrier.wait()
    for _ in range(5000):
        r = obj.__weakref__
        if r is not None and (type(r) is not weakref.ref or r() is not obj):
            errors.append("wrong reference")


def mutator():
    barrier.wait()
    for _ in range(5000):
        weakref.ref(obj, lambda r: None)


threads = [threading.Thread(target=f) for f in (reader, reader, mutator, mutator)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors:", errors)
print(obj.__weakref__)
