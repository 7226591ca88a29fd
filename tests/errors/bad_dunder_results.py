# Errors when special methods return the wrong types.
class BadStr:
    def __str__(self):
        return 1
class BadIndex:
    def __index__(self):
        return "x"
class BadIter:
    def __iter__(self):
        return [1, 2]
class BadBool:
    def __bool__(self):
        return "yes"
class BadInt:
    def __int__(self):
        return 1.5
class BadFloat:
    def __float__(self):
        return "f"
class BadHash:
    def __hash__(self):
        return 1.0
for label, fn in [("str", lambda: str(BadStr())), ("index", lambda: [1][BadIndex()]), ("iter", lambda: iter(BadIter())),
                  ("bool", lambda: bool(BadBool())), ("int", lambda: int(BadInt())), ("float", lambda: float(BadFloat())),
                  ("hash", lambda: hash(BadHash())), ("print", lambda: print(BadStr())), ("fstr", lambda: f"{BadStr()}")]:
    try:
        fn()
        print(label, "no error")
    except TypeError as e:
        print(label, "TypeError:", e)
