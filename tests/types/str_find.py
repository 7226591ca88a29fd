# find, rfind, index, rindex, count, startswith and endswith.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("o", 0, 20))
print(s.find(""), s.find("", 10), s.find("", 100), s.rfind(""), s.count(""), "".count(""))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count("o", 13, 30))
print(s.find("dog", -3), s.find("dog", -4), s.find("t", -100, 5), s.count("aa"), "aaaa".count("aa"))
try:
    s.index("cat")
except ValueError as e:
    print(e)
try:
    s.rindex("cat")
except ValueError as e:
    print(e)
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"))
print(s.endswith("lazy", 0, -4), s.endswith(("cat", "dog")), s.startswith(""), "".endswith(""))
print(s.startswith("the", 100), "abc".endswith("abc", -3), "abc".startswith("bc", -2))
try:
    s.startswith(["the"])
except TypeError as e:
    print(e)
u = "naïve café ñandú"
print(u.find("é"), u.rfind("ñ"), u.index("ú"), u.count("a"), u[u.find("ñ"):])
print("abcabc".find("c", 3), "abcabc".rfind("c", 0, 3), "abc".find("abcd"))
