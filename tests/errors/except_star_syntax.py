# Syntax errors of except*, through compile(): message and position.
cases = [
"try:\n pass\nexcept* ValueError:\n pass\nexcept TypeError:\n pass",
"try:\n pass\nexcept ValueError:\n pass\nexcept* TypeError:\n pass",
"try:\n pass\nexcept*:\n pass",
"try:\n pass\nexcept* ValueError, TypeError:\n pass",
"try:\n pass\nexcept* (ValueError, TypeError) as e:\n pass",
"for x in y:\n try:\n  pass\n except* ValueError:\n  break",
"for x in y:\n try:\n  pass\n except* ValueError:\n  continue",
"def f():\n try:\n  pass\n except* ValueError:\n  return 1",
"try:\n pass\nexcept* ValueError:\n for x in y:\n  break",
"try:\n pass\nexcept* ValueError:\n def f():\n  return 1",
"try:\n pass\nexcept* ValueError:\n pass\nelse:\n pass\nfinally:\n pass",
"try:\n pass\nexcept *ValueError:\n pass",
"try:\n pass\nexcept* ValueError\n pass",
"try:\n pass\nexcept* ValueError as e.x:\n pass",
"try:\n pass\nexcept* ValueError:\n break",
"try:\n pass\nexcept ValueError:\n pass\nexcept*:\n pass",
]
for src in cases:
    try:
        compile(src, "<m>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
