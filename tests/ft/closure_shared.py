# Threads rebind a variable of an enclosing function (a shared cell) to
# fresh heap objects while others read it.  Updates may be lost; reads always
# see a whole value.
import threading


def make():
    value = "start"
    errors = []

    def writer(k):
        nonlocal value
        for i in range(20000):
            value = "w%d-%d" % (k, i)

    def reader():
        bad = 0
        for _ in range(20000):
            v = value
            if not isinstance(v, str) or not (v == "start" or v.startswith("w")):
                bad += 1
        if bad:
            errors.append(bad)

    def final():
        return value

    return writer, reader, final, errors


writer, reader, final, errors = make()
threads = [threading.Thread(target=writer, args=(k,)) for k in range(2)]
threads += [threading.Thread(target=reader) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors:", errors)
print(final().endswith("-19999"))
