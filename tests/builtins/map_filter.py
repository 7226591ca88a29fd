# map and filter with functions, None, multiple iterables, builtins as functions.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])), list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda x, y, z: x + y + z, "ab", "cd", "ef")), list(map(int, "123")))
print(list(filter(None, [0, 1, False, True, "", "a", [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(filter(lambda x: x > 2, range(6))), list(map(abs, filter(lambda n: n < 0, [-1, 2, -3]))))
print(sum(map(int, "1 2 3".split())), max(map(len, "a bb ccc".split())), "".join(map(chr, [104, 105])))
print(list(map(tuple, ["ab", "cd"])), list(map(sorted, [[3, 1], [2, 0]])))
try:
    list(map(None, [1]))
except TypeError as e:
    print(e)
try:
    map(str)
except TypeError as e:
    print(e)
m = map(lambda x: 1 / x, [1, 0])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print("lazy error:", e)
