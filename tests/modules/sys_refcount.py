# sys.getrefcount changes by exactly the number of references added and removed.
import sys
obj = object()
base = sys.getrefcount(obj)
holders = [obj, obj, obj]
print(sys.getrefcount(obj) - base)
d = {"a": obj, "b": obj}
print(sys.getrefcount(obj) - base)
del holders
print(sys.getrefcount(obj) - base)
d.clear()
print(sys.getrefcount(obj) - base)
def hold(x):
    return sys.getrefcount(x) - base
print(hold(obj) > 0)
t = (obj,)
s = {obj}
print(sys.getrefcount(obj) - base)
del t, s
print(sys.getrefcount(obj) - base)
class Box:
    pass
b = Box()
b.attr = obj
print(sys.getrefcount(obj) - base)
del b
print(sys.getrefcount(obj) - base)
