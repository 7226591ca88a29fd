# The caller of a running generator is its frame's f_back; a suspended or
# finished generator's frame has none.  Frames and tracebacks kept from
# inside a generator stay usable after it suspends, and a collection while
# the generator runs (its caller's frame reachable only from the running
# code) frees nothing that is still in use.
import gc
import sys


def names_up(frame, n):
    out = []
    while frame is not None and len(out) < n:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out


kept = []


def gen():
    me = sys._getframe()
    kept.append(me)
    yield names_up(me, 3)
    yield names_up(me, 3)
    try:
        raise ValueError("inside")
    except ValueError as e:
        kept.append(e)
    yield "raised"


def caller_one(g):
    return next(g)


def caller_two(g):
    return next(g)


g = gen()
print(caller_one(g))
print(caller_two(g))
print(g.gi_frame.f_back)
print(next(g))
tb = kept[1].__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_back)
print(list(g))
print(g.gi_frame, kept[0].f_back)


# Delegation: every generator in a `yield from` chain sees the one above it
# as its caller while it runs.
def leaf():
    yield names_up(sys._getframe(), 5)


def middle():
    yield from leaf()


def top():
    yield from middle()


print(list(top()))


# A collection inside a running generator whose caller holds the only
# reference to a cycle through its own frame.
def collecting():
    for i in range(3):
        gc.collect()
        yield i


def holder():
    frame = sys._getframe()
    data = {"frame": frame, "items": [1, 2, 3]}
    data["self"] = data
    total = 0
    for v in collecting():
        total += v + len(data["items"])
    return total, sorted(k for k in data)


print(holder())


# Many suspended generators whose callers are gone.
gens = []


def make():
    for k in range(50):
        h = (x * k for x in range(3))
        next(h)
        gens.append(h)


make()
gc.collect()
print(sum(sum(h) for h in gens))
print(all(h.gi_frame is None or h.gi_frame.f_back is None for h in gens))
