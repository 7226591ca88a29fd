# The match statement: or-patterns, as-patterns, guards and bindings.


def f(v):
    match v:
        case 1 | 2 | 3 as n:
            return f"small {n}"
        case [x, 1] | [1, x] | (x, "one"):
            return f"pair with one, other {x}"
        case [a, b] | {"a": a, "b": b} | [b, a, "swap"]:
            return f"a={a} b={b}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case [[x, y] as inner, z] as outer:
            return f"inner={inner} z={z} outer={outer} x={x} y={y}"
        case _:
            return "other"


for v in [1, 3, [7, 1], [1, 8], (9, "one"), [1, 2], {"a": 5, "b": 6},
          [10, 20, "swap"], "s", b"b", [[1, 2], 3], 4.5]:
    print(repr(v), "->", f(v))

# Guards see the captured names; a failed guard goes on to the next case,
# and the names stay bound.
for v in [(1, 2), (2, 1), (3, 3)]:
    match v:
        case (x, y) if x > y:
            print("greater", x, y)
        case (x, y) if x < y:
            print("less", x, y)
        case (x, y):
            print("equal", x, y)

match (5, 0):
    case (a, b) if b != 0:
        print("no")
    case _:
        print("guard failed but a, b were bound:", a, b)

# Guards with side effects run only when the pattern matched.
calls = []


def check(tag):
    calls.append(tag)
    return tag == "second"


match [1, 2]:
    case [_] if check("first"):
        pass
    case [_, _] if check("second"):
        print("second matched")
print(calls)

# Captures bind as local variables of a function, and as cells.


def closure(v):
    match v:
        case [x, *rest]:
            return lambda: (x, rest)


print(closure([1, 2, 3])())


# In a class body the names are class attributes.
class C:
    match {"k": 1}:
        case {"k": value}:
            pass


print(C.value)

# A case body may break, continue and return.
for i in range(6):
    match i:
        case 1:
            continue
        case 4:
            break
        case _:
            print("loop", i)


def early(v):
    for item in v:
        match item:
            case int(n) if n < 0:
                return f"negative {n}"
    return "none negative"


print(early([1, 2, -3, 4]), early([1]))

# Nested match statements.
for a, b in [(1, "x"), (1, "y"), (2, "x")]:
    match a:
        case 1:
            match b:
                case "x":
                    print("1x")
                case _:
                    print("1 other")
        case _:
            print("not 1")

# The wildcard binds nothing.
_ = "untouched"
match 99:
    case _:
        pass
print(_)
