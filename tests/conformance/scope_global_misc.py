counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
def shadow():
    len = lambda x: 'shadowed'
    return len([1, 2])
print(shadow(), len([1, 2]))
def uses_builtin_later():
    return abs(-3)
abs = lambda x: 'global abs'
print(uses_builtin_later())
del abs
print(uses_builtin_later())
def f():
    x = 1
    def g():
        return x + 1
    x = 10
    return g()
print(f())
def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(del_local())
try:
    undefined_global_xyz
except NameError as e:
    print(e)
try:
    del undefined_global_xyz
except NameError as e:
    print(e)
