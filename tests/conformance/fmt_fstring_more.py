items = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10.0, 1)]
print(f"{'name':<10}{'price':>8}{'qty':>5}")
for n, p, q in items:
    print(f'{n:<10}{p:>8.2f}{q:>5d}')
print(f"{'total':<10}{sum(p * q for _, p, q in items):>8.2f}")
d = {'a': 1}
print(f"{d['a']}", f'{d["a"]}', f'{len(d)!r}', f'{3.0!s:>6}', f'{"x":{"^"}{5}}')
v = 12.3456
print(f'{v:.{2}f}', f'{v:{"e"}}', f'{v=:.1f}', f'{v!r:>12}', f'{int(v):#06x}')
nested = f'{f"{1 + 1}"}'
print(nested, f'{"{"}', f'{"}"}', f'{{x}}', f'{{{v:.0f}}}')
class P:
    def __format__(self, spec): return f'P[{spec}]'
print(f'{P()}', f'{P():abc}', f'{P()!s}'[:3] if False else f'{P():{"x"}y}')
print(f'{2**100:,}', f'{-1:+}', f'{1_000.5:_}', f'{0.000012345:.3e}', f'{True:d}', f'{None!r}')
