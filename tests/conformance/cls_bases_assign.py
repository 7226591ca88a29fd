class B1:
    def who(self): return 'B1'
class B2:
    def who(self): return 'B2'
class D(B1): pass
d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
D.__bases__ = (B2,)
print(d.who(), [k.__name__ for k in D.__mro__], D.__base__.__name__)
class E(D): pass
print([k.__name__ for k in E.__mro__])
try:
    D.__bases__ = ()
except TypeError as e:
    print(e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)
try:
    B2.__bases__ = (E,)
except TypeError as e:
    print(e)
