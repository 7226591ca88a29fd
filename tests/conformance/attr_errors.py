for obj, name in [(1, 'foo'), ('s', 'bar'), ([], 'x'), (None, 'y'), ({}, 'append'), (object(), 'q'), (int, 'nope'), (len, 'zz')]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e)
class C: pass
try:
    C().missing
except AttributeError as e:
    print(e)
try:
    C.missing
except AttributeError as e:
    print(e)
try:
    (1).real = 5
except AttributeError as e:
    print(e)
try:
    [].append = 5
except AttributeError as e:
    print(e)
try:
    int.x = 1
except TypeError as e:
    print(e)
import math
try:
    math.nothing
except AttributeError as e:
    print(e)
