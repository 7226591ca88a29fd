s = 'hello world hello'
print(s.find('hello'), s.rfind('hello'), s.find('x'), s.find(''), s.rfind(''), s.find('o', 5), s.find('o', 5, 7))
print(s.index('world'), s.count('l'), s.count(''), s.count('l', 3, 10), 'aaaa'.count('aa'))
print(s.find('hello', -5), s.find('h', 100), ''.find(''), ''.find('', 1), 'abc'.find('', 3), 'abc'.find('', 4))
try:
    s.index('zz')
except ValueError as e:
    print(e)
try:
    s.rindex('zz')
except ValueError as e:
    print(e)
print('héllo wörld'.find('w'), 'héllo'.index('l'), '😀a😀'.rfind('😀'), '😀a😀'.count('😀'))
print(s.startswith('hell'), s.startswith(('x', 'he')), s.endswith('llo'), s.startswith('world', 6), s.endswith('hello', 0, 5))
print(''.startswith(''), 'a'.startswith('', 2), 'abc'.endswith(('', 'x')))
try:
    s.startswith(['h'])
except TypeError as e:
    print(e)
