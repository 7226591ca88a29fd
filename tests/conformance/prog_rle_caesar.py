def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append('%d%s' % (j - i, s[i]))
        i = j
    return ''.join(out)
def unrle(s):
    out, num = [], ''
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num)); num = ''
    return ''.join(out)
for s in ['aaabccddddd', '', 'abc', 'zzzzzzzzzzzz', 'ééé😀😀']:
    e = rle(s)
    print(repr(s), e, unrle(e) == s)
def caesar(s, k):
    res = []
    for ch in s:
        if 'a' <= ch <= 'z':
            res.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            res.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            res.append(ch)
    return ''.join(res)
msg = 'Hello, World! The Quick Brown Fox.'
enc = caesar(msg, 13)
print(enc, caesar(enc, -13) == msg, caesar(msg, 26) == msg, caesar('xyz', 3))
