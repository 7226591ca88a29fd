# Python 3.11 exception notes: add_note and __notes__.
e = ValueError("base message")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), e.args)
try:
    e.add_note(42)
except TypeError as err:
    print(err)
try:
    try:
        raise KeyError("k")
    except KeyError as ke:
        ke.add_note("while looking up config")
        raise
except KeyError as caught:
    print(caught.__notes__)
