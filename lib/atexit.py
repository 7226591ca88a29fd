"""allow programmer to define multiple exit functions to be executed
upon normal program termination.

Two public functions, register and unregister, are defined.
"""

import sys

# The interpreter runs the entries of sys._exitfuncs, (func, args, kwargs)
# tuples, last-in first-out when it shuts down.
if not isinstance(getattr(sys, '_exitfuncs', None), list):
    sys._exitfuncs = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination

    func - function to be called at exit
    args - optional arguments to pass to func
    kwargs - optional keyword arguments to pass to func

    func is returned to facilitate usage as a decorator.
    """
    if not callable(func):
        raise TypeError("the first argument must be callable")
    sys._exitfuncs.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered using
    atexit.register

    func - function to be unregistered
    """
    sys._exitfuncs[:] = [entry for entry in sys._exitfuncs
                         if not entry[0] == func]


def _clear():
    """Clear the list of previously registered exit functions."""
    del sys._exitfuncs[:]


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(sys._exitfuncs)


def _run_exitfuncs():
    """Run all registered exit functions.

    If a callback raises an exception, it is logged with
    sys.unraisablehook.
    """
    funcs = sys._exitfuncs
    while funcs:
        func, args, kwargs = funcs.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            print("Exception ignored in atexit callback: %r" % (func,),
                  file=sys.stderr)
            try:
                import traceback
                traceback.print_exception(type(exc), exc, exc.__traceback__)
            except Exception:
                print("%s: %s" % (type(exc).__name__, exc), file=sys.stderr)
