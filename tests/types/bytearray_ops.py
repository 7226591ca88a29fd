# bytearray is a mutable bytes: item/slice assignment, append, extend, etc.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" world")
ba += b"!!"
print(ba, len(ba), ba[1], ba[-2:])
ba[1:5] = b"EY"
print(ba)
del ba[0]
del ba[-3:]
print(ba)
ba.insert(0, ord("<"))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("Y"))
print(ba, ba.find(b"w"), ba.count(b"o"), ba.index(b" "))
ba.reverse()
print(ba)
ba[::2] = b"*" * len(ba[::2])
print(ba)
c = ba.copy()
c.clear()
print(c, ba == c, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray())
print(bytearray(b"abc").upper(), bytearray(b"a,b").split(b","), bytearray(b"xy").hex())
print(type(bytearray(b"ab") + b"cd").__name__, type(b"ab" + bytearray(b"cd")).__name__)
print(bytearray(b"abc") * 2, bytearray(b"abc").decode(), bytes(bytearray(b"q")))
x = bytearray(b"abc")
x *= 2
print(x)
for bad in [lambda: x.__setitem__(0, 300), lambda: x.__setitem__(0, b"a"), lambda: x.remove(ord("z")),
            lambda: bytearray().pop(), lambda: hash(x)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(bytearray.fromhex("41 42"), repr(bytearray(b"'\"")), bytearray(b"ab") < bytearray(b"b"))
