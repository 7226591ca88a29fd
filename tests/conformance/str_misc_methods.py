print('abc'.__len__(), 'Hello'.encode(), 'x'.join('abc'), 'a-b-c'.split('-', -1))
print('%s' % 'x'.__class__.__name__, str.__name__, 'abc'.__contains__('b'), 'ab'.__getitem__(1))
print('ab'.__mul__(2), 'ab'.__rmul__(2), 'a'.__lt__('b'), 'a'.__eq__(1), 'a'.__ne__(1))
print('tEST'.capitalize(), 'a1b2'.upper(), '  '.isspace(), ''.isspace(), 'Ab'.swapcase())
print('\u00e9' == 'e\u0301', len('e\u0301'), '\N{GREEK SMALL LETTER PI}', '\x41\u0042\U00000043')
print(r'\n raw', len(r'\n'), '\'' + "\"", 'a' 'b' 'c', 'multi\
line')
