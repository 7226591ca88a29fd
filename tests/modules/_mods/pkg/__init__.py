print("pkg/__init__ executing, __name__ =", __name__, "__package__ =", __package__)
PKG_CONST = "from pkg"
from . import sub
from .sub import sub_func as reexported
