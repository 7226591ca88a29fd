# A SyntaxError from exec() that is not caught ends the program with status 1.
print("before exec")
exec("x = = 2")
print("never")
