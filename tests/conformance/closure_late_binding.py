fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    fns = []
    for i in range(3):
        def f(): return i * 10
        fns.append(f)
    i = 100
    return fns
print([f() for f in make()])
def make2():
    return [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in make2()])
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
a, b = counter(), counter()
print(a(), a(), a(), b())
print(a.__closure__[0].cell_contents)
