def t(x):
    print('eval', x)
    return x
print(t(0) or t('') or t('last'))
print(t(1) and t([]) and t('never'))
print(t(None) or t(0))
print(not t(0), not t([1]))
r = t(1) and t(2) or t(3)
print(r)
r = t(0) and t(2) or t(3)
print(r)
print([] or {} or () or 'fallback', 0 and 1/0, 1 or 1/0)
x = None
print(x and x.attr, (x or 'dflt'), 1 if x else 2)
print(True + (False or 5), (0 or 0.0), (0.0 and 5), ('' or b'' or None))
