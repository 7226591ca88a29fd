class CM:
    def __init__(self, name, suppress=False, fail=False):
        self.name, self.suppress, self.fail = name, suppress, fail
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        if self.fail:
            raise RuntimeError('exit failed in ' + self.name)
        return self.suppress
with CM('a', suppress=True):
    raise ValueError('inside')
print('after a')
try:
    with CM('b'):
        raise ValueError('not suppressed')
except ValueError as e:
    print('caught', e)
try:
    with CM('c', fail=True):
        raise KeyError('original')
except RuntimeError as e:
    print(e, 'context:', repr(e.__context__))
with CM('x') as x, CM('y', suppress=True) as y:
    print(x.name, y.name)
    raise IndexError('multi')
print('after multi')
def ret():
    with CM('r'):
        return 'returned'
print(ret())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
