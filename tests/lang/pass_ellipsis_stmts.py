# Statements that do nothing, semicolons, line continuations, and comments.
def noop(): pass
def stub(): ...
class Empty: pass
print(noop(), stub(), Empty.__name__)
x = 1; y = 2; z = x + \
    y
print(x, y, z)
total = (1 +
         2 +
         3)
items = [
    1,
    2,  # a comment inside brackets
]
print(total, items)
if x: pass
for _ in range(2): pass
while False: pass
print("done"); print("same line")
# comment only line
    # indented comment line
s = 'a' \
    'b'
print(s)
def f(a,
      b=2,
      ):
    return a + b
print(f(1,
        ))
d = {
    'k': 'v',
}
print(d)
