class S(str):
    def shout(self): return self.upper() + '!'
s = S('hello')
print(s, repr(s), s.shout(), s + 'x', type(s + 'x').__name__, type(s.upper()).__name__, s == 'hello', hash(s) == hash('hello'))
print(len(s), s[1:3], type(s[1:3]).__name__, isinstance(s, str), {s: 1}['hello'], '%s' % s, f'{s}', str(s), type(str(s)).__name__)
class Tagged(str):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
    def __repr__(self): return 'Tagged(%s, %s)' % (str.__repr__(self), self.tag)
t = Tagged('x', 'T1')
print(t, repr(t), t.tag, [t])
class L(list):
    def __repr__(self): return 'L' + super().__repr__()
l = L([3, 1, 2]); l.sort(); l.append(9)
print(l, len(l), type(l[:2]).__name__, type(l + [1]).__name__, l == [1, 2, 3, 9])
class D(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
d = D(); d['a'] = 1; d.update(b=5)
print(d, D(x=1))
class I(int):
    def __repr__(self): return 'I(%d)' % int(self)
print(I(5), I(5) + 1, repr(I(5)), [I(3)], str(I(4)), f'{I(7)}', I('12', 8) if False else I(10))
class T(tuple):
    @property
    def first(self): return self[0]
print(T((1, 2)).first, T([4]), type(T((1,)) + (2,)).__name__)
