l = list(range(10))
print(l[2:5], l[::-1], l[-3:], l[:-7], l[1:8:3], l[8:1:-2], l[100:], l[-100:2])
l[2:5] = ['a']; print(l)
l[1:1] = [7, 7, 7]; print(l)
l[::2] = range(len(l[::2])); print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
del l[::3]; print(l)
del l[1:3]; print(l)
l[:] = 'xyz'; print(l)
l[5:10] = [1]; print(l)
l[-1:] = []; print(l)
try:
    l[1.5]
except TypeError as e:
    print(e)
l = [1, 2, 3]
l[3:] = [4, 5]
l[-10:1] = [0]
print(l)
