print(eval('1 + 2'), eval('x * 2', {'x': 21}), eval('[a for a in range(3)]'))
g = {}
exec('y = 5\ndef f(): return y * 2', g)
print(g['y'], g['f']())
l = {}
exec('z = 1', {}, l)
print(l)
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    eval('undefined_name')
except NameError as e:
    print(e)
code = compile('a + 1', '<s>', 'eval')
print(eval(code, {'a': 41}))
exec(compile('print("exec compiled")', '<s>', 'exec'))
print(eval('__name__', {'__name__': 'zz'}))
