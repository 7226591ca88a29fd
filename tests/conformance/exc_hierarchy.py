class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
class NotFound(AppError): pass
class Invalid(AppError, ValueError): pass
for exc in [NotFound('nf', 404), Invalid('bad', 400), AppError('gen'), ValueError('plain')]:
    try:
        raise exc
    except NotFound as e:
        print('NotFound', e, e.code)
    except ValueError as e:
        print('ValueError-ish', type(e).__name__, e)
    except AppError as e:
        print('AppError', e, e.code)
print([c.__name__ for c in Invalid.__mro__])
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(FileNotFoundError, OSError), issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
print(issubclass(NotImplementedError, RuntimeError), issubclass(ModuleNotFoundError, ImportError), issubclass(TimeoutError, OSError))
print(IOError is OSError, EnvironmentError is OSError, issubclass(BrokenPipeError, ConnectionError))
try:
    raise Invalid('x')
except (KeyError, ValueError) as e:
    print('tuple catch', type(e).__name__)
