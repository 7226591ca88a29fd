# Circular imports see partially initialised modules.
import sys
sys.path.insert(0, "_mods")
import circ_a
print(circ_a.use_b(), circ_a.circ_b.use_a())
print(sys.modules["circ_b"].circ_a is circ_a)
