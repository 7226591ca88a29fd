# sys.argv and sys.path are ordinary lists the program may change.
import sys
orig = list(sys.argv)
sys.argv.append("--extra")
sys.argv[0] = "renamed"
print(sys.argv[1:], sys.argv[0], len(orig))
sys.argv = ["replaced"]
print(sys.argv)
n = len(sys.path)
sys.path.append("/nonexistent/dir")
sys.path.insert(0, "/another/nonexistent")
print(len(sys.path) - n, sys.path[0], sys.path[-1])
sys.path.remove("/nonexistent/dir")
print(len(sys.path) - n)
import math
print(math.floor(1.5))
