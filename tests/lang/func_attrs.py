# Function objects: names, docstrings, attributes, annotations.
def outer():
    def inner(x: int, y: "str" = "s") -> bool:
        """Inner doc."""
        return True
    return inner

fn = outer()
print(fn.__name__, fn.__qualname__, fn.__doc__, fn.__module__)
print(fn.__annotations__)
def nodoc(): pass
print(nodoc.__doc__, nodoc.__name__)
nodoc.custom = 42
print(nodoc.custom, nodoc.__dict__)
nodoc.__name__ = "renamed"
print(nodoc.__name__)
class K:
    def method(self):
        "method doc"
    @staticmethod
    def sm(): pass
    @classmethod
    def cm(cls): pass
print(K.method.__qualname__, K.sm.__qualname__, K.cm.__qualname__, K.method.__doc__)
print(type(fn).__name__, callable(fn))
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def annotated(a: int, *args: str, b: float = 1.0, **kw: bool) -> None: pass
print(annotated.__annotations__)
print(outer.__code__.co_name, fn.__code__.co_argcount)
print(fn.__defaults__)
def gen_fn(): yield
print(gen_fn.__name__, type(gen_fn()).__name__)
