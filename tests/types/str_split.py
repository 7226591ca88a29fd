# split, rsplit and splitlines with separators and maxsplit.
s = "  a  b c   "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "aXbXc".split("X", 0))
print("one::two::three".split("::"), "x".split("x"), "xx".split("x"))
print("a\tb\nc\x0bd\x0ce\rf g\x1ch".split())
print("1 2 3".rsplit(" ", 1), "1 2 3".rsplit(maxsplit=-1), "aaa".split("aa"), "aaa".rsplit("aa"))
try:
    "abc".split("")
except ValueError as e:
    print(e)
text = "line1\nline2\r\nline3\rline4\n\nlast"
print(text.splitlines(), text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\x85b\u2028c\x1ed".splitlines())
print("trailing\n\n".splitlines(keepends=True))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
try:
    "x".partition("")
except ValueError as e:
    print(e)
print("é ü  ß".split(), "a😀b😀c".split("😀"))
