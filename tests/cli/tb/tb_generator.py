# Traceback through a generator and a method.
class Pipeline:
    def numbers(self):
        yield 1
        raise OverflowError("too many numbers")

    def total(self):
        for n in self.numbers():
            print("got", n)


Pipeline().total()
