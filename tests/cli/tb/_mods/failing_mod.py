def helper():
    raise AttributeError("raised inside failing_mod")


helper()
