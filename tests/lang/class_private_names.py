# Name mangling of __names inside class bodies.
class A:
    __secret = "A's secret"
    def __init__(self):
        self.__hidden = 1
        self._single = 2
    def reveal(self):
        return self.__secret, self.__hidden
    def __method(self):
        return "private method"
    def call(self):
        return self.__method()
class B(A):
    __secret = "B's secret"
    def reveal_b(self):
        return self.__secret
b = B()
print(b.reveal(), b.reveal_b(), b.call())
print(sorted(k for k in vars(b)), b._A__hidden, b._single)
print(A._A__secret, B._B__secret, hasattr(A, "__secret"))
try:
    b.__hidden
except AttributeError as e:
    print(e)
class C:
    def get(self):
        return __name__
    def mangled_global(self):
        __x = "local mangled"
        return __x
print(C().get(), C().mangled_global())
class D:
    __dunder__ = "not mangled"
print(D.__dunder__)
class _Under:
    def __init__(self):
        self.__v = 3
print(vars(_Under()))
