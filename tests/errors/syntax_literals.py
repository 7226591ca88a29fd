# Errors in literals: strings, bytes, numbers and f-strings.
cases = [
    "b'é'",
    "'\\N{NO SUCH NAME}'",
    "'\\x4'",
    "'\\u12'",
    "b'\\u1234'" ,
    "0b102",
    "0o8",
    "0xg",
    "1_",
    "1e",
    "1.2.3",
    "09",
    "5 if",
    "f'{'",
    "f'}'",
    "f'{}'",
    "f'{x!z}'",
    "f'{x:{y:{z}}}'",
    "f'{a b}'",
    "f'{#}'",
    "'a' 'b' f'{1}' 2",
    "u'ok' b'mixed'",
    "x = 1j2",
    "x = 0_x1",
    "'''\nunterminated",
    "r'\\'",
]
for src in cases:
    try:
        compile(src, "<lit>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset)
