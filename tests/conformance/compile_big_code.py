src = 'x = 0\n' + ''.join('x += %d\n' % i for i in range(20000)) + 'print(x)\n'
exec(src)
args = ', '.join('a%d' % i for i in range(300))
exec('def big(%s): return a0 + a299\nprint(big(*range(300)))' % args)
body = '\n'.join('    v%d = %d' % (i, i) for i in range(400))
exec('def many():\n' + body + '\n    return v0 + v399 + v255 + v256\nprint(many())')
lit = '[' + ','.join(str(i) for i in range(100000)) + ']'
print(sum(eval(lit)))
d = '{' + ','.join('%d: %d' % (i, i) for i in range(5000)) + '}'
print(len(eval(d)))
nest = 'lambda: ' * 50 + '42'
f = eval(nest)
for _ in range(50):
    f = f()
print(f)
print(eval('(' * 150 + '1' + ')' * 150))
try:
    eval('(' * 250 + '1' + ')' * 250)
except SyntaxError as e:
    print('SyntaxError', e.msg)
deep = 'def f0(): return 1\n' + ''.join('def f%d(): return f%d() + 1\n' % (i, i - 1) for i in range(1, 200)) + 'print(f199())'
exec(deep)
big_jump = 'def far(n):\n    if n:\n' + ''.join('        n += %d\n' % i for i in range(30000)) + '    return n\nprint(far(0), far(1))'
exec(big_jump)
