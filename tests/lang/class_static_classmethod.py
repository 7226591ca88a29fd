# staticmethod and classmethod, called through class and instance.
class Shape:
    count = 0
    def __init__(self, sides):
        self.sides = sides
        Shape.count += 1
    @classmethod
    def triangle(cls):
        return cls(3)
    @classmethod
    def how_many(cls):
        return cls.count
    @staticmethod
    def describe(n):
        return f"{n}-sided"
class Square(Shape):
    @classmethod
    def make(cls):
        return cls(4)
t = Shape.triangle()
s = Square.make()
tt = Square.triangle()
print(type(t).__name__, type(s).__name__, type(tt).__name__, Shape.how_many())
print(Shape.describe(5), t.describe(6), Square.describe(4))
print(type(Shape.__dict__["triangle"]).__name__, type(Shape.__dict__["describe"]).__name__)
print(Shape.__dict__["describe"].__func__(7))
m = Shape.triangle
print(m.__self__ is Shape)
print(t.triangle.__self__ is Shape)
class Weird:
    @staticmethod
    def sm(*a):
        return a
print(Weird.sm(1), Weird().sm(1))
