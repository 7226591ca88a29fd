# map/filter/zip/enumerate/reversed are lazy and single-pass.
log = []
def noisy(x):
    log.append(x)
    return x
m = map(noisy, range(5))
z = zip(m, "ab")
print(log)
print(list(z), log)
print(list(m), log)
f = filter(None, map(noisy, [0, 1, 0, 2]))
print(next(f), log[-2:])
e = enumerate(map(noisy, "xy"))
print(list(e))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
z2 = zip(*(iter(range(6)),) * 2)
print(list(z2))
it = iter(range(10))
print(list(zip(it, it, it)))
print(list(zip(range(3), map(lambda x: 1 / x, [1, 2, 3, 0]))))
