# Slice assignment from tuples, ranges, generators, strings, dict views and itself.
base = list(range(6))
for src in [(9, 9), range(3), (x * 10 for x in range(2)), "ab", {"k": 1, "j": 2}.keys(), {7: 0}.values(), b"AZ", []]:
    a = list(base)
    a[1:4] = src
    print(type(src).__name__, a)
a = list(range(5))
a[1:3] = a[::-1]
print(a)
a = list(range(5))
a[::-1] = list("abcde")
print(a)
a = [1, 2, 3]
a[5:10] = [4]
print(a)
a[-10:0] = [0]
print(a)
