# An enum-like class built with a metaclass: iteration, lookup by value, members as instances.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._members = {}
        for k, v in list(ns.items()):
            if not k.startswith("_") and isinstance(v, int):
                m = object.__new__(cls)
                m.name, m.value = k, v
                setattr(cls, k, m)
                cls._members[k] = m
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
    def __getitem__(cls, name):
        return cls._members[name]
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value}>"
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(list(Color), len(Color), Color.RED, Color(2), Color["BLUE"], Color.RED is Color(1))
print(Color.GREEN.name, Color.GREEN.value, isinstance(Color.RED, Color), type(Color).__name__)
try:
    Color(7)
except ValueError as e:
    print(e)
print(sorted(Color, key=lambda c: -c.value), {c.name: c.value for c in Color})
