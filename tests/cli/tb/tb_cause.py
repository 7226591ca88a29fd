# Traceback of an exception raised "from" another one.
def load(key):
    data = {"a": 1}
    try:
        data.pop(key)
    except KeyError as e:
        raise LookupError(f"cannot load {key!r}") from e


load("zzz")
