def g(tag):
    try:
        yield 1
    finally:
        print('cleanup', tag)
x = g('del'); next(x)
del x
print('after del')
def h():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            print('exit at', i)
            raise
for v in h():
    if v == 1:
        break
print('after break')
def gen2():
    with open('/dev/null') as f:
        yield f.closed
it = gen2()
print(next(it))
it = None
def outer():
    yield from g('inner')
z = outer(); next(z); z.close()
print(z.gi_frame, z.gi_running)
w = g('unstarted')
print(w.gi_frame is not None, w.gi_yieldfrom, w.gi_code.co_name)
w = None
print('end of body')
