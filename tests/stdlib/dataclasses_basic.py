from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, FrozenInstanceError, InitVar, KW_ONLY,
                         make_dataclass, MISSING)
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), p.x, Point.__doc__)
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)), {v1: 1}[Version(1, 2)])
try:
    v1.major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
try:
    del v1.minor
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False, compare=False)
    meta: dict = field(default_factory=dict, metadata={'unit': 'kg'})
    total: ClassVar[int] = 100
a = Inventory('a'); b = Inventory('b')
a.items.append('x')
print(a, b, a.items is not b.items, Inventory.total, [f.name for f in fields(Inventory)])
print(fields(Inventory)[3].metadata['unit'], Inventory('q', count=5) == Inventory('q', count=9))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print('TypeError', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError', e)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3); print(w, WithPost(3, 5), [f.name for f in fields(w)])

@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Child(Base):
    z: int = 2
    x: int = 10
print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int
print(KW(1, c=3), KW(1, b=2, c=3))
try:
    KW(1, 2, 3)
except TypeError as e:
    print('TypeError')

@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 2
print(AllKW(a=1))

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)
print(hash(H(1)) == hash(H(1)), H(1) == H(1, [2]))

@dataclass
class Nested:
    p: Point
    pts: list
    d: dict
n = Nested(Point(1, 2), [Point(3, 4)], {'k': Point(5, 6)})
print(asdict(n), astuple(n))

@dataclass
class Node:
    val: int
    next: 'Node' = None
nd = Node(1); nd.next = nd
print(nd)

C = make_dataclass('C', [('x', int), ('y', int, field(default=5))], namespace={'add': lambda self: self.x + self.y})
c = C(1); print(c, c.add(), C.__name__)

@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'
s = S(1); print(s, S.__slots__, hasattr(s, '__dict__'))
try:
    replace(w, b=1)
except ValueError as e:
    print('ValueError', e)
print(Point.__match_args__, KW.__match_args__, repr(MISSING)[:12])
print(fields(Point)[0].name, fields(Point)[0].default is MISSING, repr(fields(Point)[0]).split(",")[0])
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), Empty.__doc__)
@dataclass(repr=False)
class NoRepr:
    a: int
print(type(repr(NoRepr(1))).__name__, NoRepr(1).a)
@dataclass
class Defaults:
    a: int = 1
    b: str = 'two'
    c: tuple = (1, 2)
print(Defaults.__doc__, Defaults.a, Defaults())
