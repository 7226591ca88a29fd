def parse(s):
    toks = s.replace('(', ' ( ').replace(')', ' ) ').split()
    pos = 0
    def peek():
        return toks[pos] if pos < len(toks) else None
    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]
    def expr():
        v = term()
        while peek() in ('+', '-'):
            v = v + term() if take() == '+' else v - term()
        return v
    def term():
        v = factor()
        while peek() in ('*', '/', '%'):
            op = take()
            r = factor()
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v
    def factor():
        t = take()
        if t == '(':
            v = expr(); take(); return v
        if t == '-':
            return -factor()
        return float(t) if '.' in t else int(t)
    r = expr()
    if pos != len(toks):
        raise SyntaxError('trailing tokens')
    return r
for s in ['1 + 2 * 3', '(1 + 2) * 3', '10 / 4', '2 * (3 + 4) * 5 - 1', '- 3 * - 2', '7 % 3 + 0.5', '99999999999 * 99999999999']:
    print(s, '=', parse(s))
for bad in ['1 / 0', '1 +', '1 2']:
    try:
        parse(bad)
    except (ZeroDivisionError, IndexError, SyntaxError) as e:
        print(bad, '->', type(e).__name__, e)
