# from package import * with __all__ naming submodules loads them.
import sys
sys.path.insert(0, "_mods")
from pkg2 import *
print(TOP, alpha.NAME, beta.NAME)
print(sorted(m for m in sys.modules if m.startswith("pkg2")))
import pkg2
print(pkg2.alpha is alpha, pkg2.__all__)
