tests = ['', 'abc', 'ABC', '123', '١٢٣', '½', '²', 'a1', ' ', '\t\n', 'é', 'a b', '_x', 'x1', '1x', 'def', '\x00', 'π']
for s in tests:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
