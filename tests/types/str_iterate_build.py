# Building and scanning strings character by character.
s = "Hello, World! 123"
print(sum(c.isupper() for c in s), sum(c.isdigit() for c in s), [c for c in s if not c.isalnum()])
print("".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(s)))
print("".join(sorted(set(s.lower()) - set(" ,!"))))
rev_words = " ".join(w[::-1] for w in s.split())
print(rev_words)
def is_palindrome(t):
    t = [c.lower() for c in t if c.isalnum()]
    return t == t[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
def vowel_count(t):
    return {v: t.lower().count(v) for v in "aeiou"}
print(vowel_count("Programming in Python is fun"))
out = []
for i in range(1, 16):
    out.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
print(" ".join(out))
print(len("".join(str(i) for i in range(1000))), "-".join("%02d" % n for n in (1, 2, 30)))
camel = "someVariableNameHere"
snake = "".join("_" + c.lower() if c.isupper() else c for c in camel)
print(snake, "".join(p.capitalize() for p in snake.split("_")))
