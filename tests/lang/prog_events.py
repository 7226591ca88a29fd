# An event bus with bound-method callbacks, priorities and unsubscription.
class Bus:
    def __init__(self):
        self.handlers = {}
    def on(self, event, fn, priority=0):
        self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn))
        return lambda: self.handlers[event].remove(next(h for h in self.handlers[event] if h[2] is fn))
    def emit(self, event, *args):
        results = []
        for _, _, fn in sorted(self.handlers.get(event, []), key=lambda h: (-h[0], h[1])):
            try:
                results.append(fn(*args))
            except Exception as e:
                results.append(f"{type(e).__name__}: {e}")
        return results
class Logger:
    def __init__(self):
        self.lines = []
    def log(self, *args):
        self.lines.append(" ".join(map(str, args)))
        return "logged"
class Stats:
    def __init__(self):
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.count
bus = Bus()
logger = Logger()
stats = Stats()
bus.on("save", logger.log)
off = bus.on("save", stats, priority=5)
bus.on("save", lambda *a: 1 / 0, priority=-1)
print(bus.emit("save", "file.txt", 3))
print(bus.emit("save", "other"))
off()
print(bus.emit("save", "after unsubscribe"))
print(logger.lines, stats.count)
print(bus.emit("unknown"))
