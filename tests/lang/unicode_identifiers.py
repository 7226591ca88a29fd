# Non-ASCII identifiers and strings.
café = "coffee"
π = 3.14159
日本 = "japan"
def größe(x):
    return len(x)
class Ünïcödé:
    ñ = 1
print(café, π, 日本, größe("ßß"), Ünïcödé.ñ, Ünïcödé.__name__)
s = "héllo wörld ✓ 😀"
print(len(s), s.upper(), s[1], s[-1], s[::-1])
print([ord(c) for c in "é✓😀"])
print(chr(233), chr(10003), chr(128512))
print("✓" in s, s.find("w"), s.index("😀"))
print(s.encode("utf-8"))
print(repr("\u200b"), ascii("é✓😀"))
d = {"ключ": "значение"}
print(d, list(d)[0][0])
print("Straße".casefold(), "ǅ".lower(), "ﬁ".upper())
