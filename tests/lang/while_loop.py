# while loops with break, continue and else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while finished normally")
n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print("never")
print("n", n)
k = 10
while k:
    k -= 3
    if k < 0:
        print("negative, breaking")
        break
else:
    print("no")
j = 0
while j < 0:
    print("never runs")
else:
    print("else of empty while")
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
