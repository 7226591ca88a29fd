def coroutine(f):
    def start(*a, **k):
        g = f(*a, **k)
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
    try:
        while True:
            target.send(fn((yield)))
    except GeneratorExit:
        print('mapper closing')
        target.close()
p = printer('>>')
pipe = filt(lambda x: x % 2 == 0, mapper(lambda x: x * x, p))
for i in range(7):
    pipe.send(i)
pipe.close()
@coroutine
def averager():
    total = n = 0
    avg = None
    while True:
        v = yield avg
        total += v; n += 1
        avg = total / n
a = averager()
print([a.send(v) for v in [10, 20, 30, 5]])
