# Huffman coding with deterministic tie-breaking, encode and decode.
def build(freqs):
    nodes = [(f, i, ch) for i, (ch, f) in enumerate(sorted(freqs.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda n: (n[0], n[1]))
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append((a[0] + b[0], counter, (a, b)))
        counter += 1
    codes = {}
    def walk(node, prefix):
        payload = node[2]
        if isinstance(payload, str):
            codes[payload] = prefix or "0"
        else:
            walk(payload[0], prefix + "0")
            walk(payload[1], prefix + "1")
    walk(nodes[0], "")
    return codes, nodes[0]
text = "this is an example of a huffman tree built in pure python"
freqs = {}
for ch in text:
    freqs[ch] = freqs.get(ch, 0) + 1
codes, tree = build(freqs)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), freqs[ch], codes[ch])
bits = "".join(codes[c] for c in text)
print(len(bits), len(text) * 8, bits[:40])
def decode(bits, tree):
    out, node = [], tree
    for b in bits:
        node = node[2][int(b)]
        if isinstance(node[2], str):
            out.append(node[2])
            node = tree
    return "".join(out)
print(decode(bits, tree) == text)
