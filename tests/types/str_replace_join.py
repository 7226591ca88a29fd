# replace, join, and repetition edge cases.
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "abc".replace("x", "y"))
print("hello world".replace("o", "0").replace("l", "1"), "aaaa".replace("aa", "b"), "ab".replace("ab", ""))
print("é-é".replace("é", "e"), "😀x😀".replace("😀", "🙂"))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(("x",)), ", ".join(map(str, range(5))))
print("\n".join(["line"] * 3))
print("+".join(k for k in {"a": 1, "b": 2}))
for bad in [[1, 2], ["a", None], [b"x"]]:
    try:
        ",".join(bad)
    except TypeError as e:
        print(e)
print("ab" * 3, "ab" * 0, "ab" * -2, "" * 100, len("xyz" * 1000))
try:
    "a" * 1.5
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
print("tab\tsep\tx".expandtabs(), "a\tb".expandtabs(4), "ab\tc\n\td".expandtabs(3), "\t".expandtabs(0))
