# sys.exit inside finally replaces an exception that was propagating.
import sys
def work():
    try:
        raise ValueError("replaced by exit")
    finally:
        print("finally calls sys.exit(6)")
        sys.exit(6)
work()
