# Text processing: word frequencies, wrapping, justification.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print(len(words), len(freq))
def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(map(len, line))
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (spaces // gaps + (i < spaces % gaps))
    return out + line[-1]
for l in wrap(text.split(), 30):
    print("|" + justify(l, 30) + "|")
print(text.count("it was"), text.title()[:30], text.swapcase()[-10:])
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym)
