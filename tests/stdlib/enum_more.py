import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum
class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    A = auto()
    B = auto()
print(list(Ordinal), Ordinal.B.value)
class Status(IntEnum):
    ACTIVE = 1
    INACTIVE = 0
print(sorted(Status), Status.ACTIVE > Status.INACTIVE, Status(0), int(Status.ACTIVE), Status.ACTIVE.real)
class Weekday(Flag):
    MON = auto(); TUE = auto(); WED = auto(); THU = auto(); FRI = auto(); SAT = auto(); SUN = auto()
    WEEKEND = SAT | SUN
    WORKDAYS = MON | TUE | WED | THU | FRI
print(Weekday.WEEKEND, repr(Weekday.MON | Weekday.SUN), list(Weekday.WORKDAYS), Weekday.SAT in Weekday.WEEKEND, len(Weekday), [m.name for m in Weekday])
print(repr(~Weekday.WEEKEND), repr(Weekday(0)), bool(Weekday(0)), Weekday.MON.value, Weekday['FRI'])
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape.__members__), Shape.__members__['ALIAS_FOR_SQUARE'].name)
class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    X = (1, 'ex')
    Y = (2, 'why')
print(Coord(1), Coord.Y.label, Coord.X.value)
class Mood(Enum):
    HAPPY = 3
    SAD = 1
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.SAD), repr(Mood.SAD), f"{Mood.SAD}")
print(Enum('X', 'a b', start=10).b.value, IntEnum('Y', [('p', 5)]).p + 1)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm(7)), Perm(7) & ~Perm.X, repr(Perm.R + 1), [p for p in Perm(6)], Perm.R == 4, repr(Perm(0)))
import copy
print(copy.deepcopy([Mood.HAPPY])[0] is Mood.HAPPY, {Mood.HAPPY: 1}, isinstance(Perm.R, int))
class Color(StrEnum):
    RED = auto()
print(Color.RED.upper(), Color('red'), '{}'.format(Color.RED), Color.RED + 'x')
