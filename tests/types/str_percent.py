# printf-style % formatting.
print("%s %s" % ("a", 1), "%r" % "q", "%a" % "é", "%%", "%5s|%-5s|" % ("r", "l"))
print("%d %i %u" % (42, -3, 7), "%5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 4, 5))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%x" % -255)
print("%c%c%c" % (72, "i", 0x1F600))
print("%.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 2.5, 1.25, 12345.678, 0.00012, 1e-7, 1e20))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True), "%d" % True, "%d" % 3.99, "%.3s" % "abcdef")
print("%s" % {"k": "v"}, "%(a)s%%" % {"a": 5})
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1), ("%c", 1114112), ("%(k)s", (1,)), ("%d", [])]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print(b"%s %d %x %c" % (b"bytes", 5, 255, 65), b"%5s|" % b"ab", b"%r" % b"x" if False else b"%b" % b"raw")
print("%i%%" % 50, "%.1f%%" % 99.5, "%s" % 10 ** 30, "%10.4s|" % "truncate")
