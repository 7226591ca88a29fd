# weakref.ref: referents, callbacks, dead references, equality and hashing.
import gc
import weakref

def addr_free(s):
    # Replace every hexadecimal address by 0x...
    out = []
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            out.append("0x...")
            i += 2
            while i < len(s) and s[i] in "0123456789abcdef":
                i += 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)

class Foo:
    pass

f = Foo()
r = weakref.ref(f)
print(r() is f, weakref.ref(f) is r, weakref.getweakrefcount(f))
print(addr_free(repr(r)))
print(type(r).__name__, weakref.ReferenceType is weakref.ref)

# Callbacks run when the referent dies, newest first, with the dead ref.
calls = []
r1 = weakref.ref(f, lambda ref: calls.append(("r1", ref() is None)))
r2 = weakref.ref(f, lambda ref: calls.append(("r2", ref() is None)))
print(weakref.getweakrefcount(f), len(weakref.getweakrefs(f)))
print(r1 is not r2, r1 == r2, r1.__callback__ is not None)
del f
print(calls)
print(r(), r1(), addr_free(repr(r)))
print(r1.__callback__)

# Equality and hashing follow the referent while it lives.
g = Foo()
a = weakref.ref(g)
b = weakref.ref(g, lambda ref: None)
print(a == b, hash(a) == hash(g), a != b)
h = hash(a)
del g
print(hash(a) == h, a == b, a == a)
dead = weakref.ref(Foo())
try:
    hash(dead)
except TypeError as e:
    print("TypeError:", e)

# Things that cannot be weakly referenced.
for obj in (1, "s", (1, 2), [1], {}, None):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print("TypeError:", e)

class Slotted:
    __slots__ = ("x",)

class SlottedWeak:
    __slots__ = ("x", "__weakref__")

try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
sw = SlottedWeak()
print(weakref.ref(sw)() is sw)

# Functions, classes, sets and bound methods can be referenced.
def func():
    pass
print(weakref.ref(func)() is func, weakref.ref(Foo)() is Foo)
s = {1, 2}
print(weakref.ref(s)() is s, weakref.ref(frozenset())() is not None)
print(addr_free(repr(weakref.ref(func))))

# Referents in a cycle: the callback runs when the collector frees them.
calls.clear()
c = Foo()
c.me = c
rc = weakref.ref(c, lambda ref: calls.append("cycle"))
del c
print(rc() is not None)
gc.collect()
print(calls, rc())

# A weak reference that is garbage together with its referent does not
# call back.
calls.clear()
d = Foo()
d.ref = weakref.ref(d, lambda ref: calls.append("should not run"))
del d
gc.collect()
print(calls)

# Errors in a callback are reported, not raised.
e = Foo()
re_ = weakref.ref(e, lambda ref: 1 / 0)
del e
print("still running")

# Subclasses of ref can carry extra state.
class NamedRef(weakref.ref):
    def __init__(self, ob, callback=None, name=""):
        super().__init__(ob, callback)
        self.name = name
    def __new__(cls, ob, callback=None, name=""):
        return super().__new__(cls, ob, callback)

k = Foo()
nr = NamedRef(k, None, name="k")
print(nr() is k, nr.name, isinstance(nr, weakref.ref))
del k
print(nr())
