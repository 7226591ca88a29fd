# ImportError and ModuleNotFoundError cases, and modules that fail while importing.
import sys
sys.path.insert(0, "_mods")
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from simple_mod import no_such_name
except ImportError as e:
    # The message ends with the module's absolute path, which differs between checkouts.
    msg = str(e)
    print(type(e).__name__, msg[:msg.index(" (")], msg.endswith("_mods/simple_mod.py)"), e.name)
try:
    import pkg.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import broken_mod
except ValueError as e:
    print("ValueError:", e)
print("broken_mod" in sys.modules)
try:
    import broken_mod
except ValueError as e:
    print("again:", e)
try:
    import syntax_err_mod
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename.endswith("syntax_err_mod.py"))
print(issubclass(ModuleNotFoundError, ImportError))
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(e)
