# enum.verify with UNIQUE, CONTINUOUS and NAMED_FLAGS; show_flag_values.
import enum
from enum import verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, Enum, Flag, IntFlag, EnumCheck
print(repr(UNIQUE), str(CONTINUOUS), list(EnumCheck), enum.show_flag_values(5), enum.show_flag_values(0))
bodies = ['''
@verify(UNIQUE)
class C(Enum):
    A = 1; B = 1; C = 2; D = 2''', '''
@verify(CONTINUOUS)
class C(Enum):
    A = 1; B = 2; C = 5''', '''
@verify(CONTINUOUS)
class C(Flag):
    A = 1; B = 8''', '''
@verify(NAMED_FLAGS)
class C(Flag):
    A = 1; B = 2; C = 7; D = 24''', '''
@verify(NAMED_FLAGS)
class C(IntFlag):
    A = 1; B = 2; C = 7''', '''
@verify(UNIQUE, CONTINUOUS, NAMED_FLAGS)
class C(Flag):
    A = 1; B = 2; C = 4; AB = 3''', '''
@verify(UNIQUE, CONTINUOUS)
class C(Enum):
    A = 1; B = 2''']
for body in bodies:
    try:
        exec(body)
        print('ok', list(C))
    except ValueError as e:
        print('ValueError', e)
