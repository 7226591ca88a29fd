print(list(), list('abc'), list((1, 2)), list({'a': 1}), list(range(3)), list({1: 2}.items()))
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(x for x in range(3)))
try:
    list(5)
except TypeError as e:
    print(e)
try:
    tuple(None)
except TypeError as e:
    print(e)
l = [1, 2]
l2 = list(l)
l2.append(3)
print(l, l2, tuple(l) == (1, 2), list(l) is l)
t = (1, 2)
print(tuple(t) is t)
