# Generator pipelines: producers, filters and transformers chained with
# `yield from`, coroutines driven with send(), throw() and close(), and a
# round-robin scheduler of generator tasks.
# Usage: coroutines.py [N]
import sys

DEFAULT_SIZE = 3000


def numbers(n):
    for i in range(n):
        yield i


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def chunked(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def delegate(depth, n):
    if depth == 0:
        result = yield from numbers(n)
        return n
    total = yield from delegate(depth - 1, n)
    return total + depth


def nested_driver(n):
    results = []
    def outer():
        r = yield from delegate(8, n)
        results.append(r)
    s = 0
    for x in outer():
        s += x
    return s, results


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError:
            total = 0.0
            count = 0
            average = None
            continue
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def drive_averages(n):
    results = {}
    for key in range(10):
        g = grouper(results, key)
        next(g)
        for v in range(n // 10):
            g.send(v * (key + 1))
            if v == n // 20:
                g.throw(ValueError)
        g.send(None)
    return sorted(results.items())


class Task:
    def __init__(self, name, gen):
        self.name = name
        self.gen = gen
        self.steps = 0


def worker(name, n, log):
    try:
        for i in range(n):
            x = yield i
            if x == 'stop':
                log.append((name, 'stopped', i))
                return i
    finally:
        log.append((name, 'cleanup'))


def scheduler(n):
    log = []
    tasks = [Task('t%d' % i, worker('t%d' % i, n // (i + 1), log)) for i in range(6)]
    queue = list(tasks)
    value = None
    done = []
    while queue:
        task = queue.pop(0)
        try:
            value = task.gen.send(None if task.steps == 0 else value)
            task.steps += 1
            if task.name == 't5' and task.steps == n // 12:
                task.gen.send('stop')
        except StopIteration as e:
            done.append((task.name, task.steps, e.value))
            continue
        queue.append(task)
    for t in tasks:
        t.gen.close()
    return done, log


def main(n):
    print("pipeline", sum(squares(evens(numbers(n)))))
    print("chunks", sum(len(c) * c[0] for c in chunked(squares(numbers(n)), 7)))
    print("genexpr", sum(x for x in (y * 3 for y in range(n)) if x & 1))
    print("nested", nested_driver(n // 4))
    print("averages", drive_averages(n)[:3])
    done, log = scheduler(n // 4)
    print("scheduler", done)
    print("log", log)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
