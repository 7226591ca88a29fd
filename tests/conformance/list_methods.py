l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.extend('ab'); l.insert(0, 'first'); l.insert(-1, 'neg'); l.insert(100, 'end'); l.insert(-100, 'start')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('a')
print(l, l.index(2), l.count(1), l.index(5, 2), l.index(5, -3))
for bad in [lambda: l.remove('zz'), lambda: l.index('zz'), lambda: [].pop(), lambda: [1].pop(5)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
c = l.copy(); c.clear(); print(c, len(l))
l = [1, 2, 3]; l.reverse(); print(l)
l *= 2; print(l); l += (9,); print(l)
try:
    l + (1,)
except TypeError as e:
    print(e)
