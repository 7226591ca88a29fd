from __future__ import annotations
import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type,
                    Callable, Iterable, Iterator, Generator, Sequence, Mapping,
                    MutableMapping, TypeVar, Generic, Protocol, runtime_checkable,
                    NamedTuple, TypedDict, Literal, Final, ClassVar, cast, overload,
                    get_type_hints, TYPE_CHECKING, NoReturn, Annotated, NewType,
                    get_origin, get_args, Deque, DefaultDict, Counter, AnyStr)
import collections

print(Any, Optional[int], Union[int, str], Union[int, None], Union[int], Union[int, Union[str, float]])
print(List, List[int], Dict[str, List[int]], Set[int], FrozenSet[str], Tuple[int, ...], Tuple[int, str], Tuple[()])
print(Type[int], Callable[[int, str], bool], Callable[..., int], Iterable[int], Iterator[str], Generator[int, None, None])
print(Sequence[int], Mapping[str, int], MutableMapping[str, Any], Literal[1, 'a'], Final[int], ClassVar[List[int]])
print(Deque[int], DefaultDict[str, int], Counter[str], Optional[List[Dict[str, int]]], NoReturn, Annotated[int, 'meta'])
print(Union[int, str] == Union[str, int], List[int] == List[int], Optional[int] == Union[None, int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]), get_origin(int), get_args(int))
print(isinstance([], List), issubclass(dict, Mapping), isinstance(3, Optional[int]) if hasattr(Optional[int], '__instancecheck__') else None)

T = TypeVar('T')
K = TypeVar('K', str, bytes)
T_co = TypeVar('T_co', covariant=True)
print(T, K, T_co, T.__name__, K.__constraints__, AnyStr)

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
b = Box[int](5)
print(b.get(), Box[int], Box[str] == Box[str], Box.__parameters__, List[T][int], Dict[str, T][int])

class Pair(Generic[K, T]):
    pass
print(Pair[str, int], Pair.__parameters__)
class IntBox(Box[int]):
    pass
print(IntBox(3).get(), IntBox.__mro__[1].__name__, IntBox.__orig_bases__)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
try:
    Closable()
except TypeError as e:
    print('TypeError', e)

class Emp(NamedTuple):
    name: str
    id: int = 3
    def hello(self) -> str:
        return 'hi ' + self.name
e = Emp('bob')
print(e, e.hello(), Emp._fields, Emp.__annotations__, isinstance(e, tuple), Emp._field_defaults)
E2 = NamedTuple('E2', [('a', int), ('b', str)])
print(E2(1, 'x'), E2.__annotations__)

class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {'title': 'x'}
print(m, type(m), Movie.__total__, sorted(Movie.__optional_keys__), Movie(title='y'))
class Point2(TypedDict):
    x: int
print(sorted(Point2.__required_keys__), Point2.__annotations__)

UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
print(cast(int, '3'), cast('List[int]', 4), TYPE_CHECKING)

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(2), f('s'))

class A:
    x: int
    y: Optional[str] = None
    z: List[A]
    def m(self, a: int, b: 'A') -> Dict[str, int]:
        pass
print(get_type_hints(A), get_type_hints(A.m))
def g(a: int, b: str = 'x') -> None: pass
print(get_type_hints(g), g.__annotations__)
x: Final = 3
def h(n: Callable[[int], int], *args: Any, **kw: Tuple[int, ...]) -> Iterator[int]:
    yield n(1)
print(list(h(lambda v: v + 1)))
print(typing.Hashable, typing.Sized, typing.Text, typing.SupportsInt, isinstance(3, typing.SupportsInt))
print(repr(typing.Self), repr(typing.Never), repr(typing.LiteralString))
print(Union[int, str] | None, int | List[str] if False else List[int] | None)
