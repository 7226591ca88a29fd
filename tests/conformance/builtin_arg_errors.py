calls = ["'abc'.split(1)", "[].append()", "[].append(1, 2)", "{}.get(1, 2, 3)", "int(x=1)", "len()", "len(1, 2)", "sorted([1, 2], key=1)",
         "str.join()", "'a'.replace('a')", "divmod(1)", "isinstance(1)", "range()", "print(foo=1)", "max(key=len)", "dict(1)", "list(1, 2)",
         "'x'.encode(1)", "round('a')", "sum(1)", "getattr(1)", "setattr(1, 2)", "zip(1)", "map(len)", "enumerate(1)", "bytes(1, 2)",
         "'a'.count()", "(1).to_bytes('big')", "[].sort(1)", "[].index()", "{}.pop()", "set().add()", "'a'.startswith()", "'a'.join()",
         "abs(1, 2)", "chr()", "ord(1)", "hex('1')", "iter()", "next()", "min(1)", "pow(1)", "repr()", "hash()", "id()", "dir(1, 2)",
         "'{}'.format()", "'%d %d' % (1,)", "int('1', base='x')", "float(1, 2)", "str(1, 2)", "tuple(1, 2)", "set(1, 2)", "type()",
         "object.__new__()", "super(1)", "property(1, 2, 3, 4, 5)", "staticmethod()", "[].extend()", "[].insert(1)", "'a'.center()",
         "'a'.split(maxsplit='x')", "'a'.split(sep=1)", "[1].pop('x')", "{}.fromkeys()", "{}.update(1)", "{}.setdefault()", "'a' * None",
         "[] * 'a'", "callable()", "vars(1, 2)", "format()", "ascii()", "bin()", "all()", "any(1)", "filter(1)", "reversed()", "slice()",
         "int.from_bytes()", "(1.5).hex(1)", "float.fromhex(1)", "'a'.ljust('x')", "'a'.zfill('x')", "bytearray().append()", "b''.decode(1)"]
for c in calls:
    try:
        eval(c)
        print(c, 'OK')
    except (TypeError, ValueError, IndexError) as e:
        print(c.ljust(28), type(e).__name__, e)
