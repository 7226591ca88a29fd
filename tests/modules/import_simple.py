# import of a .py module from a directory on sys.path; module caching.
import sys
sys.path.insert(0, "_mods")
import simple_mod
print(simple_mod.VALUE, simple_mod.double(21), simple_mod.Thing(3), simple_mod.__name__)
print(simple_mod.__doc__, type(simple_mod).__name__, simple_mod.__file__.endswith("simple_mod.py"))
import simple_mod                      # second import does not execute again
import simple_mod as sm
print(sm is simple_mod, sys.modules["simple_mod"] is sm, "simple_mod" in sys.modules)
from simple_mod import double, VALUE as V, Thing
print(double(5), V, Thing(1))
simple_mod.items.append("shared state")
import simple_mod as again
print(again.items)
simple_mod.VALUE = 100
from simple_mod import VALUE
print(VALUE)
print(sorted(k for k in vars(simple_mod) if not k.startswith("__")))
print(simple_mod._private)
