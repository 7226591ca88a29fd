ba = bytearray(b'hello')
ba[0] = 72; ba.append(33); ba.extend(b' ok'); ba.insert(0, 62); print(ba)
ba[1:3] = b'JJJ'; print(ba)
del ba[0]; del ba[-3:]; print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(108); print(ba)
ba.reverse(); print(ba)
ba += b'++'; ba *= 2; print(ba, len(ba))
ba[::2] = b'.' * len(ba[::2]); print(ba)
for bad in [lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, -1), lambda: ba.append('a'), lambda: ba.remove(200), lambda: bytearray().pop(), lambda: ba.__setitem__(slice(0, 2), 5)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
b2 = bytearray(3); b2[1:2] = []; print(b2, bytearray(b'abc').upper(), bytearray(b'a') + b'b', b'a' + bytearray(b'b'))
ba = bytearray(b'abc'); ba.clear(); print(ba, ba.copy(), bytearray(b'x') * 3, bytearray(range(5))[1:3])
try:
    hash(bytearray())
except TypeError as e:
    print(e)
