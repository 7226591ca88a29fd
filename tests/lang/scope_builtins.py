# Shadowing builtins, globals() and locals(), name resolution order.
print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))
def f():
    list = "local list"
    return list
print(f(), list("ab"))
import builtins
print(builtins.len("xy"), builtins.abs(-1))
def g(a, b=2):
    c = a + b
    return sorted(locals().items())
print(g(1))
print("g" in globals(), type(globals()).__name__)
glob_var = "here"
print(globals()["glob_var"])
globals()["made_up"] = 123
print(made_up)
def h():
    return max
max = "module max"
print(h())
del max
print(h()([1, 3]))
print(__name__)
