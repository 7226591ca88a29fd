# A syntax error in the main script: file, line, source, caret and message.
x = 1
y = (x +
z = 3
