# Nested f-strings, format specs built from expressions, multi-line f-strings.
items = {"apple": 1.5, "banana": 0.25, "cherry": 12.0}
width = max(len(k) for k in items)
for name, price in items.items():
    print(f"{name:<{width}} | {price:>{width}.2f} | {f'{price * 100:.0f}c':>6}")
print(f"{'|'.join(f'{k[0]}={v}' for k, v in items.items())}")
n = 5
print(f"{n} squared is {n ** 2}, {'even' if n % 2 == 0 else 'odd'}, {[i for i in range(n)]}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{ {'a': 1}['a'] } { {1, 2} == {2, 1} }")
value = 1234.5678
for spec in [".1f", ",.2f", "10.3e", "+.0f", "_.4g"]:
    print(f"{value:{spec}}|")
s = f"""multi
line {n}
  indented {n * 2}"""
print(s)
print(f"{'a' 'b'}", f"{n!r:>5}", f"{str(n)!r}", f"{n:{'0'}>{'4'}}")
print(f"{3.14159:.{n - 3}f}", f"{'x':{'*'}^{n}}")
nested = f"outer {f'inner {n}'}"
print(nested)
print(f"{f'{n:03}':>6}|")
