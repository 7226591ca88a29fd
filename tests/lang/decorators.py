# Function decorators: plain, with arguments, stacked, on methods.
calls = []
def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@trace
def add(a, b):
    return a + b
print(add(2, 3), add.__name__, calls)

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))

order = []
def tag(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco

@tag("a")
@tag("b")
def f(): pass
print(order)

registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def one(): return 1
print(sorted(registry), registry["one"]())

@lambda fn: fn() * 2
def value():
    return 21
print(value)

class C:
    @trace
    def method(self, x):
        return x * 10
print(C().method(4), calls)
items = [lambda f: f]
@items[0]
def subscript_deco(): return "ok"
print(subscript_deco())
