# Classes made in a loop form cycles (class -> mro -> class, methods ->
# globals) and are freed by the collector.
import gc
import weakref

refs = []
for i in range(200):
    class C:
        n = i
        def get(self):
            return self.n
    refs.append(weakref.ref(C))
    c = C()
    c.me = c
del C, c
gc.collect()
print("classes alive:", sum(1 for r in refs if r() is not None))

# A class defined with a base and a metaclass.
class Meta(type):
    pass

def make():
    class Base(metaclass=Meta):
        pass
    class Derived(Base):
        pass
    return weakref.ref(Base), weakref.ref(Derived)

wb, wd = make()
gc.collect()
print(wb() is None, wd() is None)

# A class kept alive by an instance survives.
def make_instance():
    class Kept:
        def hello(self):
            return "hello"
    return Kept()

k = make_instance()
gc.collect()
print(k.hello(), type(k).__name__)
