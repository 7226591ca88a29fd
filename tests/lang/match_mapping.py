# The match statement: mapping patterns.


def m(v):
    match v:
        case {}:
            if not v:
                return "empty mapping"
            return f"some mapping {sorted(v)}"


def keys(v):
    match v:
        case {"action": "move", "x": x, "y": y}:
            return f"move {x} {y}"
        case {"action": "say", "text": str(text), **rest}:
            return f"say {text} rest={sorted(rest.items())}"
        case {1: one, -2: neg, 3.5: f, None: n, False: t}:
            return f"numbers {one} {neg} {f} {n} {t}"
        case {"k": {"inner": [a, *_]}}:
            return f"nested {a}"
        case {**rest}:
            return f"anything {sorted(rest.items())} {type(rest).__name__}"
        case _:
            return "not a mapping"


for v in [{}, {"a": 1}, [], "s"]:
    print(m(v) if m(v) else "no match")
for v in [{"action": "move", "x": 1, "y": 2, "z": 3},
          {"action": "say", "text": "hi", "to": "you", "lang": "en"},
          {"action": "say", "text": 5},
          {1: "a", -2: "b", 3.5: "c", None: "d", False: "e"},
          {"k": {"inner": [9, 8, 7]}},
          {"x": 1},
          [("action", "move")]]:
    print(keys(v))


# Value patterns as keys.
class K:
    A = "a"
    B = "b"


match {"a": 1, "b": 2}:
    case {K.A: x, K.B: y}:
        print("value keys", x, y)

# Two value-pattern keys that are equal at run time.
K.B = "a"
try:
    match {"a": 1, "b": 2}:
        case {K.A: x, K.B: y}:
            print("no")
except ValueError as e:
    print("ValueError", e)


# Keys are read with get(): __missing__ is not called and nothing is added.
class Missing(dict):
    def __missing__(self, key):
        print("missing called")
        return 0


d = Missing(a=1)
match d:
    case {"a": 1, "b": b}:
        print("no")
    case {"a": a}:
        print("found a", a, len(d))


# A mapping whose get() logs the lookups.
class Logged(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return dict.get(self, key, default)


match Logged(x=1, y=2):
    case {"x": 1, "y": 3}:
        print("no")
    case {"y": y, **rest}:
        print("y", y, "rest", rest)

# **rest is a new dict.
src = {"a": 1, "b": 2}
match src:
    case {"a": _, **rest}:
        rest["c"] = 3
        print(src, rest)
