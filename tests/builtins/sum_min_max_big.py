# sum/min/max over large ranges and mixed numeric types.
print(sum(range(10 ** 6)), sum(i * i for i in range(10 ** 4)), sum(range(-500, 501)))
print(sum([2 ** 64] * 10), sum(x / 4 for x in range(10)), sum([1, 2.5, 2 ** 70]))
print(max(range(10 ** 5)), min(range(10 ** 5, 0, -3)), max(i % 97 for i in range(1000)))
print(min([3.5, 2, 2 ** 65, -1e20]), max([3.5, 2, 2 ** 65, -1e20]))
print(max("abc", key=ord), min(["aa", "b", "cccc"], key=len), max([[1, 2], [3]], key=sum))
vals = [(i * 37) % 101 for i in range(1000)]
print(sum(vals), max(vals), min(vals), vals.index(max(vals)), sorted(vals)[500])
