# AttributeError raised inside a property or __getattribute__ triggers __getattr__.
class A:
    @property
    def p(self):
        return self.missing_inside_property
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(A().p)
class B:
    @property
    def p(self):
        raise ValueError("not an AttributeError")
    def __getattr__(self, name):
        return "fallback"
try:
    B().p
except ValueError as e:
    print("ValueError propagates:", e)
class C:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "via __getattr__: " + name
c = C()
c.visible = 1
print(c.visible, c.hidden, c.other)
class D:
    def __getattr__(self, name):
        raise AttributeError(f"D has no {name}")
try:
    D().x
except AttributeError as e:
    print(e)
print(getattr(D(), "y", "default used"), hasattr(D(), "z"))
