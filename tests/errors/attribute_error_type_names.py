# AttributeError messages name types written in C the way CPython's
# tp_name does: "module.Name" for those that live in a module.
import array
import collections
import functools


def show(f):
    try:
        f()
    except AttributeError as e:
        print(e)


show(lambda: collections.deque().nope)
show(lambda: array.array('b').nope)
show(lambda: iter(array.array('b')).nope)
show(lambda: functools.partial(print).nope)
show(lambda: open('/dev/null', 'rb').nope)
show(lambda: open('/dev/null').nope)
show(lambda: collections.deque.nope)
show(lambda: array.array.nope)
show(lambda: [].nope)
show(lambda: int.nope)


class Local:
    pass


show(lambda: Local().nope)
show(lambda: Local.nope)
