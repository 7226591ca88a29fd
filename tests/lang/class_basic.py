# Class and instance attributes, methods, __dict__, class body execution.
class Dog:
    species = "canis"
    print("class body runs once")
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add_trick(self, t):
        self.tricks.append(t)
        return self
    def __repr__(self):
        return f"Dog({self.name!r})"

d = Dog("rex").add_trick("sit").add_trick("roll")
e = Dog("fido")
print(d, d.tricks, e.tricks, d.species, Dog.species)
e.species = "override"
print(e.species, Dog.species, d.species)
print(sorted(d.__dict__), sorted(k for k in Dog.__dict__ if not k.startswith("__")))
print(Dog.__name__, Dog.__qualname__, Dog.__module__, type(d) is Dog, d.__class__.__name__)
m = d.add_trick
print(m.__self__ is d, m.__func__ is Dog.add_trick, m.__name__)
Dog.add_trick(e, "bark")
print(e.tricks)
class Empty: pass
print(Empty.__bases__, Empty.__mro__)
x = Empty()
x.a = 1
del x.a
print(hasattr(x, "a"))
class Counter:
    total = 0
    def bump(self):
        Counter.total += 1
        self.total = -1
c = Counter(); c.bump(); c.bump()
print(Counter.total, c.total)
print(Dog.__doc__, Dog("a") == Dog("a"))
class Documented:
    """A docstring."""
print(Documented.__doc__)
def outer():
    class Inner: pass
    return Inner
print(outer().__qualname__)
