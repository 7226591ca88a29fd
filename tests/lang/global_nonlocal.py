# global and nonlocal declarations.
g = 1
def set_global():
    global g, new_global
    g = 2
    new_global = "created"
set_global()
print(g, new_global)

def read_global():
    return g
print(read_global())

def outer():
    a = 1
    def mid():
        nonlocal a
        a += 1
        def inner():
            nonlocal a
            a *= 10
        inner()
    mid()
    return a
print(outer())

def unbound():
    try:
        print(g)
        g = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()

def del_local():
    x = 1
    del x
    try:
        x
    except UnboundLocalError as e:
        print(e)
del_local()

def nested_global():
    def inner():
        global g
        g = "from inner"
    inner()
nested_global()
print(g)

def closure_over_global():
    global counter
    counter = 0
    def bump():
        global counter
        counter += 1
    bump(); bump()
closure_over_global()
print(counter)
