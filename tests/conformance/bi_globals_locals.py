x = 10
def f(a):
    b = 2
    return sorted(locals().items())
print(f(1))
print('x' in globals(), globals()['x'], __name__)
globals()['newvar'] = 5
print(newvar)
def g():
    return 'x' in globals()
print(g())
