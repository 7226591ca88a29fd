# memoryview and the collector: a cycle through a bytearray subclass that
# holds a view of itself is freed (and its export with it), views can be
# weakly referenced, and a view keeps its base alive.
import gc
import weakref


class B(bytearray):
    pass


gc.collect()
x = B(b'cycle')
x.view = memoryview(x)
x.slice = x.view[1:3]
probe = weakref.ref(x)
del x
print(probe() is not None, gc.collect() > 0, probe())

m = memoryview(b'weak')
r = weakref.ref(m)
print(r() is m, r().tobytes())
del m
print(r())

base = B(b'base')
vr = weakref.ref(base)
v = memoryview(base)[1:]
del base
gc.collect()
print(vr() is not None, v.tobytes(), v.obj is vr())
v.release()
gc.collect()
print(vr())

# Views in a list that refers to itself.
holder = [memoryview(bytearray(b'abc'))]
holder.append(holder)
holder.append(holder[0].cast('c'))
hr = weakref.ref(holder[0])
del holder
gc.collect()
print(hr())
