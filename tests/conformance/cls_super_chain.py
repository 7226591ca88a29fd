class A:
    def go(self): return ['A']
    def __init__(self): print('A init')
class B(A):
    def go(self): return ['B'] + super().go()
    def __init__(self):
        print('B init'); super().__init__()
class C(A):
    def go(self): return ['C'] + super().go()
    def __init__(self):
        print('C init'); super().__init__()
class D(B, C):
    def go(self): return ['D'] + super().go()
    def __init__(self):
        print('D init'); super().__init__()
d = D()
print(d.go(), [k.__name__ for k in D.__mro__])
print(super(B, d).go(), super(C, d).go(), super(D, D).go(d))
class E(D):
    def go(self):
        return super(D, self).go()
print(E().go())
class F:
    @classmethod
    def make(cls): return cls.__name__
class G(F):
    @classmethod
    def make(cls): return 'G+' + super().make()
print(G.make())
