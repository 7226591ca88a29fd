def a():
    try:
        return 'try'
    finally:
        print('finally runs')
def b():
    try:
        return 'try'
    finally:
        return 'finally'
def c():
    try:
        raise ValueError
    finally:
        return 'swallowed'
def d():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print('fin', i)
    return i
def e():
    for i in range(3):
        try:
            continue
        finally:
            print('cont fin', i)
def f():
    x = 1
    try:
        return x
    finally:
        x = 2
print(a(), b(), c(), d(), e(), f())
def g():
    try:
        try:
            raise KeyError('k')
        finally:
            print('inner finally')
    except KeyError as ex:
        return 'caught ' + str(ex)
print(g())
