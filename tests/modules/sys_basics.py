# Deterministic facts from the sys module.
import sys
print(sys.argv[0].endswith("sys_basics.py"), len(sys.argv))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 11))
print(sys.getrecursionlimit())
print(sys.stdout is sys.__stdout__, sys.stderr is not sys.stdout, hasattr(sys.stdin, "read"))
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules)
print(isinstance(sys.getrefcount(object()), int))
s = sys.intern("interned string")
print(s, s is sys.intern("interned " + "string"))
print(type(sys.implementation.name).__name__, hasattr(sys.implementation, "version"))
print(sys.exc_info(), callable(sys.exit), type(sys.version).__name__)
