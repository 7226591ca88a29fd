# sys's records print as CPython's struct sequences, and
# sys.implementation is a types.SimpleNamespace.
import sys
import types

print(repr(sys.float_info))
print(sys.int_info)
for rec in (sys.version_info, sys.float_info, sys.int_info, sys.flags):
    tp = type(rec)
    print(tp.__module__, tp.__name__, tp.n_fields, tp.n_sequence_fields, tp.n_unnamed_fields,
          tp.__match_args__ == tuple(tp.__match_args__), isinstance(rec, tuple))
print(type(sys.version_info).__match_args__, sys.version_info[:1], sys.version_info.major)
print(repr(sys.version_info).startswith('sys.version_info(major=3, minor=11, micro='))

impl = sys.implementation
print(type(impl) is types.SimpleNamespace, sorted(k for k in vars(impl) if not k.startswith('_')))
print(impl.version is sys.version_info, impl.hexversion == sys.hexversion, 'version=sys.version_info(' in repr(impl))

ns = types.SimpleNamespace(b=[1, 2], a='x')
print(ns, ns == types.SimpleNamespace(b=[1, 2], a='x'), ns != types.SimpleNamespace(), ns.__reduce__())
ns.me = ns
print(ns)
del ns.me
ns.c = 3
print(vars(ns), types.SimpleNamespace())

class Point(types.SimpleNamespace):
    pass

print(Point(x=1, y=2), Point(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace.__module__)
for bad in (lambda: types.SimpleNamespace(1), lambda: hash(ns), lambda: ns.missing):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, 'positional' in str(e))
