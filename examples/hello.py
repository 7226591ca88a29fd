# The first program: greet, and say which interpreter and build is running.
import sys

print("Hello from gilpy!" if sys.implementation.name == "gilpy" else "Hello from " + sys.implementation.name + "!")
print("Python", ".".join(map(str, sys.version_info[:3])))
gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
print("The GIL is", "enabled" if gil else "disabled", "in this build.")
