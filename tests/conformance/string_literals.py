print('\101\x42\u0043\U00000044\N{LATIN SMALL LETTER E}', '\0', len('\0'), '\a\b\f\v' == '\x07\x08\x0c\x0b')
print('a\
b', """tri
ple""", '''single 'quotes' "inside"''', r'raw\n\t', R'Raw', rb'\d', len(r'\\'))
print('con' 'cat' "en" '''ation''', f'f{1}' 'plain' f'{2}', 'x' f'{"y"}')
print(b'\x00\xff' + rb'\xff', '\x7f', repr('\x80'), repr('\u200b'), repr('\ud800') if False else 'skip')
print('\N{SNOWMAN}', '\N{DIGIT ONE}', ascii('\N{SNOWMAN}'), len('\U0001F40D'), '\U0001F40D'.encode())
s = 'tab\there'
print(s, s.expandtabs(), repr(s))
print(0x_ff if False else 0xff, 1_000_000, 0b_1010, 0o_17, 1e1_0, 1_0.0_1, 1_0j, .5e-3, 5.e2, 0e0)
