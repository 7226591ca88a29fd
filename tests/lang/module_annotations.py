# Variable annotations at module, class and function level.
x: int = 5
y: "forward ref"
z: list[int] = [1]
print(__annotations__)
class C:
    a: int
    b: str = "s"
    c: dict[str, int] = {}
print(C.__annotations__, C.b, hasattr(C, "a"))
def f():
    local: int = 3
    other: str
    return local
print(f(), f.__annotations__)
def g(p: int = 1, *a: str, k: float, **kw: dict) -> "ret":
    pass
print(g.__annotations__)
obj = C()
obj.attr: int = 10
print(obj.attr)
lst = [0]
lst[0]: int = 9
print(lst)
