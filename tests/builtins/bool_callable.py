# bool() and callable() on every kind of value.
vals = [0, 1, -1, 0.0, 0.1, 0j, "", " ", [], [0], (), {}, set(), None, len, object(), range(0), b"", bytearray(1)]
print([bool(v) for v in vals])
class C:
    def __call__(self): pass
class D: pass
print([callable(v) for v in (len, print, C, C(), D, D(), lambda: 0, 5, "s", [].append, int, type, callable)])
print(bool(), bool(x=1) if False else "bool takes no keyword", callable(str.upper), callable(None))
