"""Resource usage and limits of the process (getrusage, getrlimit,
setrlimit) over the built-in _resource module."""

from _resource import *
from _resource import getrusage as _getrusage

error = OSError

_FIELDS = ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss',
           'ru_isrss', 'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock',
           'ru_oublock', 'ru_msgsnd', 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw',
           'ru_nivcsw')


class struct_rusage(tuple):
    """struct_rusage: Result from getrusage."""

    n_sequence_fields = 16
    n_fields = 16
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 16:
            raise TypeError('resource.struct_rusage() takes a 16-sequence '
                            '(%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return 'resource.struct_rusage(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_rusage, (tuple(self),))


for _i, _n in enumerate(_FIELDS):
    setattr(struct_rusage, _n, property(lambda self, _i=_i: self[_i]))
del _i, _n


def getrusage(who):
    """Resource usage of the process (RUSAGE_SELF) or of its waited-for
    children (RUSAGE_CHILDREN)."""
    return struct_rusage(_getrusage(who))
