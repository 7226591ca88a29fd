# Strings are immutable: methods return new strings; interning-free comparisons.
s = "abc"
t = s.upper()
print(s, t)
u = s
s += "d"
print(s, u)
try:
    s[0] = "x"
except TypeError as e:
    print(e)
try:
    del s[0]
except TypeError as e:
    print(e)
try:
    s.append("e")
except AttributeError as e:
    print(e)
parts = []
for i in range(3):
    parts.append(str(i) * 2)
print("".join(parts), "".join(parts) == "001122")
print("a" "b" == "ab", ("a" + "b") == "ab", "ab".__hash__() == "ab".__hash__())
print(type(s.replace("a", "a")).__name__, s.strip() == s, s[:] == s)
words = "  Hello,   World!  How are   you?  "
print("|".join(w.strip(",!?") for w in words.split()))
print(" ".join(words.split()).lower().capitalize())
