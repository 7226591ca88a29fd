# Decorators with state, wrapping classes, methods, properties and staticmethods.
def wraps(original):
    def deco(wrapper):
        wrapper.__name__ = original.__name__
        wrapper.__doc__ = original.__doc__
        wrapper.__qualname__ = original.__qualname__
        wrapper.__wrapped__ = original
        return wrapper
    return deco
def counted(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
class Service:
    @counted
    def handle(self, x):
        "Handle x."
        return x + 1
    @staticmethod
    @counted
    def util(y):
        return y * 2
    @classmethod
    @counted
    def build(cls):
        return cls()
    @property
    @counted
    def prop(self):
        return "prop"
s = Service()
print(s.handle(1), s.handle(2), Service.handle.calls, Service.handle.__name__, Service.handle.__doc__)
print(Service.util(3), s.util(4), Service.__dict__["util"].__func__.calls)
print(type(Service.build()).__name__, s.prop, s.prop, Service.prop.fget.calls)
print(Service.handle.__qualname__, Service.handle.__wrapped__.__name__)
def validate(**types):
    def deco(fn):
        def wrapper(**kw):
            for k, t in types.items():
                if not isinstance(kw[k], t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kw)
        return wrapper
    return deco
@validate(a=int, b=str)
def combine(a, b):
    return b * a
print(combine(a=2, b="ab"))
try:
    combine(a="x", b="y")
except TypeError as e:
    print(e)
