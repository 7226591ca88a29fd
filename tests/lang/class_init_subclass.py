# __init_subclass__, __set_name__ and __class_getitem__.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class CSV(Plugin, name="csv"): pass
class JSONish(Plugin): pass
class Sub(CSV): pass
print(Plugin.registry, Sub.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
class Model:
    a = Field()
    b = Field()
m = Model()
m.__dict__["a"] = 1
print(m.a, m.b, Model.a.name)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int])
print(list[int], dict[str, int])
