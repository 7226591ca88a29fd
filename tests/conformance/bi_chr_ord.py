print(chr(65), chr(0x3c0), chr(0x1F600) == '\U0001F600', ord('a'), ord('\u20ac'), ord('\U0010FFFF'))
print(repr(chr(0)), repr(chr(127)), repr(chr(160)), repr(chr(0x2028)))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(e)
for bad in ['', 'ab']:
    try:
        ord(bad)
    except TypeError as e:
        print(e)
print(ord(b'a'), ord(bytearray(b'z')))
try:
    chr(1.5)
except TypeError as e:
    print(e)
