def f(a, b=1, *, c=2):
    "docstring here"
    x = a + b
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:4], f.__code__.co_name)
f.custom = 'attr'
print(f.custom, sorted(f.__dict__))
def ann(x: int, y: 'str' = 'a') -> list: pass
print(ann.__annotations__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer.__code__.co_nlocals if hasattr(outer.__code__, 'co_nlocals') else '')
print(type(f).__name__, repr(f)[:11], f.__globals__ is globals())
f.__name__ = 'renamed'
print(f.__name__, f.__qualname__)
