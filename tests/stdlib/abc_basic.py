import abc
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    def describe(self):
        return '%s with area %s' % (self.name, self.area())
print(sorted(Shape.__abstractmethods__))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return 'square'
    @classmethod
    def make(cls): return cls(2)
print(Sq.make().describe(), Sq.__abstractmethods__, isinstance(Sq(1), Shape))
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print('TypeError', e)
class Old(metaclass=ABCMeta):
    @abstractproperty
    def p(self): pass
try:
    Old()
except TypeError as e:
    print('TypeError', e)
@Shape.register
class Virtual:
    pass
print(issubclass(Virtual, Shape), isinstance(Virtual(), Shape), Virtual in Shape.__subclasses__())
try:
    Shape.register(3)
except TypeError as e:
    print('TypeError', e)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook), issubclass(Duck, Hook))
print(type(ABC), ABC.__abstractmethods__, type(abc.get_cache_token()).__name__)
class Later(ABC):
    @abstractmethod
    def m(self): pass
Later.m = lambda self: 1
abc.update_abstractmethods(Later)
print(Later().m())
try:
    issubclass(1, Shape)
except TypeError as e:
    print('TypeError', e)
