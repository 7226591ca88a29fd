a = 1
del a
try:
    a
except NameError as e:
    print(e)
l = [0, 1, 2, 3, 4, 5]
del l[1], l[1]
print(l)
del l[::2]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['b']
print(d)
class O: pass
o = O(); o.x = 1; o.y = 2
del o.x
print(vars(o))
x, y = 1, 2
del (x, y)
print('x' in dir(), 'y' in dir())
p, q = 3, 4
del [p, q]
print('p' in dir())
def f():
    z = 1
    del z
    z = 2
    return z
print(f())
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
