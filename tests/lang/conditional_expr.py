# Conditional expressions, nested, lazy.
def side(x):
    print("side", x)
    return x

for i in range(4):
    print("even" if i % 2 == 0 else "odd", "big" if i > 2 else "mid" if i > 0 else "zero")
print(side(1) if True else side(2))
print(side(1) if False else side(2))
f = lambda n: "neg" if n < 0 else ("pos" if n > 0 else "zero")
print([f(n) for n in (-1, 0, 1)])
x = [1, 2] if None else (3, 4)
print(x)
print((lambda: 1 if 0 else 2)())
