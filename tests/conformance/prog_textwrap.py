def wrap(text, width):
    lines, cur = [], ''
    for word in text.split():
        while len(word) > width:
            if cur:
                lines.append(cur); cur = ''
            lines.append(word[:width]); word = word[width:]
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += ' ' + word
        else:
            lines.append(cur); cur = word
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ''
    for i, w in enumerate(words[:-1]):
        out += w + ' ' * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
text = ('The quick brown fox jumps over the lazy dog. Supercalifragilisticexpialidocious is a long word. '
        'Python interpreters written in C must handle unicode like naïve café façade correctly.')
for w in (20, 33):
    for line in wrap(text, w):
        print('|' + justify(line, w) + '|')
    print()
for line in wrap(text, 40):
    print(line.center(44, '.'))
