from __future__ import annotations
import dataclasses, typing, functools, itertools, operator, copy, traceback, sys
from dataclasses import dataclass, field
from typing import ClassVar, Optional, List
@dataclass(order=True)
class Item:
    sort_index: int = field(init=False, repr=False)
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    def __post_init__(self):
        self.sort_index = int(self.price * 100)
items = [Item('b', 2.5), Item('a', 1.25, ['x'])]
print(sorted(items), [f.name for f in dataclasses.fields(Item)], Item.count, Item.__doc__)
print(dataclasses.asdict(items[1]), dataclasses.replace(items[0], name='c'))
@dataclass
class Tree:
    value: int
    children: list[Tree] = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t, typing.get_type_hints(Tree))
print(copy.deepcopy(t) == t, copy.deepcopy(t) is not t)
@functools.lru_cache(maxsize=3)
def sq(n):
    return n * n
for n in [1, 2, 3, 1, 4, 2, 5]:
    sq(n)
print(sq.cache_info())
print(list(itertools.accumulate(range(5), initial=100)), list(itertools.compress(range(5), [1, 0, 1])))
def gen():
    yield from range(3)
    raise ValueError('in gen')
try:
    list(gen())
except ValueError:
    tb = traceback.format_exc()
    print(tb.splitlines()[-1], len(traceback.extract_tb(sys.exc_info()[2])))
print(functools.reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
print(operator.itemgetter(slice(1, 3))([0, 1, 2, 3]), operator.attrgetter('__class__.__name__')(1))
@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: tuple = ()
fs = FS(1)
print(fs, hash(fs) == hash(FS(1)), copy.copy(fs) == fs)
try:
    fs.a = 2
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(dataclasses.is_dataclass(FS), dataclasses.fields(FS)[1].default)
