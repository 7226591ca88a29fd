# Assignment expressions in conditions, comprehensions and calls.
data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("long", n)
i = 0
while (x := data[i]) != 8:
    i += 1
print("found", x, "at", i)
print([y for v in data if (y := v * 2) > 5])
print(y)  # the comprehension target binds in the enclosing scope
total = 0
print([total := total + v for v in data], total)
print((z := 10), z)
def f():
    [w := k for k in range(3)]
    return w
print(f())
print(any((hit := v) > 4 for v in data), hit)
lines = iter(["a", "b", ""])
while line := next(lines):
    print("line", line)
print(f"{(q := 3) * 2} {q}")
