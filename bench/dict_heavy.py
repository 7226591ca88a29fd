# Dictionary-heavy work: word counts, building and looking up maps, merging.
# Usage: dict_heavy.py [ROUNDS]
import sys


def make_words(n):
    syllables = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "zu"]
    words = []
    x = 7
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        words.append(syllables[x % 10] + syllables[(x >> 8) % 10] + syllables[(x >> 16) % 10])
    return words


def one_round(words, salt):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    by_first = {}
    for w, c in counts.items():
        by_first.setdefault(w[:2], []).append(c)
    index = {i + salt: w for i, w in enumerate(words[:50000])}
    hits = 0
    for i in range(0, 200000, 3):
        if i in index:
            hits += len(index[i])
    inverted = {}
    for w, c in counts.items():
        inverted.setdefault(c, set()).add(w)
    merged = dict(counts)
    for k in list(merged)[::2]:
        del merged[k]
    merged.update((k, v * 2) for k, v in counts.items() if v % 3 == 0)
    pairs = {(w, i % 7): i for i, w in enumerate(words[:20000])}
    return len(counts) + len(by_first) + hits + len(inverted) + sum(merged.values()) + len(pairs)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    words = make_words(200000)
    total = 0
    for r in range(rounds):
        total += one_round(words, r)
    print("dict_heavy(%d rounds): %d" % (rounds, total))


main()
