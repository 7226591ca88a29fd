# String operators as used in ordinary code: +, *, in, comparisons, iteration.
s = "spam"
print(s + "eggs", s * 3, 3 * s, "" * 5, s * 0, s * -1)
print("pa" in s, "x" in s, "" in s)
print("abc" < "abd", "Z" < "a", "apple" > "app", "a" == "a", "a" != "b")
for ch in "hi!":
    print(ch, ord(ch))
words = []
for w in "one two  three".split():
    words.append(w.capitalize())
print(" ".join(words))
acc = ""
for i in range(5):
    acc += str(i)
print(acc, len(acc))
print(str(10) + "px", "%d%%" % 50, "-" * 10)
print(max("hello"), min("hello"), sorted("hello"), list(reversed("abc")))
print("a,b,,c".split(","), ",".join(["x"] * 3))
print("Hello"[0].lower() + "Hello"[1:])
multi = """first
second"""
print(multi.splitlines(), len(multi))
