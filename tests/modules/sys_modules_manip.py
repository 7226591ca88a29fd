# sys.modules controls what import returns; deleting an entry forces re-execution.
import sys
sys.path.insert(0, "_mods")
import counter_mod
counter_mod.bump(); counter_mod.bump()
print(counter_mod.count)
del sys.modules["counter_mod"]
import counter_mod as fresh
print(fresh.count, fresh is counter_mod)
class Fake:
    answer = 42
sys.modules["fake_module"] = Fake()
import fake_module
print(fake_module.answer, type(fake_module).__name__)
from fake_module import answer
print(answer)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
saved = sys.path[:]
sys.path.remove("_mods")
try:
    import star_noall
except ModuleNotFoundError as e:
    print(e)
sys.path[:] = saved
import star_noall
print(star_noall.visible)
