import warnings, sys

class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass

def clean(s):
    return s.replace(__file__, 'FILE')

old = sys.stderr
sys.stderr = sink = Sink()
warnings.warn('plain message')
warnings.warn('dep', DeprecationWarning)
warnings.warn('again', UserWarning)
for i in range(3):
    warnings.warn('in loop', RuntimeWarning)
def lib():
    warnings.warn('from lib', stacklevel=2)
lib()
warnings.warn(FutureWarning('instance'))
sys.stderr = old
print(clean(''.join(sink.parts)))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('one')
    warnings.warn('two', DeprecationWarning)
    warnings.warn('two', DeprecationWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno, clean(w[0].filename))
    print(clean(str(w[0])))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', UserWarning)
    except UserWarning as e:
        print('raised', repr(e))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings('ignore', message='skip')
    warnings.filterwarnings('always', category=UserWarning)
    warnings.filterwarnings('ignore', message='skip')
    warnings.warn('skip me')
    warnings.warn('keep me')
    print([str(x.message) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once only')
    print(len(w))

print(clean(warnings.formatwarning('msg', UserWarning, 'file.py', 12, 'x = 1')), end='')
print(clean(warnings.formatwarning('msg', UserWarning, __file__, 1)), end='')
try:
    warnings.warn('x', int)
except TypeError as e:
    print('TypeError', e)
print(len(warnings.filters) > 0, warnings.filters[0][0])
