# A hand-made context manager built from a generator (no contextlib).
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        return False
def managed(fn):
    return lambda *a: GenCM(fn(*a))
@managed
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
@managed
def suppress(kind):
    try:
        yield
    except kind as e:
        print("suppressed", type(e).__name__)
with tag("html") as n:
    with tag("body"):
        print("content in", n)
with suppress(KeyError):
    {}["x"]
try:
    with tag("p"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)
