for e in [Exception(), Exception('a'), Exception('a', 'b'), Exception(1), ValueError(None), KeyError('k'), KeyError(), KeyError('a', 'b'),
          OSError(2, 'No such file'), OSError('plain'), StopIteration(5), SystemExit(3), UnicodeError('u'), IndexError('i', 1)]:
    print(type(e).__name__, repr(e), str(e), e.args)
e = OSError(2, 'nf', 'path.txt')
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(type(OSError(2, 'x')).__name__)
e = StopIteration('v')
print(e.value)
e = SystemExit(5)
print(e.code)
class MyE(Exception):
    def __str__(self): return 'custom str'
print(str(MyE('ignored')), repr(MyE('ignored')))
class NoArgs(Exception):
    def __init__(self): pass
print(repr(NoArgs()), NoArgs().args)
e = Exception('x'); e.args = ('changed', 2); print(e, repr(e))
