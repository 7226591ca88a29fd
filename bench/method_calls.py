# Method calls on small classes: getters, setters, inheritance, super(), properties.
# Usage: method_calls.py [N]
import sys


class Counter:
    def __init__(self):
        self.value = 0

    def inc(self):
        self.value += 1

    def add(self, n):
        self.value += n
        return self

    def get(self):
        return self.value


class Stepper(Counter):
    def __init__(self, step):
        super().__init__()
        self.step = step

    def inc(self):
        self.add(self.step)

    @property
    def doubled(self):
        return self.value * 2


class Accumulator:
    def __init__(self):
        self.total = 0

    def feed(self, obj):
        obj.inc()
        self.total += obj.get()

    @staticmethod
    def combine(a, b):
        return a + b

    @classmethod
    def make(cls):
        return cls()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2200000
    acc = Accumulator.make()
    c = Counter()
    s = Stepper(3)
    for i in range(n):
        acc.feed(c)
        acc.feed(s)
        c.add(1).add(2)
        if i & 15 == 0:
            acc.total = Accumulator.combine(acc.total, s.doubled) % 1000000007
    print("method_calls(%d): %d %d %d" % (n, acc.total % 1000000007, c.get(), s.get()))


main()
