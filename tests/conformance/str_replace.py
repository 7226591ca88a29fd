print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'aaa'.replace('a', 'b', 0), 'aaa'.replace('a', 'b', -1))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), 'abab'.replace('ab', ''))
print('héé'.replace('é', 'e'), 'a.b.c'.replace('.', '::'), 'xyz'.replace('q', 'r'))
print('hello'.replace('l', 'L', 1), 'aaaa'.replace('aa', 'b'))
