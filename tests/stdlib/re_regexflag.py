# re.RegexFlag behaves as CPython's flag enum: members listed, looked up by
# name and value (one object per value), composite names and reprs.
import re
print(list(re.RegexFlag), len(re.RegexFlag), list(re.RegexFlag.__members__), len(re.RegexFlag.__members__))
print(repr(re.RegexFlag), re.I in re.RegexFlag, re.RegexFlag['DOTALL'], re.RegexFlag(2) is re.I, re.RegexFlag.I is re.I, re.RegexFlag.IGNORECASE)
try: print(2 in re.RegexFlag)
except TypeError as e: print(e)
print(re.RegexFlag(1024), re.RegexFlag(1024).name, re.RegexFlag(2 | 1024), (re.I | re.M).name, re.NOFLAG.name, re.RegexFlag(0) is re.NOFLAG, (re.I | re.M) is (re.M | re.I))
for bad in (lambda: re.RegexFlag('x'), lambda: re.RegexFlag['nope']):
    try: bad()
    except (ValueError, KeyError) as e: print(type(e).__name__, e)
print(re.I.value, ~re.I, re.RegexFlag.__members__['S'], re.I | 8, 8 | re.I, re.I & re.I, re.X ^ re.X, int(re.S), re.compile('a', re.I | re.S).flags)
print(re.findall('A.b', 'a\nB', re.I | re.S), isinstance(re.M, int), re.M == 8, hash(re.M) == hash(8))
