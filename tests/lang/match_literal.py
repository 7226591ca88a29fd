# The match statement: literal, singleton, value and wildcard patterns.


class Color:
    RED = 1
    GREEN = 2

    class Inner:
        BLUE = "blue"


def lit(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case -2 - 1j:
            return "negative complex"
        case "abc" "def":
            return "concatenated"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.GREEN:
            return "green"
        case Color.Inner.BLUE:
            return "blue"
        case _:
            return "other"


for v in [0, 0.0, -1, 1.5, 2 + 3j, -2 - 1j, "abcdef", b"raw", None, True, False, 1, 2,
          "blue", 3, "x", [], 1.0]:
    print(repr(v), lit(v))


# Singletons compare by identity, values by equality.
class Eq:
    def __eq__(self, other):
        print("eq called with", repr(other))
        return True


match Eq():
    case None:
        print("matched None")
    case True:
        print("matched True")
    case 5:
        print("matched 5 by __eq__")

# A value pattern with a failing __eq__ propagates the exception.


class Bad:
    def __eq__(self, other):
        raise ValueError("no comparison")


try:
    match Bad():
        case 1:
            print("no")
except ValueError as e:
    print("ValueError", e)

# The subject is evaluated once.
count = 0


def subject():
    global count
    count += 1
    return count


match subject():
    case 5:
        pass
    case 6:
        pass
    case 1:
        print("subject evaluated", count, "time(s)")

# Nothing matches: no case body runs and nothing is bound.
match 42:
    case 1:
        print("no")
    case 2:
        print("no")
print("after no match")

# match and case stay ordinary names.
match = [1, 2]
case = {"a": 1}
print(match, case, match[0], case["a"])
match.append(3)
print(match)


def match(case):
    return case * 2


print(match(21))
