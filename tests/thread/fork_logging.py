# A fork while another thread holds a logging handler's lock: the child
# can still log, because logging makes its locks anew after fork().
import logging, os, sys, threading
logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
h = logging.getLogger().handlers[0]
held = threading.Event(); go = threading.Event()
def hog():
    with h.lock:
        held.set(); go.wait()
t = threading.Thread(target=hog); t.start(); held.wait()
pid = os.fork()
if pid == 0:
    logging.info("child logs")
    sys.stdout.flush()
    os._exit(0)
go.set(); t.join()
os.waitpid(pid, 0)
logging.info("parent logs")
