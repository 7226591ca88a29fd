# with statements inside loops and generators, __exit__ seeing the traceback, nested suppression.
class Trap:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.kinds):
            self.caught.append(f"{et.__name__}: {ev} (line {tb.tb_lineno})")
            return True
        return False
trap = Trap(ValueError, KeyError)
for item in ["1", "x", "2", "k"]:
    with trap:
        if item == "k":
            raise KeyError(item)
        print("int", int(item))
print(trap.caught)
def gen_with():
    with Trap(ZeroDivisionError) as t:
        yield 1
        yield 1 / 0
    yield t.caught
print(list(gen_with()))
class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        return self
    def __exit__(self, *exc):
        Resource.opened.remove(self.name)
        print("released", self.name, "while", Resource.opened)
with Resource("a") as a, Resource("b") as b, Resource("c"):
    print("using", Resource.opened)
print(Resource.opened)
try:
    with Resource("x"), Resource("y"):
        raise RuntimeError("inside two")
except RuntimeError as e:
    print("propagated", e)
