print("pkg.sub executing, __name__ =", __name__, "__package__ =", __package__)
def sub_func():
    return "pkg.sub.sub_func"
SUB_VALUE = 10
