def bad(x):
    if x == 3:
        raise ValueError('bad %d' % x)
    return x
try:
    [bad(x) for x in range(5)]
except ValueError as e:
    print(e)
try:
    {x: bad(x) for x in range(5)}
except ValueError as e:
    print(e)
g = (bad(x) for x in range(5))
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError as e:
    print(e)
print(list(g))
try:
    list(map(bad, range(5)))
except ValueError as e:
    print('map', e)
try:
    sorted(range(5), key=bad)
except ValueError as e:
    print('sorted', e)
def safe(xs):
    out = []
    for x in xs:
        try:
            out.append(bad(x))
        except ValueError:
            out.append(None)
    return out
print(safe(range(5)))
