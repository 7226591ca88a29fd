# Frames kept after their calls returned still reach their callers through
# f_back: frames from sys._getframe, from tracebacks, from deep recursion,
# and frames that hold themselves in a cycle.
import gc
import sys

kept = []


def chain(frame):
    out = []
    while frame is not None:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out


def leaf():
    kept.append(sys._getframe())
    kept.append(sys._getframe(1))
    return 1


def mid():
    return leaf() + 1


def outer():
    return mid() + 1


print(outer())
gc.collect()
print(chain(kept[0]))
print(chain(kept[1]))
print(kept[0].f_back is kept[1])
kept.clear()


# A traceback kept after every frame it passed through has returned.
def fail(n):
    if n == 0:
        raise KeyError("deep")
    return fail(n - 1)


def catch():
    try:
        fail(5)
    except KeyError as e:
        return e


err = catch()
gc.collect()
tb = err.__traceback__
names = []
while tb is not None:
    names.append(tb.tb_frame.f_code.co_name)
    tb = tb.tb_next
print(names)
print(chain(err.__traceback__.tb_frame))
last = err.__traceback__
while last.tb_next is not None:
    last = last.tb_next
print(chain(last.tb_frame))


# Raised and caught at every level of a deep recursion.
def deep(n):
    try:
        raise ValueError(n)
    except ValueError:
        pass
    if n == 0:
        return sys._getframe()
    return deep(n - 1)


f = deep(200)
gc.collect()
print(len(chain(f)), chain(f)[-3:])
del f


# A frame held in its own locals: a cycle the collector frees, its callers
# with it.
def selfish():
    me = sys._getframe()
    return len(chain(me))


def calls_selfish():
    return selfish()


for _ in range(3):
    print(calls_selfish())
print(gc.collect() >= 0)


# Callers of a kept frame outlive the functions that ran them.
def make_keeper():
    def inner():
        return sys._getframe()
    return inner()


frames = [make_keeper() for _ in range(100)]
gc.collect()
print(set(tuple(chain(fr)) for fr in frames))
