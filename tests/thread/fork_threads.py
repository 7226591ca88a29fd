# os.fork() while several threads run and hold locks: the child keeps a
# working GIL and only the forking thread; threading, new locks and
# conditions work there; register_at_fork hooks run on each side.
import os, threading, time, sys
held = threading.Lock()
rl = threading.RLock()
ready = threading.Barrier(4)
stop = threading.Event()
counter = [0]
def holder():
    with held, rl:
        ready.wait()
        stop.wait()
def spinner():
    ready.wait()
    while not stop.is_set():
        counter[0] += 1
ts = [threading.Thread(target=holder)] + [threading.Thread(target=spinner) for _ in range(2)]
for t in ts: t.start()
ready.wait()
log = []
os.register_at_fork(before=lambda: log.append("before"), after_in_parent=lambda: log.append("parent"),
                    after_in_child=lambda: log.append("child"))
pid = os.fork()
if pid == 0:
    print("child hooks", log)
    print("child threads", threading.active_count(), threading.current_thread() is threading.main_thread())
    print("held locked", held.locked())
    print("alive", [t.is_alive() for t in ts])
    for t in ts: t.join()
    out = []
    lk = threading.Lock()
    def work(i):
        with lk:
            out.append(i * i)
    ws = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for w in ws: w.start()
    for w in ws: w.join()
    print("child results", sorted(out))
    c = threading.Condition()
    ev = threading.Event()
    def waiter():
        with c:
            c.wait_for(lambda: ev.is_set())
    w = threading.Thread(target=waiter); w.start()
    with c:
        ev.set(); c.notify_all()
    w.join()
    print("child condition ok")
    sys.stdout.flush()
    os._exit(7)
stop.set()
for t in ts: t.join()
p, status = os.waitpid(pid, 0)
print("parent hooks", log)
print("child exit", p == pid, os.waitstatus_to_exitcode(status))
print("parent threads", threading.active_count())


# A fork from a thread other than the main one: in the child that thread
# is the main thread, and the module still works.
def fork_in_thread(result):
    pid = os.fork()
    if pid == 0:
        me = threading.current_thread()
        ok = me is threading.main_thread() and threading.active_count() == 1
        done = []
        t = threading.Thread(target=done.append, args=(me.name,))
        t.start()
        t.join()
        print("thread child", ok, done)
        sys.stdout.flush()
        os._exit(3)
    result.append(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))


res = []
t = threading.Thread(target=fork_in_thread, args=(res,), name="forker")
t.start()
t.join()
print("thread child exit", res)
for i in range(5):
    pid = os.fork()
    if pid == 0:
        os._exit(i)
    print("wait", os.waitstatus_to_exitcode(os.wait()[1]))
