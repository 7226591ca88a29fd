recs = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25), ('eve', 35), ('frank', 30)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
by_name = sorted(recs)
print(sorted(by_name, key=lambda r: r[1]))
data = [(i % 3, i) for i in range(20)]
s = sorted(data, key=lambda p: p[0])
print(s)
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
class Modifier:
    def __lt__(self, o):
        lst.append(1)
        return False
lst = [Modifier(), Modifier()]
try:
    lst.sort()
    print('no error', len(lst))
except ValueError as e:
    print(e)
