import atexit

def bye(name, punct='!'):
    print('bye', name + punct)

atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')
@atexit.register
def deco():
    print('decorated runs first')
def never():
    print('never')
atexit.register(never)
atexit.register(never)
atexit.unregister(never)
print('registered')
def tmp():
    print('run by _run_exitfuncs')
atexit._clear()
atexit.register(tmp)
atexit._run_exitfuncs()
print('after explicit run')
atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')
atexit.register(deco)
print('main done')
