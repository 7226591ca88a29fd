# Exception args, str() and repr() for zero, one and several arguments.
for exc in [Exception(), Exception("one"), Exception("a", "b"), Exception(1), Exception(None), Exception(("t",)),
            ValueError("bad value"), KeyError("key"), KeyError(), KeyError(1, 2), KeyError(""), IndexError(5),
            StopIteration(), StopIteration(3), StopIteration(1, 2), SystemExit(2), SystemExit(), OSError(),
            OSError("msg"), OSError(2, "No such file"), OSError(2, "No such file", "name.txt"),
            FileNotFoundError(2, "nf", "x"), UnicodeError("u"), AssertionError("a"), RuntimeError("r", 1)]:
    print(type(exc).__name__, "| args:", exc.args, "| str:", str(exc), "| repr:", repr(exc))
e = ValueError("x")
e.args = ("changed", 2)
print(e, repr(e))
print(StopIteration(7).value, StopIteration().value, SystemExit(5).code, SystemExit().code, SystemExit(1, 2).code)
k = KeyError("q")
print(str(k), k.args[0])
e2 = Exception("note")
e2.custom = 1
print(e2.custom, hasattr(e2, "__traceback__"), e2.__traceback__, e2.__cause__, e2.__context__, e2.__suppress_context__)
o = OSError(13, "Permission denied", "file")
print(o.errno, o.strerror, o.filename, type(o).__name__)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__)
