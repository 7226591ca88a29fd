# Every blocking call releases the GIL: while the main thread is blocked in
# one, another thread keeps counting.  Where it can, the counting thread
# itself unblocks the main thread after counting further, so a call that
# kept the GIL would hang instead of passing.
import os, queue, subprocess, sys, threading, time

counter = 0
running = True
action = None          # what the counting thread does once it reaches `at`
at = 0
action_done = threading.Event()


def count():
    global counter, action
    while running:
        counter += 1
        if action is not None and counter >= at:
            todo, action = action, None
            todo()
            action_done.set()


worker = threading.Thread(target=count)
worker.start()


def blocked(name, call, unblock=None):
    """Run call() in the main thread; unblock() runs in the counting
    thread after it counted 20000 more."""
    global action, at
    start = counter
    if unblock is not None:
        action_done.clear()
        at = counter + 20000
        action = unblock
    call()
    # The next call starts only once the unblocking work is over.
    if unblock is not None:
        action_done.wait()
    print(name, "counter advanced:", counter > start)


blocked("time.sleep", lambda: time.sleep(0.2))

lock = threading.Lock()
lock.acquire()
blocked("Lock.acquire()", lock.acquire, lock.release)
blocked("Lock.acquire(timeout)", lambda: lock.acquire(timeout=60), lock.release)
lock.release()

rlock = threading.RLock()
holder_go = threading.Event()
holder_done = threading.Event()


def hold_rlock():
    with rlock:
        holder_go.wait()
    holder_done.set()


h = threading.Thread(target=hold_rlock)
h.start()
while not rlock._is_owned() and rlock.acquire(blocking=False):
    rlock.release()
blocked("RLock.acquire()", rlock.acquire, holder_go.set)
rlock.release()
h.join()

ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
blocked("Thread.join()", t.join, ev.set)
ev2 = threading.Event()
blocked("Event.wait()", ev2.wait, ev2.set)
cond = threading.Condition()
flag = []


def notify():
    with cond:
        flag.append(1)
        cond.notify()


def wait_cond():
    with cond:
        cond.wait_for(lambda: flag, timeout=60)


blocked("Condition.wait()", wait_cond, notify)
sem = threading.Semaphore(0)
blocked("Semaphore.acquire()", sem.acquire, sem.release)
q = queue.Queue()
blocked("Queue.get()", q.get, lambda: q.put(1))

r, w = os.pipe()
blocked("os.read(pipe)", lambda: os.read(r, 1), lambda: os.write(w, b"x"))
big = b"y" * (1 << 17)


def drain():
    got = 0
    while got < len(big):
        got += len(os.read(r, 65536))


blocked("os.write(full pipe)", lambda: os.write(w, big[:1 << 16]) and os.write(w, big[1 << 16:]), drain)
rf = open(r, "rb", buffering=0, closefd=False)
blocked("file read(pipe)", lambda: rf.read(1), lambda: os.write(w, b"z"))
wf = open(w, "wb", closefd=False)


def write_file():
    wf.write(big)
    wf.flush()


blocked("file write(full pipe)", write_file, drain)

saved_stdin = sys.stdin
sys.stdin = open(r, "r", closefd=False)
blocked("input()", input, lambda: os.write(w, b"a line\n"))
sys.stdin = saved_stdin

cr, cw = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(cw)
    os.read(cr, 1)
    os._exit(5)
os.close(cr)
status = []
blocked("os.waitpid()", lambda: status.append(os.waitpid(pid, 0)[1]), lambda: os.write(cw, b"x"))
os.close(cw)
cr, cw = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(cw)
    os.read(cr, 1)
    os._exit(6)
os.close(cr)
blocked("os.wait()", lambda: status.append(os.wait()[1]), lambda: os.write(cw, b"x"))
os.close(cw)
print("exit codes", [os.waitstatus_to_exitcode(s) for s in status])

p = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                     stdin=subprocess.PIPE)
blocked("Popen.wait()", p.wait, p.stdin.close)
p = subprocess.Popen([sys.executable, "-c", "import sys, time; time.sleep(0.2); print(len(sys.stdin.read()))"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out = []
blocked("Popen.communicate()", lambda: out.append(p.communicate(b"abc")[0]))
print("communicate", out)
blocked("subprocess.run()", lambda: subprocess.run([sys.executable, "-c", "import time; time.sleep(0.2)"]))

running = False
worker.join()
print("done")
