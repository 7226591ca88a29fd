# Packages: __init__ runs once, submodules, relative imports inside the package.
import sys
sys.path.insert(0, "_mods")
import pkg
print(pkg.PKG_CONST, pkg.sub.SUB_VALUE, pkg.reexported(), pkg.__name__, pkg.__package__)
print(pkg.__file__.endswith("__init__.py"), hasattr(pkg, "__path__"), type(pkg.__path__).__name__)
import pkg.sub
from pkg import sub
print(sub is pkg.sub, sub.__name__, sub.__package__)
import pkg.sibling
print(pkg.sibling.SIBLING, pkg.sibling.info())
from pkg.nested import deep
print(deep.DEEP)
import pkg.nested.deep as d2
print(d2 is deep, "pkg.nested" in sys.modules, "pkg.nested.deep" in sys.modules)
from pkg.nested.deep import DEEP
print(DEEP[0])
print(sorted(m for m in sys.modules if m.startswith("pkg")))
