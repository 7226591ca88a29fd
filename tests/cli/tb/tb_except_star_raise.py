def fail():
    raise ExceptionGroup("two", [ValueError(1), KeyError(2)])


try:
    fail()
except* ValueError:
    raise TypeError("replaced")
