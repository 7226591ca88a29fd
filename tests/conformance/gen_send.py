def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return 'final %d' % total
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('stop', e.value, e.args)
g2 = acc()
try:
    g2.send(1)
except TypeError as e:
    print(e)
def echo():
    r = None
    while True:
        r = yield r
g3 = echo(); next(g3)
print([g3.send(i) for i in range(3)])
print(g3.gi_running if hasattr(g3, 'gi_running') else '', type(g3).__name__)
