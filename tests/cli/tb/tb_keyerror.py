# KeyError prints its key with repr in the last traceback line.
def get(d):
    d.pop("missing key")


get({})
