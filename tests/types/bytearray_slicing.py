# bytearray slice assignment, deletion and extended slices.
b = bytearray(b"0123456789")
b[2:5] = b"abc"
print(b)
b[2:5] = b"X"
print(b)
b[:0] = b"<<"
b[len(b):] = b">>"
print(b)
b[::2] = b"_" * len(b[::2])
print(b)
del b[::3]
print(b)
b[1:3] = [65, 66, 67]
print(b)
b[0:2] = bytearray(b"zz")
print(b, b[-3:], b[::-1][:4])
b2 = bytearray(b"abc")
b2[1:2] = b2
print(b2)
try:
    b2[::2] = b"toolong"
except ValueError as e:
    print(e)
try:
    b2[0:1] = "str"
except TypeError as e:
    print(e)
b3 = bytearray(range(10))
del b3[2:8]
print(b3, list(b3))
b3.extend(range(250, 256))
print(b3.hex(), b3.count(255), b3.rfind(b"\xfa"))
