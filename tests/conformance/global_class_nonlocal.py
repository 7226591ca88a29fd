count = 0
class K:
    global count
    count = 10
    local_only = 5
print(count, K.local_only, hasattr(K, 'count'))
def outer():
    v = 1
    class C:
        nonlocal v
        v = 2
    return v
print(outer())
def f():
    x = 'f-local'
    class Inner:
        y = x
        x = 'class-x'
        z = x
    return Inner.y, Inner.z
try:
    print(f())
except NameError as e:
    print('NameError', e)
x = 'module'
def g():
    class Inner:
        print_x = x
    return Inner.print_x
print(g())
