s = 'abcdefg'
print(s[0], s[-1], s[2:5], s[:-2], s[::2], s[::-1], s[5:2:-1], s[-100:100], s[3:3], s[10:], repr(s[7:0]))
u = 'héllo😀wörld'
print(u[1], u[5], u[-1], u[::-1], u[2:8], len(u), u[-6:])
try:
    s[7]
except IndexError as e:
    print(e)
try:
    s['a']
except TypeError as e:
    print(e)
try:
    s[0] = 'x'
except TypeError as e:
    print(e)
print(s[1:6:2], s[-1:-8:-3], s[::100], s[2**63:], s[-2**64:2])
