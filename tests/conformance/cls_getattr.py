class Dyn:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError("no attribute %r" % name)
d = Dyn()
print(d.real, d.xyz, getattr(d, 'xa'), hasattr(d, 'nope'), getattr(d, 'nope', 'dflt'))
try:
    d.nope
except AttributeError as e:
    print(e)
class Proxy:
    def __init__(self, target): object.__setattr__(self, '_t', target)
    def __getattr__(self, n): return getattr(self._t, n)
    def __setattr__(self, n, v): setattr(self._t, n, v)
    def __delattr__(self, n): print('del', n)
p = Proxy([3, 1, 2]); p.sort(); print(p._t, p.count(1))
class T: pass
tt = T(); pp = Proxy(tt); pp.attr = 9; print(tt.attr); del pp.attr
class GA:
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return 'fallback ' + name
g = GA(); g.y = 1
print(g.secret, g.y, g.zzz)
class Raiser:
    @property
    def p(self): raise AttributeError('from property')
    def __getattr__(self, n): return 'getattr saw ' + n
print(Raiser().p)
