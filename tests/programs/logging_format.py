# A logging-style formatting workload: records with levels, names and
# arguments rendered through %-formatting, str.format with format specs,
# f-strings with conversions and alignment, and a handler that filters by
# level and keeps counts.
# Usage: logging_format.py [RECORDS]
import sys

DEFAULT_SIZE = 3000

LEVELS = {10: 'DEBUG', 20: 'INFO', 30: 'WARNING', 40: 'ERROR', 50: 'CRITICAL'}


class Record:
    __slots__ = ('name', 'level', 'msg', 'args', 'created', 'lineno')

    def __init__(self, name, level, msg, args, created, lineno):
        self.name = name
        self.level = level
        self.msg = msg
        self.args = args
        self.created = created
        self.lineno = lineno

    def get_message(self):
        if self.args:
            return self.msg % self.args
        return self.msg


class PercentFormatter:
    fmt = '%(asctime)s %(levelname)-8s [%(name)s:%(lineno)d] %(message)s'

    def format(self, r):
        return self.fmt % {'asctime': format_time(r.created),
                           'levelname': LEVELS[r.level], 'name': r.name,
                           'lineno': r.lineno, 'message': r.get_message()}


class BraceFormatter:
    fmt = '{asctime} {levelname:<8} [{name:>10}:{lineno:04d}] {message!r:.40}'

    def format(self, r):
        return self.fmt.format(asctime=format_time(r.created),
                               levelname=LEVELS[r.level], name=r.name,
                               lineno=r.lineno, message=r.get_message())


class FStringFormatter:
    def format(self, r):
        level = LEVELS[r.level]
        return (f'{format_time(r.created)} {level:^10}|{r.name!s:<12}|'
                f'{r.lineno:>5}|{r.created:10.3f}|{r.get_message()}')


def format_time(t):
    secs = int(t)
    ms = int((t - secs) * 1000)
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    return '%02d:%02d:%02d,%03d' % (h % 24, m, s, ms)


class Handler:
    def __init__(self, formatter, level):
        self.formatter = formatter
        self.level = level
        self.count = 0
        self.chars = 0
        self.checksum = 0
        self.last = None

    def handle(self, record):
        if record.level < self.level:
            return
        line = self.formatter.format(record)
        self.count += 1
        self.chars += len(line)
        c = self.checksum
        for ch in line[-7:]:
            c = (c * 31 + ord(ch)) % 1000003
        self.checksum = c
        self.last = line


MESSAGES = [
    ('user %s logged in from %s', lambda i: ('user%d' % (i % 97), '10.0.%d.%d' % (i % 256, i % 13))),
    ('processed %d items in %.3f s (%5.1f%%)', lambda i: (i, i / 7.0, (i % 1000) / 10.0)),
    ('cache miss for key %r', lambda i: ('k' * (i % 5) + str(i),)),
    ('value=%x hex, %o oct, %e sci', lambda i: (i, i, i * 1.5)),
    ('plain message without arguments', lambda i: ()),
    ('%-10s|%10s|%+d', lambda i: ('left', 'right', i - 500)),
]


def main(n):
    names = ['app', 'app.db', 'app.http', 'worker.queue']
    handlers = [Handler(PercentFormatter(), 20), Handler(BraceFormatter(), 10),
                Handler(FStringFormatter(), 30)]
    state = 17
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        msg, argf = MESSAGES[state % len(MESSAGES)]
        level = (state >> 8) % 5 * 10 + 10
        record = Record(names[(state >> 4) % 4], level, msg, argf(i),
                        1700000000.0 + i * 0.0137, i % 5000)
        for h in handlers:
            h.handle(record)
    for h in handlers:
        print(type(h.formatter).__name__, h.count, h.chars, h.checksum)
        print('   ', h.last)
    print('{0:*^30}'.format(' done '), f'{n:,}', '%(n)s' % {'n': n})


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
