# maketrans/translate, encode/decode round trips and error handlers.
t = str.maketrans("abc", "ABC")
print("aabbcc xyz".translate(t), t)
t2 = str.maketrans({"a": "1", "b": None, ord("c"): "cc"})
print("abcabc".translate(t2), sorted(t2.items()))
t3 = str.maketrans("", "", "aeiou")
print("education".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({104: 72}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
for s in ["plain", "café", "日本", "😀", ""]:
    b = s.encode()
    print(repr(s), b, len(b), b.decode() == s, s.encode("utf-8") == b)
print("café".encode("ascii", "replace"), "café".encode("ascii", "ignore"), "café".encode("latin-1"))
print("é€".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xffabc".decode("utf-8", "replace"), b"\xffabc".decode("utf-8", "ignore"), b"caf\xe9".decode("latin-1"))
print(b"abc".decode("ascii"), "x".encode("utf8"), "x".encode("UTF-8"), b"\xc3\xa9".decode("utf_8"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
