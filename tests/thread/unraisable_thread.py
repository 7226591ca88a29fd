# An exception that ends a thread started with _thread.start_new_thread
# goes to sys.unraisablehook with err_msg "Exception ignored in thread
# started by" and the thread's function as the object.
import _thread
import sys

done = _thread.allocate_lock()
done.acquire()
got = []


def boom(x):
    raise KeyError(x)


def hook(u):
    got.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, u.object is boom))
    done.release()


sys.unraisablehook = hook
_thread.start_new_thread(boom, ('k',))
done.acquire()
print(got)


def quiet():
    raise SystemExit


_thread.start_new_thread(quiet, ())
_thread.start_new_thread(boom, ('second',))
done.acquire()
print(got[-1], len(got))
