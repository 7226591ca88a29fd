class A:
    count = 0
    def __init__(self): A.count += 1
    @classmethod
    def make(cls, n): return [cls() for _ in range(n)]
    @classmethod
    def name(cls): return cls.__name__
    @staticmethod
    def add(a, b): return a + b
class B(A): pass
print(len(A.make(2)), A.count, B.name(), B().name(), A.add(1, 2), A().add(3, 4))
print(type(B.make(1)[0]).__name__, A.count)
sm = A.__dict__['add']
cm = A.__dict__['make']
print(type(sm).__name__, type(cm).__name__, sm.__func__(5, 6), callable(sm))
print(staticmethod(len)([1, 2]) if hasattr(staticmethod, '__call__') else '')
