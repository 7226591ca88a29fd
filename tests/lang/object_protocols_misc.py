# __contains__ fallbacks, __iter__ = None, __reversed__ via __len__/__getitem__.
class OnlyGetitem:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
    def __len__(self):
        return 3
o = OnlyGetitem()
print(20 in o, 25 in o, list(reversed(o)))
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print(e)
class NoContains:
    __contains__ = None
try:
    1 in NoContains()
except TypeError as e:
    print(e)
class Index:
    def __index__(self):
        return 2
print("abcd"[Index()], [1, 2, 3, 4][Index():], bin(Index()), (7).__pow__(Index()))
print(list(range(Index())), "xy" * Index())
class WithLengthHint:
    def __iter__(self):
        return iter([1, 2, 3])
print(list(WithLengthHint()), tuple(WithLengthHint()))
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): return None
with Ctx() as c:
    print(type(c).__name__)
print(abs(-3), round(2.5), round(3.5), divmod(7, -2))
class Rnd:
    def __round__(self, n=None):
        return ("round", n)
    def __trunc__(self):
        return 7
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
import math
print(round(Rnd()), round(Rnd(), 2), math.trunc(Rnd()), math.floor(Rnd()), math.ceil(Rnd()))
