for exc in [KeyboardInterrupt, SystemExit, GeneratorExit, ValueError]:
    try:
        try:
            raise exc()
        except Exception:
            print(exc.__name__, 'caught by Exception')
    except BaseException as e:
        print(exc.__name__, 'caught by BaseException', type(e).__name__)
try:
    raise SystemExit(2)
except SystemExit as e:
    print('code', e.code)
def f():
    try:
        raise KeyboardInterrupt
    finally:
        print('finally runs for KeyboardInterrupt')
try:
    f()
except KeyboardInterrupt:
    print('caught KI')
class MyBase(BaseException): pass
try:
    try:
        raise MyBase('custom base')
    except Exception:
        print('wrong')
except MyBase as e:
    print('right', e)
