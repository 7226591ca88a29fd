# Single inheritance, overriding, super(), isinstance/issubclass.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"

class Cat(Animal):
    def speak(self):
        return "meow"

class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"

for a in (Animal("generic"), Cat("tom"), Lion("leo", "north")):
    print(a.describe())
l = Lion("x", "p")
print(isinstance(l, Cat), isinstance(l, Animal), isinstance(Cat("c"), Lion))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat))
print(issubclass(Lion, (int, Animal)), isinstance(3, (str, int)))
print([c.__name__ for c in Lion.__mro__])
print(Lion.__base__.__name__, Cat.__bases__)
print(issubclass(bool, int), issubclass(int, object), isinstance(Cat, type))
class Base:
    x = "base"
    @classmethod
    def who(cls):
        return cls.__name__
class Derived(Base):
    pass
print(Derived.x, Derived.who(), Derived().who())
print(Animal.__subclasses__()[0].__name__)
print(super(Lion, l).speak(), super(Cat, l).speak())
