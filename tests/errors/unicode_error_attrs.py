# UnicodeDecodeError and UnicodeEncodeError carry encoding, object, start, end and reason.
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
try:
    "aé€".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
try:
    b"\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason)
try:
    b"\xc3\x28".decode()
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason)
try:
    "€".encode("latin-1")
except UnicodeEncodeError as e:
    print(str(e))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
print(b"ab\xffcd".decode("utf-8", "replace"), b"ab\xffcd".decode("utf-8", "backslashreplace"))
print("a\udcff".encode("utf-8", "surrogateescape") if False else "skip", b"\xed\xa0\x80".decode("utf-8", "replace"))
