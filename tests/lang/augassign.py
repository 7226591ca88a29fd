# Every augmented assignment operator on ints, lists and attributes.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0b11110; print(x)
x |= 1; print(x)
x ^= 0xff; print(x)
x /= 4; print(x)
lst = [1]
alias = lst
lst += [2, 3]          # in place: the alias sees it
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
talias = t
t += (2,)              # tuples make a new object
print(t, talias)
s = "ab"
s *= 3
print(s)
class C:
    def __init__(self):
        self.n = 1
c = C()
c.n += 10
c.n **= 2
print(c.n)
d = {"k": 1}
d["k"] -= 5
print(d)
calls = []
def key():
    calls.append("key")
    return 0
arr = [5]
arr[key()] += 1        # the subscript is evaluated once
print(arr, calls)
st = {1, 2}
st |= {3}; st &= {1, 3}; st -= {1}; st ^= {4}
print(sorted(st))
f = 2.5
f //= 1; print(f)
f %= 0.75; print(f)
