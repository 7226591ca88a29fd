# aiter/anext driven by hand (no async syntax), breakpoint() through
# sys.breakpointhook, and the site builtins help, copyright, credits, license.
import sys
print(repr(help), type(help).__name__, type(help).__module__)
print(type(copyright).__name__, type(credits).__name__, type(license).__name__)
print(repr(license), callable(copyright), callable(credits), callable(license))
print(type(memoryview).__name__, memoryview.__name__)


class AIt:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    def __anext__(self):
        self.i += 1
        return Aw(self.i)


class Aw:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        if self.v > 2:
            raise StopAsyncIteration
        if False:
            yield
        return self.v * 10


def run(aw):
    it = aw.__await__()
    try:
        next(it)
    except StopIteration as e:
        return e.value


a = AIt()
print(aiter(a) is a, run(anext(a)), run(anext(a, 'default')), run(anext(a, 'done')))
print(type(anext(a, 0)).__name__)
try:
    run(anext(a))
except StopAsyncIteration:
    print('StopAsyncIteration')


class BadAIt:
    def __aiter__(self):
        return 5


for bad in [lambda: aiter(1), lambda: anext(1), lambda: anext(a, 1, 2), lambda: aiter(),
            lambda: aiter(BadAIt()), lambda: anext([])]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

calls = []
sys.breakpointhook = lambda *args, **kws: calls.append((args, sorted(kws.items()))) or 'result'
print(breakpoint(), breakpoint(1, x=2), calls)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError', e)
sys.breakpointhook = sys.__breakpointhook__
print(callable(sys.breakpointhook))
