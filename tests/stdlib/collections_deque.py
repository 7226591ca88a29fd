from collections import deque
d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1])
d.append(4); d.appendleft(0)
print(d, list(d), list(reversed(d)))
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([9, 10])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(7), d.index(7), 8 in d, 99 in d)
d.insert(2, 'x'); print(d)
d.remove('x'); print(d)
d.reverse(); print(d)
d[1] = 'y'; del d[0]; print(d)
try:
    d.remove(42)
except ValueError as e:
    print('ValueError', e)
try:
    d.index(42)
except ValueError as e:
    print('ValueError', e)
e = deque()
for name in ('pop', 'popleft'):
    try:
        getattr(e, name)()
    except IndexError as ex:
        print('IndexError', ex)
try:
    e[0]
except IndexError as ex:
    print('IndexError', ex)
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend([20, 21]); print(m)
try:
    m.insert(0, 5)
except IndexError as ex:
    print('IndexError', ex)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque('ab') + deque('cd'), deque('ab') * 2, 2 * deque([1]))
try:
    deque() + [1]
except TypeError as ex:
    print('TypeError', ex)
x = deque([1]); x += [2, 3]; x *= 2; print(x)
x.clear(); print(x, bool(x), bool(deque([0])))
r = deque([1]); r.append(r); print(r)
print(deque(maxlen=0), deque([], 2))
try:
    deque([], -1)
except ValueError as ex:
    print('ValueError', ex)
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
s = 0
while q:
    s += q.popleft()
    if q:
        s -= q.pop()
print(s)
big = deque(range(100))
big.rotate(37); print(big[0], big[99], big[50])
big.rotate(-37); print(list(big) == list(range(100)))
class D(deque):
    pass
dd = D([1, 2])
print(dd, dd.copy(), type(dd.copy()).__name__)
print(deque[int])
dm = deque([1, 2, 3])
try:
    for x in dm:
        dm.append(x)
except RuntimeError as e:
    print('RuntimeError', e, len(dm))
dm2 = deque([1, 2])
try:
    for x in reversed(dm2):
        dm2.popleft()
except RuntimeError as e:
    print('RuntimeError', e, dm2)
print(list(deque(range(5))), list(reversed(deque(range(5)))), sum(deque(range(100))))
dz = deque(); dz.appendleft(1); dz.appendleft(2); dz.append(3); print(list(dz), list(reversed(dz)), dz[0], dz[-1])
