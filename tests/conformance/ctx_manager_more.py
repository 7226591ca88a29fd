class CM:
    def __init__(self, name, fail_enter=False, ret=None):
        self.name, self.fail_enter, self.ret = name, fail_enter, ret
    def __enter__(self):
        if self.fail_enter:
            raise OSError('enter failed ' + self.name)
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return self.ret
try:
    with CM('a') as a, CM('b', fail_enter=True) as b:
        print('body never')
except OSError as e:
    print('caught', e)
with CM('truthy', ret='yes'):
    1 / 0
print('suppressed by truthy string')
with CM('zero', ret=0) if False else CM('list', ret=[1]):
    raise KeyError
print('suppressed by list')
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
def gen_ctx():
    with CM('in-gen'):
        yield 1
        yield 2
for v in gen_ctx():
    print('got', v)
with CM('outer'):
    with CM('inner'):
        try:
            with CM('innermost', ret=True):
                raise ValueError
        finally:
            print('finally')
