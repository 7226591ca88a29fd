# os.popen: reading and writing through a shell command, exit status on close.
import os
print(repr(os.popen("echo hello; echo world").read()))
with os.popen("printf abc") as f:
    print(f.read())
p = os.popen("exit 3")
print(p.read(), p.close())
print(os.popen("true").close())
w = os.popen("cat > /dev/null", "w")
w.write("data\n")
print(w.close())
print([l for l in os.popen("printf \"a\\nb\\n\"")])
