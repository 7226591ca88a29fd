# Every list method with edge cases.
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); a.extend(range(2)); a.extend("xy"); print(a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "before-last"); a.insert(-100, "very first"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("x"); print(a)
print(a.index(2), a.index(5, 3), a.count(1), a.count("nope"))
b = a.copy(); b.clear(); print(a, b)
c = [1, 2, 3]; c.reverse(); print(c)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
            lambda: [1, 2].index(1, 1), lambda: [].insert()]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = [1, 2, 3, 4, 5]
print(d.index(4, -2), d.index(1, -100, 100))
e = []
e += "ab"
e *= 2
print(e, [0] * 3, 2 * [None], [1] * 0, [[]] * 2)
f = [[]] * 3
f[0].append(1)
print(f)
print(list(), list("abc"), list((1, 2)), list({"k": 1}), list(range(3)), list(x for x in "ab"))
g = [5, 3, 8]
print(sorted(g), g, g.sort(), g)
print([1, 2] + [3], [1, 2] == [1, 2], [1, 2] < [1, 3], [1, [2]] == [1, [2]], [] == [], [0] > [])
