# User classes behaving like mappings: dict(), ** unpacking and keys() protocol.
class Mapping:
    def __init__(self, data):
        self.data = data
    def keys(self):
        return list(self.data)
    def __getitem__(self, k):
        return self.data[k] * 10
m = Mapping({"a": 1, "b": 2})
print(dict(m), {**m})
def f(**kw):
    return kw
print(f(**m))
d = {}
d.update(m)
print(d)
class Pairs:
    def __iter__(self):
        return iter([("x", 1), ("y", 2)])
print(dict(Pairs()))
try:
    f(**[1, 2])
except TypeError as e:
    print(e)
try:
    dict(5)
except TypeError as e:
    print(e)
class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        raise KeyError(k)
try:
    dict(BadKeys())
except KeyError as e:
    print("KeyError", e)
print("{a}-{b}".format_map(m), "%(a)s %(b)s" % m)
