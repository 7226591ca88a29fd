from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
import copy

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return '%s is %d' % (self.name, self.value)
    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED), Color)
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color.__members__), list(Color.__members__.items())[-1])
print(Color.RED.describe(), Color.default(), isinstance(Color.RED, Color), Color.RED in Color)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, {Color.RED: 'r'}[Color.CRIMSON])
print(list(reversed(Color)), f"{Color.RED}", format(Color.BLUE, '>12'), '%s' % Color.GREEN)
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print('TypeError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print('TypeError', e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), Auto.D.value)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))

class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, Num.ONE == 1, sorted([Num.THREE, Num.ONE]), int(Num.THREE), f"{Num.TWO:03d}", hash(Num.ONE) == hash(1))
print(Num(2), [n.name for n in Num], isinstance(Num.ONE, int), str(Num.THREE), '%d' % Num.TWO)

class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = 'sq'
print(Shape.CIRCLE, repr(Shape.CIRCLE), Shape.SQUARE.upper(), Shape('sq'), Shape.CIRCLE == 'circle', f"{Shape.SQUARE}!")
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError', e)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
rw = Perm.R | Perm.W
print(repr(rw), rw, Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), list(rw), len(rw))
print(repr(Perm.R & Perm.W), repr(~Perm.R), repr(Perm.RWX), list(Perm), repr(rw ^ Perm.R), repr(Perm(5)))

class Color2(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(list(Color2), [c.value for c in Color2], repr(Color2.RED | Color2.BLUE))

class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R | IP.W), IP.R | IP.W, IP.R | 8, repr(IP.R | 8), IP.R + 1, repr(IP(0)), IP.W == 2, repr(~IP.R), isinstance(IP.R | IP.X, IP))

@unique
class Ok(Enum):
    A = 1
    B = 2
try:
    @unique
    class NotOk(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError', e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Pet = Enum('Pet', [('DOG', 'd'), ('FISH', 'f')])
print(list(Pet), Pet('f'))
Lvl = IntEnum('Lvl', {'LOW': 1, 'HIGH': 10})
print(Lvl.HIGH + 0, repr(Lvl.LOW))

class WithMissing(Enum):
    A = 'a'
    B = 'b'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls(value.lower())
print(WithMissing('A'), WithMissing('b'))

class Ordered(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    X = 1
    def _private(self):
        return 'p'
    __dunder__ = 'not a member'
print(list(Ordered), Ordered.X._private(), Ordered.__dunder__)

class Mixed(int, Enum):
    A = 1
print(f"{Mixed.A}", str(Mixed.A), repr(Mixed.A), Mixed.A + 1)
print(Color.RED.__class__.__name__, Color.__name__, type(Color).__name__)
