# sys.argv of a script run with no extra arguments, and __file__/__name__.
import sys
print(sys.argv, len(sys.argv))
print(__name__, __file__.endswith("/argv_script.py"), __file__.startswith("/"))
print(sys.path[0] == __file__.rsplit("/", 1)[0])
print(type(sys.argv[0]).__name__)
