# sys.exit raises SystemExit, which can be caught and inspected.
import sys
for arg in [(), (0,), (3,), ("message",), (None,), ((1, 2),)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, "->", repr(e.code), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print(e.code)
def cleanup():
    try:
        sys.exit(1)
    finally:
        print("finally runs before exit propagates")
try:
    cleanup()
except SystemExit as e:
    print("caught", e.code)
