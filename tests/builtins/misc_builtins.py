# Builtins not covered elsewhere: __import__, __build_class__ via class, memory-free checks.
m = __import__("math")
print(m.__name__, m.floor(1.5))
s = __import__("sys")
print(s is __import__("sys"))
import builtins
print(builtins.__name__, builtins.len is len, type(builtins).__name__)
print(sorted(n for n in ("abs", "all", "any", "ascii", "bin", "bool", "callable", "chr", "dict", "dir", "divmod",
                          "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr",
                          "globals", "hasattr", "hash", "hex", "id", "input", "int", "isinstance", "issubclass",
                          "iter", "len", "list", "locals", "map", "max", "min", "next", "object", "oct", "open",
                          "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set",
                          "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type",
                          "vars", "zip", "classmethod", "compile", "complex", "delattr", "bytes", "bytearray")
             if not hasattr(builtins, n)))
print(builtins.True_ if hasattr(builtins, "True_") else "ok", Ellipsis is builtins.Ellipsis)
print(isinstance(__builtins__, dict) or __builtins__ is builtins)
exc_names = ["BaseException", "Exception", "ArithmeticError", "LookupError", "ValueError", "TypeError",
             "KeyError", "IndexError", "StopIteration", "RuntimeError", "RecursionError", "NameError",
             "UnboundLocalError", "AttributeError", "ZeroDivisionError", "OverflowError", "ImportError",
             "ModuleNotFoundError", "OSError", "FileNotFoundError", "EOFError", "KeyboardInterrupt",
             "SystemExit", "GeneratorExit", "AssertionError", "NotImplementedError", "MemoryError",
             "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "SyntaxError", "IndentationError",
             "TabError", "StopAsyncIteration", "Warning", "DeprecationWarning", "UserWarning"]
print([n for n in exc_names if not isinstance(getattr(builtins, n, None), type)])
