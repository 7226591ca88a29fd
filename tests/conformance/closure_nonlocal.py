def outer():
    x = 'outer'
    def mid():
        def inner():
            nonlocal x
            x = 'inner'
        inner()
        return x
    r = mid()
    return r, x
print(outer())
def gen_counter():
    count = 0
    def get(): return count
    def inc():
        nonlocal count
        count += 1
    return get, inc
g, i = gen_counter(); i(); i(); print(g())
x = 'global'
def f():
    global x
    x = 'changed'
f(); print(x)
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(e)
    y = 1
unbound()
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(e)
    z = 1
    return inner()
print(free_unbound())
