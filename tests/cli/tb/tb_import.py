# Traceback through an imported module (in _mods next to this file).
import sys
sys.path.insert(0, "_mods")
import failing_mod
