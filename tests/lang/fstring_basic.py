# f-string interpolation of names, expressions, calls and attributes.
name = "world"
n = 42
print(f"hello {name}")
print(F"{n} + 1 = {n + 1}")
print(f"{name.upper()} {len(name)}")
print(f"{'quoted'} {'x' if n else 'y'}")
print(f"{{literal braces}} {{{n}}}")
d = {"key": "value"}
print(f"{d['key']}")
items = [1, 2, 3]
print(f"{items} {items[1:]} {sum(items)}")
print(f"{n!r} {name!r} {name!s} {'é'!a}")
print(f"{3.14159:.2f} {n:5d}| {n:<5}| {n:^7}| {n:x} {n:#o} {n:08b}")
print(f"a" "b" f"{n}" 'c')
print(rf"\n{n}", fr'{n}\t')
print(f"{n=}", f"{n + 1 = }", f"{name = !r}", f"{3.0=:.1f}")
print(f"{'nested {}'.format(n)}")
print(f'{"multi":>{10}}|')
x = 10
print(f"{x:{'>'}{x}}|")
print(f"""triple
{n}""")
print(f"{lambda_result}" if (lambda_result := 5) else "")
