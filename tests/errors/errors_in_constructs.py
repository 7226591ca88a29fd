# Exceptions raised inside comprehensions, lambdas, __init__, properties and with blocks.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: [1 / x for x in [1, 0]])
show(lambda: {k: v for k, v in [(1, 2), (3,)]})
show(lambda: sum(int(s) for s in ["1", "x"]))
class Bad:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        self.v = v
show(lambda: Bad(-1))
class P:
    @property
    def p(self):
        return {}["nope"]
show(lambda: P().p)
class CM:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
def use_cm():
    with CM():
        print("body not run")
show(use_cm)
class CM2:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("exit failed")
def use_cm2():
    with CM2():
        raise ValueError("body failed")
try:
    use_cm2()
except KeyError as e:
    print("KeyError from __exit__, context:", repr(e.__context__))
show(lambda: sorted([3, 2, 1], key=lambda x: 1 / (x - 2)))
show(lambda: list(map(int, ["1", "2", "three"])))
show(lambda: dict.fromkeys([[]]))
show(lambda: "".join(str(i) if i < 2 else i for i in range(3)))
