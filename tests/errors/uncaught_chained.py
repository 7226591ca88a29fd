# An uncaught chained exception: status 1, stdout kept.
print("start")
try:
    {}["missing"]
except KeyError as e:
    raise RuntimeError("while handling") from e
