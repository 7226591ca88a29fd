class A: pass
class B(A): pass
class C(A): pass
print(sorted(k.__name__ for k in A.__subclasses__()))
class X: pass
class Y: pass
o = X()
o.__class__ = Y
print(type(o).__name__)
try:
    (1).__class__ = Y
except TypeError as e:
    print(e)
class Entry:
    def __mro_entries__(self, bases): return (dict,)
class FromEntry(Entry()): pass
print(FromEntry.__bases__)
class G:
    def __class_getitem__(cls, item): return ('G', item)
print(G[int], G[int, str])
print(repr(list[int]), repr(dict[str, list[int]]), list[int](range(2)), repr(int | None), repr(int | str))
print(isinstance(1, int | str), isinstance('a', int | None), issubclass(bool, int | str))
class Counter:
    __slots__ = ()
print(Counter.__dict__.get('__dict__'), hasattr(Counter(), '__dict__'))
class K:
    def __init_subclass__(cls, /, **kw): cls.kw = kw
class KK(K, a=1): pass
print(KK.kw)
class Meta(type):
    def __repr__(cls): return 'Meta-made ' + cls.__name__
class Z(metaclass=Meta): pass
print(Z, [Z], str(Z))
print(type.__call__(int, '5'), type.__prepare__('x', ()), type(type.__prepare__('x', ())))
print(sorted(vars(A).keys()), A.__dict__['__module__'], type(A.__dict__).__name__)
try:
    A.__dict__['x'] = 1
except TypeError as e:
    print(e)
