# Output written only to stderr leaves stdout empty.
import sys
sys.stderr.write("only on stderr\n")
print("also stderr", file=sys.stderr)
