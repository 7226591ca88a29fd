import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, UserList
import types
data = {'name': 'widget', 'tags': ['a', 'b', 'c'] * 6, 'dims': {'w': 10, 'h': 20, 'depth': {'x': list(range(30))}},
        'nested': [[1, 2, [3, 4, [5, 6, [7, 8, {'deep': 'value' * 5}]]]]] * 2, 'tup': tuple(range(25)), 'single': (1,),
        'text': 'lorem ipsum dolor sit amet ' * 6, 'b': b'bytes' * 20, 'empty': {}, 'set': set(range(20)), 'fs': frozenset({3, 1, 2})}
pprint.pprint(data)
print(pprint.pformat(data, width=40, indent=2))
print(pprint.pformat(data, width=120, sort_dicts=False))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(list(range(60)), compact=True, width=50))
print(pprint.pformat([list(range(10))] * 5, compact=True))
print(pprint.pformat({'z': 1, 'a': 2, 'm': [3] * 40}))
pprint.pp({'z': 1, 'a': list(range(40))})
print(pprint.pformat(OrderedDict((str(i), i * 'x') for i in range(12))))
print(pprint.pformat(defaultdict(list, {k: list(range(k)) for k in range(12)})))
print(pprint.pformat(Counter('abracadabra' * 30 + 'xyzzy' * 7 + 'the quick brown fox')))
print(pprint.pformat(deque(range(40))), pprint.pformat(deque(range(40), maxlen=50)))
print(pprint.pformat(ChainMap({'a': list(range(20))}, {'b': list(range(20))})))
print(pprint.pformat(types.SimpleNamespace(alpha=list(range(20)), beta='x' * 70)))
print(pprint.pformat(UserList(range(50))))
r = [1, 2]; r.append(r); d = {'self': None}; d['self'] = d
print(pprint.saferepr(r).split(' with id=')[0], pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
print(pprint.saferepr({'b': 1, 'a': [2, 3]}), pprint.pformat('short'), pprint.pformat('a long string ' * 10, width=30))
print(pprint.pformat(bytearray(b'xyz' * 40), width=40))
print(pprint.pformat(10**30, underscore_numbers=True), pprint.pformat({1: 'a', 'b': 2, None: 3}))
pp = pprint.PrettyPrinter(indent=4, width=30)
print(pp.pformat({'key%d' % i: [i] * i for i in range(6)}))
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print('ValueError', e)
from dataclasses import dataclass, field
@dataclass
class Config:
    name: str
    values: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)
    nested: dict = field(default_factory=dict)
cfg = Config('settings', list(range(25)), 5, {'alpha': list(range(10)), 'beta': 'x' * 30})
pprint.pprint(cfg)
pprint.pprint([cfg, Config('small')], width=60)
