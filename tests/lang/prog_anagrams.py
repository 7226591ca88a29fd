# Grouping anagrams, counting letters and finding palindromic pairs.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "x"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key in sorted(groups):
    print(key, groups[key])
def letter_counts(s):
    counts = {}
    for ch in s.lower():
        if ch.isalpha():
            counts[ch] = counts.get(ch, 0) + 1
    return counts
print(sorted(letter_counts("The quick brown fox jumps over the lazy dog").items(), key=lambda kv: (-kv[1], kv[0]))[:5])
def is_anagram(a, b):
    return letter_counts(a) == letter_counts(b)
print(is_anagram("Dormitory", "dirty room"), is_anagram("hello", "world"))
pool = ["ab", "ba", "abc", "cba", "aa", "b", ""]
pairs = [(a, b) for i, a in enumerate(pool) for b in pool[i + 1:] if (a + b) == (a + b)[::-1]]
print(pairs)
