# strip family, case conversion and predicates on case.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "..a..".lstrip("."), "..a..".rstrip("."), "aaa".strip("a"))
print("www.example.com".strip("cmowz."), repr(" \x0b\x0c\x1c x \r".strip()))
print("hello".removeprefix("he"), "hello".removeprefix("x"), "hello".removesuffix("lo"), "hello".removesuffix(""))
for t in ["hello World", "HELLO", "hello", "Hello World", "", "123abc", "a1B2 c3D4", "they're bill's", "éÉ àÀ", "mIxEd_Case-x"]:
    print(repr(t), t.upper(), t.lower(), t.title(), t.capitalize(), t.swapcase(), t.casefold(),
          t.isupper(), t.islower(), t.istitle())
