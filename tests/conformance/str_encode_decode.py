s = 'héllo €😀'
for enc in ['utf-8', 'latin-1', 'ascii']:
    for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, 'error', e.reason, e.start, e.end)
b = s.encode()
print(b, len(b), b.decode(), b.decode('utf-8'), b[:2].decode('utf-8', 'replace'))
print(b'\xff\xfe'.decode('latin-1'), b'a\x80b'.decode('ascii', 'ignore'), b'a\x80b'.decode('ascii', 'replace'), b'a\x80'.decode('utf-8', 'backslashreplace'))
try:
    b'\x80abc'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
print('abc'.encode('utf-16-le') if False else 'abc'.encode('UTF8'), 'x'.encode(encoding='latin_1'))
try:
    'x'.encode('nonexistent-codec')
except LookupError as e:
    print(e)
