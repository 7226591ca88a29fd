# Every kind of callable object, and calling them through builtins.
class WithCall:
    def __call__(self, x):
        return x * 2
class Factory:
    def __new__(cls, *a):
        return ("made", a)
def fn(x):
    return x + 1
callables = [fn, lambda x: x - 1, WithCall(), abs, str.upper, "{}!".format, [].__class__, Factory,
             (1).__add__, dict.fromkeys, type, int]
for c in callables:
    arg = "hi" if c in (str.upper,) else 5
    try:
        print(callable(c), repr(c(arg)) if not isinstance(c(arg), type) else c(arg).__name__)
    except TypeError as e:
        print("TypeError", e)
print(list(map(WithCall(), [1, 2])), sorted([3, 1, 2], key=WithCall()), max([1, 5], key=fn))
bound = WithCall().__call__
print(bound(21), callable(bound), callable(WithCall.__call__))
