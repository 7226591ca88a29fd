KEYWORDS = {'let', 'if', 'else', 'print'}
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            toks.append(('FLOAT' if '.' in text else 'INT', text))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            w = src[i:j]
            toks.append(('KW' if w in KEYWORDS else 'NAME', w))
            i = j
        elif c == '"':
            j = src.index('"', i + 1)
            toks.append(('STR', src[i + 1:j]))
            i = j + 1
        elif src[i:i + 2] in ('==', '!=', '<=', '>='):
            toks.append(('OP', src[i:i + 2])); i += 2
        elif c in '+-*/=<>(){};':
            toks.append(('OP', c)); i += 1
        else:
            raise SyntaxError('bad char %r at %d' % (c, i))
    return toks
for t in tokenize('let x = 3.14 * (y_2 + 42); if x >= 10 { print "big" } else { print "small" }'):
    print('%-5s %s' % t)
try:
    tokenize('a $ b')
except SyntaxError as e:
    print('error:', e)
