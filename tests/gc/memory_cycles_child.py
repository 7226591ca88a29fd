# A program that builds reference cycles in a loop keeps a flat memory
# profile: run in a child process, a million turns of a loop that makes
# doubly linked nodes, parent/child objects and frames kept alive by their
# own tracebacks peak at less than twice the resident memory of a hundred
# turns.  Each child reports its own peak (VmHWM): the children's figure of
# resource.getrusage also counts the copy of the parent a child is before it
# runs the new program, which would hide the child's own peak.
import subprocess, sys

WORKLOAD = r'''
import sys

class Node:
    def __init__(self, value):
        self.value = value
        self.prev = self.next = self

def ring(n):
    head = Node(0)
    for i in range(1, n):
        node = Node(i)
        node.prev = head.prev
        node.next = head
        head.prev.next = node
        head.prev = node
    return head

class Parent:
    def __init__(self):
        self.children = []

class Child:
    def __init__(self, parent):
        self.parent = parent
        parent.children.append(self)

def fail(n):
    raise ValueError(n)

def keep_traceback(n):
    try:
        fail(n)
    except ValueError as e:
        err = e  # frame -> err -> __traceback__ -> frame
    return n

for i in range(int(sys.argv[1])):
    ring(3)
    p = Parent()
    Child(p)
    Child(p)
    keep_traceback(i)
with open("/proc/self/status") as f:
    for line in f:
        if line.startswith("VmHWM"):
            print(int(line.split()[1]))
'''

def under_asan():
    # AddressSanitizer keeps freed memory in a quarantine of hundreds of
    # megabytes, so peak RSS there says nothing about cycles being freed.
    with open("/proc/self/maps") as f:
        return "libasan" in f.read()

def run(n):
    r = subprocess.run([sys.executable, "-c", WORKLOAD, str(n)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return int(r.stdout)

if under_asan():
    print(True)
else:
    small = run(100)
    large = run(1000000)
    print(large < 2 * small)
