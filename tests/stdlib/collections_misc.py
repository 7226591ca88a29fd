from collections import defaultdict, OrderedDict, Counter, ChainMap, namedtuple
from collections import UserDict, UserList, UserString
d = defaultdict(list)
d['a'].append(1); d['b'].append(2); d['a'].append(3)
print(d, d['a'], len(d), 'c' in d)
print(defaultdict(int), defaultdict(None, {1: 2}), defaultdict(lambda: 0).default_factory is not None)
n = defaultdict(int)
for w in 'the cat the hat'.split():
    n[w] += 1
print(n, dict(n), n == {'the': 2, 'cat': 1, 'hat': 1})
print(n.copy(), type(n.copy()).__name__)
dn = defaultdict()
try:
    dn['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)
print(d | {'z': 9})

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), OrderedDict())
od.move_to_end('b'); print(od)
od.move_to_end('b', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([('a', 1), ('b', 2)]); o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 != o2, o1 == dict(o2), dict(o1) == o2)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
print(OrderedDict.fromkeys('abc', 0), o1 | {'c': 3}, list(reversed(o1)))

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p + (3,), isinstance(p, tuple), len(p))
print(Point._fields, Point._make([3, 4]), p._replace(x=10), p._asdict())
print(Point.__match_args__, Point.__doc__, Point.x.__doc__, Point.__name__, Point.__module__)
x, y = p; print(x, y, p == (1, 2), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[5, 6])
print(P3(1), P3(1, 2), P3._field_defaults)
R = namedtuple('R', ['abc', 'def', 'abc', '_x'], rename=True)
print(R._fields)
for bad in (('1x', 'a'), ('X', 'a a'), ('X', 'class'), ('X', '_a')):
    try:
        namedtuple(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')
class P2(namedtuple('P2', 'a b')):
    def total(self):
        return self.a + self.b
print(P2(1, 2), P2(1, 2).total())
S = namedtuple('S', 'only')
print(S(5), S._make([1]))

c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.most_common())
print(sorted(c.elements()), c.total())
c.update('aaz'); print(c)
c.subtract({'a': 10}); print(c)
print(+c, -c)
a = Counter(a=3, b=1); b = Counter(a=1, b=2)
print(a + b, a - b, a | b, a & b)
a += b; print(a)
print(Counter(), Counter({'x': 1}) == Counter({'x': 1, 'y': 0}), Counter(a=1) <= Counter(a=2))
del a['zz']; del a['a']; print(a)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Counter('hello world').most_common(3))
print(Counter([3, 1, 2, 1, 3, 3]).most_common())

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.get('z', 0))
cm['c'] = 4; print(cm.maps[0], cm.new_child(), cm.parents)
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)

ud = UserDict({'a': 1}); ud['b'] = 2
print(ud, len(ud), ud.data, 'a' in ud, ud.get('q'), dict(ud), ud.copy())
ul = UserList([3, 1, 2]); ul.append(0); ul.sort()
print(ul, ul[1:], len(ul), ul + [9], ul == [0, 1, 2, 3], type(ul[1:]).__name__)
us = UserString('hello')
print(us, repr(us), us.upper(), us + '!', len(us), us[1:3], 'ell' in us, us == 'hello')
od = OrderedDict([('x', 1), ('y', 2)])
print(od.keys(), od.values(), od.items(), list(reversed(od.keys())), list(reversed(od.items())), 'x' in od.keys(), ('y', 2) in od.items(), 2 in od.values())
print(od.keys() & {'x'}, od.keys() == {'x', 'y'}, len(od.items()), type(od.keys()).__name__, dict(od.items()))
for k, v in od.items():
    print(k, v)
