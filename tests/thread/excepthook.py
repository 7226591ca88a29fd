# An exception that ends a thread goes to threading.excepthook; the
# program goes on.  The default hook writes to stderr, which is not compared.
import threading

def fail(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "exit":
        raise SystemExit(3)
    raise KeyError(kind)

t = threading.Thread(target=fail, args=("value",))
t.start()
t.join()
print("default hook: program goes on")

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None))
threading.excepthook = hook
for kind in ("value", "key", "exit"):
    t = threading.Thread(target=fail, args=(kind,), name="T-" + kind)
    t.start()
    t.join()
for c in caught:
    print(c)

def broken_hook(args):
    raise RuntimeError("hook failed")
threading.excepthook = broken_hook
t = threading.Thread(target=fail, args=("value",))
t.start()
t.join()
print("broken hook: program goes on")
threading.excepthook = threading.__excepthook__
print(threading.ExceptHookArgs is not None, threading.excepthook is threading.__excepthook__)
