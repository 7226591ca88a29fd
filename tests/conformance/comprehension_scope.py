x = 'outer'
l = [x for x in range(3)]
print(x, l)
print([y for y in range(3) if y], [(a, b) for a in range(2) for b in 'ab'], [[c for c in range(r)] for r in range(3)])
print({i: j for i, j in enumerate('xy')}, {z % 2 for z in range(5)})
n = 10
print([n * k for k in range(3)])
fs = [lambda: k for k in range(3)]
print([f() for f in fs])
print([w := k * 2 for k in range(3)], w)
print([(lambda q: q + 1)(v) for v in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row if v % 2])
