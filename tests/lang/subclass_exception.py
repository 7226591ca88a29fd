# User-defined exception classes with extra state.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key} not found in {where}")
        self.key = key
        self.where = where
class Custom(Exception):
    def __str__(self):
        return "custom str"
class WithRepr(ValueError):
    def __init__(self, code):
        self.code = code
try:
    raise NotFound("user:1")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, e.where, repr(e))
print(str(Custom("x")), repr(Custom("x")), Custom("x").args)
e = WithRepr(404)
print(e.code, e.args, repr(e), str(e))
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3])
try:
    raise Custom
except Exception as ex:
    print(ex)
class Multi(KeyError, AppError): pass
try:
    raise Multi("k")
except AppError as e:
    print("caught as AppError", e, isinstance(e, LookupError))
class E2(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e2 = E2(1, 2)
print(e2.args, e2.a, str(e2))
class E3(Exception):
    def __init__(self, *args):
        super().__init__("fixed")
print(E3(1, 2).args)
