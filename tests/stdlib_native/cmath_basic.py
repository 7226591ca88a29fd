# cmath: the functions on finite values (printed to 12 digits), the
# exceptions their special values stand for, and argument conversion.
import cmath
import math


def show(z):
    if isinstance(z, complex):
        return '(%.12g, %.12g)' % (z.real, z.imag)
    if isinstance(z, tuple):
        return ' '.join(show(v) for v in z)
    return '%.12g' % z


values = [0j, 1 + 0j, -1 + 0j, 0.5j, -2.5 + 1j, 3 - 4j, 1e-3 + 1e3j, -0.75 - 0.25j]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
             'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar']:
    f = getattr(cmath, name)
    out = []
    for z in values:
        try:
            out.append(show(f(z)))
        except (ValueError, OverflowError) as e:
            out.append('%s(%s)' % (type(e).__name__, e))
    print(name, '; '.join(out))

print(show(cmath.rect(2, math.pi / 3)), show(cmath.log(8, 2)), show(cmath.log(1j, 1 + 1j)))
print(cmath.sqrt(-1), cmath.sqrt(complex(-4, -0.0)), cmath.log(-1), cmath.exp(0), cmath.phase(-1))
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
inf, nan = math.inf, math.nan
for f, args in [(cmath.exp, (1000,)), (cmath.cosh, (-1000,)), (cmath.log, (0,)), (cmath.atanh, (1,)),
                (cmath.log, (1, 1)), (cmath.log10, (0j,)), (cmath.cos, (complex(inf, 1),)),
                (cmath.exp, (complex(1, inf),)), (cmath.rect, (1, inf)), (cmath.sqrt, ('x',)),
                (cmath.sqrt, ([],)), (cmath.isclose, (1, 2, -1))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(cmath.exp(complex(-inf, 1)), cmath.sqrt(complex(inf, -1)), cmath.rect(inf, 0), cmath.rect(0, inf))
print(cmath.isclose(1, 1 + 1e-10), cmath.isclose(1j, 1.001j, rel_tol=1e-2), cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.isfinite(complex(1, inf)), cmath.isinf(complex(nan, -inf)), cmath.isnan(complex(1, nan)), cmath.isnan(3))


class C:
    def __complex__(self):
        return 2j


class F:
    def __float__(self):
        return 4.0


class I:
    def __index__(self):
        return 9


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.exp(True), cmath.polar(-2))
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
