# Class scopes: names in class body, comprehension scoping in class, __class__.
x = "global"
class C:
    x = "class"
    y = x + "!"
    vals = [x for _ in range(2)]        # comprehension sees the global x
    z = [i * 2 for i in range(3)]
    def method(self):
        return x                         # methods do not see class names
    def cls_name(self):
        return __class__.__name__
print(C.y, C.vals, C.z, C().method(), C().cls_name())
class D(C):
    def cls_name(self):
        return __class__.__name__ + "/" + super().cls_name()
print(D().cls_name())
def f():
    v = "local of f"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner
I = f()
print(I.w, I().get())
class Counter:
    n = 0
    for i in range(5):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))
class Meths:
    def a(self): return "a"
    b = a
    alias = lambda self: "lambda"
print(Meths().b(), Meths().alias())
print(sorted(k for k in vars(Meths) if not k.startswith("_")))
class Shadow:
    print = "shadowed"
    def show(self):
        print("builtin print still works")
Shadow().show()
print(Shadow.print)
