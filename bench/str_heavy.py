# String-heavy work: formatting, joining, splitting, replacing, searching.
# Usage: str_heavy.py [ROUNDS]
import sys


def one_round(n, salt):
    lines = []
    for i in range(n):
        lines.append("%05d,%s,%.2f,%s" % (i + salt, "item" + str(i % 97), i * 1.5, "x" * (i % 7)))
    text = "\n".join(lines)
    fields = 0
    total = 0.0
    for line in text.split("\n"):
        parts = line.split(",")
        fields += len(parts)
        total += float(parts[2])
    replaced = text.replace("item", "ITEM").replace(",", ";")
    upper = sum(1 for c in replaced[:50000] if c.isupper())
    found = 0
    pos = replaced.find("ITEM9")
    while pos != -1:
        found += 1
        pos = replaced.find("ITEM9", pos + 1)
    words = " ".join(f"{w:>6}|{w[::-1]}" for w in ("alpha", "beta", "gamma", "delta") * (n // 20))
    stripped = [s.strip().lower() for s in words.split("|")]
    joined = "-".join(s.title() for s in stripped[:5000])
    return fields + int(total) + upper + found + len(stripped) + len(joined)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    total = 0
    for r in range(rounds):
        total += one_round(100000, r)
    print("str_heavy(%d rounds): %d" % (rounds, total))


main()
