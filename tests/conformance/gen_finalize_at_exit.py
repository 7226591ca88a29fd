def g(tag):
    try:
        yield 1
    finally:
        print('cleanup at exit', tag)
pending = g('module global')
next(pending)
class Holder:
    def __init__(self):
        self.gen = g('held')
        next(self.gen)
holder = Holder()
print('end of program')
