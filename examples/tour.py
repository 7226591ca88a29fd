# A short tour of the language as gilpy runs it: classes, generators,
# big integers, f-strings and exceptions. Both builds print the same thing.


def section(title):
    print()
    print(f"--- {title} ---")


section("classes")


class Shape:
    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.141592653589793 * self.r ** 2


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


shapes = [Rect(2, 5), Circle(1.5), Square(3)]
print(sorted(shapes))
print("largest:", max(shapes), "| MRO of Square:", [c.__name__ for c in Square.__mro__])

section("generators")


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def take(n, it):
    return [x for _, x in zip(range(n), it)]


print("first primes:", take(15, primes()))
squares = (x * x for x in range(10))
print("sum of squares below 100:", sum(squares))


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
print("running average:", [avg.send(v) for v in (10, 20, 60)])

section("big integers")
f = 1
for i in range(1, 51):
    f *= i
print("50! =", f)
print("2**200 =", 2 ** 200)
print("digits of 3**1000:", len(str(3 ** 1000)), "| 7**222 mod 1000003:", pow(7, 222, 1000003))
print("(-7) // 2 =", -7 // 2, "| (-7) % 2 =", -7 % 2, "| int('ff', 16) =", int("ff", 16))

section("f-strings")
name, score, ratio = "gilpy", 1234567, 0.8765
print(f"{name!r:>10} | {score:,} | {ratio:.1%} | {score:#x} | {ratio=}")
print(f"{'centered':^20}|{'right':>8}|{3.14159:8.3f}|")

section("exceptions")


class InsufficientFunds(Exception):
    pass


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"need {amount - balance} more")
    return balance - amount


for amount in (30, 300):
    try:
        print("balance left:", withdraw(100, amount))
    except InsufficientFunds as e:
        print("refused:", e)
    finally:
        print("  (transaction closed)")

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("lookup failed") from e
except ValueError as e:
    print(f"{type(e).__name__}: {e}, caused by {type(e.__cause__).__name__}: {e.__cause__}")
