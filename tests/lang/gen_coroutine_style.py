# Generator-based coroutines: primed consumers, pipelines driven by send().
def coroutine(fn):
    def start(*a):
        g = fn(*a)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@coroutine
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
@coroutine
def mapper(fn, target):
    while True:
        target.send(fn((yield)))
pipe = filt(lambda x: x % 2 == 0, mapper(lambda x: x * x, printer("even square:")))
for i in range(7):
    pipe.send(i)
@coroutine
def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v
rm = running_max()
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
def scheduler(tasks):
    log = []
    while tasks:
        t = tasks.pop(0)
        try:
            log.append(next(t))
            tasks.append(t)
        except StopIteration:
            pass
    return log
def task(name, n):
    for i in range(n):
        yield f"{name}{i}"
print(scheduler([task("a", 3), task("b", 1), task("c", 2)]))
