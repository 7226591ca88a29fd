# Which names an import statement binds.
import sys
sys.path.insert(0, "_mods")
import pkg.sub
print("pkg" in globals(), "sub" in globals(), pkg.sub.SUB_VALUE)
import pkg.sub as s
print(s is pkg.sub, s.__name__)
from pkg import sub as s2
print(s2 is s)
from pkg.sub import sub_func, SUB_VALUE as SV
print(sub_func(), SV)
import pkg.nested.deep
print(pkg.nested.deep.DEEP[-2:], hasattr(pkg, "nested"))
del pkg
print("pkg" in globals(), "pkg" in sys.modules)
import pkg
print(pkg.sub is s)
