# The exception group types: construction, errors, split, subgroup, derive.
eg = ExceptionGroup("msg", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError("k"), ValueError(2)])])
print(eg, repr(eg), type(eg).__name__, eg.message, eg.exceptions)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), ExceptionGroup.__mro__)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(ExceptionGroup) is eg)
b = BaseExceptionGroup("b", [ValueError()])
print(type(b).__name__)
b = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(b).__name__, str(b))
for args in [(), ("m",), (1, [ValueError()]), ("m", []), ("m", 5), ("m", [1]), ("m", {1: 2}), ("m", [ValueError()], 3)]:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    eg.split(5)
except TypeError as e:
    print(e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
e = MyEG("my", [ValueError(1), TypeError(2)])
e.__notes__ = ["note"]
m, r = e.split(TypeError)
print(repr(m), repr(r), m.__notes__, type(m).__name__)
print(ExceptionGroup[int])
try:
    e.message = 3
except AttributeError as x:
    print("AttributeError", x)

# Nesting, notes and the metadata copied to the parts of a split.
def boom():
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)])])


try:
    boom()
except ExceptionGroup as caught:
    caught.add_note("outer note")
    cause = KeyError("cause")
    caught.__cause__ = cause
    match_part, rest_part = caught.split(ValueError)
    print(repr(match_part), repr(rest_part))
    for part in (match_part, rest_part):
        print(part.__traceback__ is caught.__traceback__, part.__cause__ is cause,
              part.__notes__, part.__notes__ is caught.__notes__, part.__suppress_context__)
    print(caught.split(BaseException)[0] is caught, caught.split(OSError))
    print(repr(caught.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "in")))


# A subclass whose derive() returns something else.
class Odd(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    Odd("o", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError", e)


class Base(BaseExceptionGroup):
    pass


print(type(Base("b", [ValueError()])).__name__, type(Base("b", [KeyboardInterrupt()])).__name__)


class NotBase(ExceptionGroup):
    pass


try:
    NotBase("n", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception),
      issubclass(BaseExceptionGroup, Exception))
print(str(ExceptionGroup("one", [ValueError()])), str(ExceptionGroup("", [ValueError(), ValueError()])))
try:
    raise ExceptionGroup("caught by except Exception", [ValueError()])
except Exception as e:
    print(type(e).__name__, e.exceptions)
print(ExceptionGroup in Exception.__subclasses__(), ExceptionGroup in BaseExceptionGroup.__subclasses__(),
      ExceptionGroup.__bases__, ExceptionGroup.__module__, BaseExceptionGroup.__module__)
