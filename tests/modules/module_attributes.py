# Module objects: __name__, __dict__, attribute assignment, builtin modules.
import sys
import math
import time
print(__name__, type(sys).__name__, sys.__name__, math.__name__, time.__name__)
this = sys.modules[__name__]
print(this.__name__, hasattr(this, "this"))
this.added = "via module object"
print(added)
print(type(math.__dict__).__name__, "floor" in math.__dict__)
print(sorted(k for k in ("sys", "math", "time", "builtins") if k in sys.modules))
print(sys.modules["math"] is math)
mod_type = type(sys)
m = mod_type("made_by_hand", "docstring here")
m.x = 1
print(m.__name__, m.__doc__, m.x, sorted(k for k in vars(m) if not k.startswith('__')))
print(repr(m), str(mod_type("other")))
print(__doc__, math.__doc__ is not None)
del this.added
print("added" in globals())
