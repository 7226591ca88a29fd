for s in ['hello World', 'ÉCOLE', 'ß', 'ǆ', 'hello_world 3rd', "they're bill's", 'ﬁ', 'İ', '']:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'ABC'.isupper(), 'abc1'.islower(), '123'.isupper())
