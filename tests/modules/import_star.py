# from module import * honours __all__ and skips underscore names otherwise.
import sys
sys.path.insert(0, "_mods")
from star_mod import *
print(public_a, public_b)
try:
    public_c
except NameError as e:
    print(e)
from star_noall import *
print(visible, also_visible)
for name in ("_hidden", "__dunder_hidden"):
    print(name, name in globals())
import star_mod
print(star_mod.public_c, star_mod.__all__)
