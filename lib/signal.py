"""Set handlers for asynchronous events: Python functions run in the main
thread when a signal arrives."""

import _signal
from _signal import *  # noqa: F401,F403
from enum import IntEnum as _IntEnum

_globals = globals()

Signals = _IntEnum('Signals', {
    name: value for name, value in _globals.items()
    if name.isupper() and (name.startswith('SIG') and not name.startswith('SIG_'))
})
Handlers = _IntEnum('Handlers', {'SIG_DFL': _signal.SIG_DFL, 'SIG_IGN': _signal.SIG_IGN})
Sigmasks = _IntEnum('Sigmasks', {'SIG_BLOCK': _signal.SIG_BLOCK, 'SIG_UNBLOCK': _signal.SIG_UNBLOCK,
                                 'SIG_SETMASK': _signal.SIG_SETMASK})

for _name in list(_globals):
    if _name in Signals.__members__:
        _globals[_name] = Signals[_name]
    elif _name in Handlers.__members__:
        _globals[_name] = Handlers[_name]
    elif _name in Sigmasks.__members__:
        _globals[_name] = Sigmasks[_name]
del _name


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def strsignal(signalnum):
    return _signal.strsignal(signalnum)


def valid_signals():
    return {Signals(s) if s in Signals._value2member_map_ else s for s in range(1, _signal.NSIG)
            if s not in (32, 33)}


class ItimerError(OSError):
    """Raised by setitimer() and getitimer() when they fail."""


ItimerError.__module__ = 'signal'


def setitimer(which, seconds, interval=0.0):
    """Arm the interval timer `which` (ITIMER_REAL, ITIMER_VIRTUAL or
    ITIMER_PROF) to fire after `seconds`, then every `interval` seconds;
    returns the old (delay, interval)."""
    try:
        return _signal.setitimer(which, seconds, interval)
    except OSError as e:
        raise ItimerError(*e.args) from None


def getitimer(which):
    """Return the (delay, interval) of the given interval timer."""
    try:
        return _signal.getitimer(which)
    except OSError as e:
        raise ItimerError(*e.args) from None


def pthread_sigmask(how, mask):
    """Fetch and/or change the signal mask of the calling thread."""
    return {_int_to_enum(s, Signals) for s in _signal.pthread_sigmask(how, mask)}


def sigpending():
    """The signals pending for the calling thread while blocked."""
    return {_int_to_enum(s, Signals) for s in _signal.sigpending()}


def sigwait(sigset):
    """Wait until one of the signals in sigset is pending; return it."""
    return _int_to_enum(_signal.sigwait(sigset), Signals)
