# global and nonlocal declarations inside class bodies and methods.
counter = 0
class C:
    global counter
    counter += 1
    def bump(self):
        global counter
        counter += 10
C().bump()
print(counter)
def outer():
    value = "outer value"
    class Inner:
        nonlocal value
        value = "changed by class body"
        attr = value
    return value, Inner.attr
print(outer())
def make():
    count = 0
    class K:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return K
K = make()
k = K()
print(k.inc(), k.inc(), K().inc())
x = "module x"
class D:
    x = "class x"
    def get(self):
        return x
    def get_class(self):
        return self.x
print(D().get(), D().get_class())
