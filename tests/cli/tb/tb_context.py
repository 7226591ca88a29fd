# Traceback of an exception raised while another was being handled.
def handler():
    try:
        raise TypeError("first problem")
    except TypeError:
        raise RuntimeError("second problem")


handler()
