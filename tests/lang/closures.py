# Closures capture variables, not values; cells are shared.
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = counter()
inc(); inc()
print(get())
inc2, get2 = counter()
inc2()
print(get(), get2())

def make():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return fns
print([f() for f in make()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

def shadow():
    x = 1
    def f():
        x = 2
        return x
    f()
    return x
print(shadow())

def late_binding():
    def f():
        return y
    y = "bound later"
    return f()
print(late_binding())
print(inc.__closure__ is not None, len(inc.__closure__), inc.__code__.co_freevars)
print(counter.__code__.co_cellvars)
print(inc.__closure__[0].cell_contents)
