# and/or return operands and short-circuit; not returns bool.
def t(x):
    print("t", x)
    return x

print(1 and 2, 0 and 2, [] and 1, 1 and [])
print(1 or 2, 0 or 2, '' or [], None or 0)
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
print(not [], not [0], not '', not 'x', not None, not 0.0)
x = None
print(x or "default", x and x.y)
print(bool(0j), bool(1j), bool(range(0)), bool(range(1)))
print(any(()), all(()), bool({}), bool({0: 0}))
if 0 or '' or None:
    print("no")
elif 1 and 'a':
    print("yes")
while 0 and 1 / 0:
    pass
print("done")
