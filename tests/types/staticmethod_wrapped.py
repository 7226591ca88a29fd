# staticmethod and classmethod expose __wrapped__ and an instance __dict__
# holding the wrapped function's __module__, __name__, __qualname__, __doc__.
sm = staticmethod(len); cm = classmethod(print)
print(sm.__wrapped__ is len, cm.__wrapped__ is print, sorted(sm.__dict__), sm.__dict__["__name__"])
try: sm.__wrapped__ = 1
except AttributeError as e: print(e)
e = staticmethod.__new__(staticmethod)
print(e.__dict__, e.__wrapped__, "__wrapped__" in dir(staticmethod), "__dict__" in dir(classmethod))
sm.extra = 5
print(sm.__dict__['extra'], cm.__name__, cm.__doc__ == print.__doc__)
class A:
    @staticmethod
    def f(x):
        "doc of f"
        return x * 2
    @classmethod
    def g(cls):
        return cls.__name__
print(A.__dict__['f'].__wrapped__(4), A.__dict__['g'].__wrapped__(A), A.__dict__['f'].__doc__, A.__dict__['g'].__qualname__)
