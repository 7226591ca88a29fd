# globals() and locals() in module, function and class scopes.
x = 1
print(globals()["x"], "x" in locals(), globals() is locals())
def f(a):
    b = a + 1
    loc = locals()
    loc["c"] = 99          # has no effect on the real local variables
    return sorted(k for k in loc), b
print(f(1))
class C:
    y = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
def g():
    globals()["from_g"] = "set via globals()"
g()
print(from_g)
def h():
    v = 1
    def inner():
        return locals()
    return inner()
print(h())
def k():
    w = 5
    def inner():
        return sorted(locals())
    w
    return inner
print(k()())
