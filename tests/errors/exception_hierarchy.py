# The built-in exception hierarchy.
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
         "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError", "AssertionError",
         "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError", "LookupError",
         "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
         "FileNotFoundError", "FileExistsError", "PermissionError", "IsADirectoryError", "NotADirectoryError",
         "TimeoutError", "ConnectionError", "BrokenPipeError", "InterruptedError", "ReferenceError",
         "RuntimeError", "NotImplementedError", "RecursionError", "SyntaxError", "IndentationError",
         "TabError", "SystemError", "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError",
         "UnicodeEncodeError", "UnicodeTranslateError", "Warning", "UserWarning", "DeprecationWarning",
         "RuntimeWarning", "SyntaxWarning", "ImportWarning", "UnicodeWarning", "BytesWarning",
         "ResourceWarning", "FutureWarning", "PendingDeprecationWarning", "StopAsyncIteration"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, "->", cls.__base__.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(StopIteration, Exception))
try:
    raise KeyError("k")
except LookupError as e:
    print("LookupError catches", type(e).__name__)
try:
    raise ZeroDivisionError
except ArithmeticError as e:
    print("ArithmeticError catches", type(e).__name__)
try:
    raise FileNotFoundError(2, "missing")
except OSError as e:
    print("OSError catches", type(e).__name__, e.errno, e.strerror)
