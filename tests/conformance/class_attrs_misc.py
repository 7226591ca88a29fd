class A:
    '''Doc A'''
    x = 1
    def m(self): pass
print(A.__doc__, A.__name__, A.__module__, '__dict__' in dir(A), sorted(k for k in A.__dict__ if not k.startswith('_')))
a = A()
print(a.__class__ is A, a.__dict__, A.x, a.x)
a.x = 2
print(A.x, a.x, vars(a))
del a.x
print(a.x)
A.y = 'added'
print(a.y)
a.__class__ = type('B', (A,), {})
print(type(a).__name__, isinstance(a, A))
class Counter:
    instances = 0
    def __init__(self): type(self).instances += 1
class Sub(Counter): pass
Counter(); Sub(); Sub()
print(Counter.instances, Sub.instances)
print(A.m, type(A.m).__name__, type(a.m).__name__) if False else print(type(A.m).__name__, type(a.m).__name__)
print(A.__dict__['m'] is A.m, a.m == a.m, a.m is a.m)
