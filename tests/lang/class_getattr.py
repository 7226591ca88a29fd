# __getattr__, __getattribute__, __setattr__ and __delattr__ hooks.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)
class T: pass
t = T()
p = Proxy(t)
p.x = 5
print(p.x, t.x)
del p.x
print(hasattr(t, "x"), p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)

class Loud:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"default({name})"
l = Loud()
print(l.a, l.other, l.secret_key)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print(e, f.v)
print(getattr(f, "nope", "dflt"))
class Dyn:
    def __getattr__(self, name):
        if name == "magic":
            return 42
        raise AttributeError(name)
print(Dyn().magic, hasattr(Dyn(), "other"))
