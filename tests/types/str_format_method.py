# str.format: positional, keyword, attribute, index, conversions, nesting.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[0]} {0[key]} {1.real} {1.imag}".format({0: "zero", "key": "val"}, 3 + 4j))
print("{!r} {!s} {!a}".format("q", "s", "é"), "{0!r:>8}".format("r"))
print("{:>8} {:<8}| {:^8} {:*^9}".format("r", "l", "c", "s"))
print("{:{w}.{p}f}|".format(3.14159, w=10, p=2), "{:{}}|".format("x", 4))
print("{{}} {{{}}}".format(5), "{0}{0}".format("dup"))
class P:
    def __init__(self):
        self.x = 10
        self.items = [1, 2]
print("{p.x} {p.items[1]}".format(p=P()))
print("{:,} {:_x} {:b} {:#o} {:c}".format(1234567, 0xDEADBEEF, 5, 8, 65))
print("{:e} {:.2%} {:g} {:n}".format(0.000123, 0.256, 1e-10, 1234))
print("{:=+8} {:=8}".format(42, -42), "{:08.3f}".format(-3.14159))
d = {"a": 1, "b": "two"}
print("{a} and {b}".format(**d), "{a}".format_map(d))
class Default(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{known} {unknown}".format_map(Default(known="K")))
for fmt, args, kw in [("{}", (), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{0[5]}", ([1],), {}),
                      ("{:d}", ("s",), {}), ("{", (), {}), ("}", (), {}), ("{!x}", (1,), {}), ("{:q}", (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print("{0:{1}{2}}".format("n", "^", 5) + "|")
