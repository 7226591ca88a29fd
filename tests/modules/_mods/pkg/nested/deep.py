from .. import sub
from ..sub import SUB_VALUE
from .. import PKG_CONST
from . import NESTED
DEEP = (sub.SUB_VALUE, SUB_VALUE, PKG_CONST, NESTED, __name__, __package__)
