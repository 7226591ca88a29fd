# Ctrl-C reaches the main thread of a child interpreter while it is blocked
# in join, a lock, Condition.wait, Event.wait, queue.get, sleep, os.read on
# a pipe, input() or os.waitpid: the parent waits for the child's "ready"
# line, sends SIGINT with os.kill and checks what the child printed and its
# exit status.
import os, signal, subprocess, sys, threading

CHILD = r'''
import os, queue, sys, threading, time
kind = sys.argv[1]
other = threading.Event()
lock = threading.Lock()
lock.acquire()
cond = threading.Condition()
q = queue.Queue()
r, w = os.pipe()
background = threading.Thread(target=other.wait, daemon=True)
background.start()
calls = {
    "join": background.join,
    "join(timeout)": lambda: background.join(120),
    "Lock.acquire": lock.acquire,
    "Lock.acquire(timeout)": lambda: lock.acquire(timeout=120),
    "RLock.acquire": None,
    "Condition.wait": None,
    "Event.wait": other.wait,
    "queue.get": q.get,
    "time.sleep": lambda: time.sleep(120),
    "os.read": lambda: os.read(r, 1),
    "input": input,
    "os.waitpid": None,
}
if kind == "os.waitpid":
    pid = os.fork()
    if pid == 0:
        os.read(r, 1)
        os._exit(0)
    calls[kind] = lambda: os.waitpid(pid, 0)
if kind == "RLock.acquire":
    rl = threading.RLock()
    holder = threading.Thread(target=lambda: (rl.acquire(), other.wait()), daemon=True)
    holder.start()
    while rl.acquire(blocking=False):
        rl.release()
    calls[kind] = rl.acquire
try:
    if kind == "Condition.wait":
        with cond:
            print("ready", flush=True)
            cond.wait()
    else:
        print("ready", flush=True)
        calls[kind]()
    print("not interrupted", kind)
except KeyboardInterrupt:
    # The other threads went on and still respond.
    other.set()
    background.join()
    if kind == "os.waitpid":
        os.write(w, b"x")
        os.waitpid(pid, 0)
    print("KeyboardInterrupt in", kind, "| other thread joined")
'''

KINDS = ["join", "join(timeout)", "Lock.acquire", "Lock.acquire(timeout)",
         "RLock.acquire", "Condition.wait", "Event.wait", "queue.get",
         "time.sleep", "os.read", "input", "os.waitpid"]


def drive(kind):
    child = subprocess.Popen([sys.executable, "-c", CHILD, kind], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = child.stdout.readline()
    rest = []
    reader = threading.Thread(target=lambda: rest.append(child.stdout.read()))
    reader.start()
    # The signal may land just before the child enters the blocking call,
    # where nothing checks for it until the call returns: send it again
    # while the child has not answered.
    while True:
        os.kill(child.pid, signal.SIGINT)
        reader.join(10)
        if not reader.is_alive():
            break
    status = child.wait()
    child.stdin.close()
    err = child.stderr.read()
    child.stdout.close()
    child.stderr.close()
    print(first.decode().strip(), "|", rest[0].decode().strip(), "| status", status,
          "| stderr empty:", err == b"")


for kind in KINDS:
    drive(kind)
