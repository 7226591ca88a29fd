# String literals: quotes, escapes, raw strings, triple quotes, concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab\there", "new\nline", "back\\slash", "bell\a".encode())
print(repr("\x41\x42\u00e9\U0001F600\N{LATIN SMALL LETTER A}"))
print(repr("\101\060\7"), repr("\0"))
print(r"raw\nstring", R"\d+\.\w", r'\'')
print("con" "cat" 'en' """ation""")
s = ("multi"
     "line"
     " concat")
print(s)
t = """line one
line two\
 continued
  indented"""
print(t)
print(len("\N{EURO SIGN}"), "\N{EURO SIGN}")
print(repr('a\rb\x0cc\x0bd'))
print(repr("\\N"), repr(r"\N{x}"))
print("unknown \q escape kept")
