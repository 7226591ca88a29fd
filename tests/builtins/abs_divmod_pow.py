# abs, divmod and pow across numeric types.
print(abs(-5), abs(5), abs(-2.5), abs(3 + 4j), abs(True), abs(-(10 ** 30)), abs(-0.0), abs(float("-inf")))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(-2, 3), pow(3, 4, 5), pow(7, -1, 13), pow(base=2, exp=5), pow(2, 5, mod=3))
for args in [("a",), (1, "b"), (1, 2, 3.0)]:
    try:
        if len(args) == 1:
            abs(*args)
        elif len(args) == 2:
            divmod(*args)
        else:
            pow(*args)
    except TypeError as e:
        print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
class Absy:
    def __abs__(self):
        return "custom abs"
print(abs(Absy()))
