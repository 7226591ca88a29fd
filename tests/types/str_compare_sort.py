# String ordering by code point, and sorting with keys.
words = ["Zebra", "apple", "Äpfel", "banana", "apple pie", "", "a", "A", "ápple", "zebra", "10", "9", "_x"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(max(words), min(words), "a" < "b" < "c", "abc" < "abd" < "abda", "Z" < "a", "é" > "z")
print([ord(c) for c in "Aa0_ "], "".join(sorted("hello world")), sorted("Mississippi".lower()))
print("apple" == "apple", "apple" is not None, "a" * 3 == "aaa", "abc" != "ABC".lower())
print(sorted(["b10", "b9", "b1", "a2"]), sorted(["b10", "b9", "b1", "a2"], key=lambda s: (s[0], int(s[1:]))))
