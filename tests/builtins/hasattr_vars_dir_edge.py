# hasattr/getattr with properties, class vs instance, vars() on classes with slots.
class S:
    __slots__ = ("a",)
class D:
    cls = 1
    @property
    def prop(self):
        return "prop value"
    @property
    def broken(self):
        raise AttributeError("computed attribute missing")
d = D()
print(hasattr(d, "prop"), hasattr(d, "broken"), getattr(d, "broken", "fallback"), hasattr(D, "prop"))
print(hasattr(d, "cls"), hasattr(D, "cls"), getattr(D, "prop").__class__.__name__)
try:
    vars(S())
except TypeError as e:
    print(e)
s = S()
s.a = 1
print(dir(s)[-1] if False else "a" in dir(s), hasattr(s, "a"), getattr(s, "a"))
print(type(vars(D)).__name__, "cls" in vars(D), "prop" in vars(D))
print(sorted(k for k in dir(d) if not k.startswith("_")))
