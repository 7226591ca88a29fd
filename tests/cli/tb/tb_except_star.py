def parse(items):
    errors = []
    for item in items:
        try:
            int(item)
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("bad items", errors)


try:
    parse(["1", "x", "2", "y"])
except* TypeError:
    print("no type errors")
except* ValueError as eg:
    raise RuntimeError("could not parse") from eg
