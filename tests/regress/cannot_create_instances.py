# "cannot create 'X' instances" names the type by its full name.
import _thread
for make in (lambda: _thread.LockType(), lambda: type(iter([]))(),
             lambda: type(iter(range(3)))(), lambda: type(None).__new__(type(iter([])))):
    try:
        make()
    except TypeError as e:
        print(e)
