data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 5], y)
it = iter(data)
while (v := next(it, None)) is not None:
    print(v, end=' ')
print()
print((a := 10) + a, a)
def f():
    [(z := i) for i in range(4)]
    return z
print(f())
total = 0
print([total := total + x for x in range(5)], total)
print(any((hit := x) > 4 for x in data), hit)
