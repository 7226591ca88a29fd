# re over bytes-like subjects: bytearray and memoryview give bytes results.
import re
print(re.search(b'b+', memoryview(b'abbc')).span(), [bytes(x) for x in re.findall(rb'\d', memoryview(b'a1b2'))])
print(re.sub(b'b', b'X', memoryview(b'abc')), re.split(b',', bytearray(b'a,b')), re.match(b'a', memoryview(b'xa')))
print(type(re.search(b'b', memoryview(b'abc')).group()).__name__, re.fullmatch(b'ab', memoryview(b'ab')).span())
try:
    re.search('a', memoryview(b'a'))
except TypeError as e:
    print('TypeError', e)
print(repr(re.search(b'b', bytearray(b'abc')).group()), re.findall(b'b', bytearray(b'abc')), re.split(b',', bytearray(b'a,b')), re.sub(b'b', b'X', bytearray(b'abc')))
print(re.search(b'(b)', bytearray(b'abc')).groups(), re.search(b'b', bytearray(b'abc')).string, re.subn(b'(b)', lambda m: m.group(1) * 2, memoryview(b'abcb')))
print([m.group() for m in re.finditer(b'.', memoryview(b'xy'))], re.findall(b'(a)(b)?', bytearray(b'ab a')), re.split(b'(,)', memoryview(b'1,2')))
print(re.sub('b', 'X', 'abc'), re.findall('.', 'ab'), re.sub(b'b', b'X', b'abc'))
