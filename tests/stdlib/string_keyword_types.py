import string, keyword, types, sys
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'))
t = string.Template('$who likes $what, ${who}s pay $$5')
print(t.substitute(who='tim', what='pie'), t.substitute({'who': 'a', 'what': 'b'}))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('bad $ here').substitute()
except ValueError as e:
    print('ValueError', e)
print(string.Template('a\n  $1').safe_substitute(), string.Template('$x $ ').is_valid())
class Pct(string.Template):
    delimiter = '%'
print(Pct('%x and %%').substitute(x=1))
f = string.Formatter()
print(f.format('{0} {1:>5} {name!r} {{}} {2[k]} {3.real}', 'a', 'b', {'k': 'v'}, 3, name='n'))
print(f.format('{} {}', 1, 2), f.format('{:{w}d}', 7, w=4), list(f.parse('x{0!s:>3}y{}z')))
print(keyword.kwlist[:5], len(keyword.kwlist), keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.softkwlist, keyword.issoftkeyword('case'))
ns = types.SimpleNamespace(a=1, b=[2])
ns.c = 'x'
print(ns, ns == types.SimpleNamespace(a=1, b=[2], c='x'), types.SimpleNamespace())
def fn(): pass
print(isinstance(fn, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType), types.NoneType, types.ModuleType('m'))
class K:
    def m(self): pass
print(isinstance(K().m, types.MethodType), isinstance((x for x in ()), types.GeneratorType), types.MappingProxyType({'a': 1})['a'])
M = types.new_class('M', (object,), {}, lambda ns: ns.update({'v': 42}))
print(M.v, M.__name__, types.resolve_bases((int,)))
print(types.FunctionType, types.LambdaType, types.CodeType, types.CellType, types.MethodWrapperType, types.WrapperDescriptorType)
m = types.MethodType(lambda self, y: (self, y), 5)
print(m(6))
