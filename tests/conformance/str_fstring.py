x, y, name = 42, 3.14159, 'World'
print(f'{x}', f'{x!r:>5}', f'{y:.2f}', f'{name=}', f'{x + 1=}', f'{name!r}', f'{x:#x}', f'{x:08b}')
print(f'{{literal}}', f'{"nested"}', f"{'a' 'b'}", f'{[1, 2][0]}', f'{ {"k": 1}["k"] }', f'{x if x else 0}')
w, p = 10, 3
print(f'{y:{w}.{p}f}|', f'{name:^{w}}|', f'{"é":*>4}', f'{-0.0}', f'{1e16}', f'{2**64:,}')
print(f'{x=:>6}', f'{y = }', f'{"a" * 3}', f'{(lambda v: v * 2)(4)}', f'{x!s:3}|')
import math
print(f'{math.pi:.10f}', f'{math.e:g}', f'{1/3:.3}', f'{12345:_}', f'{-42:+05d}')
print(f'''multi
{x}
line''')
