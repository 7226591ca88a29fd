print(str(), str(1), str(1.0), str(None), str([1, 'a']), str(b'abc'), str(b'abc', 'ascii'))
print(str(b'\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(b'\xff', 'latin-1'))
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(e)
try:
    str(1, 'utf-8')
except TypeError as e:
    print(e)
print(str(object=5), repr(str(encoding='ascii', object=b'x')))
