# The = specifier in f-strings keeps the expression text and its spacing.
x = 10
name = "ann"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x= }")
print(f"{x =}")
print(f"{x * 2 + 1=}")
print(f"{name=}", f"{name=!s}", f"{name=!r}", f"{name=:>6}")
print(f"{items[0]=}", f"{len(items)=}", f"{items=}")
print(f"{3.14159=:.2f}", f"{x=:#x}", f"{x=!r:>5}")
print(f"{'literal'=}")
print(f"{x=}, {name=}")
print(f"{(lambda: 1)()=}")
