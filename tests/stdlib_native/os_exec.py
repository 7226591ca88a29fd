# The exec family in forked children.
import os, sys
pid = os.fork()
if pid == 0:
    os.execvpe("sh", ["sh", "-c", "echo from exec $X"], {"X": "env", "PATH": os.environ["PATH"]})
_, st = os.waitpid(pid, 0)
print(os.WEXITSTATUS(st))
pid = os.fork()
if pid == 0:
    os.execl("/bin/echo", "echo", "execl works")
os.waitpid(pid, 0)
try:
    os.execv("/nonexistent/prog", ["x"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    os.execv("/bin/true", [])
except ValueError as e:
    print(e)
