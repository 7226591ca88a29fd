from collections.abc import *
import collections.abc as cabc
print(isinstance([], Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance('', Sequence))
print(isinstance({}, Mapping), isinstance({}.keys(), Set), isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView))
print(isinstance(iter([]), Iterator), isinstance(iter({}), Iterator), isinstance(range(3), Sequence), isinstance(b'', ByteString))
print(isinstance(1, Hashable), isinstance([], Hashable), isinstance(len, Callable), isinstance(3, Callable))
print(isinstance((x for x in []), Generator), isinstance("", Collection), issubclass(dict, MutableMapping), issubclass(set, MutableSet), issubclass(frozenset, MutableSet))
print(isinstance([], Reversible), isinstance({}, Reversible), isinstance(set(), Reversible), issubclass(list, Sized), issubclass(int, Container))
class M(Mapping):
    def __init__(s, d): s.d = d
    def __getitem__(s, k): return s.d[k]
    def __iter__(s): return iter(s.d)
    def __len__(s): return len(s.d)
m = M({'a': 1, 'b': 2})
print(m.get('a'), m.get('z'), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, m != {'a': 1})
print(m.keys() & {'a'}, sorted(m.keys() | {'c'}), m.items() - {('a', 1)}, type(m.keys()).__name__, isinstance(m, Mapping))
class MM(MutableMapping):
    def __init__(s): s.d = {}
    def __getitem__(s, k): return s.d[k]
    def __setitem__(s, k, v): s.d[k] = v
    def __delitem__(s, k): del s.d[k]
    def __iter__(s): return iter(s.d)
    def __len__(s): return len(s.d)
mm = MM(); mm.update({'x': 1}, y=2); mm.setdefault('z', 3)
print(dict(mm), mm.pop('x'), mm.popitem(), len(mm)); mm.clear(); print(len(mm))
try:
    mm.pop('nope')
except KeyError as e:
    print('KeyError', e)
class S(Sequence):
    def __init__(s, *a): s.a = a
    def __getitem__(s, i): return s.a[i]
    def __len__(s): return len(s.a)
sq = S(1, 2, 3, 2)
print(list(sq), 2 in sq, sq.index(2), sq.count(2), list(reversed(sq)))
try:
    sq.index(9)
except ValueError:
    print('ValueError')
class MS(MutableSequence):
    def __init__(s): s.a = []
    def __getitem__(s, i): return s.a[i]
    def __setitem__(s, i, v): s.a[i] = v
    def __delitem__(s, i): del s.a[i]
    def __len__(s): return len(s.a)
    def insert(s, i, v): s.a.insert(i, v)
ms = MS(); ms.append(1); ms.extend([2, 3]); ms += [4]; ms.reverse(); print(ms.a, ms.pop(), ms.a); ms.remove(3); print(ms.a)
class St(Set):
    def __init__(s, it): s.s = set(it)
    def __contains__(s, x): return x in s.s
    def __iter__(s): return iter(sorted(s.s))
    def __len__(s): return len(s.s)
a, b = St([1, 2, 3]), St([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= St([1, 2, 3, 4]), a == St([3, 2, 1]), a.isdisjoint([7]), a._hash() == frozenset([1, 2, 3]).__hash__())
try:
    Sequence()
except TypeError as e:
    print('TypeError', e)
class Incomplete(Mapping):
    def __getitem__(s, k): pass
try:
    Incomplete()
except TypeError as e:
    print('TypeError', e)
print(Iterable[int], Callable[[int, str], bool], Mapping[str, int], cabc.Set.__name__)
class It:
    def __iter__(s): return s
    def __next__(s): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), isinstance(It(), Sized))
