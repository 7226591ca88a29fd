# Truth values used by if, while, and, or, not, filter, any, all and comprehensions.
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"bool({self.v})")
        return self.v
a, b = Flag(False), Flag(True)
if a or b:
    print("or took second")
if a and b:
    print("never")
print(not a, not b)
x = a or b
print(x is b)
y = b and a
print(y is a)
print(list(filter(None, [a, b, 0, "", "s"])) == [b, "s"])
print(any([a, b]), all([b, a]))
print([f.v for f in (a, b) if f])
n = 0
while Flag(n < 2):
    n += 1
print("n =", n)
print(True if b else False, "yes" if not a else "no")
