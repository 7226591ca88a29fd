# The compiler accepts nesting as deep as CPython's (three levels per frame
# of the recursion limit): long generated expressions and elif chains.
print(eval('+'.join(['1'] * 2500)))
print(eval('-'.join(['2'] * 1200)))
src = 'def pick(n):\n    if n == 0: return 0\n'
src += ''.join('    elif n == %d: return %d\n' % (i, -i) for i in range(1, 1200))
src += '    else: return None\n'
g = {}
exec(src, g)
print(g['pick'](1199), g['pick'](5000))
print(eval(' or '.join(['0'] * 1500 + ['"last"'])))
def nested(k):
    if k == 0:
        return eval('+'.join(['1'] * 1500))
    return nested(k - 1)
print(nested(50))
try:
    eval('+'.join(['1'] * 20000))
except RecursionError as e:
    print(type(e).__name__, e)
