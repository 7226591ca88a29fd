# A script with a syntax error prints nothing on stdout and exits with status 1.
print("this is never printed because compilation fails")
def broken(:
    pass
