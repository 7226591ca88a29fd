# del on names, attributes, subscripts, slices and targets lists.
a = 1
del a
try:
    a
except NameError as e:
    print(e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class O: pass
o = O()
o.x = o.y = 1
del o.x
print(vars(o))
try:
    del o.x
except AttributeError as e:
    print(e)
p, q = 1, 2
del p, q
print("p" in dir(), "q" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def f():
    v = 1
    del v
    return "ok"
print(f())
try:
    del undefined_name
except NameError as e:
    print(e)
x = [1, 2, 3]
y = x
del x
print(y)
(a, b), c = (1, 2), 3
del (a, b), c
print(sorted(n for n in ("a", "b", "c") if n in globals()))
