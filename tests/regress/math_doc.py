# math.__doc__ is the module's docstring (a str), not None.
import math
print(type(math.__doc__).__name__, math.__doc__)
