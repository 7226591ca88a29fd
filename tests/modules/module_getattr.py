# Module-level __getattr__ and __dir__ (PEP 562).
import sys
sys.path.insert(0, "_mods")
import lazy_mod
print(lazy_mod.EAGER, lazy_mod.LAZY)
try:
    lazy_mod.OTHER
except AttributeError as e:
    print(e)
print(dir(lazy_mod))
from lazy_mod import LAZY
print(LAZY, getattr(lazy_mod, "MISSING", "default"), hasattr(lazy_mod, "LAZY"))
