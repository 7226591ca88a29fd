# Imports inside functions bind local names; modules keep state across importers.
import sys
sys.path.insert(0, "_mods")
def f():
    import counter_mod
    return counter_mod.bump()
def g():
    from counter_mod import bump
    return bump()
print(f(), g(), f())
print("counter_mod" in globals())
import counter_mod
print(counter_mod.count)
def h():
    import math as m
    return m.floor(3.7)
print(h(), "m" in globals())
class C:
    import math
    val = math.ceil(2.1)
print(C.val, C.math.__name__)
