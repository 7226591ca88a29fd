# for loops over many iterables with break/continue/else.
for c in "abc":
    print(c, end=" ")
print()
for i, x in enumerate([10, 20]):
    print(i, x)
for k in {"b": 1, "a": 2}:
    print(k)
for n in range(10):
    if n % 3:
        continue
    if n > 7:
        break
    print("n", n)
else:
    print("not printed")
for n in range(3):
    pass
else:
    print("else runs", n)
for n in []:
    print("empty")
else:
    print("else of empty loop")
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print("x", x)
for i in range(2):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
d = {}
for d["key"] in [1, 2]:
    pass
print(d)
