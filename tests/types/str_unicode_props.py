# Unicode character properties beyond Latin-1: digits, numerics, titlecase, special casing.
samples = ["²", "½", "٣", "Ⅻ", "ǅ", "Σ", "日本", "\u3000", "\u2028", "ﬁ", "ß", "İ", "😀", "Ω", "ω", "\u0301"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isprintable(), s.isupper(), s.islower(), s.istitle(), s.isidentifier())
for s in ["ß", "ǅ", "ﬁre", "Straße", "ΑΣ", "ΑΣ Α", "ὈΔΥΣΣΕΎΣ", "ǆemal"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("İ".lower().encode(), len("İ".lower()))
print(repr("\u3000 wide space\u2003".strip()), "\u2028a\u2029".strip())
print(int("٣٤"), float("١.٥"), "٣".isdecimal())
