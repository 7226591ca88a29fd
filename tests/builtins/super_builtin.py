# super() errors and forms that use the builtin directly.
class A:
    def hi(self):
        return "A"
class B(A):
    def hi(self):
        return "B" + super(B, self).hi()
print(B().hi(), super(B, B()).hi())
def free():
    super()
try:
    free()
except RuntimeError as e:
    print(e)
try:
    super(int, "x")
except TypeError as e:
    print(e)
print(type(super(B, B())).__name__)
print(super(B, B()).__class__.__name__ if False else "skip")
class C(B):
    def hi(self):
        return "C" + super().hi()
print(C().hi(), super(C, C()).hi(), super(B, C()).hi())
