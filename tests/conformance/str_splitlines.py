for s in ['a\nb\r\nc\rd', 'a\n', '\n', '', 'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i', 'no newline']:
    print(s.splitlines(), s.splitlines(True))
print('x\n\ny'.splitlines(keepends=True))
print(b'a\nb\r\n'.splitlines(), b'a\x0bb'.splitlines())
