# Importing built-in modules with every import form.
import math, sys as system, time
from math import sqrt, pi as PI
from math import (floor,
                  ceil)
print(sqrt(9), round(PI, 5), floor(2.5), ceil(2.5), system.maxsize > 0, time.time() > 0)
import math as m2
print(m2 is math)
from sys import argv, path
print(type(argv).__name__, path is system.path)
import builtins
print(builtins.abs(-2))
try:
    from math import nonexistent_function
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'nonexistent_function' from 'math'"))
def f():
    from math import tau
    return tau
print(f())
print(sorted(name for name in dir() if not name.startswith("__")))
