import logging, sys
logging.warning('top %s', 'level')
logging.info('hidden')
log = logging.getLogger('app.sub')
log.warning('child %d', 5)
print(log, logging.getLogger('app'), log.parent.name, logging.getLogger() is logging.root, log.getEffectiveLevel())
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(message)s|%(funcName)s|%(lineno)d|%(module)s'))
lg = logging.getLogger('demo'); lg.addHandler(h); lg.setLevel(logging.DEBUG); lg.propagate = False
lg.debug('debug msg'); lg.info('info %s', {'k': 1}); lg.error('err')
def f():
    lg.critical('from f')
f()
class Stripped(logging.Formatter):
    def formatException(self, ei):
        return super().formatException(ei).replace(__file__, 'FILE')
h.setFormatter(Stripped('%(name)s|%(levelname)s|%(message)s'))
try:
    raise ValueError("boom value")
except ValueError:
    lg.exception('boom')
h.setFormatter(logging.Formatter('{levelname}:{message}', style='{'))
lg.warning('brace style')
h.setFormatter(logging.Formatter('$levelname - $message', style='$'))
lg.warning('dollar style')
lg.log(25, 'custom level'); logging.addLevelName(25, 'NOTICE'); lg.log(25, 'named level')
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(99))
ad = logging.LoggerAdapter(lg, {'user': 'bob'})
h.setFormatter(logging.Formatter('%(user)s %(message)s'))
ad.info('adapted')
lg.removeHandler(h)
print(lg.hasHandlers(), logging.getLogger('demo.x').parent is lg)
logging.disable(logging.CRITICAL)
lg.critical('nothing')
logging.disable(logging.NOTSET)
rec = logging.makeLogRecord({'msg': 'hi %s', 'args': ('x',)})
print(rec.getMessage(), rec.levelno)
