import sys
M = type(sys)
m = M('mymod', 'doc of mymod')
m.x = 1
print(m.__name__, m.__doc__, m.x, repr(m), type(m).__name__, sorted(k for k in vars(m)))
m.__getattr__ = lambda name: 'dyn-' + name
print(m.anything, getattr(m, 'other'), m.x)
m2 = M('plain')
print(m2.__doc__, repr(m2))
try:
    m2.missing
except AttributeError as e:
    print(e)
m2.__dir__ = lambda: ['b', 'a']
print(dir(m2))
import math
print(math.__name__, type(math).__name__, repr(sys)[:20], 'pi' in dir(math), math.__dict__['pi'] == math.pi)
sys.modules['fake_mod'] = m
import fake_mod
print(fake_mod is m, fake_mod.x)
from fake_mod import x as xx
print(xx)
try:
    from fake_mod import zzz
    print(zzz)
except ImportError as e:
    print('ImportError', e)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
