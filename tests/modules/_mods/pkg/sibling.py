from .sub import SUB_VALUE
from . import PKG_CONST
from pkg.sub import sub_func
SIBLING = SUB_VALUE * 2
def info():
    return PKG_CONST, sub_func()
