print(callable(len), callable(1), callable(lambda: 0), callable(int), callable('x'))
class C:
    def __call__(self): return 1
class D: pass
print(callable(C()), callable(D()), callable(D), callable(C.__call__))
print(callable([].append), callable(None))
