import fnmatch
names = ['a.py', 'b.txt', 'test_x.py', 'data1.csv', 'data22.csv', 'README', '.hidden']
for pat in ('*.py', 'test_*', 'data?.csv', 'data[0-9]*', '[!a-c]*', '*', '?', '[ab].*', 'READ*E', '*[!y]'):
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.fnmatch('Foo.PY', '*.PY'), fnmatch.fnmatchcase('Foo.PY', '*.py'), fnmatch.fnmatch('a[b', 'a[b'), fnmatch.fnmatch('x', '[]x]'))
print(fnmatch.translate('*.py'), fnmatch.translate('a?c'))
