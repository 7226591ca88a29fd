# Indexing, slicing, iteration and comparison of str, ASCII and not.
for s in ["hello", "héllo", "日本語テキスト", "a😀b"]:
    print(s[0], s[-1], s[1:3], s[::-1], s[::2], len(s), list(s)[:3], s[10:], s[-100:2])
try:
    "abc"[3]
except IndexError as e:
    print(e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print(e)
try:
    "abc"["1"]
except TypeError as e:
    print(e)
print("abc" < "abd", "abc" < "ab", "B" < "a", "é" > "z", "😀" > "é", sorted(["b", "A", "a", "é", "Z"]))
print("a" * 3 == "aaa", "abc" != "abc", "abc" is not None, "abc".__eq__(1))
print(min("hello"), max("héllo"), "".join(sorted("python")), "x" in "xyz", "xz" in "xyz")
print(str(), str(123), str(1.5), str([1, "a"]), str(None), str(b"x"), str(b"caf\xc3\xa9", "utf-8"))
print(len(""), len("\n"), len("\u00e9"), len("e\u0301"), ord("\u0301"))
s = "abcdef"
print(s[1:5:2], s[5:1:-2], s[::-2], s[-2:], s[:-2], s[-2::-1], s[1:1], s[4:1])
