# Caesar and Vigenere ciphers, run-length encoding.
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
def vigenere(s, key, sign=1):
    out, i = [], 0
    for c in s:
        if c.isalpha():
            k = ord(key[i % len(key)].lower()) - ord("a")
            out.append(caesar(c, sign * k))
            i += 1
        else:
            out.append(c)
    return "".join(out)
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)
msg = "Attack at Dawn, Zebra!"
print(caesar(msg, 3), caesar(caesar(msg, 3), -3))
v = vigenere(msg, "lemon")
print(v, vigenere(v, "lemon", -1))
r = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(r, len(unrle(r)))
table = str.maketrans("abc", "xyz", "!")
print("a bad cab!".translate(table))
print(bytes(b ^ 0x2A for b in b"secret"), bytes(b ^ 0x2A for b in bytes(b ^ 0x2A for b in b"secret")))
