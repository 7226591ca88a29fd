# collections.deque as the C type of _collections: messages, mutation
# checks, maxlen arithmetic, subclassing, copying and cycle collection.
from collections import deque
import collections, copy, gc, weakref

def attempt(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3])
for f in [lambda: d.remove(42), lambda: d.index(42), lambda: d.index(1, 1), lambda: d['a'],
          lambda: d[1:2], lambda: d[10], lambda: d[-4], lambda: d.rotate('x'),
          lambda: d.rotate(2 ** 70), lambda: deque([], 'a'), lambda: deque([], 2 ** 70),
          lambda: d.__setitem__(5, 1), lambda: d.__delitem__(-5), lambda: hash(d),
          lambda: deque(1), lambda: d.insert('a', 1), lambda: d * 'a', lambda: d.count(),
          lambda: d.append(), lambda: d.pop(1), lambda: d.index(), lambda: d.index(1, 'a'),
          lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1.5), lambda: d.extend(5)]:
    attempt(f)

class E:
    def __init__(self, target):
        self.target = target
    def __eq__(self, o):
        self.target.append(9)
        return False
for name in ['count', 'index', 'remove']:
    d = deque([1, 2, 3])
    attempt(lambda: getattr(d, name)(E(d)))
d = deque([1, 2, 3])
attempt(lambda: E(d) in d)

# Which operations count as mutations for iterators.
for op in ['rotate', 'setitem', 'reverse', 'append_pop', 'insert', 'del', 'clear', 'extend0']:
    d = deque([1, 2, 3, 4])
    it = iter(d)
    next(it)
    if op == 'rotate': d.rotate(1)
    elif op == 'setitem': d[0] = 5
    elif op == 'reverse': d.reverse()
    elif op == 'append_pop': d.append(1); d.pop()
    elif op == 'insert': d.insert(1, 0)
    elif op == 'del': del d[1]
    elif op == 'clear': d.clear()
    elif op == 'extend0': d.extend([])
    attempt(lambda: next(it))
d = deque(range(5))
r = reversed(d)
print(next(r), r.__length_hint__(), list(r), r.__length_hint__())
print(type(iter(d)), type(reversed(d)), deque.__module__, deque.__name__)
print(deque.maxlen.__doc__)

# reduce and copies
print(d.__reduce__()[:3], deque([1], 3).__reduce__()[:2], list(d.__reduce__()[3]))
e = deque([[1], [2]], 5)
c = copy.copy(e)
dc = copy.deepcopy(e)
print(c, dc, c[0] is e[0], dc[0] is e[0], c.maxlen, dc.maxlen)

# maxlen arithmetic
print(deque(range(5), 3) * 2, deque([1]) * -1, deque(range(4), 6) * 3)
big = deque([1, 2, 3], maxlen=4)
big *= 10 ** 12
print(big)
m = deque(maxlen=0)
m.append(1); m.appendleft(2); m.extend(range(5)); m.extendleft(range(3))
print(m, len(m))
m = deque(range(3), maxlen=3)
m.extendleft([10, 11])
print(m)
m = deque(maxlen=2)
m += [1, 2, 3]
print(m, m + deque([7]), deque([7]) + m)
print(deque([1, 2]) + deque([3], 1))

# rotate/insert/delete across the ring's wrap point
d = deque()
for i in range(20):
    d.appendleft(-i)
    d.append(i)
ref = list(d)
for n in [1, -1, 7, -13, 40, 0, 39, -41, 100003]:
    d.rotate(n)
    k = n % len(ref) if ref else 0
    ref = ref[-k:] + ref[:-k] if k else ref
    assert list(d) == ref, n
for i in [0, 5, 20, 39, -1, -7, 100, -100]:
    d.insert(i, 'x')
    ref.insert(i, 'x')
    assert list(d) == ref, i
for i in [0, 5, 20, -1, -7, 3, 30]:
    del d[i]
    del ref[i]
    assert list(d) == ref, i
while d:
    d.remove(d[len(d) // 2])
print('ring ok', len(d))

# equality and ordering
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2, 3]),
      deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]),
      deque([2]) > deque([1, 5]), deque([1]) >= deque([1, 0]), deque([1]) == [1])
attempt(lambda: deque([1]) < [1])

# subclasses
class D(deque):
    def __init__(self, it=(), maxlen=None, tag='t'):
        super().__init__(it, maxlen)
        self.tag = tag
dd = D([1, 2], 5)
dd.extra = 1
print(dd, dd.copy(), type(dd.copy()).__name__, dd.copy().maxlen, repr(D()))
print(dd.__reduce__()[:3], isinstance(dd, collections.abc.MutableSequence))
print(type(dd + deque([3])).__name__, type(dd * 2).__name__)
class Weird(deque):
    def __new__(cls, *a):
        return deque.__new__(cls)
    def __init__(self, *a):
        pass
print(Weird([1]).copy())

# recursion in repr and cycles through deques
r = deque([1]); r.append(r); print(r)
r2 = D(); r2.append([r2]); print(r2)
ref = weakref.ref(r)
del r
gc.collect()
print('collected', ref() is None)
d = deque(range(3))
d.__init__([7, 8])
print(d, d.maxlen)
d.__init__([9], 1)
print(d, d.maxlen)
print(deque[int], deque.__class_getitem__(str))

# large sizes shrink back
q = deque()
for i in range(100000):
    q.append(i)
small = q.__sizeof__()
while len(q) > 10:
    q.popleft()
print(q.__sizeof__() < small, list(q))
q.extend(q)
print(len(q), q.count(99995), q.index(99999, 5))
