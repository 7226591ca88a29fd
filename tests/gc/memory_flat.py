# A loop that builds reference cycles keeps a flat memory profile: the peak
# RSS after a million cycles stays within twice that after a hundred.
def peak_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM"):
                return int(line.split()[1])

class Node:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

def make(n):
    for i in range(n):
        root = Node(None)
        Node(root)
        pair = [root]
        pair.append(pair)

def under_asan():
    # AddressSanitizer holds freed memory in a quarantine of hundreds of
    # megabytes, so peak RSS there says nothing about cycles being freed.
    with open("/proc/self/maps") as f:
        return "libasan" in f.read()

if under_asan():
    print(True)
else:
    make(100)
    small = peak_kb()
    make(1000000)
    print(peak_kb() < 2 * small)
