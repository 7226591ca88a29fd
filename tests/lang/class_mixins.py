# Cooperative multiple inheritance: mixins calling super().__init__ with keyword arguments.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            raise TypeError(f"unexpected {sorted(kw)}")
class Named(Base):
    def __init__(self, name="anon", **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")
class Timestamped(Base):
    def __init__(self, ts=0, **kw):
        super().__init__(**kw)
        self.ts = ts
        self.log.append("Timestamped")
class Reprable:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if k != "log")
        return f"{type(self).__name__}({fields})"
class Record(Reprable, Named, Timestamped):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Record")
r = Record(name="r1", ts=5)
print(r, r.log)
print([c.__name__ for c in Record.__mro__])
try:
    Record(bogus=1)
except TypeError as e:
    print(e)
class JSONMixin:
    def to_json(self):
        return "{" + ", ".join(f'"{k}": {v!r}' for k, v in vars(self).items() if k != "log") + "}"
class Doc(JSONMixin, Record):
    pass
print(Doc(name="d").to_json(), isinstance(Doc(), Reprable))
