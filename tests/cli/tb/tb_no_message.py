# An exception with no arguments, and a KeyError whose str is a repr.
class AppError(Exception):
    pass


def run():
    raise AppError


run()
