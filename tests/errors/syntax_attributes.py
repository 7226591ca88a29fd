# SyntaxError objects: attributes, str(), args, and raising one by hand.
try:
    compile("a = 1\nb = (2 +\nc = 3", "myfile.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
    print(str(e))
try:
    compile("x = $", "f.py", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text), e.args[0])
try:
    eval("1 2")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset)
try:
    exec("def f():\n  return\n   1")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
e = SyntaxError("custom message", ("file.py", 3, 5, "bad line\n", 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
print(SyntaxError("only msg").msg, SyntaxError("only msg").lineno, str(SyntaxError()))
try:
    raise SyntaxError("raised by hand")
except SyntaxError as err:
    print(err, err.args)
try:
    compile("if 1:\n  pass\n pass", "<s>", "exec")
except IndentationError as e:
    print(e.msg, e.lineno, repr(e.text))
