# center, ljust, rjust, zfill and format alignment.
for w in (0, 5, 10, 11):
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)), repr("abc".center(w, "*")))
print("ab".center(5, "-"), "abc".center(6, "-"), "a".center(4, "."), "x".rjust(3, "0"), "é".center(5, "ü"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "1234".zfill(2), "-".zfill(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
print(repr("%-6s|%6s|" % ("ab", "cd")))
print("[" + format("s", "^7") + "]", "[" + format("s", "*>4") + "]", "[" + format("left", "<2") + "]")
