# Relative imports beyond the top-level package, and importing a package's missing names.
import sys
sys.path.insert(0, "_mods")
sys.modules.pop("pkg", None)
try:
    exec("from .. import x", {"__name__": "pkg.sub", "__package__": "pkg"})
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("from . import not_there", {"__name__": "pkg.sub", "__package__": "pkg"})
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'not_there' from 'pkg'"))
ns = {"__name__": "pkg.fake", "__package__": "pkg"}
exec("from . import sub\nfrom .sub import SUB_VALUE", ns)
print(ns["sub"].__name__, ns["SUB_VALUE"])
