"""A simple module used by the import tests."""
print("simple_mod: executing top level, __name__ =", __name__)
VALUE = 42
items = []
def double(x):
    return 2 * x
class Thing:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Thing({self.n})"
_private = "hidden"
