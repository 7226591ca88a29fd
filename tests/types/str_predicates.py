# The is* family of predicates on ASCII and Latin-1 text.
samples = ["", "abc", "ABC", "Abc", "123", "1.5", "abc123", " ", "\t\n", "a b", "é", "_id", "id1",
           "1id", "class", "\x00", "hello\x7f", "ÿ", "Hello World", "HELLO WORLD", "-1", "a_b"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii(), s.islower(), s.isupper(), s.istitle())
