class EventBus:
    def __init__(self): self.handlers = {}
    def on(self, event, fn=None, *, once=False):
        def register(f):
            self.handlers.setdefault(event, []).append((f, once))
            return f
        return register(fn) if fn else register
    def emit(self, event, *args, **kw):
        results = []
        keep = []
        for f, once in self.handlers.get(event, []):
            try:
                results.append(f(*args, **kw))
            except Exception as e:
                results.append('error: %s' % e)
            if not once:
                keep.append((f, once))
        self.handlers[event] = keep
        return results
bus = EventBus()
log = []
@bus.on('save')
def saver(name, **kw): log.append(('saved', name, sorted(kw.items()))); return 'ok'
bus.on('save', lambda name, **kw: 1 / 0)
bus.on('save', lambda name, **kw: 'once:' + name, once=True)
print(bus.emit('save', 'doc1', user='ann'))
print(bus.emit('save', 'doc2'))
print(bus.emit('nothing'))
print(log)
counter = {'n': 0}
def make_handler(i):
    def h():
        counter['n'] += i
        return i
    return h
for i in range(5):
    bus.on('tick', make_handler(i))
print(bus.emit('tick'), counter)
