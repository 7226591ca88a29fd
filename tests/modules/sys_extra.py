# Further sys attributes: float_info, byteorder, platform, flags, hexversion.
import sys
print(sys.byteorder, sys.platform, isinstance(sys.executable, str))
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.radix)
print(sys.hexversion >= 0x030B0000, sys.hexversion < 0x030C0000)
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.flags.verbose)
print(sys.maxunicode, sys.getdefaultencoding())
print(isinstance(sys.getswitchinterval(), float), sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names)
print(sys.stdout.encoding.lower().replace("-", ""), sys.stdin.closed)
